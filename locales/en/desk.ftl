# Messages for advisers.
desk-help =
    Adviser commands:
    /queue – the queue
    /take N – pick up ticket N (/take alone: the most pressing one)
    plain text – goes to the parent of your ticket
    /canned NAME – a ready-made reply in the parent's language
    /note TEXT – internal note
    /done OUTCOME – close the ticket
    /release – put the ticket back in the queue
desk-new-ticket = New ticket #{ $id } ({ $priority }, language { $lang }): { $topic }. Type /take { $id } to pick it up.
desk-urgent = URGENT: ticket #{ $id } (language { $lang }, { $topic }). Pick it up now with /take { $id }.
desk-overdue = Ticket #{ $id } ({ $priority }, language { $lang }) has waited { $minutes } minutes for a first response. Type /take { $id }.
desk-returning = Ticket #{ $id } ({ $priority }, language { $lang }, { $topic }): this parent talked to you before and has been assigned to you directly.
desk-queue-empty = The queue is empty.
desk-queue-line = #{ $id } · { $priority } · { $lang } · { $topic } · waiting { $minutes } min · adviser: { $adviser } · overdue: { $overdue }
desk-taken = You have ticket #{ $id } ({ $priority }). Parent's language: { $lang }. Topic: { $topic }. What you type goes to the parent.
desk-taken-by-other = Ticket #{ $id } has already been picked up by { $adviser }.
desk-unknown-ticket = Ticket #{ $id } does not exist or is closed.
desk-no-ticket = You have no ticket now. Type /queue, then /take N.
desk-from-parent = [#{ $id } · { $lang }] { $text }
desk-sent-canned = Sent to the parent ({ $lang }): { $text }
desk-unknown-canned = There is no ready-made reply '{ $name }'. Available: { $names }
desk-noted = Note saved on #{ $id }.
desk-closed = Ticket #{ $id } closed: { $outcome }.
desk-released = Ticket #{ $id } is back in the queue.
desk-parent-left = The parent of ticket #{ $id } stopped the conversation.
