# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl.
# { $leerplicht }, { $swv }, { $oco }, { $okt } are the region's contacts (flows/regions/), or main.ftl's contact-*-elsewhere.
home_without_school-start =
    Lamento que su hijo o hija esté en casa sin escuela. Con gusto le ayudo. ¿Qué se ajusta mejor a su caso?
home_without_school-c-short = Mi hijo/a lleva menos de 4 semanas en casa
home_without_school-c-long = Mi hijo/a lleva ya más de 4 semanas en casa
home_without_school-c-not-enrolled = Mi hijo/a no está inscrito/a en ninguna escuela
home_without_school-c-ill = Mi hijo/a está enfermo/a, tiene miedo o no se atreve a ir a la escuela
home_without_school-c-fine = La escuela o el servicio de leerplicht amenaza con una multa o un proces-verbaal (acta oficial)
home_without_school-c-veilig-thuis = La escuela o el servicio de leerplicht amenaza con avisar a Veilig Thuis

home_without_school-short =
    La escuela donde está inscrito/a su hijo/a sigue siendo responsable de su enseñanza, también cuando su hijo/a está en casa. El samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) debe asegurarse de que haya una plaza adecuada.
    Esto es lo que puede hacer:
    - Pida a la escuela por escrito una reunión, dentro de dos semanas, con la escuela, el samenwerkingsverband y el servicio de leerplicht (asistencia escolar obligatoria del municipio). Pida una sola persona de contacto fija y un plan por escrito: ¿cuándo vuelve su hijo/a a la escuela, y qué enseñanza recibe hasta entonces?
    - El servicio de leerplicht ayuda con la vuelta a la escuela y puede hacer de mediador: { $leerplicht }
    - Samenwerkingsverband: { $swv }
    - Apunte lo que pasa: fechas, reuniones y cuántas horas de clase recibe su hijo/a.
    - Consejo: { $oco }

# Also the answer to "my child has been home more than 4 weeks" in other flows: the steps first, then the adviser.
home_without_school-long-steps =
    Qué duro que su hijo/a lleve tanto tiempo en casa. No está solo/a. Esto es lo que puede hacer ahora:
    - Solicite enseguida la ayuda de los Onderwijsconsulenten (asesores educativos independientes y gratuitos): 070-312 28 87, días laborables de 9.00 a 12.30 y de 13.30 a 16.30, o mediante el quickscan (cuestionario corto) en onderwijsconsulenten.nl. Pueden pasar varias semanas antes de que le devuelvan la llamada: por eso, no espere para solicitarla.
    - Normalmente le preguntan si antes ha hablado con la escuela y con el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada). ¿Su hijo/a no recibe ninguna enseñanza? Dígalo en su solicitud.
    - Contacte con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }
    - Pida al samenwerkingsverband que ayude a buscar: { $swv }
    - Apunte lo que pasa: fechas, reuniones y cuántas horas de clase recibe su hijo/a.
    - ¿No pasa nada? Infórmelo a la Inspectie (Inspección de Educación): 088-669 60 60 (de lunes a viernes, de 9 a 12 y de 13 a 16). Es un aviso; la Inspectie no resuelve su caso.
    - ¿Se ha quejado ante la escuela y no sirve de nada? Entonces, dentro de 1 año, puede acudir al Kinderombudsman (Defensor de los Niños): 0800-876 54 32.
    ¿Quiere que un asesor revise su caso con usted? Elíjalo abajo.

home_without_school-not-enrolled =
    ¿Su hijo/a no está inscrito/a en ninguna escuela y no tiene vrijstelling (exención)? Eso se llama 'absoluut verzuim' (ausencia escolar total). Según la ley, usted como madre o padre es responsable de la inscripción. Puede recibir ayuda para ello.
    - Inscriba a su hijo/a por escrito en una escuela lo antes posible, también si su hijo/a todavía no tiene BSN (número personal de identificación). ¿Su hijo/a necesita apoyo extra? Escríbalo también. Entonces esa escuela tiene la zorgplicht (la obligación de buscar una plaza adecuada).
    - Atención: mientras la escuela todavía está decidiendo (hasta 10 semanas), no tiene que darle clases a su hijo/a. Por eso, contacte enseguida con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }
    - ¿La escuela ha dado de baja a su hijo/a sin que usted lo pidiera? Entonces cuenta como expulsión. Elija en el menú 'La escuela quiere expulsar a mi hijo/a definitivamente'.
    - ¿Nadie colabora? Entonces el leerplichtambtenaar (funcionario municipal de asistencia escolar) puede redactar un proces-verbaal (acta oficial). Por eso, mantenga el contacto con el servicio de leerplicht y con la escuela.
    - Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 (gratis), o { $oco }

home_without_school-veilig-thuis =
    ¿Le asusta que le amenacen con Veilig Thuis? Es comprensible.
    - No ir a la escuela, por sí solo, no es motivo para avisar a Veilig Thuis. Así lo dice Ingrado, la asociación de los leerplichtambtenaren (funcionarios de asistencia escolar). Amenazar con un aviso así no es correcto.
    - ¿La escuela quiere hacer el aviso de todos modos? Entonces primero debe hablarlo con usted.
    - Veilig Thuis es el servicio de consejo y de avisos sobre violencia doméstica y maltrato infantil. No es la policía.
    - Pregunte en una reunión cuáles son exactamente las preocupaciones, y pida un plan para la enseñanza de su hijo/a.
    - ¿Cree que la escuela no actuó con cuidado? Entonces puede presentar una queja. Elija en el menú 'Queja sobre un profesor o la escuela, o discriminación'.
    - Consejo: Ouders & Onderwijs (servicio de información para padres) 0800-5010 (gratis) o los Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87.
    Esta es información general, no asesoramiento jurídico.
