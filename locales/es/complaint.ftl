# Flow: complaint (klacht over een leraar of de school; discriminatie door personeel). Translated from locales/nl/complaint.ftl.
complaint-start =
    ¿Tiene una queja sobre un profesor, otra persona de la escuela o la propia escuela? Es bueno que quiera hacer algo al respecto. ¿Qué se ajusta mejor a su caso?
    ¿Se trata de una suspensión, una expulsión o un rechazo? Entonces elija ese tema en el menú: allí el camino es presentar un bezwaar (recurso formal).
complaint-c-talk = Primero quiero saber cómo hablarlo con la escuela
complaint-c-formal = Hablar no sirvió: quiero presentar una queja oficial
complaint-c-discrimination = Alguien de la escuela discrimina a mi hijo/a
complaint-c-serious = Se trata de violencia, abuso sexual o acoso muy grave

complaint-talk =
    Muchas veces ayuda hablar primero. Puede hacerlo así:
    - Pida una cita con el profesor o el tutor (mentor). Cuente con calma qué pasó y qué le gustaría que cambiara.
    - ¿No sirve? Pida una reunión con el director o la directora.
    - También puede hablar con el vertrouwenspersoon (persona de confianza) de la escuela. Le escucha y le ayuda a seguir. Pregunte en la escuela quién es.
    - Apunte qué pasó y cuándo. Después de cada conversación, envíe un correo electrónico corto con lo que se acordó.
    - Consejo: { $oco }

complaint-formal =
    ¿Hablar no lo resuelve? Entonces puede presentar una queja oficial.
    - Toda escuela tiene un reglamento de quejas. Pídalo a la escuela, o búsquelo en la schoolgids (guía de la escuela). Allí también pone a qué comisión de quejas pertenece la escuela. Muchas escuelas pertenecen a una comisión nacional de quejas.
    - Escriba en su queja: qué pasó, cuándo, qué ha hecho usted ya y qué quiere conseguir.
    - ¿Se trata del apoyo a su hijo/a? Entonces la comisión de quejas también es el lugar adecuado. ¿Se trata de una expulsión, un rechazo o el OPP (el plan de apoyo para su hijo/a)? Entonces puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada).
    - ¿Primero se quejó ante la escuela y no está satisfecho/a? Entonces, dentro de 1 año, puede acudir al Kinderombudsman (Defensor de los Niños): 0800-876 54 32.
    - La Inspectie (Inspección de Educación) no resuelve su queja, pero usted puede darle un aviso: 088-669 60 60 (de lunes a viernes, de 9 a 12 y de 13 a 16).
    Esta es información general, no asesoramiento jurídico.

complaint-discrimination =
    ¿Alguien de la escuela discrimina a su hijo o hija? Eso no está permitido. Es bueno que quiera hacer algo al respecto.
    - Apunte qué pasó, cuándo y quién estaba presente.
    - Hable con el vertrouwenspersoon (persona de confianza) de la escuela. Si hace falta, presente una queja según el reglamento de quejas de la escuela.
    - Llame al vertrouwensinspecteur (inspector de confianza de la Inspección de Educación): 0900-111 3 111 (días laborables de 8 a 17, tarifa local). Le aconseja en casos de discriminación, violencia, abuso sexual y acoso grave.
    - También puede denunciar la discriminación en una oficina de denuncias de discriminación (meldpunt discriminatie), a través de Discriminatie.nl.
    - Puede pedir al College voor de Rechten van de Mens (Instituto Neerlandés de Derechos Humanos) que dé su opinión sobre la discriminación.
    - ¿Ha ocurrido un delito, como una amenaza o una agresión? Vaya a la policía. Peligro inmediato: llame al 112.
