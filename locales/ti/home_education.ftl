# Flow: home_education (thuisonderwijs, vrijstelling 5 onder b). Tigrinya, translated from locales/nl/home_education.ftl.
# Home education is not the same as being at home without school: keep the two apart.
home_education-start =
    ኣብ ገዛ ምምሃር (thuisonderwijs) ማለት፡ ንስኹም ባዕልኹም መሪጽኩም ንውላድኩም ኣብ ገዛ ትምህርዎ። እዚ ሓደ ቆልዓ ብዘይ ቤት ትምህርቲ ኣብ ገዛ ምቕማጡ ኣይኮነን። እንታይ ክትፈልጡ ትደልዩ?
home_education-c-rules = ንውላደይ ባዕለይ ኣብ ገዛ ክምህሮ እደሊ
home_education-c-thuiszitter = ቤት ትምህርቲ ስለ ዘይሰለጠ ውላደይ ኣብ ገዛ ኣሎ
home_education-c-school-says = ቤት ትምህርቲ ንውላደይ ኣብ ገዛ ክምህሮ ከም ዘለኒ ይብል
home_education-c-ill = ውላደይ ሕሙም ስለ ዝኾነ ወይ ብምኽንያት ኣእምሮኣዊ ጥዕና ናብ ቤት ትምህርቲ ክኸይድ ስለ ዘይክእል vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን)
home_education-c-what-now = ውላደይ ኣብ ገዛ እንተሃልዩ እንታይ ክገብር እኽእል?

home_education-rules =
    ኣብ ገዛ ምምሃር ዝከኣል፡ ብዓንቀጽ 5 ፊደል b (artikel 5 onder b) ካብ leerplicht (ግዴታ ትምህርቲ) vrijstelling (ነጻ ምዃን) እንተሃልዩ ጥራይ እዩ። እዚ ዝከኣል፡ ምስ ሃይማኖታዊ ወይ ናይ እምነት ኣንፈት ናይ ኩሎም ኣብ ቀረባ ገዛኹም ዘለዉ ኣብያተ ትምህርቲ እንተዘይተሰማሚዕኩም ጥራይ እዩ።
    - ምስ ኣገባብ ምምሃር ዘይምስምማዕ ቅቡል ምኽንያት ኣይኮነን።
    - እዚ ብኸመይ ከም ዝሰርሕ ንleerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ናይ ከተማኹም ሕተቱ።
    ኣስተውዕሉ፡ ኣብ ገዛ ምምሃር ብዘይ ቤት ትምህርቲ ኣብ ገዛ ምቕማጥ ኣይኮነን። ቤት ትምህርቲ ስለ ዘይሰለጠ ድዩ ውላድኩም ኣብ ገዛ ዘሎ? ሽዑ ኣብ ሜኑ 'ውላደይ ብዘይ ቤት ትምህርቲ ኣብ ገዛ ኣሎ' ምረጹ።

home_education-thuiszitter =
    ሽዑ ውላድኩም thuiszitter (ብዘይ ቤት ትምህርቲ ኣብ ገዛ ዘሎ ቆልዓ) እዩ። እዚ ካብ ኣብ ገዛ ምምሃር ዝተፈልየ እዩ፡ እቲ ፍልልይ ድማ ኣገዳሲ እዩ፡
    - እቲ ውላድኩም ተመዝጊቡሉ ዘሎ ቤት ትምህርቲን samenwerkingsverband (ዞባዊ ምትሕብባር ኣብያተ ትምህርቲ)ን ንግቡእ ትምህርቲ ሓላፍነት ኣለዎም።
    - ነቲ ትምህርቲ ባዕልኹም ክትወስድዎ ኣይግደድኩምን።
    - ገለ ወለዲ ካብ ግድነት vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን) ይሓቱ። እዚ ሳዕቤን ኣለዎ። ቅድም ምስ ኣማኻሪ ተዘራረቡሉ።
    እንታይ ክትገብሩ ትደልዩ?

home_education-school-says =
    ኣይፋል፡ ቤት ትምህርቲ ንውላድኩም ኣብ ገዛ ክትምህርዎ ክግድደኩም ኣይክእልን። ውላድኩም (ብኸፊል) ኣብ ገዛ እንተሃለወ'ውን፡ ቤት ትምህርቲ ንትምህርቲ ሓላፍነት ኣለዎ። እዚ ኣብ ገዛ ምምሃር ኣይኮነን።
    እዚ ክትገብሩ ትኽእሉ፡
    - ውላድኩም እንታይ ትምህርቲ ከም ዝረክብን መን ከም ዝህቦን ንቤት ትምህርቲ ብጽሑፍ ሕተቱ።
    - ንleerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ)ን ንsamenwerkingsverband (ዞባዊ ምትሕብባር ኣብያተ ትምህርቲ)ን ሓብሩ።
    - ካብ Ouders & Onderwijs (0800-5010) ወይ Onderwijsconsulenten (070-312 28 87) ምኽሪ ሕተቱ።

home_education-ill =
    ውላድኩም ብምኽንያት ናይ ኣካል ወይ ናይ ኣእምሮ ጥዕና ናብ ቤት ትምህርቲ ክኸይድ ኣይክእልን ድዩ? ሽዑ ብዛዕባ ካልእ vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን) እዩ፡ ዓንቀጽ 5 ፊደል a (artikel 5 onder a)።
    - ምምሕዳር ከተማ ዝመደቦ ዘይሻራዊ ሓኪም፡ ሳይኮሎጂስት ወይ ክኢላ ትምህርቲ ዝጸሓፎ ወረቐት የድልየኩም። እዚ ናይ ባዕልኹም huisarts (ሓኪም ስድራ) ወይ ንውላድኩም ዘሕክም ሰብ ክኸውን የብሉን።
    - እቲ vrijstelling ን1 ዓመት ይሰርሕ። መብዛሕትኡ ግዜ ኩሉ ዓመት ቅድሚ 1 ሓምለ (juli) ዳግማይ ከተዳልውዎ ኣለኩም።
    ኣስተውዕሉ፡ ምስ vrijstelling ውላድኩም ደጊም ናብ ቤት ትምህርቲ ክኸይድ ኣይግደድን። እዚ ንትምህርትን ሓገዝን እንታይ ማለት ምዃኑ፡ ቅድም ምስ ቤት ትምህርቲ፡ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ)ን ኣማኻርን ተዘራረቡ።
