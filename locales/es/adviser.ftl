# Flow: adviser (met een mens praten). Translated from locales/nl/adviser.ftl.
adviser-start =
    Un asesor es una persona, no una máquina. Un asesor puede:
    - averiguar con usted qué reglas se aplican en su situación;
    - decidir con usted el siguiente paso, como una carta o una reunión con la escuela;
    - decirle qué organización le puede seguir ayudando.
    Lo que el asesor escribe no se traduce. Puede pedir una llamada con un intérprete.
    ¿Qué se ajusta mejor a su caso?
adviser-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa
adviser-c-danger = Alguien está en peligro, o mi hijo/a piensa en el suicidio
adviser-c-contacts = Primero ver yo mismo/a qué organizaciones pueden ayudar

adviser-handover =
    Paso su pregunta a un asesor. Ya puede escribir brevemente qué pasa, desde cuándo y qué ha intentado ya. Por favor, no escriba nombres, fechas de nacimiento ni el BSN (número personal de identificación).

adviser-danger =
    ¿Hay alguien en peligro inmediato? Llame al 112.
    ¿Su hijo/a piensa en el suicidio? Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl.
    Violencia o inseguridad en casa: Veilig Thuis (servicio de ayuda contra la violencia doméstica y el maltrato infantil) 0800-2000, de día y de noche, gratis.
    Estas líneas de ayuda atienden en neerlandés. Puede pedir un intérprete.
    No espere a que le respondamos: los asesores de Wegwijzer no son un servicio de crisis y no siempre están disponibles de inmediato. Si tiene dudas, llame al 113 o al 112.

adviser-contacts =
    Aquí puede acudir:
    - Onderwijsconsulenten (asesores educativos independientes y gratuitos): si su hijo/a lleva más de 4 semanas en casa, no encuentra plaza o el apoyo se atasca. 070-312 28 87, días laborables de 9.00 a 12.30 y de 13.30 a 16.30.
    - Ouders & Onderwijs (servicio de información para padres): para todas las preguntas sobre la escuela. 0800-5010 (gratis) o vraag@oudersonderwijs.nl.
    - Consejo cerca de usted: { $oco }
    - Leerplicht (asistencia escolar obligatoria): { $leerplicht }
    - Samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada): { $swv }
    - Juridisch Loket (servicio de orientación jurídica), para preguntas legales: 0900-8020 (0,25 euros por minuto).
    - Kinderombudsman (Defensor de los Niños): 0800-876 54 32. Primero hay que quejarse ante la propia organización, y dentro de 1 año.
    Estas organizaciones atienden en neerlandés. Puede pedir un intérprete.
