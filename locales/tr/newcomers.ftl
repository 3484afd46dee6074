# Flow: newcomers (Hollanda'ya yeni gelenler). Translated from locales/nl/newcomers.ftl.
newcomers-start =
    Hollanda'ya yeni mi geldiniz? Hollanda'da yaşayan her çocuğun eğitim hakkı vardır. Ne öğrenmek istersiniz?
newcomers-c-rights = Çocuğum oturma izni veya BSN olmadan okula gidebilir mi?
newcomers-c-school = Çocuğuma hangi okul veya sınıf uygun?
newcomers-c-azc = Bir azc'de (sığınmacı merkezi) veya noodopvang'da (acil barınma yeri) yaşıyoruz
newcomers-c-ukraine = Ukrayna'dan geliyoruz
newcomers-c-support = Çocuğumun dilin yanında başka yardıma da ihtiyacı var
newcomers-c-under-6 = 6 yaşından küçük
newcomers-c-6-12 = 6–12 yaş (basisschool, ilkokul)
newcomers-c-12-16 = 12–16 yaş (middelbare school, ortaokul/lise)
newcomers-c-16-18 = 16 veya 17 yaş

newcomers-rights =
    Evet. Hollanda'da yaşayan her çocuğun, oturma izni veya BSN (vatandaşlık hizmet numarası) olsun ya da olmasın, eğitim hakkı vardır.
    - Leerplicht (zorunlu eğitim) BSN olmasa bile çocuğunuz için de geçerlidir.
    - Çocuğunuzu BSN olmadan da okula kaydettirebilirsiniz. Bir okul, oturma izniniz olmadığı için çocuğunuzu reddedemez.
    - Sığınmacıların çocukları en kısa sürede, en geç 3 ay içinde okula başlamalıdır. Leerplicht hemen geçerlidir.
    Olmuyor mu? Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }. Veya tavsiye alın: { $oco }
    Bu kuruluşlar Hollandaca konuşur. Tercüman isteyebilirsiniz.

newcomers-age = Çocuğunuz kaç yaşında?

newcomers-under-6 =
    Çocuklar 4 yaşından itibaren basisschool'a (ilkokul) gidebilir. Leerplicht (zorunlu eğitim), çocuğunuz 5 yaşını doldurduktan sonraki ayın ilk okul gününde başlar.
    - Çocuğunuzu zamanında yakındaki bir basisschool'a kaydettirin, tercihen başlamak istediği tarihten en az 10 hafta önce. Bu, BSN olmadan da mümkündür.
    - Çocuğunuz henüz Hollandaca konuşmuyor mu? Okula hangi yardımların olduğunu sorun.
    - Sorularınız mı var? { $oco }

newcomers-primary =
    Amsterdam'da, henüz Hollandaca konuşmayan ve 1 yıldan kısa süredir Hollanda'da olan 6-12 yaş arası çocuklar önce bir nieuwkomersklas'a (yeni gelenler sınıfı) gider.
    - Çocuğunuzu normal bir basisschool'a (ilkokul) kaydettirirsiniz; bu okula stamschool (ana okul) denir. O okul, nieuwkomersklas'taki yeri Centraal meldpunt nieuwkomers po (yeni gelenler için merkezi başvuru noktası) üzerinden ayarlar.
    - Bu, BSN olmadan da mümkündür.
    Yardım: { $oco }

newcomers-primary-elsewhere =
    Çocuğunuzu yakındaki bir basisschool'a (ilkokul) kaydettirin. Bu, BSN olmadan da mümkündür.
    - Çocuğunuz henüz Hollandaca konuşmuyor mu? Belediyenizde bunun nasıl işlediğini okula veya belediyeye sorun, örneğin bir nieuwkomersklas (yeni gelenler sınıfı) olup olmadığını.
    - İşler yolunda gitmezse leerplichtambtenaar (zorunlu eğitim görevlisi) yardım eder: { $leerplicht }
    Yardım: { $oco }

newcomers-secondary =
    Amsterdam'da, henüz Hollandaca konuşmayan 12-18 yaş arası gençler bir Internationale Schakelklas'a (ISK, uluslararası geçiş sınıfı) veya yeni gelenler için başka bir sınıfa gider.
    - Çocuğunuzu böyle bir sınıfı olan bir middelbare school'a (ortaokul/lise) doğrudan kendiniz kaydettirirsiniz.
    - Bu, BSN olmadan da mümkündür.
    Yardım: { $oco }

