# Flow: suspension (schorsing). Translated from locales/nl/suspension.ftl.
suspension-start =
    A suspension means your child may not come to school for a short time. What is your question about?
suspension-c-rules = What are the rules for a suspension?
suspension-c-disagree = I do not agree with the suspension
suspension-c-longer = The suspension lasts longer than a week, or has no end date
suspension-c-removal = The school also wants to remove my child
suspension-c-po = Primary school
suspension-c-vo = Secondary school
suspension-c-home-over-4-weeks = My child has been at home for more than 4 weeks

suspension-rules =
    These are the rules for a suspension:
    - A suspension lasts at most 1 week (5 school days).
    - The school gives you the decision and the reasons in writing.
    - Does the suspension last longer than 1 day? Then the school board must inform the Inspectie (the education inspectorate) in writing. The leerplichtambtenaar (school attendance officer) is usually told as well.
    - The school keeps providing education, for example homework. Ask the school what schoolwork your child will get.
    Questions? Call Ouders & Onderwijs: 0800-5010 (free).

suspension-disagree =
    Do you disagree with the suspension? This is what you can do:
    - Lodge an objection (bezwaar): send a letter to the school board within 6 weeks. The board usually replies within about 4 weeks.
    - Judges expect the school to hear your child, you and the teacher first. The decision should say how to object. Did that not happen? Say so in your objection.
    - You can also complain to the school's complaints committee, or ask the leerplichtambtenaar (school attendance officer) to mediate.
    - Is it very urgent? Then you can ask a judge for a quick, interim decision. Get advice about this first.
    Help with your letter: Ouders & Onderwijs 0800-5010. In Amsterdam: OCO 020-330 63 20.

suspension-longer = Does your child go to primary school or secondary school?

suspension-longer-po =
    In primary school a suspension may never last longer than 1 week (5 school days).
    This is what you can do:
    - Ask the school in writing (for example by email) from which day your child may come back.
    - Contact the leerplichtambtenaar (school attendance officer) of your municipality.
    - Is your child not allowed back? Get advice from Ouders & Onderwijs (0800-5010) or the Onderwijsconsulenten (070-312 28 87, free).

suspension-longer-vo =
    In secondary school a suspension may last longer than 1 week only while the school is working on a removal. The school must first consult the Inspectie (the education inspectorate).
    This is what you can do:
    - Ask the school in writing whether a removal procedure is running, and whether the school has consulted the Inspectie.
    - The school keeps providing education during that time, for example homework.
    - Contact the leerplichtambtenaar (school attendance officer). Get advice from Ouders & Onderwijs (0800-5010) or the Onderwijsconsulenten (070-312 28 87, free).
