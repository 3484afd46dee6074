//! Plain text from an adviser: to the parent of her current ticket.

use anyhow::Result;
use sqlx::AnyConnection;

use super::Desk;
use crate::core::engine::Reply;
use crate::core::ids::Author;
use crate::store::{self, Ticket};

/// Relays the text, or explains the commands when there is none.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, text: &str) -> Result<()> {
    if text.is_empty() {
        desk.say("desk-help", &[]);
        return Ok(());
    }
    send(desk, tx, t, text).await
}

/// Records the adviser's words and sends them to the parent.
pub async fn send(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, text: &str) -> Result<()> {
    store::messages::add(tx, t.id, Author::Adviser, text, desk.at).await?;
    store::tickets::responded(tx, t.id, desk.at).await?;
    if let Ok(chat) = t.chat.parse() {
        desk.send(tx, &chat, &Reply::text(text.to_string())).await?;
    }
    Ok(())
}
