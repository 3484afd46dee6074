# Flow: bullying (pesten, onveiligheid op school). Tigrinya, translated from locales/nl/bullying.ftl.
# "pesten" has no single Tigrinya word: described as insulting, mocking and hitting by other pupils.
bullying-start =
    ውላድኩም ብኻልኦት ተማሃሮ ይጽረፍ፡ ይላገጸሉ ወይ ይህረም ድዩ (pesten)፡ ወይስ ኣብ ቤት ትምህርቲ ውሕስነት ኣይስምዖን? ኣየናይ ይሰማማዕ?
bullying-c-bullied = ውላደይ ብኻልኦት ይጽረፍን ይላገጸሉን (pesten)
bullying-c-serious = ብዛዕባ ዓመጽ፡ ጾታዊ ግህሰት፡ ኣድልዎ ወይ ኣዝዩ ከቢድ pesten እዩ
bullying-c-no-action = ሓቢረ ነይረ፡ ቤት ትምህርቲ ግን ዋላ ሓንቲ ኣይገብርን
bullying-c-afraid = ብሰንኪ እዚ ውላደይ ናብ ቤት ትምህርቲ ምኻድ ይፈርሕ

bullying-bullied =
    ነፍሲ ወከፍ ቤት ትምህርቲ ውሑስ ቤት ትምህርቲ ክኸውን ክገብር ኣለዎ (Wet veiligheid op school፡ ሕጊ ውሕስነት ኣብ ቤት ትምህርቲ)። ስለዚ ነፍሲ ወከፍ ቤት ትምህርቲ እዚ ኣለዎ፡
    - ፖሊሲ ንውሕስነትን ኣንጻር pesten (ምጽራፍን ምልጋጽን ምህራምን)፤
    - ሓደ ሰብ ንምቁጽጻር pesten ዘወሃህድ። ንሱ'ውን ንዓኹም መራኸቢ ሰብ እዩ፤
    - ኩሉ ዓመት ተማሃሮ ክንደይ ውሑስ ከም ዝስምዖም ዝግበር መጽናዕቲ።
    እዚ ክትገብሩ ትኽእሉ፡ ብዛዕባ እቲ pesten ምስ መምህር ወይ mentor (ሓላፊ ክፍሊ) ተዘራረቡ። ኣይሓገዘን ድዩ? ንanti-pestcoördinator (ኣወሃሃዲ ኣንጻር pesten) ሕተቱ፡ ብሓባር ድማ ስምምዕ ግበሩ። እንታይ ከም ዘጋጠመን መዓስ ከም ዘጋጠመን ጽሓፉ።
    ምስ vertrouwenspersoon (ምስጢር ዝሕሉ ሰብ ንምዝራብ) ናይ ቤት ትምህርቲ'ውን ክትዘራረቡ ትኽእሉ ኢኹም።

bullying-serious =
    ብዛዕባ ዓመጽ፡ ጾታዊ ግህሰት፡ ኣድልዎ ወይ ከቢድ pesten እንተኾይኑ፡ ንvertrouwensinspecteur (ናይ Inspectie ምስጢር ዝሕሉ ተቖጻጻሪ) ክትድውሉ ትኽእሉ ኢኹም፡ 0900-111 3 111። እንታይ ክትገብሩ ከም ትኽእሉ ምኽሪ ይህበኩም።
    - ኣብ ቤት ትምህርቲ ናብ vertrouwenspersoon (ምስጢር ዝሕሉ ሰብ ንምዝራብ) ክትከዱ ትኽእሉ ኢኹም።
    - ከም ምህራም ወይ ምፍርራሕ ዝኣመሰለ ገበን ተፈጺሙ ድዩ? ናብ ፖሊስ ኪዱ።
    - ቀጥታዊ ሓደጋ ኣሎ ድዩ? ናብ 112 ደውሉ።

bullying-no-action =
    ቤት ትምህርቲ ብዛዕባ ዝሓበርኩምዎ ዋላ ሓንቲ ኣይገብርን ድዩ? እዚ ክትገብሩ ትኽእሉ፡
    - ምስ vertrouwenspersoon (ምስጢር ዝሕሉ ሰብ ንምዝራብ) ናይ ቤት ትምህርቲ ተዘራረቡ።
    - ብመሰረት klachtenregeling (ስርዓት ጥርዓን) ናይ ቤት ትምህርቲ ጥርዓን ኣቕርቡ። ነዚ ስርዓት ንቤት ትምህርቲ ሕተትዎ።
    - ንከቢድ pesten፡ ዓመጽ ወይ ኣድልዎ፡ ንvertrouwensinspecteur (ምስጢር ዝሕሉ ተቖጻጻሪ) ደውሉ፡ 0900-111 3 111።
    - ቅድም ናብ ቤት ትምህርቲ ባዕሉ ጥርዓን ኣቕሪብኩም ዶ? ሽዑ ኣብ ውሽጢ 1 ዓመት ናብ Kinderombudsman (ንመሰል ቆልዑ ዝከላኸል ትካል)'ውን ክትከዱ ትኽእሉ ኢኹም፡ 0800-876 54 32።
