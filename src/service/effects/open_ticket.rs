//! `OpenTicket`: a parent asks for an adviser. A ticket still open gets what is new; otherwise a
//! new ticket goes to the advisers, or straight back to the adviser the parent had recently. A
//! crisis is always announced to the whole team, whoever holds the ticket.

use anyhow::{Context, Result};
use sqlx::AnyConnection;

use crate::core::engine::{Answer, Reply};
use crate::core::ids::{Author, ChatId, SupportNeed};
use crate::core::queue::Priority;
use crate::core::triage::CrisisKind;
use crate::desk::notices;
use crate::runtime::Runtime;
use crate::store::{self, NewTicket, Outgoing};

/// What the engine asked for.
pub struct Request<'a> {
    pub topic: &'a str,
    pub lang: &'a str,
    pub priority: Priority,
    pub summary: &'a [Answer],
    pub message: Option<&'a str>,
    pub crisis: Option<CrisisKind>,
    pub need: Option<SupportNeed>,
}

/// Opens the ticket (or adds to the open one) and tells the advisers.
pub async fn open(rt: &Runtime, tx: &mut AnyConnection, chat: &ChatId, req: &Request<'_>, at: i64, out: &mut Vec<Outgoing>) -> Result<()> {
    let key = chat.to_string();
    let summary = notices::summary(rt, req.summary);
    if let Some(t) = store::tickets::open_of(tx, &key).await? {
        // Still open: keep one ticket, add what is new.
        if !summary.is_empty() {
            store::messages::add(tx, t.id, Author::Summary, &summary, at).await?;
        }
        if let Some(m) = req.message {
            store::messages::add(tx, t.id, Author::Parent, m, at).await?;
        }
        if req.priority < t.priority {
            store::tickets::raise_priority(tx, t.id, req.priority, rt.config.due_at(req.priority, at)).await?;
            if let Some(k) = req.crisis {
                store::tickets::set_crisis(tx, t.id, k.as_str()).await?;
            }
            if req.priority == Priority::Urgent {
                let t = store::tickets::get(tx, t.id).await?.context("the ticket just raised is gone")?;
                let text = notices::card(rt, "desk-urgent", &t, req.message, at);
                notices::announce(rt, tx, &t, &text, at, out).await?;
            }
        }
        return Ok(());
    }
    let last = store::tickets::last_closed(tx, &key).await?;
    let preferred = rt
        .config
        .queue
        .sticky_adviser(last.as_ref().map(|(a, closed)| (a.as_str(), *closed)), at)
        .filter(|a| rt.config.adviser(a).is_some());
    let id = store::tickets::insert(
        tx,
        &NewTicket {
            chat: &key,
            lang: req.lang,
            topic: req.topic,
            priority: req.priority,
            preferred_adviser: preferred,
            summary: &summary,
            due_at: rt.config.due_at(req.priority, at),
            crisis: req.crisis.map(CrisisKind::as_str),
            need: req.need.map(SupportNeed::as_str),
        },
        at,
    )
    .await?;
    if let Some(m) = req.message {
        store::messages::add(tx, id, Author::Parent, m, at).await?;
    }
    if let Some(adviser) = preferred {
        // One point of contact: straight back to the adviser the parent had.
        store::tickets::claim(tx, id, adviser, at).await?;
        store::desks::set_current(tx, adviser, Some(id), at).await?;
    }
    let t = store::tickets::get(tx, id).await?.context("a ticket just inserted is gone")?;
    let urgent = req.priority == Priority::Urgent;
    if let Some(adviser) = preferred {
        let text = notices::card(rt, "desk-returning", &t, req.message, at);
        let to = rt.config.adviser_chat(adviser);
        out.push(store::outbox::enqueue(tx, &to, &Reply::about(id, text), at).await?);
    }
    // The team hears of every new ticket no one holds, and of every crisis, held or not.
    if preferred.is_none() || urgent {
        let headline = if urgent { "desk-urgent" } else { "desk-new-ticket" };
        let text = notices::card(rt, headline, &t, req.message, at);
        notices::announce(rt, tx, &t, &text, at, out).await?;
    }
    Ok(())
}
