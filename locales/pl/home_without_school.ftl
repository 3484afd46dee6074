# Flow: home_without_school (thuiszitten). Przetłumaczone z locales/nl/home_without_school.ftl.
home_without_school-start =
    Czy Państwa dziecko siedzi w domu bez szkoły? Od jak dawna?
home_without_school-c-short = Krócej niż 4 tygodnie
home_without_school-c-long = Dłużej niż 4 tygodnie
home_without_school-c-not-enrolled = Moje dziecko nie jest zapisane do żadnej szkoły
home_without_school-c-veilig-thuis = Szkoła albo urzędnik ds. obowiązku szkolnego grozi zgłoszeniem nas do Veilig Thuis
home_without_school-c-self = Najpierw przeczytam, co mogę zrobić sam(a)

home_without_school-short =
    Szkoła, w której dziecko jest zapisane, nadal odpowiada za jego edukację. Samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) musi zadbać o odpowiednie miejsce.
    Co mogą Państwo zrobić:
    - Poprosić szkołę na piśmie o spotkanie i plan: kiedy dziecko wróci do szkoły i jaką edukację dostanie do tego czasu?
    - Skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego). Pomaga w powrocie do szkoły i może pośredniczyć.
    - Poprosić samenwerkingsverband o pomoc w szukaniu rozwiązania.
    - Porada: Ouders & Onderwijs (infolinia dla rodziców) 0800-5010. W Amsterdamie: OCO 020-330 63 20.

home_without_school-long =
    Czy dziecko jest w domu od ponad 4 tygodni, bez zwolnienia (vrijstelling)? Wtedy jest thuiszitter (dziecko, które siedzi w domu bez szkoły). Teraz mogą Państwo też poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji).
    Co chcieliby Państwo zrobić?

home_without_school-long-steps =
    Co mogą Państwo zrobić:
    - Poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (w dni robocze 9:00–12:30 i 13:30–16:30) lub przez quickscan (krótki formularz) na ich stronie internetowej.
    - Zwykle pytają, czy najpierw rozmawiali Państwo ze szkołą i z samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia). Dziecko nie dostaje żadnej edukacji? Wtedy nie jest to konieczne.
    - Pozostawać w kontakcie ze szkołą i z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i poprosić o pisemny plan.
    - Nic się nie dzieje? Proszę zgłosić to do Inspectie (inspekcja szkolna): 088-669 60 60. To jest sygnał; Inspectie sama nie rozwiąże Państwa sprawy.

home_without_school-not-enrolled =
    Dziecko nie jest zapisane do żadnej szkoły i nie ma zwolnienia (vrijstelling)? Nazywa się to „absoluut verzuim” (całkowity brak obecności w szkole). Dziecko musi wtedy jak najszybciej zostać znowu zapisane.
    Co mogą Państwo zrobić:
    - Zgłosić dziecko na piśmie do szkoły. Czy dziecko potrzebuje dodatkowego wsparcia? Proszę to też napisać. Wtedy ta szkoła ma zorgplicht (obowiązek znalezienia odpowiedniego miejsca dla dziecka).
    - Skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie. Może pomóc.
    - Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 lub Ouders & Onderwijs 0800-5010.

home_without_school-veilig-thuis =
    Samo niechodzenie do szkoły nie jest powodem do zgłoszenia do Veilig Thuis (punkt porad i zgłoszeń w sprawie przemocy domowej i krzywdzenia dzieci). Tak mówi Ingrado, stowarzyszenie urzędników ds. obowiązku szkolnego. Grożenie takim zgłoszeniem jest niewłaściwe.
    - Szkoła mimo to chce zrobić zgłoszenie? Wtedy szkoła musi najpierw porozmawiać o tym z Państwem.
    - Proszę zapytać na spotkaniu, czym dokładnie szkoła się martwi, i poprosić o plan edukacji dla dziecka.
    - Porada: Ouders & Onderwijs (infolinia dla rodziców) 0800-5010 lub Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87.
