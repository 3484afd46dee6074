# Flow: enrolment (application, admission, duty of care). Translated from locales/nl/enrolment.ftl.
enrolment-start =
    Do you want to apply to a school for your child, or is a school not admitting your child? What is your question about?
enrolment-c-how = How do I apply to a school for my child?
enrolment-c-refused = The school refuses my child
enrolment-c-slow = The school does not decide, or it takes very long
enrolment-c-home-over-4-weeks = My child has no school and has been at home for more than 4 weeks

enrolment-how =
    This is how you apply:
    - Apply in writing to the school of your first choice: with your child's name, sex, date of birth and BSN (citizen service number), if your child has one.
    - No BSN yet? Apply anyway. The school may not refuse your child because it has no BSN or residence permit.
    - Apply in good time, preferably at least 10 weeks before your child wants to start.
    - Does your child need extra support? Write that down too. Are you applying to more than one school? Say which one is your first choice. That school has the zorgplicht (duty of care): it must make sure there is a suitable place, at that school or at another school.
    - The school decides within 6 weeks. The school may extend this once by 4 weeks.
    Advice: Onderwijsconsulenten (independent education consultants) 070-312 28 87 (free), or { $oco }

enrolment-refused =
    Is your child being refused? That is disappointing. These are the rules:
    - Did you say in your application that your child needs extra support? Then the school may refuse your child only once another school has agreed to admit your child.
    - Exceptions: the school is full for everyone, or you do not respect the grondslag (the religion or belief) of a bijzondere (denominational) school.
    This is what you can do:
    - Ask the school for the decision and the reasons in writing. Do you disagree? Then lodge an objection (bezwaar) with the school board within 6 weeks.
    - Does your child need extra support? Then you can also go to the Geschillencommissie Passend Onderwijs (the disputes committee) within 6 weeks, for free.
    - Advice: Onderwijsconsulenten (independent education consultants) 070-312 28 87 (free), or { $oco }
    This is general information, not legal advice.

enrolment-slow =
    The school must decide within 6 weeks after your written application. It may extend this once by 4 weeks.
    - Still no decision after 10 weeks, and your child is not enrolled at another school? Then your child is admitted provisionally.
    - Is your child still enrolled at another school? Then that school stays responsible. Do not take your child out of it before there is a decision.
    - Is your child enrolled nowhere? Then the new school does not have to teach your child during those weeks. So contact the school attendance officer (leerplicht) straight away: { $leerplicht }. And the samenwerkingsverband (regional support partnership): { $swv }
    - Keep a copy of your application, with the date. Ask the school in writing when the decision will come.
    Advice: Onderwijsconsulenten (independent education consultants) 070-312 28 87 (free).
    This is general information, not legal advice.
