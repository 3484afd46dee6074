# Flow: bullying (nękanie, brak bezpieczeństwa w szkole). Przetłumaczone z locales/nl/bullying.ftl.
bullying-start =
    Czy Państwa dziecko jest nękane albo nie czuje się bezpiecznie w szkole? To przykre. Co najlepiej pasuje?
bullying-c-bullied = Moje dziecko jest nękane
bullying-c-serious = Chodzi o przemoc, wykorzystywanie seksualne, dyskryminację lub bardzo poważne nękanie
bullying-c-no-action = Zgłosiłem/zgłosiłam to, ale szkoła nic nie robi
bullying-c-afraid = Przez to moje dziecko boi się chodzić do szkoły albo siedzi w domu

bullying-bullied =
    Każda szkoła musi zadbać o to, żeby szkoła była bezpieczna (Wet veiligheid op school – ustawa o bezpieczeństwie w szkole). Dlatego każda szkoła ma:
    - zasady dotyczące bezpieczeństwa i przeciwdziałania nękaniu;
    - jedną osobę, która koordynuje przeciwdziałanie nękaniu. Ta osoba jest też osobą kontaktową dla Państwa;
    - co roku badanie, jak bezpiecznie czują się uczniowie.
    Co mogą Państwo zrobić: porozmawiać o nękaniu z nauczycielem lub wychowawcą (mentor). To nie pomaga? Proszę zapytać o koordynatora ds. przeciwdziałania nękaniu (anti-pestcoördinator) i razem coś ustalić. Proszę zapisywać, co się dzieje i kiedy.
    Mogą Państwo też porozmawiać ze szkolnym vertrouwenspersoon (osoba zaufania w szkole). Dziecko może samo porozmawiać z De Kindertelefoon (bezpłatny telefon zaufania dla dzieci, kindertelefoon.nl).

# Używane także w temacie complaint.
bullying-serious =
    W przypadku przemocy, wykorzystywania seksualnego, dyskryminacji lub poważnego nękania mogą Państwo zadzwonić do vertrouwensinspecteur (inspektor zaufania z Inspectie, inspekcji szkolnej): 0900-111 3 111 (w dni robocze 8–17, opłata jak za połączenie lokalne). Doradzi Państwu, co można zrobić.
    - W szkole mogą Państwo zwrócić się do vertrouwenspersoon (osoba zaufania w szkole).
    - Chodzi o dyskryminację? Proszę wybrać w menu „Skarga na nauczyciela lub szkołę albo dyskryminacja”.
    - Czy doszło do przestępstwa, na przykład pobicia lub gróźb? Proszę zgłosić się na policję.
    - Czy jest bezpośrednie niebezpieczeństwo? Proszę dzwonić pod 112.

bullying-no-action =
    Szkoła nic nie robi z Państwa zgłoszeniem? To frustrujące. Co mogą Państwo zrobić:
    - Porozmawiać ze szkolnym vertrouwenspersoon (osoba zaufania w szkole).
    - Złożyć skargę zgodnie ze szkolną procedurą skargową (klachtenregeling). Proszę poprosić szkołę o tę procedurę albo sprawdzić w schoolgids (informator szkoły). Wiele szkół należy do krajowej komisji skarg; w schoolgids jest napisane, do której.
    - Przy poważnym nękaniu, przemocy lub dyskryminacji: zadzwonić do vertrouwensinspecteur (inspektor zaufania z inspekcji szkolnej), 0900-111 3 111 (w dni robocze 8–17, opłata jak za połączenie lokalne).
    - Czy najpierw złożyli Państwo skargę w samej szkole? Wtedy mogą Państwo w ciągu 1 roku zwrócić się też do Kinderombudsman (Rzecznik Praw Dziecka): 0800-876 54 32.

bullying-afraid =
    Dziecko przez nękanie boi się chodzić do szkoły? To bardzo trudne, dla dziecka i dla Państwa.
    - Szkoła musi zadbać o bezpieczeństwo w szkole i nadal odpowiada za edukację. Proszę poprosić o plan: jak szkoła znowu stanie się bezpieczna dla dziecka i jaką edukację dziecko dostanie do tego czasu?
    - Zatrzymują Państwo dziecko w domu bez uzgodnienia ze szkołą? Wtedy liczy się to jako nieobecność (verzuim). Dlatego proszę uzgodnić to ze szkołą i z leerplicht (urząd gminy ds. obowiązku szkolnego) i zapisać ustalenia, na przykład w e-mailu. Leerplicht: { $leerplicht }
    - Chcą Państwo zmienić szkołę? Proszę zgłosić dziecko na piśmie do nowej szkoły (w menu proszę wybrać „Zapisy”). Dopóki dziecko nie zostanie tam zapisane, obecna szkoła nadal za nie odpowiada.
    - Dziecko ma lęki albo jest przygnębione? Proszę wybrać w menu „Lęk, przygnębienie”. Dziecko może też samo porozmawiać z De Kindertelefoon (bezpłatny telefon zaufania dla dzieci, kindertelefoon.nl).
    - Porada: { $oco }
