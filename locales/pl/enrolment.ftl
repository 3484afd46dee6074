# Flow: enrolment (zgłoszenie, przyjęcie, zorgplicht). Przetłumaczone z locales/nl/enrolment.ftl.
enrolment-start =
    Chcą Państwo zapisać dziecko do szkoły, czy szkoła nie chce przyjąć Państwa dziecka? Czego dotyczy Państwa pytanie?
enrolment-c-how = Jak zapisać dziecko do szkoły?
enrolment-c-refused = Szkoła odmawia przyjęcia mojego dziecka
enrolment-c-slow = Szkoła nie podejmuje decyzji albo trwa to bardzo długo
enrolment-c-home-over-4-weeks = Moje dziecko nie ma szkoły i jest w domu od ponad 4 tygodni

enrolment-how =
    Jak zgłosić dziecko do szkoły (aanmelden):
    - Proszę zgłosić dziecko na piśmie w szkole pierwszego wyboru. Proszę podać imię dziecka, płeć, datę urodzenia i numer BSN (holenderski numer identyfikacyjny), jeśli dziecko go ma.
    - Nie ma jeszcze numeru BSN? Proszę mimo to zgłosić dziecko. Szkoła nie może odmówić przyjęcia dziecka dlatego, że nie ma ono numeru BSN ani zezwolenia na pobyt.
    - Proszę zgłosić dziecko na czas, najlepiej co najmniej 10 tygodni przed tym, kiedy ma zacząć naukę.
    - Dziecko potrzebuje dodatkowego wsparcia? Proszę to napisać. Zgłaszają Państwo dziecko do kilku szkół? Proszę napisać, która jest Państwa pierwszym wyborem. Ta szkoła ma zorgplicht (obowiązek zapewnienia odpowiedniego miejsca): musi zadbać o odpowiednie miejsce, w tej szkole albo w innej.
    - Szkoła decyduje w ciągu 6 tygodni. Może jeden raz przedłużyć ten termin o 4 tygodnie.
    Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 (bezpłatnie) lub { $oco }

enrolment-refused =
    Szkoła odmawia przyjęcia dziecka? To rozczarowujące. Oto zasady:
    - Napisali Państwo w zgłoszeniu, że dziecko potrzebuje dodatkowego wsparcia? Wtedy szkoła może odmówić dopiero wtedy, gdy inna szkoła potwierdzi, że przyjmie dziecko.
    - Wyjątki: szkoła jest pełna dla wszystkich albo nie szanują Państwo grondslag, czyli religii lub światopoglądu, na którym opiera się bijzondere school (szkoła prowadzona przez fundację lub stowarzyszenie, często wyznaniowa).
    Co mogą Państwo zrobić:
    - Poprosić szkołę o decyzję i uzasadnienie na piśmie. Nie zgadzają się Państwo? Wtedy proszę w ciągu 6 tygodni złożyć bezwaar (pisemny sprzeciw) do organu prowadzącego szkołę (schoolbestuur).
    - Dziecko potrzebuje dodatkowego wsparcia? Wtedy mogą Państwo też w ciągu 6 tygodni bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację).
    - Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 (bezpłatnie) lub { $oco }
    To są ogólne informacje, a nie porada prawna.

enrolment-slow =
    Szkoła musi podjąć decyzję w ciągu 6 tygodni od Państwa pisemnego zgłoszenia. Może jeden raz przedłużyć ten termin o 4 tygodnie.
    - Po 10 tygodniach nadal nie ma decyzji, a dziecko nie jest zapisane do innej szkoły? Wtedy dziecko zostaje tymczasowo przyjęte.
    - Dziecko jest jeszcze zapisane do innej szkoły? Wtedy tamta szkoła nadal za nie odpowiada. Proszę nie zabierać dziecka z tamtej szkoły, zanim zapadnie decyzja.
    - Dziecko nie jest nigdzie zapisane? Wtedy nowa szkoła nie musi go jeszcze uczyć w tych tygodniach. Dlatego proszę od razu skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }. I z samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia): { $swv }
    - Proszę zachować kopię zgłoszenia z datą. Proszę zapytać szkołę na piśmie, kiedy będzie decyzja.
    Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 (bezpłatnie).
    To są ogólne informacje, a nie porada prawna.
