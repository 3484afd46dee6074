# Flow: newcomers. Translated from locales/nl/newcomers.ftl (Somali).
newcomers-start =
    Ma ku cusub tahay Nederland? Ilmo kasta oo ku nool Nederland wuxuu xaq u leeyahay waxbarasho. Maxaad rabtaa inaad ogaato?
newcomers-c-rights = Ilmahaygu ma aadi karaa dugsiga haddii aanu haysan sharci deganaansho ama BSN?
newcomers-c-school = Dugsi ama fasal noocee ah ayaa ku habboon ilmahayga?
newcomers-c-azc = Waxaan ku nool nahay azc (xarunta magangalyo-doonka) ama noodopvang (hoyga degdegga ah)
newcomers-c-ukraine = Waxaan ka nimid Ukraine
newcomers-c-support = Luqadda ka sokow, ilmahaygu wuxuu u baahan yahay caawimaad dheeraad ah
newcomers-c-under-6 = Ka yar 6 sano
newcomers-c-6-12 = 6 ilaa 12 sano (basisschool, dugsi hoose)
newcomers-c-12-16 = 12 ilaa 16 sano (middelbare school, dugsi sare)
newcomers-c-16-18 = 16 ama 17 sano

newcomers-rights =
    Haa. Ilmo kasta oo ku nool Nederland wuxuu xaq u leeyahay waxbarasho, ha haysto sharci deganaansho (verblijfsvergunning) ama BSN (lambarka adeegga muwaadinka) ama yuusan haysan.
    - Leerplicht (waxbarasho qasab ah) ilmahaaga ayay sidoo kale khusaysaa, xitaa BSN la'aan.
    - Waxaad ilmahaaga dugsi uga diiwaangelin kartaa BSN la'aan. Dugsigu ma diidi karo ilmahaaga sababtoo ah adigu ma haysatid sharci deganaansho.
    - Carruurta magangalyo-doonka waa inay dugsi galaan sida ugu dhakhsaha badan, ugu dambaynna 3 bilood gudahood. Leerplicht isla markiiba ayay khusaysaa.
    Haddii aysan suurtoobin, la xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }. Ama talo weydiiso: { $oco }
    Hay'adahan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.

newcomers-age = Ilmahaagu immisa jir buu yahay?

newcomers-under-6 =
    Carruurtu waxay basisschool (dugsi hoose) bilaabi karaan marka ay 4 jir gaaraan. Leerplicht (waxbarasho qasab ah) waxay bilaabataa maalinta dugsiga ee ugu horreysa ee bisha ku xigta marka ilmahaagu 5 jir gaaro.
    - Waqti hore ilmahaaga uga diiwaangeli basisschool kuu dhow, haddii ay suurtagal tahay ugu yaraan 10 toddobaad ka hor inta uusan bilaabin. Taas waxaad samayn kartaa xitaa BSN la'aan.
    - Ilmahaagu weli af-Holandi kuma hadlo? Dugsiga weydii caawimaadda jirta.
    - Su'aalo? { $oco }

newcomers-primary =
    Amsterdam, carruurta 6 ilaa 12 jirka ah ee aan weli ku hadlin af-Holandiga oo Nederland joogay wax ka yar 1 sano, marka hore waxay aadaan nieuwkomersklas (fasalka dadka cusub).
    - Waxaad ilmaha ka diiwaangelisaa basisschool (dugsi hoose) caadi ah, oo loo yaqaan stamschool. Dugsigaas ayaa meel uga qabta nieuwkomersklas-ka, iyadoo loo marayo Centraal meldpunt nieuwkomers po (xafiiska dhexe ee dadka cusub).
    - Taas waxaad samayn kartaa xitaa BSN la'aan.
    Caawimaad: { $oco }

newcomers-primary-elsewhere =
    Ilmahaaga uga diiwaangeli basisschool (dugsi hoose) kuu dhow. Taas waxaad samayn kartaa xitaa BSN la'aan.
    - Ilmahaagu weli af-Holandi kuma hadlo? Dugsiga ama dowladda hoose (gemeente) weydii sida ay uga shaqayso degmadaada, tusaale ahaan nieuwkomersklas (fasalka dadka cusub).
    - Leerplicht (xafiiska waxbarashada qasabka ah) ayaa ku caawiya haddii aysan suurtoobin: { $leerplicht }
    Caawimaad: { $oco }

newcomers-secondary =
    Amsterdam, dhallinyarada 12 ilaa 18 jirka ah ee aan weli ku hadlin af-Holandiga waxay aadaan Internationale Schakelklas (ISK, fasalka kala-guurka caalamiga ah) ama fasal kale oo loogu talagalay dadka cusub.
    - Adiga ayaa ilmahaaga si toos ah uga diiwaangeliya middelbare school (dugsi sare) oo leh fasal noocaas ah.
    - Taas waxaad samayn kartaa xitaa BSN la'aan.
    Caawimaad: { $oco }

