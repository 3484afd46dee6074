# "Help me write the letter": explanations, deadlines, reminders and follow-up.
# Translated from locales/nl/letters.ftl. The letters themselves exist only in nl.

## Explanations of the letters

letter-suspension-objection-explain =
    Esta es su carta de bezwaar (recurso formal) contra la suspensión. ¿Qué dice?
    - Que usted recurre la decisión, y por qué.
    - Las reglas: como máximo 1 semana, la decisión por escrito, escuchar primero, y tareas escolares durante la suspensión.
    - Que pide una nueva decisión y que le gustaría explicar su recurso en persona.
    Así termina la carta:
    - Rellene todo lo que está entre [corchetes]. Después borre los corchetes y las explicaciones.
    - En la parte de los motivos, escriba con sus propias palabras lo que pasó según usted y su hijo/a.
    - Envíe la carta al schoolbestuur (la junta o entidad titular de la escuela), no solo al director. La dirección está en la schoolgids (guía de la escuela) o en la página web de la escuela.
    - Guarde una copia, y pida a la escuela que le confirme que ha recibido su carta.
    Atención: la ley no exige en todas las escuelas que se pueda recurrir una suspensión. Mire en la schoolgids o en el leerlingenstatuut (reglamento de los alumnos) cómo funciona en su escuela. En una openbare school (escuela pública) vale la Algemene wet bestuursrecht (ley general de derecho administrativo).
    { $deadline_state ->
        [soon] El plazo está a punto de terminar: puede recurrir hasta el { $deadline } inclusive. Envíe su carta hoy si puede.
        [passed] Las 6 semanas han terminado: acabaron el { $deadline }. Envíe su carta de todos modos, y escriba en ella por qué llega tarde. En una escuela pública, el schoolbestuur debe aceptar una carta tardía si usted no pudo razonablemente enviarla a tiempo (Algemene wet bestuursrecht, artículo 6:11: https://wetten.overheid.nl/BWBR0005537/). También puede presentar una queja ante la comisión de quejas de la escuela (klachtencommissie), o pedir ayuda a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87, gratis) o a un asesor.
       *[other] Puede recurrir hasta el { $deadline } inclusive. ¿La schoolgids indica otro plazo? Entonces respete ese plazo.
    }
    ¿Qué pasa después? El schoolbestuur suele decidir en unas 4 semanas. Muchas veces la suspensión ya ha terminado entonces. Aun así, su recurso cuenta para el expediente, y también si suspenden a su hijo/a más veces.
    Esta es información general, no asesoramiento jurídico.

letter-removal-objection-explain =
    Esta es su carta de bezwaar (recurso formal) contra la expulsión. Es una situación difícil. Con esta carta usted defiende a su hijo/a.
    ¿Qué dice?
    - Que usted recurre la decisión, y por qué.
    - Lo que la escuela debe hacer: primero escucharle a usted, a su hijo/a y al profesor, dar la decisión por escrito con los motivos, y primero encontrar otra escuela que admita a su hijo/a.
    - Que hasta entonces su hijo/a sigue inscrito/a y debe recibir enseñanza.
    - Que quiere ver los documentos y explicar su recurso en persona.
    Así termina la carta:
    - Rellene todo lo que está entre [corchetes]. Después borre los corchetes y las explicaciones.
    - Envíe la carta al schoolbestuur (la junta o entidad titular de la escuela). La dirección está en la schoolgids (guía de la escuela) o en la página web de la escuela.
    - Guarde una copia, y pida a la escuela que le confirme que ha recibido su carta.
    - Dentro de 6 semanas también puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada). Entonces el schoolbestuur espera para decidir hasta que la comisión dé su opinión.
    { $deadline_state ->
        [soon] El plazo está a punto de terminar: puede recurrir hasta el { $deadline } inclusive. Envíe su carta hoy si puede.
        [passed] Las 6 semanas han terminado: acabaron el { $deadline }. Envíe su carta de todos modos, y escriba en ella por qué llega tarde. En una escuela pública, el schoolbestuur debe aceptar una carta tardía si usted no pudo razonablemente enviarla a tiempo (Algemene wet bestuursrecht, artículo 6:11: https://wetten.overheid.nl/BWBR0005537/). Pida también ayuda a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87, gratis) o a un asesor: buscarán con usted otros caminos, como una queja.
       *[other] Puede recurrir hasta el { $deadline } inclusive.
    }
    ¿Qué pasa después? El schoolbestuur le escucha y suele decidir en un plazo de 4 semanas después de que terminen las 6 semanas. Durante el recurso, la escuela puede mantener a su hijo/a fuera de la escuela, pero su hijo/a sigue inscrito/a. ¿Es muy urgente? Pregunte a un asesor o al Juridisch Loket (servicio de orientación jurídica, 0900-8020) por una decisión rápida de un juez.
    Esta es información general, no asesoramiento jurídico.

letter-enrolment-objection-explain =
    Esta es su carta de bezwaar (recurso formal) contra el rechazo de su hijo/a. ¿Qué dice?
    - Cuándo inscribió a su hijo/a, y que la escuela no le admite.
    - ¿Su hijo/a necesita apoyo adicional? Entonces dice que la escuela tiene la zorgplicht (la obligación de buscar una plaza adecuada) y que solo puede rechazar a su hijo/a cuando otra escuela le admite. ¿No es el caso de su hijo/a? Entonces borre ese párrafo.
    - Que quiere los motivos por escrito y explicar su recurso en persona.
    Así termina la carta:
    - Rellene todo lo que está entre [corchetes]. Después borre los corchetes y las explicaciones.
    - Envíe la carta al schoolbestuur (la junta o entidad titular) de la escuela que rechaza a su hijo/a. La dirección está en la schoolgids (guía de la escuela) o en la página web de la escuela.
    - Guarde una copia, y pida a la escuela que le confirme que ha recibido su carta.
    - ¿Su hijo/a necesita apoyo adicional? Entonces, dentro de 6 semanas, también puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada).
    { $deadline_state ->
        [soon] El plazo está a punto de terminar: puede recurrir hasta el { $deadline } inclusive. Envíe su carta hoy si puede.
        [passed] Las 6 semanas han terminado: acabaron el { $deadline }. Envíe su carta de todos modos, y escriba en ella por qué llega tarde. En una escuela pública, el schoolbestuur debe aceptar una carta tardía si usted no pudo razonablemente enviarla a tiempo (Algemene wet bestuursrecht, artículo 6:11: https://wetten.overheid.nl/BWBR0005537/). También puede inscribir a su hijo/a en otra escuela, y pedir ayuda a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87, gratis) o a un asesor.
       *[other] Puede recurrir hasta el { $deadline } inclusive.
    }
    ¿Qué pasa después? El schoolbestuur decide sobre su recurso. Una escuela sí puede rechazar si está llena para todos, o si usted no respeta la grondslag (la religión o las convicciones) de una bijzondere school (escuela con orientación religiosa o ideológica). ¿Su hijo/a no está inscrito/a en ninguna escuela? Entonces contacte enseguida con el leerplichtambtenaar (funcionario municipal de asistencia escolar) de su municipio.
    Esta es información general, no asesoramiento jurídico.

letter-start-meeting-explain =
    Esta es su carta para pedir una reunión inicial (startgesprek). Es bueno que lo haga: así todas las partes se sientan juntas a la mesa.
    ¿Qué dice?
    - Desde cuándo su hijo/a está en casa.
    - Que pide, dentro de dos semanas, una reunión con la escuela, el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) y el leerplichtambtenaar (funcionario municipal de asistencia escolar).
    - Que primero escuchen a su hijo/a y a usted, y que quiere un plan por escrito y una sola persona de contacto fija.
    Así termina la carta:
    - Rellene todo lo que está entre [corchetes]. Después borre los corchetes. ¿Participa la ayuda juvenil (jeugdhulp) o un terapeuta? Entonces deje esa línea.
    - Envíe la carta al director de la escuela. Envíe una copia al samenwerkingsverband (pregunte a la escuela cuál es) y al leerplichtambtenaar de su municipio (busque 'leerplicht' en la página web de su municipio).
    - Guarde una copia, y pida a la escuela que le confirme que ha recibido su carta.
    Es bueno saberlo: una reunión dentro de dos semanas no es un derecho legal. Pero las organizaciones que ayudan a los padres sí piden a las escuelas de Ámsterdam que trabajen así. La escuela sigue siendo responsable de la enseñanza mientras su hijo/a esté inscrito/a allí.
    ¿Qué pasa después? ¿No recibe respuesta en una semana? Llame o escriba a la escuela y al leerplichtambtenaar. ¿Su hijo/a lleva más de 4 semanas en casa? Entonces inscríbase también en los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).
    Esta es información general, no asesoramiento jurídico.

