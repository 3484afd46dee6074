# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl.
home_without_school-start =
    Is your child at home without school? For how long?
home_without_school-c-short = Less than 4 weeks
home_without_school-c-long = More than 4 weeks
home_without_school-c-not-enrolled = My child is not enrolled at any school
home_without_school-c-veilig-thuis = The school or the attendance officer threatens to report us to Veilig Thuis
home_without_school-c-self = First read what I can do myself

home_without_school-short =
    The school where your child is enrolled stays responsible for your child's education. The samenwerkingsverband (regional support partnership) must make sure there is a suitable place.
    This is what you can do:
    - Ask the school in writing for a meeting and a plan: when will your child go back to school, and what education does your child get until then?
    - Contact the leerplichtambtenaar (school attendance officer). They help with the return to school and can mediate.
    - Ask the samenwerkingsverband to help think it through.
    - Advice: Ouders & Onderwijs 0800-5010. In Amsterdam: OCO 020-330 63 20.

home_without_school-long =
    Has your child been at home for more than 4 weeks, without an exemption? Then your child is a thuiszitter (a child at home without school). You can now also ask the Onderwijsconsulenten for free help.
    What would you like to do?

home_without_school-long-steps =
    This is what you can do:
    - Ask the Onderwijsconsulenten for free help: 070-312 28 87 (weekdays 9:00–12:30 and 13:30–16:30), or through the quickscan on their website.
    - They usually ask whether you have talked to the school and the samenwerkingsverband (regional support partnership) first. Does your child get no education at all? Then that is not needed first.
    - Keep in touch with the school and the leerplichtambtenaar (school attendance officer), and ask for a written plan.
    - Nothing happens? Tell the Inspectie: 088-669 60 60. This is a signal; the Inspectie does not solve your case itself.

home_without_school-not-enrolled =
    Is your child not enrolled at any school, and has no exemption? That is called 'absoluut verzuim' (absolute absence). Your child must then be enrolled again as soon as possible.
    This is what you can do:
    - Apply to a school in writing. Does your child need extra support? Write that down too. Then that school has the zorgplicht (duty of care).
    - Contact the leerplichtambtenaar (school attendance officer) of your municipality. They can help.
    - Advice: Onderwijsconsulenten 070-312 28 87 or Ouders & Onderwijs 0800-5010.

home_without_school-veilig-thuis =
    Not going to school is on its own no reason for a report to Veilig Thuis (the advice and reporting centre for domestic violence and child abuse). That is what Ingrado, the association of school attendance officers, says. Threatening such a report is not appropriate.
    - Does the school still want to make a report? Then the school must discuss it with you first.
    - Ask in a meeting what exactly the concerns are, and ask for a plan for your child's education.
    - Advice: Ouders & Onderwijs 0800-5010 or the Onderwijsconsulenten 070-312 28 87.
