-- Facts that are not parents' sessions get tables of their own (they lived in `sessions` under
-- prefixed keys). The old rows are caches: a ticket's thread starts afresh, an adviser takes her
-- ticket again with /take, and a Matrix adviser's direct room is looked up again.
DELETE FROM sessions WHERE chat LIKE 'adviser:%' OR chat LIKE 'matrix-dm:%' OR chat LIKE 'matrix-thread:%';

-- The ticket an adviser is working on in her private chat with the bot.
CREATE TABLE desks (
    adviser TEXT PRIMARY KEY,
    current_ticket BIGINT,
    updated_at BIGINT NOT NULL
);

-- Where a ticket is discussed on a platform: its Matrix thread root or Telegram forum topic in
-- an advisers' room or group.
CREATE TABLE ticket_threads (
    ticket_id BIGINT NOT NULL,
    chat TEXT NOT NULL,
    thread TEXT NOT NULL,
    PRIMARY KEY (ticket_id, chat)
);
CREATE INDEX ticket_threads_thread ON ticket_threads (chat, thread);

-- An adviser's one-to-one room with the bot (Matrix), checked to have no other members.
CREATE TABLE direct_rooms (
    person TEXT PRIMARY KEY,
    room TEXT NOT NULL
);
