# Flow: home_education (home education, exemption 5 under b). Translated from locales/nl/home_education.ftl (Somali).
# Home education is not the same as being at home without school: keep the two apart.
home_education-start =
    Waxbarasho guriga ah (thuisonderwijs) waxay ka dhigan tahay: adiga ayaa doorta inaad ilmahaaga wax ku barto guriga. Taasi la mid ma aha ilmo guriga jooga oo aan dugsi lahayn. Maxaad rabtaa inaad ogaato?
home_education-c-rules = Waxaan rabaa inaan anigu ilmahayga wax ku baro guriga
home_education-c-thuiszitter = Ilmahaygu guriga ayuu joogaa sababtoo ah dugsigu ma shaqaynayo
home_education-c-school-says = Dugsigu wuxuu leeyahay waa inaad ilmahaaga guriga wax ku bartaa
home_education-c-ill = Ka dhaafid sababtoo ah ilmahaygu wuu xanuunsan yahay ama sabab nafsi ah dugsiga uma aadi karo
home_education-c-what-now = Maxaan samayn karaa haddii ilmahaygu guriga joogo?

home_education-rules =
    Waxbarasho guriga ah waxay suurtagal tahay oo kaliya haddii aad hesho vrijstelling (ka dhaafid waxbarashada qasabka ah) sida ku qoran qodobka 5 b (artikel 5 onder b). Taasi waxay suurtagal tahay oo kaliya haddii aad diidan tahay diinta ama aragtida nolosha ee dhammaan dugsiyada u dhow gurigaaga.
    - Inaadan ku raacsanayn habka wax loo baro sabab sax ah ma aha.
    - Weydii leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee dowladda hoose (gemeente) sida ay u shaqayso.
    Fiiro gaar ah: waxbarasho guriga ah la mid ma aha ilmo guriga jooga oo aan dugsi lahayn. Ilmahaagu ma guriga ayuu joogaa sababtoo ah dugsigu ma shaqaynayo? Markaas menu-ga ka dooro 'Ilmahaygu guriga ayuu joogaa, dugsi ma leh'.

home_education-thuiszitter =
    Markaas ilmahaagu waa thuiszitter (ilmo guriga jooga oo aan dugsi lahayn). Taasi la mid ma aha waxbarasho guriga ah, farqiguna waa muhiim:
    - Dugsiga ilmahaagu ku diiwaangashan yahay iyo samenwerkingsverband (iskaashiga dugsiyada ee gobolka) ayaa weli mas'uul ka ah waxbarasho ku habboon.
    - Adigu kuma qasbana inaad waxbarashada la wareegto.
    - Waalidiin qaar ayaa baahi darteed codsada vrijstelling (ka dhaafid). Taasi waxay leedahay cawaaqib. Marka hore kala hadal la-taliye.
    Maxaad rabtaa inaad samayso?

home_education-school-says =
    Maya, dugsigu kuma qasbi karo inaad ilmahaaga guriga wax ku barto. Dugsiga ayaa weli mas'uul ka ah waxbarashada, xitaa marka ilmahaagu (qayb ahaan) guriga joogo. Taasi ma aha waxbarasho guriga ah.
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii waxbarashada ilmahaagu helayo iyo cidda bixisa.
    - U sheeg leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) iyo samenwerkingsverband (iskaashiga dugsiyada ee gobolka).
    - Talo ka qaado Ouders & Onderwijs (0800-5010) ama Onderwijsconsulenten (070-312 28 87).

home_education-ill =
    Ilmahaagu ma dugsiga u aadi karo sabab jireed ama nafsi ah? Markaas waa ka dhaafid kale: qodobka 5 a (artikel 5 onder a).
    - Waxaad u baahan tahay warqad ka timid dhakhtar, cilmi-nafsiyaqaan ama khabiir waxbarasho oo madax-bannaan, oo ay dowladda hoose (gemeente) magacawday. Ma noqon karo dhakhtarkaaga qoyska (huisarts) ama daaweeyaha ilmahaaga.
    - Ka dhaafiddu waxay socotaa 1 sano. Sannad kasta waa inaad mar kale dalbataa ka hor 1da Luulyo (1 juli).
    Fiiro gaar ah: ka dhaafid kadib, ilmahaagu mar dambe kuma qasbana inuu dugsiga aado. Marka hore la hadal dugsiga, leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) iyo la-taliye, si aad u ogaataan waxa ay taasi u keenayso waxbarashada iyo caawimaadda.
