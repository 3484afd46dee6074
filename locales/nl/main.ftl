# Wegwijzer's own messages (not tied to one topic). Source language: Dutch.
language-name = Nederlands
# The language's name in Dutch, for the advisers.
language-name-nl = Nederlands

welcome =
    Welkom bij Wegwijzer. Ik help ouders van kinderen die (een deel van de dag) niet naar school gaan: uw rechten, de volgende stap en bij wie u terecht kunt.
    Ik geef algemene informatie, geen juridisch advies. Voor uw eigen situatie kunt u een adviseur vragen.
    Schrijf in uw eigen woorden wat er aan de hand is, of kies een onderwerp.
privacy-notice =
    Privacy: ik bewaar zo weinig mogelijk. Noem geen namen, geboortedata of BSN.
    - Ik bewaar uw keuzes in dit gesprek. Praat u met een adviseur? Dan bewaar ik ook uw berichten, de antwoorden van de adviseur en korte notities die de adviseur bij uw vraag maakt.
    - Wegwijzer geeft niets door aan de school, leerplicht of Veilig Thuis.
    - 90 dagen nadat uw vraag is afgesloten, of na 90 dagen zonder contact, wis ik het gesprek en de berichten. Daarna blijven alleen tellingen over, zonder gegevens over u.
    - Met /mijngegevens ziet u wat ik bewaar. Met /vergeet wis ik meteen alles over u.
help =
    Typ in uw eigen woorden wat er aan de hand is, of gebruik:
    /menu – de onderwerpen
    /terug – één vraag terug
    /taal – een andere taal kiezen
    /adviseur – met een mens praten
    /stop – dit gesprek stoppen
    /mijngegevens – wat ik over u bewaar
    /vergeet – alles over u wissen

menu-prompt = Waar gaat uw vraag over? Kies een onderwerp.
topic-suspension = Mijn kind is geschorst
topic-removal = School wil mijn kind verwijderen
topic-partial_hours = Mijn kind mag maar een paar uur naar school
topic-waitlist = Wachtlijst speciaal onderwijs of jeugdzorg
topic-enrolment = Aanmelden: school weigert mijn kind
topic-home_without_school = Mijn kind zit thuis zonder school
topic-attendance = Leerplicht: verzuim, boete of verlof
topic-bullying = Pesten of onveiligheid op school
topic-complaint = Klacht over een leraar of de school, of discriminatie
topic-wellbeing = Angst, somberheid, niet naar school durven
topic-home_education = Thuisonderwijs of vrijstelling
topic-newcomers = Nieuw in Nederland
topic-parent_support = Het wordt mij als ouder te zwaar
topic-adviser = Met een adviseur praten

choose-prompt = Kies een van de opties: typ het nummer of tik op een knop.
common-c-adviser = Ik wil met een adviseur praten
common-c-menu = Terug naar het menu
common-ask-number = Typ alleen een getal, bijvoorbeeld 3.
after-answer = Wat wilt u nu doen?
source-line = Bron: { $url }

# De regio vragen we één keer per gesprek (flows/regions/). Alle keuzes zetten een regio.
region-ask = Zodat ik u de juiste contacten kan geven: woont u in Amsterdam of ergens anders?
region-amsterdam = Amsterdam
region-elsewhere = Ergens anders in Nederland

# Zo vindt een ouder buiten Amsterdam het contact zelf (gebruikt als { $sleutel } in de berichten).
# Schrijf elk als een los zinsdeel: het staat in de berichten meestal na een dubbele punt.
contact-leerplicht-elsewhere = de leerplichtambtenaar van uw gemeente (kijk op de website van uw gemeente bij 'leerplicht', of vraag het de school)
contact-swv-elsewhere = het samenwerkingsverband van uw regio (vraag de school welk samenwerkingsverband bij de school hoort; een kaart staat op regioatlas.nl)
contact-oco-elsewhere = Ouders & Onderwijs, landelijk en gratis: 0800-5010 of vraag@oudersonderwijs.nl (vraag ook uw samenwerkingsverband of er in uw regio een steunpunt voor ouders is)
contact-okt-elsewhere = het jeugdteam of wijkteam van uw gemeente (kijk op de website van uw gemeente bij 'jeugdhulp')

# De ondersteuningsvraag achter het thuiszitten: één keer per gesprek, over te slaan. Alleen geteld.
need-ask =
    Zo kunnen we beter helpen: wat speelt er bij uw kind? U mag dit overslaan.
    Voor ons jaarverslag tellen we alleen hoe vaak iets voorkomt, zonder gegevens over u.
need-c-fysiek = Een lichamelijke ziekte of beperking
need-c-gedrag = Gedrag, of ADHD
need-c-autisme = Autisme
need-c-leren = Moeite met leren, zoals dyslexie
need-c-psychisch = Angst, somberheid of andere psychische klachten
need-c-hoogbegaafd = Hoogbegaafdheid
need-c-anders = Iets anders, of ik weet het niet
need-c-skip = Dit zeg ik liever niet (overslaan)

