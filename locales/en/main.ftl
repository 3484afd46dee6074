# Wegwijzer's own messages (not tied to one topic).
language-name = English
# The language's name in Dutch, for the advisers.
language-name-nl = Engels

welcome =
    Welcome to Wegwijzer. I help parents of children who do not go to school (or only part of the day): your rights, the next step and whom to contact.
    I give general information, not legal advice. For your own situation you can ask an adviser.
    Tell me in your own words what is going on, or choose a topic.
privacy-notice =
    Privacy: I keep as little as possible. Please do not send names, dates of birth or citizen service numbers (BSN).
    - I keep the choices you make in this conversation. If you talk to an adviser, I also keep your messages, the adviser's replies and short notes the adviser makes on your question.
    - Wegwijzer passes nothing on to the school, the school attendance officer (leerplicht) or Veilig Thuis.
    - 90 days after your question is closed, or after 90 days without contact, I erase the conversation and the messages. After that only counts remain, with nothing about you.
    - /mydata shows what I keep. /forget erases everything about you straight away.
help =
    Write in your own words what is going on, or use:
    /menu – the topics
    /back – one question back
    /language – choose another language
    /adviser – talk to a person
    /stop – stop this conversation
    /mydata – what I keep about you
    /forget – erase everything about you

menu-prompt = What is your question about? Choose a topic.
topic-suspension = My child has been suspended
topic-removal = The school wants to remove my child
topic-partial_hours = My child may only attend a few hours
topic-waitlist = Waiting list for special education or youth care
topic-enrolment = Enrolment: a school refuses my child
topic-home_without_school = My child is at home without school
topic-attendance = Compulsory education: absence, a fine or leave
topic-bullying = Bullying or feeling unsafe at school
topic-complaint = A complaint about a teacher or the school, or discrimination
topic-wellbeing = Anxiety, low mood, afraid to go to school
topic-home_education = Home education or exemption
topic-newcomers = New in the Netherlands
topic-parent_support = As a parent, it is getting too much for me
topic-adviser = Talk to an adviser

choose-prompt = Please choose one of the options: type its number or tap a button.
common-c-adviser = I want to talk to an adviser
common-c-menu = Back to the menu
common-ask-number = Please type just a number, for example 3.
after-answer = What would you like to do now?
source-line = Source: { $url }

# The region is asked once per conversation (flows/regions/). Every choice sets a region.
region-ask = So I can give you the right contacts: do you live in Amsterdam or somewhere else?
region-amsterdam = Amsterdam
region-elsewhere = Somewhere else in the Netherlands

