-- Statistics as counts only: no chat id, no text. Kept after retention erases the rest.
CREATE TABLE counts (
    day TEXT NOT NULL,
    topic TEXT NOT NULL,
    lang TEXT NOT NULL,
    event TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, topic, lang, event)
);
