# Flow: suspension (schorsing). Translated from locales/nl/suspension.ftl.
suspension-start =
    Una schorsing (suspensión de clases) significa que su hijo/a no puede ir a la escuela durante un tiempo corto. ¿Sobre qué es su pregunta?
suspension-c-rules = ¿Cuáles son las reglas de una suspensión?
suspension-c-disagree = No estoy de acuerdo con la suspensión
suspension-c-longer = La suspensión dura más de una semana, o no tiene fecha de fin
suspension-c-removal = La escuela también quiere expulsar a mi hijo/a
suspension-c-po = Escuela primaria
suspension-c-vo = Escuela secundaria
suspension-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

suspension-rules =
    Estas son las reglas de una schorsing (suspensión de clases):
    - Una suspensión dura como máximo 1 semana (5 días de clase).
    - La escuela le da la decisión y los motivos por escrito.
    - ¿La suspensión dura más de 1 día? Entonces la dirección del centro (schoolbestuur) debe informar por escrito a la Inspectie (Inspección de Educación). Normalmente también se informa al leerplichtambtenaar (funcionario municipal de asistencia escolar).
    - La escuela sigue dando enseñanza, por ejemplo con tareas. Pregunte a la escuela qué trabajo escolar recibirá su hijo/a.
    ¿Preguntas? Llame a Ouders & Onderwijs (servicio de información para padres): 0800-5010 (gratis).

suspension-disagree =
    ¿No está de acuerdo con la suspensión? Esto es lo que puede hacer:
    - Presente un bezwaar (recurso formal): envíe una carta a la dirección del centro (schoolbestuur) dentro de 6 semanas. Normalmente responden en unas 4 semanas.
    - Los jueces esperan que la escuela primero escuche a su hijo/a, a usted y al profesor. En la decisión debe decir cómo puede presentar un recurso. ¿No fue así? Escríbalo en su bezwaar.
    - También puede presentar una queja ante la comisión de quejas de la escuela, o pedir al leerplichtambtenaar (funcionario municipal de asistencia escolar) que haga de mediador.
    - ¿Es muy urgente? Entonces puede pedir a un juez una decisión rápida y provisional. Pida consejo antes sobre esto.
    Ayuda con su carta: Ouders & Onderwijs 0800-5010. En Ámsterdam: OCO 020-330 63 20.

suspension-longer = ¿Su hijo/a va a la escuela primaria o a la secundaria?

suspension-longer-po =
    En la escuela primaria, una suspensión nunca puede durar más de 1 semana (5 días de clase).
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito (por ejemplo por correo electrónico) desde qué día puede volver su hijo/a.
    - Contacte con el leerplichtambtenaar (funcionario de asistencia escolar) de su municipio.
    - ¿Su hijo/a no puede volver? Pida consejo a Ouders & Onderwijs (0800-5010) o a los Onderwijsconsulenten (asesores educativos independientes; 070-312 28 87, gratis).

suspension-longer-vo =
    En la escuela secundaria, una suspensión solo puede durar más de 1 semana si la escuela está preparando una expulsión definitiva (verwijdering). Antes, la escuela debe consultar a la Inspectie (Inspección de Educación).
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito si hay un procedimiento de expulsión en marcha y si la escuela ha consultado a la Inspectie.
    - Durante ese tiempo la escuela sigue dando enseñanza, por ejemplo con tareas.
    - Contacte con el leerplichtambtenaar (funcionario municipal de asistencia escolar). Pida consejo a Ouders & Onderwijs (0800-5010) o a los Onderwijsconsulenten (asesores educativos independientes; 070-312 28 87, gratis).
