# Własne komunikaty Wegwijzer (niezwiązane z jednym tematem). Przetłumaczone z locales/nl/main.ftl.
language-name = Polski
# The language's name in Dutch, for the advisers.
language-name-nl = Pools

welcome =
    Witamy w Wegwijzer. Pomagam rodzicom dzieci, które nie chodzą do szkoły (albo chodzą tylko przez część dnia): wyjaśniam Państwa prawa, następny krok i do kogo można się zwrócić.
    Udzielam ogólnych informacji, a nie porad prawnych. W sprawie Państwa własnej sytuacji mogą Państwo zwrócić się do doradcy.
    Proszę napisać własnymi słowami, co się dzieje, albo wybrać temat.
privacy-notice =
    Prywatność: przechowuję jak najmniej danych. Proszę nie podawać imion i nazwisk, dat urodzenia ani numeru BSN (holenderski numer identyfikacyjny).
    - Przechowuję Państwa wybory w tej rozmowie. Jeśli rozmawiają Państwo z doradcą, przechowuję też Państwa wiadomości, odpowiedzi doradcy i krótkie notatki, które doradca robi przy Państwa pytaniu.
    - Wegwijzer niczego nie przekazuje szkole, leerplicht (urząd gminy ds. obowiązku szkolnego) ani Veilig Thuis (punkt pomocy przy przemocy domowej).
    - 90 dni po zamknięciu Państwa pytania albo po 90 dniach bez kontaktu usuwam rozmowę i wiadomości. Potem zostają tylko liczby do statystyk, bez danych o Państwu.
    - Komenda /mydata pokazuje, co przechowuję. Komenda /forget od razu usuwa wszystko o Państwu.
help =
    Proszę napisać własnymi słowami, co się dzieje, albo użyć komend:
    /menu – tematy
    /back – powrót o jedno pytanie
    /language – wybór innego języka
    /adviser – rozmowa z człowiekiem
    /stop – zakończenie tej rozmowy
    /mydata – co o Państwu przechowuję
    /forget – usunięcie wszystkiego o Państwu

menu-prompt = Czego dotyczy Państwa pytanie? Proszę wybrać temat.
topic-suspension = Moje dziecko zostało zawieszone (schorsing)
topic-removal = Szkoła chce usunąć moje dziecko
topic-partial_hours = Moje dziecko może chodzić do szkoły tylko kilka godzin
topic-waitlist = Lista oczekujących: szkoła specjalna lub pomoc dla młodzieży (jeugdzorg)
topic-enrolment = Zapisy: szkoła nie chce przyjąć mojego dziecka
topic-home_without_school = Moje dziecko siedzi w domu bez szkoły
topic-attendance = Leerplicht (obowiązek szkolny): nieobecności, grzywna lub dni wolne
topic-bullying = Nękanie lub brak bezpieczeństwa w szkole
topic-complaint = Skarga na nauczyciela lub szkołę albo dyskryminacja
topic-wellbeing = Lęk, przygnębienie, strach przed szkołą
topic-home_education = Nauczanie domowe lub zwolnienie (vrijstelling)
topic-newcomers = Nowi w Holandii
topic-parent_support = Jako rodzic czuję, że to dla mnie za dużo
topic-adviser = Rozmowa z doradcą

choose-prompt = Proszę wybrać jedną z opcji: wpisać jej numer albo nacisnąć przycisk.
common-c-adviser = Chcę porozmawiać z doradcą
common-c-menu = Powrót do menu
common-ask-number = Proszę wpisać tylko liczbę, na przykład 3.
after-answer = Co chcieliby Państwo teraz zrobić?
source-line = Źródło: { $url }

# Region pytamy raz na rozmowę (flows/regions/). Każdy wybór ustala region.
region-ask = Żeby podać Państwu właściwe kontakty, pytam: czy mieszkają Państwo w Amsterdamie, czy gdzie indziej?
region-amsterdam = Amsterdam
region-elsewhere = Gdzie indziej w Holandii

