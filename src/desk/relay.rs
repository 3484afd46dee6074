//! Plain text from an adviser: to the parent of the ticket it belongs to, labelled with her name
//! so the parent knows a person is writing. In her private chat every relayed message is
//! confirmed ("→ #12, Arabisch").

use anyhow::Result;
use sqlx::AnyConnection;

use super::{Desk, notices};
use crate::core::engine::Reply;
use crate::core::ids::Author;
use crate::store::{self, Ticket};

/// Relays the text, or explains the commands when there is none.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, text: &str) -> Result<()> {
    if text.is_empty() {
        desk.say("desk-help", &[]);
        return Ok(());
    }
    send(desk, tx, t, text).await?;
    if desk.private {
        desk.say(
            "desk-relayed",
            &[("id", t.id.to_string()), ("lang", notices::language_name(desk.rt, &t.lang))],
        );
    }
    Ok(())
}

/// Records the adviser's words with the message that carries them to the parent, under her
/// name (so the inbox can say whether they arrived).
pub async fn send(desk: &mut Desk<'_>, tx: &mut AnyConnection, t: &Ticket, text: &str) -> Result<()> {
    store::tickets::responded(tx, t.id, desk.at).await?;
    let mut name: Vec<char> = desk.name.chars().collect();
    if let Some(first) = name.first_mut() {
        *first = first.to_uppercase().next().unwrap_or(*first);
    }
    let label = desk
        .rt
        .catalog
        .locales
        .text(&t.lang, "adviser-says", &[("name", name.into_iter().collect())]);
    match t.chat.parse() {
        Ok(chat) => {
            let reply = Reply {
                person: true,
                ..Reply::text(format!("{label}\n{text}"))
            };
            let outbox = desk.send(tx, &chat, &reply).await?;
            store::messages::add_reply(tx, t.id, text, outbox, desk.at).await?;
        }
        Err(_) => store::messages::add(tx, t.id, Author::Adviser, text, desk.at).await?,
    }
    Ok(())
}
