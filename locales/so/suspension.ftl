# Flow: suspension (schorsing). Translated from locales/nl/suspension.ftl (Somali).
suspension-start =
    Schorsing (joojin ku-meel-gaar ah) waxay ka dhigan tahay in ilmahaagu aanu dugsiga iman karin muddo gaaban. Taasi way dhib badan tahay, ilmahaaga iyo adigaba. Su'aashaadu maxay ku saabsan tahay?
suspension-c-rules = Waa maxay xeerarka schorsing-ka?
suspension-c-disagree = Kuma raacsani schorsing-ka
suspension-c-letter = Waxaan rabaa caawimaad aan ku qoro warqad bezwaar (diidmo rasmi ah)
suspension-c-again = Ilmahayga si isdaba joog ah ayaa dugsiga looga joojiyaa
suspension-c-longer = Schorsing-ku wuxuu socdaa in ka badan toddobaad, ama ma laha taariikh dhammaad
suspension-c-removal = Dugsigu wuxuu sidoo kale rabaa inuu ilmahayga ka saaro
suspension-c-po = Basisschool (dugsi hoose, 4 ilaa 12 sano)
suspension-c-vo = Middelbare school (dugsi sare, 12 ilaa 18 sano)
suspension-c-so = Speciaal onderwijs (waxbarasho gaar ah, so ama vso)
suspension-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

suspension-rules =
    Kuwani waa xeerarka schorsing (joojin ku-meel-gaar ah):
    - Schorsing-ku wuxuu socdaa ugu badnaan 1 toddobaad (5 maalmood oo dugsi). Kaliya dugsiga sare (middelbare school) ayuu mararka qaar ka dheeraan karaa, haddii dugsigu wado habka ka saaridda (verwijdering).
    - Dugsigu wuxuu kuu siiyaa go'aanka iyo sababaha oo qoraal ah.
    - Schorsing-ku ma socdaa in ka badan 1 maalin? Markaas guddiga maamulka dugsiga (schoolbestuur) waa inuu qoraal ahaan u sheegaa Inspectie (kormeerka waxbarashada). Badanaa waxaa sidoo kale loo sheegaa leerplichtambtenaar (sarkaalka waxbarashada qasabka ah).
    - Dugsigu wuxuu sii wadaa waxbarashada, tusaale ahaan shaqo guri. Dugsiga weydii shaqada dugsiga ee ilmahaagu helayo.
    Su'aalo? Wac Ouders & Onderwijs: 0800-5010 (bilaash).

