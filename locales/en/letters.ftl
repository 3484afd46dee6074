# "Help me write the letter": explanations, deadlines, reminders and follow-up.
# Translated from locales/nl/letters.ftl. The letters themselves (letter-<id>, letter-<id>-title)
# exist only in nl: they go to a Dutch school or office.

## Explanations of the letters

letter-suspension-objection-explain =
    This is your letter of objection (bezwaar) against the suspension. What does it say?
    - That you object to the decision, and why.
    - The rules: at most 1 week, the decision in writing, hearing first, and schoolwork during the suspension.
    - That you ask for a new decision and would like to explain your objection in person.
    How to finish the letter:
    - Fill in everything between [brackets]. Then remove the brackets and the explanations.
    - Under the reasons, write in your own words what happened according to you and your child.
    - Send the letter to the schoolbestuur (the school board, the legal authority of the school), not only to the head teacher. The address is in the schoolgids (school guide) or on the school's website.
    - Keep a copy, and ask the school to confirm that it received your letter.
    Please note: the law does not require an objection procedure against a suspension at every school. Look in the schoolgids or the leerlingenstatuut (pupils' charter) to see how it works at your school. At a public (openbare) school the Algemene wet bestuursrecht (General Administrative Law Act) applies.
    { $deadline_state ->
        [soon] The deadline is close: you can object until and including { $deadline }. Send your letter today if you can.
        [passed] The 6 weeks are over: they ended on { $deadline }. Send your letter anyway, and write in it why it is late. At a public school the board must still deal with a late letter if you could not reasonably have sent it on time (General Administrative Law Act, article 6:11: https://wetten.overheid.nl/BWBR0005537/). You can also complain to the school's complaints committee, or ask the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free) or an adviser for help.
       *[other] You can object until and including { $deadline }. Does the schoolgids give a different deadline? Then keep to that one.
    }
    What happens next? The board usually decides within about 4 weeks. Often the suspension is over by then. Still, your objection counts for the file, and if your child is suspended again.
    This is general information, not legal advice.

letter-removal-objection-explain =
    This is your letter of objection (bezwaar) against the removal. This is a difficult situation. With this letter you stand up for your child.
    What does it say?
    - That you object to the decision, and why.
    - What the school must do: first hear you, your child and the teacher, give the decision in writing with reasons, and first find another school that will admit your child.
    - That until then your child stays enrolled and must get education.
    - That you want to see the documents, and would like to explain your objection in person.
    How to finish the letter:
    - Fill in everything between [brackets]. Then remove the brackets and the explanations.
    - Send the letter to the schoolbestuur (the school board, the legal authority of the school). The address is in the schoolgids (school guide) or on the school's website.
    - Keep a copy, and ask the school to confirm that it received your letter.
    - Within 6 weeks you can also go to the Geschillencommissie Passend Onderwijs (the disputes committee for inclusive education), for free. The board then waits with its decision until the committee has given its advice.
    { $deadline_state ->
        [soon] The deadline is close: you can object until and including { $deadline }. Send your letter today if you can.
        [passed] The 6 weeks are over: they ended on { $deadline }. Send your letter anyway, and write in it why it is late. At a public school the board must still deal with a late letter if you could not reasonably have sent it on time (General Administrative Law Act, article 6:11: https://wetten.overheid.nl/BWBR0005537/). Also ask the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free) or an adviser for help: they look at other routes with you, such as a complaint.
       *[other] You can object until and including { $deadline }.
    }
    What happens next? The board hears you and usually decides within 4 weeks after the 6 weeks are over. During the objection the school may keep your child out of school, but your child stays enrolled. Very urgent? Ask an adviser or the Juridisch Loket (legal aid desk, 0900-8020) about a quick decision by a judge.
    This is general information, not legal advice.

letter-enrolment-objection-explain =
    This is your letter of objection (bezwaar) against the refusal of your child. What does it say?
    - When you applied for your child, and that the school refuses your child.
    - Does your child need extra support? Then it says that the school has the zorgplicht (duty of care), and may refuse your child only once another school admits your child. Does that not fit your child? Then remove that paragraph.
    - That you want the reasons in writing, and would like to explain your objection in person.
    How to finish the letter:
    - Fill in everything between [brackets]. Then remove the brackets and the explanations.
    - Send the letter to the schoolbestuur (the school board, the legal authority of the school) of the school that refuses your child. The address is in the schoolgids (school guide) or on the school's website.
    - Keep a copy, and ask the school to confirm that it received your letter.
    - Does your child need extra support? Then within 6 weeks you can also go to the Geschillencommissie Passend Onderwijs (the disputes committee for inclusive education), for free.
    { $deadline_state ->
        [soon] The deadline is close: you can object until and including { $deadline }. Send your letter today if you can.
        [passed] The 6 weeks are over: they ended on { $deadline }. Send your letter anyway, and write in it why it is late. At a public school the board must still deal with a late letter if you could not reasonably have sent it on time (General Administrative Law Act, article 6:11: https://wetten.overheid.nl/BWBR0005537/). You can also apply to another school, and ask the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free) or an adviser for help.
       *[other] You can object until and including { $deadline }.
    }
    What happens next? The board decides on your objection. A school may refuse if it is full for everyone, or if you do not respect the grondslag (the religion or belief) of a bijzondere (denominational) school. Is your child not enrolled at any school? Then contact the leerplichtambtenaar (school attendance officer) of your municipality straight away.
    This is general information, not legal advice.

letter-start-meeting-explain =
    This is your letter asking for a start meeting. It is good that you are doing this: it brings everyone to the table together.
    What does it say?
    - Since when your child has been at home.
    - That you ask for a meeting within two weeks with the school, the samenwerkingsverband (the schools of your region that arrange inclusive education together) and the leerplichtambtenaar (school attendance officer).
    - That they first listen to your child and to you, and that you want a written plan and one fixed contact person.
    How to finish the letter:
    - Fill in everything between [brackets]. Then remove the brackets. Is youth care or a therapist involved? Then keep that line.
    - Send the letter to the head teacher of the school. Send a copy to the samenwerkingsverband (ask the school which one it is) and to the leerplichtambtenaar of your municipality (look for 'leerplicht' on your municipality's website).
    - Keep a copy, and ask the school to confirm that it received your letter.
    Good to know: a meeting within two weeks is not a legal right. But organisations that help parents do ask schools in Amsterdam to work this way. The school stays responsible for the education as long as your child is enrolled there.
    What happens next? No answer within a week? Call or email the school and the leerplichtambtenaar. Has your child been at home for more than 4 weeks? Then also sign up with the Onderwijsconsulenten (independent education consultants): 070-312 28 87 (free).
    This is general information, not legal advice.

letter-partial-report-explain =
    This is your report to the leerplichtambtenaar (school attendance officer). Is your child allowed to go to school only part of the time, or at home? Then it is good that leerplicht knows.
    What does it say?
    - Since when your child has been (partly) at home, and how many hours your child may go to school.
    - Whether there is an OPP (the plan for your child's support), and whether you signed the handelingsdeel (the part about the help).
    - The rules: fewer hours are only allowed for psychological or physical reasons, in an OPP you have agreed to, and sometimes only with permission from the Inspectie (the education inspectorate).
    - That you ask leerplicht to make sure, with the school and the samenwerkingsverband (regional support partnership), that your child gets the education it needs again.
    How to finish the letter:
    - Fill in everything between [brackets]. Where it says 'wel / niet' (yes / no), choose what is true and remove the rest.
    - Send the letter to the leerplichtambtenaar of your municipality. The address is on your municipality's website under 'leerplicht', or ask the school.
    - Keep a copy, and ask leerplicht to confirm that it received your letter.
    What happens next? The leerplichtambtenaar can talk with the school and the samenwerkingsverband, and mediate. You report this because you want your child to get education: it shows that you cooperate. Nothing happens? Ask the Onderwijsconsulenten (independent education consultants) for free help: 070-312 28 87.
    This is general information, not legal advice.

letter-opp-explain =
    This is your letter about the OPP (ontwikkelingsperspectiefplan: the plan for your child's support). What does it say?
    - Do you want to discuss the OPP? Then you ask for a meeting, and for the latest version of the OPP beforehand.
    - Do you disagree with the plan? Then you write that you do not agree with the handelingsdeel (the part about the help and guidance), and why. Parents have a right of consent: without your consent the handelingsdeel does not apply.
    How to finish the letter:
    - Fill in everything between [brackets]. Then remove the brackets and the explanations. Write in your own words what you want changed.
    - Send the letter to the head teacher, or to the intern begeleider or zorgcoördinator (the school's special needs coordinator).
    - Keep a copy, and ask the school to confirm that it received your letter.
    What happens next? Usually there will be a meeting. Not signing does not automatically mean that your child gets more help or more hours: ask what the school will do instead. You cannot agree together? Then you can go to the Geschillencommissie Passend Onderwijs (the disputes committee for inclusive education), for free. Advice: the Onderwijsconsulenten (independent education consultants), 070-312 28 87 (free).
    This is general information, not legal advice.


## Giving the letter

letter-intro = Here is your letter. It is in Dutch, because it goes to a Dutch school or office. Copy the letter, fill in the parts between [brackets], and send it.
letter-document = The same letter as a document, to print or to email.
common-c-letter = Help me write the letter


## Questions for the letter

letter-ask-decision-date = On which date did the school make this decision? The date is usually on the school's letter. For example: 12 November or 12-11-2026.
letter-ask-home-since = Since which date has your child been (partly) at home? For example: 1 October or 1-10-2026.
common-ask-date = I cannot read a date in that. Could you try again? Write for example: 12 November or 12-11-2026.
common-ask-date-past = That date is in the future. I need a date that has already passed. Write for example: 12 November or 12-11-2026.
letter-ask-school =
    Is it a public school (openbare school) or a special school (bijzondere school)? A bijzondere school belongs to a foundation or association, for example a Christian or Islamic school, or a Montessori school run by a foundation. The schoolgids (school guide) says which it is.
letter-c-school-public = Public school (openbare school)
letter-c-school-private = Special school (bijzondere school)
letter-c-school-unknown = I don't know
letter-ask-opp = What do you want to do with your letter about the OPP (the plan for your child's support)?
letter-c-opp-discuss = I want to discuss the OPP
letter-c-opp-disagree = I do not agree with the OPP's plan


## Deadlines

deadline-suspension =
    A suspension lasts at most 1 week (5 school days). Did the suspension start on { $suspension_start }? Then your child may go back to school on { $deadline } at the latest. Is there a holiday or a day off in that week? Then that day moves along with it.
    { $deadline_state ->
        [passed] That day has passed. Is your child still not allowed back? Only at secondary school may a suspension last longer, when the school is removing the pupil and has first consulted the Inspectie (the education inspectorate). Ask the school in writing why your child may not come back, and from which day they may. Also contact the leerplichtambtenaar (school attendance officer) of your municipality, and ask Ouders & Onderwijs (0800-5010, free) or the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free) for advice.
       *[other] Did the school give no end date, or does the school want to make the suspension longer? Then ask the school in writing why, and from which day your child may come back. Only at secondary school may a suspension last longer, when the school is removing the pupil.
    }
    During the suspension, too, the school keeps teaching your child, for example with homework.

deadline-enrolment =
    The school must decide within 6 weeks after your written application: by { $deadline } at the latest. It may extend this once by 4 weeks, to { $deadline_late } at the latest.
    { $deadline_state ->
        [soon] The 6 weeks are almost over. No decision yet? Ask the school in writing when the decision will come.
        [passed] The 6 weeks are over. Did you get no decision, and no message that the school needs 4 more weeks? Then ask the school in writing for a decision. Also contact the leerplichtambtenaar (school attendance officer) of your municipality, or the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free). Still no decision after { $deadline_late }, and your child is not enrolled at another school? Then your child is admitted provisionally.
       *[other] Keep a copy of your application, with the date.
    }
    Is your child not enrolled at any school? Then the school does not have to teach your child during those weeks. So contact the leerplichtambtenaar straight away.

deadline-exemption =
    An exemption for physical or psychological reasons (vrijstelling, article 5 under a) lasts 1 year. Usually you must arrange it again every year before 1 July: so this time before { $deadline }.
    { $deadline_state ->
        [soon] That date is close. Contact the leerplichtambtenaar (school attendance officer) today if you can.
        [passed] That date has passed. Contact the leerplichtambtenaar (school attendance officer) as soon as possible, and ask what to do now.
       *[other] Start in good time, and ask the leerplichtambtenaar (school attendance officer) how it works in your municipality.
    }
    You need a new statement from an independent doctor, psychologist or pedagogue appointed by the municipality. Does the statement say that your child will not be able to go to school later either? Then a new application is sometimes not needed. Ask the leerplichtambtenaar.


## Reminders (only with consent)

common-c-remind = Remind me a week before the deadline
reminder-set = Fine. I will send you a reminder on { $date }. For that I keep only that date and this chat. /forget erases it.
reminder-due =
    { $kind ->
        [objection] Reminder: in one week, on { $deadline }, the deadline to object ends. Have you sent your letter already? Then you do not need to do anything. Not yet? Then send it this week.
        [enrolment] Reminder: by { $deadline } the school must decide on your application, or tell you that it needs 4 more weeks. Heard nothing yet? Ask the school in writing when the decision will come.
        [exemption] Reminder: your child's exemption (vrijstelling) usually has to be arranged again before { $deadline }. Have you not contacted the leerplichtambtenaar (school attendance officer) yet? Then do it now.
       *[other] Reminder: in one week, on { $deadline }, the deadline you asked me to remind you of ends.
    }
    Would you like help? Type /start.


## Follow-up after 4 weeks (only with consent)

common-c-followup = Ask me in 4 weeks how it is going
followup-set = Fine. On { $date } I will ask you whether your child is back at school. For that I keep only that date and this chat, nothing else. /forget erases it.
followup-ask = May I ask you in 4 weeks whether your child is back at school? That tells us whether our help works. For that I keep only the date and this chat.
followup-c-consent-yes = Yes, that is fine
followup-c-consent-no = No, rather not
followup-question = Four weeks ago you asked us for help. How are things now: is your child back at school?
followup-c-yes = Yes
followup-c-partly = Partly, some hours or days
followup-c-no = No
followup-c-unsaid = I'd rather not say
followup-thanks = Thank you for your answer. Do you have a question later? I am here for you: type /start.
followup-offer-adviser =
    I am sorry that things are not going well yet. That is hard, for your child and for you.
    An adviser can look at it again with you. The adviser sees what you asked before, so you do not have to tell everything again. What would you like to do?
