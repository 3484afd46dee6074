# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl.
# { $leerplicht }, { $swv }, { $oco }, { $okt } are the region's contacts (flows/regions/), or main.ftl's contact-*-elsewhere.
home_without_school-start =
    Çocuğunuzun okula gidemeden evde kalması çok can sıkıcı. Size seve seve yardım ederim. Hangisi en uygun?
home_without_school-c-short = Çocuğum 4 haftadan kısa süredir evde
home_without_school-c-long = Çocuğum 4 haftadan uzun süredir evde
home_without_school-c-not-enrolled = Çocuğum hiçbir okula kayıtlı değil
home_without_school-c-ill = Çocuğum hasta, kaygılı veya okula gitmeye cesaret edemiyor
home_without_school-c-fine = Okul veya leerplichtambtenaar (zorunlu eğitim görevlisi) para cezası veya proces-verbaal (resmî tutanak) ile tehdit ediyor
home_without_school-c-veilig-thuis = Okul veya leerplichtambtenaar (zorunlu eğitim görevlisi) bizi Veilig Thuis'e bildirmekle tehdit ediyor

home_without_school-short =
    Çocuğunuzun kayıtlı olduğu okul, çocuğunuz evde olsa bile eğitiminden sorumlu olmaya devam eder. Samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) uygun bir yer olmasını sağlamak zorundadır.
    Yapabilecekleriniz:
    - Okuldan yazılı olarak, iki hafta içinde okul, samenwerkingsverband ve leerplichtambtenaar (zorunlu eğitim görevlisi) ile birlikte bir görüşme isteyin. Sabit tek bir irtibat kişisi ve yazılı bir plan isteyin: çocuğunuz ne zaman okula geri dönecek ve o zamana kadar hangi eğitimi alacak?
    - Leerplichtambtenaar okula dönüşte yardım eder ve arabuluculuk yapabilir: { $leerplicht }
    - Samenwerkingsverband: { $swv }
    - Olanları not edin: tarihler, görüşmeler ve çocuğunuzun kaç saat ders aldığı.
    - Tavsiye: { $oco }

# Also the answer to "my child has been home more than 4 weeks" in other flows: the steps first, then the adviser.
home_without_school-long-steps =
    Çocuğunuzun bu kadar uzun süredir evde olması çok ağır. Bu durumda yalnız değilsiniz. Şimdi yapabilecekleriniz:
    - Hemen Onderwijsconsulenten'e (ücretsiz ve bağımsız eğitim danışmanları) başvurun: 070-312 28 87, hafta içi 9.00–12.30 ve 13.30–16.30, veya onderwijsconsulenten.nl'deki quickscan (kısa başvuru formu) üzerinden. Sizi geri aramaları birkaç hafta sürebilir: bu yüzden başvurmak için beklemeyin.
    - Genellikle önce okulla ve samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) ile konuşup konuşmadığınızı sorarlar. Çocuğunuz hiç eğitim almıyor mu? Bunu başvuru sırasında söyleyin.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }
    - Samenwerkingsverband'dan birlikte yer aramasını isteyin: { $swv }
    - Olanları not edin: tarihler, görüşmeler ve çocuğunuzun kaç saat ders aldığı.
    - Hiçbir şey olmuyor mu? Durumu Inspectie'ye (eğitim müfettişliği) bildirin: 088-669 60 60 (pazartesi–cuma 9–12 ve 13–16). Bu bir uyarıdır; Inspectie sizin meselenizi kendisi çözmez.
    - Okula şikâyet ettiniz ve işe yaramadı mı? O zaman 1 yıl içinde Kinderombudsman'a (çocuk ombudsmanı) başvurabilirsiniz: 0800-876 54 32.
    Bir danışmanın sizinle birlikte bakmasını ister misiniz? Aşağıda bunu seçin.

home_without_school-not-enrolled =
    Çocuğunuz hiçbir okula kayıtlı değil ve vrijstelling'i (muafiyet) de yok mu? Buna 'absoluut verzuim' (tam devamsızlık) denir. Yasaya göre okula kayıttan veli olarak siz sorumlusunuz. Bu konuda yardım alabilirsiniz.
    - Çocuğunuzu en kısa sürede bir okula yazılı olarak kaydettirin; çocuğunuzun henüz BSN'si (vatandaşlık hizmet numarası) olmasa bile. Çocuğunuzun ek desteğe ihtiyacı var mı? Bunu da yazın. O zaman o okulun zorgplicht'i (uygun yer bulma sorumluluğu) olur: okul uygun bir yer sağlamak zorundadır.
    - Dikkat: okul karar verene kadar (en fazla 10 hafta) çocuğunuza henüz ders vermek zorunda değildir. Bu yüzden hemen leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }
    - Okul, siz istemeden çocuğunuzun kaydını mı sildi? O zaman bu, okuldan çıkarma (verwijdering) sayılır. Menüde 'Okul çocuğumu okuldan çıkarmak istiyor' seçeneğini seçin.
    - Kimse işbirliği yapmıyor mu? O zaman leerplichtambtenaar bir proces-verbaal (resmî tutanak) hazırlayabilir. Bu yüzden leerplichtambtenaar ve okulla iletişimi sürdürün.
    - Tavsiye: Onderwijsconsulenten (bağımsız eğitim danışmanları) 070-312 28 87 (ücretsiz) veya { $oco }

home_without_school-veilig-thuis =
    Veilig Thuis ile tehdit edilmek sizi korkuttu mu? Bu çok anlaşılır.
    - Sadece okula gitmemek, Veilig Thuis'e bildirim için bir neden değildir. Bunu zorunlu eğitim görevlilerinin derneği Ingrado söylüyor. Böyle bir bildirimle tehdit etmek doğru değildir.
    - Okul yine de bildirim yapmak mı istiyor? O zaman okulun bunu önce sizinle konuşması gerekir.
    - Veilig Thuis, aile içi şiddet ve çocuk istismarı için danışma ve ihbar merkezidir. Polis değildir.
    - Bir görüşmede endişelerin tam olarak ne olduğunu sorun ve çocuğunuzun eğitimi için bir plan isteyin.
    - Okulun dikkatli davranmadığını mı düşünüyorsunuz? O zaman şikâyette bulunabilirsiniz. Menüde 'Bir öğretmen veya okul hakkında şikâyet' seçeneğini seçin.
    - Tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010 (ücretsiz) veya Onderwijsconsulenten (bağımsız eğitim danışmanları) 070-312 28 87.
    Bu genel bilgidir, hukuki tavsiye değildir.