letter-partial-report-explain =
    Este es su aviso al leerplichtambtenaar (funcionario municipal de asistencia escolar). ¿Su hijo/a solo puede ir a la escuela una parte del tiempo, o está en casa? Entonces es bueno que leerplicht lo sepa.
    ¿Qué dice?
    - Desde cuándo su hijo/a está (en parte) en casa, y cuántas horas puede ir a la escuela.
    - Si hay un OPP (el plan de apoyo para su hijo/a), y si usted firmó el handelingsdeel (la parte sobre la ayuda).
    - Las reglas: menos horas solo se permiten por motivos psicológicos o físicos, en un OPP con el que usted está de acuerdo, y a veces solo con permiso de la Inspectie (Inspección de Educación).
    - Que pide a leerplicht que, junto con la escuela y el samenwerkingsverband (las escuelas de su región), se asegure de que su hijo/a vuelva a recibir la enseñanza que necesita.
    Así termina la carta:
    - Rellene todo lo que está entre [corchetes]. Donde dice 'wel / niet' (sí / no), elija lo que es verdad y borre el resto.
    - Envíe la carta al leerplichtambtenaar de su municipio. La dirección está en la página web de su municipio, en 'leerplicht', o pregunte a la escuela.
    - Guarde una copia, y pida a leerplicht que le confirme que ha recibido su carta.
    ¿Qué pasa después? El leerplichtambtenaar puede hablar con la escuela y el samenwerkingsverband, y hacer de mediador. Usted avisa porque quiere que su hijo/a reciba enseñanza: así muestra que colabora. ¿No pasa nada? Pida ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87.
    Esta es información general, no asesoramiento jurídico.

