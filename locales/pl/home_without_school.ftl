# Flow: home_without_school (thuiszitten). Przetłumaczone z locales/nl/home_without_school.ftl.
# { $leerplicht }, { $swv }, { $oco }, { $okt } to kontakty regionu (flows/regions/) albo contact-*-elsewhere z main.ftl.
home_without_school-start =
    Przykro mi, że Państwa dziecko siedzi w domu bez szkoły. Chętnie pomogę. Co najlepiej pasuje do Państwa sytuacji?
home_without_school-c-short = Moje dziecko jest w domu krócej niż 4 tygodnie
home_without_school-c-long = Moje dziecko jest w domu już dłużej niż 4 tygodnie
home_without_school-c-not-enrolled = Moje dziecko nie jest zapisane do żadnej szkoły
home_without_school-c-ill = Moje dziecko jest chore, ma lęki albo boi się chodzić do szkoły
home_without_school-c-fine = Szkoła albo urzędnik ds. obowiązku szkolnego grozi grzywną lub protokołem (proces-verbaal)
home_without_school-c-veilig-thuis = Szkoła albo urzędnik ds. obowiązku szkolnego grozi zgłoszeniem nas do Veilig Thuis

home_without_school-short =
    Szkoła, w której dziecko jest zapisane, nadal odpowiada za jego edukację, także wtedy, gdy dziecko jest w domu. Samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) musi zadbać o to, żeby było dla dziecka odpowiednie miejsce.
    Co mogą Państwo zrobić:
    - Poprosić szkołę na piśmie o spotkanie w ciągu dwóch tygodni: ze szkołą, z samenwerkingsverband i z leerplicht (urząd gminy ds. obowiązku szkolnego). Poprosić o jedną stałą osobę kontaktową i o plan na piśmie: kiedy dziecko wróci do szkoły i jaką edukację dostanie do tego czasu?
    - Leerplicht pomaga w powrocie do szkoły i może pośredniczyć: { $leerplicht }
    - Samenwerkingsverband: { $swv }
    - Zapisywać, co się dzieje: daty, rozmowy i ile godzin lekcji dostaje dziecko.
    - Porada: { $oco }

# Także odpowiedź na „moje dziecko jest w domu ponad 4 tygodnie” w innych tematach: najpierw kroki, potem doradca.
home_without_school-long-steps =
    To bardzo trudne, że dziecko jest w domu już tak długo. Nie są Państwo z tym sami. Co mogą Państwo teraz zrobić:
    - Od razu zgłosić się do Onderwijsconsulenten (niezależni doradcy ds. edukacji, bezpłatnie): 070-312 28 87, w dni robocze 9:00–12:30 i 13:30–16:30, albo przez quickscan (krótki formularz) na onderwijsconsulenten.nl. Może minąć kilka tygodni, zanim oddzwonią: dlatego proszę nie zwlekać ze zgłoszeniem.
    - Zwykle pytają, czy najpierw rozmawiali Państwo ze szkołą i z samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia). Dziecko nie dostaje żadnej edukacji? Proszę powiedzieć o tym przy zgłoszeniu.
    - Skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Poprosić samenwerkingsverband o pomoc w szukaniu miejsca: { $swv }
    - Zapisywać, co się dzieje: daty, rozmowy i ile godzin lekcji dostaje dziecko.
    - Nic się nie dzieje? Zgłosić to do Inspectie (inspekcja szkolna): 088-669 60 60 (pon.–pt. 9–12 i 13–16). To jest sygnał; Inspectie sama nie rozwiąże Państwa sprawy.
    - Złożyli Państwo skargę w szkole i to nie pomaga? Wtedy mogą Państwo w ciągu 1 roku zwrócić się do Kinderombudsman (Rzecznik Praw Dziecka): 0800-876 54 32.
    Chcą Państwo, żeby doradca przyjrzał się sprawie razem z Państwem? Proszę wybrać to poniżej.

home_without_school-not-enrolled =
    Dziecko nie jest zapisane do żadnej szkoły i nie ma zwolnienia (vrijstelling)? Nazywa się to „absoluut verzuim” (całkowity brak obecności w szkole). Zgodnie z prawem to Państwo jako rodzice odpowiadają za zapisanie dziecka do szkoły. Mogą Państwo dostać w tym pomoc.
    - Proszę jak najszybciej zgłosić dziecko na piśmie do szkoły, także jeśli dziecko nie ma jeszcze numeru BSN (holenderski numer identyfikacyjny). Dziecko potrzebuje dodatkowego wsparcia? Proszę to napisać. Wtedy ta szkoła ma zorgplicht (obowiązek zapewnienia dziecku odpowiedniego miejsca).
    - Uwaga: dopóki szkoła jeszcze decyduje (do 10 tygodni), nie musi jeszcze uczyć dziecka. Dlatego proszę od razu skontaktować się z leerplicht (urząd gminy ds. obowiązku szkolnego): { $leerplicht }
    - Szkoła wypisała dziecko, chociaż Państwo o to nie prosili? To liczy się jako usunięcie ze szkoły (verwijdering). Proszę wybrać w menu „Szkoła chce usunąć moje dziecko”.
    - Nikt nie współpracuje? Wtedy leerplichtambtenaar (urzędnik ds. obowiązku szkolnego) może sporządzić proces-verbaal (oficjalny protokół, po którym może być kara). Dlatego proszę pozostawać w kontakcie z leerplicht i ze szkołą.
    - Porada: Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87 (bezpłatnie) lub { $oco }

home_without_school-veilig-thuis =
    Przestraszyła Państwa groźba zgłoszenia do Veilig Thuis? To zrozumiałe.
    - Samo niechodzenie do szkoły nie jest powodem do zgłoszenia do Veilig Thuis. Tak mówi Ingrado, stowarzyszenie urzędników ds. obowiązku szkolnego. Grożenie takim zgłoszeniem jest niewłaściwe.
    - Szkoła mimo to chce zrobić zgłoszenie? Wtedy szkoła powinna najpierw porozmawiać o tym z Państwem.
    - Veilig Thuis to punkt porad i zgłoszeń w sprawie przemocy domowej i krzywdzenia dzieci. To nie jest policja.
    - Proszę zapytać na spotkaniu, czym dokładnie szkoła się martwi, i poprosić o plan edukacji dla dziecka.
    - Uważają Państwo, że szkoła nie postąpiła starannie? Wtedy mogą Państwo złożyć skargę. Proszę wybrać w menu „Skarga na nauczyciela lub szkołę”.
    - Porada: Ouders & Onderwijs (infolinia dla rodziców) 0800-5010 (bezpłatnie) lub Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87.
    To są ogólne informacje, a nie porada prawna.
