# Flow: newcomers (nieuwkomers). Source language: Dutch.
newcomers-start =
    Bent u nieuw in Nederland? Elk kind dat in Nederland woont, heeft recht op onderwijs. Wat wilt u weten?
newcomers-c-rights = Mag mijn kind naar school zonder verblijfsvergunning of BSN?
newcomers-c-school = Welke school of klas past bij mijn kind?
newcomers-c-azc = We wonen in een azc of in de noodopvang
newcomers-c-ukraine = We komen uit Oekraïne
newcomers-c-support = Mijn kind heeft naast de taal ook extra hulp nodig
newcomers-c-under-6 = Jonger dan 6 jaar
newcomers-c-6-12 = 6 tot 12 jaar (basisschool)
newcomers-c-12-16 = 12 tot 16 jaar (middelbare school)
newcomers-c-16-18 = 16 of 17 jaar

newcomers-rights =
    Ja. Elk kind dat in Nederland woont, heeft recht op onderwijs, met of zonder verblijfsvergunning of BSN.
    - De leerplicht geldt ook voor uw kind, ook zonder BSN.
    - U kunt uw kind aanmelden zonder BSN. Een school mag uw kind niet weigeren omdat u geen verblijfsvergunning hebt.
    - Kinderen van asielzoekers moeten zo snel mogelijk naar school, en uiterlijk binnen 3 maanden. De leerplicht geldt meteen.
    Lukt het niet? Neem contact op met leerplicht: { $leerplicht }. Of vraag advies: { $oco }
    Deze organisaties spreken Nederlands. U kunt vragen om een tolk.

newcomers-age = Hoe oud is uw kind?

newcomers-under-6 =
    Kinderen mogen naar de basisschool vanaf 4 jaar. De leerplicht begint op de eerste schooldag van de maand nadat uw kind 5 jaar is geworden.
    - Meld uw kind op tijd aan bij een basisschool in de buurt, het liefst minstens 10 weken voordat het wil beginnen. Dat kan ook zonder BSN.
    - Spreekt uw kind nog geen Nederlands? Vraag de school welke hulp er is.
    - Vragen? { $oco }

newcomers-primary =
    Kinderen van 6 tot 12 jaar die nog geen Nederlands spreken en korter dan 1 jaar in Nederland zijn, gaan in Amsterdam eerst naar een nieuwkomersklas.
    - U meldt uw kind aan bij een gewone basisschool (de stamschool). Die regelt de plek in de nieuwkomersklas via het Centraal meldpunt nieuwkomers po.
    - Dat kan ook zonder BSN.
    Hulp: { $oco }

newcomers-primary-elsewhere =
    Meld uw kind aan bij een basisschool in de buurt. Dat kan ook zonder BSN.
    - Spreekt uw kind nog geen Nederlands? Vraag de school of de gemeente hoe het in uw gemeente werkt, bijvoorbeeld met een nieuwkomersklas.
    - Leerplicht helpt als het niet lukt: { $leerplicht }
    Hulp: { $oco }

newcomers-secondary =
    Jongeren van 12 tot 18 jaar die nog geen Nederlands spreken, gaan in Amsterdam naar een Internationale Schakelklas (ISK) of een andere klas voor nieuwkomers.
    - U meldt uw kind zelf aan, direct bij een middelbare school met zo'n klas.
    - Dat kan ook zonder BSN.
    Hulp: { $oco }

newcomers-secondary-elsewhere =
    Meld uw kind aan bij een middelbare school in de buurt. Dat kan ook zonder BSN.
    - Spreekt uw kind nog geen Nederlands? Vraag de school of de gemeente welke klas voor nieuwkomers er is, bijvoorbeeld een Internationale Schakelklas (ISK).
    - Leerplicht helpt als het niet lukt: { $leerplicht }
    Hulp: { $oco }

newcomers-older =
    Ook jongeren van 16 en 17 jaar moeten naar school. Tot hun 18e jaar geldt de kwalificatieplicht: naar school tot ze een startkwalificatie hebben. Dat is een diploma havo, vwo of mbo (niveau 2 of hoger).
    - In Amsterdam kunnen jongeren tot 18 jaar naar een Internationale Schakelklas (ISK). U meldt uw kind daarvoor direct aan bij een middelbare school met zo'n klas.
    - Woont u ergens anders? Vraag de gemeente welke school of opleiding past.
    - Leerplicht helpt u verder: { $leerplicht }
    Hulp: { $oco }

newcomers-azc =
    Woont u in een azc of in de noodopvang? Ook dan heeft uw kind recht op onderwijs, wat uw verblijfsstatus ook is, waar u ook woont en hoe lang u ook blijft.
    - Kinderen van asielzoekers moeten zo snel mogelijk naar school, en uiterlijk binnen 3 maanden. De leerplicht geldt meteen.
    - De meeste azc's hebben een vaste basisschool in de buurt. U mag ook zelf een school kiezen. Jongeren van 12 tot 18 jaar gaan meestal eerst naar een Internationale Schakelklas (ISK).
    - Vraag de medewerkers van uw opvanglocatie (in een azc: het COA) of de leerplichtambtenaar van de gemeente waar de opvang is, naar welke school uw kind kan gaan.
    - Leerplicht: { $leerplicht }
    - Lukt het niet? Bel Ouders & Onderwijs: 0800-5010 (gratis). Zij spreken Nederlands; u kunt vragen om een tolk.

newcomers-ukraine =
    Komt u uit Oekraïne? Ook voor uw kind geldt de Nederlandse leerplicht, net als voor alle andere kinderen in Nederland. Uw kind heeft altijd recht op onderwijs, wat uw verblijfsstatus ook is.
    - Meld uw kind aan bij een Nederlandse school in de buurt. Dat kan ook zonder BSN.
    - Volgt uw kind ook online lessen van een school in Oekraïne? Ook dan moet uw kind op een school in Nederland ingeschreven staan.
    - Woont u in een opvang van de gemeente? Dan kan de gemeente u helpen aan een plek op school. U mag ook zelf een school kiezen.
    - Leerplicht: { $leerplicht }
    - Hulp: { $oco }
    Deze organisaties spreken Nederlands. U kunt vragen om een tolk.

newcomers-support =
    Heeft uw kind naast de Nederlandse taal ook andere hulp nodig? Dan is het soms moeilijk om een passende plek te vinden. U hoeft dat niet alleen uit te zoeken.
    Ik geef uw vraag door aan een adviseur.
