# Flow: suspension (schorsing). Source language: Dutch.
suspension-start =
    Bij een schorsing mag uw kind een korte tijd niet naar school. Dat is vervelend, voor uw kind en voor u. Waar gaat uw vraag over?
suspension-c-rules = Wat zijn de regels bij een schorsing?
suspension-c-disagree = Ik ben het niet eens met de schorsing
suspension-c-letter = Ik wil hulp bij een bezwaarbrief
suspension-c-again = Mijn kind wordt steeds opnieuw geschorst
suspension-c-longer = De schorsing duurt langer dan een week, of er is geen einddatum
suspension-c-removal = De school wil mijn kind ook verwijderen
suspension-c-po = Basisschool (4 tot 12 jaar)
suspension-c-vo = Middelbare school (12 tot 18 jaar)
suspension-c-so = Speciaal onderwijs (so of vso)
suspension-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

suspension-rules =
    Dit zijn de regels bij een schorsing:
    - Een schorsing duurt hooguit 1 week (5 schooldagen). Alleen op de middelbare school mag het soms langer, als de school bezig is met een verwijdering.
    - De school geeft u het besluit en de redenen op papier.
    - Duurt de schorsing langer dan 1 dag? Dan moet het schoolbestuur de Inspectie schriftelijk inlichten. Meestal hoort de leerplichtambtenaar het ook.
    - De school blijft onderwijs geven, bijvoorbeeld met huiswerk. Vraag de school welk schoolwerk uw kind krijgt.
    Vragen? Bel Ouders & Onderwijs: 0800-5010 (gratis).

suspension-disagree =
    Bent u het niet eens met de schorsing? Dit kunt u doen:
    - Kijk in de schoolgids of het leerlingenstatuut hoe u bezwaar maakt. De wet verplicht dat niet bij elke school, maar de meeste scholen bieden het wel. Bij een openbare school geldt de Algemene wet bestuursrecht: stuur dan binnen 6 weken een brief aan het schoolbestuur.
    - Het besluit op uw bezwaar komt meestal pas als de schorsing al voorbij is. Toch is bezwaar zinvol: het telt mee voor het dossier, en als uw kind vaker wordt geschorst.
    - Volgens rechtspraak hoort de school eerst uw kind, u en de leraar te horen. In het besluit hoort te staan hoe u bezwaar maakt. Is dat niet gebeurd? Schrijf dat in uw bezwaar.
    - U kunt ook een klacht indienen bij de klachtencommissie van de school, of leerplicht vragen om te bemiddelen.
    - Heel dringend? Bij een openbare school vraagt u de bestuursrechter om een voorlopige voorziening (een snelle, tijdelijke beslissing). Bij een bijzondere school, zoals een christelijke of islamitische school, is dat een kort geding bij de civiele rechter, met een advocaat. Juridisch Loket: 0900-8020.
    Hulp bij uw brief: { $oco }
    Dit is algemene informatie, geen juridisch advies.

suspension-again =
    Wordt uw kind steeds opnieuw geschorst? Dat is zwaar. Het is dan goed om samen te kijken wat uw kind nodig heeft.
    - Elke schorsing duurt hooguit 1 week. De school geeft het besluit en de redenen op papier. Bewaar alle brieven.
    - Maak ook bezwaar als een schorsing al voorbij is: het telt mee als uw kind vaker wordt geschorst.
    - Vraag de school om een gesprek over de ondersteuning die uw kind nodig heeft, en over een OPP (ontwikkelingsperspectief: het plan voor de ondersteuning van uw kind).
    - De school blijft verantwoordelijk voor passend onderwijs. Loopt de ondersteuning vast? Vraag gratis hulp aan de Onderwijsconsulenten: 070-312 28 87.
    - Advies: { $oco }

suspension-longer = Op welke school zit uw kind?

suspension-longer-po =
    Op de basisschool mag een schorsing nooit langer duren dan 1 week (5 schooldagen). Een schorsing zonder einddatum mag niet: een rechter noemde dat onrechtmatig.
    Dit kunt u doen:
    - Vraag de school schriftelijk (bijvoorbeeld per e-mail) vanaf welke dag uw kind weer naar school mag.
    - Mag uw kind niet meer terugkomen? Dan lijkt het op verwijderen of thuiszitten. Kies in het menu 'School wil mijn kind verwijderen' of 'Mijn kind zit thuis zonder school'.
    - Neem contact op met leerplicht: { $leerplicht }
    - Advies: Ouders & Onderwijs (0800-5010, gratis) of de Onderwijsconsulenten (070-312 28 87, gratis).
    Dit is algemene informatie, geen juridisch advies.

suspension-longer-vo =
    Op de middelbare school mag een schorsing alleen langer dan 1 week duren als de school bezig is met een verwijdering. De school moet dan eerst met de Inspectie overleggen.
    Dit kunt u doen:
    - Vraag de school schriftelijk of er een verwijderingsprocedure loopt, en of de school met de Inspectie heeft overlegd.
    - De school blijft in die tijd verantwoordelijk en geeft onderwijs, bijvoorbeeld met huiswerk.
    - Neem contact op met leerplicht: { $leerplicht }
    - Advies: Ouders & Onderwijs (0800-5010, gratis) of de Onderwijsconsulenten (070-312 28 87, gratis).
    Dit is algemene informatie, geen juridisch advies.

suspension-longer-so =
    Ook in het speciaal onderwijs (so en vso) duurt een schorsing hooguit 1 week (5 schooldagen). U krijgt het besluit en de redenen op papier, en de school blijft onderwijs geven.
    Dit kunt u doen:
    - Duurt het langer, of is er geen einddatum? Vraag de school schriftelijk waarom, en vanaf welke dag uw kind terug mag.
    - Neem contact op met leerplicht: { $leerplicht }
    - Advies: Ouders & Onderwijs (0800-5010, gratis) of de Onderwijsconsulenten (070-312 28 87, gratis).
    Dit is algemene informatie, geen juridisch advies.
