//! `MyData`: the parent reads what is kept about them.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::{Reply, Session};
use crate::core::ids::ChatId;
use crate::runtime::Runtime;
use crate::service::privacy;
use crate::store::{self, Outgoing};

/// Sends the parent a readable account of what is stored.
pub async fn export(
    rt: &Runtime,
    tx: &mut AnyConnection,
    chat: &ChatId,
    session: &Session,
    at: i64,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let text = privacy::export(rt, tx, chat, session).await?;
    out.push(store::outbox::enqueue(tx, chat, &Reply::text(text), at).await?);
    Ok(())
}
