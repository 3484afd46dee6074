# Flow: complaint (a complaint about a teacher or the school; discrimination by staff). Translated from locales/nl/complaint.ftl (Somali).
complaint-start =
    Ma qabtaa cabasho ku saabsan macallin, qof kale oo dugsiga ka tirsan, ama dugsiga laftiisa? Waa fiican tahay inaad arrinta wax ka qabato. Maxaa sida ugu fiican kuugu habboon?
    Ma waxay ku saabsan tahay schorsing (joojin ku-meel-gaar ah), ka saarid ama diidmo? Markaas menu-ga ka dooro mawduucaas: halkaas jidku waa bezwaar (diidmo rasmi ah).
complaint-c-talk = Marka hore waxaan rabaa inaan ogaado sida aan dugsiga ugala hadlo
complaint-c-formal = Hadalku waxba ma tarin: waxaan rabaa inaan gudbiyo cabasho rasmi ah
complaint-c-discrimination = Qof dugsiga ka tirsan ayaa ilmahayga takoora
complaint-c-serious = Waxay ku saabsan tahay rabshad, xadgudub galmo ama cagajuglayn aad u xun

complaint-talk =
    Inta badan waxaa caawiya in marka hore la wada hadlo. Sidan ayaad u wajihi kartaa:
    - Ballan la samee macallinka ama mentor-ka. Si deggan u sheeg waxa dhacay iyo waxa aad rabto in la beddelo.
    - Taasi waxba ma tarin? Codso kulan lala yeesho maamulaha dugsiga (directeur).
    - Waxaad sidoo kale la hadli kartaa vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto) ee dugsiga. Wuu ku dhegaystaa, wuuna ku sii caawiyaa. Dugsiga weydii cidda uu yahay.
    - Qor waxa dhacay iyo goorta. Kulan kasta kadib, dir iimayl kooban oo ah waxa lagu heshiiyay.
    - Talo: { $oco }

complaint-formal =
    Hadalku miyuusan xallin? Markaas waxaad gudbin kartaa cabasho rasmi ah.
    - Dugsi kasta wuxuu leeyahay habka cabashada (klachtenregeling). Dugsiga weydii, ama eeg buugga macluumaadka dugsiga (schoolgids). Waxaa sidoo kale ku qoran guddiga cabashooyinka (klachtencommissie) ee dugsigu ka tirsan yahay. Dugsiyo badan waxay ka tirsan yihiin guddi cabasho oo qaran.
    - Cabashadaada ku qor: waxa dhacay, goorta, waxa aad horay u samaysay, iyo waxa aad rabto inaad gaarto.
    - Ma waxay ku saabsan tahay taageerada ilmahaaga? Markaas guddiga cabashooyinka ayaa sidoo kale ah meesha saxda ah. Ma waxay ku saabsan tahay ka saarid, diidmo ama OPP (qorshaha taageerada ilmahaaga)? Markaas bilaash ayaad ugu tegi kartaa Geschillencommissie Passend Onderwijs (guddiga khilaafaadka waxbarashada ku habboon).
    - Marka hore ma u cabatay dugsiga, mana ku qanacsanid? Markaas 1 sano gudaheed waxaad u tegi kartaa Kinderombudsman (ilaaliyaha xuquuqda carruurta): 0800-876 54 32.
    - Inspectie (kormeerka waxbarashada) laftiisu ma xalliyo cabashadaada, laakiin waxaad u gudbin kartaa digniin (signaal): 088-669 60 60 (Isniin ilaa Jimce 9–12 iyo 13–16).
    Tani waa macluumaad guud, ma aha talo sharci.

complaint-discrimination =
    Qof dugsiga ka tirsan ma takooraa ilmahaaga? Taasi lama oggola. Waa fiican tahay inaad arrinta wax ka qabato.
    - Qor waxa dhacay, goorta, iyo cidda goobta joogtay.
    - La hadal vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto) ee dugsiga. Haddii loo baahdo, cabasho ku gudbi habka cabashada ee dugsiga.
    - Wac vertrouwensinspecteur (kormeeraha qarsoodiga ah) ee Inspectie: 0900-111 3 111 (maalmaha shaqada 8–17, qiimaha wicitaanka gudaha). Wuxuu talo ka bixiyaa takoorka, rabshadda, xadgudubka galmada iyo cagajuglaynta culus.
    - Waxaad sidoo kale takoorka u soo sheegi kartaa xafiis warbixinta takoorka (meldpunt discriminatie), adigoo maraya Discriminatie.nl.
    - Waxaad College voor de Rechten van de Mens (hay'adda xuquuqda aadanaha ee Nederland) ka codsan kartaa inay go'aan (oordeel) ka bixiso takoorka.
    - Ma dhacday dembi, sida handadaad ama weerar? U tag booliiska. Khatar degdeg ah: wac 112.
