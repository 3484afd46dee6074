# "Help me write the letter": explanations, deadlines, reminders and follow-up.
# Translated from locales/nl/letters.ftl. The letters themselves exist only in nl.

## Explanations of the letters

letter-suspension-objection-explain =
    Bu, uzaklaştırmaya (schorsing) karşı itiraz mektubunuzdur (bezwaar: resmî itiraz). İçinde ne yazıyor?
    - Karara itiraz ettiğiniz ve neden itiraz ettiğiniz.
    - Kurallar: en fazla 1 hafta, kararın yazılı verilmesi, önce dinlenme ve uzaklaştırma süresince okul ödevi.
    - Yeni bir karar istediğiniz ve itirazınızı sözlü olarak da açıklamak istediğiniz.
    Mektubu şöyle tamamlayın:
    - [Köşeli parantez] içindeki her yeri doldurun. Sonra parantezleri ve açıklamaları silin.
    - Gerekçeler bölümüne, size ve çocuğunuza göre ne olduğunu kendi sözlerinizle yazın.
    - Mektubu sadece müdüre değil, okul yönetim kuruluna (schoolbestuur) gönderin. Adres schoolgids'te (okul rehberi) veya okulun web sitesinde yazar.
    - Bir kopyasını saklayın ve okuldan mektubunuzu aldığını onaylamasını isteyin.
    Dikkat: yasa, uzaklaştırmaya karşı itiraz imkânını her okul için zorunlu kılmaz. Okulunuzda bunun nasıl olduğunu schoolgids'te veya leerlingenstatuut'ta (öğrenci yönetmeliği) bulabilirsiniz. Bir openbare school'da (devlet okulu) Algemene wet bestuursrecht (Genel İdare Hukuku Kanunu) geçerlidir.
    { $deadline_state ->
        [soon] Süre dolmak üzere: { $deadline } tarihi dahil o güne kadar itiraz edebilirsiniz. Mümkünse mektubunuzu bugün gönderin.
        [passed] 6 haftalık süre doldu: { $deadline } tarihinde sona erdi. Mektubunuzu yine de gönderin ve neden geç kaldığını içine yazın. Bir devlet okulunda, mektubu zamanında göndermeniz makul olarak mümkün değildiyse yönetim kurulu geç gelen mektubu yine de incelemek zorundadır (Genel İdare Hukuku Kanunu, madde 6:11: https://wetten.overheid.nl/BWBR0005537/). Okulun klachtencommissie'sine (şikâyet komisyonu) şikâyette de bulunabilir veya Onderwijsconsulenten'den (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz) ya da bir danışmandan yardım isteyebilirsiniz.
       *[other] { $deadline } tarihi dahil o güne kadar itiraz edebilirsiniz. Schoolgids'te başka bir süre mi yazıyor? O zaman o süreye uyun.
    }
    Sonra ne olur? Yönetim kurulu genellikle yaklaşık 4 hafta içinde karar verir. Çoğu zaman uzaklaştırma o zamana kadar bitmiş olur. Yine de itirazınız dosyada yer alır ve çocuğunuz tekrar uzaklaştırılırsa dikkate alınır.
    Bu genel bilgidir, hukuki tavsiye değildir.

letter-removal-objection-explain =
    Bu, okuldan çıkarmaya (verwijdering) karşı itiraz mektubunuzdur (bezwaar: resmî itiraz). Bu çok zor bir durum. Bu mektupla çocuğunuzun hakkını savunuyorsunuz.
    İçinde ne yazıyor?
    - Karara itiraz ettiğiniz ve neden itiraz ettiğiniz.
    - Okulun yapması gerekenler: önce sizi, çocuğunuzu ve öğretmeni dinlemek, kararı gerekçeleriyle yazılı vermek ve önce çocuğunuzu kabul eden başka bir okul bulmak.
    - O zamana kadar çocuğunuzun kayıtlı kaldığı ve eğitim alması gerektiği.
    - Belgeleri görmek ve itirazınızı sözlü olarak açıklamak istediğiniz.
    Mektubu şöyle tamamlayın:
    - [Köşeli parantez] içindeki her yeri doldurun. Sonra parantezleri ve açıklamaları silin.
    - Mektubu okul yönetim kuruluna (schoolbestuur) gönderin. Adres schoolgids'te (okul rehberi) veya okulun web sitesinde yazar.
    - Bir kopyasını saklayın ve okuldan mektubunuzu aldığını onaylamasını isteyin.
    - 6 hafta içinde ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) da başvurabilirsiniz. Yönetim kurulu o zaman karar vermek için komisyonun tavsiyesini bekler.
    { $deadline_state ->
        [soon] Süre dolmak üzere: { $deadline } tarihi dahil o güne kadar itiraz edebilirsiniz. Mümkünse mektubunuzu bugün gönderin.
        [passed] 6 haftalık süre doldu: { $deadline } tarihinde sona erdi. Mektubunuzu yine de gönderin ve neden geç kaldığını içine yazın. Bir devlet okulunda, mektubu zamanında göndermeniz makul olarak mümkün değildiyse yönetim kurulu geç gelen mektubu yine de incelemek zorundadır (Genel İdare Hukuku Kanunu, madde 6:11: https://wetten.overheid.nl/BWBR0005537/). Onderwijsconsulenten'den (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz) veya bir danışmandan da yardım isteyin: şikâyet gibi başka yolları sizinle birlikte incelerler.
       *[other] { $deadline } tarihi dahil o güne kadar itiraz edebilirsiniz.
    }
    Sonra ne olur? Yönetim kurulu sizi dinler ve genellikle 6 hafta dolduktan sonraki 4 hafta içinde karar verir. İtiraz süresince okul çocuğunuzu okul dışında tutabilir, ama çocuğunuz kayıtlı kalır. Çok mu acil? Bir hâkimin hızlı kararı için bir danışmana veya Juridisch Loket'e (hukuki danışma merkezi, 0900-8020) sorun.
    Bu genel bilgidir, hukuki tavsiye değildir.

letter-enrolment-objection-explain =
    Bu, çocuğunuzun okula kabul edilmemesine karşı itiraz mektubunuzdur (bezwaar: resmî itiraz). İçinde ne yazıyor?
    - Çocuğunuzu ne zaman başvurduğunuz ve okulun çocuğunuzu reddettiği.
    - Çocuğunuzun ek desteğe mi ihtiyacı var? O zaman mektupta, okulun zorgplicht'i (uygun yer bulma sorumluluğu) olduğu ve çocuğunuzu ancak başka bir okul kabul ettikten sonra reddedebileceği yazar. Bu sizin çocuğunuz için geçerli değil mi? O paragrafı silin.
    - Gerekçeleri yazılı istediğiniz ve itirazınızı sözlü olarak açıklamak istediğiniz.
    Mektubu şöyle tamamlayın:
    - [Köşeli parantez] içindeki her yeri doldurun. Sonra parantezleri ve açıklamaları silin.
    - Mektubu, çocuğunuzu reddeden okulun yönetim kuruluna (schoolbestuur) gönderin. Adres schoolgids'te (okul rehberi) veya okulun web sitesinde yazar.
    - Bir kopyasını saklayın ve okuldan mektubunuzu aldığını onaylamasını isteyin.
    - Çocuğunuzun ek desteğe mi ihtiyacı var? O zaman 6 hafta içinde ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) da başvurabilirsiniz.
    { $deadline_state ->
        [soon] Süre dolmak üzere: { $deadline } tarihi dahil o güne kadar itiraz edebilirsiniz. Mümkünse mektubunuzu bugün gönderin.
        [passed] 6 haftalık süre doldu: { $deadline } tarihinde sona erdi. Mektubunuzu yine de gönderin ve neden geç kaldığını içine yazın. Bir devlet okulunda, mektubu zamanında göndermeniz makul olarak mümkün değildiyse yönetim kurulu geç gelen mektubu yine de incelemek zorundadır (Genel İdare Hukuku Kanunu, madde 6:11: https://wetten.overheid.nl/BWBR0005537/). Çocuğunuzu başka bir okula da başvurabilir ve Onderwijsconsulenten'den (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz) veya bir danışmandan yardım isteyebilirsiniz.
       *[other] { $deadline } tarihi dahil o güne kadar itiraz edebilirsiniz.
    }
    Sonra ne olur? Yönetim kurulu itirazınız hakkında karar verir. Bir okul herkes için doluysa veya bir bijzondere school'un (devlet okulu olmayan okul) grondslag'ına (din veya dünya görüşü temeli) saygı göstermiyorsanız reddedebilir. Çocuğunuz hiçbir okulda kayıtlı değil mi? O zaman hemen belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) ile iletişime geçin.
    Bu genel bilgidir, hukuki tavsiye değildir.

