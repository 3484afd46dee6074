# Flow: bullying (zorbalık, okulda güvensizlik). Translated from locales/nl/bullying.ftl.
bullying-start =
    Çocuğunuz zorbalığa mı uğruyor veya okulda kendini güvende hissetmiyor mu? Hangisi en uygun?
bullying-c-bullied = Çocuğum zorbalığa uğruyor
bullying-c-serious = Şiddet, cinsel istismar, ayrımcılık veya çok ciddi zorbalık söz konusu
bullying-c-no-action = Bildirdim ama okul hiçbir şey yapmıyor
bullying-c-afraid = Bu yüzden çocuğum artık okula gitmeye cesaret edemiyor

bullying-bullied =
    Her okul, okulun güvenli olmasını sağlamak zorundadır (Wet veiligheid op school, okulda güvenlik yasası). Bu yüzden her okulda şunlar vardır:
    - güvenlik ve zorbalığa karşı bir politika;
    - zorbalıkla mücadeleyi koordine eden bir kişi. Bu kişi aynı zamanda sizin için de irtibat kişisidir;
    - öğrencilerin kendilerini ne kadar güvende hissettiğini her yıl ölçen bir anket.
    Yapabilecekleriniz: zorbalığı öğretmen veya mentorla konuşun. Bu işe yaramazsa, anti-pestcoördinator'u (zorbalıkla mücadele koordinatörü) isteyin ve birlikte anlaşmalar yapın. Ne olduğunu ve ne zaman olduğunu not edin.
    Okulun vertrouwenspersoon'u (güven kişisi, gizli danışman) ile de konuşabilirsiniz.

bullying-serious =
    Şiddet, cinsel istismar, ayrımcılık veya ciddi zorbalık durumunda vertrouwensinspecteur'ü (Inspectie'nin, yani eğitim müfettişliğinin güven müfettişi) arayabilirsiniz: 0900-111 3 111. Size neler yapabileceğiniz konusunda tavsiye verir.
    - Okulda vertrouwenspersoon'a (güven kişisi, gizli danışman) başvurabilirsiniz.
    - Darp veya tehdit gibi bir suç mu işlendi? Polise gidin.
    - Acil bir tehlike mi var? 112'yi arayın.

bullying-no-action =
    Okul bildiriminizle ilgili hiçbir şey yapmıyor mu? Yapabilecekleriniz:
    - Okulun vertrouwenspersoon'u (güven kişisi, gizli danışman) ile konuşun.
    - Okulun şikâyet yönetmeliğine göre şikâyette bulunun. Bu yönetmeliği okuldan isteyin.
    - Ciddi zorbalık, şiddet veya ayrımcılık durumunda: vertrouwensinspecteur'ü (güven müfettişi) arayın, 0900-111 3 111.
    - Önce okulun kendisine şikâyet ettiniz mi? O zaman 1 yıl içinde Kinderombudsman'a (çocuk ombudsmanı) da başvurabilirsiniz: 0800-876 54 32.
