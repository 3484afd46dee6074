//! `/done OUTCOME`: close the current ticket; the parent's conversation starts afresh.

use anyhow::Result;
use sqlx::AnyConnection;

use super::Desk;
use crate::core::engine::{Reply, State};
use crate::store::{self, Ticket};

/// Closes the ticket and tells the parent.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, outcome: &str) -> Result<()> {
    if outcome.is_empty() {
        desk.say("desk-help", &[]);
        return Ok(());
    }
    store::tickets::close(tx, t.id, outcome, desk.at).await?;
    store::desks::set_current(tx, desk.name, None, desk.at).await?;
    // The parent's conversation leaves the adviser: answers and tags start afresh.
    let mut session = store::sessions::load(tx, &t.chat).await?.unwrap_or_default();
    session.state = State::Idle;
    session.answers.clear();
    session.tags.clear();
    store::sessions::save(tx, &t.chat, &session, desk.at).await?;
    let lang = session.lang_or(&desk.rt.config.default_lang).to_string();
    let text = desk.rt.catalog.locales.text(&lang, "ticket-closed", &[]);
    if let Ok(chat) = t.chat.parse() {
        desk.send(tx, &chat, &Reply::text(text)).await?;
    }
    desk.say("desk-closed", &[("id", t.id.to_string()), ("outcome", outcome.to_string())]);
    Ok(())
}
