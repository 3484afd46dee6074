# Flow: wellbeing (anxiety, low mood, afraid to go to school, illness). Translated from locales/nl/wellbeing.ftl.
wellbeing-start =
    Is your child not doing well? That is worrying. What fits best?
wellbeing-c-crisis = My child thinks about suicide or does not want to live anymore
wellbeing-c-anxious = My child is anxious or low, or is afraid to go to school
wellbeing-c-options = What options for education are there, if school is not working now?
wellbeing-c-exemption = My child cannot go to school at all because of illness or mental health problems
wellbeing-c-fewer-hours = The school wants my child to come for fewer hours
wellbeing-c-home-over-4-weeks = My child has been at home for more than 4 weeks

wellbeing-crisis =
    Does your child think about suicide, or say they do not want to live anymore? Always take that seriously.
    - Call 113 (free) or 0800-0113, or chat at 113.nl. You can also do this together with your child.
    - Is there immediate danger? Call 112.
    - Contact your GP (huisarts) as well. In the evening and at the weekend: the huisartsenpost (out-of-hours GP service).
    - These helplines speak Dutch. You can ask for an interpreter.
    Do not wait for us: Wegwijzer's advisers are not crisis workers and cannot always answer straight away. If in doubt, call 113 or 112.

wellbeing-anxious =
    It is hard when your child is anxious or low. You are not alone in this.
    - Sometimes a child first needs rest to recover, for example after bullying or a bad time at school. Ouders & Onderwijs (the national helpline for parents) sees that pushing for a return to school as soon as possible does not help then. Ask for a plan with small steps.
    - The school stays responsible for your child's education. Ask for a meeting: what does your child need? Let your child also say what they need.
    - Help for your child: through your GP (huisarts), or { $okt }
    - The youth doctor (jeugdarts, from the youth health service, jeugdgezondheidszorg) can help think things through when your child misses a lot of school, and help with the return to school. You can call the youth health service in your municipality yourself.
    - Your child can also talk to De Kindertelefoon (the children's helpline, kindertelefoon.nl) themselves.
    - The school attendance officer (leerplicht) can help think about the return: { $leerplicht }
    - Advice about school: { $oco }

wellbeing-options =
    Is a full day at school not working right now? There are options. The school stays responsible and must look with you for education that fits.
    - Tailored arrangements through the OPP (ontwikkelingsperspectief: the plan for your child's support), for example fewer hours for a while with a plan to build up again. For illness or medical treatment the school does not need to ask the Inspectie for consent. The school draws up the OPP in consultation with you. The part about the support (the handelingsdeel) needs your consent.
    - Ask the school whether distance learning (for a while) or half days are possible.
    - Is your child ill for a long time, or seriously ill? The school still stays responsible for education, also when your child cannot come to school. The school can ask for free help from a consultant for the education of sick pupils (consulent onderwijsondersteuning zieke leerlingen, OZL). More information: ziezon.nl.
    - Some schools offer education and care together, in an onderwijszorgarrangement. Ask the school and the samenwerkingsverband (regional support partnership) whether that is possible: { $swv }
    - Not working out together? Ask the Onderwijsconsulenten (independent education consultants) for free help: 070-312 28 87.
    - An exemption from compulsory education is the last step. With an exemption the school no longer has to give your child any education. Fewer hours are also possible without an exemption, through the OPP.

wellbeing-exemption =
    Can your child not go to school at all for physical or psychological reasons? Then an exemption from compulsory education is possible (article 5 under a).
    - You need a statement from an independent doctor, psychologist or educationalist appointed by the municipality. It may not be your own GP or your child's own therapist.
    - The exemption is valid for 1 year. Usually you must arrange it again every year before 1 July.
    - The school attendance officer tells you how it works: { $leerplicht }
    Note: with an exemption your child no longer has to go to school, and the school no longer has to give education. Can your child manage part of the time? Then fewer hours are possible through the OPP (the plan for your child's support), without an exemption. First discuss with the school and an adviser what fits best.
