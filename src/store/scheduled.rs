//! What the bot will say later because the parent asked for it (a reminder, a follow-up): the
//! chat, the day (YYYY-MM-DD) and the kind only.

use anyhow::{Result, anyhow};
use sqlx::{AnyConnection, Row};

/// What is scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// A reminder a week before a deadline; the kind is the deadline's kind.
    Reminder,
    /// The 4-week follow-up; the kind is the topic.
    FollowUp,
}

impl What {
    fn as_str(self) -> &'static str {
        match self {
            Self::Reminder => "reminder",
            Self::FollowUp => "followup",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [Self::Reminder, Self::FollowUp].into_iter().find(|w| w.as_str() == s)
    }
}

/// One scheduled message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    /// The chat it goes to.
    pub chat: String,
    /// The day it is due, YYYY-MM-DD.
    pub due: String,
    /// Reminder or follow-up.
    pub what: What,
    /// The deadline's kind, or the follow-up's topic.
    pub kind: String,
}

/// Schedules one message. A chat has at most one of each kind: asking again moves the day.
pub async fn add(c: &mut AnyConnection, s: &Scheduled) -> Result<()> {
    sqlx::query("DELETE FROM scheduled WHERE chat = $1 AND what = $2 AND kind = $3")
        .bind(&s.chat)
        .bind(s.what.as_str())
        .bind(&s.kind)
        .execute(&mut *c)
        .await?;
    sqlx::query("INSERT INTO scheduled (chat, due, what, kind) VALUES ($1, $2, $3, $4)")
        .bind(&s.chat)
        .bind(&s.due)
        .bind(s.what.as_str())
        .bind(&s.kind)
        .execute(c)
        .await?;
    Ok(())
}

fn read(r: &sqlx::any::AnyRow) -> Result<Scheduled> {
    let what: String = r.try_get("what")?;
    Ok(Scheduled {
        chat: r.try_get("chat")?,
        due: r.try_get("due")?,
        what: What::parse(&what).ok_or_else(|| anyhow!("unknown scheduled kind '{what}'"))?,
        kind: r.try_get("kind")?,
    })
}

/// Up to `limit` messages due on or before `today`, oldest first, with their row ids.
pub async fn due(c: &mut AnyConnection, today: &str, limit: i64) -> Result<Vec<(i64, Scheduled)>> {
    let rows = sqlx::query("SELECT id, chat, due, what, kind FROM scheduled WHERE due <= $1 ORDER BY id LIMIT $2")
        .bind(today)
        .bind(limit)
        .fetch_all(c)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, read(r)?))).collect()
}

/// Takes one due message out of the table, in the transaction that sends it. False when it is
/// gone already (another instance sent it, or the parent used /forget): then it is not sent.
pub async fn take(c: &mut AnyConnection, id: i64) -> Result<bool> {
    Ok(sqlx::query("DELETE FROM scheduled WHERE id = $1")
        .bind(id)
        .execute(c)
        .await?
        .rows_affected()
        == 1)
}

/// What is scheduled for one chat, soonest first (for /mydata).
pub async fn of_chat(c: &mut AnyConnection, chat: &str) -> Result<Vec<Scheduled>> {
    let rows = sqlx::query("SELECT chat, due, what, kind FROM scheduled WHERE chat = $1 ORDER BY due, id")
        .bind(chat)
        .fetch_all(c)
        .await?;
    rows.iter().map(read).collect()
}
