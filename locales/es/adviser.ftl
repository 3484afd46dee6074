# Flow: adviser (met een mens praten). Translated from locales/nl/adviser.ftl.
adviser-start =
    Un asesor es una persona, no una máquina. Un asesor puede:
    - averiguar con usted qué reglas se aplican en su situación;
    - decidir con usted el siguiente paso, como una carta o una reunión con la escuela;
    - decirle qué organización le puede seguir ayudando.
    ¿Qué se ajusta mejor a su caso?
adviser-c-home-over-4-weeks = Mi hijo/a lleva más de 4 semanas en casa
adviser-c-danger = Alguien está en peligro, o mi hijo/a piensa en el suicidio
adviser-c-contacts = Primero ver yo qué organizaciones pueden ayudar

adviser-handover =
    Paso su pregunta a un asesor. Ya puede escribir brevemente qué pasa, desde cuándo y qué ha intentado ya. Por favor, no escriba nombres, fechas de nacimiento ni el BSN (número personal de identificación).

adviser-danger =
    ¿Hay alguien en peligro inmediato? Llame al 112.
    ¿Su hijo/a piensa en el suicidio? Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl.
    Violencia o inseguridad en casa: Veilig Thuis (servicio de ayuda contra la violencia doméstica y el maltrato infantil) 0800-2000, de día y de noche.
    Ahora paso su pregunta a un asesor con prioridad.

adviser-contacts =
    Aquí puede acudir:
    - Onderwijsconsulenten (asesores educativos independientes, gratis): si su hijo/a lleva más de 4 semanas en casa, no encuentra plaza o el apoyo se atasca. 070-312 28 87.
    - Ouders & Onderwijs (servicio de información para padres): para todas las preguntas sobre la escuela. 0800-5010 (gratis) o vraag@oudersonderwijs.nl.
    - Ámsterdam y Diemen: OCO / Oudersteunpunt (punto de apoyo a padres), 020-330 63 20, WhatsApp 06-1600 4600.
    - El leerplichtambtenaar (funcionario de asistencia escolar) de su municipio: ayuda con la vuelta a la escuela y puede hacer de mediador.
    - Kinderombudsman (Defensor de los Niños): 0800-876 54 32. Primero hay que quejarse ante la propia organización, y dentro de 1 año.
