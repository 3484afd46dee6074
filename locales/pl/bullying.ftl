# Flow: bullying (nękanie, brak bezpieczeństwa w szkole). Przetłumaczone z locales/nl/bullying.ftl.
bullying-start =
    Czy Państwa dziecko jest nękane albo nie czuje się bezpiecznie w szkole? Co najlepiej pasuje?
bullying-c-bullied = Moje dziecko jest nękane
bullying-c-serious = Chodzi o przemoc, wykorzystywanie seksualne, dyskryminację lub bardzo poważne nękanie
bullying-c-no-action = Zgłosiłem/zgłosiłam to, ale szkoła nic nie robi
bullying-c-afraid = Przez to moje dziecko boi się chodzić do szkoły

bullying-bullied =
    Każda szkoła musi dbać o bezpieczeństwo w szkole (Wet veiligheid op school – ustawa o bezpieczeństwie w szkole). Dlatego każda szkoła ma:
    - zasady dotyczące bezpieczeństwa i przeciwdziałania nękaniu;
    - jedną osobę, która koordynuje walkę z nękaniem. Ta osoba jest też Państwa osobą kontaktową;
    - coroczne sprawdzenie, jak bezpiecznie czują się uczniowie.
    Co mogą Państwo zrobić: porozmawiać o nękaniu z nauczycielem lub wychowawcą (mentor). To nie pomaga? Proszę poprosić o rozmowę z koordynatorem ds. nękania (pestcoördinator) i razem coś ustalić. Proszę zapisywać, co się dzieje i kiedy.
    Mogą Państwo też porozmawiać ze szkolnym vertrouwenspersoon (osoba zaufania w szkole).

bullying-serious =
    W przypadku przemocy, wykorzystywania seksualnego, dyskryminacji lub poważnego nękania mogą Państwo zadzwonić do vertrouwensinspecteur (inspektor zaufania z Inspectie, inspekcji szkolnej): 0900-111 3 111. Doradzi, co można zrobić.
    - W szkole mogą Państwo zwrócić się do vertrouwenspersoon (osoba zaufania w szkole).
    - Czy doszło do przestępstwa, na przykład pobicia lub gróźb? Proszę zgłosić to na policję.
    - Czy jest bezpośrednie niebezpieczeństwo? Proszę dzwonić pod 112.

bullying-no-action =
    Szkoła nic nie robi z Państwa zgłoszeniem? Co mogą Państwo zrobić:
    - Porozmawiać ze szkolnym vertrouwenspersoon (osoba zaufania w szkole).
    - Złożyć skargę według szkolnej procedury skargowej (klachtenregeling). Proszę poprosić szkołę o tę procedurę.
    - Przy poważnym nękaniu, przemocy lub dyskryminacji: zadzwonić do vertrouwensinspecteur (inspektor zaufania z inspekcji szkolnej), 0900-111 3 111.
    - Czy najpierw złożyli Państwo skargę w samej szkole? Wtedy mogą Państwo w ciągu 1 roku zwrócić się też do Kinderombudsman (Rzecznik Praw Dziecka): 0800-876 54 32.
