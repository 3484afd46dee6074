# Flow: partial_hours (aangepast programma, minder uren). Translated from locales/nl/partial_hours.ftl.
partial_hours-start =
    ¿Su hijo/a solo puede ir a la escuela una parte del horario escolar? Eso solo está permitido con condiciones estrictas.
    ¿El horario más corto está escrito en un OPP (ontwikkelingsperspectief, plan de desarrollo del alumno), y usted ha firmado su handelingsdeel (la parte con las medidas de apoyo)?
partial_hours-c-yes = Sí, hay un OPP y lo he firmado
partial_hours-c-no = No, o no lo sé
partial_hours-c-teach-home = La escuela dice que yo debo dar clases a mi hijo/a en casa
partial_hours-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas totalmente en casa

partial_hours-with-opp =
    Una escuela solo puede dar menos horas de clase si su hijo/a, por motivos psicológicos o físicos, no puede seguir todo el horario escolar. Las condiciones:
    - Está escrito en el OPP (plan de desarrollo del alumno) y usted ha firmado el handelingsdeel (la parte con las medidas de apoyo).
    - ¿No se trata de un tratamiento médico o de una enfermedad? Entonces la escuela también necesita el permiso de la Inspectie (Inspección de Educación), para un número fijo de horas y un periodo fijo.
    - Es temporal. Pida un plan por escrito con una fecha de fin y un aumento poco a poco hacia más horas.
    ¿No se cumple lo acordado? Háblelo con la escuela y con el samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar), o llame a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).
    ¿No está de acuerdo con el OPP? Entonces puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión de conflictos sobre educación adaptada).

partial_hours-without-opp =
    Sin un OPP (plan de desarrollo del alumno) con su firma en el handelingsdeel (la parte con las medidas de apoyo), la escuela no puede dar menos horas de clase a su hijo/a. Un niño que está (en parte) en casa sin esos acuerdos es un 'verborgen thuiszitter' (un niño que en la práctica está en casa sin escuela, aunque no conste).
    Esto es lo que puede hacer:
    - Pida a la escuela un plan por escrito, con una fecha de fin y un aumento poco a poco hacia más horas. ¿No está de acuerdo con el plan? Entonces no tiene que firmarlo.
    - Infórmelo al leerplichtambtenaar (funcionario municipal de asistencia escolar) y al samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar).
    - Pida consejo a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).
    - Infórmelo a la Inspectie (Inspección de Educación): 088-669 60 60. Es un aviso; la Inspectie no resuelve su caso.

partial_hours-teach-home =
    No, la escuela no puede obligarle a dar clases a su hijo/a en casa. La escuela sigue siendo responsable de la enseñanza de su hijo/a, también cuando está (en parte) en casa.
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito qué enseñanza recibe su hijo/a y quién se encarga de ella.
    - Infórmelo al leerplichtambtenaar (funcionario municipal de asistencia escolar) y al samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar).
    - Pida consejo a Ouders & Onderwijs (servicio de información para padres, 0800-5010) o a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87).
