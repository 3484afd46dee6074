# Flow: complaint (bir öğretmen veya okul hakkında şikâyet; okul personelinin ayrımcılığı). Translated from locales/nl/complaint.ftl.
complaint-start =
    Bir öğretmen, okuldan başka biri veya okulun kendisi hakkında bir şikâyetiniz mi var? Bu konuda bir şey yapmanız iyi. Hangisi en uygun?
    Konu bir schorsing (geçici uzaklaştırma), bir verwijdering (okuldan çıkarma) veya bir kayıt reddi mi? O zaman menüde o konuyu seçin: orada izlenecek yol bezwaar'dır (resmî itiraz).
complaint-c-talk = Önce bunu okulla nasıl konuşacağımı öğrenmek istiyorum
complaint-c-formal = Konuşmak işe yaramadı: resmî bir şikâyette bulunmak istiyorum
complaint-c-discrimination = Çocuğum okuldan biri tarafından ayrımcılığa uğruyor
complaint-c-serious = Konu şiddet, cinsel istismar veya çok ciddi zorbalık

complaint-talk =
    Önce konuşmak çoğu zaman işe yarar. Şöyle yapabilirsiniz:
    - Öğretmen veya mentorla bir randevu alın. Ne olduğunu ve neyin değişmesini istediğinizi sakin bir şekilde anlatın.
    - Bu işe yaramazsa müdürle bir görüşme isteyin.
    - Okulun vertrouwenspersoon'u (güven kişisi, gizli danışman) ile de konuşabilirsiniz. Bu kişi sizi dinler ve size yol gösterir. Bu kişinin kim olduğunu okula sorun.
    - Ne olduğunu ve ne zaman olduğunu not edin. Her görüşmeden sonra, neler kararlaştırıldığını yazan kısa bir e-posta gönderin.
    - Tavsiye: { $oco }

complaint-formal =
    Konuşmak sorunu çözmüyor mu? O zaman resmî bir şikâyette bulunabilirsiniz.
    - Her okulun bir klachtenregeling'i (şikâyet yönetmeliği) vardır. Bunu okuldan isteyin veya schoolgids'e (okul rehberi) bakın. Orada okulun hangi klachtencommissie'ye (şikâyet komisyonu) bağlı olduğu da yazar. Birçok okul ulusal bir şikâyet komisyonuna bağlıdır.
    - Şikâyetinize şunları yazın: ne oldu, ne zaman oldu, şimdiye kadar neler yaptınız ve neye ulaşmak istiyorsunuz.
    - Konu çocuğunuzun aldığı destek mi? O zaman da şikâyet komisyonu doğru yerdir. Konu okuldan çıkarma, kayıt reddi veya OPP (çocuğunuzun destek planı) mi? O zaman ücretsiz olarak Geschillencommissie Passend Onderwijs'e (uygun eğitim anlaşmazlık komisyonu) başvurabilirsiniz.
    - Önce okula şikâyet ettiniz ve sonuçtan memnun değil misiniz? O zaman 1 yıl içinde Kinderombudsman'a (çocuk ombudsmanı) başvurabilirsiniz: 0800-876 54 32.
    - Inspectie (eğitim müfettişliği) şikâyetinizi kendisi çözmez, ama ona bir uyarıda (signaal) bulunabilirsiniz: 088-669 60 60 (pazartesi–cuma 9–12 ve 13–16).
    Bu genel bilgidir, hukuki tavsiye değildir.

complaint-discrimination =
    Çocuğunuz okuldan biri tarafından ayrımcılığa mı uğruyor? Buna izin yoktur. Bu konuda bir şey yapmanız iyi.
    - Ne olduğunu, ne zaman olduğunu ve orada kimlerin bulunduğunu not edin.
    - Okulun vertrouwenspersoon'u (güven kişisi, gizli danışman) ile konuşun. Gerekirse okulun klachtenregeling'ine (şikâyet yönetmeliği) göre şikâyette bulunun.
    - Inspectie'nin (eğitim müfettişliği) vertrouwensinspecteur'ünü (güven müfettişi) arayın: 0900-111 3 111 (hafta içi 8–17, yerel tarife). Bu kişi ayrımcılık, şiddet, cinsel istismar ve ciddi zorbalık konularında tavsiye verir.
    - Ayrımcılığı Discriminatie.nl üzerinden bir meldpunt discriminatie'ye (ayrımcılık bildirim merkezi) de bildirebilirsiniz.
    - College voor de Rechten van de Mens'ten (İnsan Hakları Kurulu) bu ayrımcılık hakkında bir karar (oordeel) vermesini isteyebilirsiniz.
    - Tehdit veya darp gibi bir suç mu işlendi? Polise gidin. Acil tehlike varsa: 112'yi arayın.
