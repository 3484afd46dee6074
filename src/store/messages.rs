//! A ticket's record: parent and adviser messages, internal notes and events.

use anyhow::{Result, anyhow};
use sqlx::{AnyConnection, Row};

use crate::core::ids::{Author, TicketId};

/// Adds a line to a ticket's record.
pub async fn add(c: &mut AnyConnection, ticket: TicketId, author: Author, text: &str, at: i64) -> Result<()> {
    sqlx::query("INSERT INTO ticket_messages (ticket_id, author, text, created_at) VALUES ($1, $2, $3, $4)")
        .bind(ticket)
        .bind(author.as_str())
        .bind(text)
        .bind(at)
        .execute(c)
        .await?;
    Ok(())
}

/// A ticket's record in order, every author.
pub async fn list(c: &mut AnyConnection, ticket: TicketId) -> Result<Vec<(Author, String)>> {
    let rows = sqlx::query("SELECT author, text FROM ticket_messages WHERE ticket_id = $1 ORDER BY id")
        .bind(ticket)
        .fetch_all(c)
        .await?;
    rows.iter()
        .map(|r| {
            let author: String = r.try_get("author")?;
            let author = Author::parse(&author).ok_or_else(|| anyhow!("unknown author '{author}' in ticket_messages"))?;
            Ok((author, r.try_get("text")?))
        })
        .collect()
}
