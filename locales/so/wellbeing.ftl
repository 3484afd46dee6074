# Flow: wellbeing (anxiety, low mood, afraid to go to school, ill). Translated from locales/nl/wellbeing.ftl (Somali).
wellbeing-start =
    Ilmahaagu miyuusan fiicnayn? Taasi waa arrin laga walwalo. Maxaa sida ugu fiican kuugu habboon?
wellbeing-c-crisis = Ilmahaygu wuxuu ka fikiraa is-dil ama ma rabo inuu noolaado
wellbeing-c-anxious = Ilmahaygu wuu walwalsan yahay ama murugaysan yahay, ama wuxuu ka baqaa inuu dugsiga aado
wellbeing-c-options = Fursadee waxbarasho ayaa jira, haddii dugsigu hadda si fiican u socon waayo?
wellbeing-c-exemption = Ilmahaygu gabi ahaanba dugsiga ma aadi karo, xanuun ama dhibaato nafsi ah darteed
wellbeing-c-fewer-hours = Dugsigu wuxuu rabaa in ilmahaygu yimaado saacado ka yar
wellbeing-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

wellbeing-crisis =
    Ilmahaagu ma ka fikiraa is-dil, mise wuxuu leeyahay ma rabo inaan sii noolaado? Had iyo jeer arrintaas si dhab ah u qaado.
    - Wac 113 (bilaash) ama 0800-0113, ama qoraal (chat) kula xiriir 113.nl. Tan waxaad sidoo kale la samayn kartaa ilmahaaga.
    - Ma jirtaa khatar degdeg ah? Wac 112.
    - Sidoo kale la xiriir dhakhtarkaaga qoyska (huisarts). Habeenkii iyo dhammaadka toddobaadka: huisartsenpost (dhakhtarka qoyska ee saacadaha shaqada ka baxsan).
    - Khadadka caawimadan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.
    Ha na sugin: la-taliyeyaasha Wegwijzer ma aha caawimaad xaalad degdeg ah (crisis), mana aha kuwo mar walba isla markiiba la heli karo. Haddii aad shaki qabto, wac 113 ama 112.

wellbeing-anxious =
    Way culus tahay marka ilmahaagu walwalsan yahay ama murugaysan yahay. Kaligaa kuma jirtid.
    - Mararka qaar ilmuhu marka hore wuxuu u baahan yahay nasasho si uu u bogsado, tusaale ahaan cagajuglayn kadib ama waqti xun oo dugsiga ah kadib. Ouders & Onderwijs waxay aragtaa in ku adkaysiga in dugsiga loogu noqdo sida ugu dhakhsaha badan aysan markaas caawin. Codso qorshe leh tallaabooyin yaryar.
    - Dugsiga ayaa weli mas'uul ka ah waxbarashada ilmahaaga. Codso kulan: maxuu ilmahaagu u baahan yahay? Ilmahaaga laftiisa u oggolow inuu sheego waxa uu u baahan yahay.
    - Caawimaad ilmahaaga: dhakhtarka qoyska (huisarts), ama { $okt }
    - Jeugdarts (dhakhtarka adeegga caafimaadka carruurta iyo dhallinyarada, jeugdgezondheidszorg) wuu kula fikiri karaa marka ilmahaagu dugsiga wax badan ka maqnaado, wuxuuna ka caawin karaa ku noqoshada dugsiga. Adiga laftaadu waxaad wici kartaa jeugdgezondheidszorg-ka dowladda hoose.
    - Ilmahaagu wuxuu sidoo kale laftiisu la hadli karaa De Kindertelefoon (khadka carruurta, kindertelefoon.nl).
    - Leerplicht (xafiiska waxbarashada qasabka ah) wuxuu kula fikiri karaa ku noqoshada dugsiga: { $leerplicht }
    - Talo ku saabsan dugsiga: { $oco }

wellbeing-options =
    Dugsiga maalinta oo dhan hadda ma suurtoobayo? Fursado ayaa jira. Dugsiga ayaa weli mas'uul ah, waana inuu adiga kula raadiyaa waxbarasho ku habboon.
    - Maatwerk (xal loogu talagalay ilmahaaga) oo maraya OPP (ontwikkelingsperspectief: qorshaha taageerada ilmahaaga), tusaale ahaan saacado ka yar muddo ku-meel-gaar ah, oo leh qorshe dib loogu kordhiyo. Jirro ama daaweyn caafimaad markay tahay, dugsigu uma baahna inuu taas oggolaansho ka codsado Inspectie (kormeerka waxbarashada). Dugsigu OPP-ga wuxuu sameeyaa isagoo kula tashanaya. Qaybta ku saabsan caawimaadda (handelingsdeel) waxay u baahan tahay oggolaanshahaaga.
    - Dugsiga weydii inay suurtagal tahay (ku-meel-gaar) waxbarasho fog (afstandsonderwijs) ama nus-maalmeed.
    - Ilmahaagu ma muddo dheer buu jiran yahay, ama si culus? Xitaa markaas dugsiga ayaa weli mas'uul ka ah waxbarashada, xitaa haddii ilmahaagu aanu dugsiga iman karin. Dugsigu wuxuu caawimaad bilaash ah ka codsan karaa la-taliyaha waxbarashada ardayda jiran (consulent onderwijsondersteuning zieke leerlingen, OZL). Macluumaad dheeraad ah: ziezon.nl.
    - Dugsiyada qaar waxay bixiyaan waxbarasho iyo daryeel wadajir ah, oo loo yaqaan onderwijszorgarrangement. Dugsiga iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) weydii inay suurtagal tahay: { $swv }
    - Si wadajir ah uma suurtoobayso? Caawimaad bilaash ah ka codso Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87.
    - Vrijstelling (ka dhaafid leerplicht) waa tallaabada ugu dambaysa. Vrijstelling markay jirto, dugsigu kuma waajibna inuu ilmahaaga waxbarasho siiyo. Saacado ka yar waxay sidoo kale suurtagal yihiin vrijstelling la'aan, iyadoo la marayo OPP-ga.

wellbeing-exemption =
    Ilmahaagu gabi ahaanba ma dugsiga u aadi karo sabab jireed ama nafsi ah? Markaas waxaa suurtagal ah vrijstelling (ka dhaafid leerplicht), qodobka 5 a (artikel 5 onder a).
    - Waxaad u baahan tahay warqad ka timid dhakhtar, cilmi-nafsiyaqaan ama khabiir waxbarasho (pedagoog) oo madax-bannaan, oo ay dowladda hoose (gemeente) magacawday. Ma noqon karo dhakhtarkaaga qoyska (huisarts) ama daaweeyaha ilmahaaga.
    - Vrijstelling-ku wuxuu socdaa 1 sano. Badanaa sannad kasta waa inaad mar kale dalbataa ka hor 1da Luulyo (1 juli).
    - Leerplichtambtenaar-ka (sarkaalka waxbarashada qasabka ah) ayaa kuu sheegaya sida ay u shaqayso: { $leerplicht }
    Fiiro gaar ah: vrijstelling kadib, ilmahaagu kuma qasbana inuu dugsiga aado, dugsiguna kuma waajibna inuu waxbarasho bixiyo. Ilmahaagu ma aadi karaa qayb ka mid ah waqtiga? Markaas saacado ka yar waa suurtagal iyadoo la marayo OPP (qorshaha taageerada ilmahaaga), vrijstelling la'aan. Marka hore dugsiga iyo la-taliye kala hadal waxa sida ugu fiican ku habboon.
