# Flow: adviser (talk to a person). Translated from locales/nl/adviser.ftl (Somali).
adviser-start =
    La-taliye waa qof, ma aha kombiyuutar. La-taliye wuxuu:
    - kula eegi karaa xeerarka khuseeya xaaladdaada;
    - kula go'aamin karaa tallaabada xigta, tusaale ahaan warqad ama kulan lala yeesho dugsiga;
    - kuu sheegi karaa hay'adda kale ee ku caawin karta.
    Maxaa sida ugu fiican kuugu habboon?
adviser-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad
adviser-c-danger = Qof ayaa khatar ku jira, ama ilmahaygu wuxuu ka fikirayaa is-dil
adviser-c-contacts = Marka hore aan anigu eego hay'adaha i caawin kara

adviser-handover =
    Su'aashaada waxaan u gudbinayaa la-taliye. Hadda waxaad si kooban u qori kartaa waxa dhacay, goorta uu bilaabmay, iyo waxa aad isku dayday. Fadlan ha soo dirin magacyo, taariikhda dhalashada ama BSN (lambarka adeegga muwaadinka).

adviser-danger =
    Qof ma ku jiraa khatar degdeg ah? Wac 112.
    Ilmahaagu ma ka fikirayaa is-dil (inuu naftiisa qaado)? Wac 113 (bilaash) ama 0800-0113, ama ku qor 113.nl.
    Rabshad ama ammaan la'aan guriga: Veilig Thuis (xarunta caawimada rabshadaha guriga) 0800-2000, habeen iyo maalin.
    Hadda su'aashaada waxaan si degdeg ah ugu gudbinayaa la-taliye.

adviser-contacts =
    Halkan waxaad ka heli kartaa caawimaad:
    - Onderwijsconsulenten (la-taliyeyaal waxbarasho, bilaash): marka ilmahaagu guriga joogay in ka badan 4 toddobaad, meel dugsi ah uusan helin, ama taageeradu ay istaagtay. 070-312 28 87.
    - Ouders & Onderwijs (xarunta su'aalaha waalidiinta): su'aal kasta oo dugsiga ku saabsan. 0800-5010 (bilaash) ama vraag@oudersonderwijs.nl.
    - Amsterdam iyo Diemen: OCO / Oudersteunpunt, 020-330 63 20, WhatsApp 06-1600 4600.
    - Leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee dowladda hoose (gemeente): wuxuu ka caawiyaa ku noqoshada dugsiga, wuxuuna noqon karaa dhexdhexaadiye.
    - Kinderombudsman (ilaaliyaha xuquuqda carruurta): 0800-876 54 32. Marka hore u cabso hay'adda lafteeda, muddo 1 sano gudaheed.
