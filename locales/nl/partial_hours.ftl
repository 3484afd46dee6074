# Flow: partial_hours (aangepast programma, minder uren). Source language: Dutch.
partial_hours-start =
    Mag uw kind maar een deel van de schooltijd naar school? Dat mag alleen onder strenge voorwaarden.
    Staat de kortere schooltijd in een ontwikkelingsperspectief (OPP), en hebt u het handelingsdeel daarvan ondertekend?
partial_hours-c-yes = Ja, er is een OPP en ik heb getekend
partial_hours-c-no = Nee, of ik weet het niet
partial_hours-c-teach-home = De school zegt dat ik mijn kind thuis les moet geven
partial_hours-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken helemaal thuis

partial_hours-with-opp =
    Een school mag alleen minder lesuren geven als uw kind door psychische of lichamelijke redenen niet de hele schooltijd kan volgen. De voorwaarden:
    - Het staat in het OPP en u hebt het handelingsdeel ondertekend.
    - Gaat het niet om een medische behandeling of ziekte? Dan heeft de school ook toestemming van de Inspectie nodig, voor een vast aantal uren en een vaste periode.
    - Het is tijdelijk. Vraag om een plan op papier met een einddatum en een opbouw naar meer uren.
    Gaat het anders dan afgesproken? Bespreek het met de school en het samenwerkingsverband, of bel de Onderwijsconsulenten: 070-312 28 87 (gratis).
    Bent u het niet eens met het OPP? Dan kunt u gratis naar de Geschillencommissie Passend Onderwijs.

partial_hours-without-opp =
    Zonder OPP met uw handtekening onder het handelingsdeel mag de school uw kind niet minder uren les geven. Een kind dat zonder die afspraken (deels) thuis zit, is een 'verborgen thuiszitter'.
    Dit kunt u doen:
    - Vraag de school om een plan op papier, met een einddatum en een opbouw naar meer uren. Bent u het er niet mee eens? Dan hoeft u niet te tekenen.
    - Meld het bij de leerplichtambtenaar en het samenwerkingsverband.
    - Vraag advies aan de Onderwijsconsulenten: 070-312 28 87 (gratis).
    - Meld het bij de Inspectie: 088-669 60 60. Dat is een signaal; de Inspectie lost uw zaak niet zelf op.

partial_hours-teach-home =
    Nee, de school kan u niet verplichten om uw kind thuis les te geven. De school blijft verantwoordelijk voor het onderwijs, ook als uw kind (deels) thuis is.
    Dit kunt u doen:
    - Vraag de school schriftelijk welk onderwijs uw kind krijgt en wie daarvoor zorgt.
    - Meld het bij de leerplichtambtenaar en het samenwerkingsverband.
    - Vraag advies aan Ouders & Onderwijs (0800-5010) of de Onderwijsconsulenten (070-312 28 87).