# Jak rodzic spoza Amsterdamu sam znajdzie kontakt (używane jako zmienne w wiadomościach).
# Każdy tekst to samodzielny fragment zdania: w wiadomościach stoi zwykle po dwukropku.
contact-leerplicht-elsewhere = leerplichtambtenaar (urzędnik ds. obowiązku szkolnego) w Państwa gminie (proszę szukać hasła „leerplicht” na stronie internetowej gminy albo zapytać w szkole)
contact-swv-elsewhere = samenwerkingsverband (regionalne partnerstwo szkół ds. wsparcia) w Państwa regionie (proszę zapytać szkołę, do którego samenwerkingsverband należy; mapa jest na regioatlas.nl)
contact-oco-elsewhere = Ouders & Onderwijs, krajowa bezpłatna infolinia dla rodziców: 0800-5010 lub vraag@oudersonderwijs.nl (proszę też zapytać samenwerkingsverband, czy w Państwa regionie jest punkt wsparcia dla rodziców)
contact-okt-elsewhere = jeugdteam albo wijkteam (zespół pomocy dla dzieci i rodzin) w Państwa gminie (proszę szukać hasła „jeugdhulp” na stronie internetowej gminy)

# Potrzeba wsparcia, która stoi za siedzeniem w domu: raz na rozmowę, można pominąć. Tylko liczona.
need-ask =
    Dzięki temu możemy lepiej pomóc: z czym zmaga się Państwa dziecko? Mogą Państwo to pominąć.
    Do naszego rocznego sprawozdania liczymy tylko, jak często coś się zdarza, bez danych o Państwu.
need-c-fysiek = Choroba fizyczna lub niepełnosprawność
need-c-gedrag = Zachowanie albo ADHD
need-c-autisme = Autyzm
need-c-leren = Trudności w nauce, na przykład dysleksja
need-c-psychisch = Lęk, przygnębienie lub inne problemy psychiczne
need-c-hoogbegaafd = Wybitne uzdolnienia (hoogbegaafdheid)
need-c-anders = Coś innego albo nie wiem
need-c-skip = Wolę tego nie mówić (pomiń)

not-understood = Nie wiem jeszcze, czego dotyczy Państwa pytanie.
empty-message = Państwa wiadomość była pusta. Proszę napisać w kilku słowach, co się dzieje.
too-long = Państwa wiadomość jest za długa (ponad { $max } znaków) i nie została zapisana. Proszę napisać krócej, w kilku zdaniach.
no-words = Nie widzę słów w Państwa wiadomości. Proszę napisać w kilku słowach, co się dzieje.
unsupported-media = Mogę czytać tylko tekst, nie zdjęcia, wiadomości głosowe ani pliki. Proszę napisać pytanie w kilku słowach.
unknown-command = Nie znam tej komendy. Proszę wpisać /help, aby zobaczyć, co można zrobić.

language-prompt = Proszę wybrać język.
language-set = Od teraz piszę do Państwa po polsku.
stopped = Rozmowa została zakończona. Proszę napisać cokolwiek, aby zacząć od nowa.

urgent-answer =
    Czy ktoś jest w bezpośrednim niebezpieczeństwie? Proszę dzwonić pod 112.
    Czy Państwo albo Państwa dziecko myślą o samobójstwie? Proszę dzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl.
    Przemoc lub brak bezpieczeństwa w domu: Veilig Thuis (punkt pomocy przy przemocy domowej) 0800-2000, w dzień i w nocy, bezpłatnie.
    Na tych liniach pomocy rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.
    Proszę nie czekać na nas: doradcy Wegwijzer nie są pomocą kryzysową i nie zawsze są od razu dostępni. Proszę zadzwonić teraz pod 113 lub 112.

escalated = Państwa pytanie trafiło do doradców. Doradca odpowie tutaj, w tej rozmowie, zwykle { $within }. Mogą Państwo już teraz napisać więcej.
escalated-urgent = Państwa pytanie trafiło do doradców w pierwszej kolejności. Doradca odpowie tutaj jak najszybciej, zwykle { $within }. W razie niebezpieczeństwa proszę nie czekać, tylko dzwonić pod 112 lub 113.

adviser-joined = Doradca zajął się Państwa pytaniem i odpowie tutaj, w tej rozmowie. To, co doradca pisze sam, nie jest tłumaczone. Coś jest niejasne? Proszę wtedy poprosić o rozmowę telefoniczną z tłumaczem.
ticket-closed = Doradca zamknął Państwa pytanie. Jeśli mają Państwo inne pytanie, proszę śmiało napisać ponownie.

