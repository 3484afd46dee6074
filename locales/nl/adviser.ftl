# Flow: adviser (met een mens praten). Source language: Dutch.
adviser-start =
    Een adviseur is een mens, geen computer. Een adviseur kan:
    - met u uitzoeken welke regels gelden in uw situatie;
    - met u de volgende stap bepalen, zoals een brief of een gesprek met school;
    - u vertellen welke organisatie u verder kan helpen.
    Wat past het best?
adviser-c-home-over-4-weeks = Mijn kind zit al meer dan 4 weken thuis
adviser-c-danger = Iemand is in gevaar, of mijn kind denkt aan zelfdoding
adviser-c-contacts = Eerst zelf kijken welke organisaties kunnen helpen

adviser-handover =
    Ik geef uw vraag door aan een adviseur. Schrijf alvast kort wat er aan de hand is, sinds wanneer, en wat u al hebt geprobeerd. Noem geen namen, geboortedata of BSN.

adviser-danger =
    Is iemand in direct gevaar? Bel 112.
    Denkt uw kind aan zelfdoding? Bel 113 (gratis) of 0800-0113, of chat via 113.nl.
    Geweld of onveiligheid thuis: Veilig Thuis 0800-2000, dag en nacht.
    Ik geef uw vraag nu met voorrang door aan een adviseur.

adviser-contacts =
    Hier kunt u terecht:
    - Onderwijsconsulenten (gratis): als uw kind meer dan 4 weken thuis zit, geen plek vindt of de ondersteuning vastloopt. 070-312 28 87.
    - Ouders & Onderwijs: voor alle vragen over school. 0800-5010 (gratis) of vraag@oudersonderwijs.nl.
    - Amsterdam en Diemen: OCO / Oudersteunpunt, 020-330 63 20, WhatsApp 06-1600 4600.
    - De leerplichtambtenaar van uw gemeente: helpt bij de terugkeer naar school en kan bemiddelen.
    - Kinderombudsman: 0800-876 54 32. Eerst klagen bij de organisatie zelf, en binnen 1 jaar.
