# Flow: enrolment (application, admission, duty of care). Translated from locales/nl/enrolment.ftl (Somali).
enrolment-start =
    Ma rabtaa inaad ilmahaaga ka diiwaangeliso dugsi, mise dugsigu ma aqbalin ilmahaaga? Su'aashaadu maxay ku saabsan tahay?
enrolment-c-how = Sideen ilmahayga uga diiwaangeliyaa dugsi?
enrolment-c-refused = Dugsigu wuu diiday ilmahayga
enrolment-c-slow = Dugsigu go'aan ma gaarin, ama aad buu u daahay
enrolment-c-home-over-4-weeks = Ilmahaygu dugsi ma leh, guriga ayuuna joogay in ka badan 4 toddobaad

enrolment-how =
    Sidan ayaad u diiwaangelisaa (aanmelden):
    - Qoraal ahaan u codso dugsiga aad ugu horreyn dooratay. Ku qor magaca ilmaha, jinsiga, taariikhda dhalashada iyo BSN (lambarka adeegga muwaadinka).
    - Ilmahaagu ma u baahan yahay taageero dheeraad ah? Taas sidoo kale qor. Markaas dugsigaas wuxuu leeyahay zorgplicht (waajibka daryeelka).
    - Dugsigu wuxuu go'aan gaaraa 6 toddobaad gudahood. Dugsigu hal mar ayuu ku dari karaa 4 toddobaad.
    - Dugsigu ma bixin karo taageerada laftiisa? Markaas waa inuu adiga kula raadiyaa dugsi bixin kara.
    Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho) 070-312 28 87 ama Ouders & Onderwijs 0800-5010.

enrolment-refused =
    Codsigaaga ma ku sheegtay in ilmahaagu u baahan yahay taageero dheeraad ah? Markaas dugsigu wuxuu diidi karaa ilmahaaga oo kaliya marka dugsi kale oggolaado inuu qaato.
    Ka reeban: dugsi qof walba u buuxa ma laha zorgplicht (waajibka daryeelka).
    Waxa aad samayn karto:
    - Dugsiga ka codso go'aanka iyo sababaha oo qoraal ah. Ma ku raacsan tahay? Markaas bezwaar (diidmo rasmi ah) u gudbi guddiga maamulka dugsiga (schoolbestuur).
    - Waxaad sidoo kale u tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka) 6 toddobaad gudahood, bilaash.
    - Talo: Onderwijsconsulenten 070-312 28 87, Ouders & Onderwijs 0800-5010. Amsterdam: OCO 020-330 63 20.

enrolment-slow =
    Dugsigu waa inuu go'aan gaaraa 6 toddobaad gudahood kadib codsigaaga qoraalka ah. Dugsigu hal mar ayuu ku dari karaa 4 toddobaad.
    Weli go'aan ma jiro kadib 10 toddobaad? Markaas ilmahaaga si ku-meel-gaar ah ayaa loo aqbalay.
    Waxa aad samayn karto:
    - Kaydi nuqul codsigaaga ah, oo taariikhdu ku qoran tahay.
    - Dugsiga qoraal ahaan weydii goorta go'aanku imanayo.
    - Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho) 070-312 28 87 (bilaash).
