# Flow: partial_hours (reduced timetable). Translated from locales/nl/partial_hours.ftl (Somali).
partial_hours-start =
    Ilmahaagu ma dugsiga wuxuu aadi karaa qayb ka mid ah waqtiga dugsiga oo kaliya? Taasi waa la oggol yahay oo kaliya shuruudo ku xiran. Haddii si fiican loo habeeyo, waxay noqon kartaa xal ku-meel-gaar ah.
    Waqtiga dugsiga ee la gaabiyay ma wuxuu ku qoran yahay OPP (ontwikkelingsperspectief: qorshaha taageerada ilmahaaga), oo ma saxiixday handelingsdeel? Taasi waa qaybta OPP-ga ee ku saabsan caawimaadda.
partial_hours-c-yes = Haa, OPP ayaa jira waanan saxiixay
partial_hours-c-no = Maya, ama ma garanayo
partial_hours-c-teach-home = Dugsigu wuxuu leeyahay waa inaan ilmahayga guriga wax ku baro
partial_hours-c-slow-swv = Waxaan sugaynaa samenwerkingsverband-ka, waxayna qaadanaysaa waqti dheer
partial_hours-c-home-over-4-weeks = Ilmahaygu gebi ahaanba guriga ayuu joogay in ka badan 4 toddobaad

partial_hours-with-opp =
    Dugsigu wuxuu siin karaa saacado cashar oo ka yar oo kaliya haddii sababo nafsi ama jireed ay ilmahaaga ka celiyaan inuu la socdo dhammaan waqtiga dugsiga. Shuruudaha:
    - Waxay ku qoran tahay OPP-ga, adiguna waad saxiixday handelingsdeel (qaybta caawimaadda).
    - Ma aha daaweyn caafimaad ama jirro? Markaas dugsigu wuxuu sidoo kale u baahan yahay oggolaanshaha Inspectie (kormeerka waxbarashada), tiro saacado go'an iyo muddo go'an. Dugsiga weydii ilaa goorma ay Inspectie oggolaatay.
    - Waa ku-meel-gaar. Codso qorshe qoraal ah oo leh taariikh dhammaad iyo kordhin tartiib ah oo saacadaha ah.
    Si sidii lagu heshiiyay uma socoto? Kala hadal dugsiga iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon): { $swv }. Ama wac Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87 (bilaash).
    Kuma raacsanid OPP-ga? Markaas bilaash ayaad ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon).

partial_hours-without-opp =
    OPP la'aantiis, oo aadan saxiixin handelingsdeel (qaybta caawimaadda), dugsigu ma siin karo ilmahaaga saacado cashar oo ka yar. Ilmo (qayb ahaan) guriga jooga iyadoo heshiisyadan aysan jirin waxaa la yiraahdaa 'verborgen thuiszitter' (ilmo si qarsoon guriga u jooga).
    Waxa aad samayn karto:
    - Dugsiga ka codso qorshe qoraal ah, oo leh taariikh dhammaad iyo kordhin tartiib ah oo saacadaha ah. Haddii sidaas loo habeeyo, saacado ka yar waxay noqon karaan xal ku-meel-gaar ah oo wanaagsan.
    - Kuma raacsanid qorshaha? Markaas kuma qasbana inaad saxiixdo. Laakiin taas darteed ilmahaagu si iskiis ah dib ugu noqon maayo dugsiga maalinta oo dhan: weydii waxa dugsigu markaas samaynayo, oo caawimaad codso.
    - U sheeg leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }. Iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon): { $swv }
    - Talo ka qaado Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87 (bilaash).
    - U sheeg Inspectie (kormeerka waxbarashada): 088-669 60 60 (Isniin ilaa Jimce 9–12 iyo 13–16). Tani waa digniin (signaal); Inspectie laftiisu ma xalliyo kiiskaaga.
    Ilmahaagu ma weli 4 jir baa? Markaas weli kuma jiro leerplicht (waxbarashada qasabka ah). Leerplicht waxay bilaabataa maalinta dugsiga ugu horreysa ee bisha ka dambaysa bisha uu ilmahaagu 5 jir buuxsado. Ilmahaagu ma ka diiwaangashan yahay dugsi? Markaas dugsigaas hadda ayuu mas'uul ka yahay waxbarasho ku habboon. Weydii la-taliye waxa ay tani u macno tahay ilmahaaga.

partial_hours-teach-home =
    Maya, dugsigu kuma qasbi karo inaad ilmahaaga guriga wax ku barto. Dugsiga ayaa weli mas'uul ka ah waxbarashada, xitaa marka ilmahaagu (qayb ahaan) guriga joogo.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii waxbarashada ilmahaagu helayo iyo cidda bixinaysa.
    - U sheeg leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }. Iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon): { $swv }
    - Talo ka qaado Ouders & Onderwijs (0800-5010) ama Onderwijsconsulenten (070-312 28 87).

partial_hours-slow-swv =
    Ma waajib baa inaad sugto ilaa samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) uu waqti helo? Ha iska sugin adigoo aan waxba samaynayn.
    - Dugsiga ayaa weli mas'uul ah. Dugsiga ka codso qorshe qoraal ah ilaa inta laga gaarayo: immisa saacadood oo cashar ah ayuu ilmahaagu helayaa, yaase hagaya?
    - Samenwerkingsverband-ka weydii inay suurtagal tahay in la dedejiyo, oo u sheeg in ilmahaagu hadda (qayb ahaan) guriga joogo: { $swv }
    - U sheeg leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }
    - Taageeradu ma istaagtay? Caawimaad bilaash ah ka codso Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87. Waxay qaadan kartaa dhowr toddobaad inta ay kaaga soo wacayaan: sidaas darteed isla markiiba is-diiwaangeli.
    - U sheeg Inspectie (kormeerka waxbarashada): 088-669 60 60 (Isniin ilaa Jimce 9–12 iyo 13–16). Tani waa digniin (signaal); Inspectie laftiisu ma xalliyo kiiskaaga.
