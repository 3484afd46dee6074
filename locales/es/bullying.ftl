# Flow: bullying (pesten, onveiligheid op school). Translated from locales/nl/bullying.ftl.
bullying-start =
    ¿Están acosando a su hijo o hija (pesten), o no se siente seguro/a en la escuela? Lo siento mucho. ¿Qué se ajusta mejor a su caso?
bullying-c-bullied = Están acosando a mi hijo/a
bullying-c-serious = Se trata de violencia, abuso sexual, discriminación o acoso muy grave
bullying-c-no-action = Lo he comunicado, pero la escuela no hace nada
bullying-c-afraid = Por eso mi hijo/a ya no se atreve a ir a la escuela, o está en casa

bullying-bullied =
    Toda escuela debe garantizar que la escuela sea segura (así lo dice la Wet veiligheid op school, ley de seguridad en la escuela). Por eso toda escuela tiene:
    - unas normas para la seguridad y contra el acoso;
    - una persona que coordina la lucha contra el acoso. Esa persona también es su persona de contacto;
    - cada año una medición de lo seguros que se sienten los alumnos.
    Esto es lo que puede hacer: hable del acoso con el profesor o el tutor (mentor). ¿No sirve? Pregunte por el anti-pestcoördinator (coordinador contra el acoso) y hagan acuerdos juntos. Apunte lo que pasa y cuándo.
    También puede hablar con el vertrouwenspersoon (persona de confianza) de la escuela. Su hijo/a puede hablar por su cuenta con De Kindertelefoon (línea de ayuda para niños y jóvenes, kindertelefoon.nl).

# Also used in the flow complaint.
bullying-serious =
    En casos de violencia, abuso sexual, discriminación o acoso grave, puede llamar al vertrouwensinspecteur (inspector de confianza de la Inspección de Educación): 0900-111 3 111 (días laborables de 8 a 17, tarifa local). Le aconseja sobre lo que puede hacer.
    - En la escuela puede acudir al vertrouwenspersoon (persona de confianza).
    - ¿Se trata de discriminación? Elija en el menú 'Queja sobre un profesor o la escuela, o discriminación'.
    - ¿Ha ocurrido un delito, como una agresión o una amenaza? Vaya a la policía.
    - ¿Hay peligro inmediato? Llame al 112.

bullying-no-action =
    ¿La escuela no hace nada con su aviso? Es frustrante. Esto es lo que puede hacer:
    - Hable con el vertrouwenspersoon (persona de confianza) de la escuela.
    - Presente una queja según el reglamento de quejas de la escuela. Pida ese reglamento a la escuela, o búsquelo en la schoolgids (guía de la escuela). Muchas escuelas pertenecen a una comisión nacional de quejas; en la schoolgids pone a cuál.
    - En casos de acoso grave, violencia o discriminación: llame al vertrouwensinspecteur (inspector de confianza de la Inspección de Educación), 0900-111 3 111 (días laborables de 8 a 17, tarifa local).
    - ¿Primero se quejó ante la propia escuela? Entonces, dentro de 1 año, también puede acudir al Kinderombudsman (Defensor de los Niños): 0800-876 54 32.

bullying-afraid =
    ¿Su hijo/a ya no se atreve a ir a la escuela por el acoso? Eso es muy duro, para su hijo/a y para usted.
    - La escuela debe garantizar que la escuela sea segura, y sigue siendo responsable de la enseñanza. Pida un plan: ¿cómo vuelve a estar seguro/a su hijo/a en la escuela, y qué enseñanza recibe hasta entonces?
    - ¿Deja usted a su hijo/a en casa sin un acuerdo con la escuela? Entonces cuenta como falta escolar (verzuim). Por eso, haga acuerdos con la escuela y con el servicio de leerplicht (asistencia escolar obligatoria del municipio), y póngalos por escrito, por ejemplo en un correo electrónico. Leerplicht: { $leerplicht }
    - ¿Quiere cambiar de escuela? Inscriba a su hijo/a por escrito en esa escuela (elija en el menú 'Inscripción: una escuela no acepta a mi hijo/a'). Hasta que su hijo/a esté inscrito/a allí, la escuela actual sigue siendo responsable.
    - ¿Su hijo/a tiene miedo o está triste? Elija en el menú 'Miedo, tristeza, no se atreve a ir a la escuela'. Su hijo/a también puede hablar por su cuenta con De Kindertelefoon (kindertelefoon.nl).
    - Consejo: { $oco }
