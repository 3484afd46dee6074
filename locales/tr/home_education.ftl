# Flow: home_education (evde eğitim, muafiyet 5 onder b). Translated from locales/nl/home_education.ftl.
# Evde eğitim, okula gitmeden evde kalmaktan (thuiszitten) farklıdır: ikisini ayrı tutun.
home_education-start =
    Evde eğitim şu demektir: çocuğunuza evde ders vermeyi kendiniz seçersiniz. Bu, çocuğun okula gidemeden evde kalmasından (thuiszitten) farklıdır. Ne öğrenmek istersiniz?
home_education-c-rules = Çocuğuma evde kendim eğitim vermek istiyorum
home_education-c-thuiszitter = Çocuğum okula gidemediği için evde kalıyor
home_education-c-school-says = Okul, çocuğuma evde ders vermem gerektiğini söylüyor
home_education-c-ill = Çocuğum hasta olduğu veya psikolojik nedenlerle okula gidemediği için muafiyet
home_education-c-what-now = Çocuğum evde kalıyorsa ne yapabilirim?

home_education-rules =
    Evde eğitim, sadece Leerplichtwet'in (Zorunlu Eğitim Yasası) madde 5 onder b'sine (5. madde b bendi) göre leerplicht'ten (zorunlu eğitim) bir vrijstelling (muafiyet) ile mümkündür. Bu da ancak evinize makul uzaklıktaki tüm okulların dinî veya dünya görüşüne dayalı yönelimine itirazınız varsa mümkündür.
    - Öğretim şekline katılmamak geçerli bir neden değildir.
    - Muafiyeti zamanında belediyeye bildirmeniz gerekir. Bunu nasıl ve ne zaman yapacağınızı leerplichtambtenaar'a (zorunlu eğitim görevlisi) sorun: { $leerplicht }
    - Çocuğunuz şu anda bir okula kayıtlı mı? O zaman genellikle okul yılının ortasında öylece evde eğitime geçemezsiniz.
    Dikkat: evde eğitim, okula gidemeden evde kalmaktan farklıdır. Çocuğunuz okula gidemediği için mi evde? O zaman menüde 'Çocuğum okula gidemeden evde kalıyor' seçeneğini seçin.

home_education-thuiszitter =
    O zaman çocuğunuz bir thuiszitter'dir (okula gidemeden evde kalan çocuk). Bu, evde eğitimden farklıdır ve bu fark önemlidir:
    - Çocuğunuzun kayıtlı olduğu okul ve samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) uygun eğitimden sorumlu olmaya devam eder.
    - Eğitimi sizin üstlenmeniz gerekmez.
    - Bazı veliler mecburiyetten bir vrijstelling (muafiyet) başvurusu yapar. Bunun sonuçları vardır: okul o zaman artık eğitim vermek zorunda değildir. Önce bir danışmanla konuşun.
    Ne yapmak istersiniz?

home_education-school-says =
    Hayır, okul sizi çocuğunuza evde ders vermeye zorlayamaz. Çocuğunuz (kısmen) evde olsa bile eğitimden okul sorumlu olmaya devam eder. Bu evde eğitim değildir.
    Yapabilecekleriniz:
    - Okula, çocuğunuzun hangi eğitimi aldığını ve bunu kimin sağladığını yazılı olarak sorun.
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) bildirin: { $leerplicht }. Samenwerkingsverband'a (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) da bildirin: { $swv }
    - Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010) veya Onderwijsconsulenten'den (bağımsız eğitim danışmanları, 070-312 28 87) tavsiye alın.

home_education-ill =
    Çocuğunuz bedensel veya psikolojik nedenlerle okula gidemiyor mu? O zaman başka bir vrijstelling (muafiyet) söz konusudur: madde 5 onder a (5. madde a bendi).
    - Belediyenin belirlediği bağımsız bir doktor, psikolog veya pedagogdan bir rapor gerekir. Bu kişi sizin kendi aile hekiminiz veya çocuğunuzun tedavi uzmanı olamaz.
    - Muafiyet 1 yıl geçerlidir. Genellikle her yıl 1 Temmuz'dan önce yeniden düzenlemeniz gerekir.
    - Çocuğunuz zamanın bir bölümünde okula gidebiliyor mu? O zaman muafiyet olmadan da OPP (çocuğunuzun destek planı) üzerinden daha az saat mümkündür.
    Dikkat: muafiyetle çocuğunuz artık okula gitmek zorunda değildir ve okul da artık eğitim vermek zorunda değildir. Bunun eğitim ve yardım açısından ne anlama geldiğini önce okulla, leerplichtambtenaar (zorunlu eğitim görevlisi) ile ve bir danışmanla konuşun.
