# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl.
language-name = Türkçe
# The language's name in Dutch, for the advisers.
language-name-nl = Turks

welcome =
    Wegwijzer'e hoş geldiniz. Okula gitmeyen (veya günün sadece bir bölümünde giden) çocukların velilerine yardım ediyorum: haklarınız, bir sonraki adım ve kime başvurabileceğiniz.
    Genel bilgi veriyorum, hukuki tavsiye vermiyorum. Kendi durumunuz için bir danışmana sorabilirsiniz.
    Ne olduğunu kendi sözlerinizle yazın veya bir konu seçin.
privacy-notice =
    Gizlilik: Mümkün olduğunca az bilgi saklıyorum. Lütfen isim, doğum tarihi veya BSN (vatandaşlık hizmet numarası) yazmayın.
    - Bu sohbette yaptığınız seçimleri saklıyorum. Bir danışmanla mı konuşuyorsunuz? O zaman mesajlarınızı, danışmanın cevaplarını ve danışmanın sorunuzla ilgili aldığı kısa notları da saklıyorum.
    - Wegwijzer okula, leerplichtambtenaar'a (zorunlu eğitim görevlisi) veya Veilig Thuis'e (aile içi şiddet ve çocuk istismarı danışma ve ihbar merkezi) hiçbir bilgi iletmez.
    - Sorunuz kapatıldıktan 90 gün sonra veya 90 gün boyunca hiç iletişim olmazsa sohbeti ve mesajları silerim. Bundan sonra sadece sayılar kalır; bunlarda sizinle ilgili hiçbir bilgi yoktur.
    - /mydata ile ne sakladığımı görürsünüz. /forget ile sizinle ilgili her şeyi hemen silerim.
help =
    Ne olduğunu kendi sözlerinizle yazın veya şunları kullanın:
    /menu – konular
    /back – bir soru geri gidin
    /language – başka bir dil seçin
    /adviser – bir insanla konuşun
    /stop – bu sohbeti durdurun
    /mydata – sizinle ilgili ne sakladığım
    /forget – sizinle ilgili her şeyi silin

menu-prompt = Sorunuz ne hakkında? Bir konu seçin.
topic-suspension = Çocuğum okuldan geçici olarak uzaklaştırıldı (schorsing)
topic-removal = Okul çocuğumu okuldan çıkarmak istiyor (verwijdering)
topic-partial_hours = Çocuğum okula sadece birkaç saat gidebiliyor
topic-waitlist = Özel eğitim veya gençlik bakımı için bekleme listesi
topic-enrolment = Kayıt: okul çocuğumu kabul etmiyor
topic-home_without_school = Çocuğum okula gidemeden evde kalıyor
topic-attendance = Leerplicht (zorunlu eğitim): devamsızlık, para cezası veya izin
topic-bullying = Okulda zorbalık veya güvensizlik
topic-complaint = Bir öğretmen veya okul hakkında şikâyet ya da ayrımcılık
topic-wellbeing = Korku, mutsuzluk, okula gitmeye cesaret edememe
topic-home_education = Evde eğitim veya muafiyet (vrijstelling)
topic-newcomers = Hollanda'ya yeni geldim
topic-parent_support = Veli olarak bu durum bana çok ağır geliyor
topic-adviser = Bir danışmanla konuşmak

choose-prompt = Lütfen seçeneklerden birini seçin: numarasını yazın veya bir düğmeye dokunun.
common-c-adviser = Bir danışmanla konuşmak istiyorum
common-c-menu = Menüye geri dön
common-ask-number = Lütfen sadece bir sayı yazın, örneğin 3.
after-answer = Şimdi ne yapmak istersiniz?
source-line = Kaynak: { $url }

# The region is asked once per conversation (flows/regions/). Every choice sets a region.
region-ask = Size doğru iletişim bilgilerini verebilmem için: Amsterdam'da mı yaşıyorsunuz, yoksa başka bir yerde mi?
region-amsterdam = Amsterdam
region-elsewhere = Hollanda'da başka bir yerde

