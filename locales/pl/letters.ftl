# "Help me write the letter": explanations, deadlines, reminders and follow-up.
# Translated from locales/nl/letters.ftl. The letters themselves exist only in nl.

## Explanations of the letters

letter-suspension-objection-explain =
    To jest Państwa pismo ze sprzeciwem (bezwaar) wobec zawieszenia. Co w nim jest?
    - Że składają Państwo sprzeciw wobec decyzji, i dlaczego.
    - Zasady: najwyżej 1 tydzień, decyzja na piśmie, najpierw wysłuchanie, i zadania szkolne w czasie zawieszenia.
    - Że proszą Państwo o nową decyzję i chcą wyjaśnić sprzeciw ustnie.
    Jak dokończyć pismo:
    - Proszę uzupełnić wszystko, co jest w [nawiasach kwadratowych]. Potem proszę usunąć nawiasy i objaśnienia.
    - W części z powodami proszę własnymi słowami opisać, co się stało według Państwa i dziecka.
    - Proszę wysłać pismo do organu prowadzącego szkołę (schoolbestuur), a nie tylko do dyrektora. Adres jest w schoolgids (informator szkoły) albo na stronie internetowej szkoły.
    - Proszę zachować kopię i poprosić szkołę o potwierdzenie, że otrzymała pismo.
    Uwaga: prawo nie nakazuje każdej szkole, żeby można było złożyć sprzeciw wobec zawieszenia. Proszę sprawdzić w schoolgids albo w leerlingenstatuut (regulamin uczniowski), jak to wygląda w Państwa szkole. W openbare school (szkoła publiczna) obowiązuje Algemene wet bestuursrecht (ustawa o prawie administracyjnym).
    { $deadline_state ->
        [soon] Termin zaraz minie: mogą Państwo złożyć sprzeciw do { $deadline } włącznie. Jeśli to możliwe, proszę wysłać pismo dzisiaj.
        [passed] 6 tygodni minęło: termin skończył się { $deadline }. Proszę mimo to wysłać pismo i napisać w nim, dlaczego jest spóźnione. W szkole publicznej organ prowadzący musi rozpatrzyć spóźnione pismo, jeśli realnie nie mogli go Państwo wysłać na czas (Algemene wet bestuursrecht, art. 6:11: https://wetten.overheid.nl/BWBR0005537/). Mogą Państwo też złożyć skargę do komisji skarg szkoły (klachtencommissie) albo poprosić o pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie) lub doradcę.
       *[other] Mogą Państwo złożyć sprzeciw do { $deadline } włącznie. Jeśli w schoolgids jest podany inny termin, proszę go przestrzegać.
    }
    Co dalej? Organ prowadzący decyduje zwykle w ciągu około 4 tygodni. Często zawieszenie już się wtedy skończyło. Mimo to sprzeciw liczy się w dokumentacji dziecka (dossier) i wtedy, gdy dziecko będzie zawieszane częściej.
    To są ogólne informacje, a nie porada prawna.

letter-removal-objection-explain =
    To jest Państwa pismo ze sprzeciwem (bezwaar) wobec usunięcia dziecka ze szkoły. To bardzo trudna sytuacja. Tym pismem stają Państwo w obronie dziecka.
    Co w nim jest?
    - Że składają Państwo sprzeciw wobec decyzji, i dlaczego.
    - Co szkoła musi zrobić: najpierw wysłuchać Państwa, dziecka i nauczyciela, przekazać decyzję na piśmie z uzasadnieniem, i najpierw znaleźć inną szkołę, która przyjmie dziecko.
    - Że do tego czasu dziecko pozostaje zapisane i musi mieć zapewnioną edukację.
    - Że chcą Państwo zobaczyć dokumenty i wyjaśnić sprzeciw ustnie.
    Jak dokończyć pismo:
    - Proszę uzupełnić wszystko, co jest w [nawiasach kwadratowych]. Potem proszę usunąć nawiasy i objaśnienia.
    - Proszę wysłać pismo do organu prowadzącego szkołę (schoolbestuur). Adres jest w schoolgids (informator szkoły) albo na stronie internetowej szkoły.
    - Proszę zachować kopię i poprosić szkołę o potwierdzenie, że otrzymała pismo.
    - W ciągu 6 tygodni mogą Państwo też bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację). Organ prowadzący czeka wtedy z decyzją na opinię komisji.
    { $deadline_state ->
        [soon] Termin zaraz minie: mogą Państwo złożyć sprzeciw do { $deadline } włącznie. Jeśli to możliwe, proszę wysłać pismo dzisiaj.
        [passed] 6 tygodni minęło: termin skończył się { $deadline }. Proszę mimo to wysłać pismo i napisać w nim, dlaczego jest spóźnione. W szkole publicznej organ prowadzący musi rozpatrzyć spóźnione pismo, jeśli realnie nie mogli go Państwo wysłać na czas (Algemene wet bestuursrecht, art. 6:11: https://wetten.overheid.nl/BWBR0005537/). Proszę też poprosić o pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie) lub doradcę: razem z Państwem poszukają innych dróg, na przykład skargi.
       *[other] Mogą Państwo złożyć sprzeciw do { $deadline } włącznie.
    }
    Co dalej? Organ prowadzący wysłucha Państwa i zwykle decyduje w ciągu 4 tygodni po upływie tych 6 tygodni. W czasie trwania sprzeciwu szkoła może nie wpuszczać dziecka do szkoły, ale dziecko pozostaje zapisane. Sprawa jest bardzo pilna? Proszę zapytać doradcę albo Juridisch Loket (punkt porad prawnych, 0900-8020) o szybką decyzję sądu.
    To są ogólne informacje, a nie porada prawna.

letter-enrolment-objection-explain =
    To jest Państwa pismo ze sprzeciwem (bezwaar) wobec odmowy przyjęcia dziecka. Co w nim jest?
    - Kiedy zgłosili Państwo dziecko do szkoły, i że szkoła odmawia przyjęcia.
    - Dziecko potrzebuje dodatkowego wsparcia? Wtedy jest w nim napisane, że szkoła ma zorgplicht (obowiązek zapewnienia odpowiedniego miejsca) i może odmówić dopiero wtedy, gdy inna szkoła przyjmie dziecko. To nie dotyczy Państwa dziecka? Proszę usunąć ten akapit.
    - Że chcą Państwo otrzymać powody na piśmie i wyjaśnić sprzeciw ustnie.
    Jak dokończyć pismo:
    - Proszę uzupełnić wszystko, co jest w [nawiasach kwadratowych]. Potem proszę usunąć nawiasy i objaśnienia.
    - Proszę wysłać pismo do organu prowadzącego (schoolbestuur) szkoły, która odmawia przyjęcia. Adres jest w schoolgids (informator szkoły) albo na stronie internetowej szkoły.
    - Proszę zachować kopię i poprosić szkołę o potwierdzenie, że otrzymała pismo.
    - Dziecko potrzebuje dodatkowego wsparcia? Wtedy w ciągu 6 tygodni mogą Państwo też bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację).
    { $deadline_state ->
        [soon] Termin zaraz minie: mogą Państwo złożyć sprzeciw do { $deadline } włącznie. Jeśli to możliwe, proszę wysłać pismo dzisiaj.
        [passed] 6 tygodni minęło: termin skończył się { $deadline }. Proszę mimo to wysłać pismo i napisać w nim, dlaczego jest spóźnione. W szkole publicznej organ prowadzący musi rozpatrzyć spóźnione pismo, jeśli realnie nie mogli go Państwo wysłać na czas (Algemene wet bestuursrecht, art. 6:11: https://wetten.overheid.nl/BWBR0005537/). Mogą Państwo też zgłosić dziecko do innej szkoły i poprosić o pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie) lub doradcę.
       *[other] Mogą Państwo złożyć sprzeciw do { $deadline } włącznie.
    }
    Co dalej? Organ prowadzący podejmie decyzję w sprawie sprzeciwu. Szkoła może odmówić, jeśli jest pełna dla wszystkich, albo jeśli nie szanują Państwo grondslag, czyli religii lub światopoglądu, na którym opiera się bijzondere school (szkoła prowadzona przez fundację lub stowarzyszenie). Dziecko nie jest zapisane do żadnej szkoły? Proszę od razu skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie.
    To są ogólne informacje, a nie porada prawna.

letter-start-meeting-explain =
    To jest Państwa pismo z prośbą o spotkanie początkowe (startgesprek). Dobrze, że Państwo to robią: dzięki temu wszyscy siadają razem przy jednym stole.
    Co w nim jest?
    - Od kiedy dziecko jest w domu.
    - Że proszą Państwo o spotkanie w ciągu dwóch tygodni ze szkołą, samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) i leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego).
    - Że najpierw trzeba wysłuchać dziecka i Państwa, i że chcą Państwo planu na piśmie i jednej stałej osoby kontaktowej.
    Jak dokończyć pismo:
    - Proszę uzupełnić wszystko, co jest w [nawiasach kwadratowych]. Potem proszę usunąć nawiasy. Czy w sprawę zaangażowana jest pomoc dla dzieci i młodzieży (jeugdhulp) albo terapeuta? Wtedy proszę zostawić ten wiersz.
    - Proszę wysłać pismo do dyrektora szkoły. Kopię proszę wysłać do samenwerkingsverband (proszę zapytać szkołę, które to jest) i do leerplichtambtenaar w swojej gminie (na stronie internetowej gminy pod hasłem 'leerplicht').
    - Proszę zachować kopię i poprosić szkołę o potwierdzenie, że otrzymała pismo.
    Warto wiedzieć: spotkanie w ciągu dwóch tygodni nie jest prawem zapisanym w ustawie. Ale organizacje pomagające rodzicom proszą szkoły w Amsterdamie, żeby tak pracowały. Szkoła nadal odpowiada za edukację dziecka, dopóki jest ono w niej zapisane.
    Co dalej? Nie ma odpowiedzi w ciągu tygodnia? Proszę zadzwonić albo napisać e-mail do szkoły i do leerplichtambtenaar. Dziecko jest w domu dłużej niż 4 tygodnie? Wtedy proszę się też zgłosić do Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (bezpłatnie).
    To są ogólne informacje, a nie porada prawna.

