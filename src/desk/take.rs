//! `/take [N]`: claim ticket N (or the most pressing open one), read its card and record, and
//! tell the parent an adviser is there. Taken in her private chat, the ticket becomes her current
//! one there, so what she types next goes to that parent (each time confirmed).

use anyhow::Result;
use sqlx::AnyConnection;

use super::{Desk, holds, notices};
use crate::core::engine::Reply;
use crate::core::ids::{TicketId, TicketStatus};
use crate::store;

/// Claims the ticket; exactly one of two advisers racing for it wins.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, n: Option<TicketId>) -> Result<()> {
    let id = match n {
        Some(id) => id,
        None => match store::tickets::next_open(tx, desk.rt.store.postgres).await? {
            Some(id) => id,
            None => {
                desk.say("desk-queue-empty", &[]);
                return Ok(());
            }
        },
    };
    desk.about = Some(id);
    let won = store::tickets::claim(tx, id, desk.name, desk.at).await?;
    let Some(t) = store::tickets::get(tx, id).await? else {
        desk.say("desk-unknown-ticket", &[("id", id.to_string())]);
        return Ok(());
    };
    if !holds(&t, desk.name) {
        match t.status {
            TicketStatus::Claimed => desk.say(
                "desk-taken-by-other",
                &[("id", id.to_string()), ("adviser", t.adviser.clone().unwrap_or_default())],
            ),
            _ => desk.say("desk-unknown-ticket", &[("id", id.to_string())]),
        }
        return Ok(());
    }
    if desk.private {
        store::desks::set_current(tx, desk.name, Some(id), desk.at).await?;
    }
    let args = notices::ticket_args(desk.rt, id, t.priority, &t.lang, &t.topic);
    desk.say(if desk.private { "desk-taken" } else { "desk-taken-here" }, &args);
    if won {
        tracing::info!(ticket = id, adviser = desk.name, "claimed");
        desk.replies
            .push(Reply::text(notices::card(desk.rt, "desk-card-title", &t, None, desk.at)));
        let record = notices::transcript(tx, &t).await?;
        if !record.is_empty() {
            desk.replies.push(Reply::text(record));
        }
        // The parent hears an adviser is there, and the bot stops sending receipts.
        let mut session = store::sessions::load(tx, &t.chat).await?.unwrap_or_default();
        session.adviser_joined = true;
        store::sessions::save(tx, &t.chat, &session, desk.at).await?;
        let text = desk.rt.catalog.locales.text(&t.lang, "adviser-joined", &[]);
        if let Ok(chat) = t.chat.parse() {
            desk.send(tx, &chat, &Reply::text(text)).await?;
        }
    }
    Ok(())
}
