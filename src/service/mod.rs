//! The service around the core: it routes what the channels receive to a parent's turn or an
//! adviser's command, runs the engine in one transaction per batch, and carries out the
//! engine's effects, one handler each.

mod batch;
mod delivery;
mod dispatch;
mod effects;
pub mod privacy;
pub mod scheduled;
mod stats;
mod turn;

pub use crate::core::inbound::{Inbound, Message, pseudonym};
pub use delivery::delivery_failed;
pub use dispatch::{handle, handle_batch};

use anyhow::Result;

use crate::runtime::Runtime;
use crate::store::Outgoing;

/// Periodic upkeep: announce overdue tickets, send the reminders and follow-ups that are due,
/// apply retention, forget undeliverable messages after a week, and take what was erased off
/// the disk (a goodbye sent after /forget leaves its chat id in freed space until then).
/// Returns messages to send.
pub async fn maintain(rt: &Runtime, at: i64) -> Result<Vec<Outgoing>> {
    let mut out = crate::desk::overdue::announce(rt, at).await?;
    out.extend(scheduled::send_due(rt, at).await?);
    if privacy::purge(rt, at, rt.config.retention_days).await?.rows > 0 {
        rt.store.mark_erased(at);
    }
    crate::store::outbox::prune_failed(&mut *rt.store.conn().await?, at - 7 * 86_400).await?;
    rt.store.scrub_after_erasing(at).await?;
    Ok(out)
}
