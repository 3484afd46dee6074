# "Help me write the letter": explanations, deadlines, reminders and follow-up.
# Translated from locales/nl/letters.ftl (Somali). The letters themselves exist only in nl.

## Explanations of the letters

letter-suspension-objection-explain =
    Tani waa warqaddaada bezwaar (diidmo rasmi ah) ee ka dhanka ah schorsing-ka (joojinta ku-meel-gaarka ah ee dugsiga). Maxaa ku qoran?
    - Inaad diidan tahay go'aanka, iyo sababta.
    - Xeerarka: ugu badnaan 1 toddobaad, go'aanka oo qoraal ah, marka hore in lagu dhegaysto, iyo shaqo dugsi inta schorsing-ku socdo.
    - Inaad codsanayso go'aan cusub, oo aad jeclaan lahayd inaad bezwaar-kaaga afka ku sharaxdo.
    Sidan ku dhammee warqadda:
    - Buuxi wax walba oo ku jira [qaansooyinka]. Kadib tirtir qaansooyinka iyo sharraxaadda.
    - Qaybta sababaha, erayadaada ku qor waxa dhacay sida adiga iyo ilmahaagu u aragtaan.
    - Warqadda u dir guddiga maamulka dugsiga (schoolbestuur), ha u dirin agaasimaha oo kaliya. Cinwaanka waxaad ka helaysaa buugga macluumaadka dugsiga (schoolgids) ama website-ka dugsiga.
    - Kaydi nuqul, oo dugsiga ka codso inuu xaqiijiyo inuu helay warqaddaada.
    Ogow: sharcigu kuma waajibiyo dugsi kasta inuu bixiyo bezwaar ka dhanka ah schorsing. Ka eeg schoolgids ama xeerka ardayda (leerlingenstatuut) sida ay dugsigaaga uga shaqeyso. Openbare school (dugsi dadweyne oo aan diin ku dhisnayn) waxaa khuseeya Algemene wet bestuursrecht (sharciga guud ee maamulka).
    { $deadline_state ->
        [soon] Muddadu waa ku dhowdahay inay dhammaato: waxaad bezwaar gudbin kartaa ilaa { $deadline }, maalintaas oo ay ku jirto. Haddii aad awoodo, maanta dir warqaddaada.
        [passed] 6da toddobaad way dhammaadeen: waxay dhammaadeen { $deadline }. Haddana dir warqaddaada, oo ku qor sababta ay u soo daahday. Dugsi dadweyne (openbare school), guddigu waa inuu eegaa warqad soo daahday haddii aadan si macquul ah u diri karin waqtigeeda (Algemene wet bestuursrecht, qodobka 6:11: https://wetten.overheid.nl/BWBR0005537/). Waxaad sidoo kale cabasho u gudbin kartaa guddiga cabashooyinka ee dugsiga (klachtencommissie), ama caawimaad ka codsan kartaa Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash) ama la-taliye.
       *[other] Waxaad bezwaar gudbin kartaa ilaa { $deadline }, maalintaas oo ay ku jirto. Schoolgids-ka ma ku qoran tahay muddo kale? Markaas raac muddadaas.
    }
    Maxaa dhacaya kadib? Guddigu badanaa wuxuu go'aan gaaraa qiyaastii 4 toddobaad gudahood. Badanaa schorsing-ku markaas wuu dhammaaday. Haddana bezwaar-kaagu wuxuu ku darsamaa faylka, iyo haddii ilmahaaga mar kale dugsiga laga joojiyo.
    Tani waa macluumaad guud, ma aha talo sharci.

letter-removal-objection-explain =
    Tani waa warqaddaada bezwaar (diidmo rasmi ah) ee ka dhanka ah in ilmahaaga dugsiga laga saaro (verwijdering). Taasi waa xaalad adag. Warqaddan waxaad ku difaacaysaa ilmahaaga.
    Maxaa ku qoran?
    - Inaad diidan tahay go'aanka, iyo sababta.
    - Waxa dugsigu waajibka ku yahay: marka hore inuu dhegaysto adiga, ilmahaaga iyo macallinka, inuu go'aanka qoraal ahaan ku bixiyo sababaha, iyo inuu marka hore helo dugsi kale oo aqbala ilmahaaga.
    - In ilmahaagu ilaa markaas sii diiwaangashan yahay, oo uu waxbarasho helo.
    - Inaad rabto inaad aragto dukumentiyada, oo aad bezwaar-kaaga afka ku sharaxdo.
    Sidan ku dhammee warqadda:
    - Buuxi wax walba oo ku jira [qaansooyinka]. Kadib tirtir qaansooyinka iyo sharraxaadda.
    - Warqadda u dir guddiga maamulka dugsiga (schoolbestuur). Cinwaanka waxaad ka helaysaa buugga macluumaadka dugsiga (schoolgids) ama website-ka dugsiga.
    - Kaydi nuqul, oo dugsiga ka codso inuu xaqiijiyo inuu helay warqaddaada.
    - 6 toddobaad gudahood waxaad sidoo kale bilaash ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon). Markaas guddiga maamulku wuxuu sugaa talada guddiga ka hor inta uusan go'aan gaarin.
    { $deadline_state ->
        [soon] Muddadu waa ku dhowdahay inay dhammaato: waxaad bezwaar gudbin kartaa ilaa { $deadline }, maalintaas oo ay ku jirto. Haddii aad awoodo, maanta dir warqaddaada.
        [passed] 6da toddobaad way dhammaadeen: waxay dhammaadeen { $deadline }. Haddana dir warqaddaada, oo ku qor sababta ay u soo daahday. Dugsi dadweyne (openbare school), guddigu waa inuu eegaa warqad soo daahday haddii aadan si macquul ah u diri karin waqtigeeda (Algemene wet bestuursrecht, qodobka 6:11: https://wetten.overheid.nl/BWBR0005537/). Sidoo kale caawimaad ka codso Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash) ama la-taliye: waxay kula eegayaan waddooyin kale, sida cabasho.
       *[other] Waxaad bezwaar gudbin kartaa ilaa { $deadline }, maalintaas oo ay ku jirto.
    }
    Maxaa dhacaya kadib? Guddigu wuu ku dhegaystaa, badanaana wuxuu go'aan gaaraa 4 toddobaad gudahood marka 6da toddobaad dhammaadaan kadib. Inta bezwaar-ku socdo, dugsigu wuu ka reebi karaa ilmahaaga dugsiga, laakiin ilmahaagu wuu sii diiwaangashan yahay. Aad ma u degdeg badan tahay? Weydii la-taliye ama Juridisch Loket (xafiiska caawimada sharciga, 0900-8020) go'aan degdeg ah oo garsoore.
    Tani waa macluumaad guud, ma aha talo sharci.

letter-enrolment-objection-explain =
    Tani waa warqaddaada bezwaar (diidmo rasmi ah) ee ka dhanka ah in dugsigu diiday ilmahaaga. Maxaa ku qoran?
    - Goorta aad ilmahaaga diiwaangelisay, iyo in dugsigu diiday ilmahaaga.
    - Ilmahaagu ma u baahan yahay taageero dheeraad ah? Markaas waxaa ku qoran in dugsigu leeyahay zorgplicht (waajibka daryeelka: dugsigu waa inuu ilmaha u helaa meel ku habboon), oo uu diidi karo ilmahaaga oo kaliya marka dugsi kale aqbalo. Taasi kuma khuseyso ilmahaaga? Markaas tirtir qaybtaas.
    - Inaad rabto sababaha oo qoraal ah, oo aad bezwaar-kaaga afka ku sharaxdo.
    Sidan ku dhammee warqadda:
    - Buuxi wax walba oo ku jira [qaansooyinka]. Kadib tirtir qaansooyinka iyo sharraxaadda.
    - Warqadda u dir guddiga maamulka (schoolbestuur) ee dugsiga diiday ilmahaaga. Cinwaanka waxaad ka helaysaa buugga macluumaadka dugsiga (schoolgids) ama website-ka dugsiga.
    - Kaydi nuqul, oo dugsiga ka codso inuu xaqiijiyo inuu helay warqaddaada.
    - Ilmahaagu ma u baahan yahay taageero dheeraad ah? Markaas 6 toddobaad gudahood waxaad sidoo kale bilaash ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon).
    { $deadline_state ->
        [soon] Muddadu waa ku dhowdahay inay dhammaato: waxaad bezwaar gudbin kartaa ilaa { $deadline }, maalintaas oo ay ku jirto. Haddii aad awoodo, maanta dir warqaddaada.
        [passed] 6da toddobaad way dhammaadeen: waxay dhammaadeen { $deadline }. Haddana dir warqaddaada, oo ku qor sababta ay u soo daahday. Dugsi dadweyne (openbare school), guddigu waa inuu eegaa warqad soo daahday haddii aadan si macquul ah u diri karin waqtigeeda (Algemene wet bestuursrecht, qodobka 6:11: https://wetten.overheid.nl/BWBR0005537/). Waxaad sidoo kale ilmahaaga ka diiwaangelin kartaa dugsi kale, oo caawimaad ka codsan kartaa Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash) ama la-taliye.
       *[other] Waxaad bezwaar gudbin kartaa ilaa { $deadline }, maalintaas oo ay ku jirto.
    }
    Maxaa dhacaya kadib? Guddigu wuxuu go'aan ka gaaraa bezwaar-kaaga. Dugsigu wuu diidi karaa haddii uu qof walba u buuxo, ama haddii aadan ixtiraamin grondslag-ka (diinta ama aragtida nolosha) ee bijzondere school (dugsi ku dhisan diin ama aragti). Ilmahaagu meelna kuma diiwaangashana? Markaas isla markiiba la xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee degmadaada.
    Tani waa macluumaad guud, ma aha talo sharci.

letter-start-meeting-explain =
    Tani waa warqaddaada aad ku codsanayso kulan bilow ah (startgesprek). Waa wanaagsan tahay inaad tan samayso: sidan dhammaan dhinacyadu waxay wada fariistaan hal miis.
    Maxaa ku qoran?
    - Goorta uu ilmahaagu guriga joogay.
    - Inaad codsanayso kulan 2 toddobaad gudahood ah oo lala yeesho dugsiga, samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) iyo leerplichtambtenaar (sarkaalka waxbarashada qasabka ah).
    - In marka hore la dhegaysto ilmahaaga iyo adiga, iyo inaad rabto qorshe qoraal ah iyo hal qof oo xiriir joogto ah.
    Sidan ku dhammee warqadda:
    - Buuxi wax walba oo ku jira [qaansooyinka]. Kadib tirtir qaansooyinka. Ma jiraa jeugdhulp (caawimaadda carruurta iyo dhallinyarada) ama daaweeye ku lug leh? Markaas sadarkaas ka tag.
    - Warqadda u dir agaasimaha dugsiga. Nuqul u dir samenwerkingsverband (dugsiga weydii midka uu yahay) iyo leerplichtambtenaar ee degmadaada (ka eeg website-ka degmadaada qaybta 'leerplicht').
    - Kaydi nuqul, oo dugsiga ka codso inuu xaqiijiyo inuu helay warqaddaada.
    Waa wanaagsan tahay inaad ogaato: kulan 2 toddobaad gudahood ah ma aha xaq sharci ah. Laakiin hay'adaha caawiya waalidiinta waxay dugsiyada Amsterdam ka codsanayaan inay sidan u shaqeeyaan. Dugsigu weli wuxuu mas'uul ka yahay waxbarashada inta ilmahaagu halkaas ku diiwaangashan yahay.
    Maxaa dhacaya kadib? Toddobaad gudihiis wax jawaab ah ma helin? Wac ama iimayl u dir dugsiga iyo leerplichtambtenaar. Ilmahaagu ma guriga joogay in ka badan 4 toddobaad? Markaas sidoo kale iska diiwaangeli Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87 (bilaash).
    Tani waa macluumaad guud, ma aha talo sharci.

