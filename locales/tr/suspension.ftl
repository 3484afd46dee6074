# Flow: suspension (schorsing, okuldan geçici uzaklaştırma). Translated from locales/nl/suspension.ftl.
suspension-start =
    Schorsing (okuldan geçici uzaklaştırma) durumunda çocuğunuz kısa bir süre okula gelemez. Bu hem çocuğunuz hem de sizin için can sıkıcıdır. Sorunuz ne hakkında?
suspension-c-rules = Uzaklaştırma (schorsing) için kurallar nelerdir?
suspension-c-disagree = Uzaklaştırmaya katılmıyorum
suspension-c-letter = Bir itiraz mektubu (bezwaarbrief) için yardım istiyorum
suspension-c-again = Çocuğum tekrar tekrar uzaklaştırılıyor
suspension-c-longer = Uzaklaştırma bir haftadan uzun sürüyor veya bitiş tarihi yok
suspension-c-removal = Okul çocuğumu ayrıca okuldan çıkarmak da istiyor
suspension-c-po = Basisschool (ilkokul, 4–12 yaş)
suspension-c-vo = Middelbare school (ortaokul/lise, 12–18 yaş)
suspension-c-so = Speciaal onderwijs (özel eğitim: so veya vso)
suspension-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

suspension-rules =
    Schorsing (okuldan geçici uzaklaştırma) için kurallar şunlardır:
    - Bir uzaklaştırma en fazla 1 hafta (5 okul günü) sürer. Sadece middelbare school'da (ortaokul/lise), okul bir verwijdering (okuldan çıkarma) süreci yürütüyorsa bazen daha uzun sürebilir.
    - Okul size kararı ve gerekçelerini yazılı olarak verir.
    - Uzaklaştırma 1 günden uzun mu sürüyor? O zaman okul yönetim kurulu (schoolbestuur) Inspectie'yi (eğitim müfettişliği) yazılı olarak bilgilendirmek zorundadır. Genellikle leerplichtambtenaar (zorunlu eğitim görevlisi) de haberdar edilir.
    - Okul eğitim vermeye devam eder, örneğin ev ödevleriyle. Çocuğunuzun hangi okul ödevlerini alacağını okula sorun.
    Sorularınız mı var? Ouders & Onderwijs'i (veliler ve eğitim danışma hattı) arayın: 0800-5010 (ücretsiz).

suspension-disagree =
    Uzaklaştırmaya katılmıyor musunuz? Yapabilecekleriniz:
    - Nasıl bezwaar (resmî itiraz) yapacağınızı schoolgids'te (okul rehberi) veya leerlingenstatuut'ta (öğrenci yönetmeliği) bulabilirsiniz. Yasa bunu her okul için zorunlu kılmaz, ama okulların çoğu itiraz imkânı sunar. Bir openbare school'da (devlet okulu) Algemene wet bestuursrecht (Genel İdare Hukuku Kanunu) geçerlidir: o zaman 6 hafta içinde okul yönetim kuruluna (schoolbestuur) bir mektup gönderin.
    - İtirazınıza verilen karar genellikle uzaklaştırma bittikten sonra gelir. Yine de itiraz etmek faydalıdır: dosyada yer alır ve çocuğunuz tekrar uzaklaştırılırsa dikkate alınır.
    - Mahkeme kararlarına göre okul önce çocuğunuzu, sizi ve öğretmeni dinlemelidir. Kararda nasıl itiraz edeceğiniz yazmalıdır. Bu yapılmadı mı? Bunu itirazınıza yazın.
    - Okulun klachtencommissie'sine (şikâyet komisyonu) şikâyette de bulunabilir veya leerplichtambtenaar'dan (zorunlu eğitim görevlisi) arabuluculuk yapmasını isteyebilirsiniz.
    - Çok mu acil? Bir openbare school'da (devlet okulu) bestuursrechter'den (idare mahkemesi hâkimi) bir voorlopige voorziening (hızlı, geçici bir karar) istersiniz. Hristiyan veya İslami okul gibi bir bijzondere school'da (devlet okulu olmayan okul) ise bu, civiele rechter'de (hukuk mahkemesi) bir avukatla açılan bir kort geding'dir (acil yargılama). Juridisch Loket (hukuki danışma merkezi): 0900-8020.
    Mektubunuz için yardım: { $oco }
    Bu genel bilgidir, hukuki tavsiye değildir.

