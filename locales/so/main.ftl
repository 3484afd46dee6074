# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl (Somali).
language-name = Soomaali
# The language's name in Dutch, for the advisers.
language-name-nl = Somalisch

welcome =
    Ku soo dhowow Wegwijzer. Waxaan caawiyaa waalidiinta leh carruur aan dugsiga aadin (ama aada qayb maalinta ka mid ah oo kaliya): xuquuqdaada, tallaabada xigta iyo cidda aad la xiriiri karto.
    Waxaan bixiyaa macluumaad guud, ma aha talo sharci. Xaaladdaada gaarka ah waxaad weydiin kartaa la-taliye.
    Erayadaada ku qor waxa dhacay, ama dooro mawduuc.
privacy-notice =
    Xogtaada (privacy): waxaan kaydiyaa wax aad u yar. Fadlan ha soo dirin magacyo, taariikhda dhalashada ama BSN (lambarka adeegga muwaadinka).
    - Waxaan kaydiyaa doorashooyinka aad ku samayso wadahadalkan. Ma la hadlaysaa la-taliye? Markaas waxaan sidoo kale kaydiyaa fariimahaaga, jawaabaha la-taliyaha iyo qoraallo kooban oo la-taliyuhu ku sameeyo su'aashaada.
    - Wegwijzer waxba uma gudbiyo dugsiga, leerplicht (xafiiska waxbarashada qasabka ah) ama Veilig Thuis.
    - 90 maalmood kadib marka su'aashaada la xiro, ama kadib 90 maalmood oo aan xiriir lahayn, waan tirtiraa wadahadalka iyo fariimaha. Intaas kadib waxaa hara tirooyin kaliya, oo aan lahayn wax xog ah oo adiga kugu saabsan.
    - /mydata wuxuu kuu muujinayaa waxa aan kaydiyo. /forget wuxuu isla markiiba tirtiraa wax walba oo adiga kugu saabsan.
help =
    Erayadaada ku qor waxa dhacay, ama isticmaal:
    /menu – mawduucyada
    /back – hal su'aal dib u noqo
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
topic-attendance = Leerplicht (waxbarasho qasab ah): maqnaansho, ganaax ama fasax
topic-bullying = Cagajuglayn (pesten) ama ammaan la'aan dugsiga
topic-complaint = Cabasho ku saabsan macallin ama dugsiga, ama takoor
topic-wellbeing = Walwal, murugo, ka baqid dugsiga
topic-home_education = Waxbarasho guriga ah ama vrijstelling (ka dhaafid)
topic-newcomers = Ku cusub Nederland
topic-parent_support = Anigoo waalid ah, arrintu aad bay iigu culus tahay
topic-adviser = La hadal la-taliye

choose-prompt = Fadlan dooro mid ka mid ah: qor lambarkiisa ama taabo badhan.
common-c-adviser = Waxaan rabaa inaan la hadlo la-taliye
common-c-menu = Ku noqo menu-ga
common-ask-number = Fadlan qor lambar kaliya, tusaale ahaan 3.
after-answer = Maxaad hadda rabtaa inaad samayso?
source-line = Isha: { $url }

# The region is asked once per conversation (flows/regions/). Every choice sets a region.
region-ask = Si aan kuu siiyo cidda saxda ah ee aad la xiriirto: ma waxaad ku nooshahay Amsterdam mise meel kale?
region-amsterdam = Amsterdam
region-elsewhere = Meel kale oo Nederland ah

# How a parent outside Amsterdam finds the contact (used as { $key } in the messages).
# Each is a phrase that can stand on its own after a colon.
contact-leerplicht-elsewhere = leerplichtambtenaar-ka (sarkaalka waxbarashada qasabka ah) ee dowladda hoose (gemeente) ee aad ku nooshahay (ka eeg 'leerplicht' websaydka dowladda hoose, ama weydii dugsiga)
contact-swv-elsewhere = samenwerkingsverband-ka gobolkaaga (weydii dugsiga samenwerkingsverband-ka uu dugsigu ka tirsan yahay; khariidad ayaa ku taal regioatlas.nl)
contact-oco-elsewhere = Ouders & Onderwijs, khadka qaranka ee waalidiinta, bilaash: 0800-5010 ama vraag@oudersonderwijs.nl (sidoo kale weydii samenwerkingsverband-kaaga in gobolkaaga ay ku taal xarun taageerada waalidiinta)
contact-okt-elsewhere = kooxda dhallinyarada (jeugdteam) ama kooxda xaafadda (wijkteam) ee dowladda hoose (ka eeg 'jeugdhulp' websaydka dowladda hoose)

