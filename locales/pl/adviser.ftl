# Flow: adviser (rozmowa z człowiekiem). Przetłumaczone z locales/nl/adviser.ftl.
adviser-start =
    Doradca to człowiek, a nie komputer. Doradca może:
    - ustalić razem z Państwem, jakie przepisy obowiązują w Państwa sytuacji;
    - zaplanować z Państwem następny krok, na przykład list albo spotkanie ze szkołą;
    - powiedzieć, która organizacja może Państwu dalej pomóc.
    To, co doradca pisze sam, nie jest tłumaczone. Mogą Państwo poprosić o rozmowę telefoniczną z tłumaczem.
    Co najlepiej pasuje?
adviser-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni
adviser-c-danger = Ktoś jest w niebezpieczeństwie albo moje dziecko myśli o samobójstwie
adviser-c-contacts = Najpierw sam(a) sprawdzę, które organizacje mogą pomóc

adviser-handover =
    Przekazuję Państwa pytanie doradcy. Mogą Państwo już teraz krótko napisać, co się dzieje, od kiedy i co już Państwo próbowali. Proszę nie podawać imion i nazwisk, dat urodzenia ani numeru BSN (holenderski numer identyfikacyjny).

adviser-danger =
    Czy ktoś jest w bezpośrednim niebezpieczeństwie? Proszę dzwonić pod 112.
    Czy Państwa dziecko myśli o samobójstwie? Proszę dzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl.
    Przemoc lub brak bezpieczeństwa w domu: Veilig Thuis (punkt pomocy przy przemocy domowej) 0800-2000, w dzień i w nocy, bezpłatnie.
    Na tych liniach pomocy rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.
    Proszę nie czekać na nas: doradcy Wegwijzer nie są pomocą kryzysową i nie zawsze są od razu dostępni. W razie wątpliwości proszę dzwonić pod 113 lub 112.

adviser-contacts =
    Gdzie można uzyskać pomoc:
    - Onderwijsconsulenten (niezależni doradcy ds. edukacji, bezpłatnie): gdy dziecko jest w domu ponad 4 tygodnie, nie może znaleźć miejsca w szkole albo wsparcie utknęło w miejscu. 070-312 28 87, w dni robocze 9:00–12:30 i 13:30–16:30.
    - Ouders & Onderwijs (infolinia dla rodziców): wszystkie pytania o szkołę. 0800-5010 (bezpłatnie) lub vraag@oudersonderwijs.nl.
    - Porada w Państwa okolicy: { $oco }
    - Leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia): { $swv }
    - Juridisch Loket (punkt porad prawnych), w sprawach prawnych: 0900-8020 (0,25 € za minutę).
    - Kinderombudsman (Rzecznik Praw Dziecka): 0800-876 54 32. Najpierw trzeba złożyć skargę w samej organizacji; potem można zwrócić się do Rzecznika w ciągu 1 roku.
    W tych organizacjach rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.
