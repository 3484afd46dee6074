# Flow: partial_hours (reduced timetable). Translated from locales/nl/partial_hours.ftl (Somali).
partial_hours-start =
    Ilmahaagu ma dugsiga wuxuu aadi karaa qayb maalinta dugsiga ka mid ah oo kaliya? Taasi waa la oggol yahay oo kaliya shuruudo adag.
    Jadwalka la gaabiyay ma wuxuu ku qoran yahay OPP (qorshaha horumarka ilmaha), oo ma saxiixday qaybta taageerada (handelingsdeel)?
partial_hours-c-yes = Haa, OPP ayaa jira waanan saxiixay
partial_hours-c-no = Maya, ama ma garanayo
partial_hours-c-teach-home = Dugsigu wuxuu leeyahay waa inaad ilmahaaga guriga wax ku bartaa
partial_hours-c-home-over-4-weeks = Ilmahaygu gebi ahaanba guriga ayuu joogay in ka badan 4 toddobaad

partial_hours-with-opp =
    Dugsigu wuxuu siin karaa casharro ka yar oo kaliya haddii sababo nafsi ama jireed ay ilmahaaga ka celiyaan inuu dhammaan waqtiga dugsiga joogo. Shuruudaha:
    - Waxay ku qoran tahay OPP (qorshaha horumarka ilmaha), adiguna waad saxiixday qaybta taageerada (handelingsdeel).
    - Ma aha daaweyn caafimaad ama jirro? Markaas dugsigu wuxuu sidoo kale u baahan yahay oggolaanshaha Inspectie (kormeerka waxbarashada), saacado go'an iyo muddo go'an.
    - Waa ku-meel-gaar. Weydii qorshe qoraal ah oo leh taariikh dhammaad iyo kordhin tartiib ah oo saacadaha ah.
    Si sidii lagu heshiiyay uma socoto? Kala hadal dugsiga iyo samenwerkingsverband (iskaashiga dugsiyada ee gobolka), ama wac Onderwijsconsulenten (la-taliyeyaal waxbarasho): 070-312 28 87 (bilaash).
    Kuma raacsanid OPP-ga? Markaas bilaash ayaad ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka).

partial_hours-without-opp =
    OPP (qorshaha horumarka ilmaha) la'aantiis, oo aadan saxiixin qaybta taageerada (handelingsdeel), dugsigu ma siin karo ilmahaaga saacado ka yar. Ilmo (qayb ahaan) guriga jooga iyadoo heshiisyadan aysan jirin waa 'verborgen thuiszitter' (ilmo guriga jooga oo qarsoon).
    Waxa aad samayn karto:
    - Dugsiga ka codso qorshe qoraal ah, oo leh taariikh dhammaad iyo kordhin tartiib ah oo saacadaha ah. Haddii aadan ku raacsanayn, kuma qasbana inaad saxiixdo.
    - U sheeg leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) iyo samenwerkingsverband (iskaashiga dugsiyada ee gobolka).
    - Talo ka qaado Onderwijsconsulenten (la-taliyeyaal waxbarasho): 070-312 28 87 (bilaash).
    - U sheeg Inspectie (kormeerka waxbarashada): 088-669 60 60. Tani waa digniin; Inspectie laftiisu ma xalliyo kiiskaaga.

partial_hours-teach-home =
    Maya, dugsigu kuma qasbi karo inaad ilmahaaga guriga wax ku barto. Dugsiga ayaa weli mas'uul ka ah waxbarashada ilmahaaga, xitaa marka ilmahaagu (qayb ahaan) guriga joogo.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii waxbarashada ilmahaagu helayo iyo cidda bixisa.
    - U sheeg leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) iyo samenwerkingsverband (iskaashiga dugsiyada ee gobolka).
    - Talo ka qaado Ouders & Onderwijs (0800-5010) ama Onderwijsconsulenten (070-312 28 87).
