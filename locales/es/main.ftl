# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl (Spanish, usted).
language-name = Español

welcome =
    Bienvenido/a a Wegwijzer. Ayudo a madres y padres de niños que no van a la escuela (o solo una parte del día): sus derechos, el siguiente paso y a quién puede acudir.
    Escriba con sus propias palabras lo que pasa, o elija un tema.
privacy-notice =
    Privacidad: guardo lo menos posible. Por favor, no escriba nombres, fechas de nacimiento ni el BSN (número personal de identificación en los Países Bajos). Con /mydata ve lo que guardo; con /forget borro todo sobre usted.
help =
    Escriba con sus propias palabras lo que pasa, o use:
    /menu – los temas
    /language – elegir otro idioma
    /adviser – hablar con una persona
    /stop – terminar esta conversación
    /mydata – lo que guardo sobre usted
    /forget – borrar todo sobre usted

menu-prompt = ¿Sobre qué es su pregunta? Elija un tema.
topic-suspension = Mi hijo/a fue suspendido/a de clases
topic-removal = La escuela quiere expulsar a mi hijo/a definitivamente
topic-partial_hours = Mi hijo/a solo puede ir unas horas a la escuela
topic-waitlist = Lista de espera para educación especial o ayuda juvenil
topic-enrolment = Inscripción: una escuela no acepta a mi hijo/a
topic-home_without_school = Mi hijo/a está en casa sin escuela
topic-bullying = Acoso escolar o inseguridad en la escuela
topic-wellbeing = Miedo, tristeza, no se atreve a ir a la escuela
topic-home_education = Educación en casa o vrijstelling (exención)
topic-newcomers = Recién llegados a los Países Bajos
topic-adviser = Hablar con un asesor

choose-prompt = Elija una de las opciones: escriba el número o toque un botón.
common-c-adviser = Quiero hablar con un asesor
common-c-menu = Volver al menú
common-ask-number = Escriba solo un número, por ejemplo 3.
after-answer = ¿Qué desea hacer ahora?
source-line = Fuente: { $url }

not-understood = Todavía no sé de qué trata su pregunta.
empty-message = Su mensaje estaba vacío. Escriba en pocas palabras lo que pasa.
too-long = Su mensaje es demasiado largo (más de { $max } caracteres) y no se ha guardado. Escríbalo más corto, en unas pocas frases.
no-words = No veo palabras en su mensaje. Escriba en pocas palabras lo que pasa.
unsupported-media = Solo puedo leer texto, no fotos, mensajes de voz ni archivos. Escriba su pregunta en pocas palabras.
unknown-command = No conozco esa orden. Escriba /help para ver las opciones.

language-prompt = Elija su idioma.
language-set = A partir de ahora le escribo en español.
stopped = La conversación ha terminado. Escriba algo para empezar de nuevo.

urgent-answer =
    ¿Hay alguien en peligro inmediato? Llame al 112.
    ¿Usted o su hijo/a piensa en el suicidio? Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl.
    Violencia o inseguridad en casa: Veilig Thuis (servicio de ayuda contra la violencia doméstica y el maltrato infantil) 0800-2000, de día y de noche.
    Ahora paso su mensaje a un asesor con prioridad.

escalated = Su pregunta está ahora con los asesores. Un asesor le responderá aquí, en este chat. Si quiere, ya puede contar más aquí.
escalated-urgent = Su pregunta está con los asesores, con prioridad.

adviser-joined = Un asesor ha recogido su pregunta y le responderá aquí, en este chat.
ticket-closed = El asesor ha cerrado su pregunta. Puede volver a escribir cuando quiera si tiene otra pregunta.

pii-warning = Atención: usted envió algo que parece un BSN (número personal de identificación), una fecha de nacimiento, un correo electrónico o un número de teléfono. No lo he guardado ni lo he pasado a nadie. No lo necesito para ayudarle.
forget-done = He borrado todo lo que guardaba sobre usted: la conversación, sus preguntas a los asesores y los mensajes. Escriba algo para empezar de nuevo.
mydata-header = Esto es lo que guardo sobre usted:
mydata-language = Idioma: { $lang }
mydata-ticket = Pregunta a los asesores número { $id } ({ $status }):
mydata-footer = Nada más: ni nombre ni número de teléfono. Con /forget lo borro todo.

# Respuestas preparadas que un asesor envía con /canned NOMBRE; la familia las lee en su propio idioma.
canned-thanks = Muchas gracias por su mensaje. Lo estoy revisando y le responderé aquí lo antes posible.
canned-more-info = ¿Puede contarme un poco más? Por ejemplo: qué edad tiene su hijo/a más o menos, qué tipo de escuela es y desde cuándo pasa esto. Por favor, no escriba nombres.
canned-onderwijsconsulenten = ¿Su hijo/a lleva más de 4 semanas en casa? Entonces puede pedir ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes del gobierno): 070-312 28 87 (días laborables de 9:00 a 12:30 y de 13:30 a 16:30) o en onderwijsconsulenten.nl.
