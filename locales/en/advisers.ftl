# Messages for advisers.
adviser-help =
    Adviser commands:
    /queue – the queue
    /take N – pick up ticket N
    plain text – goes to the parent of your ticket
    /canned NAME – a ready-made reply in the parent's language
    /note TEXT – internal note
    /done OUTCOME – close the ticket
    /release – put the ticket back in the queue
adviser-new-ticket = New ticket #{ $id } ({ $priority }, language { $lang }): { $topic }. Type /take { $id } to pick it up.
adviser-urgent = URGENT: ticket #{ $id } (language { $lang }, { $topic }). Pick it up now with /take { $id }.
adviser-overdue = Ticket #{ $id } ({ $priority }, language { $lang }) has waited { $minutes } minutes for a first response. Type /take { $id }.
adviser-returning = Ticket #{ $id } ({ $priority }, language { $lang }, { $topic }): this parent talked to you before and has been assigned to you directly.
adviser-queue-empty = The queue is empty.
adviser-queue-line = #{ $id } · { $priority } · { $lang } · { $topic } · waiting { $minutes } min · adviser: { $adviser } · overdue: { $overdue }
adviser-taken = You have ticket #{ $id } ({ $priority }). Parent's language: { $lang }. Topic: { $topic }. What you type goes to the parent.
adviser-taken-by-other = Ticket #{ $id } has already been picked up by { $adviser }.
adviser-unknown-ticket = Ticket #{ $id } does not exist or is closed.
adviser-no-ticket = You have no ticket now. Type /queue, then /take N.
adviser-from-parent = [#{ $id } · { $lang }] { $text }
adviser-sent-canned = Sent to the parent ({ $lang }): { $text }
adviser-unknown-canned = There is no ready-made reply '{ $name }'. Available: { $names }
adviser-noted = Note saved on #{ $id }.
adviser-closed = Ticket #{ $id } closed: { $outcome }.
adviser-released = Ticket #{ $id } is back in the queue.
adviser-parent-left = The parent of ticket #{ $id } stopped the conversation.
