//! Advisers' desks: the ticket an adviser works on in her private chat with the bot.

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use crate::core::ids::TicketId;

/// The adviser's current ticket, if she has one.
pub async fn current(c: &mut AnyConnection, adviser: &str) -> Result<Option<TicketId>> {
    let row = sqlx::query("SELECT current_ticket FROM desks WHERE adviser = $1")
        .bind(adviser)
        .fetch_optional(c)
        .await?;
    Ok(match row {
        Some(r) => r.try_get("current_ticket")?,
        None => None,
    })
}

/// Sets (or clears) the adviser's current ticket.
pub async fn set_current(c: &mut AnyConnection, adviser: &str, ticket: Option<TicketId>, at: i64) -> Result<()> {
    sqlx::query("INSERT INTO desks (adviser, current_ticket, updated_at) VALUES ($1, $2, $3) ON CONFLICT (adviser) DO UPDATE SET current_ticket = excluded.current_ticket, updated_at = excluded.updated_at")
        .bind(adviser)
        .bind(ticket)
        .bind(at)
        .execute(c)
        .await?;
    Ok(())
}