letter-partial-report-explain =
    To jest Państwa zgłoszenie do leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego). Dziecko może chodzić do szkoły tylko przez część czasu albo jest w domu? Wtedy dobrze, żeby leerplicht o tym wiedział.
    Co w nim jest?
    - Od kiedy dziecko jest (częściowo) w domu i ile godzin może być w szkole.
    - Czy jest OPP (plan wsparcia dla dziecka) i czy podpisali Państwo handelingsdeel (część dotycząca pomocy).
    - Zasady: mniej godzin jest dozwolone tylko z powodów psychicznych lub fizycznych, w OPP, na który Państwo się zgodzili, a czasem tylko za zgodą Inspectie (inspekcja szkolna).
    - Że proszą Państwo leerplicht, żeby razem ze szkołą i samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) zadbał o to, by dziecko znowu dostało edukację, jakiej potrzebuje.
    Jak dokończyć pismo:
    - Proszę uzupełnić wszystko, co jest w [nawiasach kwadratowych]. Tam, gdzie jest 'wel / niet' (tak / nie), proszę wybrać to, co prawdziwe, a resztę usunąć.
    - Proszę wysłać pismo do leerplichtambtenaar w swojej gminie. Adres jest na stronie internetowej gminy pod hasłem 'leerplicht' albo można zapytać w szkole.
    - Proszę zachować kopię i poprosić leerplicht o potwierdzenie, że otrzymał pismo.
    Co dalej? Leerplichtambtenaar może porozmawiać ze szkołą i samenwerkingsverband oraz pośredniczyć. Zgłaszają Państwo tę sprawę, bo chcą Państwo, żeby dziecko się uczyło: tak pokazują Państwo, że współpracują. Nic się nie dzieje? Proszę poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87.
    To są ogólne informacje, a nie porada prawna.

