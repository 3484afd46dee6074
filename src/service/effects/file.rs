//! `KeepFile`: a photo or document the parent sent while their ticket is open is kept with the
//! ticket (for the web inbox), and the adviser hears of it where the parent's words go.

use anyhow::Result;
use sqlx::AnyConnection;

use crate::core::engine::Reply;
use crate::core::ids::ChatId;
use crate::core::inbound::Attachment;
use crate::desk::notices;
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// Keeps the file with the chat's open ticket and tells the advisers.
pub async fn keep(rt: &Runtime, tx: &mut AnyConnection, chat: &ChatId, file: &Attachment, at: i64, out: &mut Vec<Outgoing>) -> Result<()> {
    let Some(t) = store::tickets::open_of(tx, &chat.to_string()).await? else {
        return Ok(());
    };
    store::files::add(tx, t.id, &file.name, &file.mime, &file.bytes, at).await?;
    let text = rt.desk_text(
        "desk-file",
        &[
            ("id", t.id.to_string()),
            ("name", file.name.clone()),
            ("kb", (file.bytes.len() / 1024).max(1).to_string()),
        ],
    );
    let places = if t.adviser.is_some() {
        notices::adviser_places(rt, tx, &t).await?
    } else {
        notices::notify_chats(rt)
    };
    for place in places {
        out.push(store::outbox::enqueue(tx, &place, &Reply::about(t.id, text.clone()), at).await?);
    }
    Ok(())
}
