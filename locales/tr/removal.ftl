# Flow: removal (verwijdering, okuldan çıkarma). Translated from locales/nl/removal.ftl.
removal-start =
    Okul çocuğunuzu okuldan çıkarmak (verwijdering) mı istiyor, yoksa bu zaten oldu mu? Sorunuz ne hakkında?
removal-c-rules = Okul çocuğumu okuldan çıkarmadan önce ne yapmak zorunda?
removal-c-disagree = Bir karar var ve bu karara katılmıyorum
removal-c-support = Çocuğumun ek desteğe ihtiyacı var
removal-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

removal-rules =
    Bir okul bir öğrenciyi öylece okuldan çıkaramaz. Okul şunları yapmak zorundadır:
    - önce sizi ve öğretmeni veya öğretmenleri dinlemek;
    - kararı gerekçeleriyle birlikte yazılı olarak vermek;
    - Inspectie'yi (eğitim müfettişliği) ve leerplichtambtenaar'ı (zorunlu eğitim görevlisi) bilgilendirmek. Bir ortaokul/lise, karar vermeden önce Inspectie ile görüşmek zorundadır;
    - önce çocuğunuzu kabul edecek başka bir okul bulmak. Okuldan çıkarma ancak o zaman kesinleşebilir.
    Okul, siz istemeden çocuğunuzun kaydını mı sildi? Bu da okuldan çıkarma sayılır.
    Bir ortaokul/lise, bir öğrenciyi düşük notlar yüzünden okul yılının ortasında okuldan çıkaramaz.
    Sorularınız mı var? Ouders & Onderwijs (veliler ve eğitim danışma hattı): 0800-5010 (ücretsiz).

removal-disagree =
    Karara katılmıyor musunuz? Yapabilecekleriniz:
    - 6 hafta içinde okul yönetim kuruluna yazılı bezwaar (resmî itiraz) yapın. İtirazınızı sözlü olarak da açıklayabilir ve dosyayı inceleyebilirsiniz.
    - 6 hafta içinde Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) başvurun. Bu ücretsizdir. Komisyon 10 hafta içinde tavsiyesini verir. Okul yönetim kurulu, itirazınız hakkında ancak bu tavsiye geldikten sonra karar verir.
    - Okul bu arada çocuğunuzu okul dışında tutabilir. Bir hâkimden hızlı, geçici bir karar vermesini isteyebilirsiniz. Bu konuda önce tavsiye alın.
    Tavsiye: Ouders & Onderwijs 0800-5010 veya Onderwijsconsulenten (eğitim danışmanları) 070-312 28 87 (zaten bir dava sürüyorsa değil). Amsterdam'da: OCO 020-330 63 20.

removal-support =
    Çocuğunuzun ek desteğe ihtiyacı var mı? O zaman Geschillencommissie Passend Onderwijs (uygun eğitim anlaşmazlık komisyonu), okulun önce şunları yapmasını bekler:
    - çocuğunuzun ontwikkelingsperspectief'ini (OPP, çocuğun gelişim planı) yeniden gözden geçirmek;
    - okulun türü ve yönelimi hakkında sizinle görüşmek (örneğin devlet okulu veya Hristiyan okulu);
    - hangi okulların uygun olduğunu ve yol süresinin ne kadar olduğunu sıralamak.
    Yeni bir okul çocuğunuzu gerçekten kaydedene kadar çocuğunuz şimdiki okulda kayıtlı kalır. O zamana kadar şimdiki okul sorumludur.
    Tavsiye: Onderwijsconsulenten (eğitim danışmanları), 070-312 28 87 (ücretsiz).
