//! The overdue check: open tickets past their first-response deadline are announced again.

use anyhow::Result;

use super::notices;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// An overdue ticket is announced again at most this often.
const REANNOUNCE: i64 = 30 * 60;

/// Announces every open ticket whose deadline passed before `at`, at most once per
/// `REANNOUNCE` seconds. Run it periodically.
pub async fn announce(rt: &Runtime, at: i64) -> Result<Vec<Outgoing>> {
    let mut tx = rt.store.begin().await?;
    let mut out = vec![];
    for t in store::tickets::overdue(&mut tx, at, at - REANNOUNCE).await? {
        let args = notices::queue_args(rt, &t, at);
        notices::notify_advisers(rt, &mut tx, "desk-overdue", &args, at, &mut out).await?;
        store::tickets::announced(&mut tx, t.id, at).await?;
    }
    tx.commit().await?;
    Ok(out)
}
