-- Conversation state: one row per chat, the engine's session as JSON.
CREATE TABLE sessions (
    chat TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Platform update ids already handled, so a redelivered update is processed once.
CREATE TABLE processed_updates (
    channel TEXT NOT NULL,
    update_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (channel, update_id)
);

CREATE TABLE tickets (
    id BIGSERIAL PRIMARY KEY,
    chat TEXT NOT NULL,
    lang TEXT NOT NULL,
    topic TEXT NOT NULL,
    priority BIGINT NOT NULL,
    status TEXT NOT NULL,
    adviser TEXT,
    preferred_adviser TEXT,
    summary TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    claimed_at BIGINT,
    first_response_at BIGINT,
    closed_at BIGINT,
    outcome TEXT,
    announced_at BIGINT
);
CREATE INDEX tickets_chat ON tickets (chat);
CREATE INDEX tickets_status ON tickets (status, priority, created_at);

-- Transcript: parent and adviser messages and internal notes.
CREATE TABLE ticket_messages (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id);

-- Every message the bot sends goes here first, in the same transaction as the state change,
-- so a crash between deciding and sending loses nothing.
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    chat TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_pending ON outbox (sent_at, chat);
