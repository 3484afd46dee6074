# Flow: newcomers (nieuwkomers). Source language: Dutch.
newcomers-start =
    Bent u nieuw in Nederland? Elk kind dat in Nederland woont, heeft recht op onderwijs. Wat wilt u weten?
newcomers-c-rights = Mag mijn kind naar school zonder verblijfsvergunning of BSN?
newcomers-c-school = Welke school of klas past bij mijn kind?
newcomers-c-support = Mijn kind heeft naast de taal ook extra hulp nodig
newcomers-c-6-12 = 6 tot 12 jaar
newcomers-c-12-18 = 12 tot 18 jaar
newcomers-c-under-6 = Jonger dan 6 jaar

newcomers-rights =
    Ja. Elk kind dat in Nederland woont, heeft recht op onderwijs, met of zonder verblijfsvergunning of BSN.
    - De leerplicht geldt ook voor uw kind, ook zonder BSN.
    - Een school mag uw kind niet weigeren omdat u geen verblijfsvergunning hebt.
    - Kinderen van asielzoekers moeten binnen 3 maanden naar school.
    Lukt het niet? Neem contact op met de leerplichtambtenaar van uw gemeente, of bel Ouders & Onderwijs: 0800-5010. In Amsterdam: OCO 020-330 63 20.

newcomers-age = Hoe oud is uw kind?

newcomers-primary =
    Kinderen van 6 tot 12 jaar die nog geen Nederlands spreken en korter dan 1 jaar in Nederland zijn, gaan in Amsterdam eerst naar een nieuwkomersklas.
    - U meldt uw kind aan bij een gewone basisschool (de stamschool). Die regelt de plek in de nieuwkomersklas via het Centraal meldpunt nieuwkomers po.
    - Woont u ergens anders? Vraag de gemeente of een basisschool in de buurt hoe het daar werkt.
    Hulp in Amsterdam: OCO 020-330 63 20. Elders: Ouders & Onderwijs 0800-5010.

newcomers-secondary =
    Jongeren van 12 tot 18 jaar die nog geen Nederlands spreken, gaan in Amsterdam naar een Internationale Schakelklas (ISK) of een EOA-klas.
    - U meldt uw kind zelf aan, direct bij een middelbare school met zo'n klas.
    - Woont u ergens anders? Vraag de gemeente of een middelbare school in de buurt hoe het daar werkt.
    Hulp in Amsterdam: OCO 020-330 63 20. Elders: Ouders & Onderwijs 0800-5010.

newcomers-support =
    Heeft uw kind naast de Nederlandse taal ook andere hulp nodig? Dan is het soms moeilijk om een passende plek te vinden. U hoeft dat niet alleen uit te zoeken.
    Ik geef uw vraag door aan een adviseur.
