# Flow: partial_hours (skrócony plan lekcji, mniej godzin). Przetłumaczone z locales/nl/partial_hours.ftl.
partial_hours-start =
    Państwa dziecko może być w szkole tylko przez część czasu nauki? Jest to dozwolone tylko pod pewnymi warunkami. Dobrze zorganizowane może być rozwiązaniem tymczasowym.
    Czy krótszy czas nauki jest zapisany w OPP (ontwikkelingsperspectief: plan wsparcia dla dziecka) i czy podpisali Państwo handelingsdeel? To część OPP dotycząca pomocy.
partial_hours-c-yes = Tak, jest OPP i podpisałem/podpisałam go
partial_hours-c-no = Nie albo nie wiem
partial_hours-c-teach-home = Szkoła mówi, że mam uczyć dziecko w domu
partial_hours-c-slow-swv = Czekamy na samenwerkingsverband i trwa to długo
partial_hours-c-home-over-4-weeks = Moje dziecko jest całkowicie w domu od ponad 4 tygodni

partial_hours-with-opp =
    Szkoła może dawać mniej lekcji tylko wtedy, gdy z powodów psychicznych lub fizycznych dziecko nie może być w szkole przez cały czas nauki. Warunki:
    - Jest to zapisane w OPP (plan wsparcia dla dziecka) i podpisali Państwo handelingsdeel (część OPP dotycząca pomocy).
    - Nie chodzi o leczenie ani chorobę? Wtedy szkoła potrzebuje też zgody Inspectie (inspekcja szkolna), na określoną liczbę godzin i na określony czas. Proszę zapytać szkołę, do kiedy Inspectie wyraziła zgodę.
    - Jest to tymczasowe. Proszę poprosić o pisemny plan z datą końcową i stopniowym zwiększaniem liczby godzin.
    Nie idzie tak, jak ustalono? Proszę porozmawiać ze szkołą i z samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia): { $swv }. Albo zadzwonić do Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).
    Nie zgadzają się Państwo z OPP? Wtedy mogą Państwo bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację).

partial_hours-without-opp =
    Bez OPP (plan wsparcia dla dziecka) z Państwa podpisem pod handelingsdeel (część dotycząca pomocy) szkoła nie może dawać dziecku mniej godzin lekcji. Dziecko, które bez takich ustaleń jest (częściowo) w domu, to „verborgen thuiszitter” (ukryty przypadek dziecka siedzącego w domu bez szkoły).
    Co mogą Państwo zrobić:
    - Poprosić szkołę o pisemny plan z datą końcową i stopniowym zwiększaniem liczby godzin. Przy takim planie mniej godzin może być dobrym rozwiązaniem tymczasowym.
    - Nie zgadzają się Państwo z planem? Wtedy nie muszą go Państwo podpisywać. Ale dziecko nie wróci przez to samo z siebie do szkoły na cały dzień: proszę zapytać, co szkoła w takim razie zrobi, i poprosić o pomoc.
    - Zgłosić to do leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }. I do samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia): { $swv }
    - Zasięgnąć porady u Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).
    - Zgłosić to do Inspectie (inspekcja szkolna): 088-669 60 60 (pon.–pt. 9–12 i 13–16). To jest sygnał; Inspectie sama nie rozwiąże Państwa sprawy.
    Dziecko ma dopiero 4 lata? Wtedy nie podlega jeszcze obowiązkowi szkolnemu. Obowiązek szkolny (leerplicht) zaczyna się w pierwszym dniu nauki w miesiącu po piątych urodzinach dziecka. Dziecko jest zapisane do szkoły? Wtedy ta szkoła już teraz odpowiada za odpowiednią naukę dla dziecka. Proszę zapytać doradcę, co to oznacza dla Państwa dziecka.

partial_hours-teach-home =
    Nie, szkoła nie może Państwa zmusić do uczenia dziecka w domu. Szkoła nadal odpowiada za edukację dziecka, także wtedy, gdy dziecko jest (częściowo) w domu.
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie, jaką edukację dostaje dziecko i kto ją zapewnia.
    - Zgłosić to do leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }. I do samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia): { $swv }
    - Zasięgnąć porady w Ouders & Onderwijs (infolinia dla rodziców, 0800-5010) lub u Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87).

partial_hours-slow-swv =
    Muszą Państwo czekać, aż samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) znajdzie czas? Proszę nie czekać bezczynnie.
    - Szkoła nadal odpowiada za dziecko. Proszę poprosić szkołę o pisemny plan na czas oczekiwania: ile godzin lekcji dostaje dziecko i kto je wspiera?
    - Proszę zapytać samenwerkingsverband, czy da się to zrobić szybciej, i powiedzieć, że dziecko jest teraz (częściowo) w domu: { $swv }
    - Proszę zgłosić to do leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Wsparcie utknęło w miejscu? Proszę poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87. Może minąć kilka tygodni, zanim oddzwonią: dlatego proszę zgłosić się od razu.
    - Proszę zgłosić to do Inspectie (inspekcja szkolna): 088-669 60 60 (pon.–pt. 9–12 i 13–16). To jest sygnał; Inspectie sama nie rozwiąże Państwa sprawy.