suspension-again =
    Çocuğunuz tekrar tekrar mı uzaklaştırılıyor? Bu ağır bir durum. O zaman çocuğunuzun neye ihtiyacı olduğuna birlikte bakmak iyi olur.
    - Her uzaklaştırma en fazla 1 hafta sürer. Okul kararı ve gerekçelerini yazılı olarak verir. Tüm mektupları saklayın.
    - Bir uzaklaştırma bitmiş olsa bile itiraz (bezwaar) edin: çocuğunuz tekrar uzaklaştırılırsa bu dikkate alınır.
    - Okuldan, çocuğunuzun ihtiyaç duyduğu destek ve bir OPP (ontwikkelingsperspectief: çocuğunuzun destek planı) hakkında bir görüşme isteyin.
    - Uygun eğitimden (passend onderwijs) okul sorumlu olmaya devam eder. Destek tıkandı mı? Onderwijsconsulenten'den (bağımsız eğitim danışmanları) ücretsiz yardım isteyin: 070-312 28 87.
    - Tavsiye: { $oco }

suspension-longer = Çocuğunuz hangi okula gidiyor?

suspension-longer-po =
    Basisschool'da (ilkokul) bir schorsing (okuldan geçici uzaklaştırma) hiçbir zaman 1 haftadan (5 okul günü) uzun süremez. Bitiş tarihi olmayan bir uzaklaştırmaya izin yoktur: bir mahkeme bunu hukuka aykırı buldu.
    Yapabilecekleriniz:
    - Okula, çocuğunuzun hangi günden itibaren okula dönebileceğini yazılı olarak (örneğin e-postayla) sorun.
    - Çocuğunuzun okula dönmesine izin verilmiyor mu? O zaman bu, okuldan çıkarmaya veya okula gidemeden evde kalmaya benziyor. Menüde 'Okul çocuğumu okuldan çıkarmak istiyor' veya 'Çocuğum okula gidemeden evde kalıyor' seçeneğini seçin.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }
    - Tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı, 0800-5010, ücretsiz) veya Onderwijsconsulenten (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz).
    Bu genel bilgidir, hukuki tavsiye değildir.

suspension-longer-vo =
    Middelbare school'da (ortaokul/lise) bir schorsing (okuldan geçici uzaklaştırma) ancak okul bir verwijdering (okuldan çıkarma) süreci yürütüyorsa 1 haftadan uzun sürebilir. Okul o zaman önce Inspectie (eğitim müfettişliği) ile görüşmek zorundadır.
    Yapabilecekleriniz:
    - Okula, bir okuldan çıkarma süreci olup olmadığını ve okulun Inspectie ile görüşüp görüşmediğini yazılı olarak sorun.
    - Okul bu süre içinde sorumlu olmaya devam eder ve eğitim verir, örneğin ev ödevleriyle.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }
    - Tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı, 0800-5010, ücretsiz) veya Onderwijsconsulenten (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz).
    Bu genel bilgidir, hukuki tavsiye değildir.

suspension-longer-so =
    Speciaal onderwijs'te (özel eğitim, so ve vso) da bir uzaklaştırma en fazla 1 hafta (5 okul günü) sürer. Kararı ve gerekçelerini yazılı olarak alırsınız ve okul eğitim vermeye devam eder.
    Yapabilecekleriniz:
    - Daha uzun mu sürüyor veya bitiş tarihi yok mu? Okula yazılı olarak nedenini ve çocuğunuzun hangi günden itibaren dönebileceğini sorun.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }
    - Tavsiye: Ouders & Onderwijs (veliler ve eğitim danışma hattı, 0800-5010, ücretsiz) veya Onderwijsconsulenten (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz).
    Bu genel bilgidir, hukuki tavsiye değildir.