letter-opp-explain =
    To jest Państwa pismo w sprawie OPP (ontwikkelingsperspectiefplan: plan wsparcia dla dziecka). Co w nim jest?
    - Chcą Państwo omówić OPP? Wtedy proszą Państwo o spotkanie i o przesłanie najnowszej wersji OPP przed spotkaniem.
    - Nie zgadzają się Państwo z planem? Wtedy piszą Państwo, że nie wyrażają zgody na handelingsdeel (część dotycząca pomocy i wsparcia), i dlaczego. Rodzice mają prawo do wyrażenia zgody: bez Państwa zgody handelingsdeel nie obowiązuje.
    Jak dokończyć pismo:
    - Proszę uzupełnić wszystko, co jest w [nawiasach kwadratowych]. Potem proszę usunąć nawiasy i objaśnienia. Proszę własnymi słowami napisać, co chcą Państwo zmienić.
    - Proszę wysłać pismo do dyrektora szkoły albo do osoby odpowiedzialnej za wsparcie uczniów (intern begeleider lub zorgcoördinator).
    - Proszę zachować kopię i poprosić szkołę o potwierdzenie, że otrzymała pismo.
    Co dalej? Zwykle odbywa się spotkanie. Brak podpisu nie oznacza automatycznie, że dziecko dostanie więcej pomocy albo więcej godzin: proszę zapytać, co szkoła zrobi w takiej sytuacji. Nie mogą się Państwo porozumieć? Wtedy mogą Państwo bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację). Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji), 070-312 28 87 (bezpłatnie).
    To są ogólne informacje, a nie porada prawna.


