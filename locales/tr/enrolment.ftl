# Flow: enrolment (kayıt, kabul, zorgplicht). Translated from locales/nl/enrolment.ftl.
enrolment-start =
    Çocuğunuzu bir okula kaydettirmek mi istiyorsunuz, yoksa bir okul çocuğunuzu kabul etmiyor mu? Sorunuz ne hakkında?
enrolment-c-how = Çocuğumu okula nasıl kaydettiririm?
enrolment-c-refused = Okul çocuğumu kabul etmiyor
enrolment-c-slow = Okul karar vermiyor veya çok uzun sürüyor
enrolment-c-home-over-4-weeks = Çocuğumun okulu yok ve 4 haftadan uzun süredir evde

enrolment-how =
    Çocuğunuzu şöyle kaydettirirsiniz:
    - Çocuğunuzu ilk tercihiniz olan okula yazılı olarak kaydettirin; çocuğunuzun adı, cinsiyeti, doğum tarihi ve BSN'si (vatandaşlık hizmet numarası) ile.
    - Çocuğunuzun ek desteğe ihtiyacı var mı? Bunu da yazın. O zaman o okulun zorgplicht'i (uygun yer bulma sorumluluğu) olur.
    - Okul 6 hafta içinde karar verir. Okul bu süreyi bir kez 4 hafta uzatabilir.
    - Okul desteği kendisi veremiyor mu? O zaman okul, sizinle birlikte bu desteği verebilecek bir okul aramak zorundadır.
    Tavsiye: Onderwijsconsulenten (eğitim danışmanları) 070-312 28 87 veya Ouders & Onderwijs (veliler ve eğitim danışma hattı) 0800-5010.

enrolment-refused =
    Kayıt sırasında çocuğunuzun ek desteğe ihtiyacı olduğunu söylediniz mi? O zaman okul çocuğunuzu ancak başka bir okul çocuğunuzu kabul edeceğini söyledikten sonra reddedebilir.
    İstisna: herkes için dolu olan bir okulun zorgplicht'i (uygun yer bulma sorumluluğu) yoktur.
    Yapabilecekleriniz:
    - Okuldan kararı ve gerekçelerini yazılı olarak isteyin. Katılmıyor musunuz? O zaman okul yönetim kuruluna bezwaar (resmî itiraz) yapın.
    - 6 hafta içinde ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) da başvurabilirsiniz.
    - Tavsiye: Onderwijsconsulenten (eğitim danışmanları) 070-312 28 87, Ouders & Onderwijs 0800-5010. Amsterdam'da: OCO 020-330 63 20.

enrolment-slow =
    Okul, yazılı kaydınızdan sonra 6 hafta içinde karar vermek zorundadır. Okul bu süreyi bir kez 4 hafta uzatabilir.
    10 hafta sonra hâlâ karar yok mu? O zaman çocuğunuz geçici olarak kabul edilmiş sayılır.
    Yapabilecekleriniz:
    - Kaydınızın tarihli bir kopyasını saklayın.
    - Okula kararın ne zaman geleceğini yazılı olarak sorun.
    - Tavsiye: Onderwijsconsulenten (eğitim danışmanları) 070-312 28 87 (ücretsiz).
