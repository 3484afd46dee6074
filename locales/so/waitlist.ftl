# Flow: waitlist (special education or youth care). Translated from locales/nl/waitlist.ftl (Somali).
waitlist-start =
    Ilmahaagu ma ku jiraa liiska sugitaanka (wachtlijst)? Muxuu ilmahaagu sugayaa?
waitlist-c-school = Meel waxbarasho gaar ah (speciaal onderwijs)
waitlist-c-care = Daryeelka dhallinyarada (jeugdzorg), baaritaan ama daaweyn
waitlist-c-tlv = Toelaatbaarheidsverklaring (TLV, warqadda oggolaanshaha waxbarashada gaarka ah)
waitlist-c-both = Dugsiga iyo hay'adaha daryeelka midba midka kale ayuu farta ku fiiqaa
waitlist-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

waitlist-school =
    Inta ilmahaagu sugayo, dugsiga uu hadda ku diiwaangashan yahay ayaa weli mas'uul ah (zorgplicht, waajibka daryeelka). Tani waxay socotaa ilaa dugsi cusub uu si dhab ah u diiwaangeliyo ilmahaaga.
    Waxa aad samayn karto:
    - Dugsiga ka codso xal ku-meel-gaar ah: waxbarasho iyo taageero ilaa meel laga helayo.
    - Samenwerkingsverband (iskaashiga dugsiyada ee gobolka) waa inuu hubiyaa in ilmo kasta oo gobolka ku nool helo meel ku habboon. Ka codso inuu kaa caawiyo raadinta.
    - Inta la sugayo, ilmahaagu ma helaa casharro yar ama waxba? Wac Onderwijsconsulenten (la-taliyeyaal waxbarasho): 070-312 28 87 (bilaash).

waitlist-care =
    Dowladda hoose (gemeente) waa inay bixisaa daryeelka dhallinyarada (jeugdzorg) marka ilmahaagu u baahdo.
    - Caawimaad ka codso dowladda hoose. Amsterdam tani waxay maraysaa Ouder- en Kindteam (kooxda waalidka iyo ilmaha), sidoo kale la-taliyaha waalidka iyo ilmaha ee dugsiga.
    - Kuma raacsanid go'aan dowladda hoose gaartay? Markaas bezwaar (diidmo rasmi ah) gudbi 6 toddobaad gudahood.
    - Inta aad sugayso, dugsiga ayaa weli mas'uul ka ah waxbarashada ilmahaaga. Dugsiga ka codso xal ku-meel-gaar ah.

waitlist-tlv =
    Waxbarashada hoose ee gaarka ah (sbo) iyo waxbarashada gaarka ah (so/vso) waxay u baahan yihiin toelaatbaarheidsverklaring (TLV, warqadda oggolaanshaha).
    - Guddiga maamulka dugsiga ayaa TLV ka codsada samenwerkingsverband (iskaashiga dugsiyada ee gobolka). Waxay talo weydiiyaan 2 khabiir.
    - Samenwerkingsverband ayaa dejiya xeerarkiisa iyo inta ay TLV-gu ansax tahay.
    - Kuma raacsanid go'aanka? Bezwaar (diidmo rasmi ah) u gudbi samenwerkingsverband 6 toddobaad gudahood. Guddi qaran (LBT) ayaa arrintaas talo ka bixiya.
    - Ma qaadanaysaa waqti dheer? Dugsiga iyo samenwerkingsverband weydii halka uu codsigu marayo.

waitlist-both =
    Mararka qaar dugsiga iyo hay'adaha daryeelku mid walba wuxuu yiraahdaa kan kale ha horreeyo ('kee horreeya?'). Taasi way adag tahay, kaligaana uma baahnid inaad xalliso.
    Su'aashaada waxaan u gudbinayaa la-taliye. Onderwijszorgconsulenten (la-taliyeyaasha waxbarashada iyo daryeelka) ee Onderwijsconsulenten (070-312 28 87) ayaa sidoo kale ka caawiya su'aalaha noocan ah.