letter-opp-explain =
    Esta es su carta sobre el OPP (ontwikkelingsperspectiefplan: el plan de apoyo para su hijo/a). ¿Qué dice?
    - ¿Quiere hablar del OPP? Entonces pide una reunión, y la versión más reciente del OPP antes de la reunión.
    - ¿No está de acuerdo con el plan? Entonces escribe que no da su consentimiento al handelingsdeel (la parte sobre la ayuda y el acompañamiento), y por qué. Los padres tienen derecho de consentimiento: sin su consentimiento, el handelingsdeel no vale.
    Así termina la carta:
    - Rellene todo lo que está entre [corchetes]. Después borre los corchetes y las explicaciones. Escriba con sus propias palabras qué quiere cambiar.
    - Envíe la carta al director de la escuela, o a la persona responsable del apoyo a los alumnos (intern begeleider o zorgcoördinator).
    - Guarde una copia, y pida a la escuela que le confirme que ha recibido su carta.
    ¿Qué pasa después? Normalmente habrá una reunión. No firmar no significa automáticamente que su hijo/a reciba más ayuda o más horas: pregunte qué hará la escuela entonces. ¿No llegan a un acuerdo? Entonces puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada). Consejo: los Onderwijsconsulenten (asesores educativos independientes), 070-312 28 87 (gratis).
    Esta es información general, no asesoramiento jurídico.


## Giving the letter