# The support need behind the absence: asked once per conversation, can be skipped. Only counted.
need-ask =
    Si aan kuu caawinno si ka wanaagsan: maxaa door ku leh xaaladda ilmahaaga? Waad ka boodi kartaa su'aashan.
    Warbixinteena sannadlaha ah waxaan ku tirinnaa oo kaliya inta jeer ee arrin timaado, iyadoo aan wax xog ah oo adiga kugu saabsan la kaydin.
need-c-fysiek = Xanuun jireed ama naafonimo
need-c-gedrag = Dhaqanka (habdhaqanka), ama ADHD
need-c-autisme = Autism (otiisam)
need-c-leren = Dhibaato xagga waxbarashada ah, sida dyslexia (dhibaatada akhriska)
need-c-psychisch = Walwal, murugo ama dhibaatooyin kale oo nafsi ah
need-c-hoogbegaafd = Garaad aad u sarreeya (hoogbegaafdheid)
need-c-anders = Wax kale, ama ma garanayo
need-c-skip = Tan ma doonayo inaan sheego (ka bood)

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
    Adiga ama ilmahaaga ma ka fikiraysaan is-dil (inaad naftiinna qaaddaan)? Wac 113 (bilaash) ama 0800-0113, ama qoraal (chat) kula xiriir 113.nl.
    Rabshad ama ammaan la'aan guriga: Veilig Thuis (xarunta caawimada rabshadaha guriga) 0800-2000, habeen iyo maalin, bilaash.
    Khadadka caawimadan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.
    Ha na sugin: la-taliyeyaasha Wegwijzer ma aha caawimaad xaalad degdeg ah (crisis), mana aha kuwo mar walba isla markiiba la heli karo. Hadda wac 113 ama 112.

escalated = Su'aashaadu hadda waxay la taal la-taliyeyaasha. La-taliye ayaa halkan, wadahadalkan dhexdiisa, kaaga jawaabi doona, inta badan { $within }. Hadda halkan wax badan ayaad ku sheegi kartaa.
escalated-urgent = Su'aashaadu waxay la taal la-taliyeyaasha, si degdeg ah. La-taliye ayaa halkan kaaga jawaabi doona sida ugu dhakhsaha badan, inta badan { $within }. Haddii khatar jirto: ha sugin, wac 112 ama 113.

adviser-joined = La-taliye ayaa qaatay su'aashaada. Wuxuu halkan, wadahadalkan dhexdiisa, kaaga jawaabi doonaa. Waxa la-taliyuhu qoro lama turjumo. Wax ma jiraan aanad fahmin? Markaas codso wicitaan telefoon oo turjumaan la socdo.
ticket-closed = La-taliyaha wuu xiray su'aashaada. Haddii aad su'aal kale qabto, fadlan mar kale wax qor.