letter-partial-report-explain =
    Tani waa ogeysiiskaaga loogu talagalay leerplichtambtenaar (sarkaalka waxbarashada qasabka ah). Ilmahaagu ma dugsiga wuxuu aadi karaa qayb ka mid ah waqtiga oo kaliya, mise guriga ayuu joogaa? Markaas waa wanaagsan tahay in leerplicht (xafiiska waxbarashada qasabka ah) uu ogaado.
    Maxaa ku qoran?
    - Goorta uu ilmahaagu (qayb ahaan) guriga joogay, iyo imisa saacadood ayuu dugsiga aadi karaa.
    - In uu jiro OPP (qorshaha taageerada ilmahaaga), iyo inaad saxiixday handelingsdeel (qaybta caawimaadda).
    - Xeerarka: saacado ka yar waa la oggol yahay oo kaliya sababo nafsi ah ama jireed, oo ku qoran OPP aad oggolaatay, mararka qaarna oo kaliya oggolaanshaha Inspectie (kormeerka waxbarashada).
    - Inaad leerplicht ka codsanayso inuu, isaga iyo dugsiga iyo samenwerkingsverband (dugsiyada gobolkaaga), hubiyaan in ilmahaagu mar kale helo waxbarashada uu u baahan yahay.
    Sidan ku dhammee warqadda:
    - Buuxi wax walba oo ku jira [qaansooyinka]. Meelaha ay ku qoran tahay 'wel / niet' (haa / maya), dooro waxa saxda ah, inta kalena tirtir.
    - Warqadda u dir leerplichtambtenaar ee degmadaada. Cinwaanka waxaad ka helaysaa website-ka degmadaada qaybta 'leerplicht', ama dugsiga weydii.
    - Kaydi nuqul, oo leerplicht ka codso inuu xaqiijiyo inuu helay warqaddaada.
    Maxaa dhacaya kadib? Leerplichtambtenaar wuxuu la hadli karaa dugsiga iyo samenwerkingsverband, oo wuu dhexdhexaadin karaa. Tan waxaad u soo sheegaysaa sababtoo ah waxaad rabtaa in ilmahaagu waxbarasho helo: sidaas waxaad ku muujinaysaa inaad iska kaashanayso. Waxba ma dhacayaan? Caawimaad bilaash ah ka codso Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87.
    Tani waa macluumaad guud, ma aha talo sharci.