letter-start-meeting-explain =
    Bu, bir başlangıç görüşmesi (startgesprek) istemek için mektubunuzdur. Bunu yapmanız çok iyi: böylece herkes aynı masaya oturur.
    İçinde ne yazıyor?
    - Çocuğunuzun ne zamandan beri evde olduğu.
    - İki hafta içinde okul, samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği) ve leerplichtambtenaar (zorunlu eğitim görevlisi) ile bir görüşme istediğiniz.
    - Önce çocuğunuzun ve sizin dinlenmenizi, yazılı bir plan ve tek bir sabit irtibat kişisi istediğiniz.
    Mektubu şöyle tamamlayın:
    - [Köşeli parantez] içindeki her yeri doldurun. Sonra parantezleri silin. Gençlik yardımı (jeugdhulp) veya bir terapist de işin içinde mi? O zaman o satırı bırakın.
    - Mektubu okul müdürüne gönderin. Bir kopyasını samenwerkingsverband'a (hangisi olduğunu okula sorun) ve belediyenizin leerplichtambtenaar'ına gönderin (belediyenizin web sitesinde 'leerplicht' bölümüne bakın).
    - Bir kopyasını saklayın ve okuldan mektubunuzu aldığını onaylamasını isteyin.
    Bilmekte fayda var: iki hafta içinde görüşme yasal bir hak değildir. Ama velilere yardım eden kuruluşlar, Amsterdam'daki okullardan bu şekilde çalışmalarını istiyor. Çocuğunuz okulda kayıtlı olduğu sürece eğitimden okul sorumlu olmaya devam eder.
    Sonra ne olur? Bir hafta içinde bir şey duymadınız mı? Okulu ve leerplichtambtenaar'ı arayın veya e-posta gönderin. Çocuğunuz 4 haftadan uzun süredir evde mi? O zaman Onderwijsconsulenten'e (bağımsız eğitim danışmanları) de başvurun: 070-312 28 87 (ücretsiz).
    Bu genel bilgidir, hukuki tavsiye değildir.

