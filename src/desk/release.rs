//! `/release`: put the current ticket back in the queue for any adviser.

use anyhow::{Context, Result};
use sqlx::AnyConnection;

use super::{Desk, notices};
use crate::store::{self, Ticket};

/// Releases the ticket and announces it again.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket) -> Result<()> {
    store::tickets::release(tx, t.id).await?;
    store::desks::set_current(tx, desk.name, None, desk.at).await?;
    desk.say("desk-released", &[("id", t.id.to_string())]);
    let t = store::tickets::get(tx, t.id).await?.context("the ticket just released is gone")?;
    let text = notices::card(desk.rt, "desk-returned", &t, None, desk.at);
    notices::announce(desk.rt, tx, &t, &text, desk.at, &mut desk.out).await
}
