# "Help me de brief te schrijven": kant-en-klare brieven, termijnen, herinneringen en nazorg.
# Source language: Dutch.
#
# letter-<id> and letter-<id>-title exist only in nl: the letter goes to a Dutch school or office.
# letter-<id>-explain and every other message here exist in every language.
# Placeholders in [square brackets] are filled in by the parent. Never put names or numbers of the
# family in these texts. A line in a letter that starts with a bracket is written {"["}... so
# that Fluent does not read it as a variant.
# Variables: $today, $decision_date, $home_since, $deadline (Dutch dates, formatted by the bot);
# $school = openbaar | bijzonder | onbekend; $opp = bespreken | oneens.


## Bezwaar tegen een schorsing

letter-suspension-objection-title = Bezwaar tegen schorsing

# source: https://www.oudersonderwijs.nl/op-school/schoolorganisatie/schoolregels-en-straffen/schorsen/
# source: https://www.rblgv.nl/leerplicht/schorsen-en-verwijderen/
# source: https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBOVE:2014:4116
# source: https://www.onderwijsconsument.nl/oneens-met-een-besluit-over-toelating-schorsing-of-verwijdering-ga-in-bezwaar/
# source: https://wetten.overheid.nl/BWBR0005537/
letter-suspension-objection =
    {"["}uw naam]
    {"["}uw adres]
    {"["}postcode en woonplaats]
    {"["}uw telefoonnummer of e-mailadres]

    Aan het schoolbestuur (bevoegd gezag) van
    {"["}naam en adres van het schoolbestuur]

    Kopie aan: de directeur van {"["}naam en adres van de school]

    {"["}woonplaats], { $today }

    Betreft: bezwaar tegen de schorsing van {"["}naam van uw kind]

    Geacht bestuur,

    Ik ben de ouder van {"["}naam van uw kind], geboren op {"["}geboortedatum van uw kind]. Mijn kind zit op {"["}naam en adres van de school], in {"["}groep of klas].

    Op { $decision_date } heeft de school besloten mijn kind te schorsen, van {"["}eerste dag] tot en met {"["}laatste dag]. Tegen dit besluit maak ik bezwaar.
    { $school ->
        [openbaar] Omdat het om een openbare school gaat, dien ik dit bezwaarschrift in op grond van de Algemene wet bestuursrecht.
        [bijzonder] Ik dien dit bezwaar bij u in volgens de regeling in de schoolgids of het leerlingenstatuut van de school.
       *[other] Ik dien dit bezwaar bij u in volgens de regeling van de school (schoolgids of leerlingenstatuut). Is de school een openbare school, dan is dit een bezwaarschrift op grond van de Algemene wet bestuursrecht.
    }

    Ik ben het om de volgende redenen niet eens met het besluit:
    {"["}Schrijf hier in uw eigen woorden waarom u het niet eens bent. Denk aan: wat er volgens u en uw kind is gebeurd; of u en uw kind vooraf zijn gehoord; of u het besluit en de redenen op papier hebt gekregen; of de schorsing langer duurt dan een week; of uw kind tijdens de schorsing schoolwerk krijgt.]

    Ik wijs u op het volgende:
    - Een schorsing duurt ten hoogste één week. Alleen in het voortgezet onderwijs mag het langer, als er een verwijderingsprocedure loopt en de school met de Inspectie heeft overlegd.
    - De school moet het besluit en de redenen schriftelijk aan de ouders geven.
    - Volgens de rechtspraak moet de school vóór een schorsing de leerling, de ouders en de betrokken leraar horen. In het besluit hoort te staan hoe ouders bezwaar kunnen maken.
    - Ook tijdens een schorsing blijft de school verantwoordelijk voor het onderwijs, bijvoorbeeld met huiswerk.

    Ik verzoek u:
    - het besluit tot schorsing te herroepen en een nieuw besluit te nemen;
    - mij de gelegenheid te geven mijn bezwaar mondeling toe te lichten;
    - zolang mijn kind niet naar school mag, te zorgen voor schoolwerk, en mij te laten weten wie mijn kind daarbij begeleidt;
    - mij schriftelijk te bevestigen dat u deze brief hebt ontvangen.

    {"["}Alleen als de termijn van 6 weken voorbij is (na { $deadline }): schrijf hier waarom uw bezwaar later komt. Haal deze regel anders weg.]

    Met vriendelijke groet,

    {"["}uw handtekening]
    {"["}uw naam]


## Bezwaar tegen een verwijdering

letter-removal-objection-title = Bezwaar tegen verwijdering