not-understood = Ik weet nog niet waar uw vraag over gaat.
empty-message = Uw bericht was leeg. Schrijf in een paar woorden wat er aan de hand is.
too-long = Uw bericht is te lang (meer dan { $max } tekens) en is niet bewaard. Schrijf het korter, in een paar zinnen.
no-words = Ik zie geen woorden in uw bericht. Schrijf in een paar woorden wat er aan de hand is.
unsupported-media = Ik kan alleen tekst lezen, geen foto's, spraakberichten of bestanden. Schrijf uw vraag in een paar woorden.
unknown-command = Die opdracht ken ik niet. Typ /help voor de mogelijkheden.

language-prompt = Kies uw taal.
language-set = Ik schrijf u nu in het Nederlands.
stopped = Het gesprek is gestopt. Schrijf iets om opnieuw te beginnen.

urgent-answer =
    Is iemand in direct gevaar? Bel 112.
    Denkt u of uw kind aan zelfdoding? Bel 113 (gratis) of 0800-0113, of chat via 113.nl.
    Geweld of onveiligheid thuis: Veilig Thuis 0800-2000, dag en nacht en gratis.
    Deze hulplijnen spreken Nederlands. U kunt vragen om een tolk.
    Wacht niet op ons: de adviseurs van Wegwijzer zijn geen crisishulp en niet altijd direct bereikbaar. Bel nu 113 of 112.

escalated = Uw vraag staat bij de adviseurs. Een adviseur reageert hier in dit gesprek, meestal { $within }. U kunt hier alvast meer vertellen.
escalated-urgent = Uw vraag staat met voorrang bij de adviseurs. Een adviseur reageert hier zo snel mogelijk, meestal { $within }. Bij gevaar: wacht niet, bel 112 of 113.
# Outside office hours: the advisers read the question when the office opens.
escalated-closed = Uw vraag staat bij de adviseurs. Zij zijn nu niet bereikbaar en lezen uw vraag vanaf { $day } { $time }. U kunt hier alvast meer vertellen.
    Wilt u eerder advies? Ouders & Onderwijs (gratis): 0800-5010. Is het dringend? Bel 113 (gratis) of 112.
# No adviser works with this bot: say so, and where else to go.
escalated-nobody = Bij deze Wegwijzer zijn nu geen adviseurs aangesloten, dus hier kan niemand uw vraag beantwoorden. Dat spijt me.
    Voor advies: Ouders & Onderwijs (gratis) 0800-5010, of de Onderwijsconsulenten 070-312 28 87.
    Bij gevaar: 112. Denkt u of uw kind aan zelfdoding: 113 (gratis). Geweld thuis: Veilig Thuis 0800-2000.
within-minutes = binnen { $n } minuten
within-hours = binnen { $n } uur
within-days = binnen { $n } dagen
day-1 = maandag
day-2 = dinsdag
day-3 = woensdag
day-4 = donderdag
day-5 = vrijdag
day-6 = zaterdag
day-7 = zondag
day-today = vandaag
day-tomorrow = morgen
# While waiting for an adviser: the first message, and every crisis message, get an answer.
waiting-noted = Ik heb uw bericht bij uw vraag gezet. De adviseur leest het als die uw vraag oppakt.
waiting-crisis = Ik heb de adviseurs gewaarschuwd dat het dringend is.
# The bot only serves one parent at a time, in a private chat.
private-only = Ik werk alleen in een privégesprek, zodat niemand anders meeleest. Stuur mij een persoonlijk bericht. Ik verlaat deze groep.
# How the parent sees an adviser's message.
adviser-says = { $name }, adviseur:

adviser-joined = Een adviseur heeft uw vraag opgepakt en antwoordt hier in dit gesprek. Wat de adviseur zelf schrijft, wordt niet vertaald. Begrijpt u iets niet? Vraag dan om een telefoongesprek met een tolk.
ticket-closed = De adviseur heeft uw vraag afgesloten. Schrijf gerust opnieuw als u nog iets wilt vragen.

pii-warning = Let op: u stuurde iets wat op een naam, BSN, geboortedatum, e-mailadres of telefoonnummer lijkt. Dat heb ik niet bewaard en niet doorgegeven. Ik heb het niet nodig om u te helpen.
forget-done = Alles wat ik over u bewaarde is gewist: het gesprek, uw vragen aan de adviseurs en de berichten. Schrijf iets om opnieuw te beginnen.
mydata-header = Dit bewaar ik over u:
mydata-language = U schrijft in het { $language }.
mydata-footer = Adviseurs kunnen bij uw vraag ook korte interne notities maken. Die staan niet in dit overzicht, maar horen bij uw vraag en worden met /vergeet ook gewist. Verder bewaar ik geen naam en geen telefoonnummer. Met /vergeet wis ik alles.

