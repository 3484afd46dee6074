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
    Nauczanie domowe jest możliwe tylko ze zwolnieniem z obowiązku szkolnego (vrijstelling) na podstawie artykułu 5 pod b. Jest to możliwe tylko wtedy, gdy mają Państwo zastrzeżenia do charakteru religijnego lub światopoglądowego wszystkich szkół w rozsądnej odległości od domu.
    - Niezgoda ze sposobem nauczania nie jest wystarczającym powodem.
    - Proszę zapytać leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie, jak to działa.
    Uwaga: nauczanie domowe to nie to samo, co siedzenie w domu bez szkoły. Czy dziecko jest w domu, bo w szkole się nie układa? Wtedy proszę wybrać w menu „Moje dziecko siedzi w domu bez szkoły”.

home_education-thuiszitter =
    Wtedy Państwa dziecko jest thuiszitter (dziecko, które siedzi w domu bez szkoły). To nie to samo, co nauczanie domowe, a różnica jest ważna:
    - Szkoła, w której dziecko jest zapisane, i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) nadal odpowiadają za odpowiednią edukację.
    - Nie muszą Państwo sami przejmować nauczania.
    - Niektórzy rodzice z konieczności proszą o zwolnienie (vrijstelling). To ma swoje skutki. Proszę najpierw porozmawiać o tym z doradcą.
    Co chcieliby Państwo zrobić?

home_education-school-says =
    Nie, szkoła nie może Państwa zmusić do uczenia dziecka w domu. Szkoła nadal odpowiada za edukację, także wtedy, gdy dziecko jest (częściowo) w domu. To nie jest nauczanie domowe.
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie, jaką edukację dostaje dziecko i kto ją zapewnia.
    - Poinformować leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia).
    - Zasięgnąć porady w Ouders & Onderwijs (0800-5010) lub u Onderwijsconsulenten (070-312 28 87).

home_education-ill =
    Dziecko nie może chodzić do szkoły z powodów fizycznych lub psychicznych? Wtedy chodzi o inne zwolnienie (vrijstelling): artykuł 5 pod a.
    - Potrzebne jest zaświadczenie od niezależnego lekarza, psychologa lub pedagoga wyznaczonego przez gminę. Nie może to być Państwa lekarz rodzinny (huisarts) ani terapeuta dziecka.
    - Zwolnienie jest ważne 1 rok. Zwykle trzeba je załatwiać ponownie co roku przed 1 lipca.
    Uwaga: ze zwolnieniem dziecko nie musi już chodzić do szkoły. Proszę najpierw omówić ze szkołą, z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i z doradcą, co to oznacza dla edukacji i pomocy.
