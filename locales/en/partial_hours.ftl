# Flow: partial_hours (reduced timetable). Translated from locales/nl/partial_hours.ftl.
partial_hours-start =
    Is your child allowed at school for only part of the school day? That is only allowed under strict conditions.
    Is the shorter timetable written in a development plan (OPP), and have you signed its support section (handelingsdeel)?
partial_hours-c-yes = Yes, there is an OPP and I signed it
partial_hours-c-no = No, or I do not know
partial_hours-c-teach-home = The school says I must teach my child at home
partial_hours-c-home-over-4-weeks = My child has been fully at home for more than 4 weeks

partial_hours-with-opp =
    A school may give fewer lessons only if psychological or physical reasons stop your child from attending the full school time. The conditions:
    - It is written in the OPP and you have signed the support section (handelingsdeel).
    - Is it not about medical treatment or illness? Then the school also needs the Inspectie's consent, for a set number of hours and a set period.
    - It is temporary. Ask for a written plan with an end date and a build-up to more hours.
    Is it not going as agreed? Discuss it with the school and the samenwerkingsverband (regional support partnership), or call the Onderwijsconsulenten: 070-312 28 87 (free).
    Do you disagree with the OPP? Then you can go to the Geschillencommissie Passend Onderwijs for free.

partial_hours-without-opp =
    Without an OPP whose support section (handelingsdeel) you have signed, the school may not give your child fewer hours. A child who is (partly) at home without these agreements is a 'hidden thuiszitter' (a hidden child-at-home).
    This is what you can do:
    - Ask the school for a written plan, with an end date and a build-up to more hours. If you do not agree with it, you do not have to sign.
    - Tell the leerplichtambtenaar (school attendance officer) and the samenwerkingsverband (regional support partnership).
    - Get advice from the Onderwijsconsulenten: 070-312 28 87 (free).
    - Report it to the Inspectie: 088-669 60 60. This is a signal; the Inspectie does not solve your case itself.

partial_hours-teach-home =
    No, the school cannot make you teach your child at home. The school stays responsible for your child's education, also when your child is (partly) at home.
    This is what you can do:
    - Ask the school in writing what education your child gets and who provides it.
    - Tell the leerplichtambtenaar (school attendance officer) and the samenwerkingsverband (regional support partnership).
    - Get advice from Ouders & Onderwijs (0800-5010) or the Onderwijsconsulenten (070-312 28 87).
