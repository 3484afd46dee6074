# Flow: newcomers. Translated from locales/nl/newcomers.ftl (Somali).
newcomers-start =
    Ma ku cusub tahay Nederland? Ilmo kasta oo ku nool Nederland wuxuu xaq u leeyahay waxbarasho. Maxaad rabtaa inaad ogaato?
newcomers-c-rights = Ilmahaygu ma aadi karaa dugsiga haddii aanu haysan sharci deganaansho ama BSN?
newcomers-c-school = Dugsi ama fasal noocee ah ayaa ku habboon ilmahayga?
newcomers-c-support = Luqadda ka sokow, ilmahaygu wuxuu u baahan yahay caawimaad dheeraad ah
newcomers-c-6-12 = 6 ilaa 12 sano
newcomers-c-12-18 = 12 ilaa 18 sano
newcomers-c-under-6 = Ka yar 6 sano

newcomers-rights =
    Haa. Ilmo kasta oo ku nool Nederland wuxuu xaq u leeyahay waxbarasho, ha haysto sharci deganaansho (verblijfsvergunning) ama BSN (lambarka adeegga muwaadinka) ama yuusan haysan.
    - Leerplicht (waxbarasho qasab ah) ilmahaaga ayay sidoo kale khusaysaa, xitaa BSN la'aan.
    - Dugsigu ma diidi karo ilmahaaga sababtoo ah adigu ma haysatid sharci deganaansho.
    - Carruurta magangalyo-doonka waa inay dugsi galaan 3 bilood gudahood.
    Ma shaqaynayso? La xiriir leerplichtambtenaar (sarkaalka waxbarashada qasabka ah) ee dowladda hoose (gemeente), ama wac Ouders & Onderwijs: 0800-5010. Amsterdam: OCO 020-330 63 20.

newcomers-age = Ilmahaagu immisa jir buu yahay?

newcomers-primary =
    Amsterdam, carruurta 6 ilaa 12 jirka ah ee aan weli ku hadlin af-Holandiga oo Nederland joogay wax ka yar 1 sano, marka hore waxay aadaan nieuwkomersklas (fasalka dadka cusub).
    - Waxaad ilmaha ka diiwaangelisaa dugsi hoose oo caadi ah (basisschool). Dugsigaas ayaa meel uga qabta fasalka dadka cusub, iyadoo loo marayo Centraal meldpunt nieuwkomers po (xafiiska dhexe ee dadka cusub).
    - Meel kale ma ku nooshahay? Dowladda hoose (gemeente) ama dugsi hoose oo kuu dhow weydii sida ay halkaas u shaqayso.
    Caawimaad Amsterdam: OCO 020-330 63 20. Meelaha kale: Ouders & Onderwijs 0800-5010.

newcomers-secondary =
    Amsterdam, dhallinyarada 12 ilaa 18 jirka ah ee aan weli ku hadlin af-Holandiga waxay aadaan Internationale Schakelklas (ISK, fasalka kala-guurka caalamiga ah) ama fasal EOA ah.
    - Adiga ayaa si toos ah u diiwaangeliya, dugsi sare (middelbare school) oo leh fasalkaas.
    - Meel kale ma ku nooshahay? Dowladda hoose (gemeente) ama dugsi sare oo kuu dhow weydii sida ay halkaas u shaqayso.
    Caawimaad Amsterdam: OCO 020-330 63 20. Meelaha kale: Ouders & Onderwijs 0800-5010.

newcomers-support =
    Ilmahaagu ma u baahan yahay caawimaad kale, barashada af-Holandiga ka sokow? Markaas mararka qaar way adag tahay in la helo meel ku habboon. Kaligaa uma baahnid inaad xalliso.
    Su'aashaada waxaan u gudbinayaa la-taliye.
