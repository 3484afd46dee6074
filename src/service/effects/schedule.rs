//! `Remind` and `FollowUp`: the parent asked to hear from the bot later; only the chat, the day
//! and the kind are stored.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::calendar::iso;
use crate::core::ids::ChatId;
use crate::store::scheduled::{self, Scheduled, What};

/// Stores a reminder or follow-up for `chat` on `due`.
pub async fn add(tx: &mut AnyConnection, chat: &ChatId, what: What, kind: &str, due: time::Date) -> Result<()> {
    let s = Scheduled {
        chat: chat.to_string(),
        due: iso(due),
        what,
        kind: kind.to_string(),
    };
    scheduled::add(tx, &s).await
}
