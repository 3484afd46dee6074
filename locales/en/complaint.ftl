# Flow: complaint (a complaint about a teacher or the school; discrimination by staff). Translated from locales/nl/complaint.ftl.
complaint-start =
    Do you have a complaint about a teacher, someone else at the school or the school itself? It is good that you are taking it up. What fits best?
    Is it about a suspension, a removal or a refusal? Then choose that topic in the menu: for those, an objection (bezwaar) is the way.
complaint-c-talk = First I want to know how to raise it with the school
complaint-c-formal = Talking did not help: I want to make a formal complaint
complaint-c-discrimination = Someone at the school discriminates against my child
complaint-c-serious = It is about violence, sexual abuse or very serious bullying

complaint-talk =
    Talking first often helps. This is how to go about it:
    - Make an appointment with the teacher or mentor. Calmly say what happened and what you would like to be different.
    - Does that not help? Ask for a meeting with the head (directeur).
    - You can also talk to the school's vertrouwenspersoon (confidential counsellor). They listen and help you further. Ask the school who that is.
    - Write down what happened and when. After each meeting, send a short e-mail with what was agreed.
    - Advice: { $oco }

complaint-formal =
    Does talking not solve it? Then you can make a formal complaint.
    - Every school has a complaints procedure (klachtenregeling). Ask the school for it, or look in the schoolgids (school guide). It also says which complaints committee the school belongs to. Many schools are members of a national complaints committee.
    - Write in your complaint: what happened, when, what you have already done, and what you want to achieve.
    - Is it about your child's support? Then the complaints committee is also the place. Is it about a removal, a refusal or the OPP (the plan for your child's support)? Then you can go to the Geschillencommissie Passend Onderwijs (the disputes committee) for free.
    - Have you complained to the school first, and are you not satisfied? Then you can go to the Kinderombudsman (Children's Ombudsman) within 1 year: 0800-876 54 32.
    - The Inspectie (the education inspectorate) does not solve your complaint itself, but you can give a signal: 088-669 60 60 (Mon–Fri 9–12 and 13–16).
    This is general information, not legal advice.

complaint-discrimination =
    Does someone at the school discriminate against your child? That is not allowed. It is good that you are taking it up.
    - Write down what happened, when, and who was there.
    - Talk to the school's vertrouwenspersoon (confidential counsellor). If needed, make a complaint under the school's complaints procedure.
    - Call the vertrouwensinspecteur (confidential inspector) of the Inspectie: 0900-111 3 111 (working days 8–17, local rate). They advise on discrimination, violence, sexual abuse and serious bullying.
    - You can also report discrimination to an anti-discrimination office, through Discriminatie.nl.
    - You can ask the College voor de Rechten van de Mens (the Netherlands Institute for Human Rights) for an opinion on the discrimination.
    - Has a crime happened, such as threats or assault? Go to the police. Immediate danger: call 112.
