# Flow: bullying (bullying, feeling unsafe at school). Translated from locales/nl/bullying.ftl (Somali).
bullying-start =
    Ilmahaaga ma la cagajugleeyaa (pesten), mise ammaan kuma dareemo dugsiga? Taasi waa arrin xanuun badan. Maxaa sida ugu fiican kuugu habboon?
bullying-c-bullied = Ilmahayga waa la cagajugleeyaa
bullying-c-serious = Waa rabshad, xadgudub galmo, takoor ama cagajuglayn aad u xun
bullying-c-no-action = Waan soo sheegay, laakiin dugsigu waxba ma qabto
bullying-c-afraid = Arrintan darteed, ilmahaygu wuxuu ka baqaa inuu dugsiga aado, ama guriga ayuu joogaa

bullying-bullied =
    Dugsi kasta waa inuu hubiyaa in dugsigu ammaan yahay (Wet veiligheid op school, sharciga ammaanka dugsiga). Sidaas darteed dugsi kasta wuxuu leeyahay:
    - siyaasad ammaan iyo mid ka dhan ah cagajuglaynta;
    - hal qof oo isku duwa la-dagaallanka cagajuglaynta. Qofkaasi sidoo kale waa qofka aad la xiriirto;
    - sannad kasta, cabbir lagu eego sida ay ardaydu ammaan u dareemaan.
    Waxa aad samayn karto: cagajuglaynta kala hadal macallinka ama mentor-ka. Taasi waxba ma tarin? Weydii qofka isku duwa la-dagaallanka cagajuglaynta (anti-pestcoördinator), oo heshiisyo wada gala. Qor waxa dhaca iyo goorta.
    Sidoo kale waxaad la hadli kartaa vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto) ee dugsiga. Ilmahaagu laftiisu wuxuu la hadli karaa De Kindertelefoon (khadka carruurta, kindertelefoon.nl).

# Also used in the flow complaint.
bullying-serious =
    Rabshad, xadgudub galmo, takoor ama cagajuglayn culus: waxaad wici kartaa vertrouwensinspecteur (kormeeraha qarsoodiga ah ee Inspectie): 0900-111 3 111 (maalmaha shaqada 8–17, qiimaha wicitaanka gudaha). Wuxuu kaala taliyaa waxa aad samayn karto.
    - Dugsiga gudihiisa waxaad u tegi kartaa vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto).
    - Ma waxay ku saabsan tahay takoor? Menu-ga ka dooro 'Cabasho ku saabsan macallin ama dugsiga, ama takoor'.
    - Ma dhacday dembi, sida weerar ama handadaad? U tag booliiska.
    - Ma jirtaa khatar degdeg ah? Wac 112.

bullying-no-action =
    Dugsigu miyuusan waxba ka qaban warbixintaada? Taasi waa niyad-jab. Waxa aad samayn karto:
    - La hadal vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto) ee dugsiga.
    - Cabasho ku gudbi habka cabashada (klachtenregeling) ee dugsiga. Dugsiga weydii habkaas, ama eeg buugga macluumaadka dugsiga (schoolgids). Dugsiyo badan waxay ka tirsan yihiin guddi cabasho oo qaran; schoolgids-ka ayaa ku qoran kan ay yihiin.
    - Cagajuglayn culus, rabshad ama takoor: wac vertrouwensinspecteur (kormeeraha qarsoodiga ah ee Inspectie), 0900-111 3 111 (maalmaha shaqada 8–17, qiimaha wicitaanka gudaha).
    - Marka hore ma u cabatay dugsiga laftiisa? Markaas 1 sano gudaheed waxaad sidoo kale u tegi kartaa Kinderombudsman (ilaaliyaha xuquuqda carruurta): 0800-876 54 32.

bullying-afraid =
    Ilmahaagu ma ka baqaa inuu dugsiga aado cagajuglaynta darteed? Taasi aad bay u culus tahay, ilmahaaga iyo adigaba.
    - Dugsigu waa inuu hubiyaa in dugsigu ammaan yahay, wuxuuna weli mas'uul ka yahay waxbarashada. Codso qorshe: sidee dugsigu ilmahaaga mar kale ugu noqonayaa meel ammaan ah, waxbarasho noocee ah ayuuse helayaa ilaa inta laga gaarayo?
    - Ma ilmahaaga guriga ku haysaa adigoo aan heshiis la gelin dugsiga? Markaas taasi waxay noqonaysaa maqnaansho (verzuim). Sidaas darteed heshiisyo la gal dugsiga iyo leerplicht (xafiiska waxbarashada qasabka ah), oo qoraal ku qor, tusaale ahaan iimayl. Leerplicht: { $leerplicht }
    - Ma rabtaa dugsi kale? Qoraal ahaan ilmahaaga uga diiwaangeli dugsigaas (menu-ga ka dooro 'Is-diiwaangelin'). Ilaa ilmahaaga halkaas lagu diiwaangeliyo, dugsiga hadda ayaa weli mas'uul ah.
    - Ilmahaagu ma walwalsan yahay ama murugaysan yahay? Menu-ga ka dooro 'Walwal, murugo'. Ilmahaagu wuxuu sidoo kale laftiisu la hadli karaa De Kindertelefoon (khadka carruurta, kindertelefoon.nl).
    - Talo: { $oco }
