# Flow: removal (verwijdering). Translated from locales/nl/removal.ftl.
removal-start =
    ¿La escuela quiere expulsar a su hijo o hija definitivamente (verwijdering), o ya lo ha hecho? Es una situación muy dura. ¿Sobre qué es su pregunta?
removal-c-rules = ¿Qué debe hacer la escuela antes de poder expulsar a mi hijo/a?
removal-c-disagree = Hay una decisión y no estoy de acuerdo
removal-c-letter = Quiero ayuda para escribir una carta de bezwaar (recurso formal)
removal-c-support = Mi hijo/a necesita apoyo extra
removal-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

removal-rules =
    Una escuela no puede expulsar a un alumno sin más. La escuela debe:
    - primero escucharle a usted, a su hijo/a y al profesor o los profesores;
    - darle la decisión por escrito, con los motivos;
    - informar a la Inspectie (Inspección de Educación) y al leerplichtambtenaar (funcionario municipal de asistencia escolar). Una escuela secundaria debe consultar a la Inspectie ya antes de decidir;
    - primero encontrar otra escuela que acepte a su hijo/a. Solo entonces la expulsión puede ser definitiva. Hasta entonces, su hijo/a sigue inscrito/a y la escuela sigue siendo responsable de la enseñanza.
    ¿La escuela da de baja a su hijo/a sin que usted lo haya pedido? Eso también cuenta como expulsión.
    Una escuela secundaria no puede expulsar a un alumno a mitad del curso por tener malas notas.
    ¿Preguntas? { $oco }
    Esta es información general, no asesoramiento jurídico.

removal-disagree =
    Es una situación difícil. Usted puede hacer algo:
    - Presente por escrito, dentro de 6 semanas, un bezwaar (recurso formal) ante el schoolbestuur: la junta o entidad titular de la escuela, no solo el director. También puede explicar su recurso en persona y ver el expediente. El schoolbestuur suele decidir en un plazo de 4 semanas después de que terminen esas 6 semanas.
    - También puede acudir, dentro de 6 semanas, a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada). Es gratis. La comisión da su opinión en un plazo de 10 semanas. ¿Acude usted a la comisión? Entonces el schoolbestuur solo decide sobre su recurso cuando tiene esa opinión.
    - Durante el recurso, la escuela puede mantener a su hijo/a fuera de la escuela. Pero su hijo/a sigue inscrito/a, y la escuela sigue siendo responsable de la enseñanza, como tareas y acompañamiento.
    - ¿Es muy urgente? En una openbare school (escuela pública) usted pide al bestuursrechter (juez de lo administrativo) una voorlopige voorziening (una decisión rápida y provisional). En una bijzondere school (escuela con orientación religiosa o ideológica), como una escuela cristiana o islámica, se trata de un kort geding (juicio rápido) ante el juez civil, con un abogado. Juridisch Loket (servicio de orientación jurídica): 0900-8020.
    Consejo: { $oco }. O los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (no si ya hay un juicio en curso).
    Esta es información general, no asesoramiento jurídico.

# A checklist for a bezwaar letter (OCO). Also used in the flow suspension.
removal-letter =
    Así escribe una carta de bezwaar (recurso formal). Ponga en ella:
    - su nombre y su dirección;
    - el nombre y la dirección de la escuela y del schoolbestuur (la junta o entidad titular de la escuela);
    - el nombre de su hijo/a;
    - sobre qué decisión se trata, con la fecha de esa decisión;
    - por qué no está de acuerdo;
    - que pide una nueva decisión;
    - que le gustaría explicar su recurso en persona;
    - la fecha y su firma.
    Envíe la carta dentro de 6 semanas. Las 6 semanas se cuentan desde la fecha de la decisión de la escuela. Guarde una copia, y pida a la escuela que le confirme que ha recibido su carta.
    Ayuda con su carta: { $oco }

removal-support =
    ¿Su hijo/a necesita apoyo extra? Entonces la escuela tiene la zorgplicht (la obligación de buscar una plaza adecuada): debe encontrar una plaza adecuada, en esta escuela o en otra escuela que le convenga.
    - Su hijo/a sigue inscrito/a en la escuela actual hasta que una escuela nueva lo/la inscriba de verdad. Hasta entonces, la escuela actual es responsable de la enseñanza.
    - Pregunte a la escuela qué escuelas ha buscado, si esas escuelas pueden dar el apoyo del OPP (el plan de apoyo para su hijo/a) y cuánto dura el viaje. Pregunte también si se ha tenido en cuenta el tipo de escuela y la orientación que usted quiere, por ejemplo pública o cristiana.
    - ¿No está de acuerdo con la expulsión o con el OPP? Entonces puede acudir gratis a la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada).
    Consejo: los Onderwijsconsulenten (asesores educativos independientes), 070-312 28 87 (gratis).
