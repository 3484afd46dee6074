-- What the bot will say later, only because the parent asked for it: a reminder a week before a
-- deadline (kind: objection, enrolment, exemption) or the follow-up after 4 weeks (kind: the
-- topic). The chat, the day and the kind, nothing else; the row goes when it is sent, on
-- /forget, and with the chat's other data.
CREATE TABLE scheduled (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat TEXT NOT NULL,
    due TEXT NOT NULL,
    what TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX scheduled_due ON scheduled (due);
CREATE INDEX scheduled_chat ON scheduled (chat);
