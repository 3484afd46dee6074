# Flow: removal (verwijdering). Translated from locales/nl/removal.ftl.
removal-start =
    ¿La escuela quiere expulsar a su hijo/a definitivamente (verwijdering), o ya lo ha hecho? ¿Sobre qué es su pregunta?
removal-c-rules = ¿Qué debe hacer la escuela antes de poder expulsar a mi hijo/a?
removal-c-disagree = Hay una decisión y no estoy de acuerdo
removal-c-support = Mi hijo/a necesita apoyo extra
removal-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

removal-rules =
    Una escuela no puede expulsar a un alumno sin más. La escuela debe:
    - primero escucharle a usted y al profesor o los profesores;
    - darle la decisión por escrito, con los motivos;
    - informar a la Inspectie (Inspección de Educación) y al leerplichtambtenaar (funcionario municipal de asistencia escolar). Una escuela secundaria debe consultar a la Inspectie ya antes de decidir;
    - primero encontrar otra escuela que acepte a su hijo/a. Solo entonces la expulsión puede ser definitiva.
    ¿La escuela da de baja a su hijo/a sin que usted lo haya pedido? Eso también cuenta como expulsión.
    Una escuela secundaria no puede expulsar a un alumno a mitad del curso por tener malas notas.
    ¿Preguntas? Ouders & Onderwijs (servicio de información para padres): 0800-5010 (gratis).

removal-disagree =
    ¿No está de acuerdo con la decisión? Esto es lo que puede hacer:
    - Presente por escrito un bezwaar (recurso formal) ante la dirección del centro (schoolbestuur) dentro de 6 semanas. También puede explicar su recurso en persona y ver el expediente.
    - Acuda dentro de 6 semanas a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada). Es gratis. La comisión da su opinión en un plazo de 10 semanas. La dirección del centro decide sobre su recurso solo cuando tiene esa opinión.
    - Mientras tanto, la escuela puede mantener a su hijo/a fuera de la escuela. Puede pedir a un juez una decisión rápida y provisional. Pida consejo antes sobre esto.
    Consejo: Ouders & Onderwijs 0800-5010, o los Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 (no si ya hay un juicio en curso). En Ámsterdam: OCO 020-330 63 20.

removal-support =
    ¿Su hijo/a necesita apoyo extra? Entonces la Geschillencommissie Passend Onderwijs (comisión de conflictos sobre educación adaptada) espera que la escuela primero:
    - revise el OPP (plan de desarrollo del alumno) de su hijo/a;
    - hable con usted sobre el tipo de escuela y su orientación (por ejemplo pública o cristiana);
    - haga una lista de las escuelas que serían adecuadas y de cuánto dura el viaje.
    Su hijo/a sigue inscrito/a en la escuela actual hasta que una escuela nueva lo/la inscriba de verdad. Hasta entonces, la escuela actual es responsable.
    Consejo: los Onderwijsconsulenten (asesores educativos independientes), 070-312 28 87 (gratis).