letter-opp-explain =
    Tani waa warqaddaada ku saabsan OPP (ontwikkelingsperspectiefplan: qorshaha taageerada ilmahaaga). Maxaa ku qoran?
    - Ma rabtaa inaad ka wada hadashaan OPP-ga? Markaas waxaad codsanaysaa kulan, iyo nuqulka ugu cusub ee OPP-ga ka hor kulanka.
    - Kuma raacsanid qorshaha? Markaas waxaad qoraysaa inaadan oggolayn handelingsdeel (qaybta caawimaadda iyo hagidda), iyo sababta. Waalidiintu waxay leeyihiin xaqa oggolaanshaha: oggolaanshahaaga la'aantiis handelingsdeel ma shaqeeyo.
    Sidan ku dhammee warqadda:
    - Buuxi wax walba oo ku jira [qaansooyinka]. Kadib tirtir qaansooyinka iyo sharraxaadda. Erayadaada ku qor waxa aad rabto in la beddelo.
    - Warqadda u dir agaasimaha dugsiga, ama qofka dugsiga ka mas'uulka ah taageerada ardayda (intern begeleider ama zorgcoördinator).
    - Kaydi nuqul, oo dugsiga ka codso inuu xaqiijiyo inuu helay warqaddaada.
    Maxaa dhacaya kadib? Badanaa kulan ayaa dhaca. Haddii aadan saxiixin, micnaheedu ma aha in ilmahaagu si iskiis ah u helayo caawimaad badan ama saacado badan: weydii waxa dugsigu markaas samaynayo. Ma heshiin kartaan? Markaas bilaash ayaad ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon). Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan), 070-312 28 87 (bilaash).
    Tani waa macluumaad guud, ma aha talo sharci.


