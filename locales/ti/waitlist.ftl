# Flow: waitlist (special education or youth care, education and care together, day care). Tigrinya, translated from locales/nl/waitlist.ftl.
waitlist-start =
    ምጽባይ ከቢድ እዩ፡ ብፍላይ ውላድኩም ኣብዚ ግዜ ኣብ ገዛ እንተሃልዩ። ውላድኩም እንታይ ይጽበ ኣሎ?
    ትምህርትን ክንክንን ብሓባር ዝርከበሉ ቦታ ድዩ፡ ወይ ብልክዕ ኣይትፈልጡን? ሽዑ 'ትምህርትን ክንክንን ብሓባር' ምረጹ።
waitlist-c-school = ቦታ ኣብ ፍሉይ ትምህርቲ (speciaal onderwijs ወይ speciaal basisonderwijs)
waitlist-c-care = ሓገዝ ንቆልዑ (jeugdhulp)፡ መጽናዕቲ ወይ ሕክምና
waitlist-c-tlv = toelaatbaarheidsverklaring (TLV፡ ናብ ፍሉይ ትምህርቲ ንምእታው ዝወሃብ ወረቐት)
waitlist-c-both = ትምህርትን ክንክንን ብሓባር፡ ወይ ቤት ትምህርትን ትካላት ክንክንን ሓላፍነት ናብ ሓድሕዶም ይድርብዩ
waitlist-c-dagbesteding = dagbesteding (ናይ መዓልቲ ክንክን)፡ ቤት ትምህርቲ ክሕግዝ ኣለዎ ድዩ?
waitlist-c-home-over-4-weeks = ውላደይ ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ኣሎ

waitlist-school =
    ቦታ ምጽባይ ከቢድ እዩ። ኣብዚ ግዜ'ውን ውላድኩም መሰል ትምህርቲ ኣለዎ።
    - ውላድኩም ክሳብ ዝጽበ፡ እቲ ሕጂ ተመዝጊቡሉ ዘሎ ቤት ትምህርቲ ሓላፍነት ኣለዎ። እዚ zorgplicht (ግዴታ ናይ ምንዳይ ግቡእ ቦታ) ይበሃል፡ ቤት ትምህርቲ ግቡእ ትምህርቲ ከረጋግጽ ኣለዎ። እዚ ሓድሽ ቤት ትምህርቲ ንውላድኩም ብሓቂ ክሳብ ዝምዝግቦ ይቕጽል።
    - ንቤት ትምህርቲ ግዝያዊ ፍታሕ ሕተቱ፡ ቦታ ክሳብ ዝርከብ ትምህርትን ምኽታልን። ብጽሑፍ ሕተትዎ።
    - samenwerkingsverband (ኣብ ዞባኹም ብሓባር ግቡእ ትምህርቲ ዘወሃህዱ ኣብያተ ትምህርቲ) ንነፍሲ ወከፍ ቆልዓ ግቡእ ቦታ ክህሉ ክገብር ኣለዎ። ኣብ ምንዳይ ክሕግዝ ሕተትዎ፡ { $swv }
    - ኣብዚ ግዜ እዚ ውላድኩም ትምህርቲ ኣይረክብን ወይ ውሑድ ጥራይ ይረክብ ድዩ? ንOnderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ) ደውሉ፡ 070-312 28 87 (ነጻ)።

waitlist-care =
    ውላድኩም እንተድልይዎ፡ ምምሕዳር ከተማ (gemeente) ሓገዝ ንቆልዑ (jeugdhulp) ክህብ ኣለዎ። እዚ ኣብ Jeugdwet (ሕጊ ሓገዝ ንቆልዑን መንእሰያትን) ተጻሒፉ ኣሎ።
    - ኣብ ምምሕዳር ከተማኹም ሓገዝ ሕተቱ፡ { $okt }
    - ውላድኩም ኣብ ዝርዝር ምጽባይ ሓገዝ ኣሎ ድዩ? ክሳብ እቲ ሓገዝ ዝጅምር እንታይ ክግበር ከም ዝኽእል፡ ከምኡ'ውን ሓጺር ግዜ ምጽባይ ዘለዎ ካልእ ሓገዝ ዝህብ ትካል እንተሎ፡ ንምምሕዳር ከተማ ሕተቱ።
    - ምስ ውሳነ ምምሕዳር ከተማ ዘይትሰማምዑ እንተዄንኩም፡ ኣብ ውሽጢ 6 ሰሙን bezwaar (ወግዓዊ ተቓውሞ) ኣቕርቡ።
    - ኣብ ግዜ ምጽባይ'ውን፡ ቤት ትምህርቲ ንትምህርቲ ውላድኩም ሓላፍነት ኣለዎ። ንቤት ትምህርቲ ግዝያዊ ፍታሕ ሕተቱ።