letter-intro = Aquí tiene su carta. Está en neerlandés, porque va a una escuela u organismo de los Países Bajos. Copie la carta, rellene las partes entre [corchetes] y envíela.
letter-document = La misma carta como documento, para imprimirla o enviarla por correo electrónico.
common-c-letter = Ayúdeme a escribir la carta


## Questions for the letter

letter-ask-decision-date = ¿En qué fecha tomó la escuela esta decisión? La fecha suele estar en la carta de la escuela. Por ejemplo: 12 de noviembre o 12/11/2026.
letter-ask-home-since = ¿Desde qué fecha está su hijo/a (en parte) en casa? Por ejemplo: 1 de octubre o 1/10/2026.
common-ask-date = No puedo leer una fecha en eso. ¿Puede intentarlo otra vez? Escriba por ejemplo: 12 de noviembre o 12/11/2026.
common-ask-date-past = Esa fecha está en el futuro. Necesito una fecha que ya haya pasado. Escriba por ejemplo: 12 de noviembre o 12/11/2026.
letter-ask-school =
    ¿Es una openbare school (escuela pública) o una bijzondere school (escuela de una fundación o asociación)? Una bijzondere school es, por ejemplo, una escuela cristiana o islámica, o una escuela Montessori dirigida por una fundación. Lo dice la schoolgids (guía de la escuela).
letter-c-school-public = Escuela pública (openbare school)
letter-c-school-private = Bijzondere school (de una fundación o asociación)
letter-c-school-unknown = No lo sé
letter-ask-opp = ¿Qué quiere hacer con su carta sobre el OPP (el plan de apoyo para su hijo/a)?
letter-c-opp-discuss = Quiero hablar del OPP
letter-c-opp-disagree = No estoy de acuerdo con el plan del OPP


## Deadlines

deadline-enrolment =
    La escuela debe decidir dentro de 6 semanas después de su inscripción por escrito: como tarde el { $deadline }. Puede ampliar ese plazo una vez en 4 semanas, como tarde hasta el { $deadline_late }.
    { $deadline_state ->
        [soon] Las 6 semanas están a punto de terminar. ¿Todavía no hay decisión? Pregunte a la escuela por escrito cuándo llegará la decisión.
        [passed] Las 6 semanas han terminado. ¿No ha recibido una decisión, ni un mensaje de que la escuela necesita 4 semanas más? Entonces pida a la escuela por escrito una decisión. Contacte también con el leerplichtambtenaar (funcionario municipal de asistencia escolar) de su municipio, o con los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87, gratis). ¿Sigue sin haber decisión después del { $deadline_late }, y su hijo/a no está inscrito/a en otra escuela? Entonces su hijo/a queda admitido/a de forma provisional.
       *[other] Guarde una copia de su inscripción, con la fecha.
    }
    ¿Su hijo/a no está inscrito/a en ninguna escuela? Entonces la escuela no tiene que darle clase durante esas semanas. Por eso, contacte enseguida con el leerplichtambtenaar.

deadline-suspension =
    Una suspensión (schorsing) dura como máximo 1 semana (5 días de clase). ¿La suspensión empezó el { $suspension_start }? Entonces su hijo/a puede volver a la escuela como tarde el { $deadline }. ¿Hay vacaciones o un día libre en esa semana? Entonces ese día se aplaza en consecuencia.
    { $deadline_state ->
        [passed] Ese día ya pasó. ¿Su hijo/a todavía no puede volver? Solo en la escuela secundaria puede durar más una suspensión, si la escuela está tramitando una expulsión definitiva y antes ha consultado a la Inspectie (Inspección de Educación). Pregunte a la escuela por escrito por qué su hijo/a no puede volver, y desde qué día sí puede. Contacte también con el leerplichtambtenaar (funcionario municipal de asistencia escolar) de su municipio, y pida consejo a Ouders & Onderwijs (servicio de información para padres, 0800-5010, gratis) o a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87, gratis).
       *[other] ¿La escuela no ha dado una fecha de fin, o quiere alargar la suspensión? Entonces pregunte a la escuela por escrito por qué, y desde qué día puede volver su hijo/a. Solo en la escuela secundaria puede durar más una suspensión, si la escuela está tramitando una expulsión definitiva.
    }
    También durante la suspensión la escuela sigue dando enseñanza, por ejemplo con tareas.

