//! `/take [N]`: claim ticket N (or the most pressing open one), read its record, and tell the
//! parent an adviser is there.

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
    if store::tickets::claim(tx, id, desk.name, desk.at).await? {
        tracing::info!(ticket = id, adviser = desk.name, "claimed");
        store::desks::set_current(tx, desk.name, Some(id), desk.at).await?;
        let Some(t) = store::tickets::get(tx, id).await? else {
            desk.say("desk-unknown-ticket", &[("id", id.to_string())]);
            return Ok(());
        };
        desk.say("desk-taken", &notices::ticket_args(desk.rt, id, t.priority, &t.lang, &t.topic));
        desk.replies.push(Reply::text(notices::transcript(tx, &t).await?));
        let text = desk.rt.catalog.locales.text(&t.lang, "adviser-joined", &[]);
        if let Ok(chat) = t.chat.parse() {
            desk.send(tx, &chat, &Reply::text(text)).await?;
        }
        return Ok(());
    }
    let t = store::tickets::get(tx, id).await?;
    if let Some(t) = t.as_ref().filter(|t| holds(t, desk.name)) {
        store::desks::set_current(tx, desk.name, Some(id), desk.at).await?;
        desk.say("desk-taken", &notices::ticket_args(desk.rt, id, t.priority, &t.lang, &t.topic));
    } else {
        match t {
            Some(t) if t.status == TicketStatus::Claimed => desk.say(
                "desk-taken-by-other",
                &[("id", id.to_string()), ("adviser", t.adviser.unwrap_or_default())],
            ),
            _ => desk.say("desk-unknown-ticket", &[("id", id.to_string())]),
        }
    }
    Ok(())
}
