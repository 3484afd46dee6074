//! Statistics of a turn: a flow started, an answer reached, a question escalated. Counts only,
//! and Prometheus counters labelled by topic or priority, never by chat.

use super::batch::Batch;
use crate::core::engine::{Effect, Outcome, Session, State};
use crate::core::ids::CountEvent;

/// Counts what a turn did, for the day `day`.
pub fn count(batch: &mut Batch, day: &str, default_lang: &str, before: &Session, outcome: &Outcome) {
    let lang = outcome.session.lang_or(default_lang);
    let new = outcome.session.state.flow();
    if let Some(flow) = new
        && before.state.flow() != Some(flow)
    {
        batch.count(day, flow, lang, CountEvent::Started);
        metrics::counter!("wegwijzer_flows_started_total", "topic" => flow.to_string()).increment(1);
    }
    if let (State::AfterAnswer { flow }, false) = (&outcome.session.state, matches!(before.state, State::AfterAnswer { .. })) {
        batch.count(day, flow, lang, CountEvent::Answered);
    }
    if let Some(need) = outcome.session.need
        && before.need != Some(need)
        && let Some(flow) = outcome.session.state.flow().or(before.state.flow())
    {
        batch.count(day, flow, lang, CountEvent::Need(need));
    }
    for e in &outcome.effects {
        if let Effect::OpenTicket { topic, priority, .. } = e {
            batch.count(day, topic, lang, CountEvent::Escalated(*priority));
            metrics::counter!("wegwijzer_escalations_total", "priority" => priority.as_str()).increment(1);
        }
    }
}
