//! Erasure: everything about one chat on request, and old records by the retention rule.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::ids::TicketStatus;

/// Erases everything about one chat: its session, its tickets with their records and threads,
/// messages waiting for it, and reminders and follow-ups it asked for.
pub async fn forget(c: &mut AnyConnection, chat: &str) -> Result<()> {
    for sql in [
        "DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)",
        "DELETE FROM audit WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)",
        "DELETE FROM ticket_files WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)",
        "DELETE FROM ticket_threads WHERE ticket_id IN (SELECT id FROM tickets WHERE chat = $1)",
        "DELETE FROM tickets WHERE chat = $1",
        "DELETE FROM sessions WHERE chat = $1",
        "DELETE FROM outbox WHERE chat = $1",
        "DELETE FROM scheduled WHERE chat = $1",
    ] {
        sqlx::query(sql).bind(chat).execute(&mut *c).await?;
    }
    Ok(())
}

/// What retention erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    /// Tickets anonymised (their transcript erased, the statistics kept).
    pub tickets: u64,
    /// Rows erased or emptied in all, sessions included.
    pub rows: u64,
}

/// Retention: records of tickets closed before `cutoff` are erased and the ticket keeps only
/// topic, language, priority, outcome and times (the statistics); sessions idle since `cutoff`
/// go too, unless their ticket is still open or a reminder or follow-up they asked for is still
/// to come (it is written in their language).
pub async fn purge(c: &mut AnyConnection, cutoff: i64) -> Result<Purged> {
    let closed = TicketStatus::Closed.as_str();
    let mut erased = 0;
    for sql in [
        "DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE status = $1 AND closed_at < $2)",
        "DELETE FROM ticket_threads WHERE ticket_id IN (SELECT id FROM tickets WHERE status = $1 AND closed_at < $2)",
        "DELETE FROM ticket_files WHERE ticket_id IN (SELECT id FROM tickets WHERE status = $1 AND closed_at < $2)",
    ] {
        erased += sqlx::query(sql).bind(closed).bind(cutoff).execute(&mut *c).await?.rows_affected();
    }
    let done = sqlx::query("UPDATE tickets SET chat = '', summary = '' WHERE status = $1 AND closed_at < $2 AND chat <> ''")
        .bind(closed)
        .bind(cutoff)
        .execute(&mut *c)
        .await?;
    let tickets = done.rows_affected();
    erased += tickets;
    erased += sqlx::query(
        "DELETE FROM sessions WHERE updated_at < $1 AND chat NOT IN (SELECT chat FROM tickets WHERE status <> $2) AND chat NOT IN (SELECT chat FROM scheduled)",
    )
        .bind(cutoff)
        .bind(closed)
        .execute(&mut *c)
        .await?
        .rows_affected();
    Ok(Purged { tickets, rows: erased })
}
