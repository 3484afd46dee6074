# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl (Somali).
home_without_school-start =
    Ilmahaagu ma guriga ayuu joogaa, dugsi la'aan? Muddo intee le'eg?
home_without_school-c-short = Ka yar 4 toddobaad
home_without_school-c-long = Ka badan 4 toddobaad
home_without_school-c-not-enrolled = Ilmahaygu kuma diiwaangashana dugsi
home_without_school-c-veilig-thuis = Dugsiga ama leerplichtambtenaar ayaa ku hanjabaya inay nagu soo sheegayaan Veilig Thuis
home_without_school-c-self = Marka hore aan akhriyo waxa aan anigu samayn karo

home_without_school-short =
    Dugsiga ilmahaagu ku diiwaangashan yahay ayaa weli mas'uul ka ah waxbarashada ilmahaaga. Samenwerkingsverband (iskaashiga dugsiyada ee gobolka) waa inuu hubiyaa in ilmahaagu helo meel ku habboon.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan ka codso kulan iyo qorshe: goorma ayuu ilmahaagu dugsiga ku noqonayaa, maxay waxbarasho ah ayuu helayaa ilaa inta laga gaarayo?
    - La xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah). Wuxuu ka caawiyaa ku noqoshada dugsiga, wuxuuna noqon karaa dhexdhexaadiye.
    - Samenwerkingsverband ka codso inuu kula fikiro.
    - Talo: Ouders & Onderwijs 0800-5010. Amsterdam: OCO 020-330 63 20.

home_without_school-long =
    Ilmahaagu ma guriga ayuu joogay in ka badan 4 toddobaad, iyadoo aan vrijstelling (ka dhaafid) jirin? Markaas ilmahaagu waa thuiszitter (ilmo guriga jooga oo aan dugsi lahayn). Hadda waxaad sidoo kale caawimaad bilaash ah ka codsan kartaa Onderwijsconsulenten (la-taliyeyaal waxbarasho).
    Maxaad rabtaa inaad samayso?

home_without_school-long-steps =
    Waxa aad samayn karto:
    - Caawimaad bilaash ah ka codso Onderwijsconsulenten (la-taliyeyaal waxbarasho): 070-312 28 87 (maalmaha shaqada 9:00–12:30 iyo 13:30–16:30), ama quickscan-ka ku jira websaydkooda.
    - Badanaa waxay ku weydiiyaan inaad marka hore la hadashay dugsiga iyo samenwerkingsverband (iskaashiga dugsiyada ee gobolka). Ilmahaagu waxba waxbarasho ah ma helo? Markaas taasi loogama baahna marka hore.
    - La xiriir dugsiga iyo leerplichtambtenaar (sarkaalka waxbarashada qasabka ah), oo weydii qorshe qoraal ah.
    - Waxba ma dhacayaan? U sheeg Inspectie (kormeerka waxbarashada): 088-669 60 60. Tani waa digniin; Inspectie laftiisu ma xalliyo kiiskaaga.

home_without_school-not-enrolled =
    Ilmahaagu kuma diiwaangashana dugsi, mana laha vrijstelling (ka dhaafid)? Taas waxaa la yiraahdaa 'absoluut verzuim' (maqnaansho buuxda). Ilmahaaga waa in sida ugu dhakhsaha badan mar kale dugsi lagu diiwaangeliyaa.
    Waxa aad samayn karto:
    - Qoraal ahaan ilmahaaga uga diiwaangeli dugsi. Ilmahaagu ma u baahan yahay taageero dheeraad ah? Taas sidoo kale qor. Markaas dugsigaas wuxuu leeyahay zorgplicht (waajibka daryeelka).
    - La xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee dowladda hoose (gemeente). Wuu ku caawin karaa.
    - Talo: Onderwijsconsulenten 070-312 28 87 ama Ouders & Onderwijs 0800-5010.

home_without_school-veilig-thuis =
    Dugsi la'aan keligeed sabab uma aha in Veilig Thuis (xarunta la-talinta iyo warbixinta rabshadaha guriga iyo xadgudubka carruurta) loo soo sheego. Sidaas ayuu yiri Ingrado, ururka saraakiisha leerplicht. Ku hanjabidda warbixin noocaas ah ma habboona.
    - Dugsigu weli ma rabaa inuu soo sheego? Markaas dugsigu waa inuu marka hore adiga kala hadlaa.
    - Kulan ku weydii waxa dhabta ah ee laga walwalsan yahay, oo weydii qorshe waxbarasho oo ilmahaaga ah.
    - Talo: Ouders & Onderwijs 0800-5010 ama Onderwijsconsulenten 070-312 28 87.
