# Berichten voor adviseurs (adviseurs werken in de standaardtaal, Nederlands).
desk-help =
    Opdrachten voor adviseurs:
    /queue – de wachtrij
    /take N – ticket N oppakken (/take zonder nummer: het meest dringende)
    gewone tekst – naar de ouder van je ticket
    /canned NAAM – standaardantwoord in de taal van de ouder
    /note TEKST – interne notitie
    /done UITKOMST – ticket sluiten
    /release – ticket terug in de wachtrij
desk-new-ticket = Nieuw ticket #{ $id } ({ $priority }, taal { $lang }): { $topic }. Typ /take { $id } om het op te pakken.
desk-urgent = DRINGEND: ticket #{ $id } (taal { $lang }, { $topic }). Pak het direct op met /take { $id }.
desk-overdue = Ticket #{ $id } ({ $priority }, taal { $lang }) wacht { $minutes } minuten op een eerste reactie. Typ /take { $id }.
desk-returning = Ticket #{ $id } ({ $priority }, taal { $lang }, { $topic }): deze ouder sprak eerder met jou en is direct aan jou toegewezen.
desk-queue-empty = De wachtrij is leeg.
desk-queue-line = #{ $id } · { $priority } · { $lang } · { $topic } · wacht { $minutes } min · adviseur: { $adviser } · te laat: { $overdue }
desk-taken = Je hebt ticket #{ $id } ({ $priority }). Taal van de ouder: { $lang }. Onderwerp: { $topic }. Wat je typt gaat naar de ouder.
desk-taken-by-other = Ticket #{ $id } is al opgepakt door { $adviser }.
desk-unknown-ticket = Ticket #{ $id } bestaat niet of is gesloten.
desk-no-ticket = Je hebt nu geen ticket. Typ /queue en daarna /take N.
desk-from-parent = [#{ $id } · { $lang }] { $text }
desk-sent-canned = Verstuurd naar de ouder ({ $lang }): { $text }
desk-unknown-canned = Standaardantwoord '{ $name }' bestaat niet. Beschikbaar: { $names }
desk-noted = Notitie bewaard bij #{ $id }.
desk-closed = Ticket #{ $id } gesloten: { $outcome }.
desk-released = Ticket #{ $id } staat weer in de wachtrij.
desk-parent-left = De ouder van ticket #{ $id } heeft het gesprek gestopt.
