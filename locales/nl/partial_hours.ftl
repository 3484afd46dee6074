# Flow: partial_hours (aangepast programma, minder uren). Source language: Dutch.
partial_hours-start =
    Mag uw kind maar een deel van de schooltijd naar school? Dat mag alleen onder voorwaarden. Goed geregeld kan het een tijdelijke oplossing zijn.
    Staat de kortere schooltijd in een OPP (ontwikkelingsperspectief: het plan voor de ondersteuning van uw kind), en hebt u het handelingsdeel ondertekend? Dat is het deel van het OPP over de hulp.
partial_hours-c-yes = Ja, er is een OPP en ik heb getekend
partial_hours-c-no = Nee, of ik weet het niet
partial_hours-c-teach-home = De school zegt dat ik mijn kind thuis les moet geven
partial_hours-c-slow-swv = We wachten op het samenwerkingsverband, en dat duurt lang
partial_hours-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken helemaal thuis

partial_hours-with-opp =
    Een school mag alleen minder lesuren geven als uw kind door psychische of lichamelijke redenen niet de hele schooltijd kan volgen. De voorwaarden:
    - Het staat in het OPP en u hebt het handelingsdeel ondertekend.
    - Gaat het niet om een medische behandeling of ziekte? Dan heeft de school ook toestemming van de Inspectie nodig, voor een vast aantal uren en een vaste periode. Vraag de school tot wanneer de Inspectie heeft ingestemd.
    - Het is tijdelijk. Vraag om een plan op papier met een einddatum en een opbouw naar meer uren.
    Gaat het anders dan afgesproken? Bespreek het met de school en het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen): { $swv }. Of bel de Onderwijsconsulenten: 070-312 28 87 (gratis).
    Bent u het niet eens met het OPP? Dan kunt u gratis naar de Geschillencommissie Passend Onderwijs.

partial_hours-without-opp =
    Zonder OPP met uw handtekening onder het handelingsdeel mag de school uw kind niet minder uren les geven. Een kind dat zonder die afspraken (deels) thuis zit, heet een 'verborgen thuiszitter'.
    Dit kunt u doen:
    - Vraag de school om een plan op papier, met een einddatum en een opbouw naar meer uren. Zo geregeld kunnen minder uren een goede tijdelijke oplossing zijn.
    - Bent u het niet eens met het plan? Dan hoeft u niet te tekenen. Uw kind gaat daardoor niet vanzelf weer de hele dag naar school: vraag wat de school dan wél doet, en vraag hulp.
    - Meld het bij leerplicht: { $leerplicht }. En bij het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen): { $swv }
    - Vraag advies aan de Onderwijsconsulenten: 070-312 28 87 (gratis).
    - Geef het door aan de Inspectie: 088-669 60 60 (ma–vr 9–12 en 13–16). Dat is een signaal; de Inspectie lost uw zaak niet zelf op.
    Is uw kind nog 4 jaar? Dan is het nog niet leerplichtig. De leerplicht begint op de eerste schooldag van de maand nadat uw kind 5 jaar is geworden. Staat uw kind op een school ingeschreven? Dan is die school ook nu verantwoordelijk voor passend onderwijs. Vraag een adviseur wat dit voor uw kind betekent.

partial_hours-teach-home =
    Nee, de school kan u niet verplichten om uw kind thuis les te geven. De school blijft verantwoordelijk voor het onderwijs, ook als uw kind (deels) thuis is.
    Dit kunt u doen:
    - Vraag de school schriftelijk welk onderwijs uw kind krijgt en wie daarvoor zorgt.
    - Meld het bij leerplicht: { $leerplicht }. En bij het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen): { $swv }
    - Vraag advies aan Ouders & Onderwijs (0800-5010) of de Onderwijsconsulenten (070-312 28 87).

partial_hours-slow-swv =
    Moet u wachten tot het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) tijd heeft? Wacht niet stil af.
    - De school blijft verantwoordelijk. Vraag de school om tot dan een plan op papier: hoeveel uur les krijgt uw kind, en wie begeleidt het?
    - Vraag het samenwerkingsverband of het eerder kan, en zeg dat uw kind nu (deels) thuis zit: { $swv }
    - Meld het bij leerplicht: { $leerplicht }
    - Loopt de ondersteuning vast? Vraag gratis hulp aan de Onderwijsconsulenten: 070-312 28 87. Het kan enkele weken duren voordat zij terugbellen: meld u dus meteen aan.
    - Geef het door aan de Inspectie: 088-669 60 60 (ma–vr 9–12 en 13–16). Dat is een signaal; de Inspectie lost uw zaak niet zelf op.
