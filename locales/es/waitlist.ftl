# Flow: waitlist (wachtlijst speciaal onderwijs of jeugdhulp). Translated from locales/nl/waitlist.ftl.
waitlist-start =
    ¿Su hijo/a está en una lista de espera? ¿Qué está esperando su hijo/a?
waitlist-c-school = Una plaza en educación especial (primaria o secundaria)
waitlist-c-care = Ayuda juvenil (jeugdhulp), una evaluación o un tratamiento
waitlist-c-tlv = Una TLV (toelaatbaarheidsverklaring, permiso para la educación especial)
waitlist-c-both = La escuela y los servicios de ayuda se pasan la responsabilidad
waitlist-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

waitlist-school =
    Mientras su hijo/a espera, la escuela donde está inscrito/a ahora sigue siendo responsable (la zorgplicht, obligación de la escuela de buscar una plaza adecuada). Esto sigue así hasta que una escuela nueva inscriba de verdad a su hijo/a.
    Esto es lo que puede hacer:
    - Pida a la escuela una solución provisional: enseñanza y apoyo hasta que haya una plaza.
    - El samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar) debe asegurarse de que cada niño de la región tenga una plaza adecuada. Pídale que ayude a buscar.
    - ¿Su hijo/a recibe mientras tanto pocas clases o ninguna? Llame a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (gratis).

waitlist-care =
    El municipio debe dar jeugdhulp (ayuda juvenil) cuando su hijo/a la necesita.
    - Solicite la ayuda en su municipio. En Ámsterdam se hace a través del Ouder- en Kindteam (equipo de apoyo a padres e hijos), también a través del asesor de padres e hijos de la escuela.
    - ¿No está de acuerdo con una decisión del municipio? Entonces presente un bezwaar (recurso formal) dentro de 6 semanas.
    - Mientras espera, la escuela sigue siendo responsable de la enseñanza de su hijo/a. Pida a la escuela una solución provisional.

waitlist-tlv =
    Para la educación primaria especial (sbo) y la educación especial (so/vso, primaria y secundaria) hace falta una TLV (toelaatbaarheidsverklaring, permiso de admisión a la educación especial).
    - La dirección del centro (schoolbestuur) solicita la TLV al samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar). Este pide la opinión de 2 expertos.
    - El samenwerkingsverband decide sus propias reglas y cuánto tiempo vale la TLV.
    - ¿No está de acuerdo con la decisión? Presente un bezwaar (recurso formal) ante el samenwerkingsverband dentro de 6 semanas. Una comisión nacional (LBT) da su opinión sobre ello.
    - ¿Tarda mucho? Pregunte a la escuela y al samenwerkingsverband cómo va la solicitud.

waitlist-both =
    A veces la escuela y los servicios de ayuda dicen los dos que le toca actuar primero al otro ('¿qué va primero?'). Es complicado, y usted no tiene que resolverlo solo/a.
    Paso su pregunta a un asesor. Los onderwijszorgconsulenten (asesores de educación y cuidados) de los Onderwijsconsulenten (070-312 28 87) también ayudan con preguntas así.
