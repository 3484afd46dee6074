# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl.
# { $leerplicht }, { $swv }, { $oco }, { $okt } are the region's contacts (flows/regions/), or main.ftl's contact-*-elsewhere.
home_without_school-start =
    I am sorry your child is at home without school. I would like to help. What fits best?
home_without_school-c-short = My child has been at home for less than 4 weeks
home_without_school-c-long = My child has been at home for more than 4 weeks
home_without_school-c-not-enrolled = My child is not enrolled at any school
home_without_school-c-ill = My child is ill, anxious or afraid to go to school
home_without_school-c-fine = The school or the attendance officer threatens a fine or an official report
home_without_school-c-veilig-thuis = The school or the attendance officer threatens to report us to Veilig Thuis

home_without_school-short =
    The school where your child is enrolled stays responsible for your child's education, also while your child is at home. The samenwerkingsverband (the schools of your region that arrange inclusive education together) must make sure there is a suitable place.
    This is what you can do:
    - Ask the school in writing for a meeting within two weeks with the school, the samenwerkingsverband and the attendance officer. Ask for one fixed contact person and a written plan: when will your child go back to school, and what education does your child get until then?
    - The school attendance officer (leerplicht) helps with the return to school and can mediate: { $leerplicht }
    - Samenwerkingsverband: { $swv }
    - Write down what happens: dates, meetings and how many hours of lessons your child gets.
    - Advice: { $oco }

# Also the answer to "my child has been home more than 4 weeks" in other flows: the steps first, then the adviser.
home_without_school-long-steps =
    It is hard that your child has been at home for so long. You are not alone in this. This is what you can do now:
    - Sign up straight away with the Onderwijsconsulenten (independent education consultants, free): 070-312 28 87, weekdays 9:00–12:30 and 13:30–16:30, or through the quickscan on onderwijsconsulenten.nl. It can take several weeks before they call you back, so do not wait to sign up.
    - They usually ask whether you have talked to the school and the samenwerkingsverband (the schools of your region that arrange inclusive education together) first. Does your child get no education at all? Say so when you sign up.
    - Contact the school attendance officer (leerplicht): { $leerplicht }
    - Ask the samenwerkingsverband to help search: { $swv }
    - Write down what happens: dates, meetings and how many hours of lessons your child gets.
    - Nothing happens? Tell the Inspectie (the education inspectorate): 088-669 60 60 (Mon–Fri 9–12 and 13–16). This is a signal; the Inspectie does not solve your case itself.
    - Have you complained to the school and it does not help? Then you can go to the Kinderombudsman (Children's Ombudsman) within 1 year: 0800-876 54 32.
    Would you like an adviser to look at it with you? Choose that below.

home_without_school-not-enrolled =
    Is your child not enrolled at any school, and has no exemption? That is called 'absoluut verzuim' (absolute absence). By law, you as a parent are responsible for enrolling your child. You can get help with that.
    - Apply to a school in writing as soon as possible, also if your child has no BSN yet. Does your child need extra support? Write that down too. Then that school has the zorgplicht (duty of care): it must make sure there is a suitable place.
    - Please note: while the school is still deciding (up to 10 weeks), it does not have to teach your child yet. So contact the school attendance officer (leerplicht) straight away: { $leerplicht }
    - Did the school take your child off its register without you asking for it? That counts as removal. Choose 'The school wants to remove my child' in the menu.
    - Does nobody cooperate? Then the attendance officer can draw up an official report (proces-verbaal). So keep in touch with the attendance officer and the school.
    - Advice: Onderwijsconsulenten 070-312 28 87 (free), or { $oco }

home_without_school-veilig-thuis =
    Are you frightened by the threat of Veilig Thuis? That is understandable.
    - Not going to school is on its own no reason for a report to Veilig Thuis. That is what Ingrado, the association of school attendance officers, says. Threatening such a report is not appropriate.
    - Does the school still want to make a report? Then the school should discuss it with you first.
    - Veilig Thuis is the advice and reporting centre for domestic violence and child abuse. It is not the police.
    - Ask in a meeting what exactly the concerns are, and ask for a plan for your child's education.
    - Do you feel the school was not careful? Then you can make a complaint. Choose 'A complaint about a teacher or the school' in the menu.
    - Advice: Ouders & Onderwijs (the national helpline for parents) 0800-5010 (free), or the Onderwijsconsulenten (independent education consultants) 070-312 28 87.
    This is general information, not legal advice.
