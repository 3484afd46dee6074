# Flow: parent_support (de ouder zelf is uitgeput; steun voor de ouder, oudergroepen, 113). Tigrinya, translated from locales/nl/parent_support.ftl.
parent_support-start =
    ውላድኩም ኣብ ገዛ ክህሉ ከሎ ምእላዩ ከቢድ እዩ። ብዙሓት ወለዲ ይደኽሙ፡ እዚ ድማ ዝርዳእ እዩ። ኣየናይ ይሰማማዕ?
parent_support-c-tired = ደኺመ ኣለኹ፡ ባዕለይ ሓገዝ የድልየኒ
parent_support-c-groups = ምስ ካልኦት ከምዚ ዘጋጥሞም ዘሎ ወለዲ ክዛረብ እደሊ
parent_support-c-cannot = ተስፋ ቆሪጸ ኣለኹ፡ ወይ ብዛዕባ ርእሰ-ቕትለት እሓስብ ኣለኹ

parent_support-tired =
    ንርእስኹም'ውን ምሕሳብኩም ጽቡቕ እዩ። እዚ ንውላድኩም'ውን ይሕግዞ።
    - ምስ huisarts (ሓኪም ስድራ)፡ ወይ ምስ praktijkondersteuner (POH፡ ኣብ ክሊኒክ ሓኪም ስድራ ዝሰርሕ ሓጋዚ ንኣእምሮኣዊ ጥዕና) ተዘራረቡ። ብሓባር እንታይ ከም ዘድልየኩም ትርእዩ።
    - ሓገዝ ንስድራኹም፡ { $okt }
    - ውላድኩም ኣብ ገዛ ስለ ዘሎ ናይ ስራሕ ሰዓታትኩም ክትንክዩ ትግደዱ ዶ? እዚ ንብዙሓት ወለዲ የጋጥም እዩ። ምስ ኣስራሒኹምን ምስ ኣማኻሪን ተዘራረቡሉ።
    - ኩሉ ንበይንኹም ክትገብሩ የብልኩምን። ንሕቶታት ብዛዕባ ቤት ትምህርቲ፡ { $oco }። ወይ Onderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ፡ 070-312 28 87፡ ነጻ)።
    ሓደ ሓደ ግዜ ኣዝዩ ሕማቕ ስለ ዝስምዓኩም ምንባር ክትቅጽሉ ዘይትደልዩ ይመስለኩም ዶ? ናብ 113 (ነጻ) ወይ 0800-0113 ደውሉ፡ ወይ ብ 113.nl ተጻሓሓፉ።

parent_support-groups =
    ካልኦት ወለዲ መብዛሕትኡ ግዜ እንታይ የጋጥመኩም ከም ዘሎ ብልክዕ ይርድኡ።
    - OCO / Oudersteunpunt (ማእከል ሓገዝ ወለዲ) ኣብ Amsterdam ንጉጅለታት ወለዲ ምስ ሓድሕዶም ንምርኻብ ይሰርሕ ኣሎ። ብዛዕባኡ ሕተቱ፡ { $oco }
    - Landelijke Oudervereniging Balans ናይ ወለዲን ንወለዲን ዝኾነ ሃገራዊ ማሕበር እዩ (balansdigitaal.nl)።

parent_support-groups-elsewhere =
    ካልኦት ወለዲ መብዛሕትኡ ግዜ እንታይ የጋጥመኩም ከም ዘሎ ብልክዕ ይርድኡ።
    - ኣብ ከባቢኹም ጉጅለታት ወለዲ እንተሎ፡ ንምምሕዳር ከተማኹም ወይ ንsamenwerkingsverband (ኣብ ዞባኹም ብሓባር ግቡእ ትምህርቲ ዘወሃህዱ ኣብያተ ትምህርቲ) ሕተቱ። Samenwerkingsverband፡ { $swv }
    - Landelijke Oudervereniging Balans ናይ ወለዲን ንወለዲን ዝኾነ ሃገራዊ ማሕበር እዩ (balansdigitaal.nl)።
    - ብዛዕባ ቤት ትምህርቲ ሕቶ ኣሎኩም? Ouders & Onderwijs (ሃገራዊ መስመር ሓገዝ ንወለዲ)፡ 0800-5010 (ነጻ)።

parent_support-cannot =
    ስለ ዝነገርኩምኒ ጽቡቕ ገይርኩም። ነዚ ንበይንኹም ክትጾርዎ የብልኩምን።
    - ሎሚ ብዛዕባኡ ተዛረቡ፡ ናብ 113 (ነጻ) ወይ 0800-0113 ደውሉ፡ ወይ ብ 113.nl ተጻሓሓፉ።
    - ቀጥታዊ ሓደጋ ኣሎ ድዩ? ናብ 112 ደውሉ።
    - huisarts (ሓኪም ስድራ) ናትኩም'ውን ክሕግዘኩም ይኽእል። ምሸትን ቀዳመ-ሰንበትን፡ huisartsenpost (ናይ ምሸትን ቀዳመ-ሰንበትን ኣገልግሎት ሓኪም ስድራ)።
    - እዞም መስመራት ሓገዝ ብሆላንድኛ እዮም ዝዛረቡ። ተርጓሚ (ብሆላንድኛ፡ tolk) ክትሓቱ ትኽእሉ ኢኹም።
    ንዓና ኣይትጸበዩ፡ ኣማኸርቲ Wegwijzer ናይ ህጹጽ ሓገዝ (crisishulp) ሰራሕተኛታት ኣይኮኑን፡ ኩሉ ግዜ ድማ ብቕጽበት ክርከቡ ኣይክእሉን። ርግጸኛ እንተዘይኮንኩም'ውን፡ ናብ 113 ወይ 112 ደውሉ።
