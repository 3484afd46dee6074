# Własne komunikaty Wegwijzer (niezwiązane z jednym tematem). Przetłumaczone z locales/nl/main.ftl.
language-name = Polski

welcome =
    Witamy w Wegwijzer. Pomagam rodzicom dzieci, które nie chodzą do szkoły (albo chodzą tylko przez część dnia): wyjaśniam Państwa prawa, następny krok i do kogo można się zwrócić.
    Proszę napisać własnymi słowami, co się dzieje, albo wybrać temat.
privacy-notice =
    Prywatność: przechowuję jak najmniej danych. Proszę nie podawać imion i nazwisk, dat urodzenia ani numeru BSN (holenderski numer identyfikacyjny). Komenda /mydata pokazuje, co przechowuję, a /forget usuwa wszystko o Państwu.
help =
    Proszę napisać własnymi słowami, co się dzieje, albo użyć komend:
    /menu – tematy
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
topic-bullying = Nękanie lub brak bezpieczeństwa w szkole
topic-wellbeing = Lęk, przygnębienie, strach przed szkołą
topic-home_education = Nauczanie domowe lub zwolnienie (vrijstelling)
topic-newcomers = Nowi w Holandii
topic-adviser = Rozmowa z doradcą

choose-prompt = Proszę wybrać jedną z opcji: wpisać jej numer albo nacisnąć przycisk.
common-c-adviser = Chcę porozmawiać z doradcą
common-c-menu = Powrót do menu
common-ask-number = Proszę wpisać tylko liczbę, na przykład 3.
after-answer = Co chcieliby Państwo teraz zrobić?
source-line = Źródło: { $url }

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
    Przemoc lub brak bezpieczeństwa w domu: Veilig Thuis (punkt pomocy przy przemocy domowej) 0800-2000, w dzień i w nocy.
    Przekazuję teraz Państwa wiadomość doradcy w pierwszej kolejności.

escalated = Państwa pytanie trafiło do doradców. Doradca odpowie tutaj, w tej rozmowie. Mogą Państwo już teraz napisać więcej.
escalated-urgent = Państwa pytanie trafiło do doradców w pierwszej kolejności.

adviser-joined = Doradca zajął się Państwa pytaniem i odpowie tutaj, w tej rozmowie.
ticket-closed = Doradca zamknął Państwa pytanie. Jeśli mają Państwo inne pytanie, proszę śmiało napisać ponownie.

pii-warning = Uwaga: wysłali Państwo coś, co wygląda na numer BSN (holenderski numer identyfikacyjny), datę urodzenia, adres e-mail lub numer telefonu. Nie zostało to zapisane ani nikomu przekazane. Nie potrzebuję tego, aby Państwu pomóc.
forget-done = Wszystko, co o Państwu przechowywano, zostało usunięte: rozmowa, pytania do doradców i wiadomości. Proszę napisać cokolwiek, aby zacząć od nowa.
mydata-header = To przechowuję o Państwu:
mydata-language = Język: { $lang }
mydata-ticket = Pytanie do doradców numer { $id } ({ $status }):
mydata-footer = Nic więcej: żadnego nazwiska ani numeru telefonu. Komenda /forget usuwa wszystko.

# Gotowe odpowiedzi, które doradca wysyła komendą /canned NAZWA; rodzic czyta je we własnym języku.
canned-thanks = Dziękuję za wiadomość. Sprawdzam sprawę i odpowiem tutaj jak najszybciej.
canned-more-info = Czy mogą Państwo napisać trochę więcej? Na przykład: ile mniej więcej lat ma dziecko, jaki to rodzaj szkoły i od jak dawna to trwa? Proszę nie podawać imion ani nazwisk.
canned-onderwijsconsulenten = Czy Państwa dziecko siedzi w domu już ponad 4 tygodnie? Wtedy mogą Państwo poprosić o bezpłatną pomoc Onderwijsconsulenten (niezależni doradcy ds. edukacji): 070-312 28 87 (w dni robocze 9:00–12:30 i 13:30–16:30) lub przez onderwijsconsulenten.nl.
