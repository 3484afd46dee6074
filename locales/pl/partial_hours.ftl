# Flow: partial_hours (skrócony plan lekcji). Przetłumaczone z locales/nl/partial_hours.ftl.
partial_hours-start =
    Czy Państwa dziecko może być w szkole tylko przez część dnia szkolnego? Jest to dozwolone tylko pod ścisłymi warunkami.
    Czy skrócony plan lekcji jest zapisany w OPP (plan rozwoju dziecka) i czy podpisali Państwo jego część dotyczącą wsparcia (handelingsdeel)?
partial_hours-c-yes = Tak, jest OPP i podpisałem/podpisałam go
partial_hours-c-no = Nie albo nie wiem
partial_hours-c-teach-home = Szkoła mówi, że mam uczyć dziecko w domu
partial_hours-c-home-over-4-weeks = Moje dziecko jest całkowicie w domu od ponad 4 tygodni

partial_hours-with-opp =
    Szkoła może dawać mniej lekcji tylko wtedy, gdy z powodów psychicznych lub fizycznych dziecko nie może być w szkole przez cały czas nauki. Warunki:
    - Jest to zapisane w OPP (plan rozwoju dziecka) i podpisali Państwo część dotyczącą wsparcia (handelingsdeel).
    - Nie chodzi o leczenie ani chorobę? Wtedy szkoła potrzebuje też zgody Inspectie (inspekcja szkolna), na określoną liczbę godzin i na określony czas.
    - Jest to tymczasowe. Proszę poprosić o pisemny plan z datą końcową i stopniowym zwiększaniem liczby godzin.
    Nie idzie tak, jak ustalono? Proszę porozmawiać ze szkołą i z samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) albo zadzwonić do Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).
    Nie zgadzają się Państwo z OPP? Wtedy mogą Państwo bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory).

partial_hours-without-opp =
    Bez OPP (plan rozwoju dziecka) z podpisaną przez Państwa częścią dotyczącą wsparcia (handelingsdeel) szkoła nie może dawać dziecku mniej godzin. Dziecko, które bez takich ustaleń jest (częściowo) w domu, to „verborgen thuiszitter” (ukryty przypadek dziecka siedzącego w domu bez szkoły).
    Co mogą Państwo zrobić:
    - Poprosić szkołę o pisemny plan z datą końcową i stopniowym zwiększaniem liczby godzin. Jeśli się Państwo z nim nie zgadzają, nie muszą go Państwo podpisywać.
    - Poinformować leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia).
    - Zasięgnąć porady u Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).
    - Zgłosić to do Inspectie (inspekcja szkolna): 088-669 60 60. To jest sygnał; Inspectie sama nie rozwiąże Państwa sprawy.

partial_hours-teach-home =
    Nie, szkoła nie może Państwa zmusić do uczenia dziecka w domu. Szkoła nadal odpowiada za edukację dziecka, także wtedy, gdy dziecko jest (częściowo) w domu.
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie, jaką edukację dostaje dziecko i kto ją zapewnia.
    - Poinformować leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia).
    - Zasięgnąć porady w Ouders & Onderwijs (0800-5010) lub u Onderwijsconsulenten (070-312 28 87).
