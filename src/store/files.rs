//! Photos and documents parents sent while a ticket was open; erased with the ticket's record.

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use crate::core::ids::TicketId;

/// One file of a ticket, without its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    /// Its row id.
    pub id: i64,
    /// The ticket.
    pub ticket: TicketId,
    /// Its name.
    pub name: String,
    /// Its media type.
    pub mime: String,
    /// When it came.
    pub at: i64,
}

fn info(r: &sqlx::any::AnyRow) -> Result<FileInfo> {
    Ok(FileInfo {
        id: r.try_get("id")?,
        ticket: r.try_get("ticket_id")?,
        name: r.try_get("name")?,
        mime: r.try_get("mime")?,
        at: r.try_get("at")?,
    })
}

/// Keeps a file with a ticket; returns its id.
pub async fn add(c: &mut AnyConnection, ticket: TicketId, name: &str, mime: &str, bytes: &[u8], at: i64) -> Result<i64> {
    let row = sqlx::query("INSERT INTO ticket_files (ticket_id, name, mime, bytes, at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(ticket)
        .bind(name)
        .bind(mime)
        .bind(bytes.to_vec())
        .bind(at)
        .fetch_one(c)
        .await?;
    Ok(row.try_get("id")?)
}

/// A ticket's files, oldest first.
pub async fn of_ticket(c: &mut AnyConnection, ticket: TicketId) -> Result<Vec<FileInfo>> {
    let rows = sqlx::query("SELECT id, ticket_id, name, mime, at FROM ticket_files WHERE ticket_id = $1 ORDER BY id")
        .bind(ticket)
        .fetch_all(c)
        .await?;
    rows.iter().map(info).collect()
}

/// One file with its contents.
pub async fn get(c: &mut AnyConnection, id: i64) -> Result<Option<(FileInfo, Vec<u8>)>> {
    let row = sqlx::query("SELECT id, ticket_id, name, mime, at, bytes FROM ticket_files WHERE id = $1")
        .bind(id)
        .fetch_optional(c)
        .await?;
    row.map(|r| Ok((info(&r)?, r.try_get("bytes")?))).transpose()
}
