//! `Forget`: everything about the parent is erased; only the goodbye is sent.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::{Reply, Session};
use crate::core::ids::ChatId;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// Erases the chat and sends the confirmation, which is kept nowhere once delivered.
pub async fn forget(
    rt: &Runtime,
    tx: &mut AnyConnection,
    chat: &ChatId,
    session: &Session,
    at: i64,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let key = chat.to_string();
    // An adviser working on the parent's question hears that it is gone (without its content:
    // the thread and the record go with it).
    if let Some(t) = store::tickets::open_of(tx, &key).await? {
        let text = rt.desk_text("desk-parent-forgot", &[("id", t.id.to_string())]);
        let places = match &t.adviser {
            Some(_) => crate::desk::notices::adviser_places(rt, tx, &t).await?,
            None => crate::desk::notices::notify_chats(rt),
        };
        for place in places {
            out.push(store::outbox::enqueue(tx, &place, &Reply::text(text.clone()), at).await?);
        }
    }
    store::privacy::forget(tx, &key).await?;
    out.retain(|o| o.chat != *chat);
    let lang = session.lang_or(&rt.config.default_lang);
    let text = rt.catalog.locales.text(lang, "forget-done", &[]);
    out.push(store::outbox::enqueue(tx, chat, &Reply::text(text), at).await?);
    Ok(())
}
