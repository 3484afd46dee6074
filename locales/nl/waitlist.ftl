# Flow: waitlist (wachtlijst speciaal onderwijs of jeugdhulp). Source language: Dutch.
waitlist-start =
    Staat uw kind op een wachtlijst? Waar wacht uw kind op?
waitlist-c-school = Een plek in het speciaal (basis)onderwijs
waitlist-c-care = Jeugdhulp, onderzoek of behandeling
waitlist-c-tlv = Een toelaatbaarheidsverklaring (TLV)
waitlist-c-both = School en zorg wijzen naar elkaar
waitlist-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

waitlist-school =
    Zolang uw kind wacht, blijft de school waar uw kind nu ingeschreven staat verantwoordelijk (de zorgplicht). Dat blijft zo tot een nieuwe school uw kind echt inschrijft.
    Dit kunt u doen:
    - Vraag de school om een tussenoplossing: onderwijs en begeleiding tot er een plek is.
    - Het samenwerkingsverband moet zorgen dat elk kind in de regio een passende plek heeft. Vraag het samenwerkingsverband om mee te zoeken.
    - Krijgt uw kind in de tussentijd geen of weinig les? Bel de Onderwijsconsulenten: 070-312 28 87 (gratis).

waitlist-care =
    De gemeente moet jeugdhulp geven als uw kind die nodig heeft.
    - Vraag de hulp aan bij uw gemeente. In Amsterdam gaat dat via het Ouder- en Kindteam, ook via de ouder- en kindadviseur op school.
    - Bent u het niet eens met een besluit van de gemeente? Maak dan binnen 6 weken bezwaar.
    - Ook tijdens het wachten blijft de school verantwoordelijk voor het onderwijs van uw kind. Vraag de school om een tussenoplossing.

waitlist-tlv =
    Voor het speciaal basisonderwijs (sbo) en het (voortgezet) speciaal onderwijs (so/vso) is een toelaatbaarheidsverklaring (TLV) nodig.
    - Het schoolbestuur vraagt de TLV aan bij het samenwerkingsverband. Dat vraagt advies aan 2 deskundigen.
    - Het samenwerkingsverband bepaalt zelf de regels en hoe lang de TLV geldt.
    - Bent u het niet eens met het besluit? Maak binnen 6 weken bezwaar bij het samenwerkingsverband. Een landelijke commissie (LBT) geeft daarover advies.
    - Duurt het lang? Vraag de school en het samenwerkingsverband hoe ver de aanvraag is.

waitlist-both =
    Soms zeggen school en zorg allebei dat de ander aan zet is ('wat is voorliggend?'). Dat is ingewikkeld, en u hoeft dat niet alleen uit te zoeken.
    Ik geef uw vraag door aan een adviseur. Ook de onderwijszorgconsulenten van de Onderwijsconsulenten (070-312 28 87) helpen bij zulke vragen.
