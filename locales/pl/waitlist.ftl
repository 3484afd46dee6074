# Flow: waitlist (lista oczekujących: szkolnictwo specjalne lub jeugdhulp, edukacja i opieka, dagbesteding). Przetłumaczone z locales/nl/waitlist.ftl.
waitlist-start =
    Czekanie jest trudne, zwłaszcza gdy dziecko w tym czasie siedzi w domu. Na co czeka Państwa dziecko?
    Chodzi o miejsce, w którym edukacja i opieka są połączone, albo nie wiedzą Państwo dokładnie? Wtedy proszę wybrać „Edukacja i opieka razem”.
waitlist-c-school = Na miejsce w szkolnictwie specjalnym (speciaal (basis)onderwijs)
waitlist-c-care = Na jeugdhulp (pomoc dla dzieci i młodzieży), badanie lub leczenie
waitlist-c-tlv = Na toelaatbaarheidsverklaring (TLV, zaświadczenie o przyjęciu do szkoły specjalnej)
waitlist-c-both = Edukacja i opieka razem albo szkoła i służby opieki odsyłają do siebie nawzajem
waitlist-c-dagbesteding = Dagbesteding (opieka w ciągu dnia): czy szkoła musi w tym pomóc?
waitlist-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

waitlist-school =
    Czekanie na miejsce jest trudne. Także w tym czasie dziecko ma prawo do edukacji.
    - Dopóki dziecko czeka, szkoła, w której jest teraz zapisane, nadal za nie odpowiada. Nazywa się to zorgplicht: szkoła musi zapewnić odpowiednią edukację. Tak jest do czasu, aż nowa szkoła naprawdę zapisze dziecko.
    - Proszę poprosić szkołę o rozwiązanie tymczasowe: naukę i wsparcie do czasu, aż będzie miejsce. Proszę poprosić o to na piśmie.
    - Samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) musi zadbać o to, żeby każde dziecko miało odpowiednie miejsce. Proszę poprosić o pomoc w szukaniu: { $swv }
    - Dziecko ma w tym czasie mało lekcji albo wcale? Proszę zadzwonić do Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).

waitlist-care =
    Gmina musi zapewnić jeugdhulp (pomoc dla dzieci i młodzieży), gdy dziecko jej potrzebuje. Tak mówi Jeugdwet (ustawa o pomocy dla młodzieży).
    - Proszę złożyć wniosek o pomoc w swojej gminie: { $okt }
    - Dziecko czeka w kolejce na pomoc? Proszę zapytać gminę, co jest możliwe do czasu rozpoczęcia pomocy i czy jest inny świadczeniodawca z krótszym czasem oczekiwania.
    - Nie zgadzają się Państwo z decyzją gminy? Wtedy proszę w ciągu 6 tygodni złożyć bezwaar (pisemny sprzeciw).
    - Także w czasie oczekiwania szkoła nadal odpowiada za edukację dziecka. Proszę poprosić szkołę o rozwiązanie tymczasowe.

waitlist-tlv =
    Do speciaal basisonderwijs (sbo, specjalna szkoła dla dzieci od 4 do 12 lat) i do speciaal onderwijs (so i vso, szkolnictwo specjalne) potrzebna jest TLV: toelaatbaarheidsverklaring (zaświadczenie o przyjęciu). Jest w nim napisane, że dziecko może chodzić do takiej szkoły.
    - Organ prowadzący szkołę (schoolbestuur) składa wniosek o TLV do samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia). Samenwerkingsverband prosi o opinię 2 ekspertów.
    - Samenwerkingsverband sam ustala zasady i to, jak długo TLV jest ważna.
    - Wniosek o TLV nie został jeszcze złożony albo trwa to długo? Proszę zapytać szkołę na piśmie, kiedy to nastąpi. Nic się nie dzieje? Proszę skontaktować się z Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie) i z samenwerkingsverband: { $swv }
    - Nie zgadzają się Państwo z decyzją? Proszę w ciągu 6 tygodni złożyć bezwaar (pisemny sprzeciw) do samenwerkingsverband. Opinię w tej sprawie wydaje komisja krajowa (LBT).

waitlist-both =
    Czasem szkoła i służby opieki mówią, że to druga strona powinna działać („kto odpowiada w pierwszej kolejności?”). To skomplikowane i nie muszą Państwo wyjaśniać tego sami.
    - Szkoła, w której dziecko jest zapisane, nadal odpowiada za edukację, także w czasie oczekiwania.
    - Gmina musi zapewnić jeugdhulp (pomoc dla dzieci i młodzieży), gdy dziecko jej potrzebuje: { $okt }
    - Proszę poprosić o jedno wspólne spotkanie ze szkołą, z samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) i z gminą lub placówką opieki, z jedną stałą osobą kontaktową dla Państwa.
    - Onderwijszorgconsulenten (doradcy ds. edukacji i opieki) z Onderwijsconsulenten bezpłatnie pomagają w sprawach, które łączą edukację i opiekę: 070-312 28 87.
    Chcą Państwo, żeby doradca przyjrzał się sprawie razem z Państwem? Proszę wybrać to poniżej.

waitlist-dagbesteding =
    Dziecko ma zwolnienie z obowiązku szkolnego (vrijstelling) i szukają Państwo dagbesteding (miejsca z opieką w ciągu dnia)? Dagbesteding to zwykle opieka, a nie edukacja. Wtedy organizuje ją gmina (na podstawie Jeugdwet, ustawy o pomocy dla młodzieży), a czasem na podstawie Wet langdurige zorg (Wlz, ustawa o opiece długoterminowej). Zorgplicht szkoły (obowiązek zapewnienia odpowiedniej edukacji) dotyczy edukacji, a nie opieki.
    - Dziecko nie ma zwolnienia? Wtedy szkoła nadal odpowiada za edukację dziecka.
    - Proszę złożyć wniosek o dagbesteding w swojej gminie: { $okt }
    - Jak to wygląda w przypadku Państwa dziecka, zależy od sytuacji. Doradca może przyjrzeć się temu razem z Państwem: proszę wybrać to poniżej.
