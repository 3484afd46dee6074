# Flow: home_without_school (thuiszitten). Source language: Dutch.
# { $leerplicht }, { $swv }, { $oco }, { $okt } are the region's contacts (flows/regions/), or main.ftl's contact-*-elsewhere.
home_without_school-start =
    Wat vervelend dat uw kind thuis zit zonder school. Ik help u graag verder. Wat past het best?
home_without_school-c-short = Mijn kind zit korter dan 4 weken thuis
home_without_school-c-long = Mijn kind zit al langer dan 4 weken thuis
home_without_school-c-not-enrolled = Mijn kind staat op geen enkele school ingeschreven
home_without_school-c-ill = Mijn kind is ziek, angstig of durft niet naar school
home_without_school-c-fine = School of leerplicht dreigt met een boete of proces-verbaal
home_without_school-c-veilig-thuis = School of leerplicht dreigt met Veilig Thuis

home_without_school-short =
    De school waar uw kind ingeschreven staat, blijft verantwoordelijk voor het onderwijs, ook als uw kind thuis is. Het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) moet zorgen dat er een passende plek is.
    Dit kunt u doen:
    - Vraag de school schriftelijk om binnen twee weken een gesprek met school, samenwerkingsverband en leerplicht. Vraag om één vaste contactpersoon en een plan op papier: wanneer gaat uw kind weer naar school, en welk onderwijs krijgt het tot die tijd?
    - Leerplicht helpt bij de terugkeer naar school en kan bemiddelen: { $leerplicht }
    - Samenwerkingsverband: { $swv }
    - Schrijf op wat er gebeurt: data, gesprekken en hoeveel uur les uw kind krijgt.
    - Advies: { $oco }

# Also the answer to "my child has been home more than 4 weeks" in other flows: the steps first, then the adviser.
home_without_school-long-steps =
    Wat zwaar dat uw kind al zo lang thuis zit. U staat er niet alleen voor. Dit kunt u nu doen:
    - Meld u meteen aan bij de Onderwijsconsulenten (gratis en onafhankelijk): 070-312 28 87, werkdagen 9.00–12.30 en 13.30–16.30, of via de quickscan op onderwijsconsulenten.nl. Het kan enkele weken duren voordat zij u terugbellen: wacht daar dus niet mee.
    - Zij vragen meestal of u eerst met de school en het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) hebt gepraat. Krijgt uw kind helemaal geen onderwijs? Zeg dat bij de aanmelding.
    - Neem contact op met leerplicht: { $leerplicht }
    - Vraag het samenwerkingsverband om mee te zoeken: { $swv }
    - Schrijf op wat er gebeurt: data, gesprekken en hoeveel uur les uw kind krijgt.
    - Gebeurt er niets? Geef het door aan de Inspectie: 088-669 60 60 (ma–vr 9–12 en 13–16). Dat is een signaal; de Inspectie lost uw zaak niet zelf op.
    - Hebt u al bij de school geklaagd, en helpt dat niet? Dan kunt u binnen 1 jaar naar de Kinderombudsman: 0800-876 54 32.
    Wilt u dat een adviseur met u meekijkt? Kies dat hieronder.

home_without_school-not-enrolled =
    Staat uw kind op geen enkele school ingeschreven, en heeft het geen vrijstelling? Dan heet dat 'absoluut verzuim'. Als ouder bent u volgens de wet verantwoordelijk voor de inschrijving. Daar kunt u hulp bij krijgen.
    - Meld uw kind zo snel mogelijk schriftelijk aan bij een school, ook als uw kind nog geen BSN heeft. Heeft uw kind extra ondersteuning nodig? Schrijf dat erbij. Dan heeft die school de zorgplicht: zij moet zorgen voor een passende plek.
    - Let op: zolang de school nog beslist (tot 10 weken), hoeft zij uw kind nog geen les te geven. Neem daarom meteen contact op met leerplicht: { $leerplicht }
    - Heeft de school uw kind uitgeschreven zonder dat u daarom vroeg? Dan telt dat als verwijderen. Kies in het menu 'School wil mijn kind verwijderen'.
    - Werkt niemand mee? Dan kan de leerplichtambtenaar een proces-verbaal opmaken. Houd daarom contact met leerplicht en de school.
    - Advies: Onderwijsconsulenten 070-312 28 87 (gratis), of { $oco }

home_without_school-veilig-thuis =
    Schrikt u van het dreigen met Veilig Thuis? Dat is begrijpelijk.
    - Alleen het niet naar school gaan is geen reden voor een melding bij Veilig Thuis. Dat zegt Ingrado, de vereniging van leerplichtambtenaren. Dreigen met zo'n melding hoort niet.
    - Wil de school toch een melding doen? Dan hoort de school dat eerst met u te bespreken.
    - Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Het is niet de politie.
    - Vraag in een gesprek wat de zorgen precies zijn, en vraag om een plan voor het onderwijs van uw kind.
    - Vindt u dat de school niet zorgvuldig was? Dan kunt u een klacht indienen. Kies in het menu 'Klacht over een leraar of de school'.
    - Advies: Ouders & Onderwijs 0800-5010 (gratis) of de Onderwijsconsulenten 070-312 28 87.
    Dit is algemene informatie, geen juridisch advies.
