# Wegwijzer's own messages (not tied to one topic). Tigrinya (ትግርኛ), translated from locales/nl/main.ftl.
language-name = ትግርኛ
# The language's name in Dutch, for the advisers.
language-name-nl = Tigrinya

welcome =
    እንቋዕ ናብ Wegwijzer ብደሓን መጻእኩም። ኣነ ንወለዲ እሕግዝ፡ ውላዶም ናብ ቤት ትምህርቲ ዘይከይድ (ወይ ንሓደ ክፋል መዓልቲ ጥራይ ዝኸይድ)። ብዛዕባ መሰልኩም፡ ዝቕጽል ስጉምቲ፡ ከምኡ'ውን ናብ መን ክትከዱ ከም ትኽእሉ እነግረኩም።
    ኣነ ሓፈሻዊ ሓበሬታ እህብ፡ ሕጋዊ ምኽሪ ኣይኮነን። ብዛዕባ ናይ ባዕልኹም ኩነታት ንኣማኻሪ ክትሓቱ ትኽእሉ ኢኹም።
    እንታይ ከም ዘጋጠመ ብናይ ባዕልኹም ቃላት ጽሓፉ፡ ወይ ሓደ ኣርእስቲ ምረጹ።
privacy-notice =
    ብሕትውና፡ ኣዝዩ ውሑድ ሓበሬታ ጥራይ እዕቅብ። ኣስማት፡ ዕለት ልደት ወይ BSN (ናይ መንግስቲ መለለዪ ቁጽሪ) ኣይትስደዱ።
    - ኣብዚ ዝርርብ እዚ ዝመረጽኩምዎ እዕቅብ። ምስ ኣማኻሪ እንተተዛሪብኩም፡ መልእኽትታትኩም፡ መልስታት ናይቲ ኣማኻሪ፡ ከምኡ'ውን እቲ ኣማኻሪ ኣብ ሕቶኹም ዝጽሕፎ ሓጸርቲ መዘኻኸሪታት እውን እዕቅብ።
    - Wegwijzer ዋላ ሓንቲ ሓበሬታ ናብ ቤት ትምህርቲ፡ ናብ leerplicht (ቤት ጽሕፈት ግዴታ ትምህርቲ) ወይ ናብ Veilig Thuis (ማእከል ሓገዝ ንዓመጽ ኣብ ገዛ) ኣየሕልፍን።
    - ሕቶኹም ምስ ተዓጽወ ድሕሪ 90 መዓልቲ፡ ወይ ድሕሪ 90 መዓልቲ ብዘይ ርክብ፡ ነቲ ዝርርብን መልእኽትታትን እድምስሶ። ድሕሪኡ ሓፈሻዊ ቁጽርታት ጥራይ ይተርፉ፡ ብዛዕባኹም ዋላ ሓንቲ ሓበሬታ የብሎምን።
    - ብ /mydata እንታይ ከም ዝዕቅብ ትርእዩ። ብ /forget ብዛዕባኹም ዘሎ ኩሉ ብቕጽበት እድምስስ።
help =
    እንታይ ከም ዘጋጠመ ብናይ ባዕልኹም ቃላት ጽሓፉ፡ ወይ እዚኣቶም ተጠቐሙ፡
    /menu – ኣርእስትታት
    /back – ሓደ ሕቶ ንድሕሪት ምምላስ
    /language – ካልእ ቋንቋ ምምራጽ
    /adviser – ምስ ሰብ ምዝራብ
    /stop – ነዚ ዝርርብ ምቁራጽ
    /mydata – ብዛዕባኹም ዝዕቅቦ
    /forget – ብዛዕባኹም ዘሎ ኩሉ ምድምሳስ

