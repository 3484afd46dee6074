# Flow: newcomers (nieuwkomers). Tigrinya, translated from locales/nl/newcomers.ftl.
newcomers-start =
    ሓድሽ ኣብ ሆላንድ (Nederland) ዲኹም? ኣብ ሆላንድ ዝነብር ነፍሲ ወከፍ ቆልዓ መሰል ትምህርቲ ኣለዎ። እንታይ ክትፈልጡ ትደልዩ?
newcomers-c-rights = ውላደይ ብዘይ ፍቓድ መንበሪ ወይ BSN ናብ ቤት ትምህርቲ ክኸይድ ይኽእል ድዩ?
newcomers-c-school = ኣየናይ ቤት ትምህርቲ ወይ ክፍሊ ንውላደይ ይሰማማዕ?
newcomers-c-azc = ኣብ azc (ማእከል ሓተትቲ ዑቕባ) ወይ ኣብ noodopvang (ህጹጽ መዕቈቢ) ንነብር
newcomers-c-support = ውላደይ ብዘይካ ቋንቋ ተወሳኺ ሓገዝ'ውን የድልዮ
newcomers-c-under-6 = ትሕቲ 6 ዓመት
newcomers-c-6-12 = ካብ 6 ክሳብ 12 ዓመት (basisschool፡ ቀዳማይ ደረጃ)
newcomers-c-12-16 = ካብ 12 ክሳብ 16 ዓመት (middelbare school፡ ካልኣይ ደረጃ)
newcomers-c-16-18 = 16 ወይ 17 ዓመት

newcomers-rights =
    እወ። ኣብ ሆላንድ ዝነብር ነፍሲ ወከፍ ቆልዓ፡ ፍቓድ መንበሪ ወይ BSN (ናይ መንግስቲ መለለዪ ቁጽሪ) እንተሃለዎ እንተዘይሃለዎ፡ መሰል ትምህርቲ ኣለዎ።
    - leerplicht (ግዴታ ትምህርቲ) ንውላድኩም'ውን ይምልከት፡ ብዘይ BSN'ውን።
    - ብዘይ BSN ንውላድኩም ኣብ ቤት ትምህርቲ ከተመልክቱ ትኽእሉ ኢኹም። ቤት ትምህርቲ ፍቓድ መንበሪ ስለ ዘይብልኩም ንውላድኩም ክኣብዮ ኣይፍቀደሉን።
    - ደቂ ሓተትቲ ዑቕባ ብዝቐልጠፈ፡ ኣዝዩ እንተደንጎየ ድማ ኣብ ውሽጢ 3 ወርሒ፡ ናብ ቤት ትምህርቲ ክኸዱ ኣለዎም። leerplicht ብቕጽበት ይጀምር።
    ኣይሰለጠን ድዩ? ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ተራኸቡ፡ { $leerplicht }። ወይ ምኽሪ ሕተቱ፡ { $oco }
    እዞም ትካላት ብሆላንድኛ እዮም ዝዛረቡ። ተርጓሚ (ብሆላንድኛ፡ tolk) ክትሓቱ ትኽእሉ ኢኹም።

newcomers-age = ውላድኩም ክንደይ ዓመቱ እዩ?

newcomers-under-6 =
    ቆልዑ ካብ 4 ዓመቶም ናብ basisschool (ቀዳማይ ደረጃ ቤት ትምህርቲ) ክኸዱ ይኽእሉ። leerplicht (ግዴታ ትምህርቲ) ውላድኩም 5 ዓመት ምስ መልአ፡ ካብ ቀዳማይ መዓልቲ ትምህርቲ ናይ ዝስዕብ ወርሒ ይጀምር።
    - ንውላድኩም ኣብ ግዜኡ ኣብ ቀረባ ዘሎ basisschool ኣመልክቱ፡ ዝሓሸ ድማ እንተወሓደ 10 ሰሙን ቅድሚ ክጅምር ዝደሊ ዕለት። እዚ ብዘይ BSN'ውን ይከኣል።
    - ውላድኩም ገና ሆላንድኛ ኣይዛረብን ድዩ? እንታይ ሓገዝ ከም ዘሎ ንቤት ትምህርቲ ሕተቱ።
    - ሕቶታት? { $oco }

newcomers-primary =
    ኣብ Amsterdam፡ ካብ 6 ክሳብ 12 ዓመት ዝዕድሚኦም፡ ገና ሆላንድኛ (Nederlands) ዘይዛረቡ፡ ኣብ ሆላንድ ድማ ካብ 1 ዓመት ንታሕቲ ዝጸንሑ ቆልዑ፡ ቅድም ናብ nieuwkomersklas (ክፍሊ ንሓደስቲ መጻእቲ ቆልዑ) ይኸዱ።
    - ኣብ ንቡር basisschool (ቀዳማይ ደረጃ ቤት ትምህርቲ፡ እቲ stamschool) ተመልክቱ። እቲ ቤት ትምህርቲ ብCentraal meldpunt nieuwkomers po (ማእከላዊ ቤት ጽሕፈት ንሓደስቲ መጻእቲ) ኣቢሉ ኣብ nieuwkomersklas ቦታ የዳሉ።
    - እዚ ብዘይ BSN'ውን ይከኣል።
    ሓገዝ፡ { $oco }

