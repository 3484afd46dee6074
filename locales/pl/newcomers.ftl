# Flow: newcomers (nowi w Holandii). Przetłumaczone z locales/nl/newcomers.ftl.
newcomers-start =
    Są Państwo nowi w Holandii? Każde dziecko, które mieszka w Holandii, ma prawo do nauki. Co chcieliby Państwo wiedzieć?
newcomers-c-rights = Czy moje dziecko może chodzić do szkoły bez zezwolenia na pobyt albo bez numeru BSN?
newcomers-c-school = Jaka szkoła lub klasa pasuje do mojego dziecka?
newcomers-c-azc = Mieszkamy w azc (ośrodek dla osób ubiegających się o azyl) albo w noodopvang (ośrodek tymczasowy)
newcomers-c-ukraine = Przyjechaliśmy z Ukrainy
newcomers-c-support = Oprócz języka moje dziecko potrzebuje też dodatkowej pomocy
newcomers-c-under-6 = Poniżej 6 lat
newcomers-c-6-12 = 6 do 12 lat (basisschool)
newcomers-c-12-16 = 12 do 16 lat (middelbare school)
newcomers-c-16-18 = 16 lub 17 lat

newcomers-rights =
    Tak. Każde dziecko, które mieszka w Holandii, ma prawo do nauki, z zezwoleniem na pobyt lub bez niego, z numerem BSN (holenderski numer identyfikacyjny) lub bez niego.
    - Leerplicht (obowiązek szkolny) dotyczy także Państwa dziecka, również bez numeru BSN.
    - Mogą Państwo zgłosić dziecko do szkoły bez numeru BSN. Szkoła nie może odmówić przyjęcia dziecka dlatego, że nie mają Państwo zezwolenia na pobyt.
    - Dzieci osób ubiegających się o azyl muszą jak najszybciej pójść do szkoły, najpóźniej w ciągu 3 miesięcy. Obowiązek szkolny dotyczy ich od razu.
    Nie udaje się? Proszę skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }. Albo zasięgnąć porady: { $oco }
    W tych organizacjach rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.

newcomers-age = Ile lat ma Państwa dziecko?

newcomers-under-6 =
    Dzieci mogą chodzić do basisschool (szkoła dla dzieci od 4 do 12 lat) od ukończenia 4 lat. Obowiązek szkolny zaczyna się pierwszego dnia szkolnego w miesiącu po 5. urodzinach dziecka.
    - Proszę na czas zgłosić dziecko do basisschool w pobliżu, najlepiej co najmniej 10 tygodni przed tym, kiedy ma zacząć naukę. Można to zrobić także bez numeru BSN (holenderski numer identyfikacyjny).
    - Dziecko nie mówi jeszcze po niderlandzku? Proszę zapytać szkołę, jaka pomoc jest dostępna.
    - Pytania? { $oco }

newcomers-primary =
    W Amsterdamie dzieci w wieku od 6 do 12 lat, które jeszcze nie mówią po niderlandzku i są w Holandii krócej niż 1 rok, najpierw idą do nieuwkomersklas (klasa dla nowo przybyłych dzieci).
    - Zgłaszają Państwo dziecko do zwykłej basisschool (szkoła dla dzieci od 4 do 12 lat), tzw. stamschool (szkoła macierzysta). Ta szkoła załatwia miejsce w nieuwkomersklas przez Centraal meldpunt nieuwkomers po (centralny punkt zgłoszeń dla nowo przybyłych dzieci).
    - Można to zrobić także bez numeru BSN (holenderski numer identyfikacyjny).
    Pomoc: { $oco }

newcomers-primary-elsewhere =
    Proszę zgłosić dziecko do basisschool (szkoła dla dzieci od 4 do 12 lat) w pobliżu. Można to zrobić także bez numeru BSN (holenderski numer identyfikacyjny).
    - Dziecko nie mówi jeszcze po niderlandzku? Proszę zapytać szkołę albo gminę, jak to działa w Państwa gminie, na przykład czy jest nieuwkomersklas (klasa dla nowo przybyłych dzieci).
    - Leerplicht (urząd gminy ds. obowiązku szkolnego) pomoże, jeśli się nie uda: { $leerplicht }
    Pomoc: { $oco }

newcomers-secondary =
    W Amsterdamie młodzież w wieku od 12 do 18 lat, która jeszcze nie mówi po niderlandzku, idzie do Internationale Schakelklas (ISK, międzynarodowa klasa przejściowa) albo do innej klasy dla nowo przybyłych.
    - Zgłaszają Państwo dziecko sami, bezpośrednio w middelbare school (szkoła dla młodzieży od 12 do 18 lat), która ma taką klasę.
    - Można to zrobić także bez numeru BSN (holenderski numer identyfikacyjny).
    Pomoc: { $oco }

