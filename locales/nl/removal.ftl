# Flow: removal (verwijdering). Source language: Dutch.
removal-start =
    Wil de school uw kind verwijderen, of is dat al gebeurd? Waar gaat uw vraag over?
removal-c-rules = Wat moet de school doen voordat ze mijn kind mag verwijderen?
removal-c-disagree = Er is een besluit en ik ben het er niet mee eens
removal-c-support = Mijn kind heeft extra ondersteuning nodig
removal-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

removal-rules =
    Een school mag een leerling niet zomaar verwijderen. De school moet:
    - eerst u en de leraar of leraren horen;
    - het besluit op papier geven, met de redenen;
    - de Inspectie en de leerplichtambtenaar inlichten. Een middelbare school moet al vóór het besluit met de Inspectie overleggen;
    - eerst een andere school vinden die uw kind wil toelaten. Pas dan mag de verwijdering definitief zijn.
    Schrijft de school uw kind uit zonder dat u daarom vroeg? Dat telt ook als verwijderen.
    Een middelbare school mag een leerling niet midden in het schooljaar verwijderen vanwege lage cijfers.
    Vragen? Ouders & Onderwijs: 0800-5010 (gratis).

removal-disagree =
    Bent u het niet eens met het besluit? Dit kunt u doen:
    - Maak binnen 6 weken schriftelijk bezwaar bij het schoolbestuur. U mag uw bezwaar ook mondeling uitleggen en het dossier inzien.
    - Ga binnen 6 weken naar de Geschillencommissie Passend Onderwijs. Dat is gratis. De commissie geeft binnen 10 weken advies. Het schoolbestuur beslist pas over uw bezwaar als dat advies er is.
    - De school mag uw kind in de tussentijd buiten de school houden. U kunt een rechter vragen om snel een voorlopige beslissing te nemen. Vraag daar eerst advies over.
    Advies: Ouders & Onderwijs 0800-5010, of de Onderwijsconsulenten 070-312 28 87 (niet als er al een rechtszaak loopt). In Amsterdam: OCO 020-330 63 20.

removal-support =
    Heeft uw kind extra ondersteuning nodig? Dan verwacht de Geschillencommissie Passend Onderwijs dat de school eerst:
    - het ontwikkelingsperspectief (OPP) van uw kind opnieuw bekijkt;
    - met u overlegt over het soort school en de richting (bijvoorbeeld openbaar of christelijk);
    - op een rij zet welke scholen passen, en hoe lang de reistijd is.
    Uw kind blijft ingeschreven op de huidige school tot een nieuwe school uw kind echt inschrijft. Tot die tijd is de huidige school verantwoordelijk.
    Advies: de Onderwijsconsulenten, 070-312 28 87 (gratis).
