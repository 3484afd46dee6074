# Flow: enrolment (aanmelden, toelating, zorgplicht). Source language: Dutch.
enrolment-start =
    Wilt u uw kind aanmelden bij een school, of laat een school uw kind niet toe? Waar gaat uw vraag over?
enrolment-c-how = Hoe meld ik mijn kind aan?
enrolment-c-refused = De school weigert mijn kind
enrolment-c-slow = De school beslist niet, of het duurt heel lang
enrolment-c-home-over-4-weeks = Mijn kind heeft geen school en zit al meer dan 4 weken thuis

enrolment-how =
    Zo meldt u uw kind aan:
    - Meld uw kind schriftelijk aan bij de school van uw eerste keus, met de naam, het geslacht, de geboortedatum en het BSN van uw kind.
    - Heeft uw kind extra ondersteuning nodig? Schrijf dat erbij. Dan heeft die school de zorgplicht.
    - De school beslist binnen 6 weken. Dat mag de school één keer met 4 weken verlengen.
    - Kan de school de ondersteuning niet zelf geven? Dan moet de school samen met u een school zoeken die dat wel kan.
    Advies: Onderwijsconsulenten 070-312 28 87 of Ouders & Onderwijs 0800-5010.

enrolment-refused =
    Hebt u bij de aanmelding gezegd dat uw kind extra ondersteuning nodig heeft? Dan mag de school uw kind pas weigeren als een andere school heeft gezegd dat uw kind daar welkom is.
    Uitzondering: een school die vol is voor iedereen, heeft geen zorgplicht.
    Dit kunt u doen:
    - Vraag de school om het besluit en de redenen op papier. Bent u het niet eens? Maak dan bezwaar bij het schoolbestuur.
    - U kunt ook binnen 6 weken gratis naar de Geschillencommissie Passend Onderwijs.
    - Advies: Onderwijsconsulenten 070-312 28 87, Ouders & Onderwijs 0800-5010. In Amsterdam: OCO 020-330 63 20.

enrolment-slow =
    De school moet binnen 6 weken na uw schriftelijke aanmelding beslissen. De school mag die termijn één keer met 4 weken verlengen.
    Is er na 10 weken nog steeds geen besluit? Dan wordt uw kind voorlopig toegelaten.
    Dit kunt u doen:
    - Bewaar een kopie van uw aanmelding, met de datum.
    - Vraag de school schriftelijk wanneer het besluit komt.
    - Advies: Onderwijsconsulenten 070-312 28 87 (gratis).
