//! `ToAdviser`: a parent writes while a ticket is open. The message joins the ticket's record
//! and reaches the adviser who holds it, in the ticket's thread and her own chat; a crisis
//! raises the ticket and alerts the whole team.

use anyhow::{Context, Result};
use sqlx::AnyConnection;

use crate::core::engine::{Reply, Session};
use crate::core::ids::{Author, ChatId, TicketStatus};
use crate::core::queue::Priority;
use crate::core::triage::CrisisKind;
use crate::desk::notices;
use crate::runtime::Runtime;
use crate::store::{self, NewTicket, Outgoing};

/// What the parent wrote.
pub struct Message<'a> {
    pub text: &'a str,
    pub urgent: bool,
    pub crisis: Option<CrisisKind>,
}

/// Records and relays one parent message.
pub async fn relay(
    rt: &Runtime,
    tx: &mut AnyConnection,
    chat: &ChatId,
    session: &Session,
    m: &Message<'_>,
    at: i64,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let key = chat.to_string();
    let lang = session.lang_or(&rt.config.default_lang).to_string();
    let ticket = match store::tickets::open_of(tx, &key).await? {
        Some(t) => t,
        None => {
            // The ticket was closed while the parent kept writing: open a new one.
            let priority = if m.urgent { Priority::Urgent } else { Priority::Normal };
            let id = store::tickets::insert(
                tx,
                &NewTicket {
                    chat: &key,
                    lang: &lang,
                    topic: "adviser",
                    priority,
                    preferred_adviser: None,
                    summary: "",
                    due_at: rt.config.due_at(priority, at),
                    crisis: m.crisis.map(CrisisKind::as_str),
                    need: session.need.map(|n| n.as_str()),
                },
                at,
            )
            .await?;
            let t = store::tickets::get(tx, id).await?.context("a ticket just inserted is gone")?;
            let headline = if m.urgent { "desk-urgent" } else { "desk-new-ticket" };
            let text = notices::card(rt, headline, &t, Some(m.text), at);
            notices::announce(rt, tx, &t, &text, at, out).await?;
            store::messages::add(tx, id, Author::Parent, m.text, at).await?;
            return Ok(());
        }
    };
    store::messages::add(tx, ticket.id, Author::Parent, m.text, at).await?;
    if m.urgent {
        if ticket.priority != Priority::Urgent {
            store::tickets::raise_priority(tx, ticket.id, Priority::Urgent, rt.config.due_at(Priority::Urgent, at)).await?;
        }
        if let Some(k) = m.crisis {
            store::tickets::set_crisis(tx, ticket.id, k.as_str()).await?;
        }
        // Every crisis message alerts the team, with the reason in Dutch and the parent's words.
        let t = store::tickets::get(tx, ticket.id)
            .await?
            .context("the ticket just raised is gone")?;
        let text = notices::card(rt, "desk-urgent", &t, Some(m.text), at);
        notices::announce(rt, tx, &t, &text, at, out).await?;
    }
    if ticket.status == TicketStatus::Claimed {
        let line = rt.desk_text(
            "desk-from-parent",
            &[
                ("id", ticket.id.to_string()),
                ("lang", notices::language_name(rt, &ticket.lang)),
                ("text", m.text.to_string()),
            ],
        );
        for place in notices::adviser_places(rt, tx, &ticket).await? {
            out.push(store::outbox::enqueue(tx, &place, &Reply::about(ticket.id, line.clone()), at).await?);
        }
    }
    Ok(())
}
