# Messages for advisers (advisers work in the default language; this is the English version).
desk-help =
    Adviser commands:
    /queue – the queue
    /take N – take ticket N (/take alone: the most pressing; in a ticket's thread: that ticket)
    plain text – to the parent, only in your ticket's thread, or in your own chat with the bot after /take (each message is confirmed)
    /canned NAME – a ready-made reply in the parent's language (/canned alone: the list)
    /note TEXT – an internal note
    /done – close the ticket with an outcome from the list
    /release – put the ticket back in the queue
    /login – a login link for the web inbox (in your own chat with the bot)
desk-new-ticket = New ticket #{ $id } · { $priority } · { $lang } · { $topic }
desk-urgent = URGENT: ticket #{ $id } · { $lang } · { $reason } · { $topic }
desk-overdue = Ticket #{ $id } ({ $priority }, { $lang }, { $topic }) has waited { $minutes } minutes for a first response.
desk-overdue-claimed = Ticket #{ $id } ({ $priority }, { $lang }) is taken, but the parent has waited { $minutes } minutes for a first response.
desk-returning = Ticket #{ $id } · { $priority } · { $lang } · { $topic }: this parent talked with you before and goes straight to you.
desk-returned = Ticket #{ $id } · { $priority } · { $lang } · { $topic } is back in the queue.
desk-card-title = Ticket #{ $id } · { $priority } · { $lang } · { $topic }
desk-card-crisis = Why urgent: { $reason }. The parent got the crisis numbers (112, 113, Veilig Thuis).
desk-card-need = What plays a role: { $need }
desk-card-answers = The parent's answers:
desk-card-message = The parent's message (in { $lang }): { $text }
desk-card-take = Type /take { $id } to take it.
desk-crisis-self_harm = suicide or self-harm
desk-crisis-violence = violence or danger at home
desk-crisis-abuse = abuse or neglect
desk-crisis-unknown = a crisis (kind unknown)
desk-priority-urgent = urgent
desk-priority-high = high
desk-priority-normal = normal
desk-topic-urgent = Crisis
desk-need-fysiek_ziekte = physical illness or disability
desk-need-gedrag_adhd = behaviour, ADHD
desk-need-autisme_ass = autism
desk-need-leerprobleem = learning difficulty
desk-need-psychisch_angst = mental health, anxiety
desk-need-hoogbegaafd = giftedness
desk-need-anders_onbekend = other or unknown
desk-need-geen_antwoord = the parent would rather not say
desk-queue-empty = The queue is empty.
desk-queue-line = #{ $id } · { $priority } · { $lang } · { $topic } · waiting { $minutes } min · adviser: { $adviser } · overdue: { $overdue }
desk-taken = You have ticket #{ $id } ({ $priority }, { $lang }, { $topic }). What you type here goes to the parent; each message is confirmed.
desk-taken-here = You have ticket #{ $id } ({ $priority }, { $lang }, { $topic }). What you type in this thread goes to the parent.
desk-taken-by-other = Ticket #{ $id } was already taken by { $adviser }.
desk-unknown-ticket = Ticket #{ $id } does not exist or is closed.
desk-no-ticket = You have no ticket here now, so this went to nobody. Type /queue, then /take N.
desk-not-yours = Ticket #{ $id } is not yours{ $holder }, so this went to nobody. Type /take to take it.
desk-held-by = { " " }(it is { $adviser }'s)
desk-in-thread = Write this in the ticket's thread, or in your own chat with the bot after /take N.
desk-relayed = → #{ $id }, { $lang }
desk-from-parent = [#{ $id } · { $lang }] { $text }
desk-sent-canned = Sent to the parent ({ $lang }): { $text }
desk-unknown-canned = There is no ready-made reply '{ $name }'. Available: { $names }
desk-noted = Note kept with #{ $id }.
desk-outcomes =
    Choose an outcome with /done N:
    { $list }
desk-closed = Ticket #{ $id } closed: { $outcome }.
desk-released = Ticket #{ $id } is back in the queue.
desk-parent-left = The parent of ticket #{ $id } stopped the conversation.
desk-parent-forgot = The parent of ticket #{ $id } used /forget: the conversation and the ticket are erased.
desk-delivery-failed = A message to the parent of ticket #{ $id } could not be delivered: { $reason }.

desk-login-private = Send /login in your own chat with the bot, not in a shared room.
desk-login-no-web = The web inbox has no address yet: set web_url in wegwijzer.toml or WEGWIJZER_WEB_URL.
desk-login-link = Your login link for the web inbox (works for { $minutes } minutes, once): { $url }
desk-file = The parent of ticket #{ $id } sent a file ({ $name }, { $kb } kB): see it in the web inbox.