menu-prompt = ሕቶኹም ብዛዕባ እንታይ እዩ? ሓደ ኣርእስቲ ምረጹ።
topic-suspension = ውላደይ ግዝያዊ እገዳ (schorsing) ተዋሂብዎ
topic-removal = ቤት ትምህርቲ ንውላደይ ብቐጻሊ ከውጽኦ ይደሊ (verwijdering)
topic-partial_hours = ውላደይ ንሒደት ሰዓታት ጥራይ ናብ ቤት ትምህርቲ ክኸይድ ይፍቀደሉ
topic-waitlist = መጸበዪ ዝርዝር ንፍሉይ ትምህርቲ ወይ ንሓገዝ ቆልዑ (jeugdzorg)
topic-enrolment = ምምልካት (aanmelden)፡ ቤት ትምህርቲ ንውላደይ ኣይቕበሎን
topic-home_without_school = ውላደይ ብዘይ ቤት ትምህርቲ ኣብ ገዛ ኣሎ
topic-attendance = ግዴታ ትምህርቲ (leerplicht)፡ ምብኳር፡ መቕጻዕቲ ወይ ፍቓድ
topic-bullying = ኣብ ቤት ትምህርቲ ምጽራፍን ምህራምን (pesten) ወይ ውሕስነት ዘይምህላው
topic-complaint = ብዛዕባ መምህር ወይ ቤት ትምህርቲ ጥርዓን፡ ወይ ኣድልዎ
topic-wellbeing = ፍርሒ፡ ጓሂ፡ ናብ ቤት ትምህርቲ ምኻድ ምፍራሕ
topic-home_education = ኣብ ገዛ ምምሃር ወይ vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን)
topic-newcomers = ሓድሽ ኣብ ሆላንድ (Nederland)
topic-parent_support = ከም ወላዲ፡ እዚ ኩነታት ኣዝዩ ከቢዱኒ ኣሎ
topic-adviser = ምስ ኣማኻሪ ምዝራብ

choose-prompt = ሓደ ካብቲ ምርጫታት ምረጹ፡ ቁጽሩ ጽሓፉ ወይ ሓደ ቁልፊ ጠውቑ።
common-c-adviser = ምስ ኣማኻሪ ክዛረብ እደሊ
common-c-menu = ናብ ሜኑ ምምላስ
common-ask-number = ቁጽሪ ጥራይ ጽሓፉ፡ ንኣብነት 3።
after-answer = ሕጂ እንታይ ክትገብሩ ትደልዩ?
source-line = ምንጪ፡ { $url }

# The region is asked once per conversation (flows/regions/). Every choice sets a region.
region-ask = ቅኑዕ መራኸቢታት ክህበኩም፡ ኣብ Amsterdam ዲኹም ትነብሩ ወይስ ኣብ ካልእ ቦታ?
region-amsterdam = Amsterdam
region-elsewhere = ኣብ ካልእ ቦታ ኣብ ሆላንድ

