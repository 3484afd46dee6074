# Flow: newcomers. Translated from locales/nl/newcomers.ftl.
newcomers-start =
    Are you new in the Netherlands? Every child who lives in the Netherlands has the right to education. What would you like to know?
newcomers-c-rights = May my child go to school without a residence permit or BSN?
newcomers-c-school = Which school or class suits my child?
newcomers-c-azc = We live in an asylum seekers' centre (azc) or emergency shelter
newcomers-c-ukraine = We come from Ukraine
newcomers-c-support = Besides the language, my child also needs extra help
newcomers-c-under-6 = Younger than 6
newcomers-c-6-12 = 6 to 12 years (basisschool, primary school)
newcomers-c-12-16 = 12 to 16 years (middelbare school, secondary school)
newcomers-c-16-18 = 16 or 17 years

newcomers-rights =
    Yes. Every child who lives in the Netherlands has the right to education, with or without a residence permit or BSN (citizen service number).
    - Compulsory education (leerplicht) applies to your child too, also without a BSN.
    - You can apply to a school without a BSN. A school may not refuse your child because you have no residence permit.
    - Children of asylum seekers must go to school as soon as possible, and within 3 months at the latest. Compulsory education applies straight away.
    Is it not working out? Contact the school attendance officer (leerplicht): { $leerplicht }. Or get advice: { $oco }
    These organisations speak Dutch. You can ask for an interpreter.

newcomers-age = How old is your child?

newcomers-under-6 =
    Children may go to basisschool (primary school) from age 4. Compulsory education starts on the first school day of the month after your child turns 5.
    - Apply in good time to a primary school nearby, preferably at least 10 weeks before your child wants to start. You can also do that without a BSN.
    - Does your child not speak Dutch yet? Ask the school what help there is.
    - Questions? { $oco }

newcomers-primary =
    In Amsterdam, children aged 6 to 12 who do not speak Dutch yet and have been in the Netherlands for less than 1 year first go to a nieuwkomersklas (newcomers' class).
    - You apply to an ordinary primary school (the home school, stamschool). That school arranges the place in the newcomers' class through the Centraal meldpunt nieuwkomers po (central newcomers' desk).
    - You can also do that without a BSN.
    Help: { $oco }

newcomers-primary-elsewhere =
    Apply to a primary school (basisschool) nearby. You can also do that without a BSN.
    - Does your child not speak Dutch yet? Ask the school or the municipality how it works in your municipality, for example with a newcomers' class.
    - The school attendance officer helps if it does not work out: { $leerplicht }
    Help: { $oco }

newcomers-secondary =
    In Amsterdam, young people aged 12 to 18 who do not speak Dutch yet go to an Internationale Schakelklas (ISK, international transition class) or another class for newcomers.
    - You apply yourself, directly at a secondary school with such a class.
    - You can also do that without a BSN.
    Help: { $oco }

newcomers-secondary-elsewhere =
    Apply to a secondary school (middelbare school) nearby. You can also do that without a BSN.
    - Does your child not speak Dutch yet? Ask the school or the municipality which class for newcomers there is, for example an Internationale Schakelklas (ISK, international transition class).
    - The school attendance officer helps if it does not work out: { $leerplicht }
    Help: { $oco }

newcomers-older =
    Young people of 16 and 17 must also go to school. Until they are 18 the kwalificatieplicht applies: school until they have a startkwalificatie (basic qualification). That is a havo, vwo or mbo diploma (level 2 or higher).
    - In Amsterdam, young people up to 18 can go to an Internationale Schakelklas (ISK, international transition class). You apply directly at a secondary school with such a class.
    - Do you live somewhere else? Ask the municipality which school or course fits.
    - The school attendance officer helps you further: { $leerplicht }
    Help: { $oco }

newcomers-azc =
    Do you live in an asylum seekers' centre (azc) or emergency shelter? Your child still has the right to education, whatever your residence status, wherever you live and however long you stay.
    - Children of asylum seekers must go to school as soon as possible, and within 3 months at the latest. Compulsory education applies straight away.
    - Most azc's have a fixed primary school nearby. You may also choose a school yourself. Young people aged 12 to 18 usually go to an Internationale Schakelklas (ISK, international transition class) first.
    - Ask the staff at your shelter (in an azc: COA, the agency that runs it) or the school attendance officer of the municipality where the shelter is which school your child can go to.
    - Attendance officer: { $leerplicht }
    - Not working out? Call Ouders & Onderwijs (the national helpline for parents): 0800-5010 (free). They speak Dutch; you can ask for an interpreter.

newcomers-ukraine =
    Do you come from Ukraine? Dutch compulsory education (leerplicht) applies to your child too, just as it does to all other children in the Netherlands. Your child always has the right to education, whatever your residence status.
    - Apply to a Dutch school near you. This is also possible without a BSN (citizen service number).
    - Does your child also follow online lessons from a school in Ukraine? Even then, your child must be enrolled at a school in the Netherlands.
    - Do you live in a shelter run by the municipality? Then the municipality can help you find a place at a school. You may also choose a school yourself.
    - School attendance officer (leerplicht): { $leerplicht }
    - Help: { $oco }
    These organisations speak Dutch. You can ask for an interpreter.

newcomers-support =
    Does your child need other help besides learning Dutch? Then it is sometimes hard to find a suitable place. You do not have to sort it out alone.
    I am passing your question to an adviser.