# source: https://www.rblgv.nl/leerplicht/schorsen-en-verwijderen/verwijderen/
# source: https://www.onderwijsinspectie.nl/onderwerpen/schorsen-en-verwijderen/basisonderwijs-schorsen-en-verwijderen/bezwaar-maken-tegen-verwijdering
# source: https://rblutrechtnoordwest.nl/voor-scholen/verwijderen/
# source: https://honoreadvocaten.nl/onderwijsrecht/po-vo/schorsing-en-verwijdering/
# source: https://onderwijsconsulenten.nl/advies/passend-onderwijs/zorgplicht/
# source: http://www.autipassendonderwijsutrecht.nl/jurisprudentie-over-verwijdering-en-overplaatsing-in-het-onderwijs
# source: https://swv-peellandpo.nl/nieuwsbrief/nieuwsbrief-oktober-2023/wat-is-de-geschillencommissie-passend-onderwijs/
# source: https://www.onderwijsconsument.nl/oneens-met-een-besluit-over-toelating-schorsing-of-verwijdering-ga-in-bezwaar/
# source: https://wetten.overheid.nl/BWBR0005537/
# Left out on purpose: the "8 weeks of searching" rule (sources disagree, shared/domain/brief.md §2).
letter-removal-objection =
    {"["}uw naam]
    {"["}uw adres]
    {"["}postcode en woonplaats]
    {"["}uw telefoonnummer of e-mailadres]

    Aan het schoolbestuur (bevoegd gezag) van
    {"["}naam en adres van het schoolbestuur]

    Kopie aan: de directeur van {"["}naam en adres van de school]

    {"["}woonplaats], { $today }

    Betreft: bezwaar tegen de verwijdering van {"["}naam van uw kind]

    Geacht bestuur,

    Ik ben de ouder van {"["}naam van uw kind], geboren op {"["}geboortedatum van uw kind]. Mijn kind zit op {"["}naam en adres van de school], in {"["}groep of klas].

    Op { $decision_date } heeft u besloten mijn kind van school te verwijderen. Tegen dit besluit maak ik bezwaar.
    { $school ->
        [openbaar] Omdat het om een openbare school gaat, dien ik dit bezwaarschrift in op grond van de Algemene wet bestuursrecht.
        [bijzonder] Ik dien dit bezwaar bij u in als het bevoegd gezag van de school.
       *[other] Ik dien dit bezwaar bij u in als het bevoegd gezag van de school. Is de school een openbare school, dan is dit een bezwaarschrift op grond van de Algemene wet bestuursrecht.
    }

    Ik ben het om de volgende redenen niet eens met het besluit:
    {"["}Schrijf hier in uw eigen woorden waarom u het niet eens bent. Denk aan: wat er volgens u en uw kind is gebeurd; of u, uw kind en de leraar vooraf zijn gehoord; welke ondersteuning uw kind nodig heeft en of die er was; of er al een andere school is die uw kind wil toelaten.]

    Ik wijs u op het volgende:
    - Voordat een school een leerling verwijdert, moet zij de ouders, de leerling en de betrokken leraar horen. Het besluit moet schriftelijk en met redenen worden gegeven.
    - De school moet de Inspectie en de leerplichtambtenaar over de verwijdering inlichten. Een school voor voortgezet onderwijs moet al vóór het besluit met de Inspectie overleggen.
    - Een leerling mag pas definitief worden verwijderd als een andere school bereid is hem of haar toe te laten. Tot die tijd blijft mijn kind op uw school ingeschreven, en blijft de school verantwoordelijk voor het onderwijs van mijn kind.
    - Heeft een leerling extra ondersteuning nodig, dan heeft de school de zorgplicht: zij moet zorgen voor een passende plek, op deze school of op een andere school.

    Ik verzoek u:
    - het besluit tot verwijdering te herroepen;
    - mij de stukken te laten inzien waarop het besluit is gebaseerd;
    - mij en mijn kind de gelegenheid te geven het bezwaar mondeling toe te lichten;
    - mij te laten weten welke scholen u samen met mij hebt onderzocht, of die scholen de ondersteuning kunnen geven die mijn kind nodig heeft, en hoe lang de reistijd is;
    - zolang er geen definitieve beslissing is, mijn kind weer op school toe te laten, of anders te zorgen voor onderwijs (schoolwerk en begeleiding), en mij te laten weten wie daarvoor zorgt;
    - mij schriftelijk te bevestigen dat u deze brief hebt ontvangen.

    Ik overweeg het geschil ook voor te leggen aan de Geschillencommissie Passend Onderwijs. Doe ik dat, dan verzoek ik u pas op mijn bezwaar te beslissen nadat de commissie advies heeft gegeven.

    {"["}Alleen als de termijn van 6 weken voorbij is (na { $deadline }): schrijf hier waarom uw bezwaar later komt. Haal deze regel anders weg.]

    Met vriendelijke groet,

    {"["}uw handtekening]
    {"["}uw naam]


## Bezwaar tegen een geweigerde toelating

letter-enrolment-objection-title = Bezwaar tegen weigering toelating

