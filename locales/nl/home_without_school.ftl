# Flow: home_without_school (thuiszitten). Source language: Dutch.
home_without_school-start =
    Zit uw kind thuis zonder school? Hoe lang al?
home_without_school-c-short = Korter dan 4 weken
home_without_school-c-long = Langer dan 4 weken
home_without_school-c-not-enrolled = Mijn kind staat op geen enkele school ingeschreven
home_without_school-c-veilig-thuis = School of leerplicht dreigt met Veilig Thuis
home_without_school-c-self = Eerst lezen wat ik zelf kan doen

home_without_school-short =
    De school waar uw kind ingeschreven staat, blijft verantwoordelijk voor het onderwijs van uw kind. Het samenwerkingsverband moet zorgen dat er een passende plek is.
    Dit kunt u doen:
    - Vraag de school schriftelijk om een gesprek en een plan: wanneer gaat uw kind weer naar school, en welk onderwijs krijgt het tot die tijd?
    - Neem contact op met de leerplichtambtenaar. Die helpt bij de terugkeer naar school en kan bemiddelen.
    - Vraag het samenwerkingsverband om mee te denken.
    - Advies: Ouders & Onderwijs 0800-5010. In Amsterdam: OCO 020-330 63 20.

home_without_school-long =
    Zit uw kind al meer dan 4 weken thuis, zonder vrijstelling? Dan is uw kind een thuiszitter. U kunt nu ook gratis hulp vragen bij de Onderwijsconsulenten.
    Wat wilt u doen?

home_without_school-long-steps =
    Dit kunt u doen:
    - Vraag gratis hulp aan de Onderwijsconsulenten: 070-312 28 87 (werkdagen 9.00–12.30 en 13.30–16.30), of via de quickscan op hun website.
    - Zij vragen meestal of u eerst met de school en het samenwerkingsverband hebt gepraat. Krijgt uw kind helemaal geen onderwijs? Dan hoeft dat niet eerst.
    - Houd contact met de school en de leerplichtambtenaar, en vraag om een plan op papier.
    - Gebeurt er niets? Geef het door aan de Inspectie: 088-669 60 60. Dat is een signaal; de Inspectie lost uw zaak niet zelf op.

home_without_school-not-enrolled =
    Staat uw kind op geen enkele school ingeschreven, en heeft het geen vrijstelling? Dan heet dat 'absoluut verzuim'. Uw kind moet dan zo snel mogelijk weer ingeschreven worden.
    Dit kunt u doen:
    - Meld uw kind schriftelijk aan bij een school. Heeft uw kind extra ondersteuning nodig? Schrijf dat erbij. Dan heeft die school de zorgplicht.
    - Neem contact op met de leerplichtambtenaar van uw gemeente. Die kan helpen.
    - Advies: Onderwijsconsulenten 070-312 28 87 of Ouders & Onderwijs 0800-5010.

home_without_school-veilig-thuis =
    Alleen het niet naar school gaan is geen reden voor een melding bij Veilig Thuis. Dat zegt Ingrado, de vereniging van leerplichtambtenaren. Dreigen met zo'n melding hoort niet.
    - Wil de school toch een melding doen? Dan moet de school dat eerst met u bespreken.
    - Vraag in een gesprek wat de zorgen precies zijn, en vraag om een plan voor het onderwijs van uw kind.
    - Advies: Ouders & Onderwijs 0800-5010 of de Onderwijsconsulenten 070-312 28 87.
