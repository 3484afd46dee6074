# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl (Spanish, usted).
language-name = Español
# The language's name in Dutch, for the advisers.
language-name-nl = Spaans

welcome =
    Bienvenido/a a Wegwijzer. Ayudo a madres y padres de niños que no van a la escuela (o solo una parte del día): sus derechos, el siguiente paso y a quién puede acudir.
    Doy información general, no asesoramiento jurídico. Para su propia situación puede pedir ayuda a un asesor.
    Escriba con sus propias palabras lo que pasa, o elija un tema.
privacy-notice =
    Privacidad: guardo lo menos posible. Por favor, no escriba nombres, fechas de nacimiento ni el BSN (número personal de identificación en los Países Bajos).
    - Guardo las opciones que usted elige en esta conversación. ¿Habla con un asesor? Entonces también guardo sus mensajes, las respuestas del asesor y las notas breves que el asesor escribe sobre su pregunta.
    - Wegwijzer no pasa nada a la escuela, al servicio de leerplicht (asistencia escolar obligatoria del municipio) ni a Veilig Thuis.
    - 90 días después de cerrar su pregunta, o después de 90 días sin contacto, borro la conversación y los mensajes. Después solo quedan recuentos, sin ningún dato sobre usted.
    - Con /mydata ve lo que guardo. Con /forget borro enseguida todo sobre usted.
help =
    Escriba con sus propias palabras lo que pasa, o use:
    /menu – los temas
    /back – volver una pregunta atrás
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
topic-attendance = Leerplicht (escolarización obligatoria): faltas, multa o permiso
topic-bullying = Acoso escolar o inseguridad en la escuela
topic-complaint = Queja sobre un profesor o la escuela, o discriminación
topic-wellbeing = Miedo, tristeza, no se atreve a ir a la escuela
topic-home_education = Educación en casa o vrijstelling (exención)
topic-newcomers = Recién llegados a los Países Bajos
topic-parent_support = Como madre o padre, esto se me hace demasiado pesado
topic-adviser = Hablar con un asesor

choose-prompt = Elija una de las opciones: escriba el número o toque un botón.
common-c-adviser = Quiero hablar con un asesor
common-c-menu = Volver al menú
common-ask-number = Escriba solo un número, por ejemplo 3.
after-answer = ¿Qué desea hacer ahora?
source-line = Fuente: { $url }

# La región se pregunta una vez por conversación (flows/regions/). Todas las opciones fijan una región.
region-ask = Para darle los contactos correctos: ¿vive usted en Ámsterdam o en otro lugar?
region-amsterdam = Ámsterdam
region-elsewhere = En otro lugar de los Países Bajos

# Cómo encuentra el contacto una familia fuera de Ámsterdam (se usa como { $clave } en los mensajes).
# Cada uno es una frase suelta: en los mensajes suele ir después de dos puntos.
contact-leerplicht-elsewhere = el leerplichtambtenaar (funcionario municipal de asistencia escolar) de su municipio (busque 'leerplicht' en la página web de su municipio, o pregunte en la escuela)
contact-swv-elsewhere = el samenwerkingsverband de su región (pregunte en la escuela a qué samenwerkingsverband pertenece; hay un mapa en regioatlas.nl)
contact-oco-elsewhere = Ouders & Onderwijs, servicio nacional y gratuito de información para padres: 0800-5010 o vraag@oudersonderwijs.nl (pregunte también a su samenwerkingsverband si en su región hay un punto de apoyo para padres)
contact-okt-elsewhere = el jeugdteam o wijkteam (equipo de ayuda a jóvenes y familias, o equipo de barrio) de su municipio (busque 'jeugdhulp' en la página web de su municipio)

# La necesidad de apoyo detrás de la ausencia: una vez por conversación, se puede saltar. Solo se cuenta.
need-ask =
    Así podemos ayudar mejor: ¿qué le pasa a su hijo o hija? Puede saltarse esta pregunta.
    Para nuestro informe anual solo contamos cuántas veces ocurre algo, sin ningún dato sobre usted.
