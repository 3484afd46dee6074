# Flow: enrolment (zgłoszenie, przyjęcie, zorgplicht). Przetłumaczone z locales/nl/enrolment.ftl.
enrolment-start =
    Chcą Państwo zapisać dziecko do szkoły, czy szkoła nie chce przyjąć Państwa dziecka? Czego dotyczy Państwa pytanie?
enrolment-c-how = Jak zapisać dziecko do szkoły?
enrolment-c-refused = Szkoła odmawia przyjęcia mojego dziecka
enrolment-c-slow = Szkoła nie podejmuje decyzji albo trwa to bardzo długo
enrolment-c-home-over-4-weeks = Moje dziecko nie ma szkoły i jest w domu od ponad 4 tygodni

enrolment-how =
    Jak zapisać dziecko (aanmelden):
    - Proszę zgłosić dziecko na piśmie w szkole, którą wybrali Państwo w pierwszej kolejności. Proszę podać imię dziecka, płeć, datę urodzenia i numer BSN (holenderski numer identyfikacyjny).
    - Czy dziecko potrzebuje dodatkowego wsparcia? Proszę to też napisać. Wtedy ta szkoła ma zorgplicht (obowiązek znalezienia odpowiedniego miejsca dla dziecka).
    - Szkoła decyduje w ciągu 6 tygodni. Szkoła może jeden raz przedłużyć ten termin o 4 tygodnie.
    - Szkoła sama nie może zapewnić wsparcia? Wtedy musi razem z Państwem znaleźć szkołę, która to może.
    Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 lub Ouders & Onderwijs (infolinia dla rodziców) 0800-5010.

enrolment-refused =
    Czy napisali Państwo w zgłoszeniu, że dziecko potrzebuje dodatkowego wsparcia? Wtedy szkoła może odmówić przyjęcia dopiero wtedy, gdy inna szkoła zgodzi się przyjąć Państwa dziecko.
    Wyjątek: szkoła, która jest pełna dla wszystkich, nie ma zorgplicht (obowiązku znalezienia miejsca dla dziecka).
    Co mogą Państwo zrobić:
    - Poprosić szkołę o decyzję i uzasadnienie na piśmie. Nie zgadzają się Państwo? Wtedy proszę złożyć bezwaar (pisemny sprzeciw) do zarządu szkoły (schoolbestuur).
    - Mogą Państwo też w ciągu 6 tygodni bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory).
    - Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87, Ouders & Onderwijs 0800-5010. W Amsterdamie: OCO 020-330 63 20.

enrolment-slow =
    Szkoła musi podjąć decyzję w ciągu 6 tygodni od Państwa pisemnego zgłoszenia. Szkoła może jeden raz przedłużyć ten termin o 4 tygodnie.
    Po 10 tygodniach nadal nie ma decyzji? Wtedy dziecko jest tymczasowo przyjęte.
    Co mogą Państwo zrobić:
    - Zachować kopię zgłoszenia z datą.
    - Zapytać szkołę na piśmie, kiedy będzie decyzja.
    - Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 (bezpłatnie).