letter-partial-report-explain =
    Bu, leerplichtambtenaar'a (zorunlu eğitim görevlisi) yaptığınız bildirimdir. Çocuğunuz okula sadece zamanın bir kısmında mı gidebiliyor, ya da evde mi? O zaman leerplicht'in bunu bilmesi iyi olur.
    İçinde ne yazıyor?
    - Çocuğunuzun ne zamandan beri (kısmen) evde olduğu ve okula kaç saat gidebildiği.
    - Bir OPP (çocuğunuzun destek planı) olup olmadığı ve handelingsdeel'i (yardımla ilgili bölüm) imzalayıp imzalamadığınız.
    - Kurallar: daha az saat sadece psikolojik veya fiziksel nedenlerle, onay verdiğiniz bir OPP içinde ve bazen sadece Inspectie'nin (eğitim müfettişliği) izniyle mümkündür.
    - Leerplicht'ten, okul ve samenwerkingsverband ile birlikte çocuğunuzun yeniden ihtiyaç duyduğu eğitimi almasını sağlamasını istediğiniz.
    Mektubu şöyle tamamlayın:
    - [Köşeli parantez] içindeki her yeri doldurun. 'wel / niet' (evet / hayır) yazan yerlerde doğru olanı seçin, diğerini silin.
    - Mektubu belediyenizin leerplichtambtenaar'ına gönderin. Adres, belediyenizin web sitesinde 'leerplicht' bölümünde yazar; ya da okula sorun.
    - Bir kopyasını saklayın ve leerplicht'ten mektubunuzu aldığını onaylamasını isteyin.
    Sonra ne olur? Leerplichtambtenaar okul ve samenwerkingsverband ile konuşabilir ve arabuluculuk yapabilir. Bunu çocuğunuzun eğitim almasını istediğiniz için bildiriyorsunuz: böylece işbirliği yaptığınızı gösterirsiniz. Hiçbir şey olmuyor mu? Onderwijsconsulenten'den (bağımsız eğitim danışmanları) ücretsiz yardım isteyin: 070-312 28 87.
    Bu genel bilgidir, hukuki tavsiye değildir.