# source: https://onderwijsconsulenten.nl/advies/passend-onderwijs/zorgplicht/
# source: https://www.swvrijnstreek.nl/voor_professionals_/aanmelding__toelaten_en_zorgplicht
# source: https://swv-riba.nl/veelgestelde-vragen-over-zorgplicht/
# source: https://www.onderwijsconsument.nl/oneens-met-een-besluit-over-toelating-schorsing-of-verwijdering-ga-in-bezwaar/
# source: https://swv-peellandpo.nl/nieuwsbrief/nieuwsbrief-oktober-2023/wat-is-de-geschillencommissie-passend-onderwijs/
# source: https://wetten.overheid.nl/BWBR0005537/
letter-enrolment-objection =
    {"["}uw naam]
    {"["}uw adres]
    {"["}postcode en woonplaats]
    {"["}uw telefoonnummer of e-mailadres]

    Aan het schoolbestuur (bevoegd gezag) van
    {"["}naam en adres van het schoolbestuur]

    Kopie aan: de directeur van {"["}naam en adres van de school]

    {"["}woonplaats], { $today }

    Betreft: bezwaar tegen de weigering van {"["}naam van uw kind]

    Geacht bestuur,

    Op {"["}datum van uw aanmelding] heb ik mijn kind {"["}naam van uw kind], geboren op {"["}geboortedatum van uw kind], schriftelijk aangemeld bij {"["}naam en adres van de school], voor {"["}groep of klas]. Op { $decision_date } heeft u besloten mijn kind niet toe te laten. Tegen dit besluit maak ik bezwaar.
    { $school ->
        [openbaar] Omdat het om een openbare school gaat, dien ik dit bezwaarschrift in op grond van de Algemene wet bestuursrecht.
        [bijzonder] Ik dien dit bezwaar bij u in als het bevoegd gezag van de school.
       *[other] Ik dien dit bezwaar bij u in als het bevoegd gezag van de school. Is de school een openbare school, dan is dit een bezwaarschrift op grond van de Algemene wet bestuursrecht.
    }

    Ik ben het om de volgende redenen niet eens met het besluit:
    {"["}Schrijf hier in uw eigen woorden waarom u het niet eens bent. Denk aan: welke reden de school gaf; of u die reden op papier hebt gekregen; waarom deze school past bij uw kind.]

    {"["}Haal deze alinea weg als uw kind geen extra ondersteuning nodig heeft.] Bij de aanmelding heb ik laten weten dat mijn kind extra ondersteuning nodig heeft. Uw school heeft daarom de zorgplicht. Kan uw school die ondersteuning zelf niet bieden, dan moet u samen met mij zorgen voor een passende plek op een andere school. U mag mijn kind pas weigeren als een andere school heeft laten weten dat zij mijn kind toelaat. Voor zover ik weet, is dat niet gebeurd.

    {"["}Haal deze zin weg als hij niet klopt.] Mijn kind staat op dit moment op geen enkele school ingeschreven en krijgt dus geen onderwijs. Ik vraag u daarom met spoed te beslissen.

    Ik verzoek u:
    - het besluit te herroepen en mijn kind toe te laten;
    - mij de redenen van het besluit schriftelijk te geven, als u dat nog niet hebt gedaan;
    - als u vindt dat uw school de ondersteuning niet kan bieden: mij te laten weten welke andere school bereid is mijn kind toe te laten, en welke scholen u daarvoor samen met mij hebt onderzocht;
    - mij de gelegenheid te geven mijn bezwaar mondeling toe te lichten;
    - mij schriftelijk te bevestigen dat u deze brief hebt ontvangen.

    {"["}Alleen als uw kind extra ondersteuning nodig heeft:] Ik overweeg het geschil ook voor te leggen aan de Geschillencommissie Passend Onderwijs. Doe ik dat, dan verzoek ik u pas op mijn bezwaar te beslissen nadat de commissie advies heeft gegeven.

    {"["}Alleen als de termijn van 6 weken voorbij is (na { $deadline }): schrijf hier waarom uw bezwaar later komt. Haal deze regel anders weg.]

    Met vriendelijke groet,

    {"["}uw handtekening]
    {"["}uw naam]


## Verzoek om een startgesprek (Amsterdam, actiepunt 4)

letter-start-meeting-title = Verzoek om een startgesprek

# source: https://oudersenonderwijs.nl/kennisbank/vakantie-en-leerplicht/thuiszitters/
# source: https://www.oudersonderwijs.nl/op-school/extra-ondersteuning-voor-uw-kind/als-onderwijs-niet-lukt/hulp-aan-thuiszitters/
# source: https://onderwijsconsulenten.nl/advies/passend-onderwijs/zorgplicht/
# source: https://www.onderwijsconsument.nl/leerplichtambtenaar/
# The two-week start meeting, one contact person and "no domain discussions" come from action
# point 4 of the Amsterdam call "Stop het thuiszitten" (shared/seeds/amsterdam-stop-het-thuiszitten.txt,
# no public URL in the seed). It is a call to act, not a legal right: the letter asks, it does not demand.
letter-start-meeting =
    {"["}uw naam]
    {"["}uw adres]
    {"["}postcode en woonplaats]
    {"["}uw telefoonnummer of e-mailadres]

    Aan de directie van
    {"["}naam en adres van de school]

    Kopie aan:
    - het samenwerkingsverband {"["}naam van het samenwerkingsverband]
    - de leerplichtambtenaar van de gemeente {"["}naam van uw gemeente]

    {"["}woonplaats], { $today }

    Betreft: verzoek om een startgesprek over {"["}naam van uw kind]

    Geachte directie,

    Mijn kind {"["}naam van uw kind], geboren op {"["}geboortedatum van uw kind], staat bij u ingeschreven, in {"["}groep of klas]. Sinds { $home_since } zit mijn kind thuis. Mijn kind krijgt nu {"["}geen onderwijs / maar een paar uur per week onderwijs].

    Ik maak mij daar grote zorgen over. Ik wil graag samen met u zoeken naar een oplossing.

    Daarom vraag ik u om binnen twee weken een startgesprek te organiseren, met:
    - de school;
    - het samenwerkingsverband;
    - de leerplichtambtenaar;
    - {"["}als dat nodig is: de jeugdhulp, het ouder- en kindteam of de behandelaar van mijn kind];
    - mij, en als het kan ook mijn kind.

    Ik vraag u om in dat gesprek:
    - eerst te luisteren naar het verhaal en de behoeften van mijn kind en van mij;
    - samen een plan van aanpak op papier te maken waar alle partijen achter staan: welk onderwijs en welke ondersteuning mijn kind krijgt, vanaf wanneer, en wanneer we het plan opnieuw bespreken;
    - één vaste contactpersoon te noemen voor mij en mijn kind;
    - af te spreken welk onderwijs mijn kind krijgt tot er een passende plek is;
    - vragen tussen onderwijs en zorg, zoals wie wat betaalt, onderling op te lossen, zonder dat mijn kind daarop moet wachten.

    Zolang mijn kind bij u ingeschreven staat, blijft de school verantwoordelijk voor passend onderwijs. Het samenwerkingsverband moet ervoor zorgen dat er voor elk kind in de regio een passende plek is. De leerplichtambtenaar kan helpen bij de terugkeer naar school.

    Wilt u mij binnen een week laten weten wanneer het gesprek plaatsvindt? U kunt mij bereiken via {"["}uw telefoonnummer of e-mailadres].

    Met vriendelijke groet,

    {"["}uw handtekening]
    {"["}uw naam]


