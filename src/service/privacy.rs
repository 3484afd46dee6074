//! The parent controls their data: what is kept, shown on request (/mydata), and the retention
//! rule that erases old records. The statements are in `store::privacy`.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::Session;
use crate::core::ids::{Author, ChatId, SupportNeed, TicketStatus};
use crate::runtime::Runtime;
use crate::store;

/// A readable account of what is stored about this chat, in the parent's language.
pub async fn export(rt: &Runtime, c: &mut AnyConnection, chat: &ChatId, session: &Session) -> Result<String> {
    let lang = session.lang_or(&rt.config.default_lang);
    let t = |id: &str, args: &[(&str, String)]| rt.catalog.locales.text(lang, id, args);
    let mut lines = vec![t("mydata-header", &[])];
    lines.push(t("mydata-language", &[("language", t("language-name", &[]))]));
    if let Some(region) = &session.region {
        let name = t(&format!("region-{region}"), &[]);
        lines.push(t("mydata-region", &[("region", name)]));
    }
    if let Some(need) = session.need {
        lines.push(t("mydata-need", &[("need", t(need_label(need), &[]))]));
    }
    if !session.answers.is_empty() {
        lines.push(t("mydata-answers", &[]));
    }
    for a in &session.answers {
        let answer = if a.typed { a.answer.clone() } else { t(&a.answer, &[]) };
        lines.push(format!("- {answer}"));
    }
    let tickets = store::tickets::of_chat(c, &chat.to_string()).await?;
    let read = store::web::read_by_adviser(c, &chat.to_string()).await?;
    let later = store::scheduled::of_chat(c, &chat.to_string()).await?;
    if session.answers.is_empty() && tickets.is_empty() && later.is_empty() {
        lines.push(t("mydata-nothing", &[]));
    }
    for s in &later {
        let date = crate::core::calendar::parse_day(&s.due).map_or_else(|| s.due.clone(), |d| crate::core::dates::long(lang, d));
        let id = match s.what {
            store::scheduled::What::Reminder => "mydata-reminder",
            store::scheduled::What::FollowUp => "mydata-followup",
        };
        lines.push(t(id, &[("date", date)]));
    }
    for ticket in tickets {
        let id = match ticket.status {
            TicketStatus::Open => "mydata-ticket-open",
            TicketStatus::Claimed => "mydata-ticket-claimed",
            TicketStatus::Closed => "mydata-ticket-closed",
        };
        lines.push(t(id, &[("id", ticket.id.to_string())]));
        for (author, text) in store::messages::list(c, ticket.id).await? {
            match author {
                Author::Parent => lines.push(format!("- {}", t("mydata-you", &[("text", text)]))),
                Author::Adviser => lines.push(format!("- {}", t("mydata-adviser", &[("text", text)]))),
                _ => {}
            }
        }
    }
    if read {
        lines.push(t("mydata-read", &[]));
    }
    lines.push(t("mydata-footer", &[]));
    Ok(lines.join("\n"))
}

/// The message id of a support need's choice label (flows' `need-c-*`).
fn need_label(n: SupportNeed) -> &'static str {
    match n {
        SupportNeed::Physical => "need-c-fysiek",
        SupportNeed::Behaviour => "need-c-gedrag",
        SupportNeed::Autism => "need-c-autisme",
        SupportNeed::Learning => "need-c-leren",
        SupportNeed::Anxiety => "need-c-psychisch",
        SupportNeed::Gifted => "need-c-hoogbegaafd",
        SupportNeed::Other => "need-c-anders",
        SupportNeed::Skipped => "need-c-skip",
    }
}

/// Retention: transcripts of tickets closed more than `days` ago are erased, idle sessions and
/// old update ids go too.
pub async fn purge(rt: &Runtime, at: i64, days: i64) -> Result<store::privacy::Purged> {
    let mut tx = rt.store.begin().await?;
    let done = store::privacy::purge(&mut tx, at - days * 86_400).await?;
    store::updates::prune(&mut tx, at - 7 * 86_400).await?;
    tx.commit().await?;
    Ok(done)
}
