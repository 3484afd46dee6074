# Flow: suspension (schorsing). Translated from locales/nl/suspension.ftl (Somali).
suspension-start =
    Schorsing (joojin ku-meel-gaar ah) waxay ka dhigan tahay in ilmahaagu aanu dugsiga iman karin muddo gaaban. Su'aashaadu maxay ku saabsan tahay?
suspension-c-rules = Waa maxay xeerarka schorsing-ka?
suspension-c-disagree = Kuma raacsani schorsing-ka
suspension-c-longer = Schorsing-ku wuxuu socdaa in ka badan toddobaad, ama ma laha taariikh dhammaad
suspension-c-removal = Dugsigu wuxuu sidoo kale rabaa inuu ilmahayga ka saaro
suspension-c-po = Dugsi hoose (basisschool)
suspension-c-vo = Dugsi sare (middelbare school)
suspension-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

suspension-rules =
    Kuwani waa xeerarka schorsing (joojin ku-meel-gaar ah):
    - Schorsing-ku wuxuu socdaa ugu badnaan 1 toddobaad (5 maalmood oo dugsi).
    - Dugsigu wuxuu kuu siiyaa go'aanka iyo sababaha oo qoraal ah.
    - Schorsing-ku ma socdaa in ka badan 1 maalin? Markaas guddiga maamulka dugsiga (schoolbestuur) waa inuu qoraal ahaan u sheegaa Inspectie (kormeerka waxbarashada). Badanaa waxaa sidoo kale loo sheegaa leerplichtambtenaar (sarkaalka waxbarashada qasabka ah).
    - Dugsigu wuxuu sii wadaa waxbarashada, tusaale ahaan shaqo guri. Dugsiga weydii shaqada dugsiga ee ilmahaagu helayo.
    Su'aalo? Wac Ouders & Onderwijs: 0800-5010 (bilaash).

suspension-disagree =
    Kuma raacsanid schorsing-ka? Waxa aad samayn karto:
    - U gudbi bezwaar (diidmo rasmi ah): warqad u dir guddiga maamulka dugsiga (schoolbestuur) 6 toddobaad gudahood. Guddigu badanaa wuxuu ku jawaabaa qiyaastii 4 toddobaad gudahood.
    - Garsoorayaashu waxay filayaan in dugsigu marka hore dhegaysto ilmahaaga, adiga iyo macallinka. Go'aanka waa inay ku qoran tahay sida loo diido. Taasi ma dhicin? Ku qor diidmadaada.
    - Waxaad sidoo kale u cabsan kartaa guddiga cabashooyinka ee dugsiga, ama ka codsan kartaa leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) inuu dhexdhexaadiye noqdo.
    - Aad ma u degdeg badan tahay? Markaas waxaad garsoore ka codsan kartaa go'aan degdeg ah oo ku-meel-gaar ah (kort geding). Marka hore arrintan talo ka qaado.
    Caawimaad warqaddaada: Ouders & Onderwijs 0800-5010. Amsterdam: OCO 020-330 63 20.

suspension-longer = Ilmahaagu ma wuxuu dhigtaa dugsi hoose (basisschool) mise dugsi sare (middelbare school)?

suspension-longer-po =
    Dugsiga hoose, schorsing (joojin ku-meel-gaar ah) waligiis ma dhaafi karo 1 toddobaad (5 maalmood oo dugsi).
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii (tusaale ahaan iimayl) maalinta ilmahaagu dib u iman karo.
    - La xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee dowladda hoose (gemeente).
    - Ilmahaaga dib looma oggola? Talo ka qaado Ouders & Onderwijs (0800-5010) ama Onderwijsconsulenten (la-taliyeyaal waxbarasho, 070-312 28 87, bilaash).

suspension-longer-vo =
    Dugsiga sare, schorsing (joojin ku-meel-gaar ah) wuxuu dhaafi karaa 1 toddobaad oo kaliya inta dugsigu ka shaqaynayo ka saarid (verwijdering). Dugsigu waa inuu marka hore la tashadaa Inspectie (kormeerka waxbarashada).
    Waxa aad samayn karto:
    - Dugsiga qoraal ahaan weydii in ka saarid la bilaabay, iyo in dugsigu la tashaday Inspectie.
    - Muddadaas dugsigu wuxuu sii wadaa waxbarashada, tusaale ahaan shaqo guri.
    - La xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah). Talo ka qaado Ouders & Onderwijs (0800-5010) ama Onderwijsconsulenten (070-312 28 87, bilaash).
