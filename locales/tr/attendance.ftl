# Flow: attendance (leerplicht: verzuim, leerplicht'ten mektup veya görüşme, para cezası veya proces-verbaal, verlof). Translated from locales/nl/attendance.ftl.
attendance-start =
    Leerplicht (zorunlu eğitim) şu demektir: çocuğunuz okula gitmek zorundadır; okul ve belediye de buna dikkat eder. Sorunuz ne hakkında?
attendance-c-reported = Okul devamsızlık (verzuim) bildirdi veya leerplichtambtenaar (zorunlu eğitim görevlisi) beni arıyor ya da bana yazıyor
attendance-c-fine = Para cezası veya proces-verbaal (resmî tutanak) ile tehdit ediliyorum
attendance-c-leave = Çocuğum için izin (verlof) istemek istiyorum
attendance-c-home = Çocuğum okula gidemediği için evde kalıyor

attendance-reported =
    Leerplichtambtenaar'dan (zorunlu eğitim görevlisi) bir mektup veya telefon gelmesi insanı korkutabilir. Böyle bir mektup henüz bir ceza değildir.
    - Okullar devamsızlığı (verzuim) bildirmek zorundadır; örneğin bir öğrenci 4 hafta içinde geçerli bir neden olmadan 16 saat veya daha fazla ders kaçırırsa.
    - Leerplichtambtenaar en çok çocuğunuzun yeniden eğitim almasını ister. Sizinle birlikte çözüm düşünebilir ve sizinle okul arasında arabuluculuk yapabilir.
    - Davete gidin. Neler yaşandığını anlatın, örneğin hastalık, korku veya uygun bir okul yerinin olmaması. Mektupları ve e-postaları, olanları yazdığınız bir listeyi de yanınıza alın.
    - Çocuğunuz hasta mı? O zaman her seferinde okula hastalık bildirimi yapın.
    - Zorunlu eğitim görevlisi: { $leerplicht }
    - Tavsiye: { $oco }

# Also used in the flow home_without_school.
attendance-fine =
    Para cezası veya proces-verbaal ile tehdit edilmek korkutucudur. Sakin olun: yapabileceğiniz çok şey var.
    - Proces-verbaal, leerplichtambtenaar'ın (zorunlu eğitim görevlisi) hazırladığı resmî bir tutanaktır. Bundan sonra bir para cezası gelebilir. Bu, devamsızlığı çözmek için işbirliği yapmayan veliler içindir. Siz işbirliği yapıyor musunuz? O zaman bunu gösterin.
    - Okul uygun eğitim (passend onderwijs) sunamadığı için mi çocuğunuz evde? O zaman zorunlu eğitim görevlilerinin derneği Ingrado önce bir görüşme yapılmasını bekler. Ingrado velileri o zaman Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) ve Onderwijsconsulenten'e (bağımsız eğitim danışmanları) yönlendirir.
    - Yazılı olarak cevap verin, örneğin e-postayla: ne oluyor, şimdiye kadar neler yaptınız? Bir görüşme ve çocuğunuzun eğitimi için bir plan isteyin.
    - Tüm mektupları ve e-postaları saklayın ve olanları not edin.
    - Yardım: Onderwijsconsulenten 070-312 28 87 (ücretsiz) veya { $oco }. Hukuki sorular için: Juridisch Loket (hukuki danışma merkezi) 0900-8020 (dakikası €0,25).
    Bu genel bilgidir, hukuki tavsiye değildir.

attendance-leave =
    İzni (verlof: okul tatilleri dışında izin) okul müdürüne yazılı olarak ve zamanında başvurarak istersiniz.
    - Okul tatilleri dışında tatile, ancak bir velinin işi okul tatillerinde tatil yapmayı imkânsız kılıyorsa izin verilir. O zaman bu, okul yılında bir kez, en fazla 10 okul günü için ve okul yılının ilk 2 haftası dışında mümkündür.
    - Başka önemli bir nedenle izin, örneğin ailede bir düğün veya cenaze: okul yılı başına en fazla 10 okul gününe kadar müdür karar verir. Daha fazla gün için leerplichtambtenaar (zorunlu eğitim görevlisi) karar verir.
    - Dinî bir bayram: bunu müdüre en az 2 gün önceden bildirin.
    - Çocuğunuz hasta mı? O zaman bu izin değildir: çocuğunuzun hastalığını okula bildirin.
    Karara katılmıyor musunuz? Gerekçeyi yazılı olarak isteyin ve tavsiye alın: { $oco }
