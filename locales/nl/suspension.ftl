# Flow: suspension (schorsing). Source language: Dutch.
suspension-start =
    Bij een schorsing mag uw kind een korte tijd niet naar school. Waar gaat uw vraag over?
suspension-c-rules = Wat zijn de regels bij een schorsing?
suspension-c-disagree = Ik ben het niet eens met de schorsing
suspension-c-longer = De schorsing duurt langer dan een week, of er is geen einddatum
suspension-c-removal = De school wil mijn kind ook verwijderen
suspension-c-po = Basisschool
suspension-c-vo = Middelbare school
suspension-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

suspension-rules =
    Dit zijn de regels bij een schorsing:
    - Een schorsing duurt hooguit 1 week (5 schooldagen).
    - De school geeft u het besluit en de redenen op papier.
    - Duurt de schorsing langer dan 1 dag? Dan moet het schoolbestuur de Inspectie schriftelijk inlichten. Meestal hoort de leerplichtambtenaar het ook.
    - De school blijft onderwijs geven, bijvoorbeeld met huiswerk. Vraag de school welk schoolwerk uw kind krijgt.
    Vragen? Bel Ouders & Onderwijs: 0800-5010 (gratis).

suspension-disagree =
    Bent u het niet eens met de schorsing? Dit kunt u doen:
    - Maak bezwaar: stuur binnen 6 weken een brief aan het schoolbestuur. Het bestuur reageert meestal binnen ongeveer 4 weken.
    - Rechters vinden dat de school eerst uw kind, u en de leraar moet horen. In het besluit hoort te staan hoe u bezwaar maakt. Is dat niet gebeurd? Schrijf dat in uw bezwaar.
    - U kunt ook een klacht indienen bij de klachtencommissie van de school, of de leerplichtambtenaar vragen om te bemiddelen.
    - Is het erg dringend? Dan kunt u een rechter vragen om snel een voorlopige beslissing te nemen. Vraag daar eerst advies over.
    Hulp bij uw brief: Ouders & Onderwijs 0800-5010. In Amsterdam: OCO 020-330 63 20.

suspension-longer = Zit uw kind op de basisschool of op de middelbare school?

suspension-longer-po =
    Op de basisschool mag een schorsing nooit langer duren dan 1 week (5 schooldagen).
    Dit kunt u doen:
    - Vraag de school schriftelijk (bijvoorbeeld per e-mail) vanaf welke dag uw kind weer naar school mag.
    - Neem contact op met de leerplichtambtenaar van uw gemeente.
    - Mag uw kind niet terugkomen? Vraag advies aan Ouders & Onderwijs (0800-5010) of de Onderwijsconsulenten (070-312 28 87, gratis).

suspension-longer-vo =
    Op de middelbare school mag een schorsing alleen langer dan 1 week duren als de school bezig is met een verwijdering. De school moet dan eerst met de Inspectie overleggen.
    Dit kunt u doen:
    - Vraag de school schriftelijk of er een verwijderingsprocedure loopt, en of de school met de Inspectie heeft overlegd.
    - De school blijft in die tijd onderwijs geven, bijvoorbeeld met huiswerk.
    - Neem contact op met de leerplichtambtenaar. Vraag advies aan Ouders & Onderwijs (0800-5010) of de Onderwijsconsulenten (070-312 28 87, gratis).
