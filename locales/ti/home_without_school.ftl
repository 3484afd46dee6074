# Flow: home_without_school (thuiszitten). Tigrinya, translated from locales/nl/home_without_school.ftl.
home_without_school-start =
    ውላድኩም ብዘይ ቤት ትምህርቲ ኣብ ገዛ ድዩ ዘሎ? ክንደይ ግዜ ኮይኑ?
home_without_school-c-short = ካብ 4 ሰሙን ዝውሕድ
home_without_school-c-long = ካብ 4 ሰሙን ዝበዝሕ
home_without_school-c-not-enrolled = ውላደይ ኣብ ዝኾነ ቤት ትምህርቲ ኣይተመዝገበን
home_without_school-c-veilig-thuis = ቤት ትምህርቲ ወይ leerplichtambtenaar ናብ Veilig Thuis (ማእከል ሓገዝ ንዓመጽ ኣብ ገዛ) ክሕብሩ የፈራርሑና ኣለዉ
home_without_school-c-self = ቅድም ባዕለይ እንታይ ክገብር ከም ዝኽእል ከንብብ

home_without_school-short =
    እቲ ውላድኩም ተመዝጊቡሉ ዘሎ ቤት ትምህርቲ ንትምህርቲ ውላድኩም ሓላፍነት ኣለዎ። samenwerkingsverband (ዞባዊ ምትሕብባር ኣብያተ ትምህርቲ) ግቡእ ቦታ ክህሉ ክገብር ኣለዎ።
    እዚ ክትገብሩ ትኽእሉ፡
    - ንቤት ትምህርቲ ብጽሑፍ ርክብን ውጥንን ሕተቱ፡ ውላድኩም መዓስ ናብ ቤት ትምህርቲ ይምለስ፡ ክሳብ ሽዑ ድማ እንታይ ትምህርቲ ይረክብ?
    - ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ተራኸቡ። ንሱ ናብ ቤት ትምህርቲ ኣብ ምምላስ ይሕግዝ፡ ከሸማግል'ውን ይኽእል።
    - samenwerkingsverband ምሳኹም ክሓስብ ሕተትዎ።
    - ምኽሪ፡ Ouders & Onderwijs 0800-5010። ኣብ Amsterdam: OCO 020-330 63 20።

home_without_school-long =
    ውላድኩም ብዘይ vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን) ካብ 4 ሰሙን ንላዕሊ ኣብ ገዛ ድዩ ዘሎ? ሽዑ ውላድኩም thuiszitter (ብዘይ ቤት ትምህርቲ ኣብ ገዛ ዘሎ ቆልዓ) እዩ። ሕጂ ካብ Onderwijsconsulenten (ነጻ ኣማኸርቲ ትምህርቲ) ነጻ ሓገዝ ክትሓቱ'ውን ትኽእሉ ኢኹም።
    እንታይ ክትገብሩ ትደልዩ?

home_without_school-long-steps =
    እዚ ክትገብሩ ትኽእሉ፡
    - ካብ Onderwijsconsulenten (ነጻ ኣማኸርቲ ትምህርቲ) ነጻ ሓገዝ ሕተቱ፡ 070-312 28 87 (ካብ ሰኑይ ክሳብ ዓርቢ 9:00–12:30ን 13:30–16:30ን)፡ ወይ ብquickscan ኣብ መርበብ ሓበሬታኦም።
    - መብዛሕትኡ ግዜ ቅድም ምስ ቤት ትምህርቲን samenwerkingsverband (ዞባዊ ምትሕብባር ኣብያተ ትምህርቲ)ን ተዘራሪብኩም ዶ ኢሎም ይሓቱ። ውላድኩም ፈጺሙ ትምህርቲ ዘይረክብ እንተኾይኑ፡ እዚ ቅድም ኣየድልን።
    - ምስ ቤት ትምህርቲን leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ)ን ርክብ ቀጽሉ፡ ብጽሑፍ ዝተዳለወ ውጥን ድማ ሕተቱ።
    - ዋላ ሓንቲ ዘይግበር እንተኾይኑ፡ ናብ Inspectie (ተቖጻጻሪ ትምህርቲ ናይ መንግስቲ) ሓብሩ፡ 088-669 60 60። እዚ ምልክት ጥራይ እዩ፤ Inspectie ንጉዳይኩም ባዕሉ ኣይፈትሖን።

home_without_school-not-enrolled =
    ውላድኩም ኣብ ዝኾነ ቤት ትምህርቲ ዘይተመዝገበ፡ vrijstelling (ካብ ግዴታ ትምህርቲ ነጻ ምዃን) እውን ዘይብሉ እንተኾይኑ፡ እዚ 'absoluut verzuim' (ምሉእ ብምሉእ ካብ ትምህርቲ ምብኳር) ይበሃል። ሽዑ ውላድኩም ብዝቐልጠፈ ዳግማይ ክምዝገብ ኣለዎ።
    እዚ ክትገብሩ ትኽእሉ፡
    - ንውላድኩም ኣብ ሓደ ቤት ትምህርቲ ብጽሑፍ ኣመዝግቡ። ውላድኩም ተወሳኺ ሓገዝ የድልዮ ድዩ? ንሱ'ውን ጽሓፍዎ። ሽዑ እቲ ቤት ትምህርቲ zorgplicht (ግዴታ ናይ ምንዳይ ግቡእ ቦታ) ኣለዎ።
    - ምስ leerplichtambtenaar (ሰራሕተኛ ምምሕዳር ንግዴታ ትምህርቲ) ናይ ከተማኹም ተራኸቡ። ንሱ ክሕግዝ ይኽእል።
    - ምኽሪ፡ Onderwijsconsulenten 070-312 28 87 ወይ Ouders & Onderwijs 0800-5010።

home_without_school-veilig-thuis =
    ናብ ቤት ትምህርቲ ዘይምኻድ ጥራይ ናብ Veilig Thuis (ማእከል ሓገዝ ንዓመጽ ኣብ ገዛን ንግፍዒ ቆልዑን) ንምሕባር ምኽንያት ኣይኮነን። እዚ Ingrado (ማሕበር ናይ leerplichtambtenaren) እዩ ዝብሎ። ብከምዚ ዝኣመሰለ ሓበሬታ ምፍርራሕ ግቡእ ኣይኮነን።
    - ቤት ትምህርቲ ዋላ'ውን ክሕብር እንተደልዩ፡ ቅድም ምሳኹም ክዘራረብ ኣለዎ።
    - ኣብ ርክብ እቲ ስግኣት ብልክዕ እንታይ ምዃኑ ሕተቱ፡ ንትምህርቲ ውላድኩም ድማ ውጥን ሕተቱ።
    - ምኽሪ፡ Ouders & Onderwijs 0800-5010 ወይ Onderwijsconsulenten (ነጻ ኣማኸርቲ ትምህርቲ) 070-312 28 87።
