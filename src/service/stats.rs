//! Statistics of a turn: a conversation, a flow started, an answer reached, a question
//! escalated, a crisis answered, a child at home without school. Counts only, and Prometheus
//! counters labelled by topic or priority, never by chat.
//!
//! Each conversation is counted once, under the language it ends in: the session's
//! [`Tally`](crate::core::engine::Tally) remembers where its count sits, and a later change of language moves it (-1 under
//! the old language, +1 under the new, on the day it was first counted). A conversation is one
//! from its first flow, ticket or crisis answer until a ticket closes or the parent forgets.

use super::batch::Batch;
use crate::core::engine::{Effect, Outcome, Session, State};
use crate::core::ids::CountEvent;

/// The topic of a child at home without school; more than 4 weeks at home in any flow counts
/// too (the flows tag it).
pub const HOME_TOPIC: &str = "home_without_school";
/// The flow tag of more than 4 weeks at home.
pub const HOME_TAG: &str = "home_over_4_weeks";
/// The topic a crisis is counted under when the parent was in no flow.
pub const CRISIS_TOPIC: &str = "urgent";

/// Counts what a turn did, for the day `day`, and records it in the new session's tally.
pub fn count(batch: &mut Batch, day: &str, default_lang: &str, before: &Session, outcome: &mut Outcome) {
    let s = &outcome.session;
    let lang = s.lang_or(default_lang).to_string();
    let new = s.state.flow();
    if let Some(flow) = new
        && before.state.flow() != Some(flow)
    {
        batch.count(day, flow, &lang, CountEvent::Started);
        metrics::counter!("wegwijzer_flows_started_total", "topic" => flow.to_string()).increment(1);
    }
    if let (State::AfterAnswer { flow, .. }, false) = (&s.state, matches!(before.state, State::AfterAnswer { .. })) {
        batch.count(day, flow, &lang, CountEvent::Answered);
    }
    if let Some(need) = s.need
        && before.need != Some(need)
        && let Some(flow) = s.state.flow().or(before.state.flow())
    {
        batch.count(day, flow, &lang, CountEvent::Need(need));
    }
    let mut ticket = None;
    let mut crisis = None;
    for e in &outcome.effects {
        match e {
            Effect::OpenTicket {
                topic,
                priority,
                crisis: kind,
                ..
            } => {
                batch.count(day, topic, &lang, CountEvent::Escalated(*priority));
                metrics::counter!("wegwijzer_escalations_total", "priority" => priority.as_str()).increment(1);
                ticket = Some(topic.as_str());
                crisis = crisis.or(*kind);
            }
            Effect::ToAdviser { crisis: kind, .. } => crisis = crisis.or(*kind),
            Effect::FollowUpAnswered { topic, answer } => batch.count(day, topic, &lang, CountEvent::BackAtSchool(*answer)),
            _ => {}
        }
    }
    let crisis_answer = outcome.replies.iter().any(|r| r.urgent);
    let topic = new.or(before.state.flow()).or(ticket).unwrap_or(CRISIS_TOPIC).to_string();
    let mut tally = before.tally.clone();
    // The conversation itself, once, following its language.
    match &tally.counted {
        None if new.is_some() || ticket.is_some() || crisis_answer => {
            batch.count(day, &topic, &lang, CountEvent::Conversation);
            tally.counted = Some((day.to_string(), topic.clone(), lang.clone()));
        }
        Some((first_day, first_topic, old)) if *old != lang => {
            batch.add(first_day, first_topic, old, CountEvent::Conversation, -1);
            batch.add(first_day, first_topic, &lang, CountEvent::Conversation, 1);
            tally.counted = Some((first_day.clone(), first_topic.clone(), lang.clone()));
        }
        _ => {}
    }
    let at_home = new == Some(HOME_TOPIC) || s.tags.iter().any(|t| t == HOME_TAG);
    if at_home && !tally.home {
        batch.count(day, &topic, &lang, CountEvent::AtHome);
        tally.home = true;
    }
    if tally.home && ticket.is_some() && !tally.home_ticket {
        batch.count(day, &topic, &lang, CountEvent::AtHomeTicket);
        tally.home_ticket = true;
    }
    if crisis_answer && !tally.crisis {
        batch.count(day, &topic, &lang, CountEvent::Crisis(crisis));
        tally.crisis = true;
    }
    outcome.session.tally = tally;
}
