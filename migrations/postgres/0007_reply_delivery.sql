-- An adviser's reply in a ticket's record keeps the id of its outbox row, so the inbox can say
-- whether it arrived, wherever she sent it from (the inbox, Telegram, Matrix, the terminal).
ALTER TABLE ticket_messages ADD COLUMN outbox_id BIGINT;
