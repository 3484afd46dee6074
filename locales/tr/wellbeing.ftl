# Flow: wellbeing (korku, mutsuzluk, okula gitmeye cesaret edememe). Translated from locales/nl/wellbeing.ftl.
wellbeing-start =
    Çocuğunuz iyi değil mi? Hangisi en uygun?
wellbeing-c-crisis = Çocuğum intiharı düşünüyor veya artık yaşamak istemiyor
wellbeing-c-anxious = Çocuğum kaygılı veya mutsuz, ya da okula gitmeye cesaret edemiyor
wellbeing-c-exemption = Çocuğum hastalık veya ruhsal sorunlar yüzünden hiç okula gidemiyor
wellbeing-c-fewer-hours = Okul, çocuğumun daha az saat gelmesini istiyor
wellbeing-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

wellbeing-crisis =
    Çocuğunuz intiharı mı düşünüyor veya artık yaşamak istemediğini mi söylüyor? Bunu her zaman ciddiye alın.
    - 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın. Bunu çocuğunuzla birlikte de yapabilirsiniz.
    - Acil bir tehlike mi var? 112'yi arayın.
    - Aile hekiminizle (huisarts) de iletişime geçin.
    Sorunuzu şimdi öncelikli olarak bir danışmana iletiyorum.

wellbeing-anxious =
    Korku, mutsuzluk veya okula gitmeye cesaret edememe: bu durumda yalnız değilsiniz.
    - Okuldan bir plan hakkında görüşme isteyin: çocuğunuzun (yeniden) okula gidebilmesi için neye ihtiyacı var? Çocuğunuzun eğitiminden okul sorumlu olmaya devam eder.
    - Aile hekimi (huisarts) veya belediyeniz aracılığıyla yardım arayın. Amsterdam'da bu, Ouder- en Kindteam'dir (ebeveyn ve çocuk ekibi); okulda genellikle bir ouder- en kindadviseur (ebeveyn ve çocuk danışmanı) da vardır.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi), okula dönüş konusunda birlikte düşünebilir.
    - Okul hakkında tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı), 0800-5010.

wellbeing-exemption =
    Çocuğunuz bedensel veya psikolojik nedenlerle hiç okula gidemiyor mu? O zaman leerplicht'ten (zorunlu eğitim) bir vrijstelling (muafiyet) mümkündür (madde 5 onder a, yani 5. madde a bendi).
    - Belediyenin belirlediği bağımsız bir doktor, psikolog veya pedagogdan bir rapor gerekir. Bu kişi sizin kendi aile hekiminiz veya çocuğunuzun tedavi uzmanı olamaz.
    - Muafiyet 1 yıl geçerlidir. Her yıl 1 Temmuz'dan önce yeniden başvurmanız gerekir.
    - Belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) size nasıl işlediğini anlatır.
    Dikkat: muafiyetle çocuğunuz artık okula gitmek zorunda değildir. Bunun eğitim ve yardım açısından ne anlama geldiğini önce okulla ve bir danışmanla konuşun.