newcomers-secondary-elsewhere =
    Proszę zgłosić dziecko do middelbare school (szkoła dla młodzieży od 12 do 18 lat) w pobliżu. Można to zrobić także bez numeru BSN (holenderski numer identyfikacyjny).
    - Dziecko nie mówi jeszcze po niderlandzku? Proszę zapytać szkołę albo gminę, jaka klasa dla nowo przybyłych jest dostępna, na przykład Internationale Schakelklas (ISK, międzynarodowa klasa przejściowa).
    - Leerplicht (urząd gminy ds. obowiązku szkolnego) pomoże, jeśli się nie uda: { $leerplicht }
    Pomoc: { $oco }

newcomers-older =
    Młodzież w wieku 16 i 17 lat też musi chodzić do szkoły. Do 18. roku życia obowiązuje kwalificatieplicht (obowiązek zdobycia kwalifikacji): nauka w szkole do czasu uzyskania startkwalificatie (podstawowego dyplomu). Jest to dyplom havo, vwo (szkoły średnie ogólnokształcące) lub mbo (szkoła zawodowa), na poziomie 2 lub wyższym.
    - W Amsterdamie młodzież do 18 lat może chodzić do Internationale Schakelklas (ISK, międzynarodowa klasa przejściowa). Zgłaszają Państwo dziecko bezpośrednio w middelbare school (szkoła dla młodzieży od 12 do 18 lat), która ma taką klasę.
    - Mieszkają Państwo gdzie indziej? Proszę zapytać w gminie, jaka szkoła lub jaki kierunek kształcenia pasuje.
    - Leerplicht (urząd gminy ds. obowiązku szkolnego) pomoże Państwu dalej: { $leerplicht }
    Pomoc: { $oco }

newcomers-azc =
    Mieszkają Państwo w azc (ośrodek dla osób ubiegających się o azyl) albo w noodopvang (ośrodek tymczasowy)? Także wtedy dziecko ma prawo do nauki, bez względu na status pobytowy, miejsce zamieszkania i to, jak długo Państwo zostaną.
    - Dzieci osób ubiegających się o azyl muszą jak najszybciej pójść do szkoły, najpóźniej w ciągu 3 miesięcy. Obowiązek szkolny dotyczy ich od razu.
    - Większość azc ma stałą szkołę podstawową (basisschool) w pobliżu. Mogą Państwo też sami wybrać szkołę. Młodzież w wieku od 12 do 18 lat zwykle najpierw idzie do Internationale Schakelklas (ISK, międzynarodowa klasa przejściowa).
    - Proszę zapytać pracowników swojego ośrodka (w azc: COA, instytucja, która prowadzi ośrodki dla osób ubiegających się o azyl) albo leerplichtambtenaar (urzędnik ds. obowiązku szkolnego) w gminie, w której jest ośrodek, do jakiej szkoły może chodzić dziecko.
    - Leerplicht: { $leerplicht }
    - Nie udaje się? Proszę zadzwonić do Ouders & Onderwijs (infolinia dla rodziców): 0800-5010 (bezpłatnie). Rozmawiają po niderlandzku; mogą Państwo poprosić o tłumacza.

newcomers-ukraine =
    Przyjechali Państwo z Ukrainy? Holenderski obowiązek szkolny (leerplicht) dotyczy także Państwa dziecka, tak jak wszystkich innych dzieci w Holandii. Dziecko zawsze ma prawo do nauki, bez względu na status pobytowy.
    - Proszę zgłosić dziecko do holenderskiej szkoły w pobliżu. Można to zrobić także bez numeru BSN.
    - Dziecko uczy się też online w szkole na Ukrainie? Także wtedy musi być zapisane do szkoły w Holandii.
    - Mieszkają Państwo w ośrodku prowadzonym przez gminę? Wtedy gmina może pomóc znaleźć miejsce w szkole. Mogą Państwo też sami wybrać szkołę.
    - Leerplicht: { $leerplicht }
    - Pomoc: { $oco }
    W tych organizacjach rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.

newcomers-support =
    Czy oprócz nauki niderlandzkiego dziecko potrzebuje też innej pomocy? Wtedy czasem trudno znaleźć odpowiednie miejsce. Nie muszą Państwo załatwiać tego sami.
    Przekazuję Państwa pytanie doradcy.
