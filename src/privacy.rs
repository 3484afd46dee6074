//! Forget on request and export what we keep: the parent controls their data.

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use crate::engine::Session;
use crate::hub::Hub;

/// Erases everything about one chat: its session, its tickets with their transcripts, and
/// messages waiting for it.
pub async fn forget(tx: &mut AnyConnection, chat: &str) -> Result<()> {
    sqlx::query("DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)")
        .bind(chat)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM tickets WHERE chat = $1")
        .bind(chat)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE chat = $1")
        .bind(chat)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM outbox WHERE chat = $1")
        .bind(chat)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// A readable account of what is stored about this chat.
pub async fn export(hub: &Hub, tx: &mut AnyConnection, chat: &str, session: &Session, lang: &str) -> Result<String> {
    let mut lines = vec![hub.t(lang, "mydata-header", &[])];
    lines.push(hub.t(lang, "mydata-language", &[("lang", session.lang.clone().unwrap_or_default())]));
    for a in &session.answers {
        let answer = if a.typed { a.answer.clone() } else { hub.t(lang, &a.answer, &[]) };
        lines.push(format!("- {answer}"));
    }
    let tickets = sqlx::query("SELECT id, topic, status FROM tickets WHERE chat = $1 ORDER BY id")
        .bind(chat)
        .fetch_all(&mut *tx)
        .await?;
    for t in tickets {
        let id: i64 = t.try_get("id")?;
        lines.push(hub.t(
            lang,
            "mydata-ticket",
            &[("id", id.to_string()), ("status", t.try_get::<String, _>("status")?)],
        ));
        let msgs =
            sqlx::query("SELECT author, text FROM ticket_messages WHERE ticket_id = $1 AND author IN ('parent', 'adviser') ORDER BY id")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
        for m in msgs {
            lines.push(format!(
                "  {}: {}",
                m.try_get::<String, _>("author")?,
                m.try_get::<String, _>("text")?
            ));
        }
    }
    lines.push(hub.t(lang, "mydata-footer", &[]));
    Ok(lines.join("\n"))
}

/// Retention: transcripts of tickets closed more than `days` ago are erased and the ticket keeps
/// only topic, language, priority, outcome and times (the statistics); idle sessions and old
/// update ids go too. Returns how many tickets were anonymised.
pub async fn purge(hub: &Hub, at: i64, days: i64) -> Result<u64> {
    let cutoff = at - days * 86_400;
    let mut tx = hub.store.begin().await?;
    sqlx::query("DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE status = 'closed' AND closed_at < $1)")
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
    let done = sqlx::query("UPDATE tickets SET chat = '', summary = '' WHERE status = 'closed' AND closed_at < $1 AND chat <> ''")
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE updated_at < $1 AND chat NOT LIKE 'adviser:%' AND chat NOT IN (SELECT chat FROM tickets WHERE status <> 'closed')").bind(cutoff).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM processed_updates WHERE at < $1")
        .bind(at - 7 * 86_400)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}
