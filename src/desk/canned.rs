//! `/canned NAME`: a ready-made reply (a `canned-NAME` message) in the parent's language.

use anyhow::Result;
use sqlx::AnyConnection;

use super::{Desk, relay};
use crate::core::i18n::SOURCE_LANG;
use crate::store::Ticket;

/// Sends the canned reply, or lists the names.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, name: &str) -> Result<()> {
    let key = format!("canned-{}", name.trim());
    if name.is_empty() || !desk.rt.catalog.locales.known(&key) {
        let names = names(desk);
        desk.say("desk-unknown-canned", &[("name", name.to_string()), ("names", names.join(", "))]);
        return Ok(());
    }
    // The parent reads it in their own language; the adviser sees what went out.
    let text = desk.rt.catalog.locales.text(&t.lang, &key, &[]);
    relay::send(desk, tx, t, &text).await?;
    desk.say("desk-sent-canned", &[("lang", t.lang.clone()), ("text", text)]);
    Ok(())
}

/// The names of the canned replies.
pub fn names(desk: &Desk<'_>) -> Vec<String> {
    desk.rt
        .catalog
        .locales
        .get(SOURCE_LANG)
        .map(|l| l.ids.iter().filter_map(|i| i.strip_prefix("canned-").map(str::to_string)).collect())
        .unwrap_or_default()
}
