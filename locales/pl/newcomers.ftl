# Flow: newcomers (nowi w Holandii). Przetłumaczone z locales/nl/newcomers.ftl.
newcomers-start =
    Są Państwo nowi w Holandii? Każde dziecko, które mieszka w Holandii, ma prawo do nauki. Co chcieliby Państwo wiedzieć?
newcomers-c-rights = Czy moje dziecko może chodzić do szkoły bez zezwolenia na pobyt albo bez numeru BSN?
newcomers-c-school = Jaka szkoła lub klasa pasuje do mojego dziecka?
newcomers-c-support = Oprócz języka moje dziecko potrzebuje też dodatkowej pomocy
newcomers-c-6-12 = 6 do 12 lat
newcomers-c-12-18 = 12 do 18 lat
newcomers-c-under-6 = Poniżej 6 lat

newcomers-rights =
    Tak. Każde dziecko, które mieszka w Holandii, ma prawo do nauki, z zezwoleniem na pobyt lub bez niego, z numerem BSN (holenderski numer identyfikacyjny) lub bez niego.
    - Leerplicht (obowiązek szkolny) dotyczy także Państwa dziecka, również bez numeru BSN.
    - Szkoła nie może odmówić przyjęcia dziecka dlatego, że nie mają Państwo zezwolenia na pobyt.
    - Dzieci osób ubiegających się o azyl muszą pójść do szkoły w ciągu 3 miesięcy.
    Nie udaje się? Proszę skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie albo zadzwonić do Ouders & Onderwijs (infolinia dla rodziców): 0800-5010. W Amsterdamie: OCO 020-330 63 20.

newcomers-age = Ile lat ma Państwa dziecko?

newcomers-primary =
    W Amsterdamie dzieci w wieku od 6 do 12 lat, które jeszcze nie mówią po niderlandzku i są w Holandii krócej niż 1 rok, najpierw idą do nieuwkomersklas (klasa dla nowo przybyłych dzieci).
    - Zapisują Państwo dziecko do zwykłej szkoły podstawowej (tzw. szkoła macierzysta). Ta szkoła załatwia miejsce w klasie dla nowo przybyłych przez Centraal meldpunt nieuwkomers po (centralny punkt zgłoszeń dla nowo przybyłych).
    - Mieszkają Państwo gdzie indziej? Proszę zapytać w gminie albo w pobliskiej szkole podstawowej, jak to tam działa.
    Pomoc w Amsterdamie: OCO 020-330 63 20. W innych miejscach: Ouders & Onderwijs 0800-5010.

newcomers-secondary =
    W Amsterdamie młodzież w wieku od 12 do 18 lat, która jeszcze nie mówi po niderlandzku, idzie do Internationale Schakelklas (ISK, międzynarodowa klasa przejściowa) albo do klasy EOA.
    - Zapisują Państwo dziecko sami, bezpośrednio w szkole średniej, która ma taką klasę.
    - Mieszkają Państwo gdzie indziej? Proszę zapytać w gminie albo w pobliskiej szkole średniej, jak to tam działa.
    Pomoc w Amsterdamie: OCO 020-330 63 20. W innych miejscach: Ouders & Onderwijs 0800-5010.

newcomers-support =
    Czy oprócz nauki niderlandzkiego dziecko potrzebuje też innej pomocy? Wtedy czasem trudno znaleźć odpowiednie miejsce. Nie muszą Państwo załatwiać tego sami.
    Przekazuję Państwa pytanie doradcy.
