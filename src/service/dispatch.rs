//! Routing: an inbound message is a parent's turn or an adviser's command.

use anyhow::Result;

use super::turn::handle_parents;
use crate::core::inbound::Inbound;
use crate::runtime::Runtime;
use crate::store::Outgoing;

/// Who a message is from: an adviser (by her own account, never by the chat), a parent (only in
/// a private chat), or nobody the bot serves (a stranger in a group).
enum From<'a> {
    Adviser(&'a str),
    Parent,
    Nobody,
}

fn from<'a>(rt: &'a Runtime, inb: &Inbound) -> From<'a> {
    match rt.config.adviser_of(inb.author()) {
        Some(name) => From::Adviser(name),
        None if inb.private => From::Parent,
        None => From::Nobody,
    }
}

/// Handles one inbound message; returns what to send, already stored in the outbox.
pub async fn handle(rt: &Runtime, inb: Inbound) -> Result<Vec<Outgoing>> {
    match from(rt, &inb) {
        From::Adviser(name) => {
            let name = name.to_string();
            crate::desk::handle(rt, &name, inb).await
        }
        From::Parent => handle_parents(rt, std::slice::from_ref(&inb)).await,
        From::Nobody => Ok(vec![]),
    }
}

/// Handles a batch (one poll of a platform), in order, with one transaction for the parents'
/// turns: one commit for the lot is what lets SQLite's single writer keep up with thousands of
/// parents. If that transaction fails, each message is handled on its own, so one bad turn
/// costs no other parent an answer; after a failure a chat's later messages wait too, to keep
/// its order. Returns, per message, whether it was stored.
pub async fn handle_batch(rt: &Runtime, inbs: &[Inbound]) -> Vec<Result<()>> {
    let mut results = Vec::with_capacity(inbs.len());
    let mut rest = inbs;
    while !rest.is_empty() {
        // Adviser commands take their own transactions: they go one by one, between batches.
        let n = rest.iter().take_while(|i| matches!(from(rt, i), From::Parent)).count();
        if n == 0 {
            results.push(handle(rt, rest[0].clone()).await.map(|_| ()));
            rest = &rest[1..];
            continue;
        }
        let (parents, after) = rest.split_at(n);
        match handle_parents(rt, parents).await {
            Ok(_) => results.extend(parents.iter().map(|_| Ok(()))),
            Err(e) => {
                tracing::warn!("a batch of {n} turns failed, handling them one by one: {e:#}");
                let mut failed: Vec<(&crate::core::ids::ChatId, String)> = vec![];
                for inb in parents {
                    let r = match failed.iter().find(|(c, _)| *c == &inb.chat) {
                        Some((_, cause)) => Err(anyhow::anyhow!("an earlier message of this chat failed: {cause}")),
                        None => handle(rt, inb.clone()).await.map(|_| ()),
                    };
                    if let Err(e) = &r {
                        failed.push((&inb.chat, format!("{e:#}")));
                    }
                    results.push(r);
                }
            }
        }
        rest = after;
    }
    results
}