suspension-disagree =
    Kuma raacsanid schorsing-ka? Waxa aad samayn karto:
    - Ka eeg buugga macluumaadka dugsiga (schoolgids) ama xeerka ardayda (leerlingenstatuut) sida loo gudbiyo bezwaar (diidmo rasmi ah). Sharcigu kuma waajibiyo dugsi kasta, laakiin dugsiyada intooda badan way bixiyaan. Openbare school (dugsi dadweyne oo aan diin ku dhisnayn) waxaa khuseeya Algemene wet bestuursrecht (sharciga guud ee maamulka): markaas 6 toddobaad gudahood warqad u dir guddiga maamulka dugsiga (schoolbestuur).
    - Go'aanka bezwaar-kaaga badanaa wuxuu yimaadaa marka schorsing-ku horay u dhammaaday. Haddana bezwaar waa faa'iido leh: wuxuu ku darsamaa faylka, iyo haddii ilmahaaga mar kale dugsiga laga joojiyo.
    - Sida ay maxkamaduhu go'aamiyeen, dugsigu waa inuu marka hore dhegaystaa ilmahaaga, adiga iyo macallinka. Go'aanka waa inay ku qoran tahay sida bezwaar loo gudbiyo. Taasi ma dhicin? Ku qor bezwaar-kaaga.
    - Waxaad sidoo kale cabasho u gudbin kartaa guddiga cabashooyinka ee dugsiga, ama leerplicht ka codsan kartaa inuu dhexdhexaadiye noqdo.
    - Aad ma u degdeg badan tahay? Openbare school: waxaad garsooraha maamulka (bestuursrechter) ka codsataa voorlopige voorziening (go'aan degdeg ah oo ku-meel-gaar ah). Bijzondere school (dugsi ku dhisan diin ama aragti, sida dugsi Masiixi ah ama Islaami ah): markaas waa kort geding (dacwad degdeg ah) maxkamadda madaniga ah (civiele rechter), adigoo wata qareen (advocaat). Juridisch Loket (xafiiska caawimada sharciga): 0900-8020.
    Caawimaad warqaddaada: { $oco }
    Tani waa macluumaad guud, ma aha talo sharci.

suspension-again =
    Ilmahaaga ma si isdaba joog ah ayaa dugsiga looga joojiyaa? Taasi way culus tahay. Markaas waa fiican tahay in si wadajir ah loo eego waxa ilmahaagu u baahan yahay.
    - Schorsing kasta wuxuu socdaa ugu badnaan 1 toddobaad. Dugsigu wuxuu bixiyaa go'aanka iyo sababaha oo qoraal ah. Kaydi dhammaan warqadaha.
    - Bezwaar (diidmo rasmi ah) gudbi xitaa haddii schorsing-ku horay u dhammaaday: wuu ku darsamaa haddii ilmahaaga mar kale dugsiga laga joojiyo.
    - Dugsiga ka codso kulan ku saabsan taageerada uu ilmahaagu u baahan yahay, iyo OPP (ontwikkelingsperspectief: qorshaha taageerada ilmahaaga).
    - Dugsiga ayaa weli mas'uul ka ah waxbarasho ku habboon. Taageeradu ma istaagtay? Caawimaad bilaash ah ka codso Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87.
    - Talo: { $oco }

suspension-longer = Ilmahaagu dugsi noocee ah ayuu dhigtaa?

suspension-longer-po =
    Dugsiga hoose (basisschool), schorsing-ku waligiis ma dhaafi karo 1 toddobaad (5 maalmood oo dugsi). Schorsing aan lahayn taariikh dhammaad lama oggola: garsoore ayaa ku tilmaamay inay sharci darro tahay.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii (tusaale ahaan iimayl) maalinta ilmahaagu dugsiga dib ugu soo noqon karo.
    - Ilmahaaga looma oggola inuu dib u soo noqdo? Markaas waxay u egtahay ka saarid ama guri-joogid dugsi la'aan ah. Menu-ga ka dooro 'Dugsigu wuxuu rabaa inuu ilmahayga ka saaro' ama 'Ilmahaygu guriga ayuu joogaa, dugsi ma leh'.
    - La xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Talo: Ouders & Onderwijs (0800-5010, bilaash) ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash).
    Tani waa macluumaad guud, ma aha talo sharci.

suspension-longer-vo =
    Dugsiga sare (middelbare school), schorsing-ku wuxuu dhaafi karaa 1 toddobaad oo kaliya haddii dugsigu wado habka ka saaridda (verwijdering). Dugsigu waa inuu marka hore la tashadaa Inspectie (kormeerka waxbarashada).
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii in habka ka saaridda la bilaabay, iyo in dugsigu la tashaday Inspectie.
    - Muddadaas dugsigu weli waa mas'uul, wuxuuna bixiyaa waxbarasho, tusaale ahaan shaqo guri.
    - La xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Talo: Ouders & Onderwijs (0800-5010, bilaash) ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash).
    Tani waa macluumaad guud, ma aha talo sharci.

suspension-longer-so =
    Waxbarashada gaarka ah (speciaal onderwijs: so iyo vso) sidoo kale, schorsing-ku wuxuu socdaa ugu badnaan 1 toddobaad (5 maalmood oo dugsi). Go'aanka iyo sababaha waxaad ku helaysaa qoraal, dugsiguna wuxuu sii wadaa waxbarashada.
    Waxa aad samayn karto:
    - Ma ka dheer yahay, mise taariikh dhammaad ma leh? Dugsiga qoraal ahaan weydii sababta, iyo maalinta ilmahaagu dib u soo noqon karo.
    - La xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Talo: Ouders & Onderwijs (0800-5010, bilaash) ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash).
    Tani waa macluumaad guud, ma aha talo sharci.
