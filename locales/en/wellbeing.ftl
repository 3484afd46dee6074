# Flow: wellbeing (anxiety, low mood, afraid to go to school). Translated from locales/nl/wellbeing.ftl.
wellbeing-start =
    Is your child not doing well? What fits best?
wellbeing-c-crisis = My child thinks about suicide or does not want to live anymore
wellbeing-c-anxious = My child is anxious or low, or is afraid to go to school
wellbeing-c-exemption = My child cannot go to school at all because of illness or mental health problems
wellbeing-c-fewer-hours = The school wants my child to come for fewer hours
wellbeing-c-home-over-4-weeks = My child has been at home for more than 4 weeks

wellbeing-crisis =
    Does your child think about suicide, or say they do not want to live anymore? Always take that seriously.
    - Call 113 (free) or 0800-0113, or chat at 113.nl. You can also do this together with your child.
    - Is there immediate danger? Call 112.
    - Contact your GP (huisarts) as well.
    I am passing your question to an adviser with priority now.

wellbeing-anxious =
    Anxiety, low mood or being afraid to go to school: you are not alone in this.
    - Ask the school for a meeting about a plan: what does your child need to go (back) to school? The school stays responsible for your child's education.
    - Find help through your GP (huisarts) or your municipality. In Amsterdam that is the Ouder- en Kindteam (parent and child team); there is often also a parent and child adviser at school.
    - The leerplichtambtenaar (school attendance officer) can help think about the return to school.
    - Advice about school: Ouders & Onderwijs, 0800-5010.

wellbeing-exemption =
    Can your child not go to school at all for physical or psychological reasons? Then an exemption from compulsory education is possible (article 5 under a).
    - You need a statement from an independent doctor, psychologist or educationalist appointed by the municipality. It may not be your own GP or your child's own therapist.
    - The exemption is valid for 1 year. Usually you must arrange it again every year before 1 July.
    - The leerplichtambtenaar (school attendance officer) of your municipality tells you how it works.
    Note: with an exemption your child no longer has to go to school. First discuss with the school and an adviser what that means for education and help.
