# Flow: enrolment (application, admission, duty of care). Translated from locales/nl/enrolment.ftl (Somali).
enrolment-start =
    Ma rabtaa inaad ilmahaaga ka diiwaangeliso dugsi, mise dugsigu ma aqbalin ilmahaaga? Su'aashaadu maxay ku saabsan tahay?
enrolment-c-how = Sideen ilmahayga uga diiwaangeliyaa dugsi?
enrolment-c-refused = Dugsigu wuu diiday ilmahayga
enrolment-c-slow = Dugsigu go'aan ma gaarin, ama aad buu u daahay
enrolment-c-home-over-4-weeks = Ilmahaygu dugsi ma leh, guriga ayuuna joogay in ka badan 4 toddobaad

enrolment-how =
    Sidan ayaad ilmahaaga uga diiwaangelisaa dugsi (aanmelden):
    - Qoraal ahaan ilmahaaga uga diiwaangeli dugsiga aad ugu horreyn dooratay: ku qor magaca, jinsiga, taariikhda dhalashada iyo BSN (lambarka adeegga muwaadinka) ee ilmahaaga, haddii uu leeyahay.
    - Weli BSN ma leh? Haddana diiwaangeli. Dugsigu ma diidi karo ilmahaaga sababtoo ah ma haysto BSN ama sharci deganaansho (verblijfsvergunning).
    - Waqti hore diiwaangeli, haddii ay suurtagal tahay ugu yaraan 10 toddobaad ka hor inta uusan ilmahaagu bilaabin.
    - Ilmahaagu ma u baahan yahay taageero dheeraad ah? Taas sidoo kale qor. Ma ka diiwaangelinaysaa dugsiyo dhowr ah? Sheeg midka aad ugu horreyn dooratay. Dugsigaas ayaa leh zorgplicht (waajibka daryeelka): waa inuu ilmaha u helaa meel ku habboon, dugsigaas ama dugsi kale.
    - Dugsigu wuxuu go'aan gaaraa 6 toddobaad gudahood. Dugsigu hal mar ayuu muddadaas ku dheerayn karaa 4 toddobaad.
    Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan) 070-312 28 87 (bilaash), ama { $oco }

enrolment-refused =
    Ilmahaaga ma la diiday? Taasi waa niyad-jab. Kuwani waa xeerarka:
    - Markii aad diiwaangelinaysay, ma sheegtay in ilmahaagu u baahan yahay taageero dheeraad ah? Markaas dugsigu wuxuu diidi karaa ilmahaaga oo kaliya marka dugsi kale sheego in ilmahaaga halkaas lagu soo dhaweynayo.
    - Waxyaabaha ka reeban: dugsigu qof walba wuu u buuxaa, ama adigu ma ixtiraamaysid grondslag-ka (diinta ama aragtida nolosha) ee bijzondere school (dugsi ku dhisan diin ama aragti).
    Waxa aad samayn karto:
    - Dugsiga ka codso go'aanka iyo sababaha oo qoraal ah. Kuma raacsanid? Markaas 6 toddobaad gudahood u gudbi bezwaar (diidmo rasmi ah) guddiga maamulka dugsiga (schoolbestuur).
    - Ilmahaagu ma u baahan yahay taageero dheeraad ah? Markaas sidoo kale 6 toddobaad gudahood bilaash ayaad ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon).
    - Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan) 070-312 28 87 (bilaash), ama { $oco }
    Tani waa macluumaad guud, ma aha talo sharci.

enrolment-slow =
    Dugsigu waa inuu go'aan gaaraa 6 toddobaad gudahood kadib codsigaaga qoraalka ah. Dugsigu hal mar ayuu muddadaas ku dheerayn karaa 4 toddobaad.
    - 10 toddobaad kadib weli go'aan ma jiro, ilmahaaguna kuma diiwaangashana dugsi kale? Markaas ilmahaaga si ku-meel-gaar ah ayaa loo aqbalayaa.
    - Ilmahaagu ma weli ku diiwaangashan yahay dugsi kale? Markaas dugsigaas ayaa weli mas'uul ah. Ilmahaaga halkaas ha ka saarin ka hor inta aan go'aan la gaarin.
    - Ilmahaagu meelna kuma diiwaangashana? Markaas dugsiga cusub kuma waajibna inuu toddobaadyadaas ilmahaaga wax baro. Sidaas darteed isla markiiba la xiriir leerplicht (xafiiska waxbarashada qasabka ah): { $leerplicht }. Iyo samenwerkingsverband (dugsiyada gobolkaaga ee si wadajir ah u habeeya waxbarasho ku habboon): { $swv }
    - Kaydi nuqul codsigaaga ah, oo taariikhdu ku qoran tahay. Dugsiga qoraal ahaan weydii goorta go'aanku imanayo.
    Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan) 070-312 28 87 (bilaash).
    Tani waa macluumaad guud, ma aha talo sharci.