pii-warning = Fiiro gaar ah: waxaad soo dirtay wax u eg magac, BSN (lambarka adeegga muwaadinka), taariikh dhalasho, cinwaan iimayl ama lambar telefoon. Ma kaydin mana gudbin. Uma baahni si aan kuu caawiyo.
forget-done = Wax walba oo aan adiga kaa kaydiyay waa la tirtiray: wadahadalka, su'aalahaaga la-taliyeyaasha iyo fariimaha. Wax uun qor si aad dib ugu bilowdo.
mydata-header = Tan ayaan adiga kaa kaydiyaa:
mydata-language = Luqadda aad ku qorayso: { $language }.
mydata-footer = La-taliyeyaashu waxay sidoo kale su'aashaada ku samayn karaan qoraallo gudaha ah oo kooban. Kuma jiraan liiskan, laakiin waxay ka tirsan yihiin su'aashaada, /forget-na iyagana wuu tirtiraa. Intaas ka sokow, ma kaydiyo magac iyo lambar telefoon midna. /forget wuxuu tirtiraa wax walba.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = Waad ku mahadsan tahay fariintaada. Waan eegayaa, waxaanan halkan kaaga jawaabi doonaa sida ugu dhakhsaha badan.
canned-more-info = Ma ii sheegi kartaa wax yar oo dheeraad ah? Tusaale ahaan: ilmahaagu qiyaastii immisa jir buu yahay, dugsi noocee ah, iyo muddo intee le'eg ayay arrintani socotay? Fadlan magacyo ha sheegin.
canned-onderwijsconsulenten = Ilmahaagu ma guriga ayuu joogay in ka badan 4 toddobaad? Markaas waxaad caawimaad bilaash ah ka codsan kartaa Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan): 070-312 28 87 (maalmaha shaqada 9:00–12:30 iyo 13:30–16:30) ama onderwijsconsulenten.nl. Waxay qaadan kartaa dhowr toddobaad inta ay kaaga soo wacayaan wareysiga koowaad (intake): sidaas darteed isla markiiba is-diiwaangeli.
canned-safe-now = Marka hore waxaan rabaa inaan ku weydiiyo wax muhiim ah: adiga iyo ilmahaagu hadda ma ammaan baad tihiin? Ma jirtaa khatar degdeg ah? Markaas isla markiiba wac 112.
canned-crisis-numbers =
    Ma jirtaa khatar degdeg ah? Wac 112.
    Adiga ama ilmahaaga ma ka fikiraysaan is-dil (inaad naftiinna qaaddaan)? Wac 113 (bilaash) ama 0800-0113, ama qoraal (chat) kula xiriir 113.nl.
    Rabshad ama ammaan la'aan guriga: Veilig Thuis (xarunta caawimada rabshadaha guriga) 0800-2000, habeen iyo maalin, bilaash.
    Khadadka caawimadan waxay ku hadlaan af-Holandi. Waxaad codsan kartaa turjumaan.
canned-interpreter = Luqaddaada si fiican uguma hadlo. Ma rabtaa inaan ku soo wacno, annagoo turjumaan wadanna? Ku jawaab haa ama maya.

# Outside office hours: the advisers read the question when the office opens.
escalated-closed = Su'aashaadu hadda waxay la taal la-taliyeyaasha. Hadda lama heli karo, waxayna su'aashaada akhriyi doonaan laga bilaabo { $day }, saacadda { $time }. Hadda halkan wax badan ayaad ku sheegi kartaa.
    Ma rabtaa talo ka hor intaas? Ouders & Onderwijs (bilaash, af-Holandi): 0800-5010. Ma degdeg baa? Wac 113 (bilaash) ama 112.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = Hadda ma jiraan la-taliyeyaal ku xiran Wegwijzer-kan, sidaas darteed halkan qofna kaama jawaabi karo su'aashaada. Waan ka xumahay.
    Si aad talo u hesho: Ouders & Onderwijs (bilaash) 0800-5010, ama Onderwijsconsulenten (la-taliyeyaal waxbarasho oo madax-bannaan) 070-312 28 87.
    Haddii khatar jirto: 112. Haddii adiga ama ilmahaagu ka fikiraysaan is-dil: 113 (bilaash). Rabshad guriga: Veilig Thuis 0800-2000.
within-minutes = { $n } daqiiqo gudahood
within-hours = { $n } saacadood gudahood
within-days = { $n } maalmood gudahood
day-1 = Isniin
day-2 = Talaado
day-3 = Arbaco
day-4 = Khamiis
day-5 = Jimce
day-6 = Sabti
day-7 = Axad
day-today = maanta
day-tomorrow = berri
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = Fariintaada waxaan ku daray su'aashaada. La-taliyuhu wuu akhriyi doonaa marka uu su'aashaada qaato.
waiting-crisis = Waxaan la-taliyeyaasha u sheegay in arrintu degdeg tahay.
# The bot only serves one parent at a time, in a private chat.
private-only = Waxaan ku shaqeeyaa oo keliya wadahadal gaar ah (private), si aanu qof kale u akhrin. Fariin gaar ah ii soo dir. Kooxdan waan ka baxayaa.
# How the parent sees an adviser's message.
adviser-says = { $name }, la-taliye:

