# Wegwijzer's own messages (not tied to one topic). Translated from locales/nl/main.ftl.
language-name = Türkçe

welcome =
    Wegwijzer'e hoş geldiniz. Okula gitmeyen (veya günün sadece bir bölümünde giden) çocukların velilerine yardım ediyorum: haklarınız, bir sonraki adım ve kime başvurabileceğiniz.
    Ne olduğunu kendi sözlerinizle yazın veya bir konu seçin.
privacy-notice =
    Gizlilik: Mümkün olduğunca az bilgi saklıyorum. Lütfen isim, doğum tarihi veya BSN (vatandaşlık hizmet numarası) yazmayın. /mydata ile ne sakladığımı görürsünüz, /forget ile sizinle ilgili her şeyi silerim.
help =
    Ne olduğunu kendi sözlerinizle yazın veya şunları kullanın:
    /menu – konular
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
topic-home_without_school = Çocuğum okulsuz evde oturuyor
topic-bullying = Okulda zorbalık veya güvensizlik
topic-wellbeing = Korku, mutsuzluk, okula gitmeye cesaret edememe
topic-home_education = Evde eğitim veya muafiyet (vrijstelling)
topic-newcomers = Hollanda'ya yeni geldim
topic-adviser = Bir danışmanla konuşmak

choose-prompt = Lütfen seçeneklerden birini seçin: numarasını yazın veya bir düğmeye dokunun.
common-c-adviser = Bir danışmanla konuşmak istiyorum
common-c-menu = Menüye geri dön
common-ask-number = Lütfen sadece bir sayı yazın, örneğin 3.
after-answer = Şimdi ne yapmak istersiniz?
source-line = Kaynak: { $url }

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
    Evde şiddet veya güvensizlik: Veilig Thuis (aile içi şiddet ve çocuk istismarı danışma ve ihbar merkezi) 0800-2000, gece gündüz.
    Mesajınızı şimdi öncelikli olarak bir danışmana iletiyorum.

escalated = Sorunuz şimdi danışmanlarda. Bir danışman size burada, bu sohbette cevap verecek. Şimdiden burada daha fazla anlatabilirsiniz.
escalated-urgent = Sorunuz öncelikli olarak danışmanlarda.

adviser-joined = Bir danışman sorunuzu aldı ve size burada, bu sohbette cevap verecek.
ticket-closed = Danışman sorunuzu kapattı. Başka bir sorunuz olursa tekrar yazabilirsiniz.

pii-warning = Dikkat: BSN (vatandaşlık hizmet numarası), doğum tarihi, e-posta adresi veya telefon numarasına benzeyen bir şey gönderdiniz. Bunu kaydetmedim ve kimseye iletmedim. Size yardım etmek için buna ihtiyacım yok.
forget-done = Sizinle ilgili sakladığım her şey silindi: sohbet, danışmanlara sorduğunuz sorular ve mesajlar. Yeniden başlamak için bir şey yazın.
mydata-header = Sizinle ilgili sakladıklarım:
mydata-language = Dil: { $lang }
mydata-ticket = Danışmanlara soru, numara { $id } ({ $status }):
mydata-footer = Başka hiçbir şey yok: isim yok, telefon numarası yok. /forget ile her şeyi silerim.

# Ready-made replies an adviser sends with /canned NAME; the parent reads them in their own language.
canned-thanks = Mesajınız için teşekkür ederim. İnceliyorum ve en kısa sürede burada cevap vereceğim.
canned-more-info = Biraz daha anlatabilir misiniz? Örneğin: çocuğunuz yaklaşık kaç yaşında, hangi tür okula gidiyor ve bu durum ne zamandır sürüyor? Lütfen isim yazmayın.
canned-onderwijsconsulenten = Çocuğunuz 4 haftadan uzun süredir evde mi? O zaman Onderwijsconsulenten'den (eğitim danışmanları) ücretsiz yardım isteyebilirsiniz: 070-312 28 87 (hafta içi 9:00–12:30 ve 13:30–16:30) veya onderwijsconsulenten.nl üzerinden.