letter-opp-explain =
    Bu, OPP (ontwikkelingsperspectiefplan: çocuğunuzun destek planı) hakkındaki mektubunuzdur. İçinde ne yazıyor?
    - OPP'yi konuşmak mı istiyorsunuz? O zaman bir görüşme ve önceden OPP'nin en yeni hâlini istersiniz.
    - Plana katılmıyor musunuz? O zaman handelingsdeel'i (yardım ve rehberlikle ilgili bölüm) onaylamadığınızı ve nedenini yazarsınız. Velilerin onay hakkı vardır: sizin onayınız olmadan handelingsdeel geçerli olmaz.
    Mektubu şöyle tamamlayın:
    - [Köşeli parantez] içindeki her yeri doldurun. Sonra parantezleri ve açıklamaları silin. Neyin değişmesini istediğinizi kendi sözlerinizle yazın.
    - Mektubu okul müdürüne veya okulun destek sorumlusuna (intern begeleider veya zorgcoördinator) gönderin.
    - Bir kopyasını saklayın ve okuldan mektubunuzu aldığını onaylamasını isteyin.
    Sonra ne olur? Genellikle bir görüşme yapılır. İmzalamamak, çocuğunuzun kendiliğinden daha fazla yardım veya daha fazla saat alacağı anlamına gelmez: okulun o zaman ne yapacağını sorun. Birlikte anlaşamıyor musunuz? O zaman ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) başvurabilirsiniz. Tavsiye: Onderwijsconsulenten (bağımsız eğitim danışmanları), 070-312 28 87 (ücretsiz).
    Bu genel bilgidir, hukuki tavsiye değildir.


## Giving the letter

letter-intro = İşte mektubunuz. Mektup Felemenkçe, çünkü bir Hollanda okuluna veya kurumuna gidiyor. Mektubu kopyalayın, [köşeli parantez] içindeki yerleri doldurun ve gönderin.
letter-document = Aynı mektup, yazdırmak veya e-postayla göndermek için belge olarak.
common-c-letter = Mektubu yazmama yardım et


## Questions for the letter

letter-ask-decision-date = Okul bu kararı hangi tarihte verdi? Tarih genellikle okulun mektubunda yazar. Örneğin: 12 Kasım veya 12.11.2026.
letter-ask-home-since = Çocuğunuz hangi tarihten beri (kısmen) evde? Örneğin: 1 Ekim veya 1.10.2026.
common-ask-date = Bunda bir tarih okuyamadım. Lütfen tekrar dener misiniz? Örneğin şöyle yazın: 12 Kasım veya 12.11.2026.
common-ask-date-past = Bu tarih gelecekte. Geçmiş bir tarihe ihtiyacım var. Örneğin şöyle yazın: 12 Kasım veya 12.11.2026.
letter-ask-school =
    Bu bir openbare school (devlet okulu) mu, yoksa bir bijzondere school (devlet okulu olmayan okul) mu? Bir bijzondere school bir vakfa veya derneğe bağlıdır; örneğin Hristiyan veya İslami bir okul ya da bir vakfın yönettiği bir Montessori okulu. Bu, schoolgids'te (okul rehberi) yazar.
