//! The outbox: every message the bot sends is written here first, in the same transaction as
//! the state change, so a crash between deciding and sending loses nothing.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};

use super::{CHUNK, marks, rows};
use crate::core::engine::Reply;
use crate::core::ids::{Channel, ChatId};

/// A message waiting to be (or already) sent to one chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    /// The outbox row; also the message's idempotency key on the platform.
    pub id: i64,
    /// The chat it goes to.
    pub chat: ChatId,
    /// What to send.
    pub reply: Reply,
    /// Tries so far that failed for a passing reason.
    #[serde(default)]
    pub attempts: i64,
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<Outgoing> {
    let body: String = row.try_get("body")?;
    let chat: String = row.try_get("chat")?;
    Ok(Outgoing {
        id: row.try_get("id")?,
        chat: chat.parse().map_err(anyhow::Error::msg)?,
        reply: serde_json::from_str(&body)?,
        attempts: row.try_get("attempts").unwrap_or(0),
    })
}

/// Adds messages in as few statements as the parameter limit allows; returns them with their
/// ids, in order.
pub async fn insert_many(c: &mut AnyConnection, messages: &[(ChatId, Reply)], at: i64) -> Result<Vec<Outgoing>> {
    let mut out = Vec::with_capacity(messages.len());
    for chunk in messages.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO outbox (chat, body, created_at) VALUES {} RETURNING id, chat, body, attempts",
            rows(chunk.len(), 3)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (chat, reply) in chunk {
            q = q.bind(chat.to_string()).bind(serde_json::to_string(reply)?).bind(at);
        }
        for r in q.fetch_all(&mut *c).await? {
            out.push(from_row(&r)?);
        }
    }
    out.sort_by_key(|o| o.id);
    Ok(out)
}

/// Adds one message.
pub async fn enqueue(c: &mut AnyConnection, chat: &ChatId, reply: &Reply, at: i64) -> Result<Outgoing> {
    let mut rows = insert_many(c, &[(chat.clone(), reply.clone())], at).await?;
    rows.pop().context("the outbox insert returned no row")
}

/// Messages not yet sent on `channel`, oldest first: every one not failed for good, also those
/// waiting to be tried again (a chat's order is kept by the sender, which stops at the first of
/// a chat that must wait).
pub async fn pending(c: &mut AnyConnection, channel: Channel) -> Result<Vec<Outgoing>> {
    let rows = sqlx::query(
        "SELECT id, chat, body, attempts, next_try_at FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND chat LIKE $1 ORDER BY id",
    )
    .bind(format!("{channel}:%"))
    .fetch_all(c)
    .await?;
    rows.iter().map(from_row).collect()
}

/// The pending messages of `channel` with the time each may be tried again (0: now).
pub async fn pending_with_retry(c: &mut AnyConnection, channel: Channel) -> Result<Vec<(Outgoing, i64)>> {
    let rows = sqlx::query(
        "SELECT id, chat, body, attempts, next_try_at FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND chat LIKE $1 ORDER BY id",
    )
    .bind(format!("{channel}:%"))
    .fetch_all(c)
    .await?;
    rows.iter().map(|r| Ok((from_row(r)?, r.try_get("next_try_at")?))).collect()
}

/// A message failed for a passing reason: try again at `next_try_at`.
pub async fn retry_later(c: &mut AnyConnection, id: i64, next_try_at: i64) -> Result<()> {
    sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_try_at = $1 WHERE id = $2")
        .bind(next_try_at)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// A message can never be delivered (the bot was removed, the chat is gone, it is too big): it
/// is kept with the reason, and no longer tried, so nothing waits behind it. The text is
/// dropped: only the reason and the chat remain, and retention removes them.
pub async fn fail(c: &mut AnyConnection, id: i64, reason: &str, at: i64) -> Result<()> {
    sqlx::query("UPDATE outbox SET failed_at = $1, failure = $2, body = '{}' WHERE id = $3")
        .bind(at)
        .bind(reason)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// How the outbox is doing: messages waiting, the oldest one's creation time, and how many
/// failed for good since `since`.
pub async fn health(c: &mut AnyConnection, since: i64) -> Result<(i64, Option<i64>, i64)> {
    let row = sqlx::query("SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
        .fetch_one(&mut *c)
        .await?;
    let failed = sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE failed_at >= $1")
        .bind(since)
        .fetch_one(&mut *c)
        .await?;
    Ok((row.try_get("n")?, row.try_get("oldest")?, failed.try_get("n")?))
}

/// Moves every pending message of `from` to `to` (a Telegram group that became a supergroup).
pub async fn readdress(c: &mut AnyConnection, from: &ChatId, to: &ChatId) -> Result<()> {
    sqlx::query("UPDATE outbox SET chat = $1, attempts = 0, next_try_at = 0 WHERE chat = $2 AND sent_at IS NULL AND failed_at IS NULL")
        .bind(to.to_string())
        .bind(from.to_string())
        .execute(c)
        .await?;
    Ok(())
}

/// Forgets failed messages recorded before `before`.
pub async fn prune_failed(c: &mut AnyConnection, before: i64) -> Result<()> {
    sqlx::query("DELETE FROM outbox WHERE failed_at < $1")
        .bind(before)
        .execute(c)
        .await?;
    Ok(())
}

/// Where a message is: None when delivered (delivered rows are deleted), else whether it still
/// waits (`Ok`) or failed for good (`Err(reason)`).
pub async fn state(c: &mut AnyConnection, id: i64) -> Result<Option<std::result::Result<(), String>>> {
    let row = sqlx::query("SELECT failure FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(match row {
        None => None,
        Some(r) => Some(match r.try_get::<Option<String>, _>("failure")? {
            Some(reason) => Err(reason),
            None => Ok(()),
        }),
    })
}

/// Delivered messages are deleted: the transcript keeps what an adviser needs, nothing more.
pub async fn mark_sent(c: &mut AnyConnection, ids: &[i64]) -> Result<()> {
    for chunk in ids.chunks(CHUNK) {
        let sql = format!("DELETE FROM outbox WHERE id IN ({})", marks(chunk.len()));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in chunk {
            q = q.bind(*id);
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}
