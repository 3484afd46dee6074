# Flow: removal (verwijdering). Translated from locales/nl/removal.ftl.
removal-start =
    Does the school want to remove your child, or has it already happened? What is your question about?
removal-c-rules = What must the school do before it may remove my child?
removal-c-disagree = There is a decision and I do not agree with it
removal-c-support = My child needs extra support
removal-c-home-over-4-weeks = My child has been at home for more than 4 weeks

removal-rules =
    A school may not simply remove a pupil. The school must:
    - first hear you and the teacher or teachers;
    - give the decision in writing, with the reasons;
    - inform the Inspectie (the education inspectorate) and the leerplichtambtenaar (school attendance officer). A secondary school must consult the Inspectie before it decides;
    - first find another school that will admit your child. Only then may the removal become final.
    Does the school take your child off its register without you asking for it? That counts as removal too.
    A secondary school may not remove a pupil in the middle of the school year because of low marks.
    Questions? Ouders & Onderwijs: 0800-5010 (free).

removal-disagree =
    Do you disagree with the decision? This is what you can do:
    - Lodge a written objection (bezwaar) with the school board within 6 weeks. You may also explain your objection in person and see the file.
    - Go to the Geschillencommissie Passend Onderwijs (the disputes committee for inclusive education) within 6 weeks. It is free. The committee gives its advice within 10 weeks. The school board decides on your objection only once that advice is there.
    - The school may keep your child out of school in the meantime. You can ask a judge for a quick, interim decision. Get advice about this first.
    Advice: Ouders & Onderwijs 0800-5010, or the Onderwijsconsulenten 070-312 28 87 (not while a court case is running). In Amsterdam: OCO 020-330 63 20.

removal-support =
    Does your child need extra support? Then the Geschillencommissie Passend Onderwijs (the disputes committee) expects the school first to:
    - review your child's development plan (OPP);
    - discuss with you the type of school and its denomination (for example public or Christian);
    - list the schools that would suit, and how long the journey is.
    Your child stays enrolled at the current school until a new school actually enrols your child. Until then the current school is responsible.
    Advice: the Onderwijsconsulenten, 070-312 28 87 (free).
