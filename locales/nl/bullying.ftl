# Flow: bullying (pesten, onveiligheid op school). Source language: Dutch.
bullying-start =
    Wordt uw kind gepest, of voelt het zich niet veilig op school? Dat is naar. Wat past het best?
bullying-c-bullied = Mijn kind wordt gepest
bullying-c-serious = Het gaat om geweld, seksueel misbruik, discriminatie of heel ernstig pesten
bullying-c-no-action = Ik heb het gemeld, maar de school doet niets
bullying-c-afraid = Mijn kind durft daardoor niet meer naar school, of zit thuis

bullying-bullied =
    Elke school moet zorgen voor een veilige school (Wet veiligheid op school). Daarom heeft elke school:
    - een beleid voor veiligheid en tegen pesten;
    - één persoon die de aanpak van pesten coördineert. Die persoon is ook het aanspreekpunt voor u;
    - elk jaar een meting van hoe veilig leerlingen zich voelen.
    Dit kunt u doen: bespreek het pesten met de leraar of mentor. Helpt dat niet? Vraag naar de anti-pestcoördinator en maak samen afspraken. Schrijf op wat er gebeurt en wanneer.
    U kunt ook praten met de vertrouwenspersoon van de school. Uw kind kan zelf praten met De Kindertelefoon (kindertelefoon.nl).

# Also used in the flow complaint.
bullying-serious =
    Bij geweld, seksueel misbruik, discriminatie of ernstig pesten kunt u de vertrouwensinspecteur bellen: 0900-111 3 111 (werkdagen 8–17, lokaal tarief). Die geeft u advies over wat u kunt doen.
    - Op school kunt u terecht bij de vertrouwenspersoon.
    - Gaat het om discriminatie? Kies in het menu 'Klacht over een leraar of de school, of discriminatie'.
    - Is er een strafbaar feit gebeurd, zoals mishandeling of bedreiging? Ga naar de politie.
    - Is er direct gevaar? Bel 112.

bullying-no-action =
    Doet de school niets met uw melding? Dat is frustrerend. Dit kunt u doen:
    - Praat met de vertrouwenspersoon van de school.
    - Dien een klacht in volgens de klachtenregeling van de school. Vraag de school om die regeling, of kijk in de schoolgids. Veel scholen zijn aangesloten bij een landelijke klachtencommissie; in de schoolgids staat welke.
    - Bij ernstig pesten, geweld of discriminatie: bel de vertrouwensinspecteur, 0900-111 3 111 (werkdagen 8–17, lokaal tarief).
    - Hebt u eerst bij de school zelf geklaagd? Dan kunt u binnen 1 jaar ook naar de Kinderombudsman: 0800-876 54 32.

bullying-afraid =
    Durft uw kind door het pesten niet meer naar school? Dat is heel zwaar, voor uw kind en voor u.
    - De school moet zorgen voor een veilige school, en blijft verantwoordelijk voor het onderwijs. Vraag om een plan: hoe wordt het voor uw kind weer veilig, en welk onderwijs krijgt het tot die tijd?
    - Houdt u uw kind thuis zonder afspraak met de school? Dan telt dat als verzuim. Maak daarom afspraken met de school en leerplicht, en zet ze op papier, bijvoorbeeld in een e-mail. Leerplicht: { $leerplicht }
    - Wilt u naar een andere school? Meld uw kind schriftelijk aan bij die school (kies in het menu 'Aanmelden'). Tot uw kind daar is ingeschreven, blijft de huidige school verantwoordelijk.
    - Is uw kind angstig of somber? Kies in het menu 'Angst, somberheid'. Uw kind kan ook zelf praten met De Kindertelefoon (kindertelefoon.nl).
    - Advies: { $oco }