# How a parent outside Amsterdam finds the contact (used as { $key } in the messages).
# Each is a phrase that stands on its own, usually after a colon: no Turkish case suffix is added to it.
contact-leerplicht-elsewhere = belediyenizin leerplichtambtenaar'ı (belediyenizin web sitesinde 'leerplicht' bölümüne bakın veya okula sorun)
contact-swv-elsewhere = bölgenizin samenwerkingsverband'ı (okula, hangi samenwerkingsverband'a bağlı olduğunu sorun; regioatlas.nl'de bir harita var)
contact-oco-elsewhere = Ouders & Onderwijs (veliler için ülke çapında ücretsiz danışma hattı): 0800-5010 veya vraag@oudersonderwijs.nl (samenwerkingsverband'ınıza, bölgenizde veliler için bir destek noktası olup olmadığını da sorun)
contact-okt-elsewhere = belediyenizin jeugdteam'i veya wijkteam'i (gençlik ekibi veya mahalle ekibi; belediyenizin web sitesinde 'jeugdhulp' bölümüne bakın)

# The support need behind the absence: asked once per conversation, can be skipped. Only counted.
need-ask =
    Size daha iyi yardım edebilmemiz için: çocuğunuzun durumunda ne rol oynuyor? Bu soruyu atlayabilirsiniz.
    Yıllık raporumuz için sadece bir durumun ne sıklıkla görüldüğünü sayıyoruz; sizinle ilgili hiçbir bilgi kullanmıyoruz.
need-c-fysiek = Bedensel bir hastalık veya engel
need-c-gedrag = Davranış veya DEHB (ADHD)
need-c-autisme = Otizm
need-c-leren = Öğrenme güçlüğü, örneğin disleksi
need-c-psychisch = Kaygı, mutsuzluk veya başka ruhsal sorunlar
need-c-hoogbegaafd = Üstün yetenek
need-c-anders = Başka bir şey veya bilmiyorum
need-c-skip = Bunu söylemek istemiyorum (atla)

not-understood = Sorunuzun ne hakkında olduğunu henüz anlayamadım.
empty-message = Mesajınız boştu. Ne olduğunu birkaç kelimeyle yazın.
too-long = Mesajınız çok uzun ({ $max } karakterden fazla) ve kaydedilmedi. Lütfen birkaç cümleyle, daha kısa yazın.
no-words = Mesajınızda kelime göremiyorum. Ne olduğunu birkaç kelimeyle yazın.
unsupported-media = Sadece yazı okuyabiliyorum; fotoğraf, sesli mesaj veya dosya okuyamıyorum. Lütfen sorunuzu birkaç kelimeyle yazın.
unknown-command = Bu komutu bilmiyorum. Neler yapabileceğinizi görmek için /help yazın.

language-prompt = Dilinizi seçin.
language-set = Artık size Türkçe yazıyorum.
stopped = Sohbet durduruldu. Yeniden başlamak için bir şey yazın.

urgent-answer =
    Birisi şu anda tehlikede mi? 112'yi arayın.
    Siz veya çocuğunuz intiharı düşünüyor musunuz? 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın.
    Evde şiddet veya güvensizlik: Veilig Thuis (aile içi şiddet ve çocuk istismarı danışma ve ihbar merkezi) 0800-2000, gece gündüz ve ücretsiz.
    Bu yardım hatları Hollandaca konuşur. Tercüman isteyebilirsiniz.
    Bizi beklemeyin: Wegwijzer'in danışmanları kriz ekibi değildir ve her zaman hemen ulaşılabilir değildir. Şimdi 113'ü veya 112'yi arayın.

escalated = Sorunuz şimdi danışmanlarda. Bir danışman size burada, bu sohbette, genellikle { $within } cevap verir. Şimdiden burada daha fazla anlatabilirsiniz.
escalated-urgent = Sorunuz öncelikli olarak danışmanlarda. Bir danışman size burada mümkün olan en kısa sürede, genellikle { $within } cevap verir. Tehlike varsa beklemeyin, 112'yi veya 113'ü arayın.

adviser-joined = Bir danışman sorunuzu aldı ve size burada, bu sohbette cevap verecek. Danışmanın kendi yazdıkları çevrilmez. Anlamadığınız bir şey mi var? O zaman tercümanlı bir telefon görüşmesi isteyin.
ticket-closed = Danışman sorunuzu kapattı. Başka bir sorunuz olursa tekrar yazabilirsiniz.

pii-warning = Dikkat: bir isme, BSN'ye (vatandaşlık hizmet numarası), doğum tarihine, e-posta adresine veya telefon numarasına benzeyen bir şey gönderdiniz. Bunu kaydetmedim ve kimseye iletmedim. Size yardım etmek için buna ihtiyacım yok.
forget-done = Sizinle ilgili sakladığım her şey silindi: sohbet, danışmanlara sorduğunuz sorular ve mesajlar. Yeniden başlamak için bir şey yazın.
mydata-header = Sizinle ilgili sakladıklarım:
mydata-language = Yazdığınız dil: { $language }.
mydata-footer = Danışmanlar sorunuzla ilgili kısa dahili notlar da alabilir. Bu notlar bu özette yer almaz, ama sorunuza aittir ve /forget ile onlar da silinir. Bunun dışında isim ve telefon numarası saklamıyorum. /forget ile her şeyi silerim.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = Mesajınız için teşekkür ederim. İnceliyorum ve en kısa sürede burada cevap vereceğim.
canned-more-info = Biraz daha anlatabilir misiniz? Örneğin: çocuğunuz yaklaşık kaç yaşında, hangi tür okula gidiyor ve bu durum ne zamandır sürüyor? Lütfen isim yazmayın.
canned-onderwijsconsulenten = Çocuğunuz 4 haftadan uzun süredir evde mi? O zaman Onderwijsconsulenten'den (bağımsız eğitim danışmanları) ücretsiz yardım isteyebilirsiniz: 070-312 28 87 (hafta içi 9:00–12:30 ve 13:30–16:30) veya onderwijsconsulenten.nl üzerinden. Sizi ilk görüşme (intake) için geri aramaları birkaç hafta sürebilir: bu yüzden hemen başvurun.
canned-safe-now = Önce önemli bir şey sormak istiyorum: siz ve çocuğunuz şu anda güvende misiniz? Acil bir tehlike var mı? O zaman hemen 112'yi arayın.
canned-crisis-numbers =
    Acil bir tehlike var mı? 112'yi arayın.
    Siz veya çocuğunuz intiharı düşünüyor musunuz? 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın.
    Evde şiddet veya güvensizlik: Veilig Thuis (aile içi şiddet ve çocuk istismarı danışma ve ihbar merkezi) 0800-2000, gece gündüz ve ücretsiz.
    Bu yardım hatları Hollandaca konuşur. Tercüman isteyebilirsiniz.
canned-interpreter = Dilinizi iyi konuşamıyorum. Sizi bir tercümanla birlikte arayalım mı? Lütfen evet veya hayır diye cevap verin.

# Outside office hours: the advisers read the question when the office opens.
escalated-closed = Sorunuz şimdi danışmanlarda. Danışmanlara şu anda ulaşılamıyor; sorunuzu { $day } saat { $time } itibarıyla okuyacaklar. Şimdiden burada daha fazla anlatabilirsiniz.
    Daha erken tavsiye almak ister misiniz? Ouders & Onderwijs (ücretsiz, Hollandaca): 0800-5010. Acil mi? 113'ü (ücretsiz) veya 112'yi arayın.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = Bu Wegwijzer'e şu anda bağlı hiçbir danışman yok, bu yüzden burada kimse sorunuzu cevaplayamaz. Bunun için üzgünüm.
    Tavsiye için: Ouders & Onderwijs (ücretsiz) 0800-5010 veya Onderwijsconsulenten (bağımsız eğitim danışmanları) 070-312 28 87.
    Tehlike varsa: 112. Siz veya çocuğunuz intiharı düşünüyorsanız: 113 (ücretsiz). Evde şiddet: Veilig Thuis 0800-2000.
within-minutes = { $n } dakika içinde
within-hours = { $n } saat içinde
within-days = { $n } gün içinde
day-1 = pazartesi
day-2 = salı
day-3 = çarşamba
day-4 = perşembe
day-5 = cuma
day-6 = cumartesi
day-7 = pazar
day-today = bugün
day-tomorrow = yarın
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = Mesajınızı sorunuza ekledim. Danışman sorunuzu ele aldığında bunu okuyacak.
waiting-crisis = Danışmanlara durumun acil olduğunu bildirdim.
# The bot only serves one parent at a time, in a private chat.
private-only = Sadece özel bir sohbette çalışıyorum, böylece başka kimse okuyamaz. Bana kişisel bir mesaj gönderin. Bu gruptan ayrılıyorum.
# How the parent sees an adviser's message.
adviser-says = { $name }, danışman:

# Triage asks instead of guessing when two or three topics are close.
ask-topic = Sorunuz en çok ne hakkında?
ask-topic-other = Başka bir şey
# Offered after two messages whose language was not clear.
language-unsure = Hangi dilde yazdığınızdan henüz emin değilim. Dilinizi seçin, o dilde devam edeyim.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = menü, ana menü, konular, baştan başla, yeniden başla
words-back = geri, geri dön, geri git, önceki, önceki soru, back
words-stop = dur, durdur, bitir, yeter, hayır teşekkürler, çıkış, stop
words-help = yardım, help, açıklama
words-language = dil, başka dil, dil değiştir, lisan
words-adviser = danışman, danışmanla konuşmak, insan, biriyle konuşmak, görevli, yetkili
# Number words, from one, for choosing an option ("iki" is the 2nd).
words-numbers = bir, iki, üç, dört, beş, altı, yedi, sekiz, dokuz, on, on bir, on iki, on üç, on dört, on beş
choice-unclear = Bu, birden fazla seçeneğe uyuyor. Hangisini kastediyorsunuz?
back-none = Bu ilk soru, daha fazla geri gidilemez.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = Lütfen seçeneklerden birini seçin: numarasını veya cevabı yazın.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = Başlayın
command-menu = Konular
command-back = Bir soru geri gidin
command-language = Başka bir dil seçin
command-adviser = Bir danışmanla konuşun
command-stop = Bu sohbeti durdurun
command-help = Açıklama
command-mydata = Sizinle ilgili ne sakladığım
command-forget = Sizinle ilgili her şeyi silin
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = Kodu telefonunuzla tarayın ve sorunuzu kendi dilinizde sorun.
mydata-answers = Bu sohbetteki seçimleriniz ve cevaplarınız:
mydata-region = Bölgeniz: { $region }.
mydata-need = Size göre çocuğunuzun evde kalmasının ardındaki neden: { $need }.
mydata-ticket-open = Danışmanlara sorduğunuz soru (numara { $id }) bir danışmanı bekliyor. İçeriği şöyle:
mydata-ticket-claimed = Bir danışman sorunuz üzerinde çalışıyor (numara { $id }). İçeriği şöyle:
mydata-ticket-closed = Danışmanlara sorduğunuz soru (numara { $id }) tamamlandı. İçeriği şöyle:
mydata-you = Siz yazdınız: { $text }
mydata-adviser = Danışman yazdı: { $text }
mydata-nothing = Bu sohbetle ilgili, diliniz dışında henüz hiçbir şey saklamıyorum.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = İstediğiniz bir hatırlatma, { $date } tarihinde. Yalnızca bu sohbeti ve bu tarihi saklıyorum.
file-received = Teşekkürler. Fotoğrafınızı veya dosyanızı sorunuza ekledim; danışman ona bakabilir.
mydata-read = Bir danışman sorunuzu danışma bürosunun gelen kutusunda okudu. Sorunuzu kimin ve ne zaman açtığı, sorunuz saklandığı sürece kaydedilir.
mydata-followup = Çocuğunuzun okula dönüp dönmediğine dair bir soru, { $date } tarihinde. Yalnızca bu sohbeti, bu tarihi ve konuyu saklıyorum.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = Çocuğunuzu okula hangi tarihte kaydettirdiniz (aanmelding)? Örneğin: 12 kasım veya 12-11-2026.
deadline-ask-suspension-start = Uzaklaştırma (schorsing) hangi gün başladı? Örneğin: pazartesi, 12 kasım veya 12-11-2026.
letter-c-partial-report = Leerplicht'e bir bildirim yazmama yardım et
letter-c-opp = OPP hakkında bir mektup yazmama yardım et
letter-c-start-meeting = Bir başlangıç görüşmesi (startgesprek) istememe yardım et
deadline-c-exemption = Muafiyeti (vrijstelling) ne zaman yenilemeliyim?
deadline-c-enrolment = Okul ne zamana kadar karar vermeli?
deadline-c-suspension-end = Uzaklaştırma ne zamana kadar sürebilir?
