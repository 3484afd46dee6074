# Wegwijzer's own messages (not tied to one topic).
language-name = English

welcome =
    Welcome to Wegwijzer. I help parents of children who do not go to school (or only part of the day): your rights, the next step and whom to contact.
    Tell me in your own words what is going on, or choose a topic.
privacy-notice =
    Privacy: I keep as little as possible. Please do not send names, dates of birth or citizen service numbers (BSN). /mydata shows what I keep, /forget erases everything about you.
help =
    Write in your own words what is going on, or use:
    /menu – the topics
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
topic-bullying = Bullying or feeling unsafe at school
topic-wellbeing = Anxiety, low mood, afraid to go to school
topic-home_education = Home education or exemption
topic-newcomers = New in the Netherlands
topic-adviser = Talk to an adviser

choose-prompt = Please choose one of the options: type its number or tap a button.
common-c-adviser = I want to talk to an adviser
common-c-menu = Back to the menu
common-ask-number = Please type just a number, for example 3.
after-answer = What would you like to do now?
source-line = Source: { $url }

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
    Violence or feeling unsafe at home: Veilig Thuis 0800-2000, day and night.
    I am passing your message to an adviser with priority now.

escalated = Your question is with the advisers now. An adviser will answer here in this chat. You can already tell more here.
escalated-urgent = Your question is with the advisers, with priority.

adviser-joined = An adviser has picked up your question and will answer here in this chat.
ticket-closed = The adviser has closed your question. Feel free to write again if you have another question.

pii-warning = Please note: you sent something that looks like a name, a citizen service number (BSN), a date of birth, an e-mail address or a phone number. I did not keep it or pass it on. I do not need it to help you.
forget-done = Everything I kept about you has been erased: the conversation, your questions to the advisers and the messages. Write anything to start again.
mydata-header = This is what I keep about you:
mydata-language = Language: { $lang }
mydata-ticket = Question to the advisers number { $id } ({ $status }):
mydata-footer = Nothing else: no name, no phone number. /forget erases everything.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = Thank you for your message. I am looking into it and will answer here as soon as possible.
canned-more-info = Could you tell me a bit more? For example: roughly how old is your child, what type of school, and how long has this been going on? Please do not mention names.
canned-onderwijsconsulenten = Has your child been at home for more than 4 weeks? Then you can ask the Onderwijsconsulenten for free help: 070-312 28 87 (weekdays 9:00–12:30 and 13:30–16:30) or via onderwijsconsulenten.nl.
