# Flow: bullying (bullying, feeling unsafe at school). Translated from locales/nl/bullying.ftl (Somali).
bullying-start =
    Ilmahaaga ma la cagajugleeyaa (pesten), mise ammaan kuma dareemo dugsiga? Maxaa sida ugu fiican kuugu habboon?
bullying-c-bullied = Ilmahayga waa la cagajugleeyaa
bullying-c-serious = Waa rabshad, xadgudub galmo, takoor ama cagajuglayn aad u xun
bullying-c-no-action = Waan soo sheegay, laakiin dugsigu waxba ma qabto
bullying-c-afraid = Arrintan darteed, ilmahaygu wuxuu ka baqaa inuu dugsiga aado

bullying-bullied =
    Dugsi kasta waa inuu hubiyaa in dugsigu ammaan yahay (Wet veiligheid op school, sharciga ammaanka dugsiga). Sidaas darteed dugsi kasta wuxuu leeyahay:
    - siyaasad ammaan iyo ka hortag cagajuglaynta;
    - qof isku dubbarida la dagaalanka cagajuglaynta. Qofkaasi sidoo kale waa qofka aad la xiriirto;
    - hubin sannadle ah oo lagu eego sida ay ardaydu ammaan u dareemaan.
    Waxa aad samayn karto: cagajuglaynta kala hadal macallinka ama mentor-ka. Haddii aysan waxba tarin, weydii qofka u qaabilsan cagajuglaynta, oo heshiisyo wada gala. Qor waxa dhaca iyo goorta.
    Sidoo kale waxaad la hadli kartaa vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto) ee dugsiga.

bullying-serious =
    Rabshad, xadgudub galmo, takoor ama cagajuglayn culus: waxaad wici kartaa vertrouwensinspecteur (kormeeraha qarsoodiga ah ee Inspectie): 0900-111 3 111. Wuxuu kaala taliyaa waxa aad samayn karto.
    - Dugsiga gudihiisa waxaad u tegi kartaa vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto).
    - Ma dhacday dembi, sida weerar ama handadaad? U tag booliiska.
    - Ma jirtaa khatar degdeg ah? Wac 112.

bullying-no-action =
    Dugsigu miyuusan waxba ka qaban warbixintaada? Waxa aad samayn karto:
    - La hadal vertrouwenspersoon (qof aad si qarsoodi ah ula hadli karto) ee dugsiga.
    - Cabasho ku gudbi habka cabashada ee dugsiga. Dugsiga weydii habkaas.
    - Cagajuglayn culus, rabshad ama takoor: wac vertrouwensinspecteur (kormeeraha qarsoodiga ah ee Inspectie), 0900-111 3 111.
    - Ma u cabatay dugsiga lafteeda marka hore? Markaas waxaad sidoo kale u tegi kartaa Kinderombudsman (ilaaliyaha xuquuqda carruurta) muddo 1 sano gudaheed: 0800-876 54 32.
