# Flow: removal (verwijdering, okuldan çıkarma). Translated from locales/nl/removal.ftl.
removal-start =
    Okul çocuğunuzu okuldan çıkarmak (verwijdering) mı istiyor, yoksa bu zaten oldu mu? Bu çok zor bir durum. Sorunuz ne hakkında?
removal-c-rules = Okul çocuğumu okuldan çıkarmadan önce ne yapmak zorunda?
removal-c-disagree = Bir karar var ve bu karara katılmıyorum
removal-c-letter = Bir itiraz mektubu (bezwaarbrief) için yardım istiyorum
removal-c-support = Çocuğumun ek desteğe ihtiyacı var
removal-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde

removal-rules =
    Bir okul bir öğrenciyi öylece okuldan çıkaramaz. Okul şunları yapmak zorundadır:
    - önce sizi, çocuğunuzu ve öğretmeni veya öğretmenleri dinlemek;
    - kararı gerekçeleriyle birlikte yazılı olarak vermek;
    - Inspectie'yi (eğitim müfettişliği) ve leerplichtambtenaar'ı (zorunlu eğitim görevlisi) bilgilendirmek. Bir middelbare school (ortaokul/lise), daha karar vermeden önce Inspectie ile görüşmek zorundadır;
    - önce çocuğunuzu kabul etmek isteyen başka bir okul bulmak. Okuldan çıkarma ancak o zaman kesinleşebilir. O zamana kadar çocuğunuz kayıtlı kalır ve eğitiminden okul sorumlu olmaya devam eder.
    Okul, siz istemeden çocuğunuzun kaydını mı sildi? Bu da okuldan çıkarma sayılır.
    Bir middelbare school, bir öğrenciyi düşük notlar yüzünden okul yılının ortasında okuldan çıkaramaz.
    Sorularınız mı var? { $oco }
    Bu genel bilgidir, hukuki tavsiye değildir.

removal-disagree =
    Bu çok zor bir durum. Buna karşı bir şey yapabilirsiniz:
    - 6 hafta içinde okul yönetim kuruluna (schoolbestuur) yazılı bezwaar (resmî itiraz) yapın. İtirazınızı sözlü olarak da açıklayabilir ve dosyayı inceleyebilirsiniz. Yönetim kurulu genellikle 6 hafta dolduktan sonraki 4 hafta içinde karar verir.
    - 6 hafta içinde Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) de başvurabilirsiniz. Bu ücretsizdir. Komisyon 10 hafta içinde tavsiyesini verir. Komisyona mı başvuruyorsunuz? O zaman okul yönetim kurulu, itirazınız hakkında ancak bu tavsiye geldikten sonra karar verir.
    - İtiraz süresince okul çocuğunuzu okul dışında tutabilir. Ama çocuğunuz kayıtlı kalır ve okul, ev ödevi ve rehberlik gibi eğitimden sorumlu olmaya devam eder.
    - Çok mu acil? Bir openbare school'da (devlet okulu) bestuursrechter'den (idare mahkemesi hâkimi) bir voorlopige voorziening (hızlı, geçici bir karar) istersiniz. Hristiyan veya İslami okul gibi bir bijzondere school'da (devlet okulu olmayan okul) ise bu, civiele rechter'de (hukuk mahkemesi) bir avukatla açılan bir kort geding'dir (acil yargılama). Juridisch Loket (hukuki danışma merkezi): 0900-8020.
    Tavsiye: { $oco }. Veya Onderwijsconsulenten (bağımsız eğitim danışmanları): 070-312 28 87 (zaten bir dava sürüyorsa değil).
    Bu genel bilgidir, hukuki tavsiye değildir.

# A checklist for a bezwaar letter (OCO). Also used in the flow suspension.
removal-letter =
    Bir itiraz mektubunu (bezwaarbrief) şöyle yazarsınız. Mektuba şunları yazın:
    - adınız ve adresiniz;
    - okulun ve okul yönetim kurulunun (schoolbestuur) adı ve adresi;
    - çocuğunuzun adı;
    - hangi karara itiraz ettiğiniz ve o kararın tarihi;
    - karara neden katılmadığınız;
    - yeni bir karar istediğiniz;
    - itirazınızı sözlü olarak da açıklamak istediğiniz;
    - tarih ve imzanız.
    Mektubu 6 hafta içinde gönderin. 6 haftayı okulun karar tarihinden itibaren sayarsınız. Bir kopyasını saklayın ve okuldan mektubunuzu aldığını onaylamasını isteyin.
    Mektubunuz için yardım: { $oco }

removal-support =
    Çocuğunuzun ek desteğe ihtiyacı var mı? O zaman okulun zorgplicht'i (uygun yer bulma sorumluluğu) vardır: okul, bu okulda veya uygun başka bir okulda çocuğunuz için uygun bir yer sağlamak zorundadır.
    - Yeni bir okul çocuğunuzu gerçekten kaydedene kadar çocuğunuz şimdiki okulda kayıtlı kalır. O zamana kadar eğitimden şimdiki okul sorumludur.
    - Okula hangi okulları araştırdığını, bu okulların OPP'deki (çocuğunuzun destek planı) desteği verip veremeyeceğini ve yol süresinin ne kadar olduğunu sorun. İstediğiniz okul türünün ve yönelimin, örneğin devlet okulu veya Hristiyan okulu, dikkate alınıp alınmadığını da sorun.
    - Okuldan çıkarmaya veya OPP'ye katılmıyor musunuz? O zaman ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) başvurabilirsiniz.
    Tavsiye: Onderwijsconsulenten (bağımsız eğitim danışmanları), 070-312 28 87 (ücretsiz).
