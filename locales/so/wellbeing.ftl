# Flow: wellbeing (anxiety, low mood, afraid to go to school). Translated from locales/nl/wellbeing.ftl (Somali).
wellbeing-start =
    Ilmahaagu miyuusan fiicnayn? Maxaa sida ugu fiican kuugu habboon?
wellbeing-c-crisis = Ilmahaygu wuxuu ka fikiraa is-dil ama ma rabo inuu noolaado
wellbeing-c-anxious = Ilmahaygu wuu walwalsan yahay ama murugaysan yahay, ama wuxuu ka baqaa inuu dugsiga aado
wellbeing-c-exemption = Ilmahaygu gabi ahaanba dugsiga ma aadi karo, xanuun ama dhibaato nafsi ah darteed
wellbeing-c-fewer-hours = Dugsigu wuxuu rabaa in ilmahaygu yimaado saacado ka yar
wellbeing-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

wellbeing-crisis =
    Ilmahaagu ma ka fikiraa is-dil, mise wuxuu leeyahay ma rabo inaan noolaado? Had iyo jeer arrintaas si dhab ah u qaado.
    - Wac 113 (bilaash) ama 0800-0113, ama ku qor 113.nl. Tan waxaad sidoo kale la samayn kartaa ilmahaaga.
    - Ma jirtaa khatar degdeg ah? Wac 112.
    - Sidoo kale la xiriir dhakhtarkaaga qoyska (huisarts).
    Hadda su'aashaada waxaan si degdeg ah ugu gudbinayaa la-taliye.

wellbeing-anxious =
    Walwal, murugo ama ka baqid dugsiga: kaligaa kuma jirtid.
    - Dugsiga ka codso kulan lagu sameeyo qorshe: maxuu ilmahaagu u baahan yahay si uu (dib) ugu aado dugsiga? Dugsiga ayaa weli mas'uul ka ah waxbarashada ilmahaaga.
    - Caawimaad ka raadi dhakhtarkaaga qoyska (huisarts) ama dowladda hoose (gemeente). Amsterdam waa Ouder- en Kindteam (kooxda waalidka iyo ilmaha); dugsiga badanaa waxaa sidoo kale jooga la-taliye waalidka iyo ilmaha.
    - Leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) wuu kaa caawin karaa ka fikirka ku noqoshada dugsiga.
    - Talo ku saabsan dugsiga: Ouders & Onderwijs, 0800-5010.

wellbeing-exemption =
    Ilmahaagu gabi ahaanba ma dugsiga u aadi karo sabab jireed ama nafsi ah? Markaas waxaa suurtagal ah vrijstelling (ka dhaafid waxbarashada qasabka ah), qodobka 5 a (artikel 5 onder a).
    - Waxaad u baahan tahay warqad ka timid dhakhtar, cilmi-nafsiyaqaan ama khabiir waxbarasho oo madax-bannaan, oo ay dowladda hoose (gemeente) magacawday. Ma noqon karo dhakhtarkaaga qoyska (huisarts) ama daaweeyaha ilmahaaga.
    - Ka dhaafiddu waxay socotaa 1 sano. Sannad kasta waa inaad mar kale dalbataa ka hor 1da Luulyo (1 juli).
    - Leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee dowladda hoose ayaa kuu sheegaya sida ay u shaqayso.
    Fiiro gaar ah: ka dhaafid kadib, ilmahaagu mar dambe kuma qasbana inuu dugsiga aado. Marka hore la hadal dugsiga iyo la-taliye, si aad u ogaataan waxa ay taasi u keenayso waxbarashada iyo caawimaadda.
