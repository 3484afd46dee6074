//! The parent controls their data: what is kept, shown on request (/mydata), and the retention
//! rule that erases old records. The statements are in `store::privacy`.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::Session;
use crate::core::ids::{Author, ChatId};
use crate::runtime::Runtime;
use crate::store;

/// A readable account of what is stored about this chat, in the parent's language.
pub async fn export(rt: &Runtime, c: &mut AnyConnection, chat: &ChatId, session: &Session) -> Result<String> {
    let lang = session.lang_or(&rt.config.default_lang);
    let t = |id: &str, args: &[(&str, String)]| rt.catalog.locales.text(lang, id, args);
    let mut lines = vec![t("mydata-header", &[])];
    lines.push(t("mydata-language", &[("lang", session.lang.clone().unwrap_or_default())]));
    for a in &session.answers {
        let answer = if a.typed { a.answer.clone() } else { t(&a.answer, &[]) };
        lines.push(format!("- {answer}"));
    }
    for ticket in store::tickets::of_chat(c, &chat.to_string()).await? {
        lines.push(t(
            "mydata-ticket",
            &[("id", ticket.id.to_string()), ("status", ticket.status.to_string())],
        ));
        for (author, text) in store::messages::list(c, ticket.id).await? {
            if matches!(author, Author::Parent | Author::Adviser) {
                lines.push(format!("  {author}: {text}"));
            }
        }
    }
    lines.push(t("mydata-footer", &[]));
    Ok(lines.join("\n"))
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
