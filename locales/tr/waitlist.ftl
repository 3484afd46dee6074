# Flow: waitlist (özel eğitim veya gençlik yardımı bekleme listesi). Translated from locales/nl/waitlist.ftl.
waitlist-start =
    Çocuğunuz bir bekleme listesinde mi? Çocuğunuz neyi bekliyor?
waitlist-c-school = Özel (ilk) eğitimde (speciaal onderwijs) bir yer
waitlist-c-care = Jeugdhulp (gençlik yardımı), inceleme veya tedavi
waitlist-c-tlv = Bir toelaatbaarheidsverklaring (TLV, özel eğitime kabul belgesi)
waitlist-c-both = Okul ve bakım kurumları birbirini işaret ediyor
waitlist-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

waitlist-school =
    Çocuğunuz beklerken, çocuğunuzun şu anda kayıtlı olduğu okul sorumlu olmaya devam eder (zorgplicht, uygun yer bulma sorumluluğu). Bu, yeni bir okul çocuğunuzu gerçekten kaydedene kadar böyle kalır.
    Yapabilecekleriniz:
    - Okuldan bir ara çözüm (tussenoplossing) isteyin: bir yer bulunana kadar eğitim ve rehberlik.
    - Samenwerkingsverband (bölgesel okul destek birliği), bölgedeki her çocuğun uygun bir yeri olmasını sağlamak zorundadır. Samenwerkingsverband'dan birlikte yer aramasını isteyin.
    - Çocuğunuz bu arada hiç veya çok az ders mi alıyor? Onderwijsconsulenten'i (eğitim danışmanları) arayın: 070-312 28 87 (ücretsiz).

waitlist-care =
    Çocuğunuzun ihtiyacı varsa belediye jeugdhulp (gençlik yardımı) sağlamak zorundadır.
    - Yardım için belediyenize başvurun. Amsterdam'da bu, Ouder- en Kindteam (ebeveyn ve çocuk ekibi) üzerinden, okuldaki ouder- en kindadviseur (ebeveyn ve çocuk danışmanı) aracılığıyla da olur.
    - Belediyenin bir kararına katılmıyor musunuz? O zaman 6 hafta içinde bezwaar (resmî itiraz) yapın.
    - Beklerken de çocuğunuzun eğitiminden okul sorumlu olmaya devam eder. Okuldan bir ara çözüm isteyin.

waitlist-tlv =
    Speciaal basisonderwijs (sbo, özel ilk eğitim) ve (voortgezet) speciaal onderwijs (so/vso, özel eğitim) için bir toelaatbaarheidsverklaring (TLV, özel eğitime kabul belgesi) gerekir.
    - Okul yönetim kurulu TLV için samenwerkingsverband'a (bölgesel okul destek birliği) başvurur. Samenwerkingsverband 2 uzmandan görüş ister.
    - Samenwerkingsverband, kuralları ve TLV'nin ne kadar süre geçerli olduğunu kendisi belirler.
    - Karara katılmıyor musunuz? 6 hafta içinde samenwerkingsverband'a bezwaar (resmî itiraz) yapın. Bu konuda ulusal bir komisyon (LBT) tavsiye verir.
    - Uzun mu sürüyor? Okula ve samenwerkingsverband'a başvurunun ne aşamada olduğunu sorun.

waitlist-both =
    Bazen okul da bakım kurumları da sıranın diğerinde olduğunu söyler ('wat is voorliggend?', yani 'önce kim sorumlu?'). Bu karmaşıktır ve bunu tek başınıza çözmek zorunda değilsiniz.
    Sorunuzu bir danışmana iletiyorum. Onderwijsconsulenten'in (eğitim danışmanları, 070-312 28 87) onderwijszorgconsulenten'i (eğitim ve bakım danışmanları) de bu tür sorularda yardım eder.