## Melding aan leerplicht: gedeeltelijk thuiszitten

letter-partial-report-title = Melding gedeeltelijk thuiszitten

# source: https://www.onderwijsinspectie.nl/actueel/nieuws/2018/09/06/maatwerk-in-onderwijstijd-voor-leerlingen-met-een-beperking
# source: https://wetten.overheid.nl/BWBR0041216/2018-08-01
# source: https://www.hendrikxadvocaten.nl/wanneer-mag-je-afwijken-van-de-wettelijk-voorgeschreven-onderwijstijd/
# source: https://oudersenonderwijs.nl/kennisbank/vakantie-en-leerplicht/thuiszitters/
# source: https://www.onderwijsconsument.nl/leerplichtambtenaar/
# Asking leerplicht to treat partial home-sitting as home-sitting follows action point 10 of the
# Amsterdam call (shared/seeds/amsterdam-stop-het-thuiszitten.txt).
letter-partial-report =
    {"["}uw naam]
    {"["}uw adres]
    {"["}postcode en woonplaats]
    {"["}uw telefoonnummer of e-mailadres]

    Aan de leerplichtambtenaar van de gemeente {"["}naam van uw gemeente]
    {"["}adres van de afdeling leerplicht]

    {"["}Kopie aan: naam en adres van de school. Haal deze regel weg als u geen kopie stuurt.]

    {"["}woonplaats], { $today }

    Betreft: melding dat mijn kind maar een deel van de tijd naar school mag

    Geachte leerplichtambtenaar,

    Mijn kind {"["}naam van uw kind], geboren op {"["}geboortedatum van uw kind], staat ingeschreven op {"["}naam en adres van de school], in {"["}groep of klas].

    Sinds { $home_since } mag mijn kind van de school niet meer de hele schooltijd naar school. Mijn kind mag nu {"["}aantal uren of dagdelen per week] naar school {"["}of: helemaal niet meer]. De rest van de tijd is mijn kind thuis. De school zegt dat dit komt doordat {"["}de reden die de school geeft].

    Dit is de situatie nu (kies wat klopt):
    - Er is {"["}wel / geen] OPP (ontwikkelingsperspectiefplan) waarin deze kortere schooltijd staat.
    - Ik heb het handelingsdeel van het OPP {"["}wel / niet] ondertekend.
    - Ik weet {"["}wel / niet] of de school toestemming van de Inspectie heeft voor minder uren, en tot wanneer.
    - Er is {"["}wel / geen] plan op papier met een einddatum en een opbouw naar meer uren.

    Voor zover ik weet, mag een school alleen minder onderwijstijd geven als een leerling om psychische of lichamelijke redenen niet de hele schooltijd kan volgen. Dat moet in het OPP staan, en de ouders moeten met het handelingsdeel hebben ingestemd. Gaat het niet om een medische behandeling of ziekte, dan heeft de school ook toestemming van de Inspectie nodig, voor een vast aantal uren en een vaste periode. De school blijft verantwoordelijk voor het onderwijs; ouders kunnen niet verplicht worden het onderwijs thuis over te nemen.

    Ik vraag u:
    - deze situatie te behandelen als (gedeeltelijk) thuiszitten;
    - contact op te nemen met de school en het samenwerkingsverband, en te helpen dat mijn kind zo snel mogelijk weer het onderwijs krijgt dat het nodig heeft;
    - {"["}als u dat wilt: een gesprek te organiseren met de school, het samenwerkingsverband, u en mij];
    - mij te laten weten wat u gaat doen.

    Ik werk graag mee aan een oplossing.

    Met vriendelijke groet,

    {"["}uw handtekening]
    {"["}uw naam]


## Het OPP bespreken, of niet instemmen met het handelingsdeel

letter-opp-title = Brief over het OPP

