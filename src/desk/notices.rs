//! What advisers are told about tickets: the message arguments of a ticket, the notices to the
//! advisers' chats, a ticket's summary and record.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::{Answer, Reply};
use crate::core::ids::TicketId;
use crate::core::queue::Priority;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing, Ticket};

/// A ticket as message arguments: number, priority, language, topic title.
pub fn ticket_args(rt: &Runtime, id: TicketId, priority: Priority, lang: &str, topic: &str) -> Vec<(&'static str, String)> {
    let topic_name = rt
        .catalog
        .flows
        .get(topic)
        .map(|f| rt.desk_text(&f.title, &[]))
        .unwrap_or_else(|| topic.to_string());
    vec![
        ("id", id.to_string()),
        ("priority", priority.as_str().to_string()),
        ("lang", lang.to_string()),
        ("topic", topic_name),
    ]
}

/// A queue line's arguments: the ticket's, plus minutes waiting at `at`.
pub fn queue_args(rt: &Runtime, t: &Ticket, at: i64) -> Vec<(&'static str, String)> {
    let mut args = ticket_args(rt, t.id, t.priority, &t.lang, &t.topic);
    args.push(("minutes", ((at - t.created_at) / 60).to_string()));
    args
}

/// Sends message `id` to every advisers' chat in `notify`.
pub async fn notify_advisers(
    rt: &Runtime,
    tx: &mut AnyConnection,
    id: &str,
    args: &[(&str, String)],
    at: i64,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let text = rt.desk_text(id, args);
    let ticket = args.iter().find(|(k, _)| *k == "id").and_then(|(_, v)| v.parse().ok());
    for chat in &rt.config.notify {
        let reply = Reply {
            ticket,
            ..Reply::text(text.clone())
        };
        out.push(store::outbox::enqueue(tx, chat, &reply, at).await?);
    }
    Ok(())
}

/// What the parent chose and answered, in the advisers' language, one line each.
pub fn summary(rt: &Runtime, answers: &[Answer]) -> String {
    answers
        .iter()
        .map(|a| {
            let q = rt.desk_text(&a.question, &[]);
            let q: String = q.lines().next().unwrap_or_default().chars().take(80).collect();
            let ans = if a.typed { a.answer.clone() } else { rt.desk_text(&a.answer, &[]) };
            format!("- {q} → {ans}")
        })
        .collect::<Vec<_>>()
        .join("\n")
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
