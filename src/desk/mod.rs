//! The advisers' desk: adviser commands, parsed once into [`DeskCommand`] and carried out by one
//! small module each (mini-redis's cmd/), plus the notices advisers get and the overdue check.

mod canned;
mod done;
mod login;
mod note;
pub mod notices;
pub mod overdue;
mod queue;
mod relay;
mod release;
mod take;

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::Reply;
use crate::core::ids::{ChatId, TicketId, TicketStatus};
use crate::core::inbound::{Inbound, Message};
use crate::runtime::Runtime;
use crate::store::{self, Outgoing, Ticket};

/// An adviser's command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskCommand {
    /// `/queue`: open and claimed tickets.
    Queue,
    /// `/take [N]`: take ticket N, or the most pressing open one.
    Take(Option<TicketId>),
    /// `/note TEXT`: an internal note on the current ticket.
    Note(String),
    /// `/done OUTCOME`: close the current ticket.
    Done(String),
    /// `/release`: put the current ticket back in the queue.
    Release,
    /// `/canned NAME`: a ready-made reply in the parent's language.
    Canned(String),
    /// Plain text: to the parent of the current ticket.
    Relay(String),
    /// `/login`: a one-time link to the web inbox, in her own chat.
    Login,
    /// `/help` or anything not understood.
    Help,
}

impl DeskCommand {
    /// Reads an adviser's message (English or Dutch command names).
    pub fn parse(text: &str) -> Self {
        let text = text.trim();
        let Some(rest) = text.strip_prefix('/') else {
            return Self::Relay(text.to_string());
        };
        let (name, arg) = match rest.split_once(char::is_whitespace) {
            Some((n, a)) => (n.to_lowercase(), a.trim().to_string()),
            None => (rest.to_lowercase(), String::new()),
        };
        let name = name.split('@').next().unwrap_or_default().to_string();
        match name.as_str() {
            "queue" | "wachtrij" => Self::Queue,
            "take" | "pak" => match arg.trim_start_matches('#') {
                "" => Self::Take(None),
                n => n.parse().map(|n| Self::Take(Some(n))).unwrap_or(Self::Help),
            },
            "note" | "notitie" => Self::Note(arg),
            "done" | "klaar" | "sluit" => Self::Done(arg),
            "release" | "vrijgeven" => Self::Release,
            "canned" | "standaard" => Self::Canned(arg),
            "login" | "inloggen" => Self::Login,
            _ => Self::Help,
        }
    }

    /// Whether the command works on the adviser's current ticket.
    fn needs_ticket(&self) -> bool {
        matches!(
            self,
            Self::Note(_) | Self::Done(_) | Self::Release | Self::Canned(_) | Self::Relay(_)
        )
    }
}

/// One adviser command being carried out: what it reads and what it produces.
pub(crate) struct Desk<'a> {
    rt: &'a Runtime,
    /// The adviser's name.
    name: &'a str,
    at: i64,
    /// Written in a one-to-one chat with the bot (her console, her private chat).
    private: bool,
    /// Answers to the adviser.
    replies: Vec<Reply>,
    /// Messages to others (the parent, colleagues).
    out: Vec<Outgoing>,
    /// The ticket this turn is about, so the answers land in its thread on Matrix.
    about: Option<TicketId>,
}

impl Desk<'_> {
    /// An answer to the adviser in the desk language.
    fn say(&mut self, id: &str, args: &[(&str, String)]) {
        let text = self.rt.desk_text(id, args);
        self.replies.push(Reply::text(text));
    }

    /// A message to someone else, queued; returns its outbox row.
    async fn send(&mut self, tx: &mut AnyConnection, chat: &ChatId, reply: &Reply) -> Result<i64> {
        let o = store::outbox::enqueue(tx, chat, reply, self.at).await?;
        let id = o.id;
        self.out.push(o);
        Ok(id)
    }
}

