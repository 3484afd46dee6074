# Flow: removal (verwijdering). Przetłumaczone z locales/nl/removal.ftl.
removal-start =
    Czy szkoła chce usunąć Państwa dziecko ze szkoły (verwijdering), czy to już się stało? Czego dotyczy Państwa pytanie?
removal-c-rules = Co szkoła musi zrobić, zanim może usunąć moje dziecko?
removal-c-disagree = Jest decyzja i nie zgadzam się z nią
removal-c-support = Moje dziecko potrzebuje dodatkowego wsparcia
removal-c-home-over-4-weeks = Moje dziecko jest w domu od ponad 4 tygodni

removal-rules =
    Szkoła nie może tak po prostu usunąć ucznia. Szkoła musi:
    - najpierw wysłuchać Państwa oraz nauczyciela lub nauczycieli;
    - przekazać decyzję na piśmie, z uzasadnieniem;
    - poinformować Inspectie (inspekcja szkolna) i leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego). Szkoła średnia musi skonsultować się z Inspectie, zanim podejmie decyzję;
    - najpierw znaleźć inną szkołę, która przyjmie Państwa dziecko. Dopiero wtedy usunięcie może stać się ostateczne.
    Czy szkoła wypisuje dziecko ze swojej listy uczniów, chociaż Państwo o to nie prosili? To też jest usunięcie ze szkoły.
    Szkoła średnia nie może usunąć ucznia w środku roku szkolnego z powodu słabych ocen.
    Pytania? Ouders & Onderwijs (infolinia dla rodziców): 0800-5010 (bezpłatnie).

removal-disagree =
    Nie zgadzają się Państwo z decyzją? Co mogą Państwo zrobić:
    - W ciągu 6 tygodni złożyć pisemny bezwaar (sprzeciw) do zarządu szkoły (schoolbestuur). Mogą Państwo też osobiście wyjaśnić swój sprzeciw i zobaczyć dokumenty sprawy.
    - W ciągu 6 tygodni zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację). Jest to bezpłatne. Komisja wydaje opinię w ciągu 10 tygodni. Zarząd szkoły decyduje o Państwa sprzeciwie dopiero wtedy, gdy jest ta opinia.
    - Szkoła może w tym czasie nie wpuszczać dziecka do szkoły. Mogą Państwo poprosić sędziego o szybką, tymczasową decyzję. Proszę najpierw zasięgnąć porady w tej sprawie.
    Porada: Ouders & Onderwijs 0800-5010 albo Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 (nie w czasie trwania sprawy sądowej). W Amsterdamie: OCO 020-330 63 20.

removal-support =
    Czy Państwa dziecko potrzebuje dodatkowego wsparcia? Wtedy Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory) oczekuje, że szkoła najpierw:
    - ponownie przejrzy plan rozwoju dziecka (OPP);
    - omówi z Państwem rodzaj szkoły i jej wyznanie lub kierunek (na przykład szkoła publiczna lub chrześcijańska);
    - wypisze szkoły, które by pasowały, i jak długo trwa dojazd.
    Dziecko pozostaje zapisane w obecnej szkole, dopóki nowa szkoła naprawdę go nie zapisze. Do tego czasu odpowiada za nie obecna szkoła.
    Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji), 070-312 28 87 (bezpłatnie).
