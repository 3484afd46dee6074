//! Tickets: a parent's question in the advisers' queue.

use anyhow::{Result, anyhow};
use sqlx::{AnyConnection, Row};

use crate::core::ids::{TicketId, TicketStatus};
use crate::core::queue::Priority;

/// One ticket as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    /// Its number.
    pub id: TicketId,
    /// The parent's chat ("" once retention has anonymised it).
    pub chat: String,
    /// The parent's language.
    pub lang: String,
    /// The topic (flow id) it is about.
    pub topic: String,
    /// How pressing it is.
    pub priority: Priority,
    /// Open, claimed or closed.
    pub status: TicketStatus,
    /// The adviser who holds (or held) it.
    pub adviser: Option<String>,
    /// The adviser a returning parent goes back to.
    pub preferred_adviser: Option<String>,
    /// What the parent chose and answered, in the advisers' language.
    pub summary: String,
    /// When it was opened (unix seconds).
    pub created_at: i64,
    /// When the first adviser response is due.
    pub due_at: i64,
    /// When an adviser first wrote to the parent.
    pub first_response_at: Option<i64>,
    /// When it was last announced as overdue.
    pub announced_at: Option<i64>,
    /// When it was closed.
    pub closed_at: Option<i64>,
    /// Why it was closed.
    pub outcome: Option<String>,
    /// The kind of crisis, when urgent (self_harm, violence, abuse).
    pub crisis: Option<String>,
    /// The support need the parent named.
    pub need: Option<String>,
}

const COLUMNS: &str = "id, chat, lang, topic, priority, status, adviser, preferred_adviser, summary, created_at, due_at, first_response_at, announced_at, closed_at, outcome, crisis, need";

/// The queue's order: most pressing first, then longest waiting (see `queue::order_key`).
const QUEUE_ORDER: &str = "ORDER BY priority, created_at, id";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Ticket> {
    let status: String = row.try_get("status")?;
    Ok(Ticket {
        id: row.try_get("id")?,
        chat: row.try_get("chat")?,
        lang: row.try_get("lang")?,
        topic: row.try_get("topic")?,
        priority: Priority::from_rank(row.try_get("priority")?),
        status: TicketStatus::parse(&status).ok_or_else(|| anyhow!("unknown ticket status '{status}'"))?,
        adviser: row.try_get("adviser")?,
        preferred_adviser: row.try_get("preferred_adviser")?,
        summary: row.try_get("summary")?,
        created_at: row.try_get("created_at")?,
        due_at: row.try_get("due_at")?,
        first_response_at: row.try_get("first_response_at")?,
        announced_at: row.try_get("announced_at")?,
        closed_at: row.try_get("closed_at")?,
        outcome: row.try_get("outcome")?,
        crisis: row.try_get("crisis")?,
        need: row.try_get("need")?,
    })
}

async fn select(c: &mut AnyConnection, condition: &str, bind: impl FnOnce(SqlQuery<'_>) -> SqlQuery<'_>) -> Result<Vec<Ticket>> {
    let sql = format!("SELECT {COLUMNS} FROM tickets {condition}");
    let q = bind(sqlx::query(sqlx::AssertSqlSafe(sql)));
    q.fetch_all(c).await?.iter().map(from_row).collect()
}

type SqlQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// A new ticket's fields.
pub struct NewTicket<'a> {
    /// The parent's chat.
    pub chat: &'a str,
    /// The parent's language.
    pub lang: &'a str,
    /// The topic.
    pub topic: &'a str,
    /// How pressing it is.
    pub priority: Priority,
    /// The adviser a returning parent goes back to.
    pub preferred_adviser: Option<&'a str>,
    /// The parent's answers, in the advisers' language.
    pub summary: &'a str,
    /// When the first response is due.
    pub due_at: i64,
    /// The kind of crisis, when urgent.
    pub crisis: Option<&'a str>,
    /// The support need the parent named.
    pub need: Option<&'a str>,
}

