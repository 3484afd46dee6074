//! `ParentLeft`: the parent stopped while a ticket was open; the adviser is told.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::Reply;
use crate::core::ids::{Author, ChatId};
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// Records the event and tells the adviser who holds the ticket.
pub async fn left(rt: &Runtime, tx: &mut AnyConnection, chat: &ChatId, at: i64, out: &mut Vec<Outgoing>) -> Result<()> {
    if let Some(t) = store::tickets::open_of(tx, &chat.to_string()).await? {
        store::messages::add(tx, t.id, Author::Event, "parent-left", at).await?;
        if t.adviser.is_some() {
            let text = rt.desk_text("desk-parent-left", &[("id", t.id.to_string())]);
            for place in crate::desk::notices::adviser_places(rt, tx, &t).await? {
                out.push(store::outbox::enqueue(tx, &place, &Reply::about(t.id, text.clone()), at).await?);
            }
        }
    }
    Ok(())
}
