# Flow: suspension (schorsing). Tigrinya, translated from locales/nl/suspension.ftl.
suspension-start =
    ግዝያዊ እገዳ (schorsing) ማለት፡ ውላድኩም ንሓጺር ግዜ ናብ ቤት ትምህርቲ ክመጽእ ኣይፍቀደሉን። ሕቶኹም ብዛዕባ እንታይ እዩ?
suspension-c-rules = ሕጊታት ናይ ግዝያዊ እገዳ (schorsing) እንታይ እዮም?
suspension-c-disagree = ምስቲ እገዳ ኣይሰማማዕን
suspension-c-longer = እቲ እገዳ ካብ ሓደ ሰሙን ንላዕሊ ይጸንሕ፡ ወይ መወዳእታ ዕለት የብሉን
suspension-c-removal = ቤት ትምህርቲ ንውላደይ ብቐጻሊ'ውን ከውጽኦ ይደሊ
suspension-c-po = ቀዳማይ ደረጃ ቤት ትምህርቲ (basisschool)
suspension-c-vo = ካልኣይ ደረጃ ቤት ትምህርቲ (middelbare school)
suspension-c-home-over-4-weeks = ውላደይ ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ኣሎ

suspension-rules =
    ሕጊታት ናይ ግዝያዊ እገዳ (schorsing) እዚኣቶም እዮም፡
    - እገዳ እንተበዝሐ 1 ሰሙን (5 መዓልቲ ትምህርቲ) ይጸንሕ።
    - ቤት ትምህርቲ ነቲ ውሳነን ምኽንያታቱን ብጽሑፍ ይህበኩም።
    - እቲ እገዳ ካብ 1 መዓልቲ ንላዕሊ ድዩ? ሽዑ ቦርድ ቤት ትምህርቲ ንInspectie (ተቖጻጻሪ ትምህርቲ ናይ መንግስቲ) ብጽሑፍ ክሕብር ኣለዎ። መብዛሕትኡ ግዜ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) እውን ይሕበር።
    - ቤት ትምህርቲ ትምህርቲ ምሃብ ይቕጽል፡ ንኣብነት ብዕዮ ገዛ። ውላድኩም እንታይ ዕዮ ትምህርቲ ከም ዝወሃቦ ንቤት ትምህርቲ ሕተቱ።
    ሕቶ ኣሎኩም? ንOuders & Onderwijs ደውሉ፡ 0800-5010 (ነጻ)።

suspension-disagree =
    ምስቲ እገዳ ዘይትሰማምዑ እንተዄንኩም፡ እዚ ክትገብሩ ትኽእሉ፡
    - bezwaar (ወግዓዊ ተቓውሞ) ኣቕርቡ፡ ኣብ ውሽጢ 6 ሰሙን ደብዳበ ናብ ቦርድ ቤት ትምህርቲ ስደዱ። እቲ ቦርድ መብዛሕትኡ ግዜ ኣብ ውሽጢ ኣስታት 4 ሰሙን ይምልስ።
    - ፈራዶ ከም ዝብልዎ፡ ቤት ትምህርቲ ቅድሚ ውሳነ ንውላድኩም፡ ንዓኹምን ንመምህርን ክሰምዕ ኣለዎ። ኣብቲ ውሳነ ብኸመይ ተቓውሞ ከም እተቕርቡ ክጽሓፍ ኣለዎ። እዚ እንተዘይተገብረ፡ ኣብ ተቓውሞኹም ጽሓፍዎ።
    - ናብ ኮሚቴ ጥርዓን ቤት ትምህርቲ'ውን ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም፡ ወይ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ከሸማግል ሕተትዎ።
    - ኣዝዩ ህጹጽ ድዩ? ሽዑ ንፈራዲ ቀልጢፉ ግዝያዊ ውሳነ ክህብ ክትሓቱ ትኽእሉ ኢኹም። ቅድሚኡ ምኽሪ ሕተቱ።
    ንደብዳበኹም ሓገዝ፡ Ouders & Onderwijs 0800-5010። ኣብ Amsterdam: OCO 020-330 63 20።

suspension-longer = ውላድኩም ኣብ ቀዳማይ ደረጃ (basisschool) ድዩ ወይስ ኣብ ካልኣይ ደረጃ (middelbare school) ቤት ትምህርቲ ዝመሃር?

suspension-longer-po =
    ኣብ ቀዳማይ ደረጃ ቤት ትምህርቲ (basisschool)፡ እገዳ ፈጺሙ ካብ 1 ሰሙን (5 መዓልቲ ትምህርቲ) ክበዝሕ የብሉን።
    እዚ ክትገብሩ ትኽእሉ፡
    - ውላድኩም ካብ ኣየናይ መዓልቲ ናብ ቤት ትምህርቲ ክምለስ ከም ዝኽእል፡ ንቤት ትምህርቲ ብጽሑፍ (ንኣብነት ብኢመይል) ሕተቱ።
    - ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ናይ ከተማኹም ተራኸቡ።
    - ውላድኩም ክምለስ ኣይፍቀደሉን ድዩ? ካብ Ouders & Onderwijs (0800-5010) ወይ Onderwijsconsulenten (ነጻ ኣማኸርቲ ትምህርቲ፡ 070-312 28 87) ምኽሪ ሕተቱ።

suspension-longer-vo =
    ኣብ ካልኣይ ደረጃ ቤት ትምህርቲ (middelbare school)፡ እገዳ ካብ 1 ሰሙን ንላዕሊ ክጸንሕ ዝኽእል፡ ቤት ትምህርቲ ንውላድኩም ብቐጻሊ ንምውጻእ (verwijdering) እንተ ተበጊሱ ጥራይ እዩ። ሽዑ ቤት ትምህርቲ ቅድም ምስ Inspectie (ተቖጻጻሪ ትምህርቲ ናይ መንግስቲ) ክመያየጥ ኣለዎ።
    እዚ ክትገብሩ ትኽእሉ፡
    - መስርሕ ምውጻእ (verwijdering) ጀሚሩ ድዩ፡ ቤት ትምህርቲ ምስ Inspectie ተመያይጡ ድዩ፡ ንቤት ትምህርቲ ብጽሑፍ ሕተቱ።
    - ቤት ትምህርቲ ኣብቲ ግዜ እቲ ትምህርቲ ምሃብ ይቕጽል፡ ንኣብነት ብዕዮ ገዛ።
    - ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ተራኸቡ። ካብ Ouders & Onderwijs (0800-5010) ወይ Onderwijsconsulenten (070-312 28 87፡ ነጻ) ምኽሪ ሕተቱ።
