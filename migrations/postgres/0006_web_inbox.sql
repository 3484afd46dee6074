-- The advisers' web inbox. Passwords as Argon2 hashes; session and one-time login tokens only as
-- SHA-256 hashes of the token, so a copy of the database logs nobody in.
CREATE TABLE adviser_passwords (
    adviser TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE web_sessions (
    token TEXT PRIMARY KEY,
    adviser TEXT NOT NULL,
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE TABLE login_links (
    token TEXT PRIMARY KEY,
    adviser TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
-- Which adviser opened or changed which ticket, and when; kept as long as the ticket's record.
-- A reply sent from the inbox keeps its outbox row id, so the inbox can say whether it arrived.
CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL,
    adviser TEXT NOT NULL,
    action TEXT NOT NULL,
    outbox_id BIGINT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_ticket ON audit (ticket_id);

-- Photos and documents a parent sent while a ticket was open (a school letter, most often),
-- erased with the ticket's record (/forget, retention).
CREATE TABLE ticket_files (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX ticket_files_ticket ON ticket_files (ticket_id);
