//! `/note TEXT`: an internal note on the current ticket; the parent never sees it.

use anyhow::Result;
use sqlx::AnyConnection;

use super::Desk;
use crate::core::ids::Author;
use crate::store::{self, Ticket};

/// Adds the note.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, text: &str) -> Result<()> {
    if text.is_empty() {
        desk.say("desk-help", &[]);
        return Ok(());
    }
    store::messages::add(tx, t.id, Author::Note, text, desk.at).await?;
    desk.say("desk-noted", &[("id", t.id.to_string())]);
    Ok(())
}
