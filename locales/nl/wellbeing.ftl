# Flow: wellbeing (angst, somberheid, niet naar school durven, ziek). Source language: Dutch.
wellbeing-start =
    Gaat het niet goed met uw kind? Dat is zorgelijk. Wat past het best?
wellbeing-c-crisis = Mijn kind denkt aan zelfdoding of wil niet meer leven
wellbeing-c-anxious = Mijn kind is angstig of somber, of durft niet naar school
wellbeing-c-options = Welke mogelijkheden voor onderwijs zijn er, als school nu niet lukt?
wellbeing-c-exemption = Mijn kind kan door ziekte of psychische problemen helemaal niet naar school
wellbeing-c-fewer-hours = De school wil dat mijn kind minder uren komt
wellbeing-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis

wellbeing-crisis =
    Denkt uw kind aan zelfdoding, of zegt het dat het niet meer wil leven? Neem dat altijd serieus.
    - Bel 113 (gratis) of 0800-0113, of chat via 113.nl. Dat kan ook samen met uw kind.
    - Is er direct gevaar? Bel 112.
    - Neem ook contact op met uw huisarts. 's Avonds en in het weekend: de huisartsenpost.
    - Deze hulplijnen spreken Nederlands. U kunt vragen om een tolk.
    Wacht niet op ons: de adviseurs van Wegwijzer zijn geen crisishulp en niet altijd direct bereikbaar. Bel bij twijfel 113 of 112.

wellbeing-anxious =
    Wat zwaar als uw kind angstig of somber is. U staat er niet alleen voor.
    - Soms heeft een kind eerst rust nodig om bij te komen, bijvoorbeeld na pesten of een nare tijd op school. Ouders & Onderwijs ziet dat aandringen op zo snel mogelijk terug naar school dan niet helpt. Vraag om een plan met kleine stappen.
    - De school blijft verantwoordelijk voor het onderwijs van uw kind. Vraag om een gesprek: wat heeft uw kind nodig? Laat uw kind zelf ook vertellen wat het nodig heeft.
    - Hulp voor uw kind: via de huisarts, of { $okt }
    - De jeugdarts (jeugdgezondheidszorg) kan meedenken als uw kind veel school mist, en helpen bij de terugkeer naar school. U kunt de jeugdgezondheidszorg in uw gemeente zelf bellen.
    - Uw kind kan ook zelf praten met De Kindertelefoon (kindertelefoon.nl).
    - Leerplicht kan meedenken over de terugkeer: { $leerplicht }
    - Advies over school: { $oco }

wellbeing-options =
    Lukt de hele dag naar school nu niet? Er zijn mogelijkheden. De school blijft verantwoordelijk en moet met u zoeken naar onderwijs dat past.
    - Maatwerk via het OPP (ontwikkelingsperspectief: het plan voor de ondersteuning van uw kind), bijvoorbeeld tijdelijk minder uren met een plan om weer op te bouwen. Bij ziekte of een medische behandeling hoeft de school daarvoor geen toestemming aan de Inspectie te vragen. De school maakt het OPP in overleg met u. Voor het deel over de hulp (het handelingsdeel) is uw instemming nodig.
    - Vraag de school of (tijdelijk) afstandsonderwijs of halve dagen kan.
    - Is uw kind langdurig of ernstig ziek? Dan blijft de school verantwoordelijk voor het onderwijs, ook als uw kind niet naar school kan. De school kan gratis hulp vragen aan een consulent onderwijsondersteuning zieke leerlingen (OZL). Meer informatie: ziezon.nl.
    - Sommige scholen bieden onderwijs en zorg samen, in een onderwijszorgarrangement. Vraag de school en het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen) of dat kan: { $swv }
    - Lukt het niet samen? Vraag gratis hulp aan de Onderwijsconsulenten: 070-312 28 87.
    - Een vrijstelling van de leerplicht is de laatste stap. Met een vrijstelling hoeft de school uw kind geen onderwijs meer te geven. Minder uren kan ook zonder vrijstelling, via het OPP.

wellbeing-exemption =
    Kan uw kind door lichamelijke of psychische redenen helemaal niet naar school? Dan is een vrijstelling van de leerplicht mogelijk (artikel 5 onder a).
    - U hebt een verklaring nodig van een onafhankelijke arts, psycholoog of pedagoog die de gemeente aanwijst. Uw eigen huisarts of behandelaar mag dat niet zijn.
    - De vrijstelling geldt 1 jaar. Meestal moet u haar elk jaar vóór 1 juli opnieuw regelen.
    - De leerplichtambtenaar vertelt u hoe het werkt: { $leerplicht }
    Let op: met een vrijstelling hoeft uw kind niet meer naar school, en hoeft de school geen onderwijs meer te geven. Kan uw kind wel een deel van de tijd? Dan kan minder uren via het OPP (het plan voor de ondersteuning van uw kind), zonder vrijstelling. Bespreek eerst met de school en een adviseur wat het beste past.
