-- What advisers must see of a ticket: the kind of crisis (self_harm, violence, abuse) and the
-- support need the parent named.
ALTER TABLE tickets ADD COLUMN crisis TEXT;
ALTER TABLE tickets ADD COLUMN need TEXT;

-- Delivery per message: a failing chat waits on its own (next_try_at), a permanent failure is
-- recorded with its reason instead of being retried forever.
ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_try_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN failed_at BIGINT;
ALTER TABLE outbox ADD COLUMN failure TEXT;
