# Flow: suspension (schorsing, okuldan geçici uzaklaştırma). Translated from locales/nl/suspension.ftl.
suspension-start =
    Schorsing (okuldan geçici uzaklaştırma) durumunda çocuğunuz kısa bir süre okula gelemez. Sorunuz ne hakkında?
suspension-c-rules = Uzaklaştırma (schorsing) için kurallar nelerdir?
suspension-c-disagree = Uzaklaştırmaya katılmıyorum
suspension-c-longer = Uzaklaştırma bir haftadan uzun sürüyor veya bitiş tarihi yok
suspension-c-removal = Okul çocuğumu ayrıca okuldan çıkarmak da istiyor
suspension-c-po = İlkokul (basisschool)
suspension-c-vo = Ortaokul/lise (middelbare school)
suspension-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

suspension-rules =
    Schorsing (okuldan geçici uzaklaştırma) için kurallar şunlardır:
    - Bir uzaklaştırma en fazla 1 hafta (5 okul günü) sürer.
    - Okul size kararı ve gerekçelerini yazılı olarak verir.
    - Uzaklaştırma 1 günden uzun mu sürüyor? O zaman okul yönetim kurulu Inspectie'yi (eğitim müfettişliği) yazılı olarak bilgilendirmek zorundadır. Genellikle leerplichtambtenaar (zorunlu eğitim görevlisi) de haberdar edilir.
    - Okul eğitim vermeye devam eder, örneğin ev ödevleriyle. Çocuğunuzun hangi okul ödevlerini alacağını okula sorun.
    Sorularınız mı var? Ouders & Onderwijs'i (veliler ve eğitim danışma hattı) arayın: 0800-5010 (ücretsiz).

suspension-disagree =
    Uzaklaştırmaya katılmıyor musunuz? Yapabilecekleriniz:
    - Bezwaar (resmî itiraz) yapın: 6 hafta içinde okul yönetim kuruluna bir mektup gönderin. Yönetim kurulu genellikle yaklaşık 4 hafta içinde cevap verir.
    - Hâkimlere göre okul önce çocuğunuzu, sizi ve öğretmeni dinlemelidir. Kararda nasıl itiraz edeceğiniz yazmalıdır. Bu yapılmadı mı? Bunu itirazınıza yazın.
    - Okulun şikâyet komisyonuna da şikâyette bulunabilir veya leerplichtambtenaar'dan (zorunlu eğitim görevlisi) arabuluculuk yapmasını isteyebilirsiniz.
    - Çok mu acil? O zaman bir hâkimden hızlı, geçici bir karar vermesini isteyebilirsiniz. Bu konuda önce tavsiye alın.
    Mektubunuz için yardım: Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010. Amsterdam'da: OCO 020-330 63 20.

suspension-longer = Çocuğunuz ilkokula (basisschool) mı, yoksa ortaokul/liseye (middelbare school) mi gidiyor?

suspension-longer-po =
    İlkokulda bir schorsing (okuldan geçici uzaklaştırma) hiçbir zaman 1 haftadan (5 okul günü) uzun süremez.
    Yapabilecekleriniz:
    - Okula, çocuğunuzun hangi günden itibaren okula dönebileceğini yazılı olarak (örneğin e-postayla) sorun.
    - Belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) ile iletişime geçin.
    - Çocuğunuzun okula dönmesine izin verilmiyor mu? Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010) veya Onderwijsconsulenten'den (eğitim danışmanları, 070-312 28 87, ücretsiz) tavsiye alın.

suspension-longer-vo =
    Ortaokul/lisede bir schorsing (okuldan geçici uzaklaştırma) ancak okul bir verwijdering (okuldan çıkarma) süreci yürütüyorsa 1 haftadan uzun sürebilir. Okul o zaman önce Inspectie (eğitim müfettişliği) ile görüşmek zorundadır.
    Yapabilecekleriniz:
    - Okula, bir okuldan çıkarma süreci olup olmadığını ve okulun Inspectie ile görüşüp görüşmediğini yazılı olarak sorun.
    - Okul bu süre içinde eğitim vermeye devam eder, örneğin ev ödevleriyle.
    - Leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin. Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010) veya Onderwijsconsulenten'den (eğitim danışmanları, 070-312 28 87, ücretsiz) tavsiye alın.
