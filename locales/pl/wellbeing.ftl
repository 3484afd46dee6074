# Flow: wellbeing (lęk, przygnębienie, strach przed szkołą). Przetłumaczone z locales/nl/wellbeing.ftl.
wellbeing-start =
    Państwa dziecku nie jest dobrze? Co najlepiej pasuje?
wellbeing-c-crisis = Moje dziecko myśli o samobójstwie albo nie chce już żyć
wellbeing-c-anxious = Moje dziecko ma lęki albo jest przygnębione, albo boi się chodzić do szkoły
wellbeing-c-exemption = Moje dziecko w ogóle nie może chodzić do szkoły z powodu choroby lub problemów psychicznych
wellbeing-c-fewer-hours = Szkoła chce, żeby moje dziecko przychodziło na mniej godzin
wellbeing-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

wellbeing-crisis =
    Czy Państwa dziecko myśli o samobójstwie albo mówi, że nie chce już żyć? Zawsze trzeba to traktować poważnie.
    - Proszę dzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl. Mogą to Państwo zrobić także razem z dzieckiem.
    - Czy jest bezpośrednie niebezpieczeństwo? Proszę dzwonić pod 112.
    - Proszę też skontaktować się z lekarzem rodzinnym (huisarts).
    Przekazuję teraz Państwa pytanie doradcy w pierwszej kolejności.

wellbeing-anxious =
    Lęk, przygnębienie albo strach przed chodzeniem do szkoły: nie są Państwo z tym sami.
    - Proszę poprosić szkołę o spotkanie w sprawie planu: czego dziecko potrzebuje, żeby (znowu) chodzić do szkoły? Szkoła nadal odpowiada za edukację dziecka.
    - Pomocy można szukać przez lekarza rodzinnego (huisarts) albo przez gminę. W Amsterdamie jest to Ouder- en Kindteam (zespół wsparcia dla rodziców i dzieci); często w szkole jest też doradca ds. rodziców i dzieci.
    - Leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) może pomóc zaplanować powrót do szkoły.
    - Porady w sprawach szkoły: Ouders & Onderwijs (infolinia dla rodziców), 0800-5010.

wellbeing-exemption =
    Dziecko w ogóle nie może chodzić do szkoły z powodów fizycznych lub psychicznych? Wtedy możliwe jest zwolnienie z obowiązku szkolnego (vrijstelling, artykuł 5 pod a).
    - Potrzebne jest zaświadczenie od niezależnego lekarza, psychologa lub pedagoga wyznaczonego przez gminę. Nie może to być Państwa lekarz rodzinny (huisarts) ani terapeuta dziecka.
    - Zwolnienie jest ważne 1 rok. Zwykle trzeba je załatwiać ponownie co roku przed 1 lipca.
    - Leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w Państwa gminie powie, jak to działa.
    Uwaga: ze zwolnieniem dziecko nie musi już chodzić do szkoły. Proszę najpierw omówić ze szkołą i z doradcą, co to oznacza dla edukacji i pomocy.
