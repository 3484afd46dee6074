# Flow: home_without_school (thuiszitten). Tigrinya, translated from locales/nl/home_without_school.ftl.
# { $leerplicht }, { $swv }, { $oco }, { $okt } are the region's contacts (flows/regions/), or main.ftl's contact-*-elsewhere.
home_without_school-start =
    ውላድኩም ብዘይ ቤት ትምህርቲ ኣብ ገዛ ምህላዉ የሕዝን እዩ። ክሕግዘኩም ድሉው እየ። ኣየናይ ይሰማማዕ?
home_without_school-c-short = ውላደይ ካብ 4 ሰሙን ንታሕቲ ኣብ ገዛ ኣሎ
home_without_school-c-long = ውላደይ ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ኣሎ
home_without_school-c-not-enrolled = ውላደይ ኣብ ዝኾነ ቤት ትምህርቲ ኣይተመዝገበን
home_without_school-c-ill = ውላደይ ሕሙም እዩ፡ ፍርሒ ኣለዎ ወይ ናብ ቤት ትምህርቲ ምኻድ ይፈርሕ
home_without_school-c-fine = ቤት ትምህርቲ ወይ leerplicht ብመቕጻዕቲ ገንዘብ ወይ proces-verbaal የፈራርሁና ኣለዉ
home_without_school-c-veilig-thuis = ቤት ትምህርቲ ወይ leerplichtambtenaar ናብ Veilig Thuis (ማእከል ሓገዝ ንዓመጽ ኣብ ገዛ) ክሕብሩ የፈራርሑና ኣለዉ

home_without_school-short =
    እቲ ውላድኩም ተመዝጊቡሉ ዘሎ ቤት ትምህርቲ፡ ውላድኩም ኣብ ገዛ እንተሃለወ'ውን፡ ንትምህርቲ ውላድኩም ሓላፍነት ኣለዎ። samenwerkingsverband (ኣብ ዞባኹም ብሓባር ግቡእ ትምህርቲ ዘወሃህዱ ኣብያተ ትምህርቲ) ግቡእ ቦታ ክህሉ ክገብር ኣለዎ።
    እዚ ክትገብሩ ትኽእሉ፡
    - ኣብ ውሽጢ ክልተ ሰሙን ምስ ቤት ትምህርቲ፡ ምስ samenwerkingsverband ከምኡ'ውን ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ርክብ ክግበር፡ ንቤት ትምህርቲ ብጽሑፍ ሕተቱ። ሓደ ቀዋሚ ሰብ ርክብን ብጽሑፍ ዝተዳለወ ውጥንን ሕተቱ፡ ውላድኩም መዓስ ናብ ቤት ትምህርቲ ይምለስ፡ ክሳብ ሽዑ ድማ እንታይ ትምህርቲ ይረክብ?
    - leerplichtambtenaar ናብ ቤት ትምህርቲ ኣብ ምምላስ ይሕግዝ፡ ከሸማግል'ውን ይኽእል፡ { $leerplicht }
    - Samenwerkingsverband፡ { $swv }
    - እንታይ ከም ዘጋጥም ጽሓፉ፡ ዕለታት፡ ርክባት፡ ውላድኩም ክንደይ ሰዓት ትምህርቲ ከም ዝረክብ።
    - ምኽሪ፡ { $oco }

# Also the answer to "my child has been home more than 4 weeks" in other flows: the steps first, then the adviser.
home_without_school-long-steps =
    ውላድኩም ክሳብ ክንድዚ ነዊሕ ግዜ ኣብ ገዛ ምጽናሑ ከቢድ እዩ። ንበይንኹም ኣይኮንኩምን። ሕጂ እዚ ክትገብሩ ትኽእሉ፡
    - ብቕጽበት ኣብ Onderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ፡ ነጻ) ተመዝገቡ፡ 070-312 28 87፡ መዓልታት ስራሕ 9.00–12.30ን 13.30–16.30ን፡ ወይ ብquickscan ኣብ onderwijsconsulenten.nl። ክድውሉልኩም ሒደት ሰሙናት ክወስድ ይኽእል እዩ፡ ስለዚ ምምዝጋብ ኣይተደንጉዩ።
    - መብዛሕትኡ ግዜ ቅድም ምስ ቤት ትምህርትን ምስ samenwerkingsverband (ኣብ ዞባኹም ብሓባር ግቡእ ትምህርቲ ዘወሃህዱ ኣብያተ ትምህርቲ)ን ተዘራሪብኩም ዶ ኢሎም ይሓቱ። ውላድኩም ፈጺሙ ትምህርቲ ዘይረክብ እንተኾይኑ፡ ኣብ ግዜ ምምዝጋብ ንገርዎም።
    - ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ተራኸቡ፡ { $leerplicht }
    - samenwerkingsverband ኣብ ምንዳይ ክሕግዝ ሕተቱ፡ { $swv }
    - እንታይ ከም ዘጋጥም ጽሓፉ፡ ዕለታት፡ ርክባት፡ ውላድኩም ክንደይ ሰዓት ትምህርቲ ከም ዝረክብ።
    - ዋላ ሓንቲ ዘይግበር እንተኾይኑ፡ ናብ Inspectie (ተቖጻጻሪ ትምህርቲ ናይ መንግስቲ) ሓብሩ፡ 088-669 60 60 (ሰኑይ–ዓርቢ 9–12ን 13–16ን)። እዚ ምልክት ጥራይ እዩ፤ Inspectie ንጉዳይኩም ባዕሉ ኣይፈትሖን።
    - ናብ ቤት ትምህርቲ ጥርዓን ኣቕሪብኩም ኣይሓገዘን ድዩ? ሽዑ ኣብ ውሽጢ 1 ዓመት ናብ Kinderombudsman (ንመሰል ቆልዑ ዝከላኸል ትካል) ክትከዱ ትኽእሉ ኢኹም፡ 0800-876 54 32።
    ኣማኻሪ ምሳኹም ክርእዮ ትደልዩ ዶ? ኣብ ታሕቲ ነዚ ምረጹ።

