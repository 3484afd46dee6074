# Flow: adviser (bir insanla konuşmak). Translated from locales/nl/adviser.ftl.
adviser-start =
    Danışman bir insandır, bilgisayar değildir. Bir danışman:
    - sizinle birlikte durumunuzda hangi kuralların geçerli olduğunu araştırabilir;
    - sizinle birlikte bir sonraki adıma karar verebilir, örneğin bir mektup veya okulla bir görüşme;
    - size daha fazla yardım edebilecek kuruluşu söyleyebilir.
    Danışmanın kendi yazdıkları çevrilmez. Tercümanlı bir telefon görüşmesi isteyebilirsiniz.
    Hangisi size en uygun?
adviser-c-home-over-4-weeks = Çocuğum 4 haftadan uzun süredir evde
adviser-c-danger = Birisi tehlikede veya çocuğum intiharı düşünüyor
adviser-c-contacts = Önce hangi kuruluşların yardım edebileceğine kendim bakmak istiyorum

adviser-handover =
    Sorunuzu bir danışmana iletiyorum. Şimdiden kısaca ne olduğunu, ne zamandan beri olduğunu ve neleri denediğinizi yazabilirsiniz. Lütfen isim, doğum tarihi veya BSN (vatandaşlık hizmet numarası) yazmayın.

adviser-danger =
    Birisi şu anda tehlikede mi? 112'yi arayın.
    Çocuğunuz intiharı düşünüyor mu? 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın.
    Evde şiddet veya güvensizlik: Veilig Thuis (aile içi şiddet ve çocuk istismarı danışma ve ihbar merkezi) 0800-2000, gece gündüz ve ücretsiz.
    Bu yardım hatları Hollandaca konuşur. Tercüman isteyebilirsiniz.
    Bizi beklemeyin: Wegwijzer'in danışmanları kriz ekibi değildir ve her zaman hemen ulaşılabilir değildir. Emin değilseniz 113'ü veya 112'yi arayın.

adviser-contacts =
    Buralara başvurabilirsiniz:
    - Onderwijsconsulenten (ücretsiz ve bağımsız eğitim danışmanları): çocuğunuz 4 haftadan uzun süredir evdeyse, okul yeri bulamıyorsa veya destek tıkandıysa. 070-312 28 87, hafta içi 9.00–12.30 ve 13.30–16.30.
    - Ouders & Onderwijs (veliler ve eğitim danışma hattı): okulla ilgili tüm sorular için. 0800-5010 (ücretsiz) veya vraag@oudersonderwijs.nl.
    - Yakınınızda tavsiye: { $oco }
    - Zorunlu eğitim görevlisi: { $leerplicht }
    - Samenwerkingsverband (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği): { $swv }
    - Juridisch Loket (hukuki danışma merkezi), hukuki sorular için: 0900-8020 (dakikası €0,25).
    - Kinderombudsman (çocuk ombudsmanı): 0800-876 54 32. Önce kuruluşun kendisine şikâyet edin ve 1 yıl içinde başvurun.
    Bu kuruluşlar Hollandaca konuşur. Tercüman isteyebilirsiniz.
