# Flow: bullying (pesten, onveiligheid op school). Translated from locales/nl/bullying.ftl.
bullying-start =
    ¿Están acosando a su hijo/a (pesten), o su hijo/a no se siente seguro/a en la escuela? ¿Qué se ajusta mejor a su caso?
bullying-c-bullied = Están acosando a mi hijo/a
bullying-c-serious = Se trata de violencia, abuso sexual, discriminación o acoso muy grave
bullying-c-no-action = Lo he comunicado, pero la escuela no hace nada
bullying-c-afraid = Por eso mi hijo/a ya no se atreve a ir a la escuela

bullying-bullied =
    Toda escuela debe garantizar que la escuela sea segura (así lo dice la Wet veiligheid op school, ley de seguridad en la escuela). Por eso toda escuela tiene:
    - unas normas para la seguridad y contra el acoso;
    - una persona que coordina la lucha contra el acoso. Esa persona también es su persona de contacto;
    - cada año una medición de lo seguros que se sienten los alumnos.
    Esto es lo que puede hacer: hable del acoso con el profesor o el tutor (mentor). ¿No sirve? Pregunte por el anti-pestcoördinator (coordinador contra el acoso) y hagan acuerdos juntos. Apunte lo que pasa y cuándo.
    También puede hablar con el vertrouwenspersoon (persona de confianza) de la escuela.

bullying-serious =
    En casos de violencia, abuso sexual, discriminación o acoso grave, puede llamar al vertrouwensinspecteur (inspector de confianza de la Inspección de Educación): 0900-111 3 111. Le aconseja sobre lo que puede hacer.
    - En la escuela puede acudir al vertrouwenspersoon (persona de confianza).
    - ¿Ha ocurrido un delito, como una agresión o una amenaza? Vaya a la policía.
    - ¿Hay peligro inmediato? Llame al 112.

bullying-no-action =
    ¿La escuela no hace nada con su aviso? Esto es lo que puede hacer:
    - Hable con el vertrouwenspersoon (persona de confianza) de la escuela.
    - Presente una queja según el reglamento de quejas de la escuela. Pida ese reglamento a la escuela.
    - En casos de acoso grave, violencia o discriminación: llame al vertrouwensinspecteur (inspector de confianza de la Inspección de Educación), 0900-111 3 111.
    - ¿Primero se quejó ante la propia escuela? Entonces, dentro de 1 año, también puede acudir al Kinderombudsman (Defensor de los Niños): 0800-876 54 32.