need-c-fysiek = Una enfermedad o discapacidad física
need-c-gedrag = Problemas de conducta, o TDAH
need-c-autisme = Autismo
need-c-leren = Dificultades de aprendizaje, como la dislexia
need-c-psychisch = Miedo, tristeza u otros problemas psicológicos
need-c-hoogbegaafd = Altas capacidades
need-c-anders = Otra cosa, o no lo sé
need-c-skip = Prefiero no decirlo (saltar)

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
    Violencia o inseguridad en casa: Veilig Thuis (servicio de ayuda contra la violencia doméstica y el maltrato infantil) 0800-2000, de día y de noche, gratis.
    Estas líneas de ayuda atienden en neerlandés. Puede pedir un intérprete.
    No espere a que le respondamos: los asesores de Wegwijzer no son un servicio de crisis y no siempre están disponibles de inmediato. Llame ahora al 113 o al 112.

escalated = Su pregunta está ahora con los asesores. Un asesor le responderá aquí, en este chat, normalmente { $within }. Si quiere, ya puede contar más aquí.
escalated-urgent = Su pregunta está con los asesores, con prioridad. Un asesor le responderá aquí lo antes posible, normalmente { $within }. Si hay peligro, no espere: llame al 112 o al 113.

adviser-joined = Un asesor ha recogido su pregunta y le responderá aquí, en este chat. Lo que el asesor escribe no se traduce. ¿Hay algo que no entiende? Pida entonces una llamada con un intérprete.
ticket-closed = El asesor ha cerrado su pregunta. Puede volver a escribir cuando quiera si tiene otra pregunta.

pii-warning = Atención: usted envió algo que parece un nombre, un BSN (número personal de identificación), una fecha de nacimiento, un correo electrónico o un número de teléfono. No lo he guardado ni lo he pasado a nadie. No lo necesito para ayudarle.
forget-done = He borrado todo lo que guardaba sobre usted: la conversación, sus preguntas a los asesores y los mensajes. Escriba algo para empezar de nuevo.
mydata-header = Esto es lo que guardo sobre usted:
mydata-language = Idioma en el que escribe: { $language }.
mydata-footer = Los asesores también pueden escribir notas internas breves sobre su pregunta. No aparecen en este resumen, pero forman parte de su pregunta y /forget también las borra. Aparte de eso, no guardo ningún nombre ni número de teléfono. Con /forget lo borro todo.

# Respuestas preparadas que un asesor envía con /canned NOMBRE; la familia las lee en su propio idioma.
canned-thanks = Muchas gracias por su mensaje. Lo estoy revisando y le responderé aquí lo antes posible.
canned-more-info = ¿Puede contarme un poco más? Por ejemplo: qué edad tiene su hijo/a más o menos, qué tipo de escuela es y desde cuándo pasa esto. Por favor, no escriba nombres.
canned-onderwijsconsulenten = ¿Su hijo/a lleva más de 4 semanas en casa? Entonces puede pedir ayuda a los Onderwijsconsulenten (asesores educativos independientes y gratuitos, financiados por el gobierno): 070-312 28 87 (días laborables de 9:00 a 12:30 y de 13:30 a 16:30) o en onderwijsconsulenten.nl. Pueden pasar varias semanas antes de que le llamen para una primera entrevista: por eso, pida la ayuda enseguida.
canned-safe-now = Primero quiero preguntarle algo importante: ¿usted y su hijo/a están seguros en este momento? ¿Hay peligro inmediato? Entonces llame enseguida al 112.
canned-crisis-numbers =
    ¿Hay peligro inmediato? Llame al 112.
    ¿Usted o su hijo/a piensa en el suicidio? Llame al 113 (gratis) o al 0800-0113, o chatee en 113.nl.
    Violencia o inseguridad en casa: Veilig Thuis (servicio de ayuda contra la violencia doméstica y el maltrato infantil) 0800-2000, de día y de noche, gratis.
    Estas líneas de ayuda atienden en neerlandés. Puede pedir un intérprete.
canned-interpreter = No hablo bien su idioma. ¿Le llamamos con un intérprete en la línea? Responda sí o no.

# Outside office hours: the advisers read the question when the office opens.
escalated-closed = Su pregunta está ahora con los asesores. En este momento no están disponibles y leerán su pregunta cuando vuelvan a estarlo: { $day }, a partir de las { $time }. Si quiere, ya puede contar más aquí.
    ¿Quiere asesoramiento antes? Ouders & Onderwijs (gratis, en neerlandés): 0800-5010. ¿Es urgente? Llame al 113 (gratis) o al 112.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = Este Wegwijzer no tiene ahora ningún asesor conectado, así que aquí nadie puede responder a su pregunta. Lo siento.
    Para recibir asesoramiento: Ouders & Onderwijs (gratis) 0800-5010, o los Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87.
    En caso de peligro: 112. Si usted o su hijo/a piensa en el suicidio: 113 (gratis). Violencia en casa: Veilig Thuis 0800-2000.
