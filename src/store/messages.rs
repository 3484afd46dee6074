//! A ticket's record: parent and adviser messages, internal notes and events.

use anyhow::{Result, anyhow};
use sqlx::{AnyConnection, Row};

use crate::core::ids::{Author, TicketId};

/// Adds a line to a ticket's record.
pub async fn add(c: &mut AnyConnection, ticket: TicketId, author: Author, text: &str, at: i64) -> Result<()> {
    insert(c, ticket, author, text, None, at).await
}

/// Adds an adviser's reply to a ticket's record, with the outbox row that carries it.
pub async fn add_reply(c: &mut AnyConnection, ticket: TicketId, text: &str, outbox: i64, at: i64) -> Result<()> {
    insert(c, ticket, Author::Adviser, text, Some(outbox), at).await
}

async fn insert(c: &mut AnyConnection, ticket: TicketId, author: Author, text: &str, outbox: Option<i64>, at: i64) -> Result<()> {
    sqlx::query("INSERT INTO ticket_messages (ticket_id, author, text, outbox_id, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(ticket)
        .bind(author.as_str())
        .bind(text)
        .bind(outbox)
        .bind(at)
        .execute(c)
        .await?;
    Ok(())
}

/// One line of a ticket's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Who wrote it.
    pub author: Author,
    /// What was written.
    pub text: String,
    /// For an adviser's reply: the outbox row that carries it (gone once delivered).
    pub outbox: Option<i64>,
}

/// A ticket's record in order, every author.
pub async fn list(c: &mut AnyConnection, ticket: TicketId) -> Result<Vec<(Author, String)>> {
    Ok(lines(c, ticket).await?.into_iter().map(|l| (l.author, l.text)).collect())
}

/// A ticket's record in order, every author, with the outbox rows of the replies.
pub async fn lines(c: &mut AnyConnection, ticket: TicketId) -> Result<Vec<Line>> {
    let rows = sqlx::query("SELECT author, text, outbox_id FROM ticket_messages WHERE ticket_id = $1 ORDER BY id")
        .bind(ticket)
        .fetch_all(c)
        .await?;
    rows.iter()
        .map(|r| {
            let author: String = r.try_get("author")?;
            let author = Author::parse(&author).ok_or_else(|| anyhow!("unknown author '{author}' in ticket_messages"))?;
            Ok(Line {
                author,
                text: r.try_get("text")?,
                outbox: r.try_get("outbox_id")?,
            })
        })
        .collect()
}
