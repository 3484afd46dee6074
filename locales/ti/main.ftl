# Wegwijzer's own messages (not tied to one topic). Tigrinya (ትግርኛ), translated from locales/nl/main.ftl.
language-name = ትግርኛ

welcome =
    እንቋዕ ናብ Wegwijzer ብደሓን መጻእኩም። ኣነ ንወለዲ እሕግዝ፡ ውላዶም ናብ ቤት ትምህርቲ ዘይከይድ (ወይ ንሓደ ክፋል መዓልቲ ጥራይ ዝኸይድ)። ብዛዕባ መሰልኩም፡ ዝቕጽል ስጉምቲ፡ ከምኡ'ውን ናብ መን ክትከዱ ከም ትኽእሉ እነግረኩም።
    እንታይ ከም ዘጋጠመ ብናይ ባዕልኹም ቃላት ጽሓፉ፡ ወይ ሓደ ኣርእስቲ ምረጹ።
privacy-notice =
    ብሕትውና፡ ኣዝዩ ውሑድ ሓበሬታ ጥራይ እዕቅብ። ኣስማት፡ ዕለት ልደት ወይ BSN (ናይ መንግስቲ መለለዪ ቁጽሪ) ኣይትስደዱ። /mydata እንታይ ከም ዝዕቅብ የርእየኩም። /forget ብዛዕባኹም ዘሎ ኩሉ ይድምስስ።
help =
    እንታይ ከም ዘጋጠመ ብናይ ባዕልኹም ቃላት ጽሓፉ፡ ወይ እዚኣቶም ተጠቐሙ፡
    /menu – ኣርእስትታት
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
topic-enrolment = ምምዝጋብ፡ ቤት ትምህርቲ ንውላደይ ኣይቕበሎን
topic-home_without_school = ውላደይ ብዘይ ቤት ትምህርቲ ኣብ ገዛ ኣሎ
topic-bullying = ኣብ ቤት ትምህርቲ ምጽራፍን ምህራምን (pesten) ወይ ውሕስነት ዘይምህላው
topic-wellbeing = ፍርሒ፡ ጓሂ፡ ናብ ቤት ትምህርቲ ምኻድ ምፍራሕ
topic-home_education = ኣብ ገዛ ምምሃር ወይ vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን)
topic-newcomers = ሓድሽ ኣብ ሆላንድ (Nederland)
topic-adviser = ምስ ኣማኻሪ ምዝራብ

choose-prompt = ሓደ ካብቲ ምርጫታት ምረጹ፡ ቁጽሩ ጽሓፉ ወይ ሓደ ቁልፊ ጠውቑ።
common-c-adviser = ምስ ኣማኻሪ ክዛረብ እደሊ
common-c-menu = ናብ ሜኑ ምምላስ
common-ask-number = ቁጽሪ ጥራይ ጽሓፉ፡ ንኣብነት 3።
after-answer = ሕጂ እንታይ ክትገብሩ ትደልዩ?
source-line = ምንጪ፡ { $url }

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
    ንስኹም ወይ ውላድኩም ርእስኹም ምቕታል (ርእሰ-ቕትለት) ትሓስቡ ዶ? ናብ 113 (ነጻ) ወይ 0800-0113 ደውሉ፡ ወይ ብ 113.nl ተጻሓሓፉ።
    ዓመጽ ወይ ኣብ ገዛ ውሕስነት እንተዘየለ፡ Veilig Thuis (ሓገዝ ንዓመጽ ኣብ ገዛ) 0800-2000፡ ለይትን መዓልትን።
    ሕጂ መልእኽትኹም ብቐዳምነት ናብ ኣማኻሪ የሕልፎ ኣለኹ።

escalated = ሕቶኹም ሕጂ ኣብ ኣማኸርቲ ኣሎ። ሓደ ኣማኻሪ ኣብዚ ዝርርብ እዚ ክምልሰልኩም እዩ። ክሳብ ሽዑ ኣብዚ ተወሳኺ ክትነግሩ ትኽእሉ ኢኹም።
escalated-urgent = ሕቶኹም ብቐዳምነት ኣብ ኣማኸርቲ ኣሎ።

adviser-joined = ሓደ ኣማኻሪ ሕቶኹም ወሲዱ ኣሎ። ኣብዚ ዝርርብ እዚ ክምልሰልኩም እዩ።
ticket-closed = እቲ ኣማኻሪ ሕቶኹም ዓጽይዎ ኣሎ። ካልእ ሕቶ እንተሃልዩኩም ብሓራነት ደጊምኩም ጽሓፉ።

pii-warning = ኣስተውዕሉ፡ BSN (መለለዪ ቁጽሪ)፡ ዕለት ልደት፡ ኢመይል ወይ ቁጽሪ ተሌፎን ዝመስል ነገር ሰዲድኩም። ኣይዓቀብክዎን፡ ናብ ካልእ'ውን ኣየሕለፍክዎን። ንምሕጋዝኩም ኣየድልየንን እዩ።
forget-done = ብዛዕባኹም ዝዓቀብክዎ ኩሉ ተደምሲሱ ኣሎ፡ እቲ ዝርርብ፡ ናብ ኣማኸርቲ ዝሓተትኩምዎ ሕቶታት፡ ከምኡ'ውን እቶም መልእኽትታት። ዳግማይ ንምጅማር ዝኾነ ነገር ጽሓፉ።
mydata-header = ብዛዕባኹም ዝዕቅቦ እዚ እዩ፡
mydata-language = ቋንቋ፡ { $lang }
mydata-ticket = ናብ ኣማኸርቲ ዝቐረበ ሕቶ ቁጽሪ { $id } ({ $status })፡
mydata-footer = ካልእ የለን፡ ስም የለን፡ ቁጽሪ ተሌፎን የለን። /forget ኩሉ ይድምስስ።

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = ስለ መልእኽትኹም የቐንየልና። ነቲ ጉዳይ እርእዮ ኣለኹ፡ ብዝቐልጠፈ ኣብዚ ክምልሰልኩም እየ።
canned-more-info = ቁሩብ ተወሳኺ ክትነግሩኒ ትኽእሉ ዶ? ንኣብነት፡ ውላድኩም ኣስታት ክንደይ ዓመቱ እዩ፡ እንታይ ዓይነት ቤት ትምህርቲ፡ እዚ ነገር ክንደይ ግዜ ጸኒሑ? ኣስማት ኣይትጥቀሱ።
canned-onderwijsconsulenten = ውላድኩም ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ድዩ ዘሎ? ሽዑ ካብ Onderwijsconsulenten (ነጻ ኣማኸርቲ ትምህርቲ) ነጻ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም፡ 070-312 28 87 (ካብ ሰኑይ ክሳብ ዓርቢ 9:00–12:30ን 13:30–16:30ን) ወይ ብ onderwijsconsulenten.nl።