/// Opens a ticket; returns its number.
pub async fn insert(c: &mut AnyConnection, t: &NewTicket<'_>, at: i64) -> Result<TicketId> {
    let row = sqlx::query("INSERT INTO tickets (chat, lang, topic, priority, status, preferred_adviser, summary, created_at, due_at, crisis, need) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
        .bind(t.chat)
        .bind(t.lang)
        .bind(t.topic)
        .bind(t.priority.rank())
        .bind(TicketStatus::Open.as_str())
        .bind(t.preferred_adviser)
        .bind(t.summary)
        .bind(at)
        .bind(t.due_at)
        .bind(t.crisis)
        .bind(t.need)
        .fetch_one(c)
        .await?;
    Ok(row.try_get("id")?)
}

/// One ticket.
pub async fn get(c: &mut AnyConnection, id: TicketId) -> Result<Option<Ticket>> {
    Ok(select(c, "WHERE id = $1", |q| q.bind(id)).await?.pop())
}

/// The chat's ticket that is not closed, if any.
pub async fn open_of(c: &mut AnyConnection, chat: &str) -> Result<Option<Ticket>> {
    Ok(select(c, "WHERE chat = $1 AND status <> $2 ORDER BY id DESC LIMIT 1", |q| {
        q.bind(chat).bind(TicketStatus::Closed.as_str())
    })
    .await?
    .pop())
}

/// Every ticket of a chat, oldest first.
pub async fn of_chat(c: &mut AnyConnection, chat: &str) -> Result<Vec<Ticket>> {
    select(c, "WHERE chat = $1 ORDER BY id", |q| q.bind(chat)).await
}

/// Open and claimed tickets in queue order.
pub async fn queue(c: &mut AnyConnection) -> Result<Vec<Ticket>> {
    let condition = format!("WHERE status <> $1 {QUEUE_ORDER}");
    select(c, &condition, |q| q.bind(TicketStatus::Closed.as_str())).await
}

/// Tickets nobody has answered yet (open, or claimed without a first response) whose deadline
/// passed before `at`, and that were not announced since `urgent_before` (urgent ones) or
/// `other_before` (the rest), in queue order.
pub async fn overdue(c: &mut AnyConnection, at: i64, urgent_before: i64, other_before: i64) -> Result<Vec<Ticket>> {
    let condition = format!(
        "WHERE status <> $1 AND first_response_at IS NULL AND due_at < $2 AND (announced_at IS NULL OR announced_at < CASE WHEN priority = $3 THEN $4 ELSE $5 END) {QUEUE_ORDER}"
    );
    select(c, &condition, |q| {
        q.bind(TicketStatus::Closed.as_str())
            .bind(at)
            .bind(Priority::Urgent.rank())
            .bind(urgent_before)
            .bind(other_before)
    })
    .await
}

/// Records what kind of crisis a ticket is about (when it became urgent later).
pub async fn set_crisis(c: &mut AnyConnection, id: TicketId, crisis: &str) -> Result<()> {
    sqlx::query("UPDATE tickets SET crisis = $1 WHERE id = $2")
        .bind(crisis)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// The adviser and closing time of the chat's last closed ticket.
pub async fn last_closed(c: &mut AnyConnection, chat: &str) -> Result<Option<(String, i64)>> {
    let row = sqlx::query(
        "SELECT adviser, closed_at FROM tickets WHERE chat = $1 AND status = $2 AND adviser IS NOT NULL ORDER BY closed_at DESC LIMIT 1",
    )
    .bind(chat)
    .bind(TicketStatus::Closed.as_str())
    .fetch_optional(c)
    .await?;
    Ok(match row {
        Some(r) => Some((r.try_get("adviser")?, r.try_get("closed_at")?)),
        None => None,
    })
}

/// The most pressing open ticket. On PostgreSQL, rows another adviser is claiming right now
/// are skipped rather than waited for.
pub async fn next_open(c: &mut AnyConnection, postgres: bool) -> Result<Option<TicketId>> {
    let lock = if postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!("SELECT id FROM tickets WHERE status = $1 {QUEUE_ORDER} LIMIT 1{lock}");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(TicketStatus::Open.as_str())
        .fetch_optional(c)
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("id")?),
        None => None,
    })
}

/// Raises a ticket's priority (never lowers it) with its new deadline.
pub async fn raise_priority(c: &mut AnyConnection, id: TicketId, priority: Priority, due_at: i64) -> Result<()> {
    sqlx::query("UPDATE tickets SET priority = $1, due_at = $2 WHERE id = $3 AND priority > $1")
        .bind(priority.rank())
        .bind(due_at)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// Claims an open ticket for `adviser`. Atomic: only an open ticket can be claimed, so two
/// advisers never hold one. Returns whether this call claimed it.
pub async fn claim(c: &mut AnyConnection, id: TicketId, adviser: &str, at: i64) -> Result<bool> {
    let done = sqlx::query("UPDATE tickets SET status = $1, adviser = $2, claimed_at = $3 WHERE id = $4 AND status = $5")
        .bind(TicketStatus::Claimed.as_str())
        .bind(adviser)
        .bind(at)
        .bind(id)
        .bind(TicketStatus::Open.as_str())
        .execute(c)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Closes a ticket with its outcome.
pub async fn close(c: &mut AnyConnection, id: TicketId, outcome: &str, at: i64) -> Result<()> {
    sqlx::query("UPDATE tickets SET status = $1, outcome = $2, closed_at = $3 WHERE id = $4")
        .bind(TicketStatus::Closed.as_str())
        .bind(outcome)
        .bind(at)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// Puts a claimed ticket back in the queue for anyone.
pub async fn release(c: &mut AnyConnection, id: TicketId) -> Result<()> {
    sqlx::query("UPDATE tickets SET status = $1, adviser = NULL, preferred_adviser = NULL WHERE id = $2")
        .bind(TicketStatus::Open.as_str())
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// Records the first adviser response (later ones leave it).
pub async fn responded(c: &mut AnyConnection, id: TicketId, at: i64) -> Result<()> {
    sqlx::query("UPDATE tickets SET first_response_at = $1 WHERE id = $2 AND first_response_at IS NULL")
        .bind(at)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// Records that an overdue ticket was announced.
pub async fn announced(c: &mut AnyConnection, id: TicketId, at: i64) -> Result<()> {
    sqlx::query("UPDATE tickets SET announced_at = $1 WHERE id = $2")
        .bind(at)
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

/// How many tickets are open and claimed, per status and priority (for /metrics).
pub async fn census(c: &mut AnyConnection) -> Result<Vec<(TicketStatus, Priority, i64)>> {
    let rows = sqlx::query("SELECT status, priority, COUNT(*) AS n FROM tickets WHERE status <> $1 GROUP BY status, priority")
        .bind(TicketStatus::Closed.as_str())
        .fetch_all(c)
        .await?;
    let mut out = vec![];
    for r in rows {
        let status: String = r.try_get("status")?;
        if let Some(s) = TicketStatus::parse(&status) {
            out.push((s, Priority::from_rank(r.try_get("priority")?), r.try_get("n")?));
        }
    }
    Ok(out)
}

/// Tickets created or closed in `[from, to)`, for the report.
pub async fn created_or_closed_between(c: &mut AnyConnection, from: i64, to: i64) -> Result<Vec<Ticket>> {
    select(
        c,
        "WHERE (created_at >= $1 AND created_at < $2) OR (closed_at >= $1 AND closed_at < $2)",
        |q| q.bind(from).bind(to),
    )
    .await
}
