# Flow: wellbeing (lęk, przygnębienie, strach przed szkołą, choroba). Przetłumaczone z locales/nl/wellbeing.ftl.
wellbeing-start =
    Państwa dziecku nie jest dobrze? To niepokojące. Co najlepiej pasuje?
wellbeing-c-crisis = Moje dziecko myśli o samobójstwie albo nie chce już żyć
wellbeing-c-anxious = Moje dziecko ma lęki albo jest przygnębione, albo boi się chodzić do szkoły
wellbeing-c-options = Jakie są możliwości nauki, gdy chodzenie do szkoły teraz się nie udaje?
wellbeing-c-exemption = Moje dziecko w ogóle nie może chodzić do szkoły z powodu choroby lub problemów psychicznych
wellbeing-c-fewer-hours = Szkoła chce, żeby moje dziecko przychodziło na mniej godzin
wellbeing-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

wellbeing-crisis =
    Czy Państwa dziecko myśli o samobójstwie albo mówi, że nie chce już żyć? Zawsze trzeba to traktować poważnie.
    - Proszę dzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl. Mogą to Państwo zrobić także razem z dzieckiem.
    - Czy jest bezpośrednie niebezpieczeństwo? Proszę dzwonić pod 112.
    - Proszę też skontaktować się z lekarzem rodzinnym (huisarts). Wieczorem i w weekend: huisartsenpost (dyżur lekarzy rodzinnych).
    - Na tych liniach pomocy rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.
    Proszę nie czekać na nas: doradcy Wegwijzer nie są pomocą kryzysową i nie zawsze są od razu dostępni. W razie wątpliwości proszę dzwonić pod 113 lub 112.

wellbeing-anxious =
    To trudne, gdy dziecko ma lęki albo jest przygnębione. Nie są Państwo z tym sami.
    - Czasem dziecko potrzebuje najpierw odpoczynku, żeby dojść do siebie, na przykład po nękaniu albo po trudnym czasie w szkole. Ouders & Onderwijs (infolinia dla rodziców) widzi, że naciskanie na jak najszybszy powrót do szkoły wtedy nie pomaga. Proszę poprosić o plan z małymi krokami.
    - Szkoła nadal odpowiada za edukację dziecka. Proszę poprosić o rozmowę: czego potrzebuje dziecko? Niech dziecko samo też powie, czego potrzebuje.
    - Pomoc dla dziecka: lekarz rodzinny (huisarts) albo { $okt }
    - Jeugdarts (lekarz z publicznej opieki zdrowotnej nad dziećmi i młodzieżą, jeugdgezondheidszorg) może pomóc, gdy dziecko ma dużo nieobecności w szkole, i wesprzeć powrót do szkoły. Mogą Państwo sami zadzwonić do jeugdgezondheidszorg w swojej gminie.
    - Dziecko może też samo porozmawiać z De Kindertelefoon (bezpłatny telefon zaufania dla dzieci, kindertelefoon.nl).
    - Leerplicht (urząd gminy ds. obowiązku szkolnego) może pomóc zaplanować powrót: { $leerplicht }
    - Porada w sprawach szkoły: { $oco }

wellbeing-options =
    Dziecko nie daje teraz rady chodzić do szkoły przez cały dzień? Są różne możliwości. Szkoła nadal odpowiada za dziecko i musi razem z Państwem szukać nauki, która pasuje.
    - Rozwiązanie dopasowane do dziecka (maatwerk) w ramach OPP (ontwikkelingsperspectief: plan wsparcia dla dziecka), na przykład na jakiś czas mniej godzin z planem stopniowego zwiększania. Przy chorobie lub leczeniu szkoła nie musi prosić Inspectie (inspekcja szkolna) o zgodę. Szkoła przygotowuje OPP w porozumieniu z Państwem. Na część o pomocy (handelingsdeel) potrzebna jest Państwa zgoda.
    - Proszę zapytać szkołę, czy (na jakiś czas) możliwa jest nauka zdalna (afstandsonderwijs) albo nauka przez pół dnia.
    - Dziecko jest długo lub ciężko chore? Także wtedy szkoła nadal odpowiada za jego edukację, również gdy dziecko nie może przychodzić do szkoły. Szkoła może poprosić o bezpłatną pomoc konsultanta ds. nauki chorych uczniów (consulent onderwijsondersteuning zieke leerlingen, OZL). Więcej informacji: ziezon.nl.
    - Niektóre szkoły oferują edukację i opiekę razem, w formie onderwijszorgarrangement. Proszę zapytać szkołę i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia), czy to możliwe: { $swv }
    - Nie udaje się tego ustalić wspólnie? Proszę poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87.
    - Zwolnienie z obowiązku szkolnego (vrijstelling) to ostatni krok. Przy zwolnieniu szkoła nie musi już zapewniać dziecku edukacji. Mniej godzin jest możliwe także bez zwolnienia, przez OPP.

wellbeing-exemption =
    Dziecko w ogóle nie może chodzić do szkoły z powodów fizycznych lub psychicznych? Wtedy możliwe jest zwolnienie z obowiązku szkolnego (vrijstelling, art. 5 lit. a).
    - Potrzebne jest zaświadczenie od niezależnego lekarza, psychologa lub pedagoga wyznaczonego przez gminę. Nie może to być Państwa lekarz rodzinny (huisarts) ani osoba, która leczy dziecko.
    - Zwolnienie jest ważne 1 rok. Zwykle trzeba je załatwiać ponownie co roku przed 1 lipca.
    - Leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) powie Państwu, jak to działa: { $leerplicht }
    Uwaga: przy zwolnieniu dziecko nie musi już chodzić do szkoły, a szkoła nie musi już zapewniać mu edukacji. Dziecko może chodzić do szkoły przez część czasu? Wtedy możliwe jest mniej godzin przez OPP (plan wsparcia dla dziecka), bez zwolnienia. Proszę najpierw omówić ze szkołą i z doradcą, co najlepiej pasuje.
