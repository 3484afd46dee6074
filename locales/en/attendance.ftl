# Flow: attendance (compulsory education: absence reported, a letter or call from the attendance officer, a fine or official report, leave). Translated from locales/nl/attendance.ftl.
attendance-start =
    Leerplicht (compulsory education) means: your child must go to school, and the school and the municipality keep an eye on that. What is your question about?
attendance-c-reported = The school reported absence, or the attendance officer calls or writes to me
attendance-c-fine = I am being threatened with a fine or an official report
attendance-c-leave = I want to ask for leave (time off) for my child
attendance-c-home = My child is at home because school is not working out

attendance-reported =
    A letter or call from the school attendance officer (leerplichtambtenaar) can be a shock. Such a letter is not a punishment.
    - Schools must report absence, for example when a pupil misses 16 hours or more of lessons in 4 weeks without a valid reason.
    - The attendance officer mainly wants your child to get education again. They can also help think it through and mediate between you and the school.
    - Accept the invitation. Explain what is going on, for example illness, anxiety or no suitable place. Bring letters and e-mails, and a list of what happened.
    - Is your child ill? Then report it to the school every time.
    - Attendance officer: { $leerplicht }
    - Advice: { $oco }

# Also used in the flow home_without_school.
attendance-fine =
    Being threatened with a fine or an official report is frightening. Stay calm: there is a lot you can do.
    - A proces-verbaal is an official report by the school attendance officer. A fine can follow. It is meant for parents who do not cooperate with the approach to absence. Do you cooperate? Then show that.
    - Is your child at home because the school cannot offer suitable education? Then Ingrado, the association of school attendance officers, expects consultation first. Ingrado then points parents to the Geschillencommissie Passend Onderwijs (the disputes committee for inclusive education) and the Onderwijsconsulenten.
    - Reply in writing, for example by e-mail: what is going on, and what have you already done? Ask for a meeting and a plan for your child's education.
    - Keep all letters and e-mails, and write down what happens.
    - Help: the Onderwijsconsulenten (independent education consultants) 070-312 28 87 (free), or { $oco }. Legal questions: Juridisch Loket (legal aid desk) 0900-8020 (€0.25 per minute).
    This is general information, not legal advice.

attendance-leave =
    You ask for leave (time off outside the school holidays) in writing and in good time from the head of the school (the directeur).
    - A holiday outside the school holidays is only allowed if a parent's work makes a holiday during the school holidays impossible. Then it is possible once per school year, for at most 10 school days, and not in the first 2 weeks of the school year.
    - Leave for another important reason, such as a wedding or a funeral in the family: the head decides on at most 10 school days per school year. For more days the school attendance officer decides.
    - A religious holiday: tell the head at least 2 days in advance.
    - Is your child ill? Then it is not leave: report your child ill to the school.
    Do you disagree with the decision? Ask for the reason in writing, and get advice: { $oco }
