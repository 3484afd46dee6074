# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl (Somali).
language-name = Soomaali

welcome =
    Ku soo dhowow Wegwijzer. Waxaan caawiyaa waalidiinta leh carruur aan dugsiga aadin (ama aada qayb maalinta ka mid ah oo kaliya). Waxaan kuu sheegayaa xuquuqdaada, tallaabada xigta iyo cidda aad la xiriiri karto.
    Erayadaada ku qor waxa dhacay, ama dooro mawduuc.
privacy-notice =
    Xogtaada (privacy): waxaan kaydiyaa wax aad u yar. Fadlan ha soo dirin magacyo, taariikhda dhalashada ama BSN (lambarka adeegga muwaadinka). /mydata wuxuu kuu muujinayaa waxa aan kaydiyo. /forget wuxuu tirtiraa wax walba oo adiga kugu saabsan.
help =
    Erayadaada ku qor waxa dhacay, ama isticmaal:
    /menu – mawduucyada
    /language – dooro luqad kale
    /adviser – la hadal qof
    /stop – jooji wadahadalkan
    /mydata – waxa aan adiga kaa kaydiyo
    /forget – tirtir wax walba oo adiga kugu saabsan

menu-prompt = Su'aashaadu maxay ku saabsan tahay? Dooro mawduuc.
topic-suspension = Ilmahayga dugsiga waa laga joojiyay muddo (schorsing)
topic-removal = Dugsigu wuxuu rabaa inuu ilmahayga ka saaro
topic-partial_hours = Ilmahaygu dugsiga wuxuu aadi karaa dhowr saacadood oo kaliya
topic-waitlist = Liiska sugitaanka: waxbarasho gaar ah ama daryeelka dhallinyarada
topic-enrolment = Is-diiwaangelin: dugsi ayaa diiday ilmahayga
topic-home_without_school = Ilmahaygu guriga ayuu joogaa, dugsi ma leh
topic-bullying = Cagajuglayn (pesten) ama ammaan la'aan dugsiga
topic-wellbeing = Walwal, murugo, ka baqid dugsiga
topic-home_education = Waxbarasho guriga ah ama vrijstelling (ka dhaafid)
topic-newcomers = Ku cusub Nederland
topic-adviser = La hadal la-taliye

choose-prompt = Fadlan dooro mid ka mid ah: qor lambarkiisa ama taabo badhan.
common-c-adviser = Waxaan rabaa inaan la hadlo la-taliye
common-c-menu = Ku noqo menu-ga
common-ask-number = Fadlan qor lambar kaliya, tusaale ahaan 3.
after-answer = Maxaad hadda rabtaa inaad samayso?
source-line = Isha: { $url }

not-understood = Weli ma garanayo waxa su'aashaadu ku saabsan tahay.
empty-message = Fariintaadu waa madhan tahay. Ereyo kooban ku qor waxa dhacay.
too-long = Fariintaadu aad bay u dheer tahay (in ka badan { $max } xaraf) lamana kaydin. Fadlan si ka gaaban u qor, dhowr jumladood.
no-words = Wax erayo ah kuma arko fariintaada. Ereyo kooban ku qor waxa dhacay.
unsupported-media = Waxaan akhrin karaa qoraal kaliya. Ma akhrin karo sawirro, fariimo cod ah ama faylal. Fadlan su'aashaada ku qor ereyo kooban.
unknown-command = Amarkaas ma aqaan. Qor /help si aad u aragto waxa aad samayn karto.

language-prompt = Dooro luqaddaada.
language-set = Hadda waxaan kuugu qori doonaa af-Soomaali.
stopped = Wadahadalkii waa la joojiyay. Wax uun qor si aad dib ugu bilowdo.

urgent-answer =
    Qof ma ku jiraa khatar degdeg ah? Wac 112.
    Adiga ama ilmahaaga ma ka fikiraysaan is-dil (inaad naftiinna qaaddaan)? Wac 113 (bilaash) ama 0800-0113, ama ku qor 113.nl.
    Rabshad ama ammaan la'aan guriga: Veilig Thuis (xarunta caawimada rabshadaha guriga) 0800-2000, habeen iyo maalin.
    Hadda fariintaada waxaan si degdeg ah ugu gudbinayaa la-taliye.

escalated = Su'aashaadu hadda waxay la taal la-taliyeyaasha. La-taliye ayaa halkan, wadahadalkan dhexdiisa, kaaga jawaabi doona. Hadda halkan wax badan ayaad ku sheegi kartaa.
escalated-urgent = Su'aashaadu waxay la taal la-taliyeyaasha, si degdeg ah.

adviser-joined = La-taliye ayaa qaatay su'aashaada. Wuxuu halkan, wadahadalkan dhexdiisa, kaaga jawaabi doonaa.
ticket-closed = La-taliyaha wuu xiray su'aashaada. Haddii aad su'aal kale qabto, fadlan mar kale wax qor.

pii-warning = Fiiro gaar ah: waxaad soo dirtay wax u eg BSN (lambarka adeegga muwaadinka), taariikh dhalasho, cinwaan iimayl ama lambar telefoon. Ma kaydin mana gudbin. Uma baahni si aan kuu caawiyo.
forget-done = Wax walba oo aan adiga kaa kaydiyay waa la tirtiray: wadahadalka, su'aalahaaga la-taliyeyaasha iyo fariimaha. Wax uun qor si aad dib ugu bilowdo.
mydata-header = Tan ayaan adiga kaa kaydiyaa:
mydata-language = Luqadda: { $lang }
mydata-ticket = Su'aasha la-taliyeyaasha, lambar { $id } ({ $status }):
mydata-footer = Wax kale ma jiraan: magac ma jiro, lambar telefoon ma jiro. /forget wuxuu tirtiraa wax walba.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = Waad ku mahadsan tahay fariintaada. Waan eegayaa, waxaanan halkan kaaga jawaabi doonaa sida ugu dhakhsaha badan.
canned-more-info = Ma ii sheegi kartaa wax yar oo dheeraad ah? Tusaale ahaan: ilmahaagu qiyaastii immisa jir buu yahay, dugsi noocee ah, iyo muddo intee le'eg ayay arrintani socotay? Fadlan magacyo ha sheegin.
canned-onderwijsconsulenten = Ilmahaagu ma guriga ayuu joogay in ka badan 4 toddobaad? Markaas waxaad caawimaad bilaash ah ka codsan kartaa Onderwijsconsulenten (la-taliyeyaal waxbarasho oo qaran): 070-312 28 87 (maalmaha shaqada 9:00–12:30 iyo 13:30–16:30) ama onderwijsconsulenten.nl.