# How a parent outside Amsterdam finds the contact (used as { $key } in the messages).
# Each is a phrase that can stand on its own after a colon (፡). The messages gloss leerplichtambtenaar themselves, so it is not glossed here.
contact-leerplicht-elsewhere = ናይ ምምሕዳር ከተማኹም leerplichtambtenaar (ኣብ መርበብ ሓበሬታ ምምሕዳር ከተማኹም 'leerplicht' ድለዩ፡ ወይ ንቤት ትምህርቲ ሕተቱ)
contact-swv-elsewhere = samenwerkingsverband ናይ ዞባኹም (እቲ ቤት ትምህርቲ ኣብ ኣየናይ samenwerkingsverband ከም ዝኣቱ ንቤት ትምህርቲ ሕተቱ፤ ካርታ ኣብ regioatlas.nl ኣሎ)
contact-oco-elsewhere = Ouders & Onderwijs፡ ሃገራዊ መስመር ሓገዝ ንወለዲ፡ ነጻ፡ 0800-5010 ወይ vraag@oudersonderwijs.nl (ኣብ ዞባኹም ማእከል ሓገዝ ወለዲ እንተሎ ንsamenwerkingsverband ናይ ዞባኹም'ውን ሕተቱ)
contact-okt-elsewhere = jeugdteam ወይ wijkteam (ጉጅለ ሓገዝ ንቆልዑን ስድራን ወይ ጉጅለ ሓገዝ ናይ ከባቢ) ናይ ምምሕዳር ከተማኹም (ኣብ መርበብ ሓበሬታ ምምሕዳር ከተማኹም 'jeugdhulp' ድለዩ)

# The support need behind the absence: asked once per conversation, can be skipped. Only counted.
need-ask =
    ብዝሓሸ ክንሕግዘኩም፡ ኣብ ውላድኩም እንታይ ኣሎ? ነዚ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
    ንዓመታዊ ጸብጻብና፡ ሓደ ነገር ክንደይ ግዜ ከም ዘጋጥም ጥራይ ኢና ንቖጽር፡ ብዘይ ብዛዕባኹም ዝኾነ ሓበሬታ።
need-c-fysiek = ኣካላዊ ሕማም ወይ ስንክልና
need-c-gedrag = ጠባይ፡ ወይ ADHD
need-c-autisme = ኦቲዝም (autisme)
need-c-leren = ናይ ምምሃር ጸገም፡ ከም dyslexie (ናይ ምንባብን ምጽሓፍን ጸገም)
need-c-psychisch = ፍርሒ፡ ጓሂ ወይ ካልእ ናይ ኣእምሮ ጥዕና ጸገም
need-c-hoogbegaafd = ልዑል ተውህቦ (hoogbegaafdheid)
need-c-anders = ካልእ ነገር፡ ወይ ኣይፈልጥን
need-c-skip = ክነግር ኣይደልን (ሕለፍ)

not-understood = ሕቶኹም ብዛዕባ እንታይ ምዃኑ ገና ኣይተረድኣንን።
empty-message = መልእኽትኹም ባዶ እዩ። እንታይ ከም ዘጋጠመ ብሒደት ቃላት ጽሓፉ።
too-long = መልእኽትኹም ኣዝዩ ነዊሕ እዩ (ካብ { $max } ፊደላት ንላዕሊ)፡ ስለዚ ኣይተዓቀበን። ብሒደት ሓረጋት ኣሕጺርኩም ጽሓፉ።
no-words = ኣብ መልእኽትኹም ቃላት ኣይረኣኹን። እንታይ ከም ዘጋጠመ ብሒደት ቃላት ጽሓፉ።
unsupported-media = ጽሑፍ ጥራይ እየ ዘንብብ። ስእሊ፡ ናይ ድምጺ መልእኽቲ ወይ ፋይል ከንብብ ኣይክእልን። ሕቶኹም ብሒደት ቃላት ጽሓፉ።
unknown-command = ነዚ ትእዛዝ ኣይፈልጦን። እንታይ ክትገብሩ ከም ትኽእሉ ንምርኣይ /help ጽሓፉ።

language-prompt = ቋንቋኹም ምረጹ።
language-set = ካብ ሕጂ ብትግርኛ ክጽሕፈልኩም እየ።
stopped = እቲ ዝርርብ ተቛሪጹ። ዳግማይ ንምጅማር ዝኾነ ነገር ጽሓፉ።

urgent-answer =
    ሓደ ሰብ ኣብ ቀጥታዊ ሓደጋ ድዩ ዘሎ? ናብ 112 ደውሉ።
    ንስኹም ወይ ውላድኩም ሓሳብ ርእሰ-ቕትለት (ርእስኻ ምቕታል) ኣለኩም ዶ? ናብ 113 (ነጻ) ወይ 0800-0113 ደውሉ፡ ወይ ብ 113.nl ተጻሓሓፉ።
    ዓመጽ ወይ ኣብ ገዛ ውሕስነት እንተዘየለ፡ Veilig Thuis (ማእከል ሓገዝ ንዓመጽ ኣብ ገዛ) 0800-2000፡ ለይትን መዓልትን፡ ነጻ።
    እዞም መስመራት ሓገዝ ብሆላንድኛ እዮም ዝዛረቡ። ተርጓሚ (ብሆላንድኛ፡ tolk) ክትሓቱ ትኽእሉ ኢኹም።
    ንዓና ኣይትጸበዩ፡ ኣማኸርቲ Wegwijzer ናይ ህጹጽ ሓገዝ (crisishulp) ሰራሕተኛታት ኣይኮኑን፡ ኩሉ ግዜ ድማ ብቕጽበት ክርከቡ ኣይክእሉን። ሕጂ ናብ 113 ወይ 112 ደውሉ።

escalated = ሕቶኹም ሕጂ ኣብ ኣማኸርቲ ኣሎ። ሓደ ኣማኻሪ ኣብዚ ዝርርብ እዚ ክምልሰልኩም እዩ፡ መብዛሕትኡ ግዜ { $within }። ክሳብ ሽዑ ኣብዚ ተወሳኺ ክትነግሩ ትኽእሉ ኢኹም።
escalated-urgent = ሕቶኹም ብቐዳምነት ኣብ ኣማኸርቲ ኣሎ። ሓደ ኣማኻሪ ኣብዚ ብዝቐልጠፈ ክምልሰልኩም እዩ፡ መብዛሕትኡ ግዜ { $within }። ሓደጋ እንተሎ፡ ኣይትጸበዩ፡ ናብ 112 ወይ 113 ደውሉ።

adviser-joined = ሓደ ኣማኻሪ ሕቶኹም ወሲዱ ኣሎ። ኣብዚ ዝርርብ እዚ ክምልሰልኩም እዩ። ኣማኻሪ ባዕሉ ዝጽሕፎ ኣይትርጎምን እዩ። ዘይተረድኣኩም ነገር ኣሎ ድዩ? ሽዑ ምስ ተርጓሚ (tolk) ናይ ተሌፎን ዝርርብ ሕተቱ።
ticket-closed = እቲ ኣማኻሪ ሕቶኹም ዓጽይዎ ኣሎ። ካልእ ሕቶ እንተሃልዩኩም ብሓራነት ደጊምኩም ጽሓፉ።

pii-warning = ኣስተውዕሉ፡ ስም፡ BSN (መለለዪ ቁጽሪ)፡ ዕለት ልደት፡ ኢመይል ወይ ቁጽሪ ተሌፎን ዝመስል ነገር ሰዲድኩም። ኣይዓቀብክዎን፡ ናብ ካልእ'ውን ኣየሕለፍክዎን። ንምሕጋዝኩም ኣየድልየንን እዩ።
forget-done = ብዛዕባኹም ዝዓቀብክዎ ኩሉ ተደምሲሱ ኣሎ፡ እቲ ዝርርብ፡ ናብ ኣማኸርቲ ዝሓተትኩምዎ ሕቶታት፡ ከምኡ'ውን እቶም መልእኽትታት። ዳግማይ ንምጅማር ዝኾነ ነገር ጽሓፉ።
mydata-header = ብዛዕባኹም ዝዕቅቦ እዚ እዩ፡
mydata-language = ትጽሕፍሉ ዘለኹም ቋንቋ፡ { $language }።
mydata-footer = ኣማኸርቲ ኣብ ሕቶኹም ሓጸርቲ ውሽጣዊ መዘኻኸሪታት'ውን ክጽሕፉ ይኽእሉ እዮም። እዚኣቶም ኣብዚ ዝርዝር እዚ ኣይርከቡን፡ ግን ናይ ሕቶኹም እዮም፡ ብ /forget ድማ ንሳቶም'ውን ይድምሰሱ። ብዘይካ እዚ ስም ወይ ቁጽሪ ተሌፎን ኣይዕቅብን። ብ /forget ኩሉ እድምስስ።

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = ስለ መልእኽትኹም የቐንየልና። ነቲ ጉዳይ እርእዮ ኣለኹ፡ ብዝቐልጠፈ ኣብዚ ክምልሰልኩም እየ።
canned-more-info = ቁሩብ ተወሳኺ ክትነግሩኒ ትኽእሉ ዶ? ንኣብነት፡ ውላድኩም ኣስታት ክንደይ ዓመቱ እዩ፡ እንታይ ዓይነት ቤት ትምህርቲ፡ እዚ ነገር ክንደይ ግዜ ጸኒሑ? ኣስማት ኣይትጥቀሱ።
canned-onderwijsconsulenten = ውላድኩም ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ድዩ ዘሎ? ሽዑ ካብ Onderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ) ነጻ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም፡ 070-312 28 87 (መዓልታት ስራሕ 9:00–12:30ን 13:30–16:30ን) ወይ ብ onderwijsconsulenten.nl። ንመጀመርታ ርክብ (intake) ክድውሉልኩም ሒደት ሰሙናት ክወስድ ይኽእል እዩ፡ ስለዚ ብቕጽበት ተመዝገቡ።
canned-safe-now = ቅድም ሓደ ኣገዳሲ ነገር ክሓትት እደሊ፡ ንስኹምን ውላድኩምን ሕጂ ውሑሳት ዲኹም? ቀጥታዊ ሓደጋ ኣሎ ድዩ? ሽዑ ብቕጽበት ናብ 112 ደውሉ።
canned-crisis-numbers =
    ቀጥታዊ ሓደጋ ኣሎ ድዩ? ናብ 112 ደውሉ።
    ንስኹም ወይ ውላድኩም ሓሳብ ርእሰ-ቕትለት (ርእስኻ ምቕታል) ኣለኩም ዶ? ናብ 113 (ነጻ) ወይ 0800-0113 ደውሉ፡ ወይ ብ 113.nl ተጻሓሓፉ።
    ዓመጽ ወይ ኣብ ገዛ ውሕስነት እንተዘየለ፡ Veilig Thuis (ማእከል ሓገዝ ንዓመጽ ኣብ ገዛ) 0800-2000፡ ለይትን መዓልትን፡ ነጻ።
    እዞም መስመራት ሓገዝ ብሆላንድኛ እዮም ዝዛረቡ። ተርጓሚ (ብሆላንድኛ፡ tolk) ክትሓቱ ትኽእሉ ኢኹም።
