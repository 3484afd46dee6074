# Flow: partial_hours (uyarlanmış program, daha az saat). Translated from locales/nl/partial_hours.ftl.
partial_hours-start =
    Çocuğunuz okul saatlerinin sadece bir bölümünde mi okula gidebiliyor? Buna sadece sıkı koşullarla izin verilir.
    Kısaltılmış okul saatleri bir ontwikkelingsperspectief'te (OPP, çocuğun gelişim planı) yazılı mı ve bu planın handelingsdeel'ini (uygulama bölümü) imzaladınız mı?
partial_hours-c-yes = Evet, bir OPP var ve imzaladım
partial_hours-c-no = Hayır, veya bilmiyorum
partial_hours-c-teach-home = Okul, çocuğuma evde ders vermem gerektiğini söylüyor
partial_hours-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir tamamen evde

partial_hours-with-opp =
    Bir okul ancak çocuğunuz psikolojik veya bedensel nedenlerle okul saatlerinin tamamına katılamıyorsa daha az ders saati verebilir. Koşullar:
    - Bu OPP'de (çocuğun gelişim planı) yazılıdır ve handelingsdeel'i (uygulama bölümü) imzalamışsınızdır.
    - Konu tıbbi bir tedavi veya hastalık değil mi? O zaman okulun, belirli bir saat sayısı ve belirli bir süre için Inspectie'nin (eğitim müfettişliği) iznine de ihtiyacı vardır.
    - Bu geçicidir. Bitiş tarihi olan ve saatlerin giderek artırıldığı yazılı bir plan isteyin.
    İşler anlaşıldığı gibi gitmiyor mu? Okulla ve samenwerkingsverband (bölgesel okul destek birliği) ile konuşun veya Onderwijsconsulenten'i (eğitim danışmanları) arayın: 070-312 28 87 (ücretsiz).
    OPP'ye katılmıyor musunuz? O zaman ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) başvurabilirsiniz.

partial_hours-without-opp =
    Handelingsdeel'i (uygulama bölümü) sizin tarafınızdan imzalanmış bir OPP (çocuğun gelişim planı) olmadan okul, çocuğunuza daha az saat ders veremez. Bu anlaşmalar olmadan (kısmen) evde oturan çocuğa 'verborgen thuiszitter' (gizli evde oturan çocuk) denir.
    Yapabilecekleriniz:
    - Okuldan bitiş tarihi olan ve saatlerin giderek artırıldığı yazılı bir plan isteyin. Plana katılmıyorsanız imzalamak zorunda değilsiniz.
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) ve samenwerkingsverband'a (bölgesel okul destek birliği) bildirin.
    - Onderwijsconsulenten'den (eğitim danışmanları) tavsiye alın: 070-312 28 87 (ücretsiz).
    - Durumu Inspectie'ye (eğitim müfettişliği) bildirin: 088-669 60 60. Bu bir uyarıdır; Inspectie sizin meselenizi kendisi çözmez.

partial_hours-teach-home =
    Hayır, okul sizi çocuğunuza evde ders vermeye zorlayamaz. Çocuğunuz (kısmen) evde olsa bile çocuğunuzun eğitiminden okul sorumlu olmaya devam eder.
    Yapabilecekleriniz:
    - Okula, çocuğunuzun hangi eğitimi aldığını ve bunu kimin sağladığını yazılı olarak sorun.
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) ve samenwerkingsverband'a (bölgesel okul destek birliği) bildirin.
    - Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010) veya Onderwijsconsulenten'den (eğitim danışmanları, 070-312 28 87) tavsiye alın.
