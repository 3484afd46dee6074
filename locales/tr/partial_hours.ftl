# Flow: partial_hours (uyarlanmış program, daha az saat). Translated from locales/nl/partial_hours.ftl.
partial_hours-start =
    Çocuğunuz okul saatlerinin sadece bir bölümünde mi okula gidebiliyor? Buna sadece belirli koşullarla izin verilir. İyi düzenlenirse bu geçici bir çözüm olabilir.
    Kısaltılmış okul saatleri bir OPP'de (ontwikkelingsperspectief: çocuğunuzun destek planı) yazılı mı ve handelingsdeel'i imzaladınız mı? Handelingsdeel, OPP'nin yardımla ilgili bölümüdür.
partial_hours-c-yes = Evet, bir OPP var ve imzaladım
partial_hours-c-no = Hayır, veya bilmiyorum
partial_hours-c-teach-home = Okul, çocuğuma evde ders vermem gerektiğini söylüyor
partial_hours-c-slow-swv = Samenwerkingsverband'ı bekliyoruz ve bu uzun sürüyor
partial_hours-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir tamamen evde

partial_hours-with-opp =
    Bir okul ancak çocuğunuz psikolojik veya bedensel nedenlerle okul saatlerinin tamamına katılamıyorsa daha az ders saati verebilir. Koşullar:
    - Bu OPP'de (çocuğunuzun destek planı) yazılıdır ve handelingsdeel'i (yardımla ilgili bölüm) imzalamışsınızdır.
    - Konu tıbbi bir tedavi veya hastalık değil mi? O zaman okulun, belirli bir saat sayısı ve belirli bir süre için Inspectie'nin (eğitim müfettişliği) iznine de ihtiyacı vardır. Okula, Inspectie'nin hangi tarihe kadar izin verdiğini sorun.
    - Bu geçicidir. Bitiş tarihi olan ve saatlerin giderek artırıldığı yazılı bir plan isteyin.
    İşler anlaşıldığı gibi gitmiyor mu? Bunu okulla ve samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) ile konuşun: { $swv }. Veya Onderwijsconsulenten'i (bağımsız eğitim danışmanları) arayın: 070-312 28 87 (ücretsiz).
    OPP'ye katılmıyor musunuz? O zaman ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) başvurabilirsiniz.

partial_hours-without-opp =
    Handelingsdeel'i sizin tarafınızdan imzalanmış bir OPP (çocuğunuzun destek planı) olmadan okul, çocuğunuza daha az saat ders veremez. Bu anlaşmalar olmadan (kısmen) evde kalan çocuğa 'verborgen thuiszitter' (gizli evde kalan çocuk) denir.
    Yapabilecekleriniz:
    - Okuldan bitiş tarihi olan ve saatlerin giderek artırıldığı yazılı bir plan isteyin. Böyle düzenlenirse daha az saat iyi bir geçici çözüm olabilir.
    - Plana katılmıyor musunuz? O zaman imzalamak zorunda değilsiniz. Ama çocuğunuz bu yüzden kendiliğinden yeniden tam gün okula gitmez: okulun o zaman ne yapacağını sorun ve yardım isteyin.
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) bildirin: { $leerplicht }. Samenwerkingsverband'a (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) da bildirin: { $swv }
    - Onderwijsconsulenten'den (bağımsız eğitim danışmanları) tavsiye alın: 070-312 28 87 (ücretsiz).
    - Durumu Inspectie'ye (eğitim müfettişliği) bildirin: 088-669 60 60 (pazartesi–cuma 9–12 ve 13–16). Bu bir uyarıdır; Inspectie sizin meselenizi kendisi çözmez.
    Çocuğunuz henüz 4 yaşında mı? O zaman henüz zorunlu eğitim çağında değildir. Leerplicht (zorunlu eğitim), çocuğunuzun 5 yaşını doldurduğu ayı izleyen ayın ilk okul gününde başlar. Çocuğunuz bir okula kayıtlı mı? O zaman o okul şimdi de uygun eğitimden sorumludur. Bunun çocuğunuz için ne anlama geldiğini bir danışmana sorun.

partial_hours-teach-home =
    Hayır, okul sizi çocuğunuza evde ders vermeye zorlayamaz. Çocuğunuz (kısmen) evde olsa bile çocuğunuzun eğitiminden okul sorumlu olmaya devam eder.
    Yapabilecekleriniz:
    - Okula, çocuğunuzun hangi eğitimi aldığını ve bunu kimin sağladığını yazılı olarak sorun.
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) bildirin: { $leerplicht }. Samenwerkingsverband'a (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) da bildirin: { $swv }
    - Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010) veya Onderwijsconsulenten'den (bağımsız eğitim danışmanları, 070-312 28 87) tavsiye alın.

partial_hours-slow-swv =
    Samenwerkingsverband'ın (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) zaman ayırmasını mı beklemek zorundasınız? Sessizce beklemeyin.
    - Okul sorumlu olmaya devam eder. Okuldan, o zamana kadar geçerli yazılı bir plan isteyin: çocuğunuz kaç saat ders alıyor ve ona kim rehberlik ediyor?
    - Samenwerkingsverband'a bunun daha erken olup olamayacağını sorun ve çocuğunuzun şu anda (kısmen) evde olduğunu söyleyin: { $swv }
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) bildirin: { $leerplicht }
    - Destek tıkandı mı? Onderwijsconsulenten'den (bağımsız eğitim danışmanları) ücretsiz yardım isteyin: 070-312 28 87. Sizi geri aramaları birkaç hafta sürebilir: bu yüzden hemen başvurun.
    - Durumu Inspectie'ye (eğitim müfettişliği) bildirin: 088-669 60 60 (pazartesi–cuma 9–12 ve 13–16). Bu bir uyarıdır; Inspectie sizin meselenizi kendisi çözmez.