canned-interpreter = ቋንቋኹም ጽቡቕ ጌረ ኣይዛረቦን እየ። ምስ ተርጓሚ ክንድውለልኩም ትደልዩ ዶ? እወ ወይ ኣይፋል ኢልኩም መልሱ።

# Outside office hours: the advisers read the question when the office opens.
escalated-closed = ሕቶኹም ሕጂ ኣብ ኣማኸርቲ ኣሎ። ኣማኸርቲ ሕጂ ክርከቡ ኣይክእሉን እዮም፡ ሕቶኹም ድማ ካብ { $day } ሰዓት { $time } ጀሚሮም ከንብብዎ እዮም። ክሳብ ሽዑ ኣብዚ ተወሳኺ ክትነግሩ ትኽእሉ ኢኹም።
    ካብኡ ቀደም ምኽሪ ትደልዩ ዶ? Ouders & Onderwijs (ነጻ፡ ብሆላንድኛ)፡ 0800-5010። ህጹጽ ድዩ? ናብ 113 (ነጻ) ወይ 112 ደውሉ።
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = ምስዚ Wegwijzer እዚ ዝሰርሑ ኣማኸርቲ ሕጂ የለዉን፡ ስለዚ ኣብዚ ንሕቶኹም ክምልስ ዝኽእል ሰብ የለን። ይቕሬታ።
    ንምኽሪ፡ Ouders & Onderwijs (ነጻ) 0800-5010፡ ወይ Onderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ) 070-312 28 87።
    ሓደጋ እንተሎ፡ 112። ንስኹም ወይ ውላድኩም ሓሳብ ርእሰ-ቕትለት እንተለኩም፡ 113 (ነጻ)። ኣብ ገዛ ዓመጽ፡ Veilig Thuis 0800-2000።
