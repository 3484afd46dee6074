# Wegwijzer's own messages (not tied to one topic). Source language: Dutch.
language-name = Nederlands

welcome =
    Welkom bij Wegwijzer. Ik help ouders van kinderen die (een deel van de dag) niet naar school gaan: uw rechten, de volgende stap en bij wie u terecht kunt.
    Schrijf in uw eigen woorden wat er aan de hand is, of kies een onderwerp.
privacy-notice =
    Privacy: ik bewaar zo weinig mogelijk. Noem geen namen, geboortedata of BSN. Met /mijngegevens ziet u wat ik bewaar, met /vergeet wis ik alles over u.
help =
    Typ in uw eigen woorden wat er aan de hand is, of gebruik:
    /menu – de onderwerpen
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
topic-bullying = Pesten of onveiligheid op school
topic-wellbeing = Angst, somberheid, niet naar school durven
topic-home_education = Thuisonderwijs of vrijstelling
topic-newcomers = Nieuw in Nederland
topic-adviser = Met een adviseur praten

choose-prompt = Kies een van de opties: typ het nummer of tik op een knop.
common-c-adviser = Ik wil met een adviseur praten
common-c-menu = Terug naar het menu
common-ask-number = Typ alleen een getal, bijvoorbeeld 3.
after-answer = Wat wilt u nu doen?
source-line = Bron: { $url }

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
    Geweld of onveiligheid thuis: Veilig Thuis 0800-2000, dag en nacht.
    Ik geef uw bericht nu met voorrang door aan een adviseur.

escalated = Uw vraag staat bij de adviseurs. Een adviseur reageert hier in dit gesprek. U kunt hier alvast meer vertellen.
escalated-urgent = Uw vraag staat met voorrang bij de adviseurs.

adviser-joined = Een adviseur heeft uw vraag opgepakt en antwoordt hier in dit gesprek.
ticket-closed = De adviseur heeft uw vraag afgesloten. Schrijf gerust opnieuw als u nog iets wilt vragen.

pii-warning = Let op: u stuurde iets wat op een naam, BSN, geboortedatum, e-mailadres of telefoonnummer lijkt. Dat heb ik niet bewaard en niet doorgegeven. Ik heb het niet nodig om u te helpen.
forget-done = Alles wat ik over u bewaarde is gewist: het gesprek, uw vragen aan de adviseurs en de berichten. Schrijf iets om opnieuw te beginnen.
mydata-header = Dit bewaar ik over u:
mydata-language = Taal: { $lang }
mydata-ticket = Vraag aan de adviseurs nummer { $id } ({ $status }):
mydata-footer = Verder niets: geen naam, geen telefoonnummer. Met /vergeet wis ik alles.

# Standaardantwoorden die een adviseur met /canned NAAM stuurt; de ouder leest ze in de eigen taal.
canned-thanks = Dank u wel voor uw bericht. Ik kijk ernaar en reageer hier zo snel mogelijk.
canned-more-info = Kunt u iets meer vertellen? Bijvoorbeeld: hoe oud is uw kind ongeveer, welk type school, en hoe lang speelt dit al? Noem geen namen.
canned-onderwijsconsulenten = Zit uw kind al meer dan 4 weken thuis? Dan kunt u gratis hulp vragen bij de Onderwijsconsulenten: 070-312 28 87 (werkdagen 9:00–12:30 en 13:30–16:30) of via onderwijsconsulenten.nl.
