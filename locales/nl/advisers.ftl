# Berichten voor adviseurs (adviseurs werken in de standaardtaal, Nederlands).
adviser-help =
    Opdrachten voor adviseurs:
    /queue – de wachtrij
    /take N – ticket N oppakken
    gewone tekst – naar de ouder van je ticket
    /canned NAAM – standaardantwoord in de taal van de ouder
    /note TEKST – interne notitie
    /done UITKOMST – ticket sluiten
    /release – ticket terug in de wachtrij
adviser-new-ticket = Nieuw ticket #{ $id } ({ $priority }, taal { $lang }): { $topic }. Typ /take { $id } om het op te pakken.
adviser-urgent = DRINGEND: ticket #{ $id } (taal { $lang }, { $topic }). Pak het direct op met /take { $id }.
adviser-overdue = Ticket #{ $id } ({ $priority }, taal { $lang }) wacht { $minutes } minuten op een eerste reactie. Typ /take { $id }.
adviser-returning = Ticket #{ $id } ({ $priority }, taal { $lang }, { $topic }): deze ouder sprak eerder met jou en is direct aan jou toegewezen.
adviser-queue-empty = De wachtrij is leeg.
adviser-queue-line = #{ $id } · { $priority } · { $lang } · { $topic } · wacht { $minutes } min · adviseur: { $adviser } · te laat: { $overdue }
adviser-taken = Je hebt ticket #{ $id } ({ $priority }). Taal van de ouder: { $lang }. Onderwerp: { $topic }. Wat je typt gaat naar de ouder.
adviser-taken-by-other = Ticket #{ $id } is al opgepakt door { $adviser }.
adviser-unknown-ticket = Ticket #{ $id } bestaat niet of is gesloten.
adviser-no-ticket = Je hebt nu geen ticket. Typ /queue en daarna /take N.
adviser-from-parent = [#{ $id } · { $lang }] { $text }
adviser-sent-canned = Verstuurd naar de ouder ({ $lang }): { $text }
adviser-unknown-canned = Standaardantwoord '{ $name }' bestaat niet. Beschikbaar: { $names }
adviser-noted = Notitie bewaard bij #{ $id }.
adviser-closed = Ticket #{ $id } gesloten: { $outcome }.
adviser-released = Ticket #{ $id } staat weer in de wachtrij.
adviser-parent-left = De ouder van ticket #{ $id } heeft het gesprek gestopt.
