# Flow: waitlist (special education or youth care). Tigrinya, translated from locales/nl/waitlist.ftl.
waitlist-start =
    ውላድኩም ኣብ መጸበዪ ዝርዝር (wachtlijst) ድዩ ዘሎ? ውላድኩም እንታይ ይጽበ ኣሎ?
waitlist-c-school = ቦታ ኣብ ፍሉይ ትምህርቲ (speciaal onderwijs)
waitlist-c-care = ሓገዝ ንቆልዑ (jeugdhulp)፡ መጽናዕቲ ወይ ሕክምና
waitlist-c-tlv = toelaatbaarheidsverklaring (TLV፡ ናብ ፍሉይ ትምህርቲ ንምእታው ዝወሃብ ወረቐት)
waitlist-c-both = ቤት ትምህርቲን ትካላት ሓገዝን ሓላፍነት ናብ ሓድሕዶም ይድርብዩ
waitlist-c-home-over-4-weeks = ውላደይ ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ኣሎ

waitlist-school =
    ውላድኩም ክሳብ ዝጽበ፡ እቲ ሕጂ ተመዝጊቡሉ ዘሎ ቤት ትምህርቲ ሓላፍነት ኣለዎ (zorgplicht፡ ግዴታ ናይ ምንዳይ ግቡእ ቦታ)። እዚ ሓድሽ ቤት ትምህርቲ ንውላድኩም ብሓቂ ክሳብ ዝምዝግቦ ይቕጽል።
    እዚ ክትገብሩ ትኽእሉ፡
    - ንቤት ትምህርቲ ግዝያዊ ፍታሕ ሕተቱ፡ ቦታ ክሳብ ዝርከብ ትምህርትን ሓገዝን።
    - samenwerkingsverband (ዞባዊ ምትሕብባር ኣብያተ ትምህርቲ) ንነፍሲ ወከፍ ቆልዓ ኣብቲ ዞባ ግቡእ ቦታ ክህሉ ክገብር ኣለዎ። ኣብ ምንዳይ ክሕግዝ ሕተትዎ።
    - ኣብዚ ግዜ እዚ ውላድኩም ትምህርቲ ኣይረክብን ወይ ውሑድ ጥራይ ይረክብ ድዩ? ንOnderwijsconsulenten (ነጻ ኣማኸርቲ ትምህርቲ) ደውሉ፡ 070-312 28 87 (ነጻ)።

waitlist-care =
    ውላድኩም እንተድልይዎ፡ ምምሕዳር ከተማ (gemeente) ሓገዝ ንቆልዑ (jeugdhulp) ክህብ ኣለዎ።
    - ኣብ ምምሕዳር ከተማኹም ሓገዝ ሕተቱ። ኣብ Amsterdam እዚ ብOuder- en Kindteam (ጉጅለ ሓገዝ ንወለድን ቆልዑን) እዩ ዝኸይድ፡ ብኣማኻሪ ወለድን ቆልዑን ኣብ ቤት ትምህርቲ'ውን ይከኣል።
    - ምስ ውሳነ ምምሕዳር ከተማ ዘይትሰማምዑ እንተዄንኩም፡ ኣብ ውሽጢ 6 ሰሙን bezwaar (ወግዓዊ ተቓውሞ) ኣቕርቡ።
    - ኣብ ግዜ ምጽባይ'ውን፡ ቤት ትምህርቲ ንትምህርቲ ውላድኩም ሓላፍነት ኣለዎ። ንቤት ትምህርቲ ግዝያዊ ፍታሕ ሕተቱ።

waitlist-tlv =
    ንፍሉይ ቀዳማይ ደረጃ ትምህርቲ (sbo) ከምኡ'ውን ንፍሉይ ትምህርቲ (so/vso) toelaatbaarheidsverklaring (TLV፡ ናይ ምእታው ፍቓድ ወረቐት) የድሊ።
    - ቦርድ ቤት ትምህርቲ ነቲ TLV ካብ samenwerkingsverband (ዞባዊ ምትሕብባር ኣብያተ ትምህርቲ) ይሓትት። እቲ samenwerkingsverband ካብ 2 ክኢላታት ምኽሪ ይሓትት።
    - እቲ samenwerkingsverband ሕጊታቱን እቲ TLV ክንደይ ግዜ ከም ዝሰርሕን ባዕሉ ይውስን።
    - ምስቲ ውሳነ ዘይትሰማምዑ እንተዄንኩም፡ ኣብ ውሽጢ 6 ሰሙን ናብ samenwerkingsverband bezwaar (ወግዓዊ ተቓውሞ) ኣቕርቡ። ሃገራዊ ኮሚሽን (LBT) ብዛዕባኡ ምኽሪ ይህብ።
    - ነዊሕ ግዜ ይወስድ ድዩ? እቲ ሕቶ ኣበይ በጺሑ ከም ዘሎ ንቤት ትምህርቲን ንsamenwerkingsverbandን ሕተቱ።

waitlist-both =
    ሓደ ሓደ ግዜ ቤት ትምህርቲን ትካላት ሓገዝን ክልቲኦም "እቲ ካልእ ቅድም ክሰርሕ ኣለዎ" ይብሉ ('wat is voorliggend?')። እዚ ዝተሓላለኸ እዩ፡ ንበይንኹም ክትፈትሕዎ ኣየድልየኩምን።
    ሕቶኹም ናብ ኣማኻሪ የሕልፎ ኣለኹ። onderwijszorgconsulenten (ኣማኸርቲ ትምህርትን ክንክንን) ናይ Onderwijsconsulenten (070-312 28 87) እውን ኣብ ከምዚ ዝኣመሰለ ሕቶታት ይሕግዙ።
