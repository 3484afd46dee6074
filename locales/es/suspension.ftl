# Flow: suspension (schorsing). Translated from locales/nl/suspension.ftl.
suspension-start =
    Una schorsing (suspensión de clases) significa que su hijo o hija no puede ir a la escuela durante un tiempo corto. Es una situación desagradable, para su hijo/a y para usted. ¿Sobre qué es su pregunta?
suspension-c-rules = ¿Cuáles son las reglas de una suspensión?
suspension-c-disagree = No estoy de acuerdo con la suspensión
suspension-c-letter = Quiero ayuda para escribir una carta de bezwaar (recurso formal)
suspension-c-again = Suspenden a mi hijo/a una y otra vez
suspension-c-longer = La suspensión dura más de una semana, o no tiene fecha de fin
suspension-c-removal = La escuela también quiere expulsar a mi hijo/a
suspension-c-po = Basisschool: escuela primaria (de 4 a 12 años)
suspension-c-vo = Middelbare school: escuela secundaria (de 12 a 18 años)
suspension-c-so = Speciaal onderwijs: educación especial (so o vso)
suspension-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

suspension-rules =
    Estas son las reglas de una schorsing (suspensión de clases):
    - Una suspensión dura como máximo 1 semana (5 días de clase). Solo en la escuela secundaria puede durar a veces más, si la escuela está tramitando una expulsión definitiva.
    - La escuela le da la decisión y los motivos por escrito.
    - ¿La suspensión dura más de 1 día? Entonces el schoolbestuur (la junta o entidad titular de la escuela, no solo el director) debe informar por escrito a la Inspectie (Inspección de Educación). Normalmente también se informa al leerplichtambtenaar (funcionario municipal de asistencia escolar).
    - La escuela sigue dando enseñanza, por ejemplo con tareas. Pregunte a la escuela qué trabajo escolar recibirá su hijo/a.
    ¿Preguntas? Llame a Ouders & Onderwijs (servicio de información para padres): 0800-5010 (gratis).

suspension-disagree =
    ¿No está de acuerdo con la suspensión? Esto es lo que puede hacer:
    - Busque en la schoolgids (guía de la escuela) o en el leerlingenstatuut (reglamento de los alumnos) cómo presentar un bezwaar (recurso formal). La ley no lo exige en todas las escuelas, pero la mayoría de las escuelas sí lo ofrecen. En una openbare school (escuela pública) vale la Algemene wet bestuursrecht (ley general de derecho administrativo): envíe entonces una carta al schoolbestuur (la junta o entidad titular de la escuela, no solo el director) dentro de 6 semanas.
    - La decisión sobre su recurso normalmente llega cuando la suspensión ya ha terminado. Aun así, el recurso tiene sentido: cuenta para el expediente, y también si suspenden a su hijo/a más veces.
    - Según los tribunales, la escuela debe escuchar primero a su hijo/a, a usted y al profesor. En la decisión debe decir cómo puede presentar un recurso. ¿No fue así? Escríbalo en su recurso.
    - También puede presentar una queja ante la comisión de quejas de la escuela, o pedir al servicio de leerplicht (asistencia escolar obligatoria del municipio) que haga de mediador.
    - ¿Es muy urgente? En una openbare school usted pide al bestuursrechter (juez de lo administrativo) una voorlopige voorziening (una decisión rápida y provisional). En una bijzondere school (escuela con orientación religiosa o ideológica), como una escuela cristiana o islámica, se trata de un kort geding (juicio rápido) ante el juez civil, con un abogado. Juridisch Loket (servicio de orientación jurídica): 0900-8020.
    Ayuda con su carta: { $oco }
    Esta es información general, no asesoramiento jurídico.

suspension-again =
    ¿Suspenden a su hijo/a una y otra vez? Eso es duro. Entonces conviene ver juntos qué necesita su hijo/a.
    - Cada suspensión dura como máximo 1 semana. La escuela da la decisión y los motivos por escrito. Guarde todas las cartas.
    - Presente un bezwaar (recurso formal) también cuando la suspensión ya ha terminado: cuenta si suspenden a su hijo/a más veces.
    - Pida a la escuela una reunión sobre el apoyo que necesita su hijo/a, y sobre un OPP (ontwikkelingsperspectief: el plan de apoyo para su hijo/a).
    - La escuela sigue siendo responsable de una enseñanza adecuada. ¿El apoyo se atasca? Pida ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87.
    - Consejo: { $oco }

suspension-longer = ¿A qué escuela va su hijo/a?

suspension-longer-po =
    En la basisschool (escuela primaria), una suspensión nunca puede durar más de 1 semana (5 días de clase). Una suspensión sin fecha de fin no está permitida: un juez dijo que es ilegal.
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito (por ejemplo por correo electrónico) desde qué día puede volver su hijo/a.
    - ¿Su hijo/a ya no puede volver? Entonces se parece a una expulsión o a estar en casa sin escuela. Elija en el menú 'La escuela quiere expulsar a mi hijo/a definitivamente' o 'Mi hijo/a está en casa sin escuela'.
    - Contacte con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }
    - Consejo: Ouders & Onderwijs (servicio de información para padres; 0800-5010, gratis) o los Onderwijsconsulenten (asesores educativos independientes; 070-312 28 87, gratis).
    Esta es información general, no asesoramiento jurídico.

suspension-longer-vo =
    En la middelbare school (escuela secundaria), una suspensión solo puede durar más de 1 semana si la escuela está tramitando una expulsión definitiva (verwijdering). Antes, la escuela debe consultar a la Inspectie (Inspección de Educación).
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito si hay un procedimiento de expulsión en marcha y si la escuela ha consultado a la Inspectie.
    - Durante ese tiempo la escuela sigue siendo responsable y da enseñanza, por ejemplo con tareas.
    - Contacte con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }
    - Consejo: Ouders & Onderwijs (servicio de información para padres; 0800-5010, gratis) o los Onderwijsconsulenten (asesores educativos independientes; 070-312 28 87, gratis).
    Esta es información general, no asesoramiento jurídico.

suspension-longer-so =
    También en el speciaal onderwijs (educación especial: so y vso), una suspensión dura como máximo 1 semana (5 días de clase). Usted recibe la decisión y los motivos por escrito, y la escuela sigue dando enseñanza.
    Esto es lo que puede hacer:
    - ¿Dura más, o no tiene fecha de fin? Pregunte a la escuela por escrito por qué, y desde qué día puede volver su hijo/a.
    - Contacte con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }
    - Consejo: Ouders & Onderwijs (servicio de información para padres; 0800-5010, gratis) o los Onderwijsconsulenten (asesores educativos independientes; 070-312 28 87, gratis).
    Esta es información general, no asesoramiento jurídico.
