# Flow: parent_support (the parent's own exhaustion; support for the parent, parent groups, 113). Translated from locales/nl/parent_support.ftl.
parent_support-start =
    Caring for your child while they are at home is hard. Many parents become exhausted, and that is understandable. What fits best?
parent_support-c-tired = I am tired and need support myself
parent_support-c-groups = I want to talk to other parents who are going through this too
parent_support-c-cannot = I cannot see a way forward, or I am thinking about suicide

parent_support-tired =
    It is good that you are thinking of yourself too. That helps your child as well.
    - Talk to your GP (huisarts), or to the GP's practice nurse for mental health (POH). Together you look at what you need.
    - Support for your family: { $okt }
    - Do you have to work less because your child is at home? That happens to many parents. Discuss it with your employer, and with an adviser.
    - You do not have to do everything alone. For questions about school: { $oco }. Or the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free).
    Do you sometimes feel so bad that you do not want to go on? Call 113 (free) or 0800-0113, or chat at 113.nl.

parent_support-groups =
    Other parents often understand exactly what you are going through.
    - The OCO / Oudersteunpunt in Amsterdam is working on bringing groups of parents into contact with each other. Ask about it: { $oco }
    - Landelijke Oudervereniging Balans is a national association of and for parents (balansdigitaal.nl).

parent_support-groups-elsewhere =
    Other parents often understand exactly what you are going through.
    - Ask your municipality, or the samenwerkingsverband (the schools of your region that arrange inclusive education together), whether there are groups for parents near you. Samenwerkingsverband: { $swv }
    - Landelijke Oudervereniging Balans is a national association of and for parents (balansdigitaal.nl).
    - Questions about school? Ouders & Onderwijs (the national helpline for parents): 0800-5010 (free).

parent_support-cannot =
    Thank you for telling me. You do not have to carry this alone.
    - Talk about it today: call 113 (free) or 0800-0113, or chat at 113.nl.
    - Is there immediate danger? Call 112.
    - Your GP (huisarts) can also help. In the evening and at the weekend: the huisartsenpost (out-of-hours GP service).
    - These helplines speak Dutch. You can ask for an interpreter.
    Do not wait for us: Wegwijzer's advisers are not crisis workers and cannot always answer straight away. If in doubt, call 113 or 112.