newcomers-secondary-elsewhere =
    Ilmahaaga uga diiwaangeli middelbare school (dugsi sare) kuu dhow. Taas waxaad samayn kartaa xitaa BSN la'aan.
    - Ilmahaagu weli af-Holandi kuma hadlo? Dugsiga ama dowladda hoose (gemeente) weydii fasalka dadka cusub ee jira, tusaale ahaan Internationale Schakelklas (ISK, fasalka kala-guurka caalamiga ah).
    - Leerplicht (xafiiska waxbarashada qasabka ah) ayaa ku caawiya haddii aysan suurtoobin: { $leerplicht }
    Caawimaad: { $oco }

newcomers-older =
    Dhallinyarada 16 iyo 17 jirka ah sidoo kale waa inay dugsi aadaan. Ilaa ay ka gaaraan 18 jir, waxaa khuseeya kwalificatieplicht (waajibka shahaadada): waa inay dugsi aadaan ilaa ay ka helaan startkwalificatie (shahaadada ugu yar). Taasi waa shahaado havo, vwo ama mbo (heerka 2 ama ka sarreeya).
    - Amsterdam, dhallinyarada ilaa 18 jirka ah waxay aadi karaan Internationale Schakelklas (ISK, fasalka kala-guurka caalamiga ah). Taas awgeed ilmahaaga si toos ah uga diiwaangeli middelbare school (dugsi sare) oo leh fasal noocaas ah.
    - Meel kale ma ku nooshahay? Dowladda hoose (gemeente) weydii dugsiga ama tababarka ku habboon.
    - Leerplicht (xafiiska waxbarashada qasabka ah) ayaa ku sii caawinaya: { $leerplicht }
    Caawimaad: { $oco }

newcomers-azc =
    Ma ku nooshahay azc (xarunta magangalyo-doonka) ama noodopvang (hoyga degdegga ah)? Xitaa markaas ilmahaagu wuxuu xaq u leeyahay waxbarasho, xaaladdaada deganaansho kasta ha ahaatee, meel kasta oo aad ku nooshahay, iyo muddo kasta oo aad joogtaba.
    - Carruurta magangalyo-doonka waa inay dugsi galaan sida ugu dhakhsaha badan, ugu dambaynna 3 bilood gudahood. Leerplicht (waxbarasho qasab ah) isla markiiba ayay khusaysaa.
    - Inta badan azc-yada waxay leeyihiin dugsi hoose (basisschool) go'an oo u dhow. Sidoo kale adiga ayaa dooran kara dugsiga. Dhallinyarada 12 ilaa 18 jirka ah inta badan marka hore waxay aadaan Internationale Schakelklas (ISK, fasalka kala-guurka caalamiga ah).
    - Weydii shaqaalaha xaruntaada (azc-ga: COA, hay'adda qaabilaadda magangalyo-doonka), ama leerplichtambtenaar-ka (sarkaalka waxbarashada qasabka ah) ee dowladda hoose ee xaruntu ku taal, dugsiga uu ilmahaagu aadi karo.
    - Leerplicht: { $leerplicht }
    - Haddii aysan suurtoobin, wac Ouders & Onderwijs: 0800-5010 (bilaash). Waxay ku hadlaan af-Holandi; waxaad codsan kartaa turjumaan.

newcomers-ukraine =
    Ma ka timid Ukraine? Leerplicht-ka (waxbarashada qasabka ah) ee Nederland ilmahaaga ayuu sidoo kale khuseeyaa, sida carruurta kale ee Nederland oo dhan. Ilmahaagu had iyo jeer wuxuu xaq u leeyahay waxbarasho, xaaladdaada deganaansho kasta ha ahaatee.
    - Ilmahaaga ka diiwaangeli dugsi Holandi ah oo kuu dhow. Taasi waxay suurtagal tahay xitaa BSN la'aan.
    - Ilmahaagu ma sidoo kale wuxuu qaataa casharro online ah oo ka yimaada dugsi ku yaal Ukraine? Xitaa markaas ilmahaagu waa inuu ka diiwaangashan yahay dugsi ku yaal Nederland.
    - Ma ku nooshahay hoy ay dowladda hoose (gemeente) bixiso? Markaas dowladda hoose waxay kaa caawin kartaa helitaanka meel dugsi ah. Sidoo kale adiga ayaa dooran kara dugsiga.
    - Leerplicht: { $leerplicht }
    - Caawimaad: { $oco }
    Hay'adahan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.

newcomers-support =
    Ilmahaagu ma u baahan yahay caawimaad kale, barashada af-Holandiga ka sokow? Markaas mararka qaar way adag tahay in la helo meel ku habboon. Kaligaa uma baahnid inaad xalliso.
    Su'aashaada waxaan u gudbinayaa la-taliye.
