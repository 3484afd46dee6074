# Flow: bullying (zorbalık, okulda güvensizlik). Translated from locales/nl/bullying.ftl.
bullying-start =
    Çocuğunuz zorbalığa mı uğruyor veya okulda kendini güvende hissetmiyor mu? Bu çok üzücü. Hangisi en uygun?
bullying-c-bullied = Çocuğum zorbalığa uğruyor
bullying-c-serious = Şiddet, cinsel istismar, ayrımcılık veya çok ciddi zorbalık söz konusu
bullying-c-no-action = Bildirdim ama okul hiçbir şey yapmıyor
bullying-c-afraid = Bu yüzden çocuğum artık okula gitmeye cesaret edemiyor veya evde kalıyor

bullying-bullied =
    Her okul, okulun güvenli olmasını sağlamak zorundadır (Wet veiligheid op school, okulda güvenlik yasası). Bu yüzden her okulda şunlar vardır:
    - güvenlik ve zorbalığa karşı bir politika;
    - zorbalıkla mücadeleyi koordine eden bir kişi. Bu kişi aynı zamanda sizin için de irtibat kişisidir;
    - öğrencilerin kendilerini ne kadar güvende hissettiğini her yıl ölçen bir anket.
    Yapabilecekleriniz: zorbalığı öğretmen veya mentorla konuşun. Bu işe yaramazsa, anti-pestcoördinator'u (zorbalıkla mücadele koordinatörü) isteyin ve birlikte anlaşmalar yapın. Ne olduğunu ve ne zaman olduğunu not edin.
    Okulun vertrouwenspersoon'u (güven kişisi, gizli danışman) ile de konuşabilirsiniz. Çocuğunuz De Kindertelefoon (çocuklar için danışma hattı, kindertelefoon.nl) ile kendisi konuşabilir.

# Also used in the flow complaint.
bullying-serious =
    Şiddet, cinsel istismar, ayrımcılık veya ciddi zorbalık durumunda vertrouwensinspecteur'ü (Inspectie'nin, yani eğitim müfettişliğinin güven müfettişi) arayabilirsiniz: 0900-111 3 111 (hafta içi 8–17, yerel tarife). Size neler yapabileceğiniz konusunda tavsiye verir.
    - Okulda vertrouwenspersoon'a (güven kişisi, gizli danışman) başvurabilirsiniz.
    - Konu ayrımcılık mı? Menüde 'Bir öğretmen veya okul hakkında şikâyet ya da ayrımcılık' seçeneğini seçin.
    - Darp veya tehdit gibi bir suç mu işlendi? Polise gidin.
    - Acil bir tehlike mi var? 112'yi arayın.

bullying-no-action =
    Okul bildiriminizle ilgili hiçbir şey yapmıyor mu? Bu sinir bozucu. Yapabilecekleriniz:
    - Okulun vertrouwenspersoon'u (güven kişisi, gizli danışman) ile konuşun.
    - Okulun klachtenregeling'ine (şikâyet yönetmeliği) göre şikâyette bulunun. Bu yönetmeliği okuldan isteyin veya schoolgids'e (okul rehberi) bakın. Birçok okul ulusal bir şikâyet komisyonuna bağlıdır; hangisi olduğu schoolgids'te yazar.
    - Ciddi zorbalık, şiddet veya ayrımcılık durumunda: vertrouwensinspecteur'ü (güven müfettişi) arayın, 0900-111 3 111 (hafta içi 8–17, yerel tarife).
    - Önce okulun kendisine şikâyet ettiniz mi? O zaman 1 yıl içinde Kinderombudsman'a (çocuk ombudsmanı) da başvurabilirsiniz: 0800-876 54 32.

bullying-afraid =
    Çocuğunuz zorbalık yüzünden artık okula gitmeye cesaret edemiyor mu? Bu hem çocuğunuz hem de sizin için çok ağır.
    - Okul, okulun güvenli olmasını sağlamak zorundadır ve eğitimden sorumlu olmaya devam eder. Bir plan isteyin: okul çocuğunuz için nasıl yeniden güvenli olacak ve çocuğunuz o zamana kadar hangi eğitimi alacak?
    - Okulla anlaşmadan çocuğunuzu evde mi tutuyorsunuz? O zaman bu devamsızlık (verzuim) sayılır. Bu yüzden okulla ve leerplichtambtenaar (zorunlu eğitim görevlisi) ile anlaşmalar yapın ve bunları yazıya geçirin, örneğin bir e-postada. Zorunlu eğitim görevlisi: { $leerplicht }
    - Başka bir okula mı geçmek istiyorsunuz? Çocuğunuzu o okula yazılı olarak kaydettirin (menüde 'Kayıt' seçeneğini seçin). Çocuğunuz orada kaydedilene kadar şimdiki okul sorumlu olmaya devam eder.
    - Çocuğunuz kaygılı veya mutsuz mu? Menüde 'Korku, mutsuzluk' seçeneğini seçin. Çocuğunuz De Kindertelefoon (kindertelefoon.nl) ile kendisi de konuşabilir.
    - Tavsiye: { $oco }
