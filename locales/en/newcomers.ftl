# Flow: newcomers. Translated from locales/nl/newcomers.ftl.
newcomers-start =
    Are you new in the Netherlands? Every child who lives in the Netherlands has the right to education. What would you like to know?
newcomers-c-rights = May my child go to school without a residence permit or BSN?
newcomers-c-school = Which school or class suits my child?
newcomers-c-support = Besides the language, my child also needs extra help
newcomers-c-6-12 = 6 to 12 years
newcomers-c-12-18 = 12 to 18 years
newcomers-c-under-6 = Younger than 6

newcomers-rights =
    Yes. Every child who lives in the Netherlands has the right to education, with or without a residence permit or BSN (citizen service number).
    - Compulsory education (leerplicht) applies to your child too, also without a BSN.
    - A school may not refuse your child because you have no residence permit.
    - Children of asylum seekers must be in school within 3 months.
    Is it not working out? Contact the leerplichtambtenaar (school attendance officer) of your municipality, or call Ouders & Onderwijs: 0800-5010. In Amsterdam: OCO 020-330 63 20.

newcomers-age = How old is your child?

newcomers-primary =
    In Amsterdam, children aged 6 to 12 who do not speak Dutch yet and have been in the Netherlands for less than 1 year first go to a nieuwkomersklas (newcomers' class).
    - You apply to an ordinary primary school (the home school). That school arranges the place in the newcomers' class through the Centraal meldpunt nieuwkomers po (central newcomers' desk).
    - Do you live somewhere else? Ask the municipality or a primary school nearby how it works there.
    Help in Amsterdam: OCO 020-330 63 20. Elsewhere: Ouders & Onderwijs 0800-5010.

newcomers-secondary =
    In Amsterdam, young people aged 12 to 18 who do not speak Dutch yet go to an Internationale Schakelklas (ISK, international transition class) or an EOA class.
    - You apply yourself, directly at a secondary school with such a class.
    - Do you live somewhere else? Ask the municipality or a secondary school nearby how it works there.
    Help in Amsterdam: OCO 020-330 63 20. Elsewhere: Ouders & Onderwijs 0800-5010.

newcomers-support =
    Does your child need other help besides learning Dutch? Then it is sometimes hard to find a suitable place. You do not have to sort it out alone.
    I am passing your question to an adviser.
