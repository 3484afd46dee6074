# Flow: waitlist (special education or youth care). Translated from locales/nl/waitlist.ftl.
waitlist-start =
    Is your child on a waiting list? What is your child waiting for?
waitlist-c-school = A place in special (primary) education
waitlist-c-care = Youth care, an assessment or treatment
waitlist-c-tlv = A toelaatbaarheidsverklaring (TLV, the admission statement for special education)
waitlist-c-both = The school and the care services point at each other
waitlist-c-home-over-4-weeks = My child has been at home for more than 4 weeks

waitlist-school =
    While your child waits, the school where your child is enrolled now stays responsible (its zorgplicht, duty of care). This lasts until a new school actually enrols your child.
    This is what you can do:
    - Ask the school for an interim solution: education and support until there is a place.
    - The samenwerkingsverband (regional support partnership) must make sure every child in the region has a suitable place. Ask it to help search.
    - Does your child get no or few lessons in the meantime? Call the Onderwijsconsulenten: 070-312 28 87 (free).

waitlist-care =
    The municipality must provide youth care when your child needs it.
    - Apply for help at your municipality. In Amsterdam this goes through the Ouder- en Kindteam (parent and child team), also through the parent and child adviser at school.
    - Do you disagree with a decision of the municipality? Then lodge an objection (bezwaar) within 6 weeks.
    - While you wait, the school stays responsible for your child's education. Ask the school for an interim solution.

waitlist-tlv =
    Special primary education (sbo) and (secondary) special education (so/vso) need a toelaatbaarheidsverklaring (TLV, an admission statement).
    - The school board applies for the TLV at the samenwerkingsverband (regional support partnership). It asks 2 experts for advice.
    - The samenwerkingsverband sets its own rules and how long the TLV is valid.
    - Do you disagree with the decision? Lodge an objection with the samenwerkingsverband within 6 weeks. A national committee (LBT) advises on it.
    - Is it taking long? Ask the school and the samenwerkingsverband how far the application has got.

waitlist-both =
    Sometimes the school and the care services both say the other one should act first ('which comes first?'). That is complicated, and you do not have to sort it out alone.
    I am passing your question to an adviser. The onderwijszorgconsulenten (education and care consultants) of the Onderwijsconsulenten (070-312 28 87) also help with questions like this.
