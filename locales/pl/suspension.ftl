# Flow: suspension (schorsing). Przetłumaczone z locales/nl/suspension.ftl.
suspension-start =
    Zawieszenie (schorsing) oznacza, że dziecko przez krótki czas nie może przychodzić do szkoły. Czego dotyczy Państwa pytanie?
suspension-c-rules = Jakie są zasady zawieszenia?
suspension-c-disagree = Nie zgadzam się z zawieszeniem
suspension-c-longer = Zawieszenie trwa dłużej niż tydzień albo nie ma daty końcowej
suspension-c-removal = Szkoła chce też usunąć moje dziecko
suspension-c-po = Szkoła podstawowa
suspension-c-vo = Szkoła średnia
suspension-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

suspension-rules =
    Oto zasady zawieszenia (schorsing):
    - Zawieszenie trwa najwyżej 1 tydzień (5 dni szkolnych).
    - Szkoła przekazuje Państwu decyzję i uzasadnienie na piśmie.
    - Zawieszenie trwa dłużej niż 1 dzień? Wtedy zarząd szkoły musi pisemnie poinformować Inspectie (inspekcja szkolna). Zwykle informowany jest też leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego).
    - Szkoła nadal zapewnia naukę, na przykład zadania domowe. Proszę zapytać szkołę, jakie zadania dostanie dziecko.
    Pytania? Proszę zadzwonić do Ouders & Onderwijs (infolinia dla rodziców): 0800-5010 (bezpłatnie).

suspension-disagree =
    Nie zgadzają się Państwo z zawieszeniem? Co mogą Państwo zrobić:
    - Złożyć bezwaar (pisemny sprzeciw): wysłać list do zarządu szkoły (schoolbestuur) w ciągu 6 tygodni. Zarząd zwykle odpowiada w ciągu około 4 tygodni.
    - Sędziowie oczekują, że szkoła najpierw wysłucha dziecko, Państwa i nauczyciela. W decyzji powinno być napisane, jak złożyć sprzeciw. Tak się nie stało? Proszę napisać o tym w sprzeciwie.
    - Mogą Państwo też złożyć skargę do szkolnej komisji skarg (klachtencommissie) albo poprosić leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) o pośrednictwo.
    - Sprawa jest bardzo pilna? Wtedy mogą Państwo poprosić sędziego o szybką, tymczasową decyzję. Proszę najpierw zasięgnąć porady w tej sprawie.
    Pomoc przy pisaniu listu: Ouders & Onderwijs 0800-5010. W Amsterdamie: OCO 020-330 63 20.

suspension-longer = Czy Państwa dziecko chodzi do szkoły podstawowej czy do szkoły średniej?

suspension-longer-po =
    W szkole podstawowej zawieszenie nigdy nie może trwać dłużej niż 1 tydzień (5 dni szkolnych).
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie (na przykład e-mailem), od którego dnia dziecko może wrócić.
    - Skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie.
    - Dziecko nie może wrócić? Proszę zasięgnąć porady w Ouders & Onderwijs (0800-5010) lub u Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie).

suspension-longer-vo =
    W szkole średniej zawieszenie może trwać dłużej niż 1 tydzień tylko wtedy, gdy szkoła prowadzi procedurę usunięcia ucznia (verwijdering). Szkoła musi najpierw skonsultować się z Inspectie (inspekcja szkolna).
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie, czy trwa procedura usunięcia i czy szkoła skonsultowała się z Inspectie.
    - Szkoła nadal zapewnia naukę w tym czasie, na przykład zadania domowe.
    - Skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego). Zasięgnąć porady w Ouders & Onderwijs (0800-5010) lub u Onderwijsconsulenten (070-312 28 87, bezpłatnie).
