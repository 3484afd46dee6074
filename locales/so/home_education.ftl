# Flow: home_education (home education, exemption 5 under b). Translated from locales/nl/home_education.ftl (Somali).
# Home education is not the same as being at home without school: keep the two apart.
home_education-start =
    Waxbarasho guriga ah (thuisonderwijs) waxay ka dhigan tahay: adiga ayaa doorta inaad ilmahaaga wax ku barto guriga. Taasi la mid ma aha ilmo guriga jooga oo aan dugsi lahayn. Maxaad rabtaa inaad ogaato?
home_education-c-rules = Waxaan rabaa inaan anigu ilmahayga wax ku baro guriga
home_education-c-thuiszitter = Ilmahaygu guriga ayuu joogaa sababtoo ah dugsigu si fiican uguma socdo
home_education-c-school-says = Dugsigu wuxuu leeyahay waa inaan ilmahayga guriga wax ku baro
home_education-c-ill = Ka dhaafid sababtoo ah ilmahaygu wuu xanuunsan yahay ama sabab nafsi ah dugsiga uma aadi karo
home_education-c-what-now = Maxaan samayn karaa haddii ilmahaygu guriga joogo?

home_education-rules =
    Waxbarasho guriga ah waxay suurtagal tahay oo kaliya haddii aad hesho vrijstelling (ka dhaafid leerplicht) sida ku qoran qodobka 5 b ee Leerplichtwet (artikel 5 onder b, sharciga waxbarashada qasabka ah). Taasi waxay suurtagal tahay oo kaliya haddii aad diidan tahay jihada diineed ama aragtida nolosha ee dhammaan dugsiyada ku yaal masaafo macquul ah oo gurigaaga u jirta.
    - Inaadan ku raacsanayn habka wax loo baro sabab sax ah ma aha.
    - Vrijstelling-ka waa inaad waqtigiisa u sheegtaa dowladda hoose (gemeente). Weydii leerplichtambtenaar-ka (sarkaalka waxbarashada qasabka ah) sida iyo goorta: { $leerplicht }
    - Ilmahaagu hadda ma ku diiwaangashan yahay dugsi? Markaas badanaa si fudud ugama wareegi kartid waxbarasho guriga ah bartamaha sannad-dugsiyeedka.
    Fiiro gaar ah: waxbarasho guriga ah la mid ma aha ilmo guriga jooga oo aan dugsi lahayn. Ilmahaagu ma guriga ayuu joogaa sababtoo ah dugsigu si fiican uguma socdo? Markaas menu-ga ka dooro 'Ilmahaygu guriga ayuu joogaa, dugsi ma leh'.

home_education-thuiszitter =
    Markaas ilmahaagu waa thuiszitter (ilmo guriga jooga oo aan dugsi lahayn). Taasi la mid ma aha waxbarasho guriga ah, farqiguna waa muhiim:
    - Dugsiga uu ilmahaagu ku diiwaangashan yahay iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon) ayaa weli mas'uul ka ah waxbarasho ku habboon.
    - Adigu kuma qasbana inaad waxbarashada la wareegto.
    - Waalidiin qaar ayaa baahi darteed codsada vrijstelling (ka dhaafid). Taasi waxay leedahay cawaaqib: markaas dugsigu kuma waajibna inuu waxbarasho bixiyo. Marka hore kala hadal la-taliye.
    Maxaad rabtaa inaad samayso?

home_education-school-says =
    Maya, dugsigu kuma qasbi karo inaad ilmahaaga guriga wax ku barto. Dugsiga ayaa weli mas'uul ka ah waxbarashada, xitaa marka ilmahaagu (qayb ahaan) guriga joogo. Taasi ma aha waxbarasho guriga ah.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii waxbarashada ilmahaagu helayo iyo cidda bixinaysa.
    - U sheeg leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }. Iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon): { $swv }
    - Talo ka qaado Ouders & Onderwijs (0800-5010) ama Onderwijsconsulenten (070-312 28 87).

home_education-ill =
    Ilmahaagu ma dugsiga u aadi karo sabab jireed ama nafsi ah? Markaas waxay ku saabsan tahay vrijstelling kale: qodobka 5 a (artikel 5 onder a).
    - Waxaad u baahan tahay warqad ka timid dhakhtar, cilmi-nafsiyaqaan ama khabiir waxbarasho (pedagoog) oo madax-bannaan, oo ay dowladda hoose (gemeente) magacawday. Ma noqon karo dhakhtarkaaga qoyska (huisarts) ama daaweeyaha ilmahaaga.
    - Vrijstelling-ku wuxuu socdaa 1 sano. Badanaa sannad kasta waa inaad mar kale dalbataa ka hor 1da Luulyo (1 juli).
    - Ilmahaagu ma aadi karaa dugsiga qayb ka mid ah waqtiga? Markaas saacado ka yar waa suurtagal xitaa vrijstelling la'aan, iyadoo la marayo OPP (qorshaha taageerada ilmahaaga).
    Fiiro gaar ah: vrijstelling kadib, ilmahaagu kuma qasbana inuu dugsiga aado, dugsiguna kuma waajibna inuu waxbarasho bixiyo. Marka hore la hadal dugsiga, leerplichtambtenaar-ka (sarkaalka waxbarashada qasabka ah) iyo la-taliye, si aad u ogaataan waxa taasi u keenayso waxbarashada iyo caawimaadda.
