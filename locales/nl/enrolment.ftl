# Flow: enrolment (aanmelden, toelating, zorgplicht). Source language: Dutch.
enrolment-start =
    Wilt u uw kind aanmelden bij een school, of laat een school uw kind niet toe? Waar gaat uw vraag over?
enrolment-c-how = Hoe meld ik mijn kind aan?
enrolment-c-refused = De school weigert mijn kind
enrolment-c-slow = De school beslist niet, of het duurt heel lang
enrolment-c-home-over-4-weeks = Mijn kind heeft geen school en zit al meer dan 4 weken thuis

enrolment-how =
    Zo meldt u uw kind aan:
    - Meld uw kind schriftelijk aan bij de school van uw eerste keus: met de naam, het geslacht, de geboortedatum en het BSN van uw kind, als het dat heeft.
    - Nog geen BSN? Meld toch aan. De school mag uw kind niet weigeren omdat het geen BSN of verblijfsvergunning heeft.
    - Meld op tijd aan, het liefst minstens 10 weken voordat uw kind wil beginnen.
    - Heeft uw kind extra ondersteuning nodig? Schrijf dat erbij. Meldt u aan bij meer scholen? Zeg welke uw eerste keus is. Die school heeft de zorgplicht: zij moet zorgen voor een passende plek, op die school of op een andere school.
    - De school beslist binnen 6 weken. Dat mag de school één keer met 4 weken verlengen.
    Advies: Onderwijsconsulenten 070-312 28 87 (gratis), of { $oco }

enrolment-refused =
    Wordt uw kind geweigerd? Dat is teleurstellend. Dit zijn de regels:
    - Hebt u bij de aanmelding gezegd dat uw kind extra ondersteuning nodig heeft? Dan mag de school uw kind pas weigeren als een andere school heeft gezegd dat uw kind daar welkom is.
    - Uitzonderingen: de school is vol voor iedereen, of u respecteert de grondslag (de godsdienst of levensovertuiging) van een bijzondere school niet.
    Dit kunt u doen:
    - Vraag de school om het besluit en de redenen op papier. Bent u het niet eens? Maak dan binnen 6 weken bezwaar bij het schoolbestuur.
    - Heeft uw kind extra ondersteuning nodig? Dan kunt u ook binnen 6 weken gratis naar de Geschillencommissie Passend Onderwijs.
    - Advies: Onderwijsconsulenten 070-312 28 87 (gratis), of { $oco }
    Dit is algemene informatie, geen juridisch advies.

enrolment-slow =
    De school moet binnen 6 weken na uw schriftelijke aanmelding beslissen. Ze mag die termijn één keer met 4 weken verlengen.
    - Is er na 10 weken nog steeds geen besluit, en staat uw kind niet op een andere school ingeschreven? Dan wordt uw kind voorlopig toegelaten.
    - Staat uw kind nog op een andere school ingeschreven? Dan blijft die school verantwoordelijk. Haal uw kind daar niet weg voordat er een besluit is.
    - Staat uw kind nergens ingeschreven? Dan hoeft de nieuwe school in die weken nog geen les te geven. Neem daarom meteen contact op met leerplicht: { $leerplicht }. En met het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen): { $swv }
    - Bewaar een kopie van uw aanmelding, met de datum. Vraag de school schriftelijk wanneer het besluit komt.
    Advies: Onderwijsconsulenten 070-312 28 87 (gratis).
    Dit is algemene informatie, geen juridisch advies.
