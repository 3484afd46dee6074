# Flow: waitlist (szkolnictwo specjalne lub jeugdzorg). Przetłumaczone z locales/nl/waitlist.ftl.
waitlist-start =
    Czy Państwa dziecko jest na liście oczekujących (wachtlijst)? Na co czeka dziecko?
waitlist-c-school = Na miejsce w szkolnictwie specjalnym (speciaal (basis)onderwijs)
waitlist-c-care = Na pomoc dla młodzieży (jeugdzorg), badanie lub leczenie
waitlist-c-tlv = Na toelaatbaarheidsverklaring (TLV, zaświadczenie o przyjęciu do szkoły specjalnej)
waitlist-c-both = Szkoła i służby pomocowe przerzucają odpowiedzialność na siebie nawzajem
waitlist-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

waitlist-school =
    Dopóki dziecko czeka, szkoła, w której jest teraz zapisane, nadal za nie odpowiada (jej zorgplicht, obowiązek zapewnienia miejsca i wsparcia). Trwa to do czasu, aż nowa szkoła naprawdę zapisze dziecko.
    Co mogą Państwo zrobić:
    - Poprosić szkołę o rozwiązanie tymczasowe: naukę i wsparcie do czasu, aż będzie miejsce.
    - Samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) musi zadbać o to, żeby każde dziecko w regionie miało odpowiednie miejsce. Proszę poprosić je o pomoc w szukaniu.
    - Dziecko ma w tym czasie mało lekcji albo wcale? Proszę zadzwonić do Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).

waitlist-care =
    Gmina musi zapewnić jeugdzorg (pomoc dla dzieci i młodzieży), gdy dziecko jej potrzebuje.
    - Proszę złożyć wniosek o pomoc w swojej gminie. W Amsterdamie robi się to przez Ouder- en Kindteam (zespół wsparcia dla rodziców i dzieci), także przez doradcę ds. rodziców i dzieci w szkole.
    - Nie zgadzają się Państwo z decyzją gminy? Wtedy proszę złożyć bezwaar (pisemny sprzeciw) w ciągu 6 tygodni.
    - W czasie oczekiwania szkoła nadal odpowiada za edukację dziecka. Proszę poprosić szkołę o rozwiązanie tymczasowe.

waitlist-tlv =
    Do specjalnej szkoły podstawowej (sbo) i do szkolnictwa specjalnego (so/vso) potrzebna jest toelaatbaarheidsverklaring (TLV, zaświadczenie o przyjęciu).
    - Zarząd szkoły składa wniosek o TLV do samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia). Samenwerkingsverband prosi o opinię 2 ekspertów.
    - Samenwerkingsverband ustala własne zasady i to, jak długo TLV jest ważna.
    - Nie zgadzają się Państwo z decyzją? Proszę złożyć bezwaar (pisemny sprzeciw) do samenwerkingsverband w ciągu 6 tygodni. Opinię wydaje w tej sprawie komisja krajowa (LBT).
    - Trwa to długo? Proszę zapytać szkołę i samenwerkingsverband, na jakim etapie jest wniosek.

waitlist-both =
    Czasem szkoła i służby pomocowe mówią, że to druga strona powinna działać pierwsza („co jest najpierw?”). To skomplikowane i nie muszą Państwo załatwiać tego sami.
    Przekazuję Państwa pytanie doradcy. W takich sprawach pomagają też onderwijszorgconsulenten (doradcy ds. edukacji i opieki) z Onderwijsconsulenten (070-312 28 87).