newcomers-secondary-elsewhere =
    Çocuğunuzu yakındaki bir middelbare school'a (ortaokul/lise) kaydettirin. Bu, BSN olmadan da mümkündür.
    - Çocuğunuz henüz Hollandaca konuşmuyor mu? Okula veya belediyeye yeni gelenler için hangi sınıfın olduğunu sorun, örneğin bir Internationale Schakelklas (ISK, uluslararası geçiş sınıfı).
    - İşler yolunda gitmezse leerplichtambtenaar (zorunlu eğitim görevlisi) yardım eder: { $leerplicht }
    Yardım: { $oco }

newcomers-older =
    16 ve 17 yaşındaki gençler de okula gitmek zorundadır. 18 yaşına kadar kwalificatieplicht (yeterlilik yükümlülüğü) geçerlidir: bir startkwalificatie (temel diploma) alana kadar okula gitmek. Bu, havo, vwo veya mbo (seviye 2 veya üstü) diplomasıdır.
    - Amsterdam'da gençler 18 yaşına kadar bir Internationale Schakelklas'a (ISK, uluslararası geçiş sınıfı) gidebilir. Bunun için çocuğunuzu doğrudan böyle bir sınıfı olan bir middelbare school'a (ortaokul/lise) kaydettirirsiniz.
    - Başka bir yerde mi yaşıyorsunuz? Belediyeye hangi okulun veya eğitimin uygun olduğunu sorun.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) size yol gösterir: { $leerplicht }
    Yardım: { $oco }

newcomers-azc =
    Bir azc'de (sığınmacı merkezi) veya noodopvang'da (acil barınma yeri) mı yaşıyorsunuz? Oturma durumunuz ne olursa olsun, nerede yaşarsanız yaşayın ve ne kadar kalırsanız kalın, çocuğunuzun eğitim hakkı vardır.
    - Sığınmacıların çocukları en kısa sürede, en geç 3 ay içinde okula başlamalıdır. Leerplicht (zorunlu eğitim) hemen geçerlidir.
    - Çoğu azc'nin yakınında sabit bir ilkokul (basisschool) vardır. Okulu kendiniz de seçebilirsiniz. 12-18 yaş arası gençler genellikle önce bir Internationale Schakelklas'a (ISK, uluslararası geçiş sınıfı) gider.
    - Çocuğunuzun hangi okula gidebileceğini barınma yerinizdeki çalışanlara (azc'de: COA, sığınmacıların kabulünden sorumlu kurum) veya barınma yerinin bulunduğu belediyenin leerplichtambtenaar'ına (zorunlu eğitim görevlisi) sorun.
    - Zorunlu eğitim görevlisi: { $leerplicht }
    - Olmuyor mu? Ouders & Onderwijs'i (veliler ve eğitim danışma hattı) arayın: 0800-5010 (ücretsiz). Hollandaca konuşurlar; tercüman isteyebilirsiniz.

newcomers-ukraine =
    Ukrayna'dan mı geliyorsunuz? Hollanda'daki diğer tüm çocuklar gibi çocuğunuz için de Hollanda'nın leerplicht'i (zorunlu eğitim) geçerlidir. Oturma durumunuz ne olursa olsun, çocuğunuzun her zaman eğitim hakkı vardır.
    - Çocuğunuzu yakınınızdaki bir Hollanda okuluna kaydettirin. Bu, BSN olmadan da mümkündür.
    - Çocuğunuz Ukrayna'daki bir okulun çevrim içi derslerine de mi katılıyor? O zaman da çocuğunuzun Hollanda'da bir okula kayıtlı olması gerekir.
    - Belediyenin sağladığı bir barınma yerinde mi yaşıyorsunuz? O zaman belediye okulda bir yer bulmanıza yardım edebilir. Okulu kendiniz de seçebilirsiniz.
    - Zorunlu eğitim görevlisi: { $leerplicht }
    - Yardım: { $oco }
    Bu kuruluşlar Hollandaca konuşur. Tercüman isteyebilirsiniz.

newcomers-support =
    Çocuğunuzun Hollandaca dilinin yanında başka yardıma da ihtiyacı var mı? O zaman bazen uygun bir yer bulmak zor olabilir. Bunu tek başınıza çözmek zorunda değilsiniz.
    Sorunuzu bir danışmana iletiyorum.
