//! What happens when a message can never be delivered: it is recorded as failed with the reason,
//! and the adviser hears of it when it was for the parent of her ticket.

use anyhow::Result;

use crate::core::engine::Reply;
use crate::core::ids::TicketStatus;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// Records `o` as failed for good and tells the adviser of the parent's ticket, if any.
pub async fn delivery_failed(rt: &Runtime, o: &Outgoing, reason: &str) -> Result<Vec<Outgoing>> {
    let at = rt.now();
    let mut tx = rt.store.begin().await?;
    store::outbox::fail(&mut tx, o.id, reason, at).await?;
    let mut out = vec![];
    if let Some(t) = store::tickets::open_of(&mut tx, &o.chat.to_string()).await?
        && t.status == TicketStatus::Claimed
    {
        let text = rt.desk_text("desk-delivery-failed", &[("id", t.id.to_string()), ("reason", reason.to_string())]);
        for place in crate::desk::notices::adviser_places(rt, &mut tx, &t).await? {
            out.push(store::outbox::enqueue(&mut tx, &place, &Reply::about(t.id, text.clone()), at).await?);
        }
    }
    tx.commit().await?;
    Ok(out)
}