within-minutes = ኣብ ውሽጢ { $n } ደቒቕ
within-hours = ኣብ ውሽጢ { $n } ሰዓት
within-days = ኣብ ውሽጢ { $n } መዓልቲ
day-1 = ሰኑይ
day-2 = ሰሉስ
day-3 = ረቡዕ
day-4 = ሓሙስ
day-5 = ዓርቢ
day-6 = ቀዳም
day-7 = ሰንበት
day-today = ሎሚ
day-tomorrow = ጽባሕ
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = መልእኽትኹም ኣብ ሕቶኹም ወሲኸዮ ኣለኹ። እቲ ኣማኻሪ ንሕቶኹም ክሕዞ ከሎ ከንብቦ እዩ።
waiting-crisis = ህጹጽ ምዃኑ ንኣማኸርቲ ኣፍሊጠዮም ኣለኹ።
# The bot only serves one parent at a time, in a private chat.
private-only = ኣብ ብሕታዊ ዝርርብ ጥራይ እየ ዝሰርሕ፡ ካልእ ሰብ ከየንብቦ። ብሕታዊ መልእኽቲ ስደዱለይ። ካብዚ ጉጅለ እወጽእ ኣለኹ።
# How the parent sees an adviser's message.
adviser-says = { $name } (ኣማኻሪ)፡

