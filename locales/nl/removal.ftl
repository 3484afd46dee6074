# Flow: removal (verwijdering). Source language: Dutch.
removal-start =
    Wil de school uw kind verwijderen, of is dat al gebeurd? Dat is heftig. Waar gaat uw vraag over?
removal-c-rules = Wat moet de school doen voordat ze mijn kind mag verwijderen?
removal-c-disagree = Er is een besluit en ik ben het er niet mee eens
removal-c-letter = Ik wil hulp bij een bezwaarbrief
removal-c-support = Mijn kind heeft extra ondersteuning nodig
removal-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

removal-rules =
    Een school mag een leerling niet zomaar verwijderen. De school moet:
    - eerst u, uw kind en de leraar of leraren horen;
    - het besluit op papier geven, met de redenen;
    - de Inspectie en de leerplichtambtenaar inlichten. Een middelbare school moet al vóór het besluit met de Inspectie overleggen;
    - eerst een andere school vinden die uw kind wil toelaten. Pas dan mag de verwijdering definitief zijn. Tot die tijd blijft uw kind ingeschreven en blijft de school verantwoordelijk voor het onderwijs.
    Schrijft de school uw kind uit zonder dat u daarom vroeg? Dat telt ook als verwijderen.
    Een middelbare school mag een leerling niet midden in het schooljaar verwijderen vanwege lage cijfers.
    Vragen? { $oco }
    Dit is algemene informatie, geen juridisch advies.

removal-disagree =
    Wat een moeilijke situatie. U kunt er iets tegen doen:
    - Maak binnen 6 weken schriftelijk bezwaar bij het schoolbestuur. U mag uw bezwaar ook mondeling uitleggen en het dossier inzien. Het bestuur beslist meestal binnen 4 weken nadat de 6 weken voorbij zijn.
    - U kunt ook binnen 6 weken naar de Geschillencommissie Passend Onderwijs. Dat is gratis. De commissie geeft binnen 10 weken advies. Gaat u naar de commissie? Dan beslist het schoolbestuur pas over uw bezwaar als dat advies er is.
    - Tijdens het bezwaar mag de school uw kind buiten de school houden. Maar uw kind blijft ingeschreven, en de school blijft verantwoordelijk voor onderwijs, zoals huiswerk en begeleiding.
    - Heel dringend? Bij een openbare school vraagt u de bestuursrechter om een voorlopige voorziening (een snelle, tijdelijke beslissing). Bij een bijzondere school, zoals een christelijke of islamitische school, is dat een kort geding bij de civiele rechter, met een advocaat. Juridisch Loket: 0900-8020.
    Advies: { $oco }. Of de Onderwijsconsulenten: 070-312 28 87 (niet als er al een rechtszaak loopt).
    Dit is algemene informatie, geen juridisch advies.

# A checklist for a bezwaar letter (OCO). Also used in the flow suspension.
removal-letter =
    Zo schrijft u een bezwaarbrief. Zet erin:
    - uw naam en adres;
    - de naam en het adres van de school en van het schoolbestuur;
    - de naam van uw kind;
    - over welk besluit het gaat, met de datum van dat besluit;
    - waarom u het er niet mee eens is;
    - dat u vraagt om een nieuw besluit;
    - dat u uw bezwaar graag mondeling wilt toelichten;
    - de datum en uw handtekening.
    Stuur de brief binnen 6 weken. U telt de 6 weken vanaf de datum van het besluit van de school. Bewaar een kopie, en vraag de school om te bevestigen dat zij uw brief heeft ontvangen.
    Hulp bij uw brief: { $oco }

removal-support =
    Heeft uw kind extra ondersteuning nodig? Dan heeft de school de zorgplicht: zij moet zorgen voor een passende plek, op deze school of op een andere school die past.
    - Uw kind blijft ingeschreven op de huidige school tot een nieuwe school uw kind echt inschrijft. Tot die tijd is de huidige school verantwoordelijk voor het onderwijs.
    - Vraag de school welke scholen zij heeft onderzocht, of die de ondersteuning uit het OPP (het plan voor de ondersteuning van uw kind) kunnen geven, en hoe lang de reistijd is. Vraag ook of er rekening is gehouden met het soort school en de richting die u wilt, bijvoorbeeld openbaar of christelijk.
    - Bent u het niet eens met de verwijdering of met het OPP? Dan kunt u gratis naar de Geschillencommissie Passend Onderwijs.
    Advies: de Onderwijsconsulenten, 070-312 28 87 (gratis).
