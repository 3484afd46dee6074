# Flow: waitlist (special education or youth care, education and care together, day care). Translated from locales/nl/waitlist.ftl (Somali).
waitlist-start =
    Sugitaanku waa culus yahay, gaar ahaan marka ilmahaagu inta lagu jiro guriga joogo. Maxaa ilmahaagu sugayaa?
    Ma waxay ku saabsan tahay meel ay waxbarasho iyo daryeel isku mar ku jiraan, mise si fiican uma garanaysid? Markaas dooro 'Waxbarasho iyo daryeel wadajir'.
waitlist-c-school = Meel waxbarasho gaar ah (speciaal onderwijs ama speciaal basisonderwijs)
waitlist-c-care = Caawimaadda dhallinyarada (jeugdhulp), baaritaan ama daaweyn
waitlist-c-tlv = Toelaatbaarheidsverklaring (TLV, warqadda oggolaanshaha waxbarashada gaarka ah)
waitlist-c-both = Waxbarasho iyo daryeel wadajir, ama dugsiga iyo daryeelku midba midka kale ayuu farta ku fiiqaa
waitlist-c-dagbesteding = Dagbesteding (meel maalintii lagu hago): dugsigu ma waajib baa inuu ka caawiyo?
waitlist-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

waitlist-school =
    Sugitaanka meel waa culus yahay. Xitaa muddadaas, ilmahaagu wuxuu xaq u leeyahay waxbarasho.
    - Inta ilmahaagu sugayo, dugsiga uu hadda ku diiwaangashan yahay ayaa weli mas'uul ah. Taas waxaa la yiraahdaa zorgplicht (waajibka daryeelka): dugsigu waa inuu bixiyaa waxbarasho ku habboon. Sidaas ayay ahaanaysaa ilaa dugsi cusub uu si dhab ah u diiwaangeliyo ilmahaaga.
    - Dugsiga ka codso xal ku-meel-gaar ah: waxbarasho iyo hagid ilaa meel laga helayo. Qoraal ku codso.
    - Samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) waa inuu hubiyaa in ilmo kasta helo meel ku habboon. Ka codso inuu kaa caawiyo raadinta: { $swv }
    - Inta la sugayo, ilmahaagu ma helaa casharro yar ama waxba? Wac Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87 (bilaash).

waitlist-care =
    Dowladda hoose (gemeente) waa inay bixisaa caawimaadda dhallinyarada (jeugdhulp) marka ilmahaagu u baahdo. Taas waxaa ku qoran Jeugdwet (sharciga caawimaadda dhallinyarada).
    - Caawimaadda ka codso dowladda hoose: { $okt }
    - Ilmahaagu ma ku jiraa liis sugitaan oo caawimaad ah? Dowladda hoose weydii waxa suurtagal ah ilaa caawimaaddu bilaabato, iyo haddii uu jiro bixiye kale oo sugitaankiisu ka gaaban yahay.
    - Kuma raacsanid go'aan ay dowladda hoose gaartay? Markaas 6 toddobaad gudahood gudbi bezwaar (diidmo rasmi ah).
    - Xitaa inta la sugayo, dugsiga ayaa weli mas'uul ka ah waxbarashada ilmahaaga. Dugsiga ka codso xal ku-meel-gaar ah.

waitlist-tlv =
    Speciaal basisonderwijs (sbo) iyo speciaal onderwijs (so iyo vso) waxay u baahan yihiin TLV: toelaatbaarheidsverklaring (warqadda oggolaanshaha). Waxaa ku qoran in ilmahaagu aadi karo dugsi noocaas ah.
    - Guddiga maamulka dugsiga (schoolbestuur) ayaa TLV-ga ka codsada samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon). Kaasi wuxuu talo weydiiyaa 2 khabiir.
    - Samenwerkingsverband-ka laftiisa ayaa dejiya xeerarka iyo inta ay TLV-gu ansax tahay.
    - TLV-ga weli lama codsan, mise waqti dheer ayuu qaadanayaa? Dugsiga qoraal ahaan weydii goorta la codsanayo. Waxba ma dhacayaan? La xiriir Onderwijsconsulenten (070-312 28 87, bilaash) iyo samenwerkingsverband-ka: { $swv }
    - Kuma raacsanid go'aanka? 6 toddobaad gudahood u gudbi bezwaar (diidmo rasmi ah) samenwerkingsverband-ka. Guddi qaran (LBT) ayaa arrintaas talo ka bixiya.

waitlist-both =
    Mararka qaar dugsiga iyo daryeelku mid walba wuxuu yiraahdaa kan kale ayaa mas'uul ah ('kee horreeya?'). Taasi way adag tahay, kaligaana uma baahnid inaad xalliso.
    - Dugsiga uu ilmahaagu ku diiwaangashan yahay ayaa weli mas'uul ka ah waxbarashada, xitaa inta la sugayo.
    - Dowladda hoose (gemeente) waa inay bixisaa caawimaadda dhallinyarada (jeugdhulp) marka ilmahaagu u baahdo: { $okt }
    - Codso hal kulan oo ay wada joogaan dugsiga, samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) iyo dowladda hoose ama bixiyaha daryeelka, oo leh hal qof oo joogto ah oo aad la xiriirto.
    - Onderwijszorgconsulenten (la-taliyeyaasha waxbarashada iyo daryeelka) ee Onderwijsconsulenten ayaa bilaash uga caawiya su'aalaha ku saabsan waxbarashada iyo daryeelka wadajir: 070-312 28 87.
    Ma rabtaa in la-taliye kula eego? Hoos ka dooro.

waitlist-dagbesteding =
    Ilmahaagu ma haystaa vrijstelling (ka dhaafid leerplicht), oo ma u raadinaysaa dagbesteding (meel maalintii lagu hago oo lagu daryeelo)? Dagbesteding badanaa waa daryeel, ma aha waxbarasho. Markaas dowladda hoose (gemeente) ayaa qabanqaabisa (Jeugdwet), ama mararka qaar Wet langdurige zorg (Wlz, sharciga daryeelka muddada dheer). Zorgplicht-ka dugsiga (waajibka dugsiga ee ah inuu bixiyo waxbarasho ku habboon) wuxuu ku saabsan yahay waxbarasho, ma aha daryeel.
    - Ilmahaagu vrijstelling ma haysto? Markaas dugsiga ayaa weli mas'uul ka ah waxbarashada ilmahaaga.
    - Dagbesteding ka codso dowladda hoose: { $okt }
    - Sida ay ilmahaaga ugu khusayso waxay ku xiran tahay xaaladda. Ha kula eego la-taliye: hoos ka dooro.
