# Flow: complaint (klacht over een leraar of de school; discriminatie door personeel). Source language: Dutch.
complaint-start =
    Hebt u een klacht over een leraar, iemand anders van de school of de school zelf? Het is goed dat u er iets mee doet. Wat past het best?
    Gaat het om een schorsing, een verwijdering of een weigering? Kies dan dat onderwerp in het menu: daar is bezwaar de weg.
complaint-c-talk = Ik wil eerst weten hoe ik het bespreek met de school
complaint-c-formal = Praten hielp niet: ik wil een officiële klacht indienen
complaint-c-discrimination = Mijn kind wordt gediscrimineerd door iemand van de school
complaint-c-serious = Het gaat om geweld, seksueel misbruik of heel ernstig pesten

complaint-talk =
    Vaak helpt het om eerst te praten. Zo pakt u het aan:
    - Maak een afspraak met de leraar of mentor. Vertel rustig wat er gebeurde en wat u anders wilt.
    - Helpt dat niet? Vraag een gesprek met de directeur.
    - U kunt ook praten met de vertrouwenspersoon van de school. Die luistert en helpt u verder. Vraag de school wie dat is.
    - Schrijf op wat er gebeurde en wanneer. Stuur na elk gesprek een korte e-mail met wat er is afgesproken.
    - Advies: { $oco }

complaint-formal =
    Lost praten het niet op? Dan kunt u een officiële klacht indienen.
    - Elke school heeft een klachtenregeling. Vraag de school erom, of kijk in de schoolgids. Daarin staat ook bij welke klachtencommissie de school hoort. Veel scholen zijn aangesloten bij een landelijke klachtencommissie.
    - Schrijf in uw klacht: wat er gebeurde, wanneer, wat u al hebt gedaan, en wat u wilt bereiken.
    - Gaat het om de ondersteuning van uw kind? Dan is de klachtencommissie ook de plek. Gaat het om een verwijdering, een weigering of het OPP (het plan voor de ondersteuning van uw kind)? Dan kunt u gratis naar de Geschillencommissie Passend Onderwijs.
    - Hebt u eerst bij de school geklaagd, en bent u niet tevreden? Dan kunt u binnen 1 jaar naar de Kinderombudsman: 0800-876 54 32.
    - De Inspectie lost uw klacht niet zelf op, maar u kunt een signaal geven: 088-669 60 60 (ma–vr 9–12 en 13–16).
    Dit is algemene informatie, geen juridisch advies.

complaint-discrimination =
    Wordt uw kind gediscrimineerd door iemand van de school? Dat mag niet. Het is goed dat u er iets mee doet.
    - Schrijf op wat er gebeurde, wanneer, en wie erbij was.
    - Praat met de vertrouwenspersoon van de school. Dien zo nodig een klacht in volgens de klachtenregeling van de school.
    - Bel de vertrouwensinspecteur van de Inspectie: 0900-111 3 111 (werkdagen 8–17, lokaal tarief). Die geeft advies bij discriminatie, geweld, seksueel misbruik en ernstig pesten.
    - U kunt discriminatie ook melden bij een meldpunt discriminatie, via Discriminatie.nl.
    - U kunt het College voor de Rechten van de Mens vragen om een oordeel over de discriminatie.
    - Is er een strafbaar feit gebeurd, zoals bedreiging of mishandeling? Ga naar de politie. Direct gevaar: bel 112.
