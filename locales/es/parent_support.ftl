# Flow: parent_support (de ouder zelf is uitgeput; steun voor de ouder, oudergroepen, 113). Translated from locales/nl/parent_support.ftl.
parent_support-start =
    Cuidar de su hijo o hija mientras está en casa es duro. Muchos padres y madres acaban agotados, y es comprensible. ¿Qué se ajusta mejor a su caso?
parent_support-c-tired = Estoy cansado/a y yo también necesito apoyo
parent_support-c-groups = Quiero hablar con otros padres que pasan por lo mismo
parent_support-c-cannot = Ya no puedo más, o pienso en el suicidio

parent_support-tired =
    Hace bien en pensar también en usted. Eso también ayuda a su hijo/a.
    - Hable con su huisarts (médico de cabecera o de familia), o con la praktijkondersteuner (POH, profesional de apoyo psicológico en la consulta del médico de cabecera). Juntos ven lo que usted necesita.
    - Apoyo para su familia: { $okt }
    - ¿Tiene que trabajar menos porque su hijo/a está en casa? Les pasa a muchos padres. Háblelo con su empleador y con un asesor.
    - No tiene que hacerlo todo solo/a. Para preguntas sobre la escuela: { $oco }. O los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87, gratis).
    ¿A veces se siente tan mal que ya no quiere seguir? Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl.

parent_support-groups =
    Otros padres muchas veces entienden exactamente lo que usted está viviendo.
    - El OCO / Oudersteunpunt (punto de apoyo a padres) en Ámsterdam trabaja para poner en contacto a grupos de padres. Pregunte por ello: { $oco }
    - Landelijke Oudervereniging Balans es una asociación nacional de padres y para padres (balansdigitaal.nl).

parent_support-groups-elsewhere =
    Otros padres muchas veces entienden exactamente lo que usted está viviendo.
    - Pregunte a su municipio, o al samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada), si cerca de usted hay grupos para padres. Samenwerkingsverband: { $swv }
    - Landelijke Oudervereniging Balans es una asociación nacional de padres y para padres (balansdigitaal.nl).
    - ¿Preguntas sobre la escuela? Ouders & Onderwijs (servicio de información para padres): 0800-5010 (gratis).

parent_support-cannot =
    Gracias por decírmelo. No tiene que cargar con esto solo/a.
    - Hable de ello hoy mismo: llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl.
    - ¿Hay peligro inmediato? Llame al 112.
    - Su huisarts (médico de cabecera o de familia) también puede ayudar. Por la noche y el fin de semana: la huisartsenpost (servicio de médicos de guardia).
    - Estas líneas de ayuda atienden en neerlandés. Puede pedir un intérprete.
    No espere a que le respondamos: los asesores de Wegwijzer no son un servicio de crisis y no siempre están disponibles de inmediato. Si tiene dudas, llame al 113 o al 112.
