# Flow: attendance (leerplicht: verzuim, brief of gesprek met leerplicht, boete of proces-verbaal, verlof). Translated from locales/nl/attendance.ftl.
attendance-start =
    Leerplicht (escolarización obligatoria) significa: su hijo o hija debe ir a la escuela, y la escuela y el municipio vigilan que lo haga. ¿Sobre qué es su pregunta?
attendance-c-reported = La escuela ha avisado de faltas, o el servicio de leerplicht me llama o me escribe
attendance-c-fine = Me amenazan con una multa o un proces-verbaal (acta oficial)
attendance-c-leave = Quiero pedir permiso (días libres) para mi hijo/a
attendance-c-home = Mi hijo/a está en casa porque la escuela no funciona

attendance-reported =
    Una carta o una llamada del servicio de leerplicht (asistencia escolar obligatoria del municipio) puede asustar. Una carta así todavía no es un castigo.
    - Las escuelas deben avisar de las faltas (verzuim), por ejemplo cuando un alumno pierde 16 horas de clase o más en 4 semanas sin un motivo válido.
    - El leerplichtambtenaar (funcionario municipal de asistencia escolar) quiere sobre todo que su hijo/a vuelva a recibir enseñanza. También puede ayudar a buscar soluciones y hacer de mediador entre usted y la escuela.
    - Acuda a la cita. Cuente lo que pasa, por ejemplo una enfermedad, miedo o que no hay una plaza adecuada. Lleve las cartas y los correos electrónicos, y una lista de lo que ha pasado.
    - ¿Su hijo/a está enfermo/a? Entonces avise a la escuela cada vez que esté enfermo/a.
    - Leerplicht: { $leerplicht }
    - Consejo: { $oco }

# Also used in the flow home_without_school.
attendance-fine =
    Que le amenacen con una multa o un proces-verbaal asusta. Mantenga la calma: usted puede hacer mucho.
    - Un proces-verbaal es un acta oficial que redacta el leerplichtambtenaar (funcionario municipal de asistencia escolar). Después puede llegar una multa. Es para padres que no colaboran en la solución de las faltas. ¿Usted sí colabora? Entonces demuéstrelo.
    - ¿Su hijo/a está en casa porque la escuela no puede ofrecer una enseñanza adecuada? Entonces Ingrado, la asociación de los leerplichtambtenaren, espera que primero se hable y se busque una solución. En ese caso, Ingrado indica a los padres la Geschillencommissie Passend Onderwijs (comisión nacional de conflictos sobre educación adaptada) y los Onderwijsconsulenten (asesores educativos independientes y gratuitos).
    - Responda por escrito, por ejemplo por correo electrónico: ¿qué pasa y qué ha hecho usted ya? Pida una reunión y un plan para la enseñanza de su hijo/a.
    - Guarde todas las cartas y los correos electrónicos, y apunte lo que pasa.
    - Ayuda: los Onderwijsconsulenten 070-312 28 87 (gratis), o { $oco }. Preguntas legales: Juridisch Loket (servicio de orientación jurídica) 0900-8020 (0,25 euros por minuto).
    Esta es información general, no asesoramiento jurídico.

attendance-leave =
    El permiso (días libres fuera de las vacaciones escolares) se pide por escrito y con tiempo al director o la directora de la escuela.
    - Irse de vacaciones fuera de las vacaciones escolares solo está permitido si, por el trabajo de uno de los padres, es imposible irse en las vacaciones escolares. Entonces se puede una vez por curso escolar, como máximo 10 días de clase, y no en las 2 primeras semanas del curso.
    - Permiso por otro motivo importante, como una boda o un entierro en la familia: el director decide sobre un máximo de 10 días de clase por curso escolar. Para más días decide el leerplichtambtenaar (funcionario municipal de asistencia escolar).
    - Una fiesta religiosa: avise al director por lo menos 2 días antes.
    - ¿Su hijo/a está enfermo/a? Entonces no es un permiso: avise a la escuela de que su hijo/a está enfermo/a.
    ¿No está de acuerdo con la decisión? Pida el motivo por escrito, y pida consejo: { $oco }
