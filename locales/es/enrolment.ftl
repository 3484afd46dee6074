# Flow: enrolment (aanmelden, toelating, zorgplicht). Translated from locales/nl/enrolment.ftl.
enrolment-start =
    ¿Quiere inscribir a su hijo o hija en una escuela, o una escuela no acepta a su hijo/a? ¿Sobre qué es su pregunta?
enrolment-c-how = ¿Cómo inscribo a mi hijo/a en una escuela?
enrolment-c-refused = La escuela rechaza a mi hijo/a
enrolment-c-slow = La escuela no decide, o tarda muchísimo
enrolment-c-home-over-4-weeks = Mi hijo/a no tiene escuela y lleva más de 4 semanas en casa

enrolment-how =
    Así inscribe (aanmelden) a su hijo/a:
    - Solicite la plaza por escrito en la escuela que usted prefiere en primer lugar: con el nombre, el sexo, la fecha de nacimiento y el BSN (número personal de identificación) de su hijo/a, si lo tiene.
    - ¿Todavía no tiene BSN? Solicite la plaza de todos modos. La escuela no puede rechazar a su hijo/a porque no tenga BSN ni permiso de residencia.
    - Solicite la plaza con tiempo, a ser posible por lo menos 10 semanas antes de que su hijo/a quiera empezar.
    - ¿Su hijo/a necesita apoyo extra? Escríbalo también. ¿Solicita plaza en varias escuelas? Diga cuál es la que prefiere en primer lugar. Esa escuela tiene la zorgplicht (la obligación de buscar una plaza adecuada): debe encontrar una plaza adecuada, en esa escuela o en otra.
    - La escuela decide en un plazo de 6 semanas. La escuela puede alargar ese plazo una sola vez, 4 semanas más.
    Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 (gratis), o { $oco }

enrolment-refused =
    ¿Rechazan a su hijo/a? Es una decepción. Estas son las reglas:
    - ¿Dijo usted en la solicitud que su hijo/a necesita apoyo extra? Entonces la escuela solo puede rechazar a su hijo/a cuando otra escuela haya dicho que acepta a su hijo/a.
    - Excepciones: la escuela está llena para todos, o usted no respeta la grondslag (la religión o las convicciones) de una bijzondere school (escuela con una orientación religiosa o ideológica, financiada por el Estado).
    Esto es lo que puede hacer:
    - Pida a la escuela la decisión y los motivos por escrito. ¿No está de acuerdo? Entonces presente, dentro de 6 semanas, un bezwaar (recurso formal) ante el schoolbestuur: la junta o entidad titular de la escuela, no solo el director.
    - ¿Su hijo/a necesita apoyo extra? Entonces también puede acudir gratis, dentro de 6 semanas, a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada).
    - Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 (gratis), o { $oco }
    Esta es información general, no asesoramiento jurídico.

enrolment-slow =
    La escuela debe decidir en un plazo de 6 semanas después de su solicitud por escrito. Puede alargar ese plazo una sola vez, 4 semanas más.
    - ¿Después de 10 semanas todavía no hay decisión, y su hijo/a no está inscrito/a en otra escuela? Entonces su hijo/a queda admitido/a de forma provisional.
    - ¿Su hijo/a todavía está inscrito/a en otra escuela? Entonces esa escuela sigue siendo responsable. No saque a su hijo/a de allí antes de que haya una decisión.
    - ¿Su hijo/a no está inscrito/a en ninguna escuela? Entonces la escuela nueva todavía no tiene que darle clases durante esas semanas. Por eso, contacte enseguida con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }. Y con el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada): { $swv }
    - Guarde una copia de su solicitud, con la fecha. Pregunte a la escuela por escrito cuándo llegará la decisión.
    Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 (gratis).
    Esta es información general, no asesoramiento jurídico.
