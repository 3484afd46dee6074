# Flow: newcomers (Hollanda'ya yeni gelenler). Translated from locales/nl/newcomers.ftl.
newcomers-start =
    Hollanda'ya yeni mi geldiniz? Hollanda'da yaşayan her çocuğun eğitim hakkı vardır. Ne öğrenmek istersiniz?
newcomers-c-rights = Çocuğum oturma izni veya BSN olmadan okula gidebilir mi?
newcomers-c-school = Çocuğuma hangi okul veya sınıf uygun?
newcomers-c-support = Çocuğumun dilin yanında başka yardıma da ihtiyacı var
newcomers-c-6-12 = 6-12 yaş
newcomers-c-12-18 = 12-18 yaş
newcomers-c-under-6 = 6 yaşından küçük

newcomers-rights =
    Evet. Hollanda'da yaşayan her çocuğun, oturma izni veya BSN (vatandaşlık hizmet numarası) olsun ya da olmasın, eğitim hakkı vardır.
    - Leerplicht (zorunlu eğitim) BSN olmasa bile çocuğunuz için de geçerlidir.
    - Bir okul, oturma izniniz olmadığı için çocuğunuzu reddedemez.
    - Sığınmacıların çocukları 3 ay içinde okula başlamalıdır.
    Olmuyor mu? Belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) ile iletişime geçin veya Ouders & Onderwijs'i (veliler ve eğitim danışma hattı) arayın: 0800-5010. Amsterdam'da: OCO 020-330 63 20.

newcomers-age = Çocuğunuz kaç yaşında?

newcomers-primary =
    Amsterdam'da, henüz Hollandaca konuşmayan ve 1 yıldan kısa süredir Hollanda'da olan 6-12 yaş arası çocuklar önce bir nieuwkomersklas'a (yeni gelenler sınıfı) gider.
    - Çocuğunuzu normal bir ilkokula (stamschool, ana okul) kaydettirirsiniz. O okul, nieuwkomersklas'taki yeri Centraal meldpunt nieuwkomers po (yeni gelenler için merkezi başvuru noktası) üzerinden ayarlar.
    - Başka bir yerde mi yaşıyorsunuz? Orada nasıl işlediğini belediyeye veya yakındaki bir ilkokula sorun.
    Amsterdam'da yardım: OCO 020-330 63 20. Başka yerlerde: Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010.

newcomers-secondary =
    Amsterdam'da, henüz Hollandaca konuşmayan 12-18 yaş arası gençler bir Internationale Schakelklas'a (ISK, uluslararası geçiş sınıfı) veya bir EOA sınıfına (yeni gelen gençler için hazırlık sınıfı) gider.
    - Çocuğunuzu böyle bir sınıfı olan bir ortaokula/liseye doğrudan kendiniz kaydettirirsiniz.
    - Başka bir yerde mi yaşıyorsunuz? Orada nasıl işlediğini belediyeye veya yakındaki bir ortaokula/liseye sorun.
    Amsterdam'da yardım: OCO 020-330 63 20. Başka yerlerde: Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010.

newcomers-support =
    Çocuğunuzun Hollandaca dilinin yanında başka yardıma da ihtiyacı var mı? O zaman bazen uygun bir yer bulmak zor olabilir. Bunu tek başınıza çözmek zorunda değilsiniz.
    Sorunuzu bir danışmana iletiyorum.
