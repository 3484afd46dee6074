# Flow: home_education (evde eğitim, muafiyet 5 onder b). Translated from locales/nl/home_education.ftl.
# Evde eğitim, okulsuz evde oturmaktan farklıdır: ikisini ayrı tutun.
home_education-start =
    Evde eğitim şu demektir: çocuğunuza evde ders vermeyi kendiniz seçersiniz. Bu, çocuğun okulsuz evde oturmasından (thuiszitten) farklıdır. Ne öğrenmek istersiniz?
home_education-c-rules = Çocuğuma evde kendim eğitim vermek istiyorum
home_education-c-thuiszitter = Okul yürümediği için çocuğum evde oturuyor
home_education-c-school-says = Okul, çocuğuma evde ders vermem gerektiğini söylüyor
home_education-c-ill = Çocuğum hasta olduğu veya psikolojik nedenlerle okula gidemediği için muafiyet
home_education-c-what-now = Çocuğum evde oturuyorsa ne yapabilirim?

home_education-rules =
    Evde eğitim, sadece leerplicht'ten (zorunlu eğitim) madde 5 onder b'ye (5. madde b bendi) göre bir vrijstelling (muafiyet) ile mümkündür. Bu da ancak evinize makul uzaklıktaki tüm okulların dini veya dünya görüşüne dayalı yönelimine itirazınız varsa mümkündür.
    - Öğretim şekline katılmamak geçerli bir neden değildir.
    - Nasıl işlediğini belediyenizin leerplichtambtenaar'ına (zorunlu eğitim görevlisi) sorun.
    Dikkat: evde eğitim, okulsuz evde oturmaktan farklıdır. Çocuğunuz okul yürümediği için mi evde? O zaman menüde 'Çocuğum okulsuz evde oturuyor' seçeneğini seçin.

home_education-thuiszitter =
    O zaman çocuğunuz bir thuiszitter'dir (okulsuz evde oturan çocuk). Bu, evde eğitimden farklıdır ve bu fark önemlidir:
    - Çocuğunuzun kayıtlı olduğu okul ve samenwerkingsverband (bölgesel okul destek birliği) uygun eğitimden sorumlu olmaya devam eder.
    - Eğitimi sizin üstlenmeniz gerekmez.
    - Bazı veliler mecburiyetten bir vrijstelling (muafiyet) başvurusu yapar. Bunun sonuçları vardır. Önce bir danışmanla konuşun.
    Ne yapmak istersiniz?

home_education-school-says =
    Hayır, okul sizi çocuğunuza evde ders vermeye zorlayamaz. Çocuğunuz (kısmen) evde olsa bile eğitimden okul sorumlu olmaya devam eder. Bu evde eğitim değildir.
    Yapabilecekleriniz:
    - Okula, çocuğunuzun hangi eğitimi aldığını ve bunu kimin sağladığını yazılı olarak sorun.
    - Durumu leerplichtambtenaar'a (zorunlu eğitim görevlisi) ve samenwerkingsverband'a (bölgesel okul destek birliği) bildirin.
    - Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010) veya Onderwijsconsulenten'den (eğitim danışmanları, 070-312 28 87) tavsiye alın.

home_education-ill =
    Çocuğunuz bedensel veya psikolojik nedenlerle okula gidemiyor mu? O zaman başka bir vrijstelling (muafiyet) söz konusudur: madde 5 onder a (5. madde a bendi).
    - Belediyenin belirlediği bağımsız bir doktor, psikolog veya pedagogdan bir rapor gerekir. Bu kişi sizin kendi aile hekiminiz veya çocuğunuzun tedavi uzmanı olamaz.
    - Muafiyet 1 yıl geçerlidir. Her yıl 1 Temmuz'dan önce yeniden başvurmanız gerekir.
    Dikkat: muafiyetle çocuğunuz artık okula gitmek zorunda değildir. Bunun eğitim ve yardım açısından ne anlama geldiğini önce okulla, leerplichtambtenaar (zorunlu eğitim görevlisi) ile ve bir danışmanla konuşun.
