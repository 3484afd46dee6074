//! One handler per engine effect (mailroom's event handlers): each turns an `Effect` into
//! store writes and messages.

mod file;
mod forget;
mod mydata;
mod open_ticket;
mod parent_left;
mod schedule;
mod to_adviser;

pub use forget::forget;

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::{Effect, Session};
use crate::core::inbound::{Inbound, Message};
use crate::runtime::Runtime;
use crate::store::Outgoing;
use crate::store::scheduled::What;

/// Carries out one effect of the turn of `inb`'s chat. `Effect::Forget` is carried out by [`forget`],
/// after every other effect of the turn.
pub async fn apply(
    rt: &Runtime,
    tx: &mut AnyConnection,
    inb: &Inbound,
    session: &Session,
    effect: &Effect,
    at: i64,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let chat = &inb.chat;
    match effect {
        Effect::OpenTicket {
            topic,
            lang,
            priority,
            summary,
            message,
            crisis,
            need,
        } => {
            let ticket = open_ticket::Request {
                topic,
                lang,
                priority: *priority,
                summary,
                message: message.as_deref(),
                crisis: *crisis,
                need: *need,
            };
            open_ticket::open(rt, tx, chat, &ticket, at, out).await
        }
        Effect::ToAdviser { text, urgent, crisis } => {
            let m = to_adviser::Message {
                text,
                urgent: *urgent,
                crisis: *crisis,
            };
            to_adviser::relay(rt, tx, chat, session, &m, at, out).await
        }
        Effect::ParentLeft => parent_left::left(rt, tx, chat, at, out).await,
        Effect::MyData => mydata::export(rt, tx, chat, session, at, out).await,
        Effect::KeepFile => match &inb.message {
            Message::File(f) => file::keep(rt, tx, chat, f, at, out).await,
            _ => Ok(()),
        },
        Effect::Remind { kind, due } => schedule::add(tx, chat, What::Reminder, kind, *due).await,
        Effect::FollowUp { topic, due } => schedule::add(tx, chat, What::FollowUp, topic, *due).await,
        // Counted with the turn's other statistics (service::stats); nothing else is kept.
        Effect::FollowUpAnswered { .. } => Ok(()),
        Effect::Forget => Ok(()),
    }
}