letter-c-school-public = Devlet okulu (openbare school)
letter-c-school-private = Bijzondere school (vakıf veya dernek okulu)
letter-c-school-unknown = Bilmiyorum
letter-ask-opp = OPP (çocuğunuzun destek planı) hakkındaki mektubunuzla ne yapmak istiyorsunuz?
letter-c-opp-discuss = OPP'yi konuşmak istiyorum
letter-c-opp-disagree = OPP'deki plana katılmıyorum


## Deadlines

deadline-enrolment =
    Okul, yazılı başvurunuzdan sonraki 6 hafta içinde karar vermek zorundadır: en geç { $deadline } tarihinde. Bu süreyi bir kez 4 hafta uzatabilir, en geç { $deadline_late } tarihine kadar.
    { $deadline_state ->
        [soon] 6 hafta dolmak üzere. Henüz karar yok mu? Kararın ne zaman geleceğini okula yazılı olarak sorun.
        [passed] 6 hafta doldu. Ne bir karar ne de okulun 4 hafta daha ihtiyacı olduğuna dair bir mesaj aldınız mı? O zaman okuldan yazılı olarak bir karar isteyin. Belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) ile veya Onderwijsconsulenten (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz) ile de iletişime geçin. { $deadline_late } tarihinden sonra hâlâ karar yok ve çocuğunuz başka bir okulda kayıtlı değil mi? O zaman çocuğunuz geçici olarak kabul edilir.
       *[other] Başvurunuzun bir kopyasını tarihiyle birlikte saklayın.
    }
    Çocuğunuz hiçbir okulda kayıtlı değil mi? O zaman okul bu haftalarda henüz ders vermek zorunda değildir. Bu yüzden hemen leerplichtambtenaar ile iletişime geçin.

deadline-suspension =
    Bir uzaklaştırma (schorsing) en fazla 1 hafta (5 okul günü) sürer. Uzaklaştırma { $suspension_start } tarihinde mi başladı? O zaman çocuğunuz en geç { $deadline } tarihinde okula geri dönebilir. O hafta içinde bir tatil veya boş gün var mı? O zaman bu tarih de ona göre kayar.
    { $deadline_state ->
        [passed] O gün geçti. Çocuğunuzun okula dönmesine hâlâ izin verilmiyor mu? Bir uzaklaştırma sadece middelbare school'da (ortaokul/lise), okul bir verwijdering (okuldan çıkarma) süreci yürütüyorsa ve önce Inspectie (eğitim müfettişliği) ile görüşmüşse daha uzun sürebilir. Çocuğunuzun neden dönemediğini ve hangi günden itibaren dönebileceğini okula yazılı olarak sorun. Belediyenizin leerplichtambtenaar'ı (zorunlu eğitim görevlisi) ile de iletişime geçin ve Ouders & Onderwijs'ten (veliler ve eğitim danışma hattı, 0800-5010, ücretsiz) veya Onderwijsconsulenten'den (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz) tavsiye alın.
       *[other] Okul bir bitiş tarihi vermedi mi, ya da uzaklaştırmayı uzatmak mı istiyor? O zaman nedenini ve çocuğunuzun hangi günden itibaren dönebileceğini okula yazılı olarak sorun. Bir uzaklaştırma sadece middelbare school'da (ortaokul/lise), okul bir verwijdering (okuldan çıkarma) süreci yürütüyorsa daha uzun sürebilir.
    }
    Uzaklaştırma sırasında da okul eğitim vermeye devam eder, örneğin ev ödevleriyle.

