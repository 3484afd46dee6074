//! Writes of a batch of turns, gathered so the batch costs a few statements instead of a few
//! per turn (one SQLite writer serves every parent), and flushed in a fixed order before
//! commit, like mailroom's pre-commit hooks. Effects that need what was gathered (a ticket's
//! notices after the parent's replies) flush first.

use std::collections::HashMap;

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::{Reply, Session};
use crate::core::ids::{ChatId, CountEvent};
use crate::store::{self, Outgoing};

/// Gathered writes.
#[derive(Default)]
pub struct Batch {
    outbox: Vec<(ChatId, Reply)>,
    sessions: HashMap<String, Session>,
    counts: HashMap<store::counts::Key, i64>,
    /// A parent used /forget in this batch: once committed, the erased rows are scrubbed.
    pub forgot: bool,
}

impl Batch {
    /// A message to send.
    pub fn send(&mut self, chat: &ChatId, reply: &Reply) {
        self.outbox.push((chat.clone(), reply.clone()));
    }

    /// A chat's new session (the last one written wins).
    pub fn save_session(&mut self, chat: &ChatId, session: &Session) {
        self.sessions.insert(chat.to_string(), session.clone());
    }

    /// Adds one to a statistics counter for `day`.
    pub fn count(&mut self, day: &str, topic: &str, lang: &str, event: CountEvent) {
        self.add(day, topic, lang, event, 1);
    }

    /// Adds `n` (negative to move a count elsewhere) to a statistics counter for `day`.
    pub fn add(&mut self, day: &str, topic: &str, lang: &str, event: CountEvent, n: i64) {
        *self
            .counts
            .entry((day.to_string(), topic.to_string(), lang.to_string(), event))
            .or_default() += n;
    }

    /// Writes everything gathered, in order: messages, sessions, counts. Returns the messages
    /// with their outbox ids.
    pub async fn flush(&mut self, c: &mut AnyConnection, at: i64) -> Result<Vec<Outgoing>> {
        let out = store::outbox::insert_many(c, &std::mem::take(&mut self.outbox), at).await?;
        let sessions: Vec<_> = std::mem::take(&mut self.sessions).into_iter().collect();
        store::sessions::save_many(c, &sessions, at).await?;
        let counts: Vec<_> = std::mem::take(&mut self.counts).into_iter().collect();
        store::counts::add_many(c, &counts).await?;
        Ok(out)
    }
}
