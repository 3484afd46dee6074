# Flow: wellbeing (angst, somberheid, niet naar school durven). Source language: Dutch.
wellbeing-start =
    Gaat het niet goed met uw kind? Wat past het best?
wellbeing-c-crisis = Mijn kind denkt aan zelfdoding of wil niet meer leven
wellbeing-c-anxious = Mijn kind is angstig of somber, of durft niet naar school
wellbeing-c-exemption = Mijn kind kan door ziekte of psychische problemen helemaal niet naar school
wellbeing-c-fewer-hours = De school wil dat mijn kind minder uren komt
wellbeing-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

wellbeing-crisis =
    Denkt uw kind aan zelfdoding, of zegt het dat het niet meer wil leven? Neem dat altijd serieus.
    - Bel 113 (gratis) of 0800-0113, of chat via 113.nl. Dat kan ook samen met uw kind.
    - Is er direct gevaar? Bel 112.
    - Neem ook contact op met uw huisarts.
    Ik geef uw vraag nu met voorrang door aan een adviseur.

wellbeing-anxious =
    Angst, somberheid of niet naar school durven: u staat er niet alleen voor.
    - Vraag de school om een gesprek over een plan: wat heeft uw kind nodig om (weer) naar school te gaan? De school blijft verantwoordelijk voor het onderwijs van uw kind.
    - Zoek hulp via de huisarts of via uw gemeente. In Amsterdam is dat het Ouder- en Kindteam; vaak is er ook een ouder- en kindadviseur op school.
    - De leerplichtambtenaar kan meedenken over de terugkeer naar school.
    - Advies over school: Ouders & Onderwijs, 0800-5010.

wellbeing-exemption =
    Kan uw kind door lichamelijke of psychische redenen helemaal niet naar school? Dan is een vrijstelling van de leerplicht mogelijk (artikel 5 onder a).
    - U hebt een verklaring nodig van een onafhankelijke arts, psycholoog of pedagoog die de gemeente aanwijst. Uw eigen huisarts of behandelaar mag dat niet zijn.
    - De vrijstelling geldt 1 jaar. Meestal moet u haar elk jaar vóór 1 juli opnieuw regelen.
    - De leerplichtambtenaar van uw gemeente vertelt u hoe het werkt.
    Let op: met een vrijstelling hoeft uw kind niet meer naar school. Bespreek eerst met de school en een adviseur wat dat betekent voor onderwijs en hulp.
