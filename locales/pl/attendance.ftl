# Flow: attendance (leerplicht: nieobecności, list lub rozmowa z leerplicht, grzywna lub proces-verbaal, verlof). Przetłumaczone z locales/nl/attendance.ftl.
attendance-start =
    Leerplicht (obowiązek szkolny) oznacza: Państwa dziecko musi chodzić do szkoły, a szkoła i gmina tego pilnują. Czego dotyczy Państwa pytanie?
attendance-c-reported = Szkoła zgłosiła nieobecności albo urzędnik ds. obowiązku szkolnego dzwoni lub pisze do mnie
attendance-c-fine = Grożą mi grzywną lub protokołem (proces-verbaal)
attendance-c-leave = Chcę poprosić o dni wolne (verlof) dla mojego dziecka
attendance-c-home = Moje dziecko jest w domu, bo w szkole się nie układa

attendance-reported =
    List albo telefon od leerplicht (urząd gminy ds. obowiązku szkolnego) może przestraszyć. Taki list to jeszcze nie kara.
    - Szkoły muszą zgłaszać nieobecności (verzuim), na przykład gdy uczeń w ciągu 4 tygodni opuści 16 lub więcej godzin lekcji bez ważnego powodu.
    - Leerplichtambtenaar (urzędnik ds. obowiązku szkolnego) chce przede wszystkim, żeby dziecko znowu dostawało edukację. Może też pomóc w szukaniu rozwiązania i pośredniczyć między Państwem a szkołą.
    - Proszę przyjść na zaproszenie. Proszę opowiedzieć, co się dzieje, na przykład o chorobie, lęku albo braku odpowiedniego miejsca. Proszę zabrać listy i e-maile oraz krótki spis tego, co się wydarzyło.
    - Dziecko jest chore? Wtedy proszę za każdym razem zgłaszać w szkole, że jest chore.
    - Leerplicht: { $leerplicht }
    - Porada: { $oco }

# Używane także w temacie home_without_school.
attendance-fine =
    Groźba grzywny albo protokołu (proces-verbaal) może przestraszyć. Proszę zachować spokój: mogą Państwo wiele zrobić.
    - Proces-verbaal to oficjalny protokół sporządzany przez leerplichtambtenaar (urzędnik ds. obowiązku szkolnego). Potem może być nałożona grzywna. Jest on przeznaczony dla rodziców, którzy nie współpracują przy rozwiązywaniu problemu nieobecności. Współpracują Państwo? To proszę to pokazać.
    - Dziecko jest w domu, bo szkoła nie może mu zapewnić odpowiedniej edukacji? Wtedy Ingrado, stowarzyszenie urzędników ds. obowiązku szkolnego, oczekuje najpierw rozmów i uzgodnień. Ingrado kieruje wtedy rodziców do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację) i do Onderwijsconsulenten (niezależni doradcy ds. edukacji).
    - Proszę odpowiedzieć na piśmie, na przykład e-mailem: co się dzieje i co już Państwo zrobili? Proszę poprosić o spotkanie i o plan edukacji dla dziecka.
    - Proszę zachować wszystkie listy i e-maile i zapisywać, co się dzieje.
    - Pomoc: Onderwijsconsulenten 070-312 28 87 (bezpłatnie) lub { $oco }. Pytania prawne: Juridisch Loket (punkt porad prawnych) 0900-8020 (0,25 € za minutę).
    To są ogólne informacje, a nie porada prawna.

attendance-leave =
    Wniosek o verlof (dni wolne poza feriami szkolnymi) składa się na piśmie i z wyprzedzeniem u dyrektora szkoły (directeur).
    - Wyjazd na wakacje poza feriami szkolnymi jest dozwolony tylko wtedy, gdy praca jednego z rodziców uniemożliwia wyjazd w czasie ferii. Wtedy jest to możliwe raz w roku szkolnym, najwyżej na 10 dni szkolnych, i nie w pierwszych 2 tygodniach roku szkolnego.
    - Dni wolne z innego ważnego powodu, takiego jak ślub lub pogrzeb w rodzinie: dyrektor decyduje o najwyżej 10 dniach szkolnych w roku szkolnym. O większej liczbie dni decyduje leerplichtambtenaar (urzędnik ds. obowiązku szkolnego).
    - Święto religijne: proszę zgłosić to dyrektorowi co najmniej 2 dni wcześniej.
    - Dziecko jest chore? Wtedy to nie jest verlof: proszę zgłosić w szkole, że dziecko jest chore.
    Nie zgadzają się Państwo z decyzją? Proszę poprosić o uzasadnienie na piśmie i zasięgnąć porady: { $oco }
