# Flow: suspension (schorsing). Przetłumaczone z locales/nl/suspension.ftl.
suspension-start =
    Zawieszenie (schorsing) oznacza, że dziecko przez krótki czas nie może przychodzić do szkoły. To przykre, dla dziecka i dla Państwa. Czego dotyczy Państwa pytanie?
suspension-c-rules = Jakie są zasady zawieszenia?
suspension-c-disagree = Nie zgadzam się z zawieszeniem
suspension-c-letter = Potrzebuję pomocy w napisaniu sprzeciwu (bezwaar)
suspension-c-again = Moje dziecko jest zawieszane raz za razem
suspension-c-longer = Zawieszenie trwa dłużej niż tydzień albo nie ma daty końcowej
suspension-c-removal = Szkoła chce też usunąć moje dziecko
suspension-c-po = Basisschool (od 4 do 12 lat)
suspension-c-vo = Middelbare school (od 12 do 18 lat)
suspension-c-so = Speciaal onderwijs (so lub vso, szkolnictwo specjalne)
suspension-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

suspension-rules =
    Oto zasady zawieszenia (schorsing):
    - Zawieszenie trwa najwyżej 1 tydzień (5 dni szkolnych). Tylko w middelbare school (szkoła dla młodzieży od 12 do 18 lat) może czasem trwać dłużej, jeśli szkoła prowadzi procedurę usunięcia ucznia.
    - Szkoła przekazuje Państwu decyzję i uzasadnienie na piśmie.
    - Zawieszenie trwa dłużej niż 1 dzień? Wtedy organ prowadzący szkołę (schoolbestuur) musi pisemnie poinformować Inspectie (inspekcja szkolna). Zwykle informowany jest też leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego).
    - Szkoła nadal zapewnia naukę, na przykład zadania domowe. Proszę zapytać szkołę, jakie zadania dostanie dziecko.
    Pytania? Proszę zadzwonić do Ouders & Onderwijs (infolinia dla rodziców): 0800-5010 (bezpłatnie).

suspension-disagree =
    Nie zgadzają się Państwo z zawieszeniem? Co mogą Państwo zrobić:
    - Sprawdzić w schoolgids (informator szkoły) albo w leerlingenstatuut (regulamin uczniowski), jak złożyć bezwaar (pisemny sprzeciw). Prawo nie nakazuje tego każdej szkole, ale większość szkół daje taką możliwość. W openbare school (szkoła publiczna) obowiązuje Algemene wet bestuursrecht (ustawa o prawie administracyjnym): wtedy proszę w ciągu 6 tygodni wysłać pismo do organu prowadzącego szkołę (schoolbestuur).
    - Decyzja w sprawie sprzeciwu przychodzi zwykle dopiero wtedy, gdy zawieszenie już się skończyło. Mimo to sprzeciw ma sens: liczy się w dokumentacji dziecka (dossier) i wtedy, gdy dziecko będzie zawieszane częściej.
    - Według orzeczeń sądów szkoła powinna najpierw wysłuchać dziecka, Państwa i nauczyciela. W decyzji powinno być napisane, jak złożyć sprzeciw. Tak się nie stało? Proszę napisać o tym w sprzeciwie.
    - Mogą Państwo też złożyć skargę do komisji skarg szkoły (klachtencommissie) albo poprosić leerplicht (urząd gminy ds. obowiązku szkolnego) o pośrednictwo.
    - Sprawa jest bardzo pilna? W openbare school (szkoła publiczna) proszą Państwo sąd administracyjny (bestuursrechter) o voorlopige voorziening (szybka, tymczasowa decyzja). W bijzondere school (szkoła prowadzona przez fundację lub stowarzyszenie), na przykład chrześcijańskiej lub islamskiej, jest to kort geding (postępowanie w trybie pilnym) przed sądem cywilnym, z adwokatem. Juridisch Loket (punkt porad prawnych): 0900-8020.
    Pomoc przy piśmie: { $oco }
    To są ogólne informacje, a nie porada prawna.

suspension-again =
    Dziecko jest zawieszane raz za razem? To bardzo trudne. Warto wtedy wspólnie zastanowić się, czego dziecko potrzebuje.
    - Każde zawieszenie trwa najwyżej 1 tydzień. Szkoła przekazuje decyzję i uzasadnienie na piśmie. Proszę zachować wszystkie pisma.
    - Proszę składać sprzeciw (bezwaar) także wtedy, gdy zawieszenie już się skończyło: liczy się to, jeśli dziecko będzie zawieszane częściej.
    - Proszę poprosić szkołę o rozmowę o wsparciu, którego dziecko potrzebuje, i o OPP (ontwikkelingsperspectief: plan wsparcia dla dziecka).
    - Szkoła nadal odpowiada za odpowiednią edukację (passend onderwijs). Wsparcie utknęło w miejscu? Proszę poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87.
    - Porada: { $oco }

suspension-longer = Do jakiej szkoły chodzi Państwa dziecko?

suspension-longer-po =
    W basisschool (szkoła dla dzieci od 4 do 12 lat) zawieszenie nigdy nie może trwać dłużej niż 1 tydzień (5 dni szkolnych). Zawieszenie bez daty końcowej jest niedozwolone: sąd uznał to za niezgodne z prawem.
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie (na przykład e-mailem), od którego dnia dziecko może wrócić do szkoły.
    - Dziecko nie może już wrócić? Wtedy przypomina to usunięcie ze szkoły albo siedzenie w domu bez szkoły. Proszę wybrać w menu „Szkoła chce usunąć moje dziecko” albo „Moje dziecko siedzi w domu bez szkoły”.
    - Skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Porada: Ouders & Onderwijs (infolinia dla rodziców, 0800-5010, bezpłatnie) lub Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie).
    To są ogólne informacje, a nie porada prawna.

suspension-longer-vo =
    W middelbare school (szkoła dla młodzieży od 12 do 18 lat) zawieszenie może trwać dłużej niż 1 tydzień tylko wtedy, gdy szkoła prowadzi procedurę usunięcia ucznia (verwijdering). Szkoła musi wtedy najpierw skonsultować się z Inspectie (inspekcja szkolna).
    Co mogą Państwo zrobić:
    - Zapytać szkołę na piśmie, czy trwa procedura usunięcia i czy szkoła skonsultowała się z Inspectie.
    - W tym czasie szkoła nadal odpowiada za dziecko i zapewnia naukę, na przykład zadania domowe.
    - Skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Porada: Ouders & Onderwijs (infolinia dla rodziców, 0800-5010, bezpłatnie) lub Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie).
    To są ogólne informacje, a nie porada prawna.

suspension-longer-so =
    Także w speciaal onderwijs (szkolnictwo specjalne: so i vso) zawieszenie trwa najwyżej 1 tydzień (5 dni szkolnych). Decyzję i uzasadnienie dostają Państwo na piśmie, a szkoła nadal zapewnia naukę.
    Co mogą Państwo zrobić:
    - Trwa to dłużej albo nie ma daty końcowej? Zapytać szkołę na piśmie, dlaczego, i od którego dnia dziecko może wrócić.
    - Skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Porada: Ouders & Onderwijs (infolinia dla rodziców, 0800-5010, bezpłatnie) lub Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie).
    To są ogólne informacje, a nie porada prawna.