# Triage asks instead of guessing when two or three topics are close.
ask-topic = ሕቶኹም ብዝበዝሐ ብዛዕባ እንታይ እዩ?
ask-topic-other = ካልእ ነገር
# Offered after two messages whose language was not clear.
language-unsure = ብኣየናይ ቋንቋ ትጽሕፉ ከም ዘለኹም ገና ርግጸኛ ኣይኮንኩን። ቋንቋኹም ምረጹ፡ ሽዑ ብኡ ቋንቋ ክቕጽል እየ።

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = ሜኑ, ቀንዲ ሜኑ, ኣርእስትታት, ካብ መጀመርታ, menu
words-back = ንድሕሪት, ድሕሪት, ተመለስ, ምምላስ, ዝሓለፈ ሕቶ, back
words-stop = ኣቋርጽ, ጠጠው, ደው በል, ይኣክል, ኣይፋል የቐንየለይ, stop
words-help = ሓገዝ, ሓግዙኒ, መብርሂ, help
words-language = ቋንቋ, ካልእ ቋንቋ, ቋንቋ ቀይር
words-adviser = ኣማኻሪ, ሰብ, ሰራሕተኛ, ምስ ሰብ ምዝራብ, ምስ ኣማኻሪ ክዛረብ
# Number words, from one, for choosing an option ("ክልተ" is the 2nd).
words-numbers = ሓደ, ክልተ, ሰለስተ, ኣርባዕተ, ሓሙሽተ, ሽዱሽተ, ሸውዓተ, ሸሞንተ, ትሽዓተ, ዓሰርተ, ዓሰርተ ሓደ, ዓሰርተ ክልተ, ዓሰርተ ሰለስተ, ዓሰርተ ኣርባዕተ, ዓሰርተ ሓሙሽተ
choice-unclear = እዚ ምስ ልዕሊ ሓደ ምርጫ ይሰማማዕ። ኣየናይ ማለትኩም እዩ?
back-none = እዚ እቲ ቀዳማይ ሕቶ እዩ፡ ካብዚ ንድሕሪት ክምለስ ኣይከኣልን።
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = ሓደ ካብቲ ምርጫታት ምረጹ፡ ቁጽሩ ወይ እቲ መልሲ ጽሓፉ።
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = ምጅማር
command-menu = ኣርእስትታት
command-back = ሓደ ሕቶ ንድሕሪት
command-language = ካልእ ቋንቋ ምምራጽ
command-adviser = ምስ ኣማኻሪ ምዝራብ
command-stop = ነዚ ዝርርብ ምቁራጽ
command-help = መብርሂ
command-mydata = ብዛዕባኹም ዝዕቅቦ
command-forget = ብዛዕባኹም ዘሎ ኩሉ ምድምሳስ
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = ነቲ ኮድ ብተሌፎንኩም ስካን ግበሩ፡ ሕቶኹም ድማ ብቋንቋኹም ሕተቱ።
mydata-answers = ኣብዚ ዝርርብ ዝመረጽኩምዎን ዝመለስኩምዎን፡
mydata-region = ዞባኹም፡ { $region }።
mydata-need = ብመሰረት ርእይቶኹም፡ ውላድኩም ኣብ ገዛ ዝተረፈሉ ምኽንያት፡ { $need }።
mydata-ticket-open = ናብ ኣማኸርቲ ዝሓተትኩምዎ ሕቶ (ቁጽሪ { $id }) ንኣማኻሪ ይጽበ ኣሎ። ትሕዝቶኡ እዚ እዩ፡
mydata-ticket-claimed = ሓደ ኣማኻሪ ኣብ ሕቶኹም (ቁጽሪ { $id }) ይሰርሕ ኣሎ። ትሕዝቶኡ እዚ እዩ፡
mydata-ticket-closed = ናብ ኣማኸርቲ ዝሓተትኩምዎ ሕቶ (ቁጽሪ { $id }) ተወዲኡ ኣሎ። ትሕዝቶኡ እዚ እዩ፡
mydata-you = ንስኹም ጽሒፍኩም፡ { $text }
mydata-adviser = እቲ ኣማኻሪ ጽሒፉ፡ { $text }
mydata-nothing = ብዛዕባ እዚ ዝርርብ ብዘይካ ቋንቋኹም ገና ዋላ ሓንቲ ኣይዓቀብኩን።

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = ዝሓተትኩምዎ መዘኻኸሪ፡ { $date }። እዚ ዝርርብን እዚ ዕለትን ጥራይ እዕቅብ።
file-received = የቐንየልና። ስእልኹም ወይ ፋይልኩም ምስ ሕቶኹም ኣተሓሒዘዮ ኣለኹ፤ ኣማኻሪ ክርእዮ ይኽእል እዩ።
mydata-read = ሓደ ኣማኻሪ ሕቶኹም ኣብ ናይ ቤት ጽሕፈት ምኽሪ መእተዊ ሳጹን ኣንቢቡዎ። መን መዓስ ሕቶኹም ከም ዝኸፈቶ፡ ሕቶኹም ክሳብ ዝዕቀብ ይምዝገብ።
mydata-followup = ውላድኩም ናብ ቤት ትምህርቲ ተመሊሱ እንተኾይኑ ዝብል ሕቶ፡ { $date }። እዚ ዝርርብ፡ እዚ ዕለትን እቲ ኣርእስትን ጥራይ እዕቅብ።

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = ውላድኩም ኣብ ቤት ትምህርቲ ብዝኾነ ዕለት ኣመዝጊብኩም (aanmelding)? ንኣብነት፡ 12 november ወይ 12-11-2026።
deadline-ask-suspension-start = እቲ ግዝያዊ እገዳ (schorsing) ብኣየናይ መዓልቲ ጀሚሩ? ንኣብነት፡ ሰኑይ፡ 12 november ወይ 12-11-2026።
letter-c-partial-report = ናብ leerplicht ጸብጻብ ክጽሕፍ ሓግዙኒ
letter-c-opp = ብዛዕባ OPP ደብዳቤ ክጽሕፍ ሓግዙኒ
letter-c-start-meeting = ናይ መጀመርታ ርክብ (startgesprek) ክሓትት ሓግዙኒ
deadline-c-exemption = ነቲ ምሕዳግ (vrijstelling) መዓስ ከሐድሶ ኣለኒ?
deadline-c-enrolment = ቤት ትምህርቲ ክሳብ መዓስ ክውስን ኣለዎ?
deadline-c-suspension-end = እቲ እገዳ ክሳብ መዓስ ክጸንሕ ይኽእል?
