# Flow: parent_support (de ouder zelf is uitgeput; steun voor de ouder, oudergroepen, 113). Source language: Dutch.
parent_support-start =
    Voor uw kind zorgen terwijl het thuis zit, is zwaar. Veel ouders raken uitgeput, en dat is begrijpelijk. Wat past het best?
parent_support-c-tired = Ik ben moe en heb zelf steun nodig
parent_support-c-groups = Ik wil andere ouders spreken die dit ook meemaken
parent_support-c-cannot = Ik zie het niet meer zitten, of ik denk aan zelfdoding

parent_support-tired =
    Goed dat u ook aan uzelf denkt. Dat helpt uw kind ook.
    - Praat met uw huisarts, of met de praktijkondersteuner (POH) van de huisarts. Samen kijkt u wat u nodig hebt.
    - Steun voor uw gezin: { $okt }
    - Moet u minder werken omdat uw kind thuis is? Dat overkomt veel ouders. Bespreek het met uw werkgever, en met een adviseur.
    - U hoeft niet alles alleen te doen. Voor vragen over school: { $oco }. Of de Onderwijsconsulenten (070-312 28 87, gratis).
    Voelt u zich soms zo slecht dat u niet meer verder wilt? Bel 113 (gratis) of 0800-0113, of chat via 113.nl.

parent_support-groups =
    Andere ouders begrijpen vaak precies wat u meemaakt.
    - Het OCO / Oudersteunpunt in Amsterdam werkt eraan om groepen ouders met elkaar in contact te brengen. Vraag ernaar: { $oco }
    - Landelijke Oudervereniging Balans is een vereniging van en voor ouders (balansdigitaal.nl).

parent_support-groups-elsewhere =
    Andere ouders begrijpen vaak precies wat u meemaakt.
    - Vraag uw gemeente, of het samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen), of er bij u in de buurt groepen voor ouders zijn. Samenwerkingsverband: { $swv }
    - Landelijke Oudervereniging Balans is een vereniging van en voor ouders (balansdigitaal.nl).
    - Vragen over school? Ouders & Onderwijs: 0800-5010 (gratis).

parent_support-cannot =
    Fijn dat u het zegt. U hoeft dit niet alleen te dragen.
    - Praat er vandaag over: bel 113 (gratis) of 0800-0113, of chat via 113.nl.
    - Is er direct gevaar? Bel 112.
    - Uw huisarts kan ook helpen. 's Avonds en in het weekend: de huisartsenpost.
    - Deze hulplijnen spreken Nederlands. U kunt vragen om een tolk.
    Wacht niet op ons: de adviseurs van Wegwijzer zijn geen crisishulp en niet altijd direct bereikbaar. Bel bij twijfel 113 of 112.