## Giving the letter

letter-intro = Waa kan warqaddaada. Waxay ku qoran tahay luqadda Nederlandka, sababtoo ah waxay u socotaa dugsi ama hay'ad Nederland ah. Koobi samee warqadda, buuxi qaybaha ku jira [qaansooyinka], kadibna dir.
letter-document = Isla warqaddii oo dukumenti ah, si aad u daabacdo ama iimayl ugu dirto.
common-c-letter = I caawi inaan warqadda qoro


## Questions for the letter

letter-ask-decision-date = Taariikhdee ayuu dugsigu go'aankan gaaray? Taariikhda badanaa waxay ku qoran tahay warqadda dugsiga. Tusaale ahaan: 12 Nofeembar ama 12/11/2026.
letter-ask-home-since = Laga soo bilaabo taariikhdee ayuu ilmahaagu (qayb ahaan) guriga joogaa? Tusaale ahaan: 1 Oktoobar ama 1/10/2026.
common-ask-date = Taariikh kama akhrin karo waxaad qortay. Fadlan mar kale isku day. Tusaale ahaan qor: 12 Nofeembar ama 12/11/2026.
common-ask-date-past = Taariikhdaas waa mustaqbalka. Waxaan u baahanahay taariikh horay u dhaaftay. Tusaale ahaan qor: 12 Nofeembar ama 12/11/2026.
letter-ask-school =
    Ma waa openbare school (dugsi dadweyne oo aan diin ku dhisnayn), mise bijzondere school (dugsi ay leedahay hay'ad ama urur)? Bijzondere school waa tusaale ahaan dugsi Masiixi ah ama Islaami ah, ama dugsi Montessori ah oo ay maamusho hay'ad. Taas waxaa ku qoran buugga macluumaadka dugsiga (schoolgids).
letter-c-school-public = Dugsi dadweyne (openbare school)
letter-c-school-private = Bijzondere school (hay'ad ama urur)
letter-c-school-unknown = Ma garanayo
letter-ask-opp = Maxaad rabtaa inaad ku samayso warqaddaada ku saabsan OPP (qorshaha taageerada ilmahaaga)?
letter-c-opp-discuss = Waxaan rabaa inaan ka wada hadalno OPP-ga
letter-c-opp-disagree = Kuma raacsani qorshaha OPP-ga


## Deadlines

deadline-enrolment =
    Dugsigu waa inuu go'aan gaaraa 6 toddobaad gudahood kadib diiwaangelintaada qoraalka ah: ugu dambayn { $deadline }. Hal mar ayuu muddadaas ku dheerayn karaa 4 toddobaad, ugu dambayn ilaa { $deadline_late }.
    { $deadline_state ->
        [soon] 6da toddobaad waa ku dhowdahay inay dhammaadaan. Weli go'aan ma jiro? Dugsiga qoraal ahaan weydii goorta go'aanku imanayo.
        [passed] 6da toddobaad way dhammaadeen. Go'aan ma helin, mana helin fariin sheegaysa in dugsigu u baahan yahay 4 toddobaad oo kale? Markaas dugsiga qoraal ahaan ka codso go'aan. Sidoo kale la xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee degmadaada, ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash). { $deadline_late } kadib weli go'aan ma jiro, ilmahaaguna kuma diiwaangashana dugsi kale? Markaas ilmahaaga si ku-meel-gaar ah ayaa loo aqbalayaa.
       *[other] Kaydi nuqul diiwaangelintaada ah, oo taariikhdu ku qoran tahay.
    }
    Ilmahaagu meelna kuma diiwaangashana? Markaas dugsigu kuma waajibna inuu toddobaadyadaas wax baro. Sidaas darteed isla markiiba la xiriir leerplichtambtenaar.

deadline-suspension =
    Schorsing (joojin ku-meel-gaar ah) wuxuu socdaa ugu badnaan 1 toddobaad (5 maalmood oo dugsi). Schorsing-ku ma bilaabmay { $suspension_start }? Markaas ilmahaagu wuxuu dugsiga dib ugu soo noqon karaa ugu dambayn { $deadline }. Toddobaadkaas ma ku jiraa fasax ama maalin fasax ah? Markaas maalintaas dib ayaa loo dhigayaa.
    { $deadline_state ->
        [passed] Maalintaas way dhaaftay. Ilmahaaga weli looma oggola inuu dib u soo noqdo? Kaliya dugsiga sare (middelbare school) ayuu schorsing-ku socon karaa muddo ka dheer, haddii dugsigu wado habka ka saaridda (verwijdering) oo uu marka hore la tashaday Inspectie (kormeerka waxbarashada). Dugsiga qoraal ahaan weydii sababta ilmahaaga aan loogu oggolayn inuu soo noqdo, iyo maalinta uu soo noqon karo. Sidoo kale la xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee degmadaada, oo talo ka qaado Ouders & Onderwijs (khadka qaranka ee waalidiinta, 0800-5010, bilaash) ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan, 070-312 28 87, bilaash).
       *[other] Dugsigu ma sheegin taariikh dhammaad, mise wuxuu rabaa inuu schorsing-ka sii dheereeyo? Markaas dugsiga qoraal ahaan weydii sababta, iyo maalinta ilmahaagu dib u soo noqon karo. Kaliya dugsiga sare (middelbare school) ayuu schorsing-ku socon karaa muddo ka dheer, haddii dugsigu wado habka ka saaridda (verwijdering).
    }
    Inta schorsing-ku socdo sidoo kale, dugsigu wuxuu sii wadaa waxbarashada, tusaale ahaan shaqo guri.

