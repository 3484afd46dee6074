# Flow: home_education (home education, exemption 5 under b). Translated from locales/nl/home_education.ftl.
# Home education is not the same as being at home without school: keep the two apart.
home_education-start =
    Home education means: you choose yourself to teach your child at home. That is not the same as a child being at home without school. What would you like to know?
home_education-c-rules = I want to educate my child at home myself
home_education-c-thuiszitter = My child is at home because school is not working out
home_education-c-school-says = The school says I must teach my child at home
home_education-c-ill = Exemption because my child is ill or cannot go to school for psychological reasons
home_education-c-what-now = What can I do if my child is at home?

home_education-rules =
    Home education is only possible with an exemption from compulsory education under article 5 under b of the Leerplichtwet (Compulsory Education Act). That is only possible if you object to the religious or ideological character of all schools within a reasonable distance of your home.
    - Disagreeing with the way of teaching is not a valid reason.
    - You must notify the municipality of the exemption in time. Ask the school attendance officer how and when: { $leerplicht }
    - Is your child enrolled at a school now? Then you usually cannot simply switch to home education in the middle of the school year.
    Note: home education is not the same as being at home without school. Is your child at home because school is not working out? Then choose 'My child is at home without school' in the menu.

home_education-thuiszitter =
    Then your child is a thuiszitter (a child at home without school). That is not the same as home education, and the difference matters:
    - The school where your child is enrolled and the samenwerkingsverband (the schools of your region that arrange inclusive education together) stay responsible for suitable education.
    - You do not have to take over the teaching yourself.
    - Some parents apply for an exemption out of necessity. That has consequences: the school then no longer has to provide education. Discuss it with an adviser first.
    What would you like to do?

home_education-school-says =
    No, the school cannot make you teach your child at home. The school stays responsible for the education, also when your child is (partly) at home. That is not home education.
    This is what you can do:
    - Ask the school in writing what education your child gets and who provides it.
    - Tell the school attendance officer (leerplicht): { $leerplicht }. And the samenwerkingsverband (regional support partnership): { $swv }
    - Get advice from Ouders & Onderwijs (the national helpline for parents, 0800-5010) or the Onderwijsconsulenten (070-312 28 87).

home_education-ill =
    Can your child not go to school for physical or psychological reasons? Then it is about a different exemption: article 5 under a.
    - You need a statement from an independent doctor, psychologist or educationalist appointed by the municipality. It may not be your own GP or your child's own therapist.
    - The exemption is valid for 1 year. Usually you must arrange it again every year before 1 July.
    - Can your child manage part of the time at school? Then fewer hours are also possible without an exemption, through the OPP (the plan for your child's support).
    Note: with an exemption your child no longer has to go to school, and the school no longer has to give education. First discuss with the school, the leerplichtambtenaar (school attendance officer) and an adviser what that means for education and help.
