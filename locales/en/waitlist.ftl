# Flow: waitlist (special education or youth care, education and care together, day care). Translated from locales/nl/waitlist.ftl.
waitlist-start =
    Waiting is hard, especially when your child is at home in the meantime. What is your child waiting for?
    Is it a place where education and care go together, or are you not sure? Then choose 'Education and care together'.
waitlist-c-school = A place in special (primary) education
waitlist-c-care = Youth care, an assessment or treatment
waitlist-c-tlv = A toelaatbaarheidsverklaring (TLV, the admission statement for special education)
waitlist-c-both = Education and care together, or the school and the care services point at each other
waitlist-c-dagbesteding = Day care (dagbesteding): must the school help with it?
waitlist-c-home-over-4-weeks = My child has been at home for more than 4 weeks

waitlist-school =
    Waiting for a place is hard. Also during that time your child has a right to education.
    - While your child waits, the school where your child is enrolled now stays responsible. That is called the zorgplicht (duty of care): the school must make sure your child gets suitable education. This lasts until a new school actually enrols your child.
    - Ask the school for an interim solution: education and support until there is a place. Ask for it in writing.
    - The samenwerkingsverband (the schools of your region that arrange inclusive education together) must make sure every child has a suitable place. Ask it to help search: { $swv }
    - Does your child get no or few lessons in the meantime? Call the Onderwijsconsulenten (independent education consultants): 070-312 28 87 (free).

waitlist-care =
    The municipality must provide youth care when your child needs it. That is in the Jeugdwet (Youth Act).
    - Apply for help at your municipality: { $okt }
    - Is your child on a waiting list for help? Ask the municipality what is possible until the help starts, and whether there is another provider with a shorter wait.
    - Do you disagree with a decision of the municipality? Then lodge an objection (bezwaar) within 6 weeks.
    - While you wait, the school stays responsible for your child's education. Ask the school for an interim solution.

waitlist-tlv =
    Special primary education (sbo) and special education (so and vso) need a TLV: a toelaatbaarheidsverklaring (admission statement). It says that your child may go to such a school.
    - The school board applies for the TLV at the samenwerkingsverband (regional support partnership). It asks 2 experts for advice.
    - The samenwerkingsverband sets its own rules and how long the TLV is valid.
    - Has the TLV not been applied for yet, or is it taking long? Ask the school in writing when it will happen. Nothing happens? Contact the Onderwijsconsulenten (independent education consultants, 070-312 28 87, free) and the samenwerkingsverband: { $swv }
    - Do you disagree with the decision? Lodge an objection with the samenwerkingsverband within 6 weeks. A national committee (LBT) advises on it.

waitlist-both =
    Sometimes the school and the care services both say the other one should act first ('wat is voorliggend?', which comes first?). That is complicated, and you do not have to sort it out alone.
    - The school where your child is enrolled stays responsible for the education, also while your child waits.
    - The municipality must arrange youth care when your child needs it: { $okt }
    - Ask for one meeting with the school, the samenwerkingsverband (the schools of your region that arrange inclusive education together) and the municipality or care provider together, with one fixed contact person for you.
    - The onderwijszorgconsulenten (education and care consultants) of the Onderwijsconsulenten help for free with questions about education and care together: 070-312 28 87.
    Would you like an adviser to look at it with you? Choose that below.

waitlist-dagbesteding =
    Does your child have an exemption from compulsory education, and are you looking for dagbesteding (a place with support during the day)? Day care is usually care, not education. Then the municipality arranges it (Jeugdwet, the Youth Act), or sometimes the Wet langdurige zorg (Wlz, the Long-term Care Act). The school's zorgplicht (its duty to make sure of suitable education) is about education, not care.
    - Does your child have no exemption? Then the school stays responsible for your child's education.
    - Apply for day care at your municipality: { $okt }
    - How it works for your child depends on the situation. Let an adviser look at it with you: choose that below.
