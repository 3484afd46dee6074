//! `/done OUTCOME`: close the current ticket; the parent's conversation starts afresh.

use anyhow::Result;
use sqlx::AnyConnection;

use super::Desk;
use crate::core::engine::{self, State, Wake};
use crate::store::{self, Ticket};

/// Closes the ticket with one of the office's outcomes (by number or by the start of its name)
/// and tells the parent; without a known outcome, lists them.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, outcome: &str) -> Result<()> {
    let outcomes = &desk.rt.config.outcomes;
    let wanted = outcome.trim().to_lowercase();
    let chosen = match wanted.parse::<usize>() {
        Ok(n) => outcomes.get(n.wrapping_sub(1)),
        Err(_) if wanted.is_empty() => None,
        Err(_) => outcomes.iter().find(|o| o.to_lowercase() == wanted).or_else(|| {
            let mut starts = outcomes.iter().filter(|o| o.to_lowercase().starts_with(&wanted));
            match (starts.next(), starts.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }),
    };
    let Some(outcome) = chosen.cloned() else {
        let list: Vec<String> = outcomes.iter().enumerate().map(|(i, o)| format!("{}. {o}", i + 1)).collect();
        desk.say("desk-outcomes", &[("list", list.join("\n"))]);
        return Ok(());
    };
    let outcome = outcome.as_str();
    store::tickets::close(tx, t.id, outcome, desk.at).await?;
    store::desks::set_current(tx, desk.name, None, desk.at).await?;
    // The parent's conversation leaves the adviser: answers and tags start afresh.
    let mut session = store::sessions::load(tx, &t.chat).await?.unwrap_or_default();
    session.state = State::Idle;
    session.answers.clear();
    session.tags.clear();
    session.adviser_joined = false;
    session.tally = Default::default();
    session.back.clear();
    session.facts.clear();
    session.deadline = None;
    // The parent hears the ticket is closed, and (for topics about a child out of school) is
    // asked whether the bot may check back in 4 weeks.
    let closed = Wake::TicketClosed { topic: t.topic.clone() };
    let said = engine::wake(&desk.rt.ctx(desk.at), &session, &closed);
    store::sessions::save(tx, &t.chat, &said.session, desk.at).await?;
    if let Ok(chat) = t.chat.parse() {
        for reply in &said.replies {
            desk.send(tx, &chat, reply).await?;
        }
    }
    desk.say("desk-closed", &[("id", t.id.to_string()), ("outcome", outcome.to_string())]);
    Ok(())
}