# Triage asks instead of guessing when two or three topics are close.
ask-topic = Su'aashaadu inta badan maxay ku saabsan tahay?
ask-topic-other = Wax kale
# Offered after two messages whose language was not clear.
language-unsure = Weli ma hubo luqadda aad ku qorayso. Dooro luqaddaada, markaas luqaddaas ayaan ku sii wadi doonaa.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = menu, menu-ga, mawduucyada, liiska, dib u bilow
words-back = dib, dib u noqo, ku noqo, gadaal, hore, su'aashii hore, back
words-stop = jooji, joogso, dhammee, iska daa, maya mahadsanid, stop
words-help = caawi, caawimaad, i caawi, help
words-language = luqad, luqadda, luqad kale, af kale, beddel luqadda
words-adviser = la-taliye, la taliye, qof, bani aadam, shaqaale, la hadal qof
# Number words, from one, for choosing an option ("laba" is the 2nd).
words-numbers = kow, laba, saddex, afar, shan, lix, toddoba, siddeed, sagaal, toban, kow iyo toban, laba iyo toban, saddex iyo toban, afar iyo toban, shan iyo toban
choice-unclear = Taasi waxay ku habboon tahay in ka badan hal doorasho. Midkee baad ula jeeddaa?
back-none = Tani waa su'aasha koowaad, dib intaas kama sii noqon karo.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = Fadlan dooro mid ka mid ah: qor lambarkiisa ama jawaabta.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = Bilow
command-menu = Mawduucyada
command-back = Hal su'aal dib u noqo
command-language = Dooro luqad kale
command-adviser = La hadal la-taliye
command-stop = Jooji wadahadalkan
command-help = Sharaxaad
command-mydata = Waxa aan adiga kaa kaydiyo
command-forget = Tirtir wax walba oo adiga kugu saabsan
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = Koodhka ku akhri (scan) telefoonkaaga, su'aashaadana ku weydii luqaddaada.
mydata-answers = Doorashooyinkaaga iyo jawaabahaaga wadahadalkan:
mydata-region = Gobolkaaga: { $region }.
mydata-need = Sida aad qabto, waxa ka dambeeya in ilmuhu guriga joogo: { $need }.
mydata-ticket-open = Su'aashaada aad u dirtay la-taliyeyaasha (lambar { $id }) waxay sugaysaa la-taliye. Waxaa ku jira:
mydata-ticket-claimed = La-taliye ayaa ka shaqaynaya su'aashaada (lambar { $id }). Waxaa ku jira:
mydata-ticket-closed = Su'aashaada aad u dirtay la-taliyeyaasha (lambar { $id }) waa la dhammeeyay. Waxaa ku jira:
mydata-you = Adigu waxaad qortay: { $text }
mydata-adviser = La-taliyuhu wuxuu qoray: { $text }
mydata-nothing = Wadahadalkan weli waxba kama kaydin, marka laga reebo luqaddaada.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = Xusuusin aad codsatay, { $date }. Waxaan kaydiyaa oo keliya wadahadalkan iyo taariikhdaas.
file-received = Mahadsanid. Sawirkaaga ama faylkaaga waxaan ku daray su'aashaada; la-taliyuhu wuu eegi karaa.
mydata-read = La-taliye ayaa su'aashaada ku akhriyay sanduuqa xafiiska talada. Cidda furtay su'aashaada iyo goorta waa la diiwaangeliyaa inta su'aashaada la hayo.
mydata-followup = Su'aal ah in ilmahaagu dugsiga ku noqday, { $date }. Waxaan kaydiyaa oo keliya wadahadalkan, taariikhdaas iyo mawduuca.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = Taariikhdee ayaad ilmahaaga iska diiwaangelisay dugsiga (aanmelding)? Tusaale: 12 november ama 12-11-2026.
deadline-ask-suspension-start = Maalintee ayuu schorsing-ku bilaabmay? Tusaale: Isniin, 12 november ama 12-11-2026.
letter-c-partial-report = I caawi inaan warbixin u qoro leerplicht
letter-c-opp = I caawi inaan warqad ka qoro OPP
letter-c-start-meeting = I caawi inaan codsado kulan bilow ah (startgesprek)
deadline-c-exemption = Goorma ayaan cusboonaysiiyaa ka-dhaafidda (vrijstelling)?
deadline-c-enrolment = Goorma ayuu dugsigu go'aan gaaraa?
deadline-c-suspension-end = Ilaa goorma ayuu schorsing-ku socon karaa?