# source: https://www.pold.nl/ouders-hebben-vanaf-1-augustus-2017-instemmingsrecht-op-het-handelingsdeel-van-het-opp/
# source: https://onderwijsconsulenten.nl/advies/passend-onderwijs/geschillencommissie/
# source: https://swv-peellandpo.nl/nieuwsbrief/nieuwsbrief-oktober-2023/wat-is-de-geschillencommissie-passend-onderwijs/
# Left out on purpose: the pupil's hoorrecht on the OPP (Wet 36443; date in force not confirmed).
letter-opp =
    {"["}uw naam]
    {"["}uw adres]
    {"["}postcode en woonplaats]
    {"["}uw telefoonnummer of e-mailadres]

    Aan de directie van
    {"["}naam en adres van de school]
    {"["}t.a.v. de intern begeleider of zorgcoördinator, als u die naam weet]

    {"["}woonplaats], { $today }

    Betreft: het ontwikkelingsperspectiefplan (OPP) van {"["}naam van uw kind]

    Geachte directie,

    Mijn kind {"["}naam van uw kind], geboren op {"["}geboortedatum van uw kind], zit bij u in {"["}groep of klas].

    { $opp ->
        [oneens]
            Op {"["}datum] heb ik het OPP van mijn kind ontvangen. Ik ben het niet eens met het handelingsdeel: het deel van het OPP dat beschrijft welke ondersteuning en begeleiding mijn kind krijgt. Ik stem daarom niet in met het handelingsdeel en onderteken het niet.

            Ouders hebben sinds 1 augustus 2017 instemmingsrecht op het handelingsdeel van het OPP.

            Dit zijn mijn bezwaren:
            {"["}Schrijf hier in uw eigen woorden wat u anders wilt. Bijvoorbeeld: welke hulp ontbreekt; dat het aantal uren of de periode niet klopt; dat er geen einddatum of opbouw in staat; wat uw kind zelf wil.]

            Ik vraag u om binnen {"["}twee] weken een gesprek, zodat we samen tot afspraken komen waarmee ik kan instemmen. Komen we er samen niet uit, dan kan ik het geschil voorleggen aan de Geschillencommissie Passend Onderwijs.
       *[other]
            Ik wil graag het OPP van mijn kind met u bespreken.
            {"["}Schrijf hier kort waarover. Bijvoorbeeld: hoe het nu met uw kind gaat; welke ondersteuning uw kind krijgt of nodig heeft; dat er nog geen OPP is; of dat het OPP lang niet is bijgewerkt.]

            Ik vraag u:
            - om een gesprek binnen {"["}twee] weken, met {"["}de leerkracht of mentor, en de intern begeleider of zorgcoördinator];
            - mij vóór het gesprek de nieuwste versie van het OPP te sturen, als die er is.

            Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Ik onderteken het handelingsdeel daarom graag pas nadat we het samen hebben besproken.
    }

    {"["}Haal deze zin weg als hij niet klopt.] Mijn kind wil graag ook zelf vertellen wat het nodig heeft.

    Wilt u mij laten weten wanneer het gesprek kan plaatsvinden? U kunt mij bereiken via {"["}uw telefoonnummer of e-mailadres].

    Met vriendelijke groet,

    {"["}uw handtekening]
    {"["}uw naam]


## Uitleg bij de brieven (in de taal van de ouder)

