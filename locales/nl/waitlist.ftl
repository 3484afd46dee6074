# Flow: waitlist (wachtlijst speciaal onderwijs of jeugdhulp, onderwijs en zorg, dagbesteding). Source language: Dutch.
waitlist-start =
    Wachten is zwaar, zeker als uw kind ondertussen thuis zit. Waar wacht uw kind op?
    Gaat het om een plek waar onderwijs en zorg samen gaan, of weet u het niet precies? Kies dan 'Onderwijs en zorg samen'.
waitlist-c-school = Een plek in het speciaal (basis)onderwijs
waitlist-c-care = Jeugdhulp, onderzoek of behandeling
waitlist-c-tlv = Een toelaatbaarheidsverklaring (TLV)
waitlist-c-both = Onderwijs en zorg samen, of school en zorg wijzen naar elkaar
waitlist-c-dagbesteding = Dagbesteding: moet de school daarbij helpen?
waitlist-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

waitlist-school =
    Wachten op een plek is zwaar. Ook in die tijd heeft uw kind recht op onderwijs.
    - Zolang uw kind wacht, blijft de school waar uw kind nu ingeschreven staat verantwoordelijk. Dat heet de zorgplicht: de school moet zorgen voor passend onderwijs. Dat blijft zo tot een nieuwe school uw kind echt inschrijft.
    - Vraag de school om een tussenoplossing: onderwijs en begeleiding tot er een plek is. Vraag het op papier.
    - Het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) moet zorgen dat elk kind een passende plek heeft. Vraag om mee te zoeken: { $swv }
    - Krijgt uw kind in de tussentijd geen of weinig les? Bel de Onderwijsconsulenten: 070-312 28 87 (gratis).

waitlist-care =
    De gemeente moet jeugdhulp geven als uw kind die nodig heeft. Dat staat in de Jeugdwet.
    - Vraag de hulp aan bij uw gemeente: { $okt }
    - Staat uw kind op een wachtlijst voor hulp? Vraag de gemeente wat er kan tot de hulp begint, en of er een andere aanbieder is met een kortere wachttijd.
    - Bent u het niet eens met een besluit van de gemeente? Maak dan binnen 6 weken bezwaar.
    - Ook tijdens het wachten blijft de school verantwoordelijk voor het onderwijs van uw kind. Vraag de school om een tussenoplossing.

waitlist-tlv =
    Voor het speciaal basisonderwijs (sbo) en het speciaal onderwijs (so en vso) is een TLV nodig: een toelaatbaarheidsverklaring. Daarin staat dat uw kind naar zo'n school mag.
    - Het schoolbestuur vraagt de TLV aan bij het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen). Dat vraagt advies aan 2 deskundigen.
    - Het samenwerkingsverband bepaalt zelf de regels en hoe lang de TLV geldt.
    - Is de TLV nog niet aangevraagd, of duurt het lang? Vraag de school schriftelijk wanneer het gebeurt. Gebeurt er niets? Neem contact op met de Onderwijsconsulenten (070-312 28 87, gratis) en met het samenwerkingsverband: { $swv }
    - Bent u het niet eens met het besluit? Maak binnen 6 weken bezwaar bij het samenwerkingsverband. Een landelijke commissie (LBT) geeft daarover advies.

waitlist-both =
    Soms zeggen school en zorg allebei dat de ander aan zet is ('wat is voorliggend?'). Dat is ingewikkeld, en u hoeft dat niet alleen uit te zoeken.
    - De school waar uw kind ingeschreven staat, blijft verantwoordelijk voor het onderwijs, ook tijdens het wachten.
    - De gemeente moet zorgen voor jeugdhulp als uw kind die nodig heeft: { $okt }
    - Vraag om één gesprek met school, samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) en gemeente of zorgaanbieder samen, met één vaste contactpersoon voor u.
    - De onderwijszorgconsulenten van de Onderwijsconsulenten helpen gratis bij vragen over onderwijs en zorg samen: 070-312 28 87.
    Wilt u dat een adviseur met u meekijkt? Kies dat hieronder.

waitlist-dagbesteding =
    Heeft uw kind een vrijstelling van de leerplicht, en zoekt u dagbesteding (een plek met begeleiding overdag)? Dagbesteding is meestal zorg, geen onderwijs. Dan regelt de gemeente het (Jeugdwet), of soms de Wet langdurige zorg (Wlz). De zorgplicht van de school (de plicht om te zorgen voor passend onderwijs) gaat over onderwijs, niet over zorg.
    - Heeft uw kind geen vrijstelling? Dan blijft de school verantwoordelijk voor het onderwijs van uw kind.
    - Vraag dagbesteding aan bij uw gemeente: { $okt }
    - Hoe het voor uw kind zit, verschilt per situatie. Laat een adviseur met u meekijken: kies dat hieronder.
