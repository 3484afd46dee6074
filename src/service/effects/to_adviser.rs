//! `ToAdviser`: a parent writes while a ticket is open. The message joins the ticket's record
//! and reaches the adviser who holds it; an urgent one raises the ticket and alerts the team.

use anyhow::{Context, Result};
use sqlx::AnyConnection;

use crate::core::engine::{Reply, Session};
use crate::core::ids::{Author, ChatId, TicketStatus};
use crate::core::queue::Priority;
use crate::desk::notices;
use crate::runtime::Runtime;
use crate::store::{self, NewTicket, Outgoing};

/// Records and relays one parent message.
#[allow(clippy::too_many_arguments)]
pub async fn relay(
    rt: &Runtime,
    tx: &mut AnyConnection,
    chat: &ChatId,
    session: &Session,
    text: &str,
    urgent: bool,
    at: i64,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let key = chat.to_string();
    let lang = session.lang_or(&rt.config.default_lang).to_string();
    let ticket = match store::tickets::open_of(tx, &key).await? {
        Some(t) => t,
        None => {
            // The ticket was closed while the parent kept writing: open a new one.
            let priority = if urgent { Priority::Urgent } else { Priority::Normal };
            let id = store::tickets::insert(
                tx,
                &NewTicket {
                    chat: &key,
                    lang: &lang,
                    topic: "adviser",
                    priority,
                    preferred_adviser: None,
                    summary: "",
                    due_at: rt.config.queue.due_at(priority, at),
                },
                at,
            )
            .await?;
            let args = notices::ticket_args(rt, id, priority, &lang, "adviser");
            notices::notify_advisers(rt, tx, "desk-new-ticket", &args, at, out).await?;
            store::tickets::get(tx, id).await?.context("a ticket just inserted is gone")?
        }
    };
    store::messages::add(tx, ticket.id, Author::Parent, text, at).await?;
    if urgent && ticket.priority != Priority::Urgent {
        store::tickets::raise_priority(tx, ticket.id, Priority::Urgent, rt.config.queue.due_at(Priority::Urgent, at)).await?;
        let args = notices::ticket_args(rt, ticket.id, Priority::Urgent, &lang, &ticket.topic);
        notices::notify_advisers(rt, tx, "desk-urgent", &args, at, out).await?;
    }
    if let (Some(adviser), TicketStatus::Claimed) = (&ticket.adviser, ticket.status) {
        let line = rt.desk_text(
            "desk-from-parent",
            &[
                ("id", ticket.id.to_string()),
                ("lang", ticket.lang.clone()),
                ("text", text.to_string()),
            ],
        );
        let to = rt.config.adviser_chat(adviser);
        out.push(store::outbox::enqueue(tx, &to, &Reply::about(ticket.id, line), at).await?);
    }
    Ok(())
}