# How a parent outside Amsterdam finds the contact (used as { $key } in the messages).
# Write each as a phrase that can stand after a colon.
contact-leerplicht-elsewhere = the leerplichtambtenaar of your municipality (look for 'leerplicht' on your municipality's website, or ask the school)
contact-swv-elsewhere = the samenwerkingsverband of your region (ask the school which samenwerkingsverband it belongs to; there is a map at regioatlas.nl)
contact-oco-elsewhere = Ouders & Onderwijs, the free national helpline for parents: 0800-5010 or vraag@oudersonderwijs.nl (also ask your samenwerkingsverband whether there is a support point for parents in your region)
contact-okt-elsewhere = the youth team or neighbourhood team of your municipality (look for 'jeugdhulp' on your municipality's website)

# The support need behind the absence: asked once per conversation, can be skipped. Only counted.
need-ask =
    So we can help better: what plays a role for your child? You may skip this.
    For our annual report we only count how often something comes up, with nothing about you.
need-c-fysiek = A physical illness or disability
need-c-gedrag = Behaviour, or ADHD
need-c-autisme = Autism
need-c-leren = Learning difficulties, such as dyslexia
need-c-psychisch = Anxiety, low mood or other mental health problems
need-c-hoogbegaafd = Giftedness
need-c-anders = Something else, or I do not know
need-c-skip = I would rather not say (skip)

not-understood = I do not know yet what your question is about.
empty-message = Your message was empty. Tell me in a few words what is going on.
too-long = Your message is too long (more than { $max } characters) and was not kept. Please write it shorter, in a few sentences.
no-words = I see no words in your message. Tell me in a few words what is going on.
unsupported-media = I can only read text, not photos, voice messages or files. Please write your question in a few words.
unknown-command = I do not know that command. Type /help to see what you can do.

language-prompt = Choose your language.
language-set = I will write to you in English now.
stopped = The conversation has stopped. Write anything to start again.

urgent-answer =
    Is someone in immediate danger? Call 112.
    Are you or your child thinking about suicide? Call 113 (free) or 0800-0113, or chat at 113.nl.
    Violence or feeling unsafe at home: Veilig Thuis 0800-2000, day and night, free.
    These helplines speak Dutch. You can ask for an interpreter.
    Do not wait for us: Wegwijzer's advisers are not crisis workers and cannot always answer straight away. Call 113 or 112 now.

escalated = Your question is with the advisers now. An adviser will answer here in this chat, usually { $within }. You can already tell more here.
escalated-urgent = Your question is with the advisers now, with priority. An adviser will answer here as soon as possible, usually { $within }. If anyone is in danger: do not wait, call 112 or 113.
# Outside office hours: the advisers read the question when the office opens.
escalated-closed = Your question is with the advisers now. They cannot be reached at the moment and will read your question from { $day } { $time }. You can already tell more here.
    Would you like advice sooner? Ouders & Onderwijs (free, in Dutch): 0800-5010. Is it urgent? Call 113 (free) or 112.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = No advisers are connected to this Wegwijzer at the moment, so nobody can answer your question here. I am sorry.
    For advice: Ouders & Onderwijs (free) 0800-5010, or the Onderwijsconsulenten 070-312 28 87.
    In danger: 112. If you or your child think about suicide: 113 (free). Violence at home: Veilig Thuis 0800-2000.
within-minutes = within { $n } minutes
within-hours = within { $n } hours
within-days = within { $n } days
day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
day-today = today
day-tomorrow = tomorrow
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = I have added your message to your question. The adviser will read it when they pick up your question.
waiting-crisis = I have told the advisers that it is urgent.
# The bot only serves one parent at a time, in a private chat.
private-only = I only work in a private chat, so that nobody else reads along. Send me a personal message. I am leaving this group.
# How the parent sees an adviser's message.
adviser-says = { $name }, adviser:

adviser-joined = An adviser has picked up your question and will answer here in this chat. What the adviser writes is not translated. Is something unclear? Then ask for a phone call with an interpreter.
ticket-closed = The adviser has closed your question. Feel free to write again if you have another question.

pii-warning = Please note: you sent something that looks like a name, a citizen service number (BSN), a date of birth, an e-mail address or a phone number. I did not keep it or pass it on. I do not need it to help you.
forget-done = Everything I kept about you has been erased: the conversation, your questions to the advisers and the messages. Write anything to start again.
mydata-header = This is what I keep about you:
mydata-language = You write in { $language }.
mydata-footer = Advisers can also make short internal notes on your question. They are not in this overview, but they belong to your question and /forget erases them too. I keep no name and no phone number. /forget erases everything.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = Thank you for your message. I am looking into it and will answer here as soon as possible.
canned-more-info = Could you tell me a bit more? For example: roughly how old is your child, what type of school, and how long has this been going on? Please do not mention names.
canned-onderwijsconsulenten = Has your child been at home for more than 4 weeks? Then you can ask the Onderwijsconsulenten (independent education consultants, free) for help: 070-312 28 87 (weekdays 9:00–12:30 and 13:30–16:30) or via onderwijsconsulenten.nl. It can take several weeks before they call you back for an intake, so sign up straight away.
canned-safe-now = First I want to ask something important: are you and your child safe right now? Is there immediate danger? Then call 112 straight away.
canned-crisis-numbers =
    Is there immediate danger? Call 112.
    Are you or your child thinking about suicide? Call 113 (free) or 0800-0113, or chat at 113.nl.
    Violence or feeling unsafe at home: Veilig Thuis 0800-2000, day and night, free.
    These helplines speak Dutch. You can ask for an interpreter.
canned-interpreter = I do not speak your language well. Shall we call you with an interpreter on the line? Please answer yes or no.

# Triage asks instead of guessing when two or three topics are close.
ask-topic = What is your question mostly about?
ask-topic-other = Something else
# Offered after two messages whose language was not clear.
language-unsure = I am not yet sure which language you write in. Choose your language and I will continue in it.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = menu, main menu, topics, start again
words-back = back, previous, previous question, go back
words-stop = stop, no thanks, quit, done
words-help = help
words-language = language, other language
words-adviser = adviser, advisor, human, person, someone
# Number words, from one, for choosing an option ("two" is the 2nd).
words-numbers = one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen
choice-unclear = That fits more than one option. Which one do you mean?
back-none = This is the first question; I cannot go back further.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = Please choose one of the options: type its number or the answer.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = Start
command-menu = The topics
command-back = One question back
command-language = Choose another language
command-adviser = Talk to an adviser
command-stop = Stop this conversation
command-help = How this works
command-mydata = What I keep about you
command-forget = Erase everything about you
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = Scan the code with your phone and ask your question in your own language.
mydata-answers = Your choices and answers in this conversation:
mydata-region = Your region: { $region }.
mydata-need = What you said is behind the absence: { $need }.
mydata-ticket-open = Your question to the advisers (number { $id }) is waiting for an adviser. It holds:
mydata-ticket-claimed = An adviser is working on your question (number { $id }). It holds:
mydata-ticket-closed = Your question to the advisers (number { $id }) is finished. It holds:
mydata-you = You wrote: { $text }
mydata-adviser = The adviser wrote: { $text }
mydata-nothing = I keep nothing about this conversation yet, except your language.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = A reminder you asked for, on { $date }. I keep only this chat and that date.
file-received = Thank you. I have added your photo or file to your question; the adviser can look at it.
mydata-read = An adviser read your question in the advice office's inbox. Who opened your question and when is recorded for as long as your question is kept.
mydata-followup = A question whether your child is back at school, on { $date }. I keep only this chat, that date and the topic.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = On which date did you register your child at the school? For example: 12 November or 12-11-2026.
deadline-ask-suspension-start = On which day did the suspension start? For example: Monday, 12 November or 12-11-2026.
letter-c-partial-report = Help me write a report to leerplicht
letter-c-opp = Help me write a letter about the OPP
letter-c-start-meeting = Help me ask for a start meeting
deadline-c-exemption = When must I renew the exemption?
deadline-c-enrolment = When must the school decide?
deadline-c-suspension-end = Until when may the suspension last?
