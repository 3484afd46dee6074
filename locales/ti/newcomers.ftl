# Flow: newcomers (nieuwkomers). Tigrinya, translated from locales/nl/newcomers.ftl.
newcomers-start =
    ሓድሽ ኣብ ሆላንድ (Nederland) ዲኹም? ኣብ ሆላንድ ዝነብር ነፍሲ ወከፍ ቆልዓ መሰል ትምህርቲ ኣለዎ። እንታይ ክትፈልጡ ትደልዩ?
newcomers-c-rights = ውላደይ ብዘይ ፍቓድ መንበሪ ወይ BSN ናብ ቤት ትምህርቲ ክኸይድ ይኽእል ድዩ?
newcomers-c-school = ኣየናይ ቤት ትምህርቲ ወይ ክፍሊ ንውላደይ ይሰማማዕ?
newcomers-c-support = ውላደይ ብዘይካ ቋንቋ ተወሳኺ ሓገዝ'ውን የድልዮ
newcomers-c-6-12 = ካብ 6 ክሳብ 12 ዓመት
newcomers-c-12-18 = ካብ 12 ክሳብ 18 ዓመት
newcomers-c-under-6 = ትሕቲ 6 ዓመት

newcomers-rights =
    እወ። ኣብ ሆላንድ ዝነብር ነፍሲ ወከፍ ቆልዓ፡ ፍቓድ መንበሪ ወይ BSN (ናይ መንግስቲ መለለዪ ቁጽሪ) እንተሃለዎ እንተዘይሃለዎ፡ መሰል ትምህርቲ ኣለዎ።
    - leerplicht (ግዴታ ትምህርቲ) ንውላድኩም'ውን ይምልከት፡ ብዘይ BSN'ውን።
    - ቤት ትምህርቲ ፍቓድ መንበሪ ስለ ዘይብልኩም ንውላድኩም ክኣብዮ ኣይፍቀደሉን።
    - ደቂ ሓተትቲ ዑቕባ ኣብ ውሽጢ 3 ወርሒ ኣብ ቤት ትምህርቲ ክኣትዉ ኣለዎም።
    ኣይሰለጠን ድዩ? ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ናይ ከተማኹም ተራኸቡ፡ ወይ ንOuders & Onderwijs ደውሉ፡ 0800-5010። ኣብ Amsterdam: OCO 020-330 63 20።

newcomers-age = ውላድኩም ክንደይ ዓመቱ እዩ?

newcomers-primary =
    ኣብ Amsterdam፡ ካብ 6 ክሳብ 12 ዓመት ዝዕድሚኦም፡ ገና ሆላንድኛ (Nederlands) ዘይዛረቡ፡ ኣብ ሆላንድ ድማ ካብ 1 ዓመት ንታሕቲ ዝጸንሑ ቆልዑ፡ ቅድም ናብ nieuwkomersklas (ክፍሊ ንሓደስቲ መጻእቲ ቆልዑ) ይኸዱ።
    - ኣብ ንቡር ቀዳማይ ደረጃ ቤት ትምህርቲ (basisschool፡ እቲ ቤት ትምህርቲ ገዛ) ተመዝግቡ። እቲ ቤት ትምህርቲ ብCentraal meldpunt nieuwkomers po (ማእከላዊ ቤት ጽሕፈት ንሓደስቲ መጻእቲ) ኣቢሉ ኣብ nieuwkomersklas ቦታ የዳሉ።
    - ኣብ ካልእ ቦታ ትነብሩ ዶ? ኣብኡ ብኸመይ ከም ዝሰርሕ ንምምሕዳር ከተማ ወይ ኣብ ቀረባ ዘሎ ቀዳማይ ደረጃ ቤት ትምህርቲ ሕተቱ።
    ሓገዝ ኣብ Amsterdam: OCO 020-330 63 20። ኣብ ካልእ ቦታ: Ouders & Onderwijs 0800-5010።

newcomers-secondary =
    ኣብ Amsterdam፡ ካብ 12 ክሳብ 18 ዓመት ዝዕድሚኦም፡ ገና ሆላንድኛ (Nederlands) ዘይዛረቡ መንእሰያት ናብ Internationale Schakelklas (ISK፡ ንሓደስቲ መጻእቲ ዝኸውን ናይ ቋንቋን መሰጋገርን ክፍሊ) ወይ ናብ EOA ክፍሊ ይኸዱ።
    - ባዕልኹም ብቐጥታ ኣብቲ ከምዚ ዝኣመሰለ ክፍሊ ዘለዎ ካልኣይ ደረጃ ቤት ትምህርቲ ተመዝግቡ።
    - ኣብ ካልእ ቦታ ትነብሩ ዶ? ኣብኡ ብኸመይ ከም ዝሰርሕ ንምምሕዳር ከተማ ወይ ኣብ ቀረባ ዘሎ ካልኣይ ደረጃ ቤት ትምህርቲ ሕተቱ።
    ሓገዝ ኣብ Amsterdam: OCO 020-330 63 20። ኣብ ካልእ ቦታ: Ouders & Onderwijs 0800-5010።

newcomers-support =
    ውላድኩም ብዘይካ ሆላንድኛ ምምሃር ካልእ ሓገዝ የድልዮ ድዩ? ሽዑ ሓደ ሓደ ግዜ ግቡእ ቦታ ምርካብ ከቢድ እዩ። ንበይንኹም ክትፈትሕዎ ኣየድልየኩምን።
    ሕቶኹም ናብ ኣማኻሪ የሕልፎ ኣለኹ።
