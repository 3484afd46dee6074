# Flow: parent_support (velinin kendisi tükenmiş; veliye destek, veli grupları, 113). Translated from locales/nl/parent_support.ftl.
parent_support-start =
    Çocuğunuz evdeyken ona bakmak ağırdır. Birçok veli tükenir ve bu çok anlaşılır bir şeydir. Hangisi en uygun?
parent_support-c-tired = Yorgunum ve benim de desteğe ihtiyacım var
parent_support-c-groups = Aynı şeyi yaşayan başka velilerle konuşmak istiyorum
parent_support-c-cannot = Artık hiçbir çıkış yolu göremiyorum veya intiharı düşünüyorum

parent_support-tired =
    Kendinizi de düşünmeniz çok iyi. Bu çocuğunuza da yardımcı olur.
    - Aile hekiminizle (huisarts) veya aile hekiminin yanında çalışan praktijkondersteuner (POH, destek uzmanı) ile konuşun. Neye ihtiyacınız olduğuna birlikte bakarsınız.
    - Aileniz için destek: { $okt }
    - Çocuğunuz evde olduğu için daha az mı çalışmak zorundasınız? Bu birçok velinin başına gelir. Bunu işvereninizle ve bir danışmanla konuşun.
    - Her şeyi tek başınıza yapmak zorunda değilsiniz. Okulla ilgili sorular için: { $oco }. Veya Onderwijsconsulenten (bağımsız eğitim danışmanları, 070-312 28 87, ücretsiz).
    Bazen kendinizi artık devam etmek istemeyecek kadar kötü mü hissediyorsunuz? 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın.

parent_support-groups =
    Başka veliler yaşadıklarınızı çoğu zaman çok iyi anlar.
    - Amsterdam'daki OCO / Oudersteunpunt (veli destek noktası), veli gruplarını birbiriyle buluşturmak için çalışıyor. Bunu sorun: { $oco }
    - Landelijke Oudervereniging Balans, veliler tarafından veliler için kurulmuş ulusal bir dernektir (balansdigitaal.nl).

parent_support-groups-elsewhere =
    Başka veliler yaşadıklarınızı çoğu zaman çok iyi anlar.
    - Belediyenize veya samenwerkingsverband'a (bölgenizde uygun eğitimi birlikte düzenleyen okulların birliği), yakınınızda veli grupları olup olmadığını sorun. Samenwerkingsverband: { $swv }
    - Landelijke Oudervereniging Balans, veliler tarafından veliler için kurulmuş ulusal bir dernektir (balansdigitaal.nl).
    - Okulla ilgili sorularınız mı var? Ouders & Onderwijs (veliler ve eğitim danışma hattı): 0800-5010 (ücretsiz).

parent_support-cannot =
    Bunu söylemeniz çok iyi. Bu yükü tek başınıza taşımak zorunda değilsiniz.
    - Bugün bunun hakkında konuşun: 113'ü (ücretsiz) veya 0800-0113'ü arayın ya da 113.nl üzerinden yazışın.
    - Acil bir tehlike var mı? 112'yi arayın.
    - Aile hekiminiz (huisarts) de yardım edebilir. Akşamları ve hafta sonları: huisartsenpost (nöbetçi aile hekimi).
    - Bu yardım hatları Hollandaca konuşur. Tercüman isteyebilirsiniz.
    Bizi beklemeyin: Wegwijzer'in danışmanları kriz ekibi değildir ve her zaman hemen ulaşılabilir değildir. Emin değilseniz 113'ü veya 112'yi arayın.
