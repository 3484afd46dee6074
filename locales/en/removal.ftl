# Flow: removal (verwijdering). Translated from locales/nl/removal.ftl.
removal-start =
    Does the school want to remove your child, or has it already happened? That is a lot to deal with. What is your question about?
removal-c-rules = What must the school do before it may remove my child?
removal-c-disagree = There is a decision and I do not agree with it
removal-c-letter = I want help with a letter of objection
removal-c-support = My child needs extra support
removal-c-home-over-4-weeks = My child has been at home for more than 4 weeks

removal-rules =
    A school may not simply remove a pupil. The school must:
    - first hear you, your child and the teacher or teachers;
    - give the decision in writing, with the reasons;
    - inform the Inspectie (the education inspectorate) and the leerplichtambtenaar (school attendance officer). A secondary school must consult the Inspectie before it decides;
    - first find another school that will admit your child. Only then may the removal become final. Until then your child stays enrolled and the school stays responsible for the education.
    Does the school take your child off its register without you asking for it? That counts as removal too.
    A secondary school may not remove a pupil in the middle of the school year because of low marks.
    Questions? { $oco }
    This is general information, not legal advice.

removal-disagree =
    This is a difficult situation. There is something you can do:
    - Lodge a written objection (bezwaar) with the school board within 6 weeks. You may also explain your objection in person and see the file. The board usually decides within 4 weeks after those 6 weeks.
    - You can also go to the Geschillencommissie Passend Onderwijs (the disputes committee for inclusive education) within 6 weeks. It is free. The committee gives its advice within 10 weeks. Do you go to the committee? Then the school board decides on your objection only once that advice is there.
    - During the objection the school may keep your child out of school. But your child stays enrolled, and the school stays responsible for education, such as homework and guidance.
    - Very urgent? At a public (openbare) school you ask the administrative court for a voorlopige voorziening (a quick, temporary decision). At a bijzondere school, such as a Christian or Islamic school, it is a kort geding (summary proceedings) at the civil court, with a lawyer. Juridisch Loket (legal aid desk): 0900-8020.
    Advice: { $oco }. Or the Onderwijsconsulenten (independent education consultants): 070-312 28 87 (not while a court case is running).
    This is general information, not legal advice.

# A checklist for a letter of objection (OCO). Also used in the flow suspension.
removal-letter =
    This is how you write a letter of objection (bezwaarbrief). Put in it:
    - your name and address;
    - the name and address of the school and of the school board;
    - your child's name;
    - which decision it is about, with the date of that decision;
    - why you disagree with it;
    - that you ask for a new decision;
    - that you would like to explain your objection in person;
    - the date and your signature.
    Send the letter within 6 weeks. You count the 6 weeks from the date of the school's decision. Keep a copy, and ask the school to confirm that it received your letter.
    Help with your letter: { $oco }

removal-support =
    Does your child need extra support? Then the school has the zorgplicht (duty of care): it must make sure there is a suitable place, at this school or at another school that fits.
    - Your child stays enrolled at the current school until a new school actually enrols your child. Until then the current school is responsible for the education.
    - Ask the school which schools it has looked into, whether they can give the support in the OPP (the plan for your child's support), and how long the journey is. Also ask whether the type of school and the denomination you want were taken into account, for example public or Christian.
    - Do you disagree with the removal or with the OPP? Then you can go to the Geschillencommissie Passend Onderwijs (the disputes committee) for free.
    Advice: the Onderwijsconsulenten (independent education consultants), 070-312 28 87 (free).