deadline-exemption =
    Vrijstelling (ka dhaafid leerplicht) sababo jireed ama nafsi ah (qodobka 5 a, artikel 5 onder a) wuxuu socdaa 1 sano. Badanaa sannad kasta waa inaad mar kale habaysaa ka hor 1da Luulyo (1 juli): markan, ka hor { $deadline }.
    { $deadline_state ->
        [soon] Taariikhdaas way dhow dahay. Haddii aad awoodo, maanta la xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah).
        [passed] Taariikhdaas way dhaaftay. Sida ugu dhakhsaha badan la xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah), oo weydii waxa aad hadda samaynayso.
       *[other] Waqti hore bilow, oo weydii leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) sida ay degmadaada uga shaqeyso.
    }
    Waxaad u baahan tahay warqad cusub oo ka timid dhakhtar, cilmi-nafsi yaqaan ama khabiir waxbarasho oo madax-bannaan oo ay degmadu magacawday. Warqadda ma ku qoran tahay in ilmahaagu mustaqbalka sidoo kale aanu dugsiga aadi karin? Markaas mararka qaar codsi cusub looma baahna. Weydii leerplichtambtenaar.


## Reminders (only with consent)

common-c-remind = I xasuusi toddobaad ka hor muddada
reminder-set = Waa hagaag. { $date } waxaan kuu soo dirayaa xasuusin. Taas darteed waxaan kaydiyaa oo kaliya taariikhdaas iyo wadahadalkan. /forget ayaa tirtira.
reminder-due =
    { $kind ->
        [objection] Xasuusin: toddobaad kadib, { $deadline }, waxaa dhammaanaysa muddada bezwaar (diidmo rasmi ah) la gudbiyo. Warqaddaada ma dirtay? Markaas waxba samayn maysid. Weli ma dirin? Markaas toddobaadkan dir.
        [enrolment] Xasuusin: ugu dambayn { $deadline } dugsigu waa inuu go'aan ka gaaraa diiwaangelintaada, ama kuu sheegaa inuu u baahan yahay 4 toddobaad oo kale. Weli waxba ma maqlin? Dugsiga qoraal ahaan weydii goorta go'aanku imanayo.
        [exemption] Xasuusin: vrijstelling-ka (ka dhaafid) ilmahaaga badanaa waa in mar kale la habeeyaa ka hor { $deadline }. Weli ma aadan la xiriirin leerplichtambtenaar (sarkaalka waxbarashada qasabka ah)? Markaas hadda samee.
       *[other] Xasuusin: toddobaad kadib, { $deadline }, waxaa dhammaanaysa muddada aad codsatay in laguu xasuusiyo.
    }
    Ma rabtaa caawimaad? Qor /start.