deadline-exemption =
    Fiziksel veya psikolojik nedenlerle verilen bir muafiyet (vrijstelling, madde 5 onder a, yani 5. madde a bendi) 1 yıl geçerlidir. Genellikle her yıl 1 Temmuz'dan önce yeniden düzenlemeniz gerekir: yani bu sefer { $deadline } tarihinden önce.
    { $deadline_state ->
        [soon] Bu tarih yakın. Mümkünse bugün leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin.
        [passed] Bu tarih geçti. En kısa zamanda leerplichtambtenaar (zorunlu eğitim görevlisi) ile iletişime geçin ve şimdi ne yapmanız gerektiğini sorun.
       *[other] Zamanında başlayın ve belediyenizde bunun nasıl yapıldığını leerplichtambtenaar'a (zorunlu eğitim görevlisi) sorun.
    }
    Belediyenin atadığı bağımsız bir doktordan, psikologdan veya pedagogdan yeni bir rapor almanız gerekir. Raporda çocuğunuzun ileride de okula gidemeyeceği mi yazıyor? O zaman bazen yeni bir başvuru gerekmez. Bunu leerplichtambtenaar'a sorun.


## Reminders (only with consent)

common-c-remind = Son tarihten bir hafta önce bana hatırlat
reminder-set = Tamam. { $date } tarihinde size bir hatırlatma göndereceğim. Bunun için sadece o tarihi ve bu sohbeti saklıyorum. /forget ile silinir.
reminder-due =
    { $kind ->
        [objection] Hatırlatma: bir hafta sonra, { $deadline } tarihinde itiraz süresi bitiyor. Mektubunuzu gönderdiniz mi? O zaman bir şey yapmanıza gerek yok. Henüz göndermediniz mi? O zaman bu hafta gönderin.
        [enrolment] Hatırlatma: okul en geç { $deadline } tarihinde başvurunuz hakkında karar vermeli veya size 4 hafta daha ihtiyacı olduğunu bildirmelidir. Henüz bir şey duymadınız mı? Kararın ne zaman geleceğini okula yazılı olarak sorun.
        [exemption] Hatırlatma: çocuğunuzun muafiyeti (vrijstelling) genellikle { $deadline } tarihinden önce yeniden düzenlenmelidir. Leerplichtambtenaar (zorunlu eğitim görevlisi) ile henüz iletişime geçmediniz mi? O zaman şimdi geçin.
       *[other] Hatırlatma: bir hafta sonra, { $deadline } tarihinde, hatırlatılmasını istediğiniz süre bitiyor.
    }
    Yardım ister misiniz? /start yazın.


## Follow-up after 4 weeks (only with consent)

common-c-followup = 4 hafta sonra bana nasıl gittiğini sor
followup-set = Tamam. { $date } tarihinde çocuğunuzun okula dönüp dönmediğini size soracağım. Bunun için sadece o tarihi ve bu sohbeti saklıyorum, başka hiçbir şey saklamıyorum. /forget ile silinir.
followup-ask = 4 hafta sonra çocuğunuzun okula dönüp dönmediğini size sorabilir miyim? Böylece yardımımızın işe yarayıp yaramadığını öğreniriz. Bunun için sadece tarihi ve bu sohbeti saklıyorum.
followup-c-consent-yes = Evet, olur
followup-c-consent-no = Hayır, tercih etmem
followup-question = Dört hafta önce bizden yardım istediniz. Şimdi durum nasıl: çocuğunuz okula döndü mü?
followup-c-yes = Evet
followup-c-partly = Kısmen, birkaç saat veya gün
followup-c-no = Hayır
followup-c-unsaid = Söylememeyi tercih ederim
followup-thanks = Cevabınız için teşekkür ederiz. Daha sonra bir sorunuz olursa buradayım: /start yazın.
followup-offer-adviser =
    İşlerin henüz iyi gitmemesine üzüldüm. Bu, hem çocuğunuz hem de sizin için zor.
    Bir danışman durumu sizinle yeniden inceleyebilir. Danışman daha önce ne sorduğunuzu görür, yani her şeyi baştan anlatmanız gerekmez. Ne yapmak istersiniz?