newcomers-primary-elsewhere =
    ንውላድኩም ኣብ ቀረባ ዘሎ basisschool (ቀዳማይ ደረጃ ቤት ትምህርቲ) ኣመልክቱ። እዚ ብዘይ BSN'ውን ይከኣል።
    - ውላድኩም ገና ሆላንድኛ ኣይዛረብን ድዩ? ኣብ ምምሕዳር ከተማኹም ብኸመይ ከም ዝሰርሕ፡ ንኣብነት ብnieuwkomersklas (ክፍሊ ንሓደስቲ መጻእቲ ቆልዑ)፡ ንቤት ትምህርቲ ወይ ንምምሕዳር ከተማ ሕተቱ።
    - እንተዘይሰሊጡ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ይሕግዝ፡ { $leerplicht }
    ሓገዝ፡ { $oco }

newcomers-secondary =
    ኣብ Amsterdam፡ ካብ 12 ክሳብ 18 ዓመት ዝዕድሚኦም፡ ገና ሆላንድኛ (Nederlands) ዘይዛረቡ መንእሰያት ናብ Internationale Schakelklas (ISK፡ ንሓደስቲ መጻእቲ ዝኸውን ናይ ቋንቋን መሰጋገርን ክፍሊ) ወይ ናብ ካልእ ክፍሊ ንሓደስቲ መጻእቲ ይኸዱ።
    - ባዕልኹም ብቐጥታ ኣብቲ ከምዚ ዝኣመሰለ ክፍሊ ዘለዎ middelbare school (ካልኣይ ደረጃ ቤት ትምህርቲ) ተመልክቱ።
    - እዚ ብዘይ BSN'ውን ይከኣል።
    ሓገዝ፡ { $oco }

newcomers-secondary-elsewhere =
    ንውላድኩም ኣብ ቀረባ ዘሎ middelbare school (ካልኣይ ደረጃ ቤት ትምህርቲ) ኣመልክቱ። እዚ ብዘይ BSN'ውን ይከኣል።
    - ውላድኩም ገና ሆላንድኛ ኣይዛረብን ድዩ? ኣየናይ ክፍሊ ንሓደስቲ መጻእቲ ከም ዘሎ፡ ንኣብነት Internationale Schakelklas (ISK፡ ናይ ቋንቋን መሰጋገርን ክፍሊ)፡ ንቤት ትምህርቲ ወይ ንምምሕዳር ከተማ ሕተቱ።
    - እንተዘይሰሊጡ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ይሕግዝ፡ { $leerplicht }
    ሓገዝ፡ { $oco }

newcomers-older =
    መንእሰያት 16 ን 17 ን ዓመት'ውን ናብ ቤት ትምህርቲ ክኸዱ ኣለዎም። ክሳብ 18 ዓመቶም kwalificatieplicht (ግዴታ ብቕዓት) ይምልከቶም፡ startkwalificatie (መሰረታዊ ብቕዓት) ክሳብ ዝረኽቡ ናብ ቤት ትምህርቲ ምኻድ። እዚ ዲፕሎማ havo፡ vwo ወይ mbo (ደረጃ 2 ወይ ልዕሊኡ) እዩ።
    - ኣብ Amsterdam መንእሰያት ክሳብ 18 ዓመት ናብ Internationale Schakelklas (ISK፡ ናይ ቋንቋን መሰጋገርን ክፍሊ) ክኸዱ ይኽእሉ። ንውላድኩም ብቐጥታ ኣብ ከምዚ ዝኣመሰለ ክፍሊ ዘለዎ middelbare school ኣመልክቱ።
    - ኣብ ካልእ ቦታ ትነብሩ ዶ? ኣየናይ ቤት ትምህርቲ ወይ ትምህርቲ ሞያ ከም ዝሰማማዕ ንምምሕዳር ከተማ ሕተቱ።
    - leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ይሕግዘኩም፡ { $leerplicht }
    ሓገዝ፡ { $oco }

newcomers-azc =
    ኣብ azc (ማእከል ሓተትቲ ዑቕባ) ወይ ኣብ noodopvang (ህጹጽ መዕቈቢ) ትነብሩ ዶ? ሽዑ'ውን ውላድኩም መሰል ትምህርቲ ኣለዎ፡ ኩነታት መንበሪኹም ዝኾነ ይኹን፡ ኣበይ ትነብሩ ይኹን፡ ክንደይ ግዜ ትጸንሑ ይኹን።
    - ደቂ ሓተትቲ ዑቕባ ብዝቐልጠፈ፡ ኣዝዩ እንተደንጎየ ድማ ኣብ ውሽጢ 3 ወርሒ፡ ናብ ቤት ትምህርቲ ክኸዱ ኣለዎም። leerplicht (ግዴታ ትምህርቲ) ብቕጽበት ይጀምር።
    - ውላድኩም ናብ ኣየናይ ቤት ትምህርቲ ክኸይድ ከም ዝኽእል፡ ንleerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ናይቲ እቲ መዕቈቢ ዘለዎ ምምሕዳር ከተማ ሕተቱ። ንሰራሕተኛታት መዕቈቢኹም'ውን ክትሓቱ ትኽእሉ ኢኹም።
    - ግዴታ ትምህርቲ (leerplicht)፡ { $leerplicht }
    - ኣይሰለጠን ድዩ? ንOuders & Onderwijs (ሃገራዊ መስመር ሓገዝ ንወለዲ) ደውሉ፡ 0800-5010 (ነጻ)። ብሆላንድኛ እዮም ዝዛረቡ፤ ተርጓሚ (tolk) ክትሓቱ ትኽእሉ ኢኹም።

newcomers-support =
    ውላድኩም ብዘይካ ሆላንድኛ ምምሃር ካልእ ሓገዝ የድልዮ ድዩ? ሽዑ ሓደ ሓደ ግዜ ግቡእ ቦታ ምርካብ ከቢድ እዩ። ንበይንኹም ክትፈትሕዎ ኣየድልየኩምን።
    ሕቶኹም ናብ ኣማኻሪ የሕልፎ ኣለኹ።