## Giving the letter

letter-intro = Oto Państwa pismo. Jest po niderlandzku, bo trafi do niderlandzkiej szkoły lub urzędu. Proszę skopiować pismo, uzupełnić części w [nawiasach kwadratowych] i je wysłać.
letter-document = To samo pismo jako dokument, do wydrukowania albo wysłania e-mailem.
common-c-letter = Pomóż mi napisać pismo


## Questions for the letter

letter-ask-decision-date = Którego dnia szkoła podjęła tę decyzję? Data jest zwykle na piśmie ze szkoły. Na przykład: 12 listopada albo 12.11.2026.
letter-ask-home-since = Od którego dnia dziecko jest (częściowo) w domu? Na przykład: 1 października albo 1.10.2026.
common-ask-date = Nie mogę odczytać z tego daty. Czy mogą Państwo spróbować jeszcze raz? Proszę napisać na przykład: 12 listopada albo 12.11.2026.
common-ask-date-past = Ta data jest w przyszłości. Potrzebuję daty, która już minęła. Proszę napisać na przykład: 12 listopada albo 12.11.2026.
letter-ask-school =
    Czy to jest openbare school (szkoła publiczna), czy bijzondere school (szkoła prowadzona przez fundację lub stowarzyszenie)? Bijzondere school to na przykład szkoła chrześcijańska lub islamska albo szkoła Montessori prowadzona przez fundację. Jest to napisane w schoolgids (informator szkoły).
letter-c-school-public = Szkoła publiczna (openbare school)
letter-c-school-private = Bijzondere school (fundacja lub stowarzyszenie)
letter-c-school-unknown = Nie wiem
letter-ask-opp = Czego ma dotyczyć Państwa pismo w sprawie OPP (planu wsparcia dla dziecka)?
letter-c-opp-discuss = Chcę omówić OPP
letter-c-opp-disagree = Nie zgadzam się z planem w OPP


## Deadlines

deadline-enrolment =
    Szkoła musi podjąć decyzję w ciągu 6 tygodni od Państwa pisemnego zgłoszenia: najpóźniej { $deadline }. Może jeden raz przedłużyć ten termin o 4 tygodnie, najpóźniej do { $deadline_late }.
    { $deadline_state ->
        [soon] 6 tygodni zaraz minie. Nie ma jeszcze decyzji? Proszę zapytać szkołę na piśmie, kiedy będzie decyzja.
        [passed] 6 tygodni minęło. Nie dostali Państwo decyzji ani wiadomości, że szkoła potrzebuje jeszcze 4 tygodni? Wtedy proszę poprosić szkołę na piśmie o decyzję. Proszę też skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie albo z Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie). Nadal nie ma decyzji po { $deadline_late }, a dziecko nie jest zapisane do innej szkoły? Wtedy dziecko zostaje tymczasowo przyjęte.
       *[other] Proszę zachować kopię zgłoszenia, z datą.
    }
    Dziecko nie jest zapisane do żadnej szkoły? Wtedy szkoła w tych tygodniach nie musi go jeszcze uczyć. Dlatego proszę od razu skontaktować się z leerplichtambtenaar.

deadline-suspension =
    Zawieszenie (schorsing) trwa najwyżej 1 tydzień (5 dni szkolnych). Zawieszenie zaczęło się { $suspension_start }? Wtedy dziecko może wrócić do szkoły najpóźniej { $deadline }. W tym tygodniu wypadają ferie albo dzień wolny? Wtedy ten dzień odpowiednio się przesuwa.
    { $deadline_state ->
        [passed] Ten dzień minął. Dziecko nadal nie może wrócić? Tylko w middelbare school (szkoła dla młodzieży od 12 do 18 lat) zawieszenie może trwać dłużej, jeśli szkoła prowadzi procedurę usunięcia ucznia i najpierw skonsultowała się z Inspectie (inspekcja szkolna). Proszę zapytać szkołę na piśmie, dlaczego dziecko nie może wrócić i od którego dnia może. Proszę też skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) w swojej gminie i zasięgnąć porady w Ouders & Onderwijs (infolinia dla rodziców, 0800-5010, bezpłatnie) lub u Onderwijsconsulenten (niezależni doradcy ds. edukacji, 070-312 28 87, bezpłatnie).
       *[other] Szkoła nie podała daty końcowej albo chce przedłużyć zawieszenie? Wtedy proszę zapytać szkołę na piśmie, dlaczego i od którego dnia dziecko może wrócić. Tylko w middelbare school (szkoła dla młodzieży od 12 do 18 lat) zawieszenie może trwać dłużej, jeśli szkoła prowadzi procedurę usunięcia ucznia.
    }
    Także w czasie zawieszenia szkoła nadal zapewnia naukę, na przykład zadania domowe.

