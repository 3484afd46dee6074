# Flow: partial_hours (aangepast programma, minder uren). Translated from locales/nl/partial_hours.ftl.
partial_hours-start =
    ¿Su hijo o hija solo puede ir a la escuela una parte del horario escolar? Eso solo está permitido con condiciones. Bien organizado, puede ser una solución temporal.
    ¿El horario más corto está escrito en un OPP (ontwikkelingsperspectief: el plan de apoyo para su hijo/a), y usted ha firmado el handelingsdeel? Es la parte del OPP sobre la ayuda.
partial_hours-c-yes = Sí, hay un OPP y lo he firmado
partial_hours-c-no = No, o no lo sé
partial_hours-c-teach-home = La escuela dice que yo debo dar clases a mi hijo/a en casa
partial_hours-c-slow-swv = Estamos esperando al samenwerkingsverband, y tarda mucho
partial_hours-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas totalmente en casa

partial_hours-with-opp =
    Una escuela solo puede dar menos horas de clase si su hijo/a, por motivos psicológicos o físicos, no puede seguir todo el horario escolar. Las condiciones:
    - Está escrito en el OPP y usted ha firmado el handelingsdeel (la parte sobre la ayuda).
    - ¿No se trata de un tratamiento médico o de una enfermedad? Entonces la escuela también necesita el permiso de la Inspectie (Inspección de Educación), para un número fijo de horas y un periodo fijo. Pregunte a la escuela hasta cuándo vale el permiso de la Inspectie.
    - Es temporal. Pida un plan por escrito con una fecha de fin y un aumento poco a poco hacia más horas.
    ¿No se cumple lo acordado? Háblelo con la escuela y con el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada): { $swv }. O llame a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).
    ¿No está de acuerdo con el OPP? Entonces puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada).

partial_hours-without-opp =
    Sin un OPP (el plan de apoyo para su hijo/a) con su firma en el handelingsdeel (la parte sobre la ayuda), la escuela no puede dar menos horas de clase a su hijo/a. Un niño que está (en parte) en casa sin esos acuerdos es un 'verborgen thuiszitter' (un niño que en la práctica está en casa sin escuela, aunque no conste).
    Esto es lo que puede hacer:
    - Pida a la escuela un plan por escrito, con una fecha de fin y un aumento poco a poco hacia más horas. Bien organizado así, ir menos horas puede ser una buena solución temporal.
    - ¿No está de acuerdo con el plan? Entonces no tiene que firmarlo. Pero por no firmar, su hijo/a no vuelve automáticamente a ir a la escuela todo el día: pregunte qué hará la escuela entonces, y pida ayuda.
    - Infórmelo al servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }. Y al samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada): { $swv }
    - Pida consejo a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).
    - Infórmelo a la Inspectie (Inspección de Educación): 088-669 60 60 (de lunes a viernes, de 9 a 12 y de 13 a 16). Es un aviso; la Inspectie no resuelve su caso.
    ¿Su hijo/a tiene todavía 4 años? Entonces todavía no tiene leerplicht (escolarización obligatoria). Esta empieza el primer día de clase del mes siguiente a que su hijo/a cumpla 5 años. ¿Su hijo/a está inscrito/a en una escuela? Entonces esa escuela ya es responsable ahora de una enseñanza adecuada. Pregunte a un asesor qué significa esto para su hijo/a.

partial_hours-teach-home =
    No, la escuela no puede obligarle a dar clases a su hijo/a en casa. La escuela sigue siendo responsable de la enseñanza, también cuando su hijo/a está (en parte) en casa.
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito qué enseñanza recibe su hijo/a y quién se encarga de ella.
    - Infórmelo al servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }. Y al samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada): { $swv }
    - Pida consejo a Ouders & Onderwijs (servicio de información para padres, 0800-5010) o a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87).

partial_hours-slow-swv =
    ¿Tiene que esperar a que el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) tenga tiempo? No se quede esperando sin hacer nada.
    - La escuela sigue siendo responsable. Pida a la escuela un plan por escrito para el tiempo de espera: ¿cuántas horas de clase recibe su hijo/a, y quién le acompaña?
    - Pregunte al samenwerkingsverband si puede ser antes, y diga que su hijo/a ahora está (en parte) en casa: { $swv }
    - Infórmelo al servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }
    - ¿El apoyo se atasca? Pida ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87. Pueden pasar varias semanas antes de que le devuelvan la llamada: por eso, pida la ayuda enseguida.
    - Infórmelo a la Inspectie (Inspección de Educación): 088-669 60 60 (de lunes a viernes, de 9 a 12 y de 13 a 16). Es un aviso; la Inspectie no resuelve su caso.