letter-suspension-objection-explain =
    Dit is uw bezwaarbrief tegen de schorsing. Wat staat erin?
    - Dat u bezwaar maakt tegen het besluit, en waarom.
    - De regels: hooguit 1 week, het besluit op papier, eerst horen, en schoolwerk tijdens de schorsing.
    - Dat u een nieuw besluit vraagt en uw bezwaar mondeling wilt toelichten.
    Zo maakt u de brief af:
    - Vul alles tussen [haken] in. Haal daarna de haken en de uitleg weg.
    - Schrijf bij de redenen in uw eigen woorden wat er volgens u en uw kind is gebeurd.
    - Stuur de brief aan het schoolbestuur (het bevoegd gezag), niet alleen aan de directeur. Het adres staat in de schoolgids of op de website van de school.
    - Bewaar een kopie, en vraag de school om te bevestigen dat zij uw brief heeft ontvangen.
    Let op: de wet verplicht bezwaar tegen een schorsing niet bij elke school. Kijk in de schoolgids of het leerlingenstatuut hoe het bij uw school gaat. Bij een openbare school geldt de Algemene wet bestuursrecht.
    { $deadline_state ->
        [soon] De termijn is bijna voorbij: u kunt tot en met { $deadline } bezwaar maken. Stuur uw brief als het kan vandaag.
        [passed] De 6 weken zijn voorbij: ze eindigden op { $deadline }. Stuur uw brief toch, en schrijf erin waarom hij later komt. Bij een openbare school moet het bestuur een te late brief toch behandelen als u redelijkerwijs niet op tijd kon zijn (Algemene wet bestuursrecht, artikel 6:11: https://wetten.overheid.nl/BWBR0005537/). U kunt ook een klacht indienen bij de klachtencommissie van de school, of hulp vragen aan de Onderwijsconsulenten (070-312 28 87, gratis) of een adviseur.
       *[other] U kunt tot en met { $deadline } bezwaar maken. Staat in de schoolgids een andere termijn? Houd die dan aan.
    }
    Wat gebeurt er daarna? Het bestuur beslist meestal binnen ongeveer 4 weken. Vaak is de schorsing dan al voorbij. Toch telt uw bezwaar mee voor het dossier, en als uw kind vaker wordt geschorst.
    Dit is algemene informatie, geen juridisch advies.

letter-removal-objection-explain =
    Dit is uw bezwaarbrief tegen de verwijdering. Wat een moeilijke situatie. Met deze brief komt u op voor uw kind.
    Wat staat erin?
    - Dat u bezwaar maakt tegen het besluit, en waarom.
    - Wat de school moet doen: eerst u, uw kind en de leraar horen, het besluit met redenen op papier geven, en eerst een andere school vinden die uw kind toelaat.
    - Dat uw kind tot die tijd ingeschreven blijft en onderwijs moet krijgen.
    - Dat u de stukken wilt zien, en uw bezwaar mondeling wilt toelichten.
    Zo maakt u de brief af:
    - Vul alles tussen [haken] in. Haal daarna de haken en de uitleg weg.
    - Stuur de brief aan het schoolbestuur (het bevoegd gezag). Het adres staat in de schoolgids of op de website van de school.
    - Bewaar een kopie, en vraag de school om te bevestigen dat zij uw brief heeft ontvangen.
    - U kunt ook binnen 6 weken gratis naar de Geschillencommissie Passend Onderwijs. Het bestuur wacht dan met beslissen tot de commissie advies heeft gegeven.
    { $deadline_state ->
        [soon] De termijn is bijna voorbij: u kunt tot en met { $deadline } bezwaar maken. Stuur uw brief als het kan vandaag.
        [passed] De 6 weken zijn voorbij: ze eindigden op { $deadline }. Stuur uw brief toch, en schrijf erin waarom hij later komt. Bij een openbare school moet het bestuur een te late brief toch behandelen als u redelijkerwijs niet op tijd kon zijn (Algemene wet bestuursrecht, artikel 6:11: https://wetten.overheid.nl/BWBR0005537/). Vraag ook hulp aan de Onderwijsconsulenten (070-312 28 87, gratis) of een adviseur: zij kijken met u naar andere wegen, zoals een klacht.
       *[other] U kunt tot en met { $deadline } bezwaar maken.
    }
    Wat gebeurt er daarna? Het bestuur hoort u en beslist meestal binnen 4 weken nadat de 6 weken voorbij zijn. Tijdens het bezwaar mag de school uw kind buiten de school houden, maar uw kind blijft ingeschreven. Heel dringend? Vraag een adviseur of het Juridisch Loket (0900-8020) naar een snelle beslissing van de rechter.
    Dit is algemene informatie, geen juridisch advies.

letter-enrolment-objection-explain =
    Dit is uw bezwaarbrief tegen de weigering van uw kind. Wat staat erin?
    - Wanneer u uw kind hebt aangemeld, en dat de school uw kind weigert.
    - Heeft uw kind extra ondersteuning nodig? Dan staat erin dat de school de zorgplicht heeft, en dat zij uw kind pas mag weigeren als een andere school uw kind toelaat. Past dat niet bij uw kind? Haal die alinea dan weg.
    - Dat u de redenen op papier wilt, en uw bezwaar mondeling wilt toelichten.
    Zo maakt u de brief af:
    - Vul alles tussen [haken] in. Haal daarna de haken en de uitleg weg.
    - Stuur de brief aan het schoolbestuur (het bevoegd gezag) van de school die uw kind weigert. Het adres staat in de schoolgids of op de website van de school.
    - Bewaar een kopie, en vraag de school om te bevestigen dat zij uw brief heeft ontvangen.
    - Heeft uw kind extra ondersteuning nodig? Dan kunt u ook binnen 6 weken gratis naar de Geschillencommissie Passend Onderwijs.
    { $deadline_state ->
        [soon] De termijn is bijna voorbij: u kunt tot en met { $deadline } bezwaar maken. Stuur uw brief als het kan vandaag.
        [passed] De 6 weken zijn voorbij: ze eindigden op { $deadline }. Stuur uw brief toch, en schrijf erin waarom hij later komt. Bij een openbare school moet het bestuur een te late brief toch behandelen als u redelijkerwijs niet op tijd kon zijn (Algemene wet bestuursrecht, artikel 6:11: https://wetten.overheid.nl/BWBR0005537/). U kunt uw kind ook aanmelden bij een andere school, en hulp vragen aan de Onderwijsconsulenten (070-312 28 87, gratis) of een adviseur.
       *[other] U kunt tot en met { $deadline } bezwaar maken.
    }
    Wat gebeurt er daarna? Het bestuur beslist over uw bezwaar. Een school mag wel weigeren als zij vol is voor iedereen, of als u de grondslag (de godsdienst of levensovertuiging) van een bijzondere school niet respecteert. Staat uw kind nergens ingeschreven? Neem dan meteen contact op met de leerplichtambtenaar van uw gemeente.
    Dit is algemene informatie, geen juridisch advies.

letter-start-meeting-explain =
    Dit is uw brief om een startgesprek te vragen. Goed dat u dit doet: zo komen alle partijen samen aan tafel.
    Wat staat erin?
    - Sinds wanneer uw kind thuis zit.
    - Dat u binnen twee weken een gesprek vraagt met de school, het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) en de leerplichtambtenaar.
    - Dat eerst naar uw kind en naar u wordt geluisterd, en dat u een plan op papier en één vaste contactpersoon wilt.
    Zo maakt u de brief af:
    - Vul alles tussen [haken] in. Haal daarna de haken weg. Hoort er jeugdhulp of een behandelaar bij? Laat die regel dan staan.
    - Stuur de brief aan de directeur van de school. Stuur een kopie aan het samenwerkingsverband (vraag de school welk dat is) en aan de leerplichtambtenaar van uw gemeente (kijk op de website van uw gemeente bij 'leerplicht').
    - Bewaar een kopie, en vraag de school om te bevestigen dat zij uw brief heeft ontvangen.
    Goed om te weten: een gesprek binnen twee weken is geen wettelijk recht. Organisaties die ouders helpen, vragen scholen in Amsterdam wel om zo te werken. De school blijft verantwoordelijk voor het onderwijs zolang uw kind daar ingeschreven staat.
    Wat gebeurt er daarna? Hoort u binnen een week niets? Bel of mail de school en de leerplichtambtenaar. Zit uw kind al meer dan 4 weken thuis? Meld u dan ook bij de Onderwijsconsulenten: 070-312 28 87 (gratis).
    Dit is algemene informatie, geen juridisch advies.

letter-partial-report-explain =
    Dit is uw melding aan de leerplichtambtenaar. Mag uw kind maar een deel van de tijd naar school, of zit het thuis? Dan is het goed dat leerplicht dat weet.
    Wat staat erin?
    - Sinds wanneer uw kind (deels) thuis is, en hoeveel uur het naar school mag.
    - Of er een OPP (het plan voor de ondersteuning van uw kind) is, en of u het handelingsdeel (het deel over de hulp) hebt ondertekend.
    - De regels: minder uren mag alleen om psychische of lichamelijke redenen, in een OPP waarmee u hebt ingestemd, en soms alleen met toestemming van de Inspectie.
    - Dat u leerplicht vraagt om met de school en het samenwerkingsverband te zorgen dat uw kind weer het onderwijs krijgt dat het nodig heeft.
    Zo maakt u de brief af:
    - Vul alles tussen [haken] in. Kies bij 'wel / niet' wat klopt, en haal de rest weg.
    - Stuur de brief aan de leerplichtambtenaar van uw gemeente. Het adres staat op de website van uw gemeente bij 'leerplicht', of vraag het de school.
    - Bewaar een kopie, en vraag leerplicht om te bevestigen dat zij uw brief heeft ontvangen.
    Wat gebeurt er daarna? De leerplichtambtenaar kan met de school en het samenwerkingsverband praten en bemiddelen. U meldt dit omdat u wilt dat uw kind onderwijs krijgt: zo laat u zien dat u meewerkt. Gebeurt er niets? Vraag gratis hulp aan de Onderwijsconsulenten: 070-312 28 87.
    Dit is algemene informatie, geen juridisch advies.

letter-opp-explain =
    Dit is uw brief over het OPP (ontwikkelingsperspectiefplan: het plan voor de ondersteuning van uw kind). Wat staat erin?
    - Wilt u het OPP bespreken? Dan vraagt u om een gesprek, en om de nieuwste versie van het OPP vooraf.
    - Bent u het niet eens met het plan? Dan schrijft u dat u niet instemt met het handelingsdeel (het deel over de hulp en begeleiding), en waarom. Ouders hebben instemmingsrecht: zonder uw instemming geldt het handelingsdeel niet.
    Zo maakt u de brief af:
    - Vul alles tussen [haken] in. Haal daarna de haken en de uitleg weg. Schrijf in uw eigen woorden wat u anders wilt.
    - Stuur de brief aan de directeur van de school, of aan de intern begeleider of zorgcoördinator.
    - Bewaar een kopie, en vraag de school om te bevestigen dat zij uw brief heeft ontvangen.
    Wat gebeurt er daarna? Meestal volgt een gesprek. Niet tekenen betekent niet vanzelf dat uw kind meer hulp of meer uren krijgt: vraag wat de school dan wél doet. Komt u er samen niet uit? Dan kunt u gratis naar de Geschillencommissie Passend Onderwijs. Advies: de Onderwijsconsulenten, 070-312 28 87 (gratis).
    Dit is algemene informatie, geen juridisch advies.


## De brief geven

letter-intro = Hier is uw brief. Hij is in het Nederlands, omdat hij naar een Nederlandse school of instantie gaat. Kopieer de brief, vul de delen tussen [haken] in, en verstuur hem.
letter-document = Dezelfde brief als document, om te printen of te e-mailen.
common-c-letter = Help mij de brief te schrijven


## Vragen voor de brief

letter-ask-decision-date = Op welke datum heeft de school dit besluit genomen? De datum staat meestal op de brief van de school. Bijvoorbeeld: 12 november of 12-11-2026.
letter-ask-home-since = Sinds welke datum zit uw kind (deels) thuis? Bijvoorbeeld: 1 oktober of 1-10-2026.
common-ask-date = Ik kan daar geen datum in lezen. Wilt u het nog een keer proberen? Schrijf bijvoorbeeld: 12 november of 12-11-2026.
common-ask-date-past = Die datum ligt in de toekomst. Ik heb een datum nodig die al voorbij is. Schrijf bijvoorbeeld: 12 november of 12-11-2026.
letter-ask-school =
    Is het een openbare school of een bijzondere school? Een bijzondere school hoort bij een stichting of vereniging, bijvoorbeeld een christelijke of islamitische school, of een Montessorischool van een stichting. Dat staat in de schoolgids.
letter-c-school-public = Openbare school
letter-c-school-private = Bijzondere school
letter-c-school-unknown = Ik weet het niet
letter-ask-opp = Wat wilt u met uw brief over het OPP (het plan voor de ondersteuning van uw kind)?
letter-c-opp-discuss = Ik wil het OPP bespreken
letter-c-opp-disagree = Ik ben het niet eens met het plan in het OPP


## Termijnen

# source: https://onderwijsconsulenten.nl/advies/passend-onderwijs/zorgplicht/
# source: https://swvzout.nl/2022/08/25/hoe-zit-het-met-de-onderzoeksperiode-als-een-kind-bij-3-jaar-wordt-aangemeld/
# source: https://www.swvamsterdamdiemen.nl/veelgestelde-vragen/veelgestelde-vragen-ouders/zorgplicht-hoe-lang-heeft-school-na-een-schriftelijke-aanmelding-van-een-nieuwe-leerling-de-tijd-om-te-beoordelen-of-zij-de-leerling-in-kan-schrijven
deadline-enrolment =
    De school moet binnen 6 weken na uw schriftelijke aanmelding beslissen: uiterlijk op { $deadline }. Ze mag die termijn één keer met 4 weken verlengen, tot uiterlijk { $deadline_late }.
    { $deadline_state ->
        [soon] De 6 weken zijn bijna voorbij. Nog geen besluit? Vraag de school schriftelijk wanneer het besluit komt.
        [passed] De 6 weken zijn voorbij. Hebt u geen besluit gekregen, en ook geen bericht dat de school 4 weken langer nodig heeft? Vraag de school dan schriftelijk om een besluit. Neem ook contact op met de leerplichtambtenaar van uw gemeente, of met de Onderwijsconsulenten (070-312 28 87, gratis). Is er na { $deadline_late } nog steeds geen besluit, en staat uw kind niet op een andere school ingeschreven? Dan wordt uw kind voorlopig toegelaten.
       *[other] Bewaar een kopie van uw aanmelding, met de datum.
    }
    Staat uw kind nergens ingeschreven? Dan hoeft de school in die weken nog geen les te geven. Neem daarom meteen contact op met de leerplichtambtenaar.

# source: https://www.oudersonderwijs.nl/op-school/schoolorganisatie/schoolregels-en-straffen/schorsen/
# source: https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBMNE:2017:6581
deadline-suspension =
    Een schorsing duurt hooguit 1 week (5 schooldagen). Begon de schorsing op { $suspension_start }? Dan mag uw kind uiterlijk op { $deadline } weer naar school. Valt er een vakantie of vrije dag in die week, dan schuift die dag mee.
    { $deadline_state ->
        [passed] Die dag is voorbij. Mag uw kind nog steeds niet terug? Alleen op de middelbare school mag een schorsing langer duren, als de school bezig is met een verwijdering en eerst met de Inspectie heeft overlegd. Vraag de school schriftelijk waarom uw kind niet terug mag, en vanaf welke dag wel. Neem ook contact op met de leerplichtambtenaar van uw gemeente, en vraag advies bij Ouders & Onderwijs (0800-5010, gratis) of de Onderwijsconsulenten (070-312 28 87, gratis).
       *[other] Heeft de school geen einddatum genoemd, of wil de school de schorsing verlengen? Vraag de school dan schriftelijk waarom, en vanaf welke dag uw kind terug mag. Alleen op de middelbare school mag een schorsing langer duren, als de school bezig is met een verwijdering.
    }
    Ook tijdens de schorsing blijft de school onderwijs geven, bijvoorbeeld met huiswerk.

# source: https://www.steunpuntpassendonderwijs-povo.nl/document/vrijstelling-van-de-leerplicht-2/
deadline-exemption =
    Een vrijstelling om lichamelijke of psychische redenen (artikel 5 onder a) geldt 1 jaar. Meestal moet u haar elk jaar vóór 1 juli opnieuw regelen: nu dus vóór { $deadline }.
    { $deadline_state ->
        [soon] Die datum is dichtbij. Neem als het kan vandaag contact op met de leerplichtambtenaar.
        [passed] Die datum is voorbij. Neem zo snel mogelijk contact op met de leerplichtambtenaar, en vraag wat u nu moet doen.
       *[other] Begin op tijd, en vraag de leerplichtambtenaar hoe het in uw gemeente gaat.
    }
    U hebt opnieuw een verklaring nodig van een onafhankelijke arts, psycholoog of pedagoog die de gemeente aanwijst. Staat in de verklaring dat uw kind ook later niet naar school kan? Dan is een nieuwe aanvraag soms niet nodig. Vraag het de leerplichtambtenaar.


## Herinneringen (alleen met toestemming)

common-c-remind = Herinner mij een week van tevoren
reminder-set = Goed. Ik stuur u op { $date } een herinnering. Daarvoor bewaar ik alleen die datum en dit gesprek. Met /vergeet wis ik het.
reminder-due =
    { $kind ->
        [objection] Herinnering: over een week, op { $deadline }, eindigt de termijn om bezwaar te maken. Hebt u uw brief al verstuurd? Dan hoeft u niets te doen. Nog niet? Stuur hem dan deze week.
        [enrolment] Herinnering: uiterlijk op { $deadline } moet de school beslissen over uw aanmelding, of u laten weten dat zij 4 weken langer nodig heeft. Nog niets gehoord? Vraag de school schriftelijk wanneer het besluit komt.
        [exemption] Herinnering: de vrijstelling van uw kind moet meestal vóór { $deadline } opnieuw geregeld zijn. Hebt u nog geen contact gehad met de leerplichtambtenaar? Doe dat dan nu.
       *[other] Herinnering: over een week, op { $deadline }, eindigt de termijn waarvoor u een herinnering vroeg.
    }
    Wilt u hulp? Typ /start.


## Nazorg na 4 weken (alleen met toestemming)

common-c-followup = Vraag mij over 4 weken hoe het gaat
followup-set = Goed. Ik vraag u op { $date } of uw kind weer naar school gaat. Daarvoor bewaar ik alleen die datum en dit gesprek, verder niets. Met /vergeet wis ik het.
followup-ask = Mag ik u over 4 weken vragen of uw kind weer naar school gaat? Zo weten wij of onze hulp werkt. Daarvoor bewaar ik alleen de datum en dit gesprek.
followup-c-consent-yes = Ja, dat is goed
followup-c-consent-no = Nee, liever niet
followup-question = Vier weken geleden vroeg u ons om hulp. Hoe gaat het nu: gaat uw kind weer naar school?
followup-c-yes = Ja
followup-c-partly = Deels, een paar uur of dagen
followup-c-no = Nee
followup-c-unsaid = Dat zeg ik liever niet
followup-thanks = Dank u wel voor uw antwoord. Hebt u later nog een vraag? Ik ben er voor u: typ /start.
followup-offer-adviser =
    Wat vervelend dat het nog niet goed gaat. Dat is zwaar, voor uw kind en voor u.
    Een adviseur kan opnieuw met u meekijken. De adviseur ziet wat u eerder hebt gevraagd, dus u hoeft niet alles opnieuw te vertellen. Wat wilt u doen?
