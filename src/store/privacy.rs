//! Erasure: everything about one chat on request, and old records by the retention rule.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::ids::TicketStatus;

/// Erases everything about one chat: its session, its tickets with their records and threads,
/// and messages waiting for it.
pub async fn forget(c: &mut AnyConnection, chat: &str) -> Result<()> {
    for sql in [
        "DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)",
        "DELETE FROM ticket_threads WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)",
        "DELETE FROM tickets WHERE chat = $1",
        "DELETE FROM sessions WHERE chat = $1",
        "DELETE FROM outbox WHERE chat = $1",
    ] {
        sqlx::query(sql).bind(chat).execute(&mut *c).await?;
    }
    Ok(())
}

/// Retention: records of tickets closed before `cutoff` are erased and the ticket keeps only
/// topic, language, priority, outcome and times (the statistics); sessions idle since `cutoff`
/// go too, unless their ticket is still open. Returns how many tickets were anonymised.
pub async fn purge(c: &mut AnyConnection, cutoff: i64) -> Result<u64> {
    let closed = TicketStatus::Closed.as_str();
    for sql in [
        "DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE status = $1 AND closed_at < $2)",
        "DELETE FROM ticket_threads WHERE ticket_id IN (SELECT id FROM tickets WHERE status = $1 AND closed_at < $2)",
    ] {
        sqlx::query(sql).bind(closed).bind(cutoff).execute(&mut *c).await?;
    }
    let done = sqlx::query("UPDATE tickets SET chat = '', summary = '' WHERE status = $1 AND closed_at < $2 AND chat <> ''")
        .bind(closed)
        .bind(cutoff)
        .execute(&mut *c)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE updated_at < $1 AND chat NOT IN (SELECT chat FROM tickets WHERE status <> $2)")
        .bind(cutoff)
        .bind(closed)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected())
}
