# Flow: parent_support (rodzic jest wyczerpany; wsparcie dla rodzica, grupy rodziców, 113). Przetłumaczone z locales/nl/parent_support.ftl.
parent_support-start =
    Opieka nad dzieckiem, które siedzi w domu, jest ciężka. Wielu rodziców jest wyczerpanych i to zrozumiałe. Co najlepiej pasuje?
parent_support-c-tired = Jestem zmęczony/zmęczona i potrzebuję wsparcia dla siebie
parent_support-c-groups = Chcę porozmawiać z innymi rodzicami, którzy też to przeżywają
parent_support-c-cannot = Nie widzę już wyjścia albo myślę o samobójstwie

parent_support-tired =
    Dobrze, że myślą Państwo także o sobie. To pomaga też dziecku.
    - Proszę porozmawiać z lekarzem rodzinnym (huisarts) albo z praktijkondersteuner (POH, osoba w przychodni lekarza rodzinnego, która wspiera w sprawach zdrowia psychicznego). Razem ustalą Państwo, czego Państwo potrzebują.
    - Wsparcie dla Państwa rodziny: { $okt }
    - Muszą Państwo mniej pracować, bo dziecko jest w domu? Zdarza się to wielu rodzicom. Proszę porozmawiać o tym z pracodawcą i z doradcą.
    - Nie muszą Państwo robić wszystkiego sami. W sprawach szkoły: { $oco }. Albo Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie).
    Czują się Państwo czasem tak źle, że nie chcą Państwo już dalej żyć? Proszę dzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl.

parent_support-groups =
    Inni rodzice często dokładnie rozumieją, przez co Państwo przechodzą.
    - OCO / Oudersteunpunt (punkt wsparcia dla rodziców) w Amsterdamie pracuje nad tym, żeby łączyć ze sobą grupy rodziców. Proszę o to zapytać: { $oco }
    - Landelijke Oudervereniging Balans to krajowe stowarzyszenie rodziców działające na rzecz rodziców (balansdigitaal.nl).

parent_support-groups-elsewhere =
    Inni rodzice często dokładnie rozumieją, przez co Państwo przechodzą.
    - Proszę zapytać w gminie albo w samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia), czy w Państwa okolicy są grupy dla rodziców. Samenwerkingsverband: { $swv }
    - Landelijke Oudervereniging Balans to krajowe stowarzyszenie rodziców działające na rzecz rodziców (balansdigitaal.nl).
    - Pytania o szkołę? Ouders & Onderwijs (infolinia dla rodziców): 0800-5010 (bezpłatnie).

parent_support-cannot =
    Dobrze, że Państwo o tym mówią. Nie muszą Państwo dźwigać tego sami.
    - Proszę porozmawiać o tym jeszcze dziś: zadzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl.
    - Jest bezpośrednie niebezpieczeństwo? Proszę dzwonić pod 112.
    - Pomóc może też lekarz rodzinny (huisarts). Wieczorem i w weekend: huisartsenpost (dyżur lekarzy rodzinnych).
    - Na tych liniach pomocy rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.
    Proszę nie czekać na nas: doradcy Wegwijzer nie są pomocą kryzysową i nie zawsze są od razu dostępni. W razie wątpliwości proszę dzwonić pod 113 lub 112.
