# Flow: waitlist (wachtlijst speciaal onderwijs of jeugdhulp, onderwijs en zorg, dagbesteding). Translated from locales/nl/waitlist.ftl.
waitlist-start =
    Esperar es duro, sobre todo si mientras tanto su hijo o hija está en casa. ¿Qué está esperando su hijo/a?
    ¿Se trata de un lugar que combina enseñanza y cuidados, o no lo sabe bien? Entonces elija 'Enseñanza y cuidados juntos'.
waitlist-c-school = Una plaza en educación especial (speciaal onderwijs o speciaal basisonderwijs)
waitlist-c-care = Ayuda juvenil (jeugdhulp), una evaluación o un tratamiento
waitlist-c-tlv = Una TLV (toelaatbaarheidsverklaring, permiso de admisión a la educación especial)
waitlist-c-both = Enseñanza y cuidados juntos, o la escuela y los servicios de ayuda se pasan la responsabilidad
waitlist-c-dagbesteding = Dagbesteding (actividades de día con acompañamiento): ¿tiene que ayudar la escuela?
waitlist-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

waitlist-school =
    Esperar una plaza es duro. También durante ese tiempo su hijo/a tiene derecho a la enseñanza.
    - Mientras su hijo/a espera, la escuela donde está inscrito/a ahora sigue siendo responsable. Eso se llama la zorgplicht: la escuela debe ocuparse de que su hijo/a reciba una enseñanza adecuada. Esto sigue así hasta que una escuela nueva inscriba de verdad a su hijo/a.
    - Pida a la escuela una solución provisional: enseñanza y acompañamiento hasta que haya una plaza. Pídalo por escrito.
    - El samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) debe asegurarse de que cada niño tenga una plaza adecuada. Pídale que ayude a buscar: { $swv }
    - ¿Su hijo/a recibe mientras tanto pocas clases o ninguna? Llame a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).

waitlist-care =
    El municipio debe dar jeugdhulp (ayuda juvenil) cuando su hijo/a la necesita. Así lo dice la Jeugdwet (ley de juventud).
    - Solicite la ayuda en su municipio: { $okt }
    - ¿Su hijo/a está en una lista de espera para recibir ayuda? Pregunte al municipio qué es posible hasta que empiece la ayuda, y si hay otro proveedor con menos tiempo de espera.
    - ¿No está de acuerdo con una decisión del municipio? Entonces presente un bezwaar (recurso formal) dentro de 6 semanas.
    - También mientras espera, la escuela sigue siendo responsable de la enseñanza de su hijo/a. Pida a la escuela una solución provisional.

waitlist-tlv =
    Para el speciaal basisonderwijs (sbo, primaria especial) y el speciaal onderwijs (so y vso, educación especial) hace falta una TLV: una toelaatbaarheidsverklaring. En ella pone que su hijo/a puede ir a una escuela así.
    - El schoolbestuur (la junta o entidad titular de la escuela) solicita la TLV al samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada). Este pide la opinión de 2 expertos.
    - El samenwerkingsverband decide sus propias reglas y cuánto tiempo vale la TLV.
    - ¿Todavía no se ha solicitado la TLV, o tarda mucho? Pregunte a la escuela por escrito cuándo se hará. ¿No pasa nada? Contacte con los Onderwijsconsulenten (asesores educativos independientes; 070-312 28 87, gratis) y con el samenwerkingsverband: { $swv }
    - ¿No está de acuerdo con la decisión? Presente un bezwaar (recurso formal) ante el samenwerkingsverband dentro de 6 semanas. Una comisión nacional (LBT) da su opinión sobre ello.

waitlist-both =
    A veces la escuela y los servicios de ayuda dicen los dos que le toca actuar al otro ('wat is voorliggend?', ¿qué va primero?). Es complicado, y usted no tiene que resolverlo solo/a.
    - La escuela donde está inscrito/a su hijo/a sigue siendo responsable de la enseñanza, también durante la espera.
    - El municipio debe ocuparse de la jeugdhulp (ayuda juvenil) si su hijo/a la necesita: { $okt }
    - Pida una sola reunión con la escuela, el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) y el municipio o el servicio de cuidados, todos juntos, con una sola persona de contacto fija para usted.
    - Los onderwijszorgconsulenten (asesores de enseñanza y cuidados) de los Onderwijsconsulenten ayudan gratis con preguntas sobre enseñanza y cuidados juntos: 070-312 28 87.
    ¿Quiere que un asesor revise su caso con usted? Elíjalo abajo.

waitlist-dagbesteding =
    ¿Su hijo/a tiene una vrijstelling (exención) de la leerplicht (escolarización obligatoria), y busca usted dagbesteding (un lugar con acompañamiento durante el día)? La dagbesteding normalmente es atención o cuidados, no enseñanza. Entonces la organiza el municipio (Jeugdwet, ley de juventud), o a veces la Wet langdurige zorg (Wlz, ley de cuidados de larga duración). La zorgplicht de la escuela (la obligación de ocuparse de una enseñanza adecuada) trata de la enseñanza, no de los cuidados.
    - ¿Su hijo/a no tiene exención? Entonces la escuela sigue siendo responsable de la enseñanza de su hijo/a.
    - Solicite la dagbesteding en su municipio: { $okt }
    - Cómo es en el caso de su hijo/a depende de cada situación. Deje que un asesor lo revise con usted: elíjalo abajo.