/// Handles one message of adviser `name`. What she types reaches a parent only when it
/// unmistakably belongs to one ticket: written in that ticket's thread (or forum topic, or as a
/// reply to a message about it) while she holds it, or in her private chat after an explicit
/// `/take` there (and then every relayed message is confirmed). Anything else is never relayed:
/// in a private chat it gets a hint, in the advisers' shared room it is colleagues' talk and is
/// left alone.
pub async fn handle(rt: &Runtime, name: &str, inb: Inbound) -> Result<Vec<Outgoing>> {
    let _guard = rt.locks.lock(&format!("adviser:{name}")).await;
    let text = match &inb.message {
        Message::Text(t) => t.clone(),
        _ => String::new(),
    };
    let mut cmd = DeskCommand::parse(&text);
    let at = rt.now();
    let current = {
        let mut c = rt.store.conn().await?;
        store::desks::current(&mut c, name).await?
    };
    // The ticket the message belongs to: its thread, else (in her private chat) her current one.
    let context = inb.ticket.or(if inb.private { current } else { None });
    if let (DeskCommand::Take(None), Some(t)) = (&cmd, inb.ticket) {
        cmd = DeskCommand::Take(Some(t));
    }
    // In the shared room, outside any thread, plain text is colleagues' talk.
    if !inb.private && inb.ticket.is_none() && matches!(cmd, DeskCommand::Relay(_)) {
        return Ok(vec![]);
    }
    let target = match cmd {
        DeskCommand::Take(Some(n)) => Some(n),
        _ => context,
    };
    // Lock the parent's chat before the transaction: with SQLite's single connection, waiting
    // for it inside the transaction could deadlock with the parent's own turn.
    let parent_chat = match target {
        Some(id) => store::tickets::get(&mut *rt.store.conn().await?, id).await?.map(|t| t.chat),
        None => None,
    };
    let _parent = match &parent_chat {
        Some(c) => Some(rt.locks.lock(c).await),
        None => None,
    };
    let mut tx = rt.store.begin().await?;
    let mut desk = Desk {
        rt,
        name,
        at,
        private: inb.private,
        replies: vec![],
        out: vec![],
        about: target,
    };
    if cmd.needs_ticket() {
        let ticket = match context {
            Some(id) => store::tickets::get(&mut tx, id).await?,
            None => None,
        };
        match ticket {
            Some(t) if holds(&t, name) => match cmd {
                DeskCommand::Note(text) => note::run(&mut desk, &mut tx, &t, &text).await?,
                DeskCommand::Done(outcome) => done::run(&mut desk, &mut tx, &t, &outcome).await?,
                DeskCommand::Release => release::run(&mut desk, &mut tx, &t).await?,
                DeskCommand::Canned(key) => canned::run(&mut desk, &mut tx, &t, &key).await?,
                DeskCommand::Relay(text) => relay::run(&mut desk, &mut tx, &t, &text).await?,
                _ => desk.say("desk-help", &[]),
            },
            // In a ticket's thread she does not hold: say so, relay nothing.
            Some(t) if inb.ticket.is_some() => {
                let holder = match (&t.status, &t.adviser) {
                    (TicketStatus::Claimed, Some(a)) => rt.desk_text("desk-held-by", &[("adviser", a.clone())]),
                    _ => String::new(),
                };
                desk.say("desk-not-yours", &[("id", t.id.to_string()), ("holder", holder)]);
            }
            _ if !inb.private => desk.say("desk-in-thread", &[]),
            _ => desk.say("desk-no-ticket", &[]),
        }
    } else {
        match cmd {
            DeskCommand::Queue => queue::run(&mut desk, &mut tx).await?,
            DeskCommand::Take(n) => take::run(&mut desk, &mut tx, n).await?,
            DeskCommand::Login => login::run(&mut desk, &mut tx).await?,
            _ => desk.say("desk-help", &[]),
        }
    }
    let Desk {
        replies, mut out, about, ..
    } = desk;
    let mut all = vec![];
    for r in replies {
        let r = Reply {
            ticket: r.ticket.or(about),
            ..r
        };
        all.push(store::outbox::enqueue(&mut tx, &inb.chat, &r, at).await?);
    }
    all.append(&mut out);
    tx.commit().await?;
    Ok(all)
}

/// Whether `name` holds the ticket.
fn holds(t: &Ticket, name: &str) -> bool {
    t.status == TicketStatus::Claimed && t.adviser.as_deref() == Some(name)
}

#[cfg(test)]
mod tests {
    use super::DeskCommand::*;
    use super::*;

    #[test]
    fn commands_parse_once() {
        assert_eq!(DeskCommand::parse("/queue"), Queue);
        assert_eq!(DeskCommand::parse("/wachtrij"), Queue);
        assert_eq!(DeskCommand::parse("/take"), Take(None));
        assert_eq!(DeskCommand::parse("/pak #12"), Take(Some(12)));
        assert_eq!(DeskCommand::parse("/take x"), Help);
        assert_eq!(DeskCommand::parse("/done advies gegeven"), Done("advies gegeven".into()));
        assert_eq!(DeskCommand::parse("/note@wegwijzer_bot belt morgen"), Note("belt morgen".into()));
        assert_eq!(DeskCommand::parse("  Hallo, ik ben Anna "), Relay("Hallo, ik ben Anna".into()));
        assert_eq!(DeskCommand::parse("/what"), Help);
        assert_eq!(DeskCommand::parse("/inloggen"), Login);
    }
}
