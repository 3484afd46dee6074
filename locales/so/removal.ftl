# Flow: removal (verwijdering). Translated from locales/nl/removal.ftl (Somali).
removal-start =
    Dugsigu ma wuxuu rabaa inuu ilmahaaga ka saaro (verwijderen), mise horay ayay u dhacday? Taasi waa arrin culus. Su'aashaadu maxay ku saabsan tahay?
removal-c-rules = Maxaa dugsigu waajib ku yahay inuu sameeyo ka hor inta uusan ilmahayga ka saarin?
removal-c-disagree = Go'aan ayaa jira, kumana raacsani
removal-c-letter = Waxaan rabaa caawimaad aan ku qoro warqad bezwaar (diidmo rasmi ah)
removal-c-support = Ilmahaygu wuxuu u baahan yahay taageero dheeraad ah
removal-c-home-over-4-weeks = Ilmahaygu guriga ayuu joogay in ka badan 4 toddobaad

removal-rules =
    Dugsigu si fudud ugama saari karo arday. Dugsigu waa inuu:
    - marka hore dhegaystaa adiga, ilmahaaga iyo macallinka ama macallimiinta;
    - go'aanka ku bixiyaa qoraal, oo sababaha ku qoran yihiin;
    - u sheegaa Inspectie (kormeerka waxbarashada) iyo leerplichtambtenaar (sarkaalka waxbarashada qasabka ah). Dugsi sare (middelbare school) waa inuu la tashadaa Inspectie xitaa ka hor go'aanka;
    - marka hore helaa dugsi kale oo aqbala ilmahaaga. Markaas kadib oo kaliya ayay ka saariddu noqon kartaa mid kama dambays ah. Ilaa markaas ilmahaagu wuu sii diiwaangashan yahay, dugsiguna weli wuxuu mas'uul ka yahay waxbarashada.
    Dugsigu ma ka saaray ilmahaaga liiska ardayda adigoo aan codsan? Taasi sidoo kale waa ka saarid.
    Dugsi sare ma saari karo arday bartamaha sannad-dugsiyeedka sababtoo ah dhibcaha oo hooseeya.
    Su'aalo? { $oco }
    Tani waa macluumaad guud, ma aha talo sharci.

removal-disagree =
    Taasi waa xaalad adag. Wax baad ka qaban kartaa:
    - 6 toddobaad gudahood, u gudbi bezwaar (diidmo rasmi ah) qoraal ah guddiga maamulka dugsiga (schoolbestuur). Waxaad sidoo kale afka ku sharxi kartaa bezwaar-kaaga, oo waad arki kartaa faylka. Guddigu badanaa wuxuu go'aan gaaraa 4 toddobaad gudahood, marka 6da toddobaad dhammaadaan kadib.
    - Waxaad sidoo kale 6 toddobaad gudahood u tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon). Waa bilaash. Guddigu wuxuu talo bixiyaa 10 toddobaad gudahood. Ma u tagaysaa guddiga? Markaas guddiga maamulka dugsigu wuxuu go'aan ka gaaraa bezwaar-kaaga oo kaliya marka taladaasi timaado.
    - Inta bezwaar-ku socdo, dugsigu wuu ka reebi karaa ilmahaaga inuu dugsiga yimaado. Laakiin ilmahaagu wuu sii diiwaangashan yahay, dugsiguna weli wuxuu mas'uul ka yahay waxbarashada, sida shaqo guri iyo hagid.
    - Aad ma u degdeg badan tahay? Openbare school (dugsi dadweyne oo aan diin ku dhisnayn): waxaad garsooraha maamulka (bestuursrechter) ka codsataa voorlopige voorziening (go'aan degdeg ah oo ku-meel-gaar ah). Bijzondere school (dugsi ku dhisan diin ama aragti, sida dugsi Masiixi ah ama Islaami ah): markaas waa kort geding (dacwad degdeg ah) maxkamadda madaniga ah (civiele rechter), adigoo wata qareen (advocaat). Juridisch Loket (xafiiska caawimada sharciga): 0900-8020.
    Talo: { $oco }. Ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87 (ma aha haddii dacwad maxkamadeed horay u socoto).
    Tani waa macluumaad guud, ma aha talo sharci.

# A checklist for a bezwaar letter (OCO). Also used in the flow suspension.
removal-letter =
    Sidan ayaad u qortaa warqad bezwaar (diidmo rasmi ah). Ku qor:
    - magacaaga iyo cinwaankaaga;
    - magaca iyo cinwaanka dugsiga iyo guddiga maamulka dugsiga (schoolbestuur);
    - magaca ilmahaaga;
    - go'aanka ay ku saabsan tahay, iyo taariikhda go'aankaas;
    - sababta aadan ugu raacsanayn;
    - inaad codsanayso go'aan cusub;
    - inaad jeclaan lahayd inaad bezwaar-kaaga afka ku sharaxdo;
    - taariikhda iyo saxiixaaga.
    Warqadda dir 6 toddobaad gudahood. 6da toddobaad waxaad ka tirisaa taariikhda go'aanka dugsiga. Kaydi nuqul, oo dugsiga ka codso inuu xaqiijiyo inuu helay warqaddaada.
    Caawimaad warqaddaada: { $oco }

removal-support =
    Ilmahaagu ma u baahan yahay taageero dheeraad ah? Markaas dugsigu wuxuu leeyahay zorgplicht (waajibka daryeelka): waa inuu ilmaha u helaa meel ku habboon, dugsigan ama dugsi kale oo ku habboon.
    - Ilmahaagu wuxuu ku sii diiwaangashan yahay dugsiga hadda ilaa dugsi cusub uu si dhab ah u diiwaangeliyo. Ilaa markaas, dugsiga hadda ayaa mas'uul ka ah waxbarashada.
    - Dugsiga weydii dugsiyada uu baaray, haddii ay bixin karaan taageerada ku qoran OPP (qorshaha taageerada ilmahaaga), iyo inta uu socdaalku qaadanayo. Sidoo kale weydii in la tixgeliyay nooca dugsiga iyo jihada (diinta ama aragtida) aad rabto, tusaale ahaan dugsi dadweyne ama dugsi Masiixi ah.
    - Kuma raacsanid ka saaridda ama OPP-ga? Markaas bilaash ayaad ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon).
    Talo: Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan), 070-312 28 87 (bilaash).
