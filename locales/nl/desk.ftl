# Berichten voor adviseurs (adviseurs werken in de standaardtaal, Nederlands).
desk-help =
    Opdrachten voor adviseurs:
    /queue – de wachtrij
    /take N – ticket N oppakken (/take zonder nummer: het meest dringende; in de thread van een ticket: dat ticket)
    gewone tekst – naar de ouder, alleen in de thread van je ticket, of in je eigen gesprek met de bot na /take (elk bericht wordt bevestigd)
    /canned NAAM – standaardantwoord in de taal van de ouder (/canned alleen: de lijst)
    /note TEKST – interne notitie
    /done – ticket sluiten met een uitkomst uit de lijst
    /release – ticket terug in de wachtrij
    /login – een inloglink voor de web-inbox (in je eigen gesprek met de bot)
# The headlines of ticket announcements; the card adds the reason, the answers and the parent's words.
desk-new-ticket = Nieuw ticket #{ $id } · { $priority } · { $lang } · { $topic }
desk-urgent = DRINGEND: ticket #{ $id } · { $lang } · { $reason } · { $topic }
desk-overdue = Ticket #{ $id } ({ $priority }, { $lang }, { $topic }) wacht al { $minutes } minuten op een eerste reactie.
desk-overdue-claimed = Ticket #{ $id } ({ $priority }, { $lang }) is opgepakt, maar de ouder wacht al { $minutes } minuten op een eerste reactie.
desk-returning = Ticket #{ $id } · { $priority } · { $lang } · { $topic }: deze ouder sprak eerder met jou en is direct aan jou toegewezen.
desk-returned = Ticket #{ $id } · { $priority } · { $lang } · { $topic } staat weer in de wachtrij.
desk-card-title = Ticket #{ $id } · { $priority } · { $lang } · { $topic }
desk-card-crisis = Waarom dringend: { $reason }. De ouder kreeg de crisisnummers (112, 113, Veilig Thuis).
desk-card-need = Wat speelt er: { $need }
desk-card-answers = Antwoorden van de ouder:
desk-card-message = Bericht van de ouder (in het { $lang }): { $text }
desk-card-take = Typ /take { $id } om het op te pakken.
desk-crisis-self_harm = zelfdoding of zelfbeschadiging
desk-crisis-violence = geweld of onveiligheid thuis
desk-crisis-abuse = misbruik of verwaarlozing
desk-crisis-unknown = een crisis (soort onbekend)
desk-priority-urgent = dringend
desk-priority-high = hoog
desk-priority-normal = normaal
desk-topic-urgent = Crisis
desk-need-fysiek_ziekte = lichamelijke ziekte of beperking
desk-need-gedrag_adhd = gedrag, ADHD
desk-need-autisme_ass = autisme
desk-need-leerprobleem = leerprobleem
desk-need-psychisch_angst = psychische klachten, angst
desk-need-hoogbegaafd = hoogbegaafdheid
desk-need-anders_onbekend = anders of onbekend
desk-need-geen_antwoord = zegt de ouder liever niet
desk-queue-empty = De wachtrij is leeg.
desk-queue-line = #{ $id } · { $priority } · { $lang } · { $topic } · wacht { $minutes } min · adviseur: { $adviser } · te laat: { $overdue }
desk-taken = Je hebt ticket #{ $id } ({ $priority }, { $lang }, { $topic }). Wat je hier typt gaat naar de ouder; elk bericht wordt bevestigd.
desk-taken-here = Je hebt ticket #{ $id } ({ $priority }, { $lang }, { $topic }). Wat je in deze thread typt gaat naar de ouder.
desk-taken-by-other = Ticket #{ $id } is al opgepakt door { $adviser }.
desk-unknown-ticket = Ticket #{ $id } bestaat niet of is gesloten.
desk-no-ticket = Je hebt hier nu geen ticket, dus dit is naar niemand gestuurd. Typ /queue en daarna /take N.
desk-not-yours = Ticket #{ $id } is niet van jou{ $holder }, dus dit is naar niemand gestuurd. Typ /take om het op te pakken.
desk-held-by = { " " }(het is van { $adviser })
desk-in-thread = Schrijf dit in de thread van het ticket, of in je eigen gesprek met de bot na /take N.
desk-relayed = → #{ $id }, { $lang }
desk-from-parent = [#{ $id } · { $lang }] { $text }
desk-sent-canned = Verstuurd naar de ouder ({ $lang }): { $text }
desk-unknown-canned = Standaardantwoord '{ $name }' bestaat niet. Beschikbaar: { $names }
desk-noted = Notitie bewaard bij #{ $id }.
desk-outcomes =
    Kies een uitkomst met /done N:
    { $list }
desk-closed = Ticket #{ $id } gesloten: { $outcome }.
desk-released = Ticket #{ $id } staat weer in de wachtrij.
desk-parent-left = De ouder van ticket #{ $id } heeft het gesprek gestopt.
desk-parent-forgot = De ouder van ticket #{ $id } heeft /vergeet gebruikt: het gesprek en het ticket zijn gewist.
desk-delivery-failed = Een bericht aan de ouder van ticket #{ $id } kon niet worden bezorgd: { $reason }.

desk-login-private = Stuur /login in je eigen gesprek met de bot, niet in een gedeelde ruimte.
desk-login-no-web = De web-inbox heeft nog geen adres: zet web_url in wegwijzer.toml of WEGWIJZER_WEB_URL.
desk-login-link = Je inloglink voor de web-inbox (werkt { $minutes } minuten, één keer): { $url }
desk-file = De ouder van ticket #{ $id } stuurde een bestand ({ $name }, { $kb } kB): bekijk het in de web-inbox.
