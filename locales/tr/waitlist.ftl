# Flow: waitlist (özel eğitim veya gençlik yardımı bekleme listesi, eğitim ve bakım, dagbesteding). Translated from locales/nl/waitlist.ftl.
waitlist-start =
    Beklemek ağırdır, özellikle çocuğunuz bu arada evdeyse. Çocuğunuz neyi bekliyor?
    Eğitim ve bakımın birlikte verildiği bir yer mi söz konusu, ya da tam olarak bilmiyor musunuz? O zaman 'Eğitim ve bakım birlikte' seçeneğini seçin.
waitlist-c-school = Speciaal (basis)onderwijs'te (özel eğitim) bir yer
waitlist-c-care = Jeugdhulp (gençlik yardımı), inceleme veya tedavi
waitlist-c-tlv = Bir toelaatbaarheidsverklaring (TLV, özel eğitime kabul belgesi)
waitlist-c-both = Eğitim ve bakım birlikte, veya okul ve bakım kurumları birbirini işaret ediyor
waitlist-c-dagbesteding = Dagbesteding (gündüz bakım yeri): okul bu konuda yardım etmek zorunda mı?
waitlist-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

waitlist-school =
    Bir yer beklemek ağırdır. Bu süre içinde de çocuğunuzun eğitim hakkı vardır.
    - Çocuğunuz beklerken, çocuğunuzun şu anda kayıtlı olduğu okul sorumlu olmaya devam eder. Buna zorgplicht denir: okul uygun eğitim sağlamak zorundadır. Bu, yeni bir okul çocuğunuzu gerçekten kaydedene kadar böyle kalır.
    - Okuldan bir ara çözüm (tussenoplossing) isteyin: bir yer bulunana kadar eğitim ve rehberlik. Bunu yazılı olarak isteyin.
    - Samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği), her çocuğun uygun bir yeri olmasını sağlamak zorundadır. Birlikte yer aramasını isteyin: { $swv }
    - Çocuğunuz bu arada hiç veya çok az ders mi alıyor? Onderwijsconsulenten'i (bağımsız eğitim danışmanları) arayın: 070-312 28 87 (ücretsiz).

waitlist-care =
    Çocuğunuzun ihtiyacı varsa belediye jeugdhulp (gençlik yardımı) sağlamak zorundadır. Bu, Jeugdwet'te (Gençlik Yasası) yazılıdır.
    - Yardım için belediyenize başvurun: { $okt }
    - Çocuğunuz yardım için bir bekleme listesinde mi? Yardım başlayana kadar neler yapılabileceğini ve bekleme süresi daha kısa olan başka bir kuruluş olup olmadığını belediyeye sorun.
    - Belediyenin bir kararına katılmıyor musunuz? O zaman 6 hafta içinde bezwaar (resmî itiraz) yapın.
    - Beklerken de çocuğunuzun eğitiminden okul sorumlu olmaya devam eder. Okuldan bir ara çözüm isteyin.

waitlist-tlv =
    Speciaal basisonderwijs (sbo, özel ilk eğitim) ve speciaal onderwijs (so ve vso, özel eğitim) için bir TLV gerekir: toelaatbaarheidsverklaring (özel eğitime kabul belgesi). Bu belgede çocuğunuzun böyle bir okula gidebileceği yazılıdır.
    - Okul yönetim kurulu TLV için samenwerkingsverband'a (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) başvurur. Samenwerkingsverband 2 uzmandan görüş ister.
    - Samenwerkingsverband, kuralları ve TLV'nin ne kadar süre geçerli olduğunu kendisi belirler.
    - TLV için henüz başvurulmadı mı veya uzun mu sürüyor? Okula başvurunun ne zaman yapılacağını yazılı olarak sorun. Hiçbir şey olmuyor mu? Onderwijsconsulenten (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz) ve samenwerkingsverband ile iletişime geçin: { $swv }
    - Karara katılmıyor musunuz? 6 hafta içinde samenwerkingsverband'a bezwaar (resmî itiraz) yapın. Bu konuda ulusal bir komisyon (LBT) tavsiye verir.

waitlist-both =
    Bazen okul da bakım kurumları da sıranın diğerinde olduğunu söyler ('wat is voorliggend?', yani 'önce kim sorumlu?'). Bu karmaşıktır ve bunu tek başınıza çözmek zorunda değilsiniz.
    - Çocuğunuzun kayıtlı olduğu okul, beklerken de eğitimden sorumlu olmaya devam eder.
    - Çocuğunuzun ihtiyacı varsa belediye jeugdhulp (gençlik yardımı) sağlamak zorundadır: { $okt }
    - Okul, samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) ve belediye veya bakım kurumuyla birlikte tek bir görüşme isteyin. Sizin için sabit tek bir irtibat kişisi isteyin.
    - Onderwijsconsulenten'in onderwijszorgconsulenten'i (eğitim ve bakım danışmanları), eğitim ve bakımın birlikte gerektiği sorularda ücretsiz yardım eder: 070-312 28 87.
    Bir danışmanın sizinle birlikte bakmasını ister misiniz? Aşağıda bunu seçin.

waitlist-dagbesteding =
    Çocuğunuzun leerplicht'ten (zorunlu eğitim) vrijstelling'i (muafiyet) var mı ve dagbesteding (gündüz rehberlik eşliğinde vakit geçirilen bir yer) mi arıyorsunuz? Dagbesteding genellikle bakımdır, eğitim değildir. O zaman bunu belediye (Jeugdwet, Gençlik Yasası) veya bazen Wet langdurige zorg (Wlz, Uzun Süreli Bakım Yasası) düzenler. Okulun zorgplicht'i (uygun eğitim sağlama sorumluluğu) eğitimle ilgilidir, bakımla değil.
    - Çocuğunuzun vrijstelling'i yok mu? O zaman okul çocuğunuzun eğitiminden sorumlu olmaya devam eder.
    - Dagbesteding için belediyenize başvurun: { $okt }
    - Çocuğunuz için durumun nasıl olduğu, duruma göre değişir. Bir danışmanın sizinle birlikte bakmasını isteyin: aşağıda bunu seçin.
