//! The overdue check: every ticket nobody has answered yet, past its first-response deadline,
//! is announced again to the whole team: urgent ones every few minutes, the rest less often,
//! until someone answers the parent.

use anyhow::Result;

use super::notices;
use crate::core::ids::TicketStatus;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// An urgent ticket without a response is announced again this often...
const URGENT_EVERY: i64 = 5 * 60;
/// ... any other one this often.
const OTHER_EVERY: i64 = 30 * 60;

/// Announces every unanswered ticket whose deadline passed before `at`. Run it periodically.
pub async fn announce(rt: &Runtime, at: i64) -> Result<Vec<Outgoing>> {
    let mut tx = rt.store.begin().await?;
    let mut out = vec![];
    for t in store::tickets::overdue(&mut tx, at, at - URGENT_EVERY, at - OTHER_EVERY).await? {
        let headline = if t.status == TicketStatus::Claimed {
            "desk-overdue-claimed"
        } else {
            "desk-overdue"
        };
        let text = notices::card(rt, headline, &t, None, at);
        notices::announce(rt, &mut tx, &t, &text, at, &mut out).await?;
        store::tickets::announced(&mut tx, t.id, at).await?;
    }
    tx.commit().await?;
    Ok(out)
}
