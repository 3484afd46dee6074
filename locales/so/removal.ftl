# Flow: removal (verwijdering). Translated from locales/nl/removal.ftl (Somali).
removal-start =
    Dugsigu ma wuxuu rabaa inuu ilmahaaga ka saaro (verwijderen), mise horay ayay u dhacday? Su'aashaadu maxay ku saabsan tahay?
removal-c-rules = Maxaa dugsigu waajib ku yahay inuu sameeyo ka hor inta uusan ilmahayga ka saarin?
removal-c-disagree = Go'aan ayaa jira, kumana raacsani
removal-c-support = Ilmahaygu wuxuu u baahan yahay taageero dheeraad ah
removal-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

removal-rules =
    Dugsigu si fudud ugama saari karo arday. Dugsigu waa inuu:
    - marka hore dhegaystaa adiga iyo macallinka ama macallimiinta;
    - go'aanka ku bixiyaa qoraal, oo sababaha ku qoran yihiin;
    - u sheegaa Inspectie (kormeerka waxbarashada) iyo leerplichtambtenaar (sarkaalka waxbarashada qasabka ah). Dugsi sare waa inuu la tashadaa Inspectie ka hor inta uusan go'aan gaarin;
    - marka hore helaa dugsi kale oo aqbala ilmahaaga. Markaas kadib oo kaliya ayay ka saariddu noqon kartaa mid kama dambays ah.
    Dugsigu ma ka tirtiray ilmahaaga diiwaankiisa adigoo aan codsan? Taasi sidoo kale waa ka saarid.
    Dugsi sare ma saari karo arday bartamaha sannad-dugsiyeedka sababtoo ah dhibcaha oo hooseeya.
    Su'aalo? Ouders & Onderwijs: 0800-5010 (bilaash).

removal-disagree =
    Kuma raacsanid go'aanka? Waxa aad samayn karto:
    - 6 toddobaad gudahood, u gudbi bezwaar (diidmo rasmi ah) qoraal ah guddiga maamulka dugsiga (schoolbestuur). Waxaad sidoo kale afka ku sharxi kartaa diidmadaada, oo waad arki kartaa faylka.
    - 6 toddobaad gudahood u tag Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon). Waa bilaash. Guddigu talada wuxuu bixiyaa 10 toddobaad gudahood. Guddiga maamulka dugsigu wuxuu go'aan ka gaaraa diidmadaada oo kaliya marka taladaasi timaado.
    - Inta la sugayo, dugsigu wuu diidi karaa in ilmahaagu dugsiga yimaado. Waxaad garsoore ka codsan kartaa go'aan degdeg ah oo ku-meel-gaar ah (kort geding). Marka hore arrintan talo ka qaado.
    Talo: Ouders & Onderwijs 0800-5010, ama Onderwijsconsulenten 070-312 28 87 (ma aha inta dacwad maxkamadeed socoto). Amsterdam: OCO 020-330 63 20.

removal-support =
    Ilmahaagu ma u baahan yahay taageero dheeraad ah? Markaas Geschillencommissie Passend Onderwijs (guddiga khilaafaadka) wuxuu dugsiga ka filayaa inuu marka hore:
    - dib u eego OPP (qorshaha horumarka ilmaha);
    - adiga kala hadlo nooca dugsiga iyo aragtidiisa diineed (tusaale ahaan dugsi dowladeed ama dugsi Masiixi ah);
    - qoro dugsiyada ku habboon, iyo inta uu socdaalku qaadanayo.
    Ilmahaagu wuxuu ku diiwaangashan yahay dugsiga hadda ilaa dugsi cusub uu si dhab ah u diiwaangeliyo. Ilaa markaas, dugsiga hadda ayaa mas'uul ah.
    Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho), 070-312 28 87 (bilaash).
