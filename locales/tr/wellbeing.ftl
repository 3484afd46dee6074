# Flow: wellbeing (korku, mutsuzluk, okula gitmeye cesaret edememe, hastalık). Translated from locales/nl/wellbeing.ftl.
wellbeing-start =
    Çocuğunuz iyi değil mi? Bu endişe verici. Hangisi en uygun?
wellbeing-c-crisis = Çocuğum intiharı düşünüyor veya artık yaşamak istemiyor
wellbeing-c-anxious = Çocuğum kaygılı veya mutsuz, ya da okula gitmeye cesaret edemiyor
wellbeing-c-options = Şu anda okula gidemiyorsa, eğitim için hangi seçenekler var?
wellbeing-c-exemption = Çocuğum hastalık veya ruhsal sorunlar yüzünden hiç okula gidemiyor
wellbeing-c-fewer-hours = Okul, çocuğumun daha az saat gelmesini istiyor
wellbeing-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

wellbeing-crisis =
    Çocuğunuz intiharı mı düşünüyor veya artık yaşamak istemediğini mi söylüyor? Bunu her zaman ciddiye alın.
    - 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın. Bunu çocuğunuzla birlikte de yapabilirsiniz.
    - Acil bir tehlike mi var? 112'yi arayın.
    - Aile hekiminizle (huisarts) de iletişime geçin. Akşamları ve hafta sonları: huisartsenpost (nöbetçi aile hekimi).
    - Bu yardım hatları Hollandaca konuşur. Tercüman isteyebilirsiniz.
    Bizi beklemeyin: Wegwijzer'in danışmanları kriz ekibi değildir ve her zaman hemen ulaşılabilir değildir. Emin değilseniz 113'ü veya 112'yi arayın.

wellbeing-anxious =
    Çocuğunuzun kaygılı veya mutsuz olması çok ağır. Bu durumda yalnız değilsiniz.
    - Bazen bir çocuğun önce toparlanmak için dinlenmeye ihtiyacı olur, örneğin zorbalıktan veya okulda kötü geçen bir dönemden sonra. Ouders & Onderwijs (veliler ve eğitim danışma hattı), böyle durumlarda çocuğu bir an önce okula dönmeye zorlamanın işe yaramadığını görüyor. Küçük adımlardan oluşan bir plan isteyin.
    - Çocuğunuzun eğitiminden okul sorumlu olmaya devam eder. Bir görüşme isteyin: çocuğunuzun neye ihtiyacı var? Çocuğunuz da neye ihtiyacı olduğunu kendisi anlatsın.
    - Çocuğunuz için yardım: aile hekimi (huisarts) aracılığıyla veya { $okt }
    - Çocuğunuz okulu çok kaçırıyorsa jeugdarts (jeugdgezondheidszorg'un, yani çocuk ve gençlik sağlık hizmetinin doktoru) sizinle birlikte düşünebilir ve okula dönüşe yardım edebilir. Belediyenizdeki jeugdgezondheidszorg'u kendiniz arayabilirsiniz.
    - Çocuğunuz De Kindertelefoon (çocuklar için danışma hattı, kindertelefoon.nl) ile kendisi de konuşabilir.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) okula dönüş konusunda birlikte düşünebilir: { $leerplicht }
    - Okul hakkında tavsiye: { $oco }

wellbeing-options =
    Şu anda bütün gün okula gitmek mümkün değil mi? Seçenekler var. Okul sorumlu olmaya devam eder ve sizinle birlikte uygun bir eğitim aramak zorundadır.
    - OPP (ontwikkelingsperspectief: çocuğunuzun destek planı) üzerinden kişiye özel çözüm (maatwerk), örneğin saatleri yeniden artırma planıyla birlikte geçici olarak daha az saat. Hastalık veya tıbbi tedavi durumunda okulun bunun için Inspectie'den (eğitim müfettişliği) izin istemesi gerekmez. Okul OPP'yi sizinle görüşerek hazırlar. OPP'nin yardımla ilgili bölümü (handelingsdeel) için sizin onayınız gerekir.
    - Okula (geçici olarak) uzaktan eğitimin (afstandsonderwijs) veya yarım günlerin mümkün olup olmadığını sorun.
    - Çocuğunuz uzun süredir veya ağır hasta mı? O zaman da, çocuğunuz okula gidemese bile, eğitimden okul sorumlu olmaya devam eder. Okul, hasta öğrencilerin eğitimine destek veren bir danışmandan (consulent onderwijsondersteuning zieke leerlingen, OZL) ücretsiz yardım isteyebilir. Daha fazla bilgi: ziezon.nl.
    - Bazı okullar eğitim ve bakımı birlikte, bir onderwijszorgarrangement (eğitim ve bakım düzenlemesi) içinde sunar. Okula ve samenwerkingsverband'a (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) bunun mümkün olup olmadığını sorun: { $swv }
    - Birlikte çözüm bulamıyor musunuz? Onderwijsconsulenten'den (bağımsız eğitim danışmanları) ücretsiz yardım isteyin: 070-312 28 87.
    - Leerplicht'ten (zorunlu eğitim) vrijstelling (muafiyet) son adımdır. Muafiyet olduğunda okul çocuğunuza artık eğitim vermek zorunda değildir. Daha az saat, muafiyet olmadan da OPP üzerinden mümkündür.

wellbeing-exemption =
    Çocuğunuz bedensel veya psikolojik nedenlerle hiç okula gidemiyor mu? O zaman leerplicht'ten (zorunlu eğitim) bir vrijstelling (muafiyet) mümkündür (madde 5 onder a, yani 5. madde a bendi).
    - Belediyenin belirlediği bağımsız bir doktor, psikolog veya pedagogdan bir rapor gerekir. Bu kişi sizin kendi aile hekiminiz veya çocuğunuzun tedavi uzmanı olamaz.
    - Muafiyet 1 yıl geçerlidir. Genellikle her yıl 1 Temmuz'dan önce yeniden düzenlemeniz gerekir.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) size nasıl işlediğini anlatır: { $leerplicht }
    Dikkat: muafiyetle çocuğunuz artık okula gitmek zorunda değildir ve okul da artık eğitim vermek zorunda değildir. Çocuğunuz zamanın bir bölümünde okula gidebiliyor mu? O zaman muafiyet olmadan, OPP (çocuğunuzun destek planı) üzerinden daha az saat mümkündür. Neyin en uygun olduğunu önce okulla ve bir danışmanla konuşun.
