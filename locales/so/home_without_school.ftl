# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl (Somali).
# { $leerplicht }, { $swv }, { $oco }, { $okt } are the region's contacts (flows/regions/), or main.ftl's contact-*-elsewhere.
home_without_school-start =
    Waan ka xumahay in ilmahaagu guriga joogo isagoo aan dugsi lahayn. Waan jeclaan lahaa inaan ku caawiyo. Maxaa sida ugu fiican kuugu habboon?
home_without_school-c-short = Ilmahaygu guriga ayuu joogaa wax ka yar 4 toddobaad
home_without_school-c-long = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad
home_without_school-c-not-enrolled = Ilmahaygu kuma diiwaangashana wax dugsi ah
home_without_school-c-ill = Ilmahaygu wuu xanuunsan yahay, wuu walwalsan yahay, ama wuxuu ka baqaa inuu dugsiga aado
home_without_school-c-fine = Dugsiga ama leerplicht ayaa igu hanjabaya ganaax ama proces-verbaal (warbixin rasmi ah)
home_without_school-c-veilig-thuis = Dugsiga ama leerplicht ayaa igu hanjabaya inay Veilig Thuis u soo sheegayaan

home_without_school-short =
    Dugsiga uu ilmahaagu ku diiwaangashan yahay ayaa weli mas'uul ka ah waxbarashada, xitaa marka ilmahaagu guriga joogo. Samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) waa inuu hubiyaa in meel ku habboon la helo.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan ka codso kulan laba toddobaad gudahood ah, oo ay ka qaybgalaan dugsiga, samenwerkingsverband-ka iyo leerplicht. Codso hal qof oo joogto ah oo aad la xiriirto, iyo qorshe qoraal ah: goorma ayuu ilmahaagu dugsiga ku noqonayaa, waxbarasho noocee ah ayuuse helayaa ilaa inta laga gaarayo?
    - Leerplicht (xafiiska waxbarashada qasabka ah) wuxuu ka caawiyaa ku noqoshada dugsiga, wuxuuna noqon karaa dhexdhexaadiye: { $leerplicht }
    - Samenwerkingsverband: { $swv }
    - Qor waxa dhacaya: taariikhaha, kulamada iyo immisa saacadood oo cashar ah ayuu ilmahaagu helayo.
    - Talo: { $oco }

# Also the answer to "my child has been home more than 4 weeks" in other flows: the steps first, then the adviser.
home_without_school-long-steps =
    Way adag tahay in ilmahaagu muddo intaas le'eg guriga joogo. Kaligaa kuma jirtid. Waxa aad hadda samayn karto:
    - Isla markiiba isku diiwaangeli Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, bilaash): 070-312 28 87, maalmaha shaqada 9.00–12.30 iyo 13.30–16.30, ama quickscan-ka ku jira onderwijsconsulenten.nl. Waxay qaadan kartaa dhowr toddobaad inta ay kaaga soo wacayaan: sidaas darteed ha dib u dhigin is-diiwaangelinta.
    - Badanaa waxay ku weydiiyaan inaad marka hore la hadashay dugsiga iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon). Ilmahaagu gebi ahaanba waxbarasho ma helo? Taas sheeg marka aad is-diiwaangelinayso.
    - La xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Samenwerkingsverband-ka ka codso inuu kaa caawiyo raadinta: { $swv }
    - Qor waxa dhacaya: taariikhaha, kulamada iyo immisa saacadood oo cashar ah ayuu ilmahaagu helayo.
    - Waxba ma dhacayaan? U sheeg Inspectie (kormeerka waxbarashada): 088-669 60 60 (Isniin ilaa Jimce 9–12 iyo 13–16). Tani waa digniin (signaal); Inspectie laftiisu ma xalliyo kiiskaaga.
    - Ma u cabatay dugsiga, mana caawinayso? Markaas 1 sano gudaheed waxaad u tegi kartaa Kinderombudsman (ilaaliyaha xuquuqda carruurta): 0800-876 54 32.
    Ma rabtaa in la-taliye kula eego? Hoos ka dooro.

home_without_school-not-enrolled =
    Ilmahaagu kuma diiwaangashana wax dugsi ah, mana haysto vrijstelling (ka dhaafid)? Taas waxaa la yiraahdaa 'absoluut verzuim' (maqnaansho buuxda). Sharci ahaan, adiga oo waalid ah ayaa mas'uul ka ah diiwaangelinta. Taas caawimaad ayaad ka heli kartaa.
    - Sida ugu dhakhsaha badan, qoraal ahaan ilmahaaga uga diiwaangeli dugsi, xitaa haddii ilmahaagu aanu weli haysan BSN. Ilmahaagu ma u baahan yahay taageero dheeraad ah? Taas sidoo kale qor. Markaas dugsigaas wuxuu leeyahay zorgplicht (waajibka daryeelka: dugsigu waa inuu ilmaha u helaa meel ku habboon).
    - Fiiro gaar ah: inta dugsigu weli go'aan ka gaarayo (ilaa 10 toddobaad), kuma waajibna inuu ilmahaaga wax baro. Sidaas darteed isla markiiba la xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Dugsigu ma ka saaray ilmahaaga liiska ardayda adigoo aan codsan? Taasi waxay la mid tahay ka saarid (verwijderen). Menu-ga ka dooro 'Dugsigu wuxuu rabaa inuu ilmahayga ka saaro'.
    - Haddii aan cidna iska kaashan, leerplichtambtenaar-ku (sarkaalka waxbarashada qasabka ah) wuxuu qori karaa proces-verbaal (warbixin rasmi ah). Sidaas darteed xiriir la joog leerplicht iyo dugsiga.
    - Talo: Onderwijsconsulenten 070-312 28 87 (bilaash), ama { $oco }

home_without_school-veilig-thuis =
    Ma ka argagaxday hanjabaadda Veilig Thuis? Taasi waa la fahmi karaa.
    - Inaan ilmuhu dugsiga aadin keligiis sabab uma aha warbixin loo gudbiyo Veilig Thuis. Sidaas ayuu yiri Ingrado, ururka saraakiisha leerplicht. Ku hanjabidda warbixin noocaas ah ma habboona.
    - Dugsigu weli ma rabaa inuu warbixin gudbiyo? Markaas dugsigu waa inuu marka hore adiga kala hadlaa.
    - Veilig Thuis waa xarunta la-talinta iyo warbixinta rabshadaha guriga iyo xadgudubka carruurta. Ma aha booliiska.
    - Kulan ku weydii waxa dhabta ah ee laga walwalsan yahay, oo codso qorshe loogu talagalay waxbarashada ilmahaaga.
    - Ma u aragtaa in dugsigu aanu si taxaddar leh u dhaqmin? Markaas waxaad gudbin kartaa cabasho. Menu-ga ka dooro 'Cabasho ku saabsan macallin ama dugsiga'.
    - Talo: Ouders & Onderwijs (khadka qaranka ee waalidiinta) 0800-5010 (bilaash) ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan) 070-312 28 87.
    Tani waa macluumaad guud, ma aha talo sharci.
