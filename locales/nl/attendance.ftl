# Flow: attendance (leerplicht: verzuim, brief of gesprek met leerplicht, boete of proces-verbaal, verlof). Source language: Dutch.
attendance-start =
    Leerplicht betekent: uw kind moet naar school, en de school en de gemeente letten daarop. Waar gaat uw vraag over?
attendance-c-reported = De school heeft verzuim gemeld, of leerplicht belt of schrijft mij
attendance-c-fine = Ik word gedreigd met een boete of proces-verbaal
attendance-c-leave = Ik wil verlof (vrij) vragen voor mijn kind
attendance-c-home = Mijn kind zit thuis omdat school niet lukt

attendance-reported =
    Een brief of telefoontje van leerplicht kan schrikken. Zo'n brief is nog geen straf.
    - Scholen moeten verzuim melden, bijvoorbeeld als een leerling in 4 weken 16 uur of meer les mist zonder geldige reden.
    - De leerplichtambtenaar wil vooral dat uw kind weer onderwijs krijgt. Die kan ook meedenken en bemiddelen tussen u en de school.
    - Ga in op de uitnodiging. Vertel wat er speelt, bijvoorbeeld ziekte, angst of geen passende plek. Neem brieven en e-mails mee, en een lijstje met wat er gebeurde.
    - Is uw kind ziek? Meld het dan elke keer ziek bij school.
    - Leerplicht: { $leerplicht }
    - Advies: { $oco }

# Also used in the flow home_without_school.
attendance-fine =
    Een dreiging met een boete of proces-verbaal is schrikken. Blijf rustig: u kunt veel doen.
    - Een proces-verbaal is een officieel rapport van de leerplichtambtenaar. Daarna kan een boete volgen. Het is bedoeld voor ouders die niet meewerken aan de aanpak van verzuim. Werkt u mee? Laat dat dan zien.
    - Zit uw kind thuis omdat de school geen passend onderwijs kan bieden? Dan verwacht Ingrado, de vereniging van leerplichtambtenaren, eerst overleg. Ingrado wijst ouders dan op de Geschillencommissie Passend Onderwijs en de Onderwijsconsulenten.
    - Reageer schriftelijk, bijvoorbeeld per e-mail: wat is er aan de hand, wat hebt u al gedaan? Vraag om een gesprek en een plan voor het onderwijs van uw kind.
    - Bewaar alle brieven en e-mails, en schrijf op wat er gebeurt.
    - Hulp: de Onderwijsconsulenten 070-312 28 87 (gratis), of { $oco }. Juridische vragen: Juridisch Loket 0900-8020 (€0,25 per minuut).
    Dit is algemene informatie, geen juridisch advies.

attendance-leave =
    Verlof (vrij buiten de schoolvakanties) vraagt u schriftelijk en op tijd aan bij de directeur van de school.
    - Vakantie buiten de schoolvakanties mag alleen als het werk van een ouder vakantie in de schoolvakanties onmogelijk maakt. Dan kan het één keer per schooljaar, hooguit 10 schooldagen, en niet in de eerste 2 weken van het schooljaar.
    - Verlof om een andere belangrijke reden, zoals een huwelijk of een begrafenis in de familie: de directeur beslist over hooguit 10 schooldagen per schooljaar. Voor meer dagen beslist de leerplichtambtenaar.
    - Een religieuze feestdag: meld dat minstens 2 dagen van tevoren bij de directeur.
    - Is uw kind ziek? Dan is het geen verlof: meld uw kind ziek bij school.
    Bent u het niet eens met het besluit? Vraag om de reden op papier, en vraag advies: { $oco }
