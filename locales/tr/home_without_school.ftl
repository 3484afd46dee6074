# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl.
home_without_school-start =
    Çocuğunuz okulsuz evde mi oturuyor? Ne zamandan beri?
home_without_school-c-short = 4 haftadan kısa
home_without_school-c-long = 4 haftadan uzun
home_without_school-c-not-enrolled = Çocuğum hiçbir okula kayıtlı değil
home_without_school-c-veilig-thuis = Okul veya leerplicht (zorunlu eğitim görevlisi) bizi Veilig Thuis'e bildirmekle tehdit ediyor
home_without_school-c-self = Önce kendim neler yapabileceğimi okumak istiyorum

home_without_school-short =
    Çocuğunuzun kayıtlı olduğu okul, çocuğunuzun eğitiminden sorumlu olmaya devam eder. Samenwerkingsverband (bölgesel okul destek birliği) uygun bir yer olmasını sağlamak zorundadır.
    Yapabilecekleriniz:
    - Okuldan yazılı olarak bir görüşme ve bir plan isteyin: çocuğunuz ne zaman okula geri dönecek ve o zamana kadar hangi eğitimi alacak?
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin. Okula dönüşte yardım eder ve arabuluculuk yapabilir.
    - Samenwerkingsverband'dan birlikte çözüm düşünmesini isteyin.
    - Tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010. Amsterdam'da: OCO 020-330 63 20.

home_without_school-long =
    Çocuğunuz vrijstelling (muafiyet) olmadan 4 haftadan uzun süredir evde mi? O zaman çocuğunuz bir thuiszitter'dir (okulsuz evde oturan çocuk). Artık Onderwijsconsulenten'den (eğitim danışmanları) de ücretsiz yardım isteyebilirsiniz.
    Ne yapmak istersiniz?

home_without_school-long-steps =
    Yapabilecekleriniz:
    - Onderwijsconsulenten'den (eğitim danışmanları) ücretsiz yardım isteyin: 070-312 28 87 (hafta içi 9.00–12.30 ve 13.30–16.30) veya web sitelerindeki quickscan (kısa başvuru formu) üzerinden.
    - Genellikle önce okulla ve samenwerkingsverband (bölgesel okul destek birliği) ile konuşup konuşmadığınızı sorarlar. Çocuğunuz hiç eğitim almıyor mu? O zaman bu önce gerekli değildir.
    - Okulla ve leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişimi sürdürün ve yazılı bir plan isteyin.
    - Hiçbir şey olmuyor mu? Durumu Inspectie'ye (eğitim müfettişliği) bildirin: 088-669 60 60. Bu bir uyarıdır; Inspectie sizin meselenizi kendisi çözmez.

home_without_school-not-enrolled =
    Çocuğunuz hiçbir okula kayıtlı değil ve vrijstelling'i (muafiyet) de yok mu? Buna 'absoluut verzuim' (tam devamsızlık) denir. O zaman çocuğunuz en kısa sürede yeniden bir okula kaydedilmelidir.
    Yapabilecekleriniz:
    - Çocuğunuzu bir okula yazılı olarak kaydettirin. Çocuğunuzun ek desteğe ihtiyacı var mı? Bunu da yazın. O zaman o okulun zorgplicht'i (uygun yer bulma sorumluluğu) olur.
    - Belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) ile iletişime geçin. Size yardım edebilir.
    - Tavsiye: Onderwijsconsulenten (eğitim danışmanları) 070-312 28 87 veya Ouders & Onderwijs 0800-5010.

home_without_school-veilig-thuis =
    Sadece okula gitmemek, Veilig Thuis'e (aile içi şiddet ve çocuk istismarı danışma ve ihbar merkezi) bildirim için bir neden değildir. Bunu zorunlu eğitim görevlilerinin derneği Ingrado söylüyor. Böyle bir bildirimle tehdit etmek doğru değildir.
    - Okul yine de bildirim yapmak mı istiyor? O zaman okul bunu önce sizinle konuşmak zorundadır.
    - Bir görüşmede endişelerin tam olarak ne olduğunu sorun ve çocuğunuzun eğitimi için bir plan isteyin.
    - Tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010 veya Onderwijsconsulenten (eğitim danışmanları) 070-312 28 87.