deadline-exemption =
    Zwolnienie z powodów fizycznych lub psychicznych (vrijstelling, art. 5 lit. a) jest ważne 1 rok. Zwykle trzeba je załatwiać ponownie co roku przed 1 lipca: tym razem więc przed { $deadline }.
    { $deadline_state ->
        [soon] Ta data jest już blisko. Jeśli to możliwe, proszę dzisiaj skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego).
        [passed] Ta data minęła. Proszę jak najszybciej skontaktować się z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego) i zapytać, co teraz zrobić.
       *[other] Proszę zacząć na czas i zapytać leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego), jak to wygląda w Państwa gminie.
    }
    Potrzebne jest nowe zaświadczenie od niezależnego lekarza, psychologa lub pedagoga, którego wskazuje gmina. W zaświadczeniu jest napisane, że dziecko także w przyszłości nie będzie mogło chodzić do szkoły? Wtedy nowy wniosek czasem nie jest potrzebny. Proszę zapytać leerplichtambtenaar.


## Reminders (only with consent)

common-c-remind = Przypomnij mi tydzień przed terminem
reminder-set = Dobrze. Wyślę Państwu przypomnienie { $date }. Przechowuję w tym celu tylko tę datę i tę rozmowę. /forget to usuwa.
reminder-due =
    { $kind ->
        [objection] Przypomnienie: za tydzień, { $deadline }, kończy się termin na złożenie sprzeciwu. Pismo jest już wysłane? Wtedy nie muszą Państwo nic robić. Jeszcze nie? Proszę wysłać je w tym tygodniu.
        [enrolment] Przypomnienie: najpóźniej { $deadline } szkoła musi podjąć decyzję w sprawie zgłoszenia albo poinformować Państwa, że potrzebuje jeszcze 4 tygodni. Nadal bez wiadomości? Proszę zapytać szkołę na piśmie, kiedy będzie decyzja.
        [exemption] Przypomnienie: zwolnienie dziecka (vrijstelling) trzeba zwykle załatwić ponownie przed { $deadline }. Nie kontaktowali się Państwo jeszcze z leerplichtambtenaar (urzędnik gminy ds. obowiązku szkolnego)? Proszę zrobić to teraz.
       *[other] Przypomnienie: za tydzień, { $deadline }, kończy się termin, o którym prosili Państwo przypomnieć.
    }
    Potrzebują Państwo pomocy? Proszę wpisać /start.


## Follow-up after 4 weeks (only with consent)

common-c-followup = Zapytaj mnie za 4 tygodnie, jak idzie
followup-set = Dobrze. { $date } zapytam Państwa, czy dziecko wróciło do szkoły. Przechowuję w tym celu tylko tę datę i tę rozmowę, nic więcej. /forget to usuwa.
followup-ask = Czy mogę za 4 tygodnie zapytać Państwa, czy dziecko wróciło do szkoły? Dzięki temu wiemy, czy nasza pomoc działa. Przechowuję w tym celu tylko datę i tę rozmowę.
followup-c-consent-yes = Tak, może być
followup-c-consent-no = Nie, wolę nie
followup-question = Cztery tygodnie temu poprosili nas Państwo o pomoc. Jak jest teraz: czy dziecko wróciło do szkoły?
followup-c-yes = Tak
followup-c-partly = Częściowo, kilka godzin lub dni
followup-c-no = Nie
followup-c-unsaid = Wolę nie mówić
followup-thanks = Dziękuję za odpowiedź. Jeśli później pojawi się pytanie, jestem tu dla Państwa: proszę wpisać /start.
followup-offer-adviser =
    Przykro mi, że nadal nie jest dobrze. To trudne, dla dziecka i dla Państwa.
    Doradca może jeszcze raz przyjrzeć się sprawie razem z Państwem. Doradca widzi, o co Państwo wcześniej pytali, więc nie trzeba opowiadać wszystkiego od nowa. Co chcieliby Państwo zrobić?