home_without_school-not-enrolled =
    ውላድኩም ኣብ ዝኾነ ቤት ትምህርቲ ዘይተመዝገበ፡ vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን) እውን ዘይብሉ እንተኾይኑ፡ እዚ 'absoluut verzuim' (ምሉእ ብምሉእ ካብ ትምህርቲ ምብኳር) ይበሃል። ብሕጊ፡ ከም ወለዲ ንምምዝጋብ ውላድኩም ሓላፍነት ኣለኩም። ኣብዚ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
    - ብዝቐልጠፈ ንውላድኩም ኣብ ሓደ ቤት ትምህርቲ ብጽሑፍ ኣመልክቱ፡ ውላድኩም ገና BSN (ናይ መንግስቲ መለለዪ ቁጽሪ) እንተዘይብሉ'ውን። ውላድኩም ተወሳኺ ሓገዝ የድልዮ ድዩ? ንሱ'ውን ጽሓፍዎ። ሽዑ እቲ ቤት ትምህርቲ zorgplicht (ግዴታ ናይ ምንዳይ ግቡእ ቦታ) ኣለዎ፡ ግቡእ ቦታ ክረክብ ኣለዎ።
    - ኣስተውዕሉ፡ እቲ ቤት ትምህርቲ ገና ክሳብ ዝውስን (ክሳብ 10 ሰሙን)፡ ንውላድኩም ክምህሮ ኣይግደድን። ስለዚ ብቕጽበት ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ተራኸቡ፡ { $leerplicht }
    - ቤት ትምህርቲ ብዘይ ሕቶኹም ንውላድኩም ካብ መዝገብ ሰሪዙዎ ድዩ? እዚ ከም ብቐጻሊ ምውጻእ (verwijdering) እዩ ዝቑጸር። ኣብ ሜኑ 'ቤት ትምህርቲ ንውላደይ ብቐጻሊ ከውጽኦ ይደሊ' ምረጹ።
    - ዋላ ሓደ እንተዘይተሓባበረ፡ leerplichtambtenaar proces-verbaal (ወግዓዊ ጸብጻብ) ክጽሕፍ ይኽእል። ስለዚ ምስ leerplichtambtenaarን ምስ ቤት ትምህርትን ርክብ ቀጽሉ።
    - ምኽሪ፡ Onderwijsconsulenten 070-312 28 87 (ነጻ)፡ ወይ { $oco }

home_without_school-veilig-thuis =
    ብVeilig Thuis ምፍርራሕ ኣሰንቢዱኩም ድዩ? እዚ ዝርዳእ እዩ።
    - ናብ ቤት ትምህርቲ ዘይምኻድ ጥራይ ናብ Veilig Thuis ንምሕባር ምኽንያት ኣይኮነን። እዚ Ingrado (ማሕበር leerplichtambtenaren) እዩ ዝብሎ። ብከምዚ ዝኣመሰለ ምሕባር ምፍርራሕ ግቡእ ኣይኮነን።
    - ቤት ትምህርቲ ዋላ'ውን ክሕብር እንተደልዩ፡ ቅድም ምሳኹም ክዘራረበሉ ይግባእ።
    - Veilig Thuis ማእከል ምኽርን ምሕባርን ንዓመጽ ኣብ ገዛን ንግፍዒ ቆልዑን እዩ። ፖሊስ ኣይኮነን።
    - ኣብ ርክብ፡ እቲ ስግኣት ብልክዕ እንታይ ምዃኑ ሕተቱ፡ ንትምህርቲ ውላድኩም ድማ ውጥን ሕተቱ።
    - ቤት ትምህርቲ ብጥንቃቐ ኣይሰርሐን ኢልኩም ትሓስቡ ዶ? ሽዑ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም። ኣብ ሜኑ 'ብዛዕባ መምህር ወይ ቤት ትምህርቲ ጥርዓን' ምረጹ።
    - ምኽሪ፡ Ouders & Onderwijs (ሃገራዊ መስመር ሓገዝ ንወለዲ) 0800-5010 (ነጻ)፡ ወይ Onderwijsconsulenten (ዘይሻራውያን ኣማኸርቲ ትምህርቲ) 070-312 28 87።
    እዚ ሓፈሻዊ ሓበሬታ እዩ፡ ሕጋዊ ምኽሪ ኣይኮነን።
