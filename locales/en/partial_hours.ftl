# Flow: partial_hours (reduced timetable). Translated from locales/nl/partial_hours.ftl.
partial_hours-start =
    Is your child allowed at school for only part of the school day? That is only allowed under conditions. Arranged well, it can be a temporary solution.
    Is the shorter timetable written in an OPP (ontwikkelingsperspectief: the plan for your child's support), and have you signed its handelingsdeel? That is the part of the OPP about the help.
partial_hours-c-yes = Yes, there is an OPP and I signed it
partial_hours-c-no = No, or I do not know
partial_hours-c-teach-home = The school says I must teach my child at home
partial_hours-c-slow-swv = We are waiting for the samenwerkingsverband, and it takes long
partial_hours-c-home-over-4-weeks = My child has been fully at home for more than 4 weeks

partial_hours-with-opp =
    A school may give fewer lessons only if psychological or physical reasons stop your child from attending the full school time. The conditions:
    - It is written in the OPP and you have signed the handelingsdeel (the part about the help).
    - Is it not about medical treatment or illness? Then the school also needs the Inspectie's consent, for a set number of hours and a set period. Ask the school until when the Inspectie has consented.
    - It is temporary. Ask for a written plan with an end date and a build-up to more hours.
    Is it not going as agreed? Discuss it with the school and the samenwerkingsverband (the schools of your region that arrange inclusive education together): { $swv }. Or call the Onderwijsconsulenten (independent education consultants): 070-312 28 87 (free).
    Do you disagree with the OPP? Then you can go to the Geschillencommissie Passend Onderwijs (the disputes committee) for free.

partial_hours-without-opp =
    Without an OPP whose handelingsdeel you have signed, the school may not give your child fewer hours. A child who is (partly) at home without these agreements is called a 'verborgen thuiszitter' (a hidden child-at-home).
    This is what you can do:
    - Ask the school for a written plan, with an end date and a build-up to more hours. Arranged like that, fewer hours can be a good temporary solution.
    - Do you disagree with the plan? Then you do not have to sign. That does not mean your child automatically goes back full-time: ask what the school will do instead, and get help.
    - Tell the school attendance officer (leerplicht): { $leerplicht }. And the samenwerkingsverband (the schools of your region that arrange inclusive education together): { $swv }
    - Get advice from the Onderwijsconsulenten (independent education consultants): 070-312 28 87 (free).
    - Tell the Inspectie (the education inspectorate): 088-669 60 60 (Mon–Fri 9–12 and 13–16). This is a signal; the Inspectie does not solve your case itself.
    Is your child still 4? Then leerplicht (compulsory education) does not apply yet. It starts on the first school day of the month after your child turns 5. Is your child enrolled at a school? Then that school is responsible for suitable education now too. Ask an adviser what this means for your child.

partial_hours-teach-home =
    No, the school cannot make you teach your child at home. The school stays responsible for your child's education, also when your child is (partly) at home.
    This is what you can do:
    - Ask the school in writing what education your child gets and who provides it.
    - Tell the school attendance officer (leerplicht): { $leerplicht }. And the samenwerkingsverband (regional support partnership): { $swv }
    - Get advice from Ouders & Onderwijs (the national helpline for parents, 0800-5010) or the Onderwijsconsulenten (070-312 28 87).

partial_hours-slow-swv =
    Do you have to wait until the samenwerkingsverband (the schools of your region that arrange inclusive education together) has time? Do not just wait.
    - The school stays responsible. Ask the school for a written plan until then: how many hours of lessons does your child get, and who supports your child?
    - Ask the samenwerkingsverband whether it can be sooner, and say that your child is now (partly) at home: { $swv }
    - Tell the school attendance officer (leerplicht): { $leerplicht }
    - Is the support getting stuck? Ask the Onderwijsconsulenten (independent education consultants) for free help: 070-312 28 87. It can take several weeks before they call back, so sign up straight away.
    - Tell the Inspectie (the education inspectorate): 088-669 60 60 (Mon–Fri 9–12 and 13–16). This is a signal; the Inspectie does not solve your case itself.
