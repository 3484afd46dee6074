# Flow: complaint (skarga na nauczyciela lub szkołę; dyskryminacja ze strony personelu). Przetłumaczone z locales/nl/complaint.ftl.
complaint-start =
    Mają Państwo skargę na nauczyciela, inną osobę ze szkoły albo na samą szkołę? Dobrze, że chcą Państwo coś z tym zrobić. Co najlepiej pasuje?
    Chodzi o zawieszenie, usunięcie ze szkoły albo odmowę przyjęcia? Wtedy proszę wybrać ten temat w menu: w takich sprawach drogą jest bezwaar (pisemny sprzeciw).
complaint-c-talk = Najpierw chcę wiedzieć, jak porozmawiać o tym ze szkołą
complaint-c-formal = Rozmowa nie pomogła: chcę złożyć oficjalną skargę
complaint-c-discrimination = Ktoś ze szkoły dyskryminuje moje dziecko
complaint-c-serious = Chodzi o przemoc, wykorzystywanie seksualne albo bardzo poważne nękanie

complaint-talk =
    Często pomaga najpierw porozmawiać. Jak się do tego zabrać:
    - Proszę umówić się na rozmowę z nauczycielem lub wychowawcą (mentor). Proszę spokojnie powiedzieć, co się stało i co chcieliby Państwo zmienić.
    - To nie pomaga? Proszę poprosić o rozmowę z dyrektorem (directeur).
    - Mogą Państwo też porozmawiać ze szkolnym vertrouwenspersoon (osoba zaufania w szkole). Ta osoba wysłucha Państwa i pomoże dalej. Proszę zapytać szkołę, kto to jest.
    - Proszę zapisywać, co się stało i kiedy. Po każdej rozmowie proszę wysłać krótki e-mail z tym, co ustalono.
    - Porada: { $oco }

complaint-formal =
    Rozmowa nie rozwiązuje problemu? Wtedy mogą Państwo złożyć oficjalną skargę.
    - Każda szkoła ma procedurę skargową (klachtenregeling). Proszę poprosić o nią szkołę albo sprawdzić w schoolgids (informator szkoły). Jest tam też napisane, do jakiej komisji skarg (klachtencommissie) należy szkoła. Wiele szkół należy do krajowej komisji skarg.
    - W skardze proszę napisać: co się stało, kiedy, co już Państwo zrobili i co chcą Państwo osiągnąć.
    - Chodzi o wsparcie dla dziecka? Wtedy komisja skarg też jest właściwym miejscem. Chodzi o usunięcie ze szkoły, odmowę przyjęcia albo OPP (plan wsparcia dla dziecka)? Wtedy mogą Państwo bezpłatnie zwrócić się do Geschillencommissie Passend Onderwijs (komisja rozstrzygająca spory o odpowiednią edukację).
    - Złożyli Państwo najpierw skargę w szkole i nie są Państwo zadowoleni? Wtedy w ciągu 1 roku mogą Państwo zwrócić się do Kinderombudsman (Rzecznik Praw Dziecka): 0800-876 54 32.
    - Inspectie (inspekcja szkolna) sama nie rozpatrzy Państwa skargi, ale mogą Państwo przekazać jej sygnał: 088-669 60 60 (pon.–pt. 9–12 i 13–16).
    To są ogólne informacje, a nie porada prawna.

complaint-discrimination =
    Ktoś ze szkoły dyskryminuje Państwa dziecko? To jest niedozwolone. Dobrze, że chcą Państwo coś z tym zrobić.
    - Proszę zapisać, co się stało, kiedy i kto przy tym był.
    - Proszę porozmawiać ze szkolnym vertrouwenspersoon (osoba zaufania w szkole). W razie potrzeby proszę złożyć skargę zgodnie z procedurą skargową szkoły (klachtenregeling).
    - Proszę zadzwonić do vertrouwensinspecteur (inspektor zaufania z Inspectie, inspekcji szkolnej): 0900-111 3 111 (w dni robocze 8–17, opłata jak za połączenie lokalne). Doradza w sprawach dyskryminacji, przemocy, wykorzystywania seksualnego i poważnego nękania.
    - Dyskryminację mogą Państwo też zgłosić w punkcie zgłaszania dyskryminacji (meldpunt discriminatie), przez Discriminatie.nl.
    - Mogą Państwo poprosić College voor de Rechten van de Mens (holenderski Instytut Praw Człowieka) o wydanie opinii w sprawie dyskryminacji.
    - Doszło do przestępstwa, na przykład gróźb lub pobicia? Proszę zgłosić się na policję. Bezpośrednie niebezpieczeństwo: proszę dzwonić pod 112.
