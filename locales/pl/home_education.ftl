# Flow: home_education (nauczanie domowe, vrijstelling 5 onder b). Przetłumaczone z locales/nl/home_education.ftl.
# Nauczanie domowe to nie to samo co siedzenie w domu bez szkoły: proszę tego nie mieszać.
home_education-start =
    Nauczanie domowe (thuisonderwijs) oznacza: sami Państwo decydują, że uczą dziecko w domu. To nie to samo, co dziecko, które siedzi w domu bez szkoły. Co chcieliby Państwo wiedzieć?
home_education-c-rules = Chcę sam(a) uczyć dziecko w domu
home_education-c-thuiszitter = Moje dziecko jest w domu, bo w szkole się nie układa
home_education-c-school-says = Szkoła mówi, że mam uczyć dziecko w domu
home_education-c-ill = Zwolnienie, bo moje dziecko jest chore albo z powodów psychicznych nie może chodzić do szkoły
home_education-c-what-now = Co mogę zrobić, gdy moje dziecko jest w domu?

home_education-rules =
    Nauczanie domowe jest możliwe tylko ze zwolnieniem z obowiązku szkolnego (vrijstelling) na podstawie art. 5 lit. b Leerplichtwet (ustawa o obowiązku szkolnym). Jest to możliwe tylko wtedy, gdy mają Państwo zastrzeżenia do kierunku religijnego lub światopoglądowego wszystkich szkół w rozsądnej odległości od domu.
    - Niezgoda ze sposobem nauczania nie jest wystarczającym powodem.
    - Zwolnienie trzeba w porę zgłosić w gminie. Proszę zapytać leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego), jak i kiedy to zrobić: { $leerplicht }
    - Dziecko jest teraz zapisane do szkoły? Wtedy zwykle nie można tak po prostu przejść na nauczanie domowe w środku roku szkolnego.
    Uwaga: nauczanie domowe to nie to samo, co siedzenie w domu bez szkoły. Dziecko jest w domu, bo w szkole się nie układa? Wtedy proszę wybrać w menu „Moje dziecko siedzi w domu bez szkoły”.

home_education-thuiszitter =
    Wtedy Państwa dziecko jest thuiszitter (dziecko, które siedzi w domu bez szkoły). To nie to samo, co nauczanie domowe, a ta różnica jest ważna:
    - Szkoła, w której dziecko jest zapisane, i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) nadal odpowiadają za odpowiednią edukację.
    - Nie muszą Państwo sami przejmować nauczania.
    - Niektórzy rodzice z konieczności proszą o zwolnienie (vrijstelling). Ma to skutki: szkoła nie musi wtedy już zapewniać edukacji. Proszę najpierw porozmawiać o tym z doradcą.
    Co chcieliby Państwo zrobić?

home_education-school-says =
    Nie, szkoła nie może Państwa zmusić do uczenia dziecka w domu. Szkoła nadal odpowiada za edukację, także wtedy, gdy dziecko jest (częściowo) w domu. To nie jest nauczanie domowe.
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie, jaką edukację dostaje dziecko i kto ją zapewnia.
    - Zgłosić to do leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }. I do samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia): { $swv }
    - Zasięgnąć porady w Ouders & Onderwijs (infolinia dla rodziców, 0800-5010) lub u Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87).

home_education-ill =
    Dziecko nie może chodzić do szkoły z powodów fizycznych lub psychicznych? Wtedy chodzi o inne zwolnienie (vrijstelling): art. 5 lit. a.
    - Potrzebne jest zaświadczenie od niezależnego lekarza, psychologa lub pedagoga wyznaczonego przez gminę. Nie może to być Państwa lekarz rodzinny (huisarts) ani osoba, która leczy dziecko.
    - Zwolnienie jest ważne 1 rok. Zwykle trzeba je załatwiać ponownie co roku przed 1 lipca.
    - Dziecko może chodzić do szkoły przez część czasu? Wtedy mniej godzin jest możliwe także bez zwolnienia, przez OPP (plan wsparcia dla dziecka).
    Uwaga: przy zwolnieniu dziecko nie musi już chodzić do szkoły, a szkoła nie musi już zapewniać mu edukacji. Proszę najpierw omówić ze szkołą, z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i z doradcą, co to oznacza dla edukacji i pomocy.
