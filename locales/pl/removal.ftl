# Flow: removal (verwijdering). Przetłumaczone z locales/nl/removal.ftl.
removal-start =
    Szkoła chce usunąć Państwa dziecko (verwijdering) albo już to zrobiła? To bardzo trudna sytuacja. Czego dotyczy Państwa pytanie?
removal-c-rules = Co szkoła musi zrobić, zanim może usunąć moje dziecko?
removal-c-disagree = Jest decyzja i nie zgadzam się z nią
removal-c-letter = Potrzebuję pomocy w napisaniu sprzeciwu (bezwaar)
removal-c-support = Moje dziecko potrzebuje dodatkowego wsparcia
removal-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

removal-rules =
    Szkoła nie może tak po prostu usunąć ucznia. Szkoła musi:
    - najpierw wysłuchać Państwa, dziecka oraz nauczyciela lub nauczycieli;
    - przekazać decyzję na piśmie, z uzasadnieniem;
    - poinformować Inspectie (inspekcja szkolna) i leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego). Middelbare school (szkoła dla młodzieży od 12 do 18 lat) musi skonsultować się z Inspectie już przed podjęciem decyzji;
    - najpierw znaleźć inną szkołę, która przyjmie Państwa dziecko. Dopiero wtedy usunięcie może stać się ostateczne. Do tego czasu dziecko pozostaje zapisane, a szkoła nadal odpowiada za jego edukację.
    Szkoła wypisuje dziecko ze swojej listy uczniów, chociaż Państwo o to nie prosili? To też jest usunięcie ze szkoły.
    Middelbare school nie może usunąć ucznia w środku roku szkolnego z powodu słabych ocen.
    Pytania? { $oco }
    To są ogólne informacje, a nie porada prawna.

removal-disagree =
    To bardzo trudna sytuacja. Mogą Państwo coś z tym zrobić:
    - W ciągu 6 tygodni złożyć pisemny bezwaar (sprzeciw) do organu prowadzącego szkołę (schoolbestuur). Mogą Państwo też wyjaśnić swój sprzeciw ustnie i zobaczyć dokumenty sprawy (dossier). Organ prowadzący decyduje zwykle w ciągu 4 tygodni po upływie tych 6 tygodni.
    - Mogą Państwo też w ciągu 6 tygodni zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację). Jest to bezpłatne. Komisja wydaje opinię w ciągu 10 tygodni. Zwrócą się Państwo do komisji? Wtedy organ prowadzący decyduje o sprzeciwie dopiero wtedy, gdy jest ta opinia.
    - W czasie trwania sprzeciwu szkoła może nie wpuszczać dziecka do szkoły. Ale dziecko pozostaje zapisane, a szkoła nadal odpowiada za jego edukację, na przykład za zadania domowe i wsparcie.
    - Sprawa jest bardzo pilna? W openbare school (szkoła publiczna) proszą Państwo sąd administracyjny (bestuursrechter) o voorlopige voorziening (szybka, tymczasowa decyzja). W bijzondere school (szkoła prowadzona przez fundację lub stowarzyszenie), na przykład chrześcijańskiej lub islamskiej, jest to kort geding (postępowanie w trybie pilnym) przed sądem cywilnym, z adwokatem. Juridisch Loket (punkt porad prawnych): 0900-8020.
    Porada: { $oco }. Albo Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (nie wtedy, gdy trwa już sprawa sądowa).
    To są ogólne informacje, a nie porada prawna.

# Lista kontrolna do pisma ze sprzeciwem (OCO). Używana także w temacie suspension.
removal-letter =
    Jak napisać sprzeciw (bezwaar). Proszę w nim podać:
    - swoje imię i nazwisko oraz adres;
    - nazwę i adres szkoły oraz organu prowadzącego szkołę (schoolbestuur);
    - imię i nazwisko dziecka;
    - jakiej decyzji dotyczy sprzeciw, z datą tej decyzji;
    - dlaczego nie zgadzają się Państwo z decyzją;
    - że proszą Państwo o nową decyzję;
    - że chcieliby Państwo wyjaśnić swój sprzeciw ustnie;
    - datę i swój podpis.
    Proszę wysłać pismo w ciągu 6 tygodni. 6 tygodni liczy się od daty decyzji szkoły. Proszę zachować kopię i poprosić szkołę o potwierdzenie, że otrzymała pismo.
    Pomoc przy piśmie: { $oco }

removal-support =
    Dziecko potrzebuje dodatkowego wsparcia? Wtedy szkoła ma zorgplicht (obowiązek zapewnienia odpowiedniego miejsca): musi zadbać o odpowiednie miejsce dla dziecka, w tej szkole albo w innej szkole, która pasuje.
    - Dziecko pozostaje zapisane w obecnej szkole, dopóki nowa szkoła naprawdę go nie zapisze. Do tego czasu za edukację odpowiada obecna szkoła.
    - Proszę zapytać szkołę, jakie szkoły sprawdziła, czy mogą one zapewnić wsparcie zapisane w OPP (plan wsparcia dla dziecka) i jak długo trwa dojazd. Proszę też zapytać, czy wzięto pod uwagę rodzaj szkoły i kierunek (richting), jakiego Państwo chcą, na przykład szkołę publiczną lub chrześcijańską.
    - Nie zgadzają się Państwo z usunięciem albo z OPP? Wtedy mogą Państwo bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację).
    Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji), 070-312 28 87 (bezpłatnie).
