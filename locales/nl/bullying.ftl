# Flow: bullying (pesten, onveiligheid op school). Source language: Dutch.
bullying-start =
    Wordt uw kind gepest, of voelt het zich niet veilig op school? Wat past het best?
bullying-c-bullied = Mijn kind wordt gepest
bullying-c-serious = Het gaat om geweld, seksueel misbruik, discriminatie of heel ernstig pesten
bullying-c-no-action = Ik heb het gemeld, maar de school doet niets
bullying-c-afraid = Mijn kind durft daardoor niet meer naar school

bullying-bullied =
    Elke school moet zorgen voor een veilige school (Wet veiligheid op school). Daarom heeft elke school:
    - een beleid voor veiligheid en tegen pesten;
    - één persoon die de aanpak van pesten coördineert. Die persoon is ook het aanspreekpunt voor u;
    - elk jaar een meting van hoe veilig leerlingen zich voelen.
    Dit kunt u doen: bespreek het pesten met de leraar of mentor. Helpt dat niet? Vraag naar de anti-pestcoördinator en maak samen afspraken. Schrijf op wat er gebeurt en wanneer.
    U kunt ook praten met de vertrouwenspersoon van de school.

bullying-serious =
    Bij geweld, seksueel misbruik, discriminatie of ernstig pesten kunt u de vertrouwensinspecteur bellen: 0900-111 3 111. Die geeft u advies over wat u kunt doen.
    - Op school kunt u terecht bij de vertrouwenspersoon.
    - Is er een strafbaar feit gebeurd, zoals mishandeling of bedreiging? Ga naar de politie.
    - Is er direct gevaar? Bel 112.

bullying-no-action =
    Doet de school niets met uw melding? Dit kunt u doen:
    - Praat met de vertrouwenspersoon van de school.
    - Dien een klacht in volgens de klachtenregeling van de school. Vraag de school om die regeling.
    - Bij ernstig pesten, geweld of discriminatie: bel de vertrouwensinspecteur, 0900-111 3 111.
    - Hebt u eerst bij de school zelf geklaagd? Dan kunt u binnen 1 jaar ook naar de Kinderombudsman: 0800-876 54 32.
