# Flow: wellbeing (angst, somberheid, niet naar school durven, ziek). Translated from locales/nl/wellbeing.ftl.
wellbeing-start =
    ¿Su hijo o hija no está bien? Es preocupante. ¿Qué se ajusta mejor a su caso?
wellbeing-c-crisis = Mi hijo/a piensa en el suicidio o ya no quiere vivir
wellbeing-c-anxious = Mi hijo/a tiene miedo o está triste, o no se atreve a ir a la escuela
wellbeing-c-options = ¿Qué opciones de enseñanza hay, si ahora la escuela no funciona?
wellbeing-c-exemption = Mi hijo/a no puede ir en absoluto a la escuela por enfermedad o problemas psicológicos
wellbeing-c-fewer-hours = La escuela quiere que mi hijo/a vaya menos horas
wellbeing-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa

wellbeing-crisis =
    ¿Su hijo/a piensa en el suicidio, o dice que ya no quiere vivir? Tómelo siempre en serio.
    - Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl. También puede hacerlo junto con su hijo/a.
    - ¿Hay peligro inmediato? Llame al 112.
    - Contacte también con su huisarts (médico de cabecera o de familia). Por la noche y el fin de semana: la huisartsenpost (servicio de médicos de guardia).
    - Estas líneas de ayuda atienden en neerlandés. Puede pedir un intérprete.
    No espere a que le respondamos: los asesores de Wegwijzer no son un servicio de crisis y no siempre están disponibles de inmediato. Si tiene dudas, llame al 113 o al 112.

wellbeing-anxious =
    Qué duro que su hijo/a tenga miedo o esté triste. Usted no está solo/a con esto.
    - A veces un niño necesita primero descansar para recuperarse, por ejemplo después de sufrir acoso o una mala época en la escuela. Ouders & Onderwijs (servicio de información para padres) ve que, en ese caso, presionar para volver a la escuela lo antes posible no ayuda. Pida un plan con pasos pequeños.
    - La escuela sigue siendo responsable de la enseñanza de su hijo/a. Pida una reunión: ¿qué necesita su hijo/a? Deje que su hijo/a cuente también, por sí mismo/a, lo que necesita.
    - Ayuda para su hijo/a: a través del huisarts (médico de cabecera o de familia), o { $okt }
    - El jeugdarts (médico del servicio de salud infantil y juvenil, jeugdgezondheidszorg) puede ayudar a pensar cuando su hijo/a falta mucho a la escuela, y ayudar con la vuelta a la escuela. Usted mismo/a puede llamar al jeugdgezondheidszorg de su municipio.
    - Su hijo/a también puede hablar por su cuenta con De Kindertelefoon (línea de ayuda para niños y jóvenes, kindertelefoon.nl).
    - El servicio de leerplicht (asistencia escolar obligatoria del municipio) puede ayudar a pensar en la vuelta a la escuela: { $leerplicht }
    - Consejo sobre la escuela: { $oco }

wellbeing-options =
    ¿Ahora no es posible ir a la escuela todo el día? Hay opciones. La escuela sigue siendo responsable y debe buscar con usted una enseñanza que se ajuste a su hijo/a.
    - Una solución a la medida (maatwerk) a través del OPP (ontwikkelingsperspectief: el plan de apoyo para su hijo/a), por ejemplo menos horas durante un tiempo, con un plan para ir aumentando. En caso de enfermedad o de un tratamiento médico, la escuela no necesita para ello el permiso de la Inspectie (Inspección de Educación). La escuela prepara el OPP en consulta con usted. La parte sobre la ayuda (el handelingsdeel) necesita su consentimiento.
    - Pregunte a la escuela si es posible (durante un tiempo) la enseñanza a distancia o ir medio día.
    - ¿Su hijo/a está enfermo/a durante mucho tiempo o de gravedad? También entonces la escuela sigue siendo responsable de la enseñanza, aunque su hijo/a no pueda ir a la escuela. La escuela puede pedir ayuda gratuita a un consultor para la enseñanza de alumnos enfermos (consulent onderwijsondersteuning zieke leerlingen, OZL). Más información: ziezon.nl.
    - Algunas escuelas ofrecen enseñanza y cuidados juntos, en un onderwijszorgarrangement (combinación de enseñanza y cuidados). Pregunte a la escuela y al samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) si es posible: { $swv }
    - ¿No se llega a un acuerdo? Pida ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87.
    - Una vrijstelling (exención) de la leerplicht (escolarización obligatoria) es el último paso. Con una exención, la escuela ya no tiene que darle enseñanza a su hijo/a. También es posible ir menos horas sin exención, a través del OPP.

wellbeing-exemption =
    ¿Su hijo/a no puede ir en absoluto a la escuela por motivos físicos o psicológicos? Entonces es posible una vrijstelling (exención) de la leerplicht (escolarización obligatoria), según el artículo 5 letra a.
    - Necesita una declaración de un médico, psicólogo o pedagogo independiente que designa el municipio. No puede ser su propio huisarts (médico de cabecera) ni el terapeuta de su hijo/a.
    - La exención vale 1 año. Normalmente debe solicitarla de nuevo cada año antes del 1 de julio.
    - El leerplichtambtenaar (funcionario municipal de asistencia escolar) le explica cómo funciona: { $leerplicht }
    Atención: con una exención, su hijo/a ya no tiene que ir a la escuela, y la escuela ya no tiene que darle enseñanza. ¿Su hijo/a sí puede ir una parte del tiempo? Entonces es posible ir menos horas a través del OPP (el plan de apoyo para su hijo/a), sin exención. Hable primero con la escuela y con un asesor sobre lo que más le conviene.
