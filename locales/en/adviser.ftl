# Flow: adviser (talk to a person). Translated from locales/nl/adviser.ftl.
adviser-start =
    An adviser is a person, not a computer. An adviser can:
    - work out with you which rules apply in your situation;
    - decide the next step with you, such as a letter or a meeting with the school;
    - tell you which organisation can help you further.
    What an adviser writes is not translated. You can ask for a phone call with an interpreter.
    What fits best?
adviser-c-home-over-4-weeks = My child has been at home for more than 4 weeks
adviser-c-danger = Someone is in danger, or my child is thinking about suicide
adviser-c-contacts = First see for myself which organisations can help

adviser-handover =
    I am passing your question to an adviser. You can already write briefly what is going on, since when, and what you have tried. Please do not send names, dates of birth or BSN.

adviser-danger =
    Is someone in immediate danger? Call 112.
    Is your child thinking about suicide? Call 113 (free) or 0800-0113, or chat at 113.nl.
    Violence or feeling unsafe at home: Veilig Thuis 0800-2000, day and night, free.
    These helplines speak Dutch. You can ask for an interpreter.
    Do not wait for us: Wegwijzer's advisers are not crisis workers and cannot always answer straight away. If in doubt, call 113 or 112.

adviser-contacts =
    Where you can get help:
    - Onderwijsconsulenten (independent education consultants, free): when your child has been at home for more than 4 weeks, cannot find a place, or the support gets stuck. 070-312 28 87, weekdays 9:00–12:30 and 13:30–16:30.
    - Ouders & Onderwijs (the national helpline for parents): for all questions about school. 0800-5010 (free) or vraag@oudersonderwijs.nl.
    - Advice near you: { $oco }
    - School attendance officer (leerplicht): { $leerplicht }
    - Samenwerkingsverband (the schools of your region that arrange inclusive education together): { $swv }
    - Juridisch Loket (legal aid desk), for legal questions: 0900-8020 (€0.25 per minute).
    - Kinderombudsman (Children's Ombudsman): 0800-876 54 32. Complain to the organisation itself first, and within 1 year.
    These organisations speak Dutch. You can ask for an interpreter.