# Standaardantwoorden die een adviseur met /canned NAAM stuurt; de ouder leest ze in de eigen taal.
canned-thanks = Dank u wel voor uw bericht. Ik kijk ernaar en reageer hier zo snel mogelijk.
canned-more-info = Kunt u iets meer vertellen? Bijvoorbeeld: hoe oud is uw kind ongeveer, welk type school, en hoe lang speelt dit al? Noem geen namen.
canned-onderwijsconsulenten = Zit uw kind al meer dan 4 weken thuis? Dan kunt u gratis hulp vragen bij de Onderwijsconsulenten: 070-312 28 87 (werkdagen 9:00–12:30 en 13:30–16:30) of via onderwijsconsulenten.nl. Het kan enkele weken duren voordat zij u terugbellen voor een intake: meld u daarom meteen aan.
canned-safe-now = Ik wil eerst iets belangrijks vragen: zijn u en uw kind op dit moment veilig? Is er direct gevaar? Bel dan meteen 112.
canned-crisis-numbers =
    Is er direct gevaar? Bel 112.
    Denkt u of uw kind aan zelfdoding? Bel 113 (gratis) of 0800-0113, of chat via 113.nl.
    Geweld of onveiligheid thuis: Veilig Thuis 0800-2000, dag en nacht en gratis.
    Deze hulplijnen spreken Nederlands. U kunt vragen om een tolk.
canned-interpreter = Ik spreek uw taal niet goed. Zullen we u bellen met een tolk erbij? Antwoord met ja of nee.

# Triage asks instead of guessing when two or three topics are close.
ask-topic = Waar gaat uw vraag het meest over?
ask-topic-other = Iets anders
# Offered after two messages whose language was not clear.
language-unsure = Ik weet nog niet zeker in welke taal u schrijft. Kies uw taal, dan ga ik verder in die taal.

# Words a parent may type without a slash; they work like the commands. Comma-separated, each
# matched as the whole message (case, accents and punctuation do not matter).
words-menu = menu, hoofdmenu, onderwerpen, opnieuw beginnen
words-back = terug, vorige, vorige vraag, ga terug
words-stop = stop, stoppen, nee bedankt, klaar
words-help = help, hulp
words-language = taal, andere taal
words-adviser = adviseur, mens, medewerker, iemand spreken
# Number words, from one, for choosing an option ("twee" is the 2nd).
words-numbers = een, twee, drie, vier, vijf, zes, zeven, acht, negen, tien, elf, twaalf, dertien, veertien, vijftien
choice-unclear = Dat past bij meer dan één keuze. Welke bedoelt u?
back-none = Dit is de eerste vraag, verder terug kan niet.
# On platforms without buttons (Matrix, the terminal).
choose-prompt-typed = Kies een van de opties: typ het nummer of het antwoord.
# The bot's command list in the app (Telegram shows it next to the text field).
command-start = Beginnen
command-menu = De onderwerpen
command-back = Eén vraag terug
command-language = Een andere taal kiezen
command-adviser = Met een adviseur praten
command-stop = Dit gesprek stoppen
command-help = Uitleg
command-mydata = Wat ik over u bewaar
command-forget = Alles over u wissen
# Under the QR code on a poster: the topic's title comes above this line.
qr-scan = Scan de code met uw telefoon en stel uw vraag in uw eigen taal.
mydata-answers = Uw keuzes en antwoorden in dit gesprek:
mydata-region = Uw regio: { $region }.
mydata-need = Wat volgens u achter het thuiszitten zit: { $need }.
mydata-ticket-open = Uw vraag aan de adviseurs (nummer { $id }) wacht op een adviseur. Dit staat erin:
mydata-ticket-claimed = Een adviseur werkt aan uw vraag (nummer { $id }). Dit staat erin:
mydata-ticket-closed = Uw vraag aan de adviseurs (nummer { $id }) is afgerond. Dit staat erin:
mydata-you = U schreef: { $text }
mydata-adviser = De adviseur schreef: { $text }
mydata-nothing = Over dit gesprek bewaar ik nog niets, behalve uw taal.

# /mydata: what the bot will say later because the parent asked for it.
mydata-reminder = Een herinnering waar u om vroeg, op { $date }. Ik bewaar alleen dit gesprek en die datum.
file-received = Dank u. Ik heb uw foto of bestand bij uw vraag gezet; de adviseur kan het bekijken.
mydata-read = Een adviseur heeft uw vraag gelezen in de inbox van het adviesbureau. Wie wanneer uw vraag opende, wordt bijgehouden zolang uw vraag bewaard wordt.
mydata-followup = Een vraag of uw kind weer naar school gaat, op { $date }. Ik bewaar alleen dit gesprek, die datum en het onderwerp.

# Next steps after an answer: letters and deadlines (the letters themselves: letters.ftl).
deadline-ask-registration = Op welke datum heeft u uw kind bij de school aangemeld? Bijvoorbeeld: 12 november of 12-11-2026.
deadline-ask-suspension-start = Op welke dag begon de schorsing? Bijvoorbeeld: maandag, 12 november of 12-11-2026.
letter-c-partial-report = Help mij een melding aan leerplicht te schrijven
letter-c-opp = Help mij een brief over het OPP te schrijven
letter-c-start-meeting = Help mij een startgesprek aan te vragen
deadline-c-exemption = Wanneer moet ik de vrijstelling verlengen?
deadline-c-enrolment = Wanneer moet de school beslissen?
deadline-c-suspension-end = Tot wanneer mag de schorsing duren?
