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
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<Outgoing> {
    let body: String = row.try_get("body")?;
    let chat: String = row.try_get("chat")?;
    Ok(Outgoing {
        id: row.try_get("id")?,
        chat: chat.parse().map_err(anyhow::Error::msg)?,
        reply: serde_json::from_str(&body)?,
    })
}

/// Adds messages in as few statements as the parameter limit allows; returns them with their
/// ids, in order.
pub async fn insert_many(c: &mut AnyConnection, messages: &[(ChatId, Reply)], at: i64) -> Result<Vec<Outgoing>> {
    let mut out = Vec::with_capacity(messages.len());
    for chunk in messages.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO outbox (chat, body, created_at) VALUES {} RETURNING id, chat, body",
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

/// Messages not yet sent on `channel`, oldest first.
pub async fn pending(c: &mut AnyConnection, channel: Channel) -> Result<Vec<Outgoing>> {
    let rows = sqlx::query("SELECT id, chat, body FROM outbox WHERE sent_at IS NULL AND chat LIKE $1 ORDER BY id")
        .bind(format!("{channel}:%"))
        .fetch_all(c)
        .await?;
    rows.iter().map(from_row).collect()
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