pii-warning = Uwaga: wysłali Państwo coś, co wygląda na imię lub nazwisko, numer BSN (holenderski numer identyfikacyjny), datę urodzenia, adres e-mail lub numer telefonu. Nie zostało to zapisane ani nikomu przekazane. Nie potrzebuję tego, aby Państwu pomóc.
forget-done = Wszystko, co o Państwu przechowywano, zostało usunięte: rozmowa, pytania do doradców i wiadomości. Proszę napisać cokolwiek, aby zacząć od nowa.
mydata-header = To przechowuję o Państwu:
mydata-language = Język, w którym Państwo piszą: { $language }.
mydata-footer = Doradcy mogą też robić krótkie notatki wewnętrzne przy Państwa pytaniu. Nie ma ich w tym zestawieniu, ale należą do Państwa pytania i komenda /forget także je usuwa. Poza tym nie przechowuję nazwiska ani numeru telefonu. Komenda /forget usuwa wszystko.

# Gotowe odpowiedzi, które doradca wysyła komendą /canned NAZWA; rodzic czyta je we własnym języku.
canned-thanks = Dziękuję za wiadomość. Sprawdzam sprawę i odpowiem tutaj jak najszybciej.
canned-more-info = Czy mogą Państwo napisać trochę więcej? Na przykład: ile mniej więcej lat ma dziecko, jaki to rodzaj szkoły i od jak dawna to trwa? Proszę nie podawać imion ani nazwisk.
canned-onderwijsconsulenten = Czy Państwa dziecko siedzi w domu już ponad 4 tygodnie? Wtedy mogą Państwo poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (w dni robocze 9:00–12:30 i 13:30–16:30) lub przez onderwijsconsulenten.nl. Może minąć kilka tygodni, zanim oddzwonią w sprawie pierwszej rozmowy (intake): dlatego proszę zgłosić się od razu.
canned-safe-now = Najpierw chcę zapytać o coś ważnego: czy Państwo i Państwa dziecko są teraz bezpieczni? Czy jest bezpośrednie niebezpieczeństwo? Wtedy proszę od razu dzwonić pod 112.
canned-crisis-numbers =
    Czy jest bezpośrednie niebezpieczeństwo? Proszę dzwonić pod 112.
    Czy Państwo albo Państwa dziecko myślą o samobójstwie? Proszę dzwonić pod 113 (bezpłatnie) lub 0800-0113 albo czatować na 113.nl.
    Przemoc lub brak bezpieczeństwa w domu: Veilig Thuis (punkt pomocy przy przemocy domowej) 0800-2000, w dzień i w nocy, bezpłatnie.
    Na tych liniach pomocy rozmawia się po niderlandzku. Mogą Państwo poprosić o tłumacza.
canned-interpreter = Nie znam dobrze Państwa języka. Czy możemy do Państwa zadzwonić razem z tłumaczem? Proszę odpowiedzieć: tak lub nie.

# Outside office hours: the advisers read the question when the office opens.
escalated-closed = Państwa pytanie trafiło do doradców. Teraz są niedostępni i przeczytają Państwa pytanie, gdy wrócą do pracy: { $day }, od godz. { $time }. Mogą Państwo już teraz napisać więcej.
    Czy chcą Państwo uzyskać poradę wcześniej? Ouders & Onderwijs (bezpłatnie, po niderlandzku): 0800-5010. Czy sprawa jest pilna? Proszę dzwonić pod 113 (bezpłatnie) lub 112.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = Do tego Wegwijzer nie jest teraz przypisany żaden doradca, więc nikt nie może tu odpowiedzieć na Państwa pytanie. Bardzo przepraszam.
    Po poradę: Ouders & Onderwijs (bezpłatnie) 0800-5010 albo Onderwijsconsulenten (niezależni doradcy ds. edukacji) 070-312 28 87.
    W razie niebezpieczeństwa: 112. Jeśli Państwo albo Państwa dziecko myślą o samobójstwie: 113 (bezpłatnie). Przemoc w domu: Veilig Thuis 0800-2000.
within-minutes = w ciągu { $n } minut
within-hours = w ciągu { $n } godzin
within-days = w ciągu { $n } dni
day-1 = poniedziałek
day-2 = wtorek
day-3 = środa
day-4 = czwartek
day-5 = piątek
day-6 = sobota
day-7 = niedziela
day-today = dzisiaj
day-tomorrow = jutro
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = Państwa wiadomość została dołączona do pytania. Doradca przeczyta ją, gdy zajmie się Państwa pytaniem.
waiting-crisis = Doradcy zostali powiadomieni, że sprawa jest pilna.
# The bot only serves one parent at a time, in a private chat.
private-only = Działam tylko w prywatnej rozmowie, żeby nikt inny jej nie czytał. Proszę wysłać mi prywatną wiadomość. Opuszczam tę grupę.
# How the parent sees an adviser's message.
adviser-says = { $name }, doradca:

