# Flow: attendance (leerplicht: absence, a letter or call from leerplicht, a fine or proces-verbaal, leave). Translated from locales/nl/attendance.ftl (Somali).
attendance-start =
    Leerplicht (waxbarasho qasab ah) waxay ka dhigan tahay: ilmahaagu waa inuu dugsiga aadaa, dugsiga iyo dowladda hoose (gemeente) ayaana ilaaliya taas. Su'aashaadu maxay ku saabsan tahay?
attendance-c-reported = Dugsigu wuxuu soo sheegay maqnaansho, ama leerplicht ayaa i soo wacaya ama ii soo qoraya
attendance-c-fine = Waxaa la igu hanjabayaa ganaax ama proces-verbaal
attendance-c-leave = Waxaan rabaa inaan ilmahayga u codsado fasax
attendance-c-home = Ilmahaygu guriga ayuu joogaa sababtoo ah dugsigu si fiican uguma socdo

attendance-reported =
    Warqad ama taleefan ka yimid leerplicht (xafiiska waxbarashada qasabka ah) way ku argagixin kartaa. Warqad noocaas ahi ma aha ciqaab.
    - Dugsiyadu waa inay soo sheegaan maqnaanshaha, tusaale ahaan marka arday ka maqnaado 16 saacadood oo cashar ah ama ka badan 4 toddobaad gudahood, sabab sax ah la'aan.
    - Leerplichtambtenaar-ku (sarkaalka waxbarashada qasabka ah) wuxuu ugu horrayn rabaa in ilmahaagu mar kale waxbarasho helo. Wuxuu sidoo kale kula fikiri karaa, oo dhexdhexaadin karaa adiga iyo dugsiga.
    - Aqbal martiqaadka. Sheeg waxa jira, tusaale ahaan jirro, walwal ama in aysan jirin meel ku habboon. Keen warqadaha iyo iimaylada, iyo liis kooban oo ah waxa dhacay.
    - Ilmahaagu ma xanuunsan yahay? Markaas mar kasta dugsiga u sheeg inuu xanuunsan yahay.
    - Leerplicht: { $leerplicht }
    - Talo: { $oco }

# Also used in the flow home_without_school.
attendance-fine =
    Hanjabaad ganaax ama proces-verbaal ah way argagax badan tahay. Is deji: wax badan ayaad samayn kartaa.
    - Proces-verbaal waa warbixin rasmi ah oo uu qoro leerplichtambtenaar-ku (sarkaalka waxbarashada qasabka ah). Kadib ganaax ayaa iman kara. Waxaa loogu talagalay waalidiinta aan ka qaybqaadan xallinta maqnaanshaha. Ma iska kaashanaysaa? Markaas muuji taas.
    - Ilmahaagu ma guriga ayuu joogaa sababtoo ah dugsigu ma bixin karo waxbarasho ku habboon? Markaas Ingrado, ururka saraakiisha leerplicht, wuxuu filayaa in marka hore wadatashi la sameeyo. Ingrado wuxuu markaas waalidiinta u tilmaamaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon) iyo Onderwijsconsulenten.
    - Qoraal ku jawaab, tusaale ahaan iimayl: maxaa dhacaya, maxaadse horay u samaysay? Codso kulan iyo qorshe loogu talagalay waxbarashada ilmahaaga.
    - Kaydi dhammaan warqadaha iyo iimaylada, oo qor waxa dhacaya.
    - Caawimaad: Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan) 070-312 28 87 (bilaash), ama { $oco }. Su'aalaha sharciga: Juridisch Loket (xafiiska caawimada sharciga) 0900-8020 (€0,25 daqiiqaddii).
    Tani waa macluumaad guud, ma aha talo sharci.

attendance-leave =
    Fasax (maalmo fasax ah oo ka baxsan fasaxyada dugsiga) waxaad si qoraal ah, waqti horena, uga codsataa maamulaha dugsiga (directeur).
    - Fasax ka baxsan fasaxyada dugsiga waxaa la oggol yahay oo kaliya haddii shaqada waalid ay ka dhigto mid aan suurtagal ahayn in fasax la qaato inta lagu jiro fasaxyada dugsiga. Markaas waxay suurtagal tahay hal mar sannad-dugsiyeedkii, ugu badnaan 10 maalmood oo dugsi, mana aha 2da toddobaad ee ugu horreeya sannad-dugsiyeedka.
    - Fasax sabab kale oo muhiim ah, sida aroos ama aas qoyska ka dhacay: maamulaha ayaa go'aamiya ilaa 10 maalmood oo dugsi sannad-dugsiyeedkii. Maalmo ka badan, leerplichtambtenaar-ka ayaa go'aamiya.
    - Ciid ama maalin diimeed: u sheeg maamulaha ugu yaraan 2 maalmood ka hor.
    - Ilmahaagu ma xanuunsan yahay? Markaas fasax ma aha: dugsiga u sheeg in ilmahaagu xanuunsan yahay.
    Kuma raacsanid go'aanka? Codso sababta oo qoraal ah, oo talo weydiiso: { $oco }
