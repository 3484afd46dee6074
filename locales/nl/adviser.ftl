# Flow: adviser (met een mens praten). Source language: Dutch.
adviser-start =
    Een adviseur is een mens, geen computer. Een adviseur kan:
    - met u uitzoeken welke regels gelden in uw situatie;
    - met u de volgende stap bepalen, zoals een brief of een gesprek met school;
    - u vertellen welke organisatie u verder kan helpen.
    Wat een adviseur zelf schrijft, wordt niet vertaald. U kunt vragen om een telefoongesprek met een tolk.
    Wat past het best?
adviser-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis
adviser-c-danger = Iemand is in gevaar, of mijn kind denkt aan zelfdoding
adviser-c-contacts = Eerst zelf kijken welke organisaties kunnen helpen

adviser-handover =
    Ik geef uw vraag door aan een adviseur. Schrijf alvast kort wat er aan de hand is, sinds wanneer, en wat u al hebt geprobeerd. Noem geen namen, geboortedata of BSN.

adviser-danger =
    Is iemand in direct gevaar? Bel 112.
    Denkt uw kind aan zelfdoding? Bel 113 (gratis) of 0800-0113, of chat via 113.nl.
    Geweld of onveiligheid thuis: Veilig Thuis 0800-2000, dag en nacht en gratis.
    Deze hulplijnen spreken Nederlands. U kunt vragen om een tolk.
    Wacht niet op ons: de adviseurs van Wegwijzer zijn geen crisishulp en niet altijd direct bereikbaar. Bel bij twijfel 113 of 112.

adviser-contacts =
    Hier kunt u terecht:
    - Onderwijsconsulenten (gratis en onafhankelijk): als uw kind meer dan 4 weken thuis zit, geen plek vindt of de ondersteuning vastloopt. 070-312 28 87, werkdagen 9.00–12.30 en 13.30–16.30.
    - Ouders & Onderwijs: voor alle vragen over school. 0800-5010 (gratis) of vraag@oudersonderwijs.nl.
    - Advies bij u in de buurt: { $oco }
    - Leerplicht: { $leerplicht }
    - Samenwerkingsverband (de scholen in uw regio die samen passend onderwijs regelen): { $swv }
    - Juridisch Loket, voor juridische vragen: 0900-8020 (€0,25 per minuut).
    - Kinderombudsman: 0800-876 54 32. Eerst klagen bij de organisatie zelf, en binnen 1 jaar.
    Deze organisaties spreken Nederlands. U kunt vragen om een tolk.