# Triage asks instead of guessing when two or three topics are close.
ask-topic = Czego najbardziej dotyczy Państwa pytanie?
ask-topic-other = Coś innego
# Offered after two messages whose language was not clear.
language-unsure = Nie wiem jeszcze na pewno, w jakim języku Państwo piszą. Proszę wybrać język, a dalej będę pisać w tym języku.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = menu, menu główne, tematy, od nowa, zacznij od nowa
words-back = wstecz, cofnij, powrót, wróć, poprzednie, poprzednie pytanie, back
words-stop = stop, koniec, zakończ, nie dziękuję, wystarczy, przestań
words-help = pomoc, pomocy, help
words-language = język, inny język, zmień język
words-adviser = doradca, doradczyni, konsultant, człowiek, porozmawiać z kimś, rozmowa z doradcą
# Number words, from one, for choosing an option ("dwa" is the 2nd).
words-numbers = jeden, dwa, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć, dziesięć, jedenaście, dwanaście, trzynaście, czternaście, piętnaście
choice-unclear = To pasuje do więcej niż jednej opcji. Którą Państwo mają na myśli?
back-none = To jest pierwsze pytanie, dalej nie można się cofnąć.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = Proszę wybrać jedną z opcji: wpisać jej numer albo odpowiedź.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = Rozpoczęcie rozmowy
command-menu = Tematy
command-back = Jedno pytanie wstecz
command-language = Wybór innego języka
command-adviser = Rozmowa z doradcą
command-stop = Zakończenie tej rozmowy
command-help = Wyjaśnienie
command-mydata = Co o Państwu przechowuję
command-forget = Usunięcie wszystkiego o Państwu
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = Proszę zeskanować kod telefonem i zadać pytanie we własnym języku.
mydata-answers = Państwa wybory i odpowiedzi w tej rozmowie:
mydata-region = Państwa region: { $region }.
mydata-need = Co Państwa zdaniem stoi za tym, że dziecko siedzi w domu: { $need }.
mydata-ticket-open = Państwa pytanie do doradców (numer { $id }) czeka na doradcę. Jego treść:
mydata-ticket-claimed = Doradca zajmuje się Państwa pytaniem (numer { $id }). Jego treść:
mydata-ticket-closed = Państwa pytanie do doradców (numer { $id }) zostało zakończone. Jego treść:
mydata-you = Napisali Państwo: { $text }
mydata-adviser = Doradca napisał: { $text }
mydata-nothing = O tej rozmowie nie przechowuję jeszcze niczego poza Państwa językiem.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = Przypomnienie, o które Państwo prosili, w dniu { $date }. Przechowuję tylko tę rozmowę i tę datę.
file-received = Dziękuję. Dodałem zdjęcie lub plik do Państwa pytania; doradca może je obejrzeć.
mydata-read = Doradca przeczytał Państwa pytanie w skrzynce biura porad. Kto i kiedy otworzył Państwa pytanie, jest zapisywane tak długo, jak przechowujemy pytanie.
mydata-followup = Pytanie, czy dziecko wróciło do szkoły, w dniu { $date }. Przechowuję tylko tę rozmowę, tę datę i temat.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = Kiedy zgłosili Państwo dziecko do szkoły (aanmelding)? Na przykład: 12 listopada albo 12-11-2026.
deadline-ask-suspension-start = Którego dnia zaczęło się zawieszenie (schorsing)? Na przykład: poniedziałek, 12 listopada albo 12-11-2026.
letter-c-partial-report = Pomóż mi napisać zgłoszenie do leerplicht
letter-c-opp = Pomóż mi napisać list w sprawie OPP
letter-c-start-meeting = Pomóż mi poprosić o spotkanie startowe (startgesprek)
deadline-c-exemption = Kiedy muszę przedłużyć zwolnienie (vrijstelling)?
deadline-c-enrolment = Do kiedy szkoła musi podjąć decyzję?
deadline-c-suspension-end = Do kiedy może trwać zawieszenie?