waitlist-tlv =
    ንspeciaal basisonderwijs (sbo፡ ፍሉይ ቀዳማይ ደረጃ ትምህርቲ) ከምኡ'ውን ንspeciaal onderwijs (so ን vso ን፡ ፍሉይ ትምህርቲ) TLV የድሊ፡ toelaatbaarheidsverklaring (ናይ ምእታው ፍቓድ ወረቐት)። ኣብኡ ውላድኩም ናብ ከምዚ ዝበለ ቤት ትምህርቲ ክኸይድ ከም ዝኽእል ተጻሒፉ ኣሎ።
    - ቦርድ ቤት ትምህርቲ (schoolbestuur) ነቲ TLV ካብ samenwerkingsverband (ኣብ ዞባኹም ብሓባር ግቡእ ትምህርቲ ዘወሃህዱ ኣብያተ ትምህርቲ) ይሓትት። እቲ samenwerkingsverband ካብ 2 ክኢላታት ምኽሪ ይሓትት።
    - እቲ samenwerkingsverband ሕጊታቱን እቲ TLV ክንደይ ግዜ ከም ዝሰርሕን ባዕሉ ይውስን።
    - እቲ TLV ገና ኣይተሓተተን ድዩ፡ ወይ ነዊሕ ግዜ ይወስድ ድዩ? መዓስ ከም ዝሕተት ንቤት ትምህርቲ ብጽሑፍ ሕተቱ። ዋላ ሓንቲ ዘይግበር እንተኾይኑ፡ ምስ Onderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ፡ 070-312 28 87፡ ነጻ)ን ምስ samenwerkingsverbandን ተራኸቡ፡ { $swv }
    - ምስቲ ውሳነ ዘይትሰማምዑ እንተዄንኩም፡ ኣብ ውሽጢ 6 ሰሙን ናብ samenwerkingsverband bezwaar (ወግዓዊ ተቓውሞ) ኣቕርቡ። ሃገራዊ ኮሚሽን (LBT) ብዛዕባኡ ምኽሪ ይህብ።

waitlist-both =
    ሓደ ሓደ ግዜ ቤት ትምህርትን ትካላት ክንክንን ክልቲኦም "እቲ ካልእ ቅድም ክሰርሕ ኣለዎ" ይብሉ ('wat is voorliggend?')። እዚ ዝተሓላለኸ እዩ፡ ንበይንኹም ክትፈትሕዎ ኣየድልየኩምን።
    - እቲ ውላድኩም ተመዝጊቡሉ ዘሎ ቤት ትምህርቲ፡ ኣብ ግዜ ምጽባይ'ውን፡ ንትምህርቲ ሓላፍነት ኣለዎ።
    - ውላድኩም እንተድልይዎ፡ ምምሕዳር ከተማ ሓገዝ ንቆልዑ (jeugdhulp) ከዳልው ኣለዎ፡ { $okt }
    - ምስ ቤት ትምህርቲ፡ ምስ samenwerkingsverband (ኣብ ዞባኹም ብሓባር ግቡእ ትምህርቲ ዘወሃህዱ ኣብያተ ትምህርቲ)፡ ከምኡ'ውን ምስ ምምሕዳር ከተማ ወይ ትካል ክንክን ብሓባር ሓደ ርክብ ሕተቱ፡ ንዓኹም ድማ ሓደ ቀዋሚ ሰብ ርክብ።
    - onderwijszorgconsulenten (ኣማኸርቲ ትምህርትን ክንክንን) ናይ Onderwijsconsulenten ብዛዕባ ትምህርትን ክንክንን ብሓባር ብነጻ ይሕግዙ፡ 070-312 28 87።
    ኣማኻሪ ምሳኹም ክርእዮ ትደልዩ ዶ? ኣብ ታሕቲ ነዚ ምረጹ።

waitlist-dagbesteding =
    ውላድኩም ካብ leerplicht (ግዴታ ትምህርቲ) vrijstelling (ነጻ ምዃን) ኣለዎ ድዩ፡ dagbesteding (ኣብ መዓልቲ ምኽታል ዘለዎ ቦታ) ድማ ትደልዩ ኣለኹም? dagbesteding መብዛሕትኡ ግዜ ክንክን እዩ፡ ትምህርቲ ኣይኮነን። ሽዑ ምምሕዳር ከተማ የዳልዎ (Jeugdwet፡ ሕጊ ሓገዝ ንቆልዑን መንእሰያትን)፡ ወይ ሓደ ሓደ ግዜ ብWet langdurige zorg (Wlz፡ ሕጊ ነዊሕ ግዜ ክንክን)። zorgplicht ናይ ቤት ትምህርቲ (ግቡእ ትምህርቲ ናይ ምርግጋጽ ግዴታ) ብዛዕባ ትምህርቲ እዩ፡ ብዛዕባ ክንክን ኣይኮነን።
    - ውላድኩም vrijstelling የብሉን ድዩ? ሽዑ ቤት ትምህርቲ ንትምህርቲ ውላድኩም ሓላፍነት ኣለዎ።
    - ኣብ ምምሕዳር ከተማኹም dagbesteding ሕተቱ፡ { $okt }
    - ንውላድኩም ከመይ ከም ዝኸውን ብኩነታት ይፈላለ። ኣማኻሪ ምሳኹም ክርእዮ፡ ኣብ ታሕቲ ነዚ ምረጹ።