within-minutes = en un plazo de { $n } minutos
within-hours = en un plazo de { $n } horas
within-days = en un plazo de { $n } días
day-1 = lunes
day-2 = martes
day-3 = miércoles
day-4 = jueves
day-5 = viernes
day-6 = sábado
day-7 = domingo
day-today = hoy
day-tomorrow = mañana
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = He añadido su mensaje a su pregunta. El asesor lo leerá cuando se ocupe de su pregunta.
waiting-crisis = He avisado a los asesores de que es urgente.
# The bot only serves one parent at a time, in a private chat.
private-only = Solo funciono en un chat privado, para que nadie más lea la conversación. Envíeme un mensaje personal. Salgo de este grupo.
# How the parent sees an adviser's message.
adviser-says = { $name }, asesor/a:

# Triage asks instead of guessing when two or three topics are close.
ask-topic = ¿De qué trata sobre todo su pregunta?
ask-topic-other = Otra cosa
# Offered after two messages whose language was not clear.
language-unsure = Todavía no sé con certeza en qué idioma escribe. Elija su idioma y seguiré en ese idioma.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = menú, menú principal, temas, inicio, empezar de nuevo, volver a empezar
words-back = atrás, ir atrás, volver, regresar, anterior, pregunta anterior, back
words-stop = parar, stop, no gracias, terminar, salir, basta, fin
words-help = ayuda, help, cómo funciona
words-language = idioma, otro idioma, cambiar idioma, cambiar de idioma, lengua
words-adviser = asesor, asesora, persona, humano, agente, hablar con alguien, hablar con una persona
# Number words, from one, for choosing an option ("dos" is the 2nd).
words-numbers = uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, once, doce, trece, catorce, quince
choice-unclear = Eso encaja con más de una opción. ¿A cuál se refiere?
back-none = Esta es la primera pregunta; no se puede volver más atrás.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = Elija una de las opciones: escriba el número o la respuesta.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = Empezar
command-menu = Los temas
command-back = Volver una pregunta atrás
command-language = Elegir otro idioma
command-adviser = Hablar con un asesor
command-stop = Terminar esta conversación
command-help = Explicación
command-mydata = Lo que guardo sobre usted
command-forget = Borrar todo sobre usted
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = Escanee el código con su teléfono y haga su pregunta en su propio idioma.
mydata-answers = Sus opciones y respuestas en esta conversación:
mydata-region = Su región: { $region }.
mydata-need = Lo que, según usted, hay detrás de que su hijo/a esté en casa: { $need }.
mydata-ticket-open = Su pregunta a los asesores (número { $id }) está esperando a un asesor. Contiene esto:
mydata-ticket-claimed = Un asesor está trabajando en su pregunta (número { $id }). Contiene esto:
mydata-ticket-closed = Su pregunta a los asesores (número { $id }) ha terminado. Contiene esto:
mydata-you = Usted escribió: { $text }
mydata-adviser = El asesor escribió: { $text }
mydata-nothing = De esta conversación todavía no guardo nada, salvo su idioma.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = Un recordatorio que usted pidió, el { $date }. Solo guardo esta conversación y esa fecha.
file-received = Gracias. He añadido su foto o archivo a su pregunta; el asesor puede verlo.
mydata-read = Un asesor leyó su pregunta en la bandeja de entrada de la oficina de asesoramiento. Quién abrió su pregunta y cuándo se registra mientras se guarde su pregunta.
mydata-followup = Una pregunta sobre si su hijo o hija ha vuelto a la escuela, el { $date }. Solo guardo esta conversación, esa fecha y el tema.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = ¿En qué fecha inscribió a su hijo o hija en la escuela (aanmelding)? Por ejemplo: 12 de noviembre o 12-11-2026.
deadline-ask-suspension-start = ¿Qué día empezó la suspensión (schorsing)? Por ejemplo: lunes, 12 de noviembre o 12-11-2026.
letter-c-partial-report = Ayúdame a escribir un aviso a leerplicht
letter-c-opp = Ayúdame a escribir una carta sobre el OPP
letter-c-start-meeting = Ayúdame a pedir una reunión inicial (startgesprek)
deadline-c-exemption = ¿Cuándo debo renovar la exención (vrijstelling)?
deadline-c-enrolment = ¿Hasta cuándo tiene la escuela para decidir?
deadline-c-suspension-end = ¿Hasta cuándo puede durar la suspensión?
