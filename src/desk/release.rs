//! `/release`: put the current ticket back in the queue for any adviser.

use anyhow::Result;
use sqlx::AnyConnection;

use super::{Desk, notices};
use crate::store::{self, Ticket};

/// Releases the ticket and announces it again.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket) -> Result<()> {
    store::tickets::release(tx, t.id).await?;
    store::desks::set_current(tx, desk.name, None, desk.at).await?;
    desk.say("desk-released", &[("id", t.id.to_string())]);
    let args = notices::ticket_args(desk.rt, t.id, t.priority, &t.lang, &t.topic);
    notices::notify_advisers(desk.rt, tx, "desk-new-ticket", &args, desk.at, &mut desk.out).await
}
