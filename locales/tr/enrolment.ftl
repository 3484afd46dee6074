# Flow: enrolment (kayıt, kabul, zorgplicht). Translated from locales/nl/enrolment.ftl.
enrolment-start =
    Çocuğunuzu bir okula kaydettirmek mi istiyorsunuz, yoksa bir okul çocuğunuzu kabul etmiyor mu? Sorunuz ne hakkında?
enrolment-c-how = Çocuğumu okula nasıl kaydettiririm?
enrolment-c-refused = Okul çocuğumu kabul etmiyor
enrolment-c-slow = Okul karar vermiyor veya çok uzun sürüyor
enrolment-c-home-over-4-weeks = Çocuğumun okulu yok ve 4 haftadan uzun süredir evde

enrolment-how =
    Çocuğunuzu şöyle kaydettirirsiniz:
    - Çocuğunuzu ilk tercihiniz olan okula yazılı olarak kaydettirin: çocuğunuzun adı, cinsiyeti, doğum tarihi ve varsa BSN'si (vatandaşlık hizmet numarası) ile.
    - Henüz BSN yok mu? Yine de kaydettirin. Okul, BSN'si veya oturma izni olmadığı için çocuğunuzu reddedemez.
    - Zamanında kaydettirin, tercihen çocuğunuzun başlamak istediği tarihten en az 10 hafta önce.
    - Çocuğunuzun ek desteğe ihtiyacı var mı? Bunu da yazın. Birden fazla okula mı başvuruyorsunuz? Hangisinin ilk tercihiniz olduğunu söyleyin. O okulun zorgplicht'i (uygun yer bulma sorumluluğu) vardır: okul, o okulda veya başka bir okulda uygun bir yer sağlamak zorundadır.
    - Okul 6 hafta içinde karar verir. Okul bu süreyi bir kez 4 hafta uzatabilir.
    Tavsiye: Onderwijsconsulenten (bağımsız eğitim danışmanları) 070-312 28 87 (ücretsiz) veya { $oco }

enrolment-refused =
    Çocuğunuz reddedildi mi? Bu hayal kırıklığı yaratır. Kurallar şunlardır:
    - Kayıt sırasında çocuğunuzun ek desteğe ihtiyacı olduğunu söylediniz mi? O zaman okul çocuğunuzu ancak başka bir okul çocuğunuzun orada kabul edileceğini söyledikten sonra reddedebilir.
    - İstisnalar: okul herkes için dolu, ya da siz bir bijzondere school'un (devlet okulu olmayan, örneğin dinî bir okul) grondslag'ına (din veya dünya görüşü temeli) saygı göstermiyorsunuz.
    Yapabilecekleriniz:
    - Okuldan kararı ve gerekçelerini yazılı olarak isteyin. Katılmıyor musunuz? O zaman 6 hafta içinde okul yönetim kuruluna (schoolbestuur) bezwaar (resmî itiraz) yapın.
    - Çocuğunuzun ek desteğe ihtiyacı var mı? O zaman 6 hafta içinde ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) da başvurabilirsiniz.
    - Tavsiye: Onderwijsconsulenten (bağımsız eğitim danışmanları) 070-312 28 87 (ücretsiz) veya { $oco }
    Bu genel bilgidir, hukuki tavsiye değildir.

enrolment-slow =
    Okul, yazılı kaydınızdan sonra 6 hafta içinde karar vermek zorundadır. Okul bu süreyi bir kez 4 hafta uzatabilir.
    - 10 hafta sonra hâlâ karar yok mu ve çocuğunuz başka bir okula kayıtlı değil mi? O zaman çocuğunuz geçici olarak kabul edilir.
    - Çocuğunuz hâlâ başka bir okula kayıtlı mı? O zaman o okul sorumlu olmaya devam eder. Bir karar çıkmadan çocuğunuzu oradan almayın.
    - Çocuğunuz hiçbir okula kayıtlı değil mi? O zaman yeni okul bu haftalarda henüz ders vermek zorunda değildir. Bu yüzden hemen leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin: { $leerplicht }. Samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) ile de iletişime geçin: { $swv }
    - Kaydınızın tarihli bir kopyasını saklayın. Okula kararın ne zaman geleceğini yazılı olarak sorun.
    Tavsiye: Onderwijsconsulenten (bağımsız eğitim danışmanları) 070-312 28 87 (ücretsiz).
    Bu genel bilgidir, hukuki tavsiye değildir.
