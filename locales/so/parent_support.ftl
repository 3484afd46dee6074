# Flow: parent_support (the parent's own exhaustion; support for the parent, parent groups, 113). Translated from locales/nl/parent_support.ftl (Somali).
parent_support-start =
    Daryeelka ilmahaaga inta uu guriga joogo waa culus yahay. Waalidiin badan ayaa aad u daala, taasina waa wax la fahmi karo. Maxaa sida ugu fiican kuugu habboon?
parent_support-c-tired = Waan daallanahay, anigana waxaan u baahnahay taageero
parent_support-c-groups = Waxaan rabaa inaan la hadlo waalidiin kale oo isla arrintan la kulmaya
parent_support-c-cannot = Waan quustay, ama waxaan ka fikirayaa is-dil

parent_support-tired =
    Waa fiican tahay inaad naftaada sidoo kale ka fikirto. Taasi ilmahaaga ayay sidoo kale caawisaa.
    - La hadal dhakhtarka qoyska (huisarts), ama kaaliyaha dhakhtarka qoyska (POH, praktijkondersteuner). Wada eega waxa aad u baahan tahay.
    - Taageero qoyskaaga: { $okt }
    - Ma waajib baa inaad shaqada yarayso sababtoo ah ilmahaagu guriga ayuu joogaa? Taasi waxay ku dhacdaa waalidiin badan. Kala hadal loo-shaqeeyahaaga, iyo la-taliye.
    - Uma baahnid inaad wax walba keligaa samayso. Su'aalaha dugsiga: { $oco }. Ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash).
    Mararka qaar ma dareentaa xumaan intaas le'eg oo aadan rabin inaad sii noolaato? Wac 113 (bilaash) ama 0800-0113, ama qoraal (chat) kula xiriir 113.nl.

parent_support-groups =
    Waalidiinta kale ayaa inta badan si fiican u fahma waxa aad la kulmayso.
    - OCO / Oudersteunpunt (xarunta taageerada waalidiinta) ee Amsterdam waxay ka shaqaynaysaa inay kooxo waalidiin ah isku xiraan. Weydii: { $oco }
    - Landelijke Oudervereniging Balans waa urur qaran oo waalidiintu leeyihiin, waalidiintana u adeega (balansdigitaal.nl).

parent_support-groups-elsewhere =
    Waalidiinta kale ayaa inta badan si fiican u fahma waxa aad la kulmayso.
    - Weydii dowladda hoose (gemeente), ama samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon), inay jiraan kooxo waalidiin ah oo kuu dhow. Samenwerkingsverband: { $swv }
    - Landelijke Oudervereniging Balans waa urur qaran oo waalidiintu leeyihiin, waalidiintana u adeega (balansdigitaal.nl).
    - Su'aalo ku saabsan dugsiga? Ouders & Onderwijs (khadka qaranka ee waalidiinta): 0800-5010 (bilaash).

parent_support-cannot =
    Waad ku mahadsan tahay inaad ii sheegtay. Uma baahnid inaad culayskan keligaa qaaddo.
    - Maanta arrintan ka hadal: wac 113 (bilaash) ama 0800-0113, ama qoraal (chat) kula xiriir 113.nl.
    - Ma jirtaa khatar degdeg ah? Wac 112.
    - Dhakhtarka qoyska (huisarts) ayaa sidoo kale ku caawin kara. Habeenkii iyo dhammaadka toddobaadka: huisartsenpost (dhakhtarka qoyska ee saacadaha shaqada ka baxsan).
    - Khadadka caawimadan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.
    Ha na sugin: la-taliyeyaasha Wegwijzer ma aha caawimaad xaalad degdeg ah (crisis), mana aha kuwo mar walba isla markiiba la heli karo. Haddii aad shaki qabto, wac 113 ama 112.
