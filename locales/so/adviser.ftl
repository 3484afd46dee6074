# Flow: adviser (talk to a person). Translated from locales/nl/adviser.ftl (Somali).
adviser-start =
    La-taliye waa qof, ma aha kombiyuutar. La-taliye wuxuu:
    - kula eegi karaa xeerarka khuseeya xaaladdaada;
    - kula go'aamin karaa tallaabada xigta, tusaale ahaan warqad ama kulan lala yeesho dugsiga;
    - kuu sheegi karaa hay'adda kale ee ku caawin karta.
    Waxa la-taliyuhu qoro lama turjumo. Waxaad codsan kartaa wicitaan telefoon oo turjumaan la socdo.
    Maxaa sida ugu fiican kuugu habboon?
adviser-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad
adviser-c-danger = Qof ayaa khatar ku jira, ama ilmahaygu wuxuu ka fikirayaa is-dil
adviser-c-contacts = Marka hore aan anigu eego hay'adaha i caawin kara

adviser-handover =
    Su'aashaada waxaan u gudbinayaa la-taliye. Hadda waxaad si kooban u qori kartaa waxa dhacay, goorta uu bilaabmay, iyo waxa aad isku dayday. Fadlan ha soo dirin magacyo, taariikhda dhalashada ama BSN (lambarka adeegga muwaadinka).

adviser-danger =
    Qof ma ku jiraa khatar degdeg ah? Wac 112.
    Ilmahaagu ma ka fikirayaa is-dil (inuu naftiisa qaado)? Wac 113 (bilaash) ama 0800-0113, ama qoraal (chat) kula xiriir 113.nl.
    Rabshad ama ammaan la'aan guriga: Veilig Thuis (xarunta caawimada rabshadaha guriga) 0800-2000, habeen iyo maalin, bilaash.
    Khadadka caawimadan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.
    Ha na sugin: la-taliyeyaasha Wegwijzer ma aha caawimaad xaalad degdeg ah (crisis), mana aha kuwo mar walba isla markiiba la heli karo. Haddii aad shaki qabto, wac 113 ama 112.

adviser-contacts =
    Halkan waxaad ka heli kartaa caawimaad:
    - Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, bilaash): marka ilmahaagu guriga joogay in ka badan 4 toddobaad, meel uusan helin, ama taageeradu ay istaagtay. 070-312 28 87, maalmaha shaqada 9.00–12.30 iyo 13.30–16.30.
    - Ouders & Onderwijs (khadka qaranka ee waalidiinta): su'aal kasta oo dugsiga ku saabsan. 0800-5010 (bilaash) ama vraag@oudersonderwijs.nl.
    - Talo meel kuu dhow: { $oco }
    - Leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon): { $swv }
    - Juridisch Loket (xafiiska caawimada sharciga), su'aalaha sharciga: 0900-8020 (€0,25 daqiiqaddii).
    - Kinderombudsman (ilaaliyaha xuquuqda carruurta): 0800-876 54 32. Marka hore u cabso hay'adda laftigeeda, oo 1 sano gudaheed.
    Hay'adahan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.
