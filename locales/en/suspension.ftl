# Flow: suspension (schorsing). Translated from locales/nl/suspension.ftl.
suspension-start =
    A suspension means your child may not come to school for a short time. That is hard, for your child and for you. What is your question about?
suspension-c-rules = What are the rules for a suspension?
suspension-c-disagree = I do not agree with the suspension
suspension-c-letter = I want help with a letter of objection
suspension-c-again = My child is suspended again and again
suspension-c-longer = The suspension lasts longer than a week, or has no end date
suspension-c-removal = The school also wants to remove my child
suspension-c-po = Basisschool (primary school, age 4 to 12)
suspension-c-vo = Middelbare school (secondary school, age 12 to 18)
suspension-c-so = Speciaal onderwijs (special education, so or vso)
suspension-c-home-over-4-weeks = My child has been at home for more than 4 weeks

suspension-rules =
    These are the rules for a suspension:
    - A suspension lasts at most 1 week (5 school days). Only in secondary school may it sometimes last longer, while the school is working on a removal.
    - The school gives you the decision and the reasons in writing.
    - Does the suspension last longer than 1 day? Then the school board must inform the Inspectie (the education inspectorate) in writing. The leerplichtambtenaar (school attendance officer) is usually told as well.
    - The school keeps providing education, for example homework. Ask the school what schoolwork your child will get.
    Questions? Call Ouders & Onderwijs (the national helpline for parents): 0800-5010 (free).

suspension-disagree =
    Do you disagree with the suspension? This is what you can do:
    - Look in the schoolgids (school guide) or the pupils' charter for how to object. The law does not require this at every school, but most schools offer it. At a public (openbare) school the Algemene wet bestuursrecht (General Administrative Law Act) applies: send a letter to the school board within 6 weeks.
    - The decision on your objection usually comes only after the suspension is over. Objecting still matters: it counts for the file, and if your child is suspended again.
    - According to case law, the school should hear your child, you and the teacher first. The decision should say how to object. Did that not happen? Say so in your objection.
    - You can also complain to the school's complaints committee, or ask the school attendance officer to mediate.
    - Very urgent? At a public (openbare) school you ask the administrative court for a voorlopige voorziening (a quick, temporary decision). At a bijzondere school, such as a Christian or Islamic school, it is a kort geding (summary proceedings) at the civil court, with a lawyer. Juridisch Loket (legal aid desk): 0900-8020.
    Help with your letter: { $oco }
    This is general information, not legal advice.

suspension-again =
    Is your child suspended again and again? That is hard. It helps to look together at what your child needs.
    - Each suspension lasts at most 1 week. The school gives the decision and the reasons in writing. Keep all letters.
    - Object even when a suspension is already over: it counts if your child is suspended more often.
    - Ask the school for a meeting about the support your child needs, and about an OPP (ontwikkelingsperspectief: the plan for your child's support).
    - The school stays responsible for suitable education. Is the support getting stuck? Ask the Onderwijsconsulenten (independent education consultants) for free help: 070-312 28 87.
    - Advice: { $oco }

suspension-longer = Which school does your child go to?

suspension-longer-po =
    In primary school (basisschool) a suspension may never last longer than 1 week (5 school days). A suspension without an end date is not allowed: a court called it unlawful.
    This is what you can do:
    - Ask the school in writing (for example by email) from which day your child may come back.
    - Is your child not allowed back? Then it looks like removal or being at home without school. Choose 'The school wants to remove my child' or 'My child is at home without school' in the menu.
    - Contact the school attendance officer (leerplicht): { $leerplicht }
    - Advice: Ouders & Onderwijs (0800-5010, free) or the Onderwijsconsulenten (070-312 28 87, free).
    This is general information, not legal advice.

suspension-longer-vo =
    In secondary school (middelbare school) a suspension may last longer than 1 week only while the school is working on a removal. The school must first consult the Inspectie (the education inspectorate).
    This is what you can do:
    - Ask the school in writing whether a removal procedure is running, and whether the school has consulted the Inspectie.
    - The school stays responsible during that time and provides education, for example homework.
    - Contact the school attendance officer (leerplicht): { $leerplicht }
    - Advice: Ouders & Onderwijs (0800-5010, free) or the Onderwijsconsulenten (070-312 28 87, free).
    This is general information, not legal advice.

suspension-longer-so =
    In special education (so and vso) a suspension also lasts at most 1 week (5 school days). You get the decision and the reasons in writing, and the school keeps providing education.
    This is what you can do:
    - Does it last longer, or is there no end date? Ask the school in writing why, and from which day your child may come back.
    - Contact the school attendance officer (leerplicht): { $leerplicht }
    - Advice: Ouders & Onderwijs (0800-5010, free) or the Onderwijsconsulenten (070-312 28 87, free).
    This is general information, not legal advice.