deadline-exemption =
    Una exención por motivos físicos o psicológicos (vrijstelling, artículo 5 letra a) vale 1 año. Normalmente debe solicitarla de nuevo cada año antes del 1 de julio: esta vez, antes del { $deadline }.
    { $deadline_state ->
        [soon] Esa fecha está cerca. Contacte hoy, si puede, con el leerplichtambtenaar (funcionario municipal de asistencia escolar).
        [passed] Esa fecha ya pasó. Contacte lo antes posible con el leerplichtambtenaar (funcionario municipal de asistencia escolar), y pregunte qué hacer ahora.
       *[other] Empiece a tiempo, y pregunte al leerplichtambtenaar (funcionario municipal de asistencia escolar) cómo funciona en su municipio.
    }
    Necesita una nueva declaración de un médico, psicólogo o pedagogo independiente designado por el municipio. ¿La declaración dice que su hijo/a tampoco podrá ir a la escuela más adelante? Entonces a veces no hace falta una nueva solicitud. Pregunte al leerplichtambtenaar.


## Reminders (only with consent)

common-c-remind = Recuérdemelo una semana antes del plazo
reminder-set = De acuerdo. Le enviaré un recordatorio el { $date }. Para eso solo guardo esa fecha y esta conversación. /forget lo borra.
reminder-due =
    { $kind ->
        [objection] Recordatorio: dentro de una semana, el { $deadline }, termina el plazo para recurrir. ¿Ya envió su carta? Entonces no tiene que hacer nada. ¿Todavía no? Envíela esta semana.
        [enrolment] Recordatorio: como tarde el { $deadline }, la escuela debe decidir sobre su inscripción, o decirle que necesita 4 semanas más. ¿Todavía no sabe nada? Pregunte a la escuela por escrito cuándo llegará la decisión.
        [exemption] Recordatorio: la exención (vrijstelling) de su hijo/a normalmente tiene que renovarse antes del { $deadline }. ¿Todavía no ha contactado con el leerplichtambtenaar (funcionario municipal de asistencia escolar)? Hágalo ahora.
       *[other] Recordatorio: dentro de una semana, el { $deadline }, termina el plazo del que pidió un recordatorio.
    }
    ¿Quiere ayuda? Escriba /start.


## Follow-up after 4 weeks (only with consent)

common-c-followup = Pregúnteme dentro de 4 semanas cómo va
followup-set = De acuerdo. El { $date } le preguntaré si su hijo/a ha vuelto a la escuela. Para eso solo guardo esa fecha y esta conversación, nada más. /forget lo borra.
followup-ask = ¿Puedo preguntarle dentro de 4 semanas si su hijo/a ha vuelto a la escuela? Así sabemos si nuestra ayuda funciona. Para eso solo guardo la fecha y esta conversación.
followup-c-consent-yes = Sí, de acuerdo
followup-c-consent-no = No, prefiero que no
followup-question = Hace cuatro semanas usted nos pidió ayuda. ¿Cómo van las cosas ahora? ¿Ha vuelto su hijo/a a la escuela?
followup-c-yes = Sí
followup-c-partly = En parte, algunas horas o días
followup-c-no = No
followup-c-unsaid = Prefiero no decirlo
followup-thanks = Gracias por su respuesta. ¿Tiene una pregunta más adelante? Aquí estoy para usted: escriba /start.
followup-offer-adviser =
    Siento que las cosas todavía no vayan bien. Es duro, para su hijo/a y para usted.
    Un asesor puede volver a mirarlo con usted. El asesor ve lo que usted preguntó antes, así que no tiene que contarlo todo otra vez. ¿Qué desea hacer?