## Follow-up after 4 weeks (only with consent)

common-c-followup = I weydii 4 toddobaad kadib sida ay wax u socdaan
followup-set = Waa hagaag. { $date } waxaan ku weydiin doonaa in ilmahaagu dugsiga ku noqday. Taas darteed waxaan kaydiyaa oo kaliya taariikhdaas iyo wadahadalkan, wax kale ma kaydiyo. /forget ayaa tirtira.
followup-ask = Ma ku weydiin karaa 4 toddobaad kadib in ilmahaagu dugsiga ku noqday? Sidaas ayaan ku ogaanaynaa in caawimaaddayadu shaqeyso. Taas darteed waxaan kaydiyaa oo kaliya taariikhda iyo wadahadalkan.
followup-c-consent-yes = Haa, waa hagaag
followup-c-consent-no = Maya, ma doonayo
followup-question = Afar toddobaad ka hor ayaad naga codsatay caawimaad. Sidee wax hadda u socdaan: ilmahaagu ma dugsiga ku noqday?
followup-c-yes = Haa
followup-c-partly = Qayb ahaan, saacado ama maalmo qaar
followup-c-no = Maya
followup-c-unsaid = Waan doorbidayaa inaanan sheegin
followup-thanks = Waad ku mahadsan tahay jawaabtaada. Haddii aad mar dambe su'aal qabto, halkan ayaan kuu joogaa: qor /start.
followup-offer-adviser =
    Waan ka xumahay in wax weli aysan si fiican u socon. Taasi way adag tahay, ilmahaaga iyo adigaba.
    La-taliye ayaa mar kale kula eegi kara. La-taliyuhu wuxuu arkaa waxa aad hore u weydiisay, markaa uma baahnid inaad wax walba mar kale sheegto. Maxaad rabtaa inaad samayso?
