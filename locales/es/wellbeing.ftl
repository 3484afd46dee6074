# Flow: wellbeing (angst, somberheid, niet naar school durven). Translated from locales/nl/wellbeing.ftl.
wellbeing-start =
    ¿Su hijo/a no está bien? ¿Qué se ajusta mejor a su caso?
wellbeing-c-crisis = Mi hijo/a piensa en el suicidio o ya no quiere vivir
wellbeing-c-anxious = Mi hijo/a tiene miedo o está triste, o no se atreve a ir a la escuela
wellbeing-c-exemption = Mi hijo/a no puede ir nada a la escuela por enfermedad o problemas psicológicos
wellbeing-c-fewer-hours = La escuela quiere que mi hijo/a vaya menos horas
wellbeing-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

wellbeing-crisis =
    ¿Su hijo/a piensa en el suicidio, o dice que ya no quiere vivir? Tómelo siempre en serio.
    - Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl. También puede hacerlo junto con su hijo/a.
    - ¿Hay peligro inmediato? Llame al 112.
    - Contacte también con su huisarts (médico de cabecera o de familia).
    Ahora paso su pregunta a un asesor con prioridad.

wellbeing-anxious =
    Miedo, tristeza o no atreverse a ir a la escuela: usted no está solo/a con esto.
    - Pida a la escuela una reunión para hacer un plan: ¿qué necesita su hijo/a para ir (de nuevo) a la escuela? La escuela sigue siendo responsable de la enseñanza de su hijo/a.
    - Busque ayuda a través de su huisarts (médico de cabecera o de familia) o de su municipio. En Ámsterdam es el Ouder- en Kindteam (equipo de apoyo a padres e hijos); muchas veces también hay un asesor de padres e hijos en la escuela.
    - El leerplichtambtenaar (funcionario municipal de asistencia escolar) puede ayudar a pensar en la vuelta a la escuela.
    - Consejo sobre la escuela: Ouders & Onderwijs (servicio de información para padres), 0800-5010.

wellbeing-exemption =
    ¿Su hijo/a no puede ir nada a la escuela por motivos físicos o psicológicos? Entonces es posible una vrijstelling (exención) de la leerplicht (escolarización obligatoria), según el artículo 5 letra a.
    - Necesita una declaración de un médico, psicólogo o pedagogo independiente que designa el municipio. No puede ser su propio médico de cabecera ni el terapeuta de su hijo/a.
    - La exención vale 1 año. Normalmente debe solicitarla de nuevo cada año antes del 1 de julio.
    - El leerplichtambtenaar (funcionario de asistencia escolar) de su municipio le explica cómo funciona.
    Atención: con una exención, su hijo/a ya no tiene que ir a la escuela. Hable primero con la escuela y con un asesor sobre lo que eso significa para la enseñanza y la ayuda.
