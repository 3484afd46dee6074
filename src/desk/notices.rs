//! What advisers are told about tickets: the ticket card in the advisers' language (Dutch), the
//! announcements to the advisers' rooms, the summary of a parent's answers, a ticket's record.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::{Answer, Reply};
use crate::core::ids::{ChatId, TicketId};
use crate::core::queue::Priority;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing, Ticket};

/// The language's name in Dutch ("Arabisch"), from its own folder (`language-name-nl`).
pub fn language_name(rt: &Runtime, code: &str) -> String {
    match rt.catalog.locales.get(code) {
        Some(l) if l.ids.contains("language-name-nl") => rt.catalog.locales.text(code, "language-name-nl", &[]),
        _ => code.to_string(),
    }
}

/// The topic's title in the advisers' language (never the id).
pub fn topic_title(rt: &Runtime, topic: &str) -> String {
    match rt.catalog.flows.get(topic) {
        Some(f) => rt.desk_text(&f.title, &[]),
        None => rt.desk_text(&format!("desk-topic-{topic}"), &[]),
    }
}

/// Why a ticket is urgent, in the advisers' language.
pub fn crisis_reason(rt: &Runtime, crisis: Option<&str>) -> String {
    rt.desk_text(&format!("desk-crisis-{}", crisis.unwrap_or("unknown")), &[])
}

/// A ticket as message arguments: number, priority, language (named in Dutch), topic title.
pub fn ticket_args(rt: &Runtime, id: TicketId, priority: Priority, lang: &str, topic: &str) -> Vec<(&'static str, String)> {
    vec![
        ("id", id.to_string()),
        ("priority", rt.desk_text(&format!("desk-priority-{}", priority.as_str()), &[])),
        ("lang", language_name(rt, lang)),
        ("topic", topic_title(rt, topic)),
    ]
}

/// A queue line's arguments: the ticket's, plus minutes waiting at `at`.
pub fn queue_args(rt: &Runtime, t: &Ticket, at: i64) -> Vec<(&'static str, String)> {
    let mut args = ticket_args(rt, t.id, t.priority, &t.lang, &t.topic);
    args.push(("minutes", ((at - t.created_at) / 60).to_string()));
    args
}

/// The ticket card: what an adviser needs to decide to take it, in Dutch: the headline (urgent
/// ones with the crisis reason), the support need, the parent's answers, the parent's own words.
pub fn card(rt: &Runtime, headline_id: &str, t: &Ticket, message: Option<&str>, at: i64) -> String {
    let mut args = queue_args(rt, t, at);
    args.push(("reason", crisis_reason(rt, t.crisis.as_deref())));
    let mut lines = vec![rt.desk_text(headline_id, &args)];
    if t.priority == Priority::Urgent {
        lines.push(rt.desk_text("desk-card-crisis", &args));
    }
    if let Some(n) = &t.need {
        lines.push(rt.desk_text("desk-card-need", &[("need", rt.desk_text(&format!("desk-need-{n}"), &[]))]));
    }
    if !t.summary.is_empty() {
        lines.push(rt.desk_text("desk-card-answers", &[]));
        lines.push(t.summary.clone());
    }
    if let Some(m) = message {
        lines.push(rt.desk_text(
            "desk-card-message",
            &[("lang", language_name(rt, &t.lang)), ("text", m.to_string())],
        ));
    }
    if t.adviser.is_none() {
        lines.push(rt.desk_text("desk-card-take", &args));
    }
    lines.join("\n")
}

/// Sends an announcement about ticket `t` to every advisers' chat in `notify`, in the main
/// timeline (a Matrix room shows it there and keeps the ticket's messages in a thread under it).
/// Terminal notify chats reach every adviser's console, so no console takes the feed from another.
pub async fn announce(rt: &Runtime, tx: &mut AnyConnection, t: &Ticket, text: &str, at: i64, out: &mut Vec<Outgoing>) -> Result<()> {
    for chat in notify_chats(rt) {
        let mut reply = Reply::headline(t.id, text);
        // A crisis alert goes out before anything else waiting.
        reply.urgent = t.priority == Priority::Urgent;
        out.push(store::outbox::enqueue(tx, &chat, &reply, at).await?);
    }
    Ok(())
}

/// The chats announcements go to: `notify`, with a terminal feed fanned out to the consoles.
pub fn notify_chats(rt: &Runtime) -> Vec<ChatId> {
    let mut out = vec![];
    for chat in &rt.config.notify {
        if chat.channel == crate::core::ids::Channel::Terminal {
            out.extend(rt.config.advisers.iter().map(|a| crate::core::config::console_of(&a.name)));
        } else {
            out.push(chat.clone());
        }
    }
    out.dedup();
    out
}

/// Where the parent's messages of a claimed ticket go: the ticket's threads in the advisers'
/// rooms, and the adviser's own chat when she took the ticket there or there is no thread. Never
/// a room she merely wrote in.
pub async fn adviser_places(rt: &Runtime, tx: &mut AnyConnection, t: &Ticket) -> Result<Vec<ChatId>> {
    let mut places: Vec<ChatId> = store::threads::chats_of(tx, t.id)
        .await?
        .iter()
        .filter_map(|c| c.parse().ok())
        .collect();
    if let Some(adviser) = &t.adviser {
        let current = store::desks::current(tx, adviser).await?;
        if places.is_empty() || current == Some(t.id) {
            places.push(rt.config.adviser_chat(adviser));
        }
    }
    places.dedup();
    Ok(places)
}

/// What the parent chose and answered, in the advisers' language, one line each; questions cut
/// at a word boundary.
pub fn summary(rt: &Runtime, answers: &[Answer]) -> String {
    answers
        .iter()
        .map(|a| {
            let q = rt.desk_text(&a.question, &[]);
            let q = shorten(q.lines().last().unwrap_or_default(), 90);
            let ans = if a.typed { a.answer.clone() } else { rt.desk_text(&a.answer, &[]) };
            format!("- {q} → {ans}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` cut to at most `max` characters at a word boundary, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', '.', ';', ':']))
}

/// A ticket's summary and record, one line each ("author: text").
pub async fn transcript(c: &mut AnyConnection, t: &Ticket) -> Result<String> {
    let mut lines = vec![];
    if !t.summary.is_empty() {
        lines.push(t.summary.clone());
    }
    for (author, text) in store::messages::list(c, t.id).await? {
        lines.push(format!("{author}: {text}"));
    }
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn summaries_are_cut_at_word_boundaries() {
        assert_eq!(super::shorten("Waar gaat uw vraag over?", 90), "Waar gaat uw vraag over?");
        assert_eq!(
            super::shorten("Bij een schorsing mag uw kind een korte tijd niet naar school, zegt de wet", 40),
            "Bij een schorsing mag uw kind een korte…"
        );
    }
}
