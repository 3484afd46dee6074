//! Where tickets are discussed on the platforms: a ticket's thread (Matrix) or forum topic
//! (Telegram) in an advisers' room, and an adviser's one-to-one room with the bot.

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use crate::core::ids::TicketId;

/// The thread of `ticket` in `chat`, if one was started.
pub async fn thread_of(c: &mut AnyConnection, ticket: TicketId, chat: &str) -> Result<Option<String>> {
    let row = sqlx::query("SELECT thread FROM ticket_threads WHERE ticket_id = $1 AND chat = $2")
        .bind(ticket)
        .bind(chat)
        .fetch_optional(c)
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("thread")?),
        None => None,
    })
}

/// Every chat where `ticket` has a thread.
pub async fn chats_of(c: &mut AnyConnection, ticket: TicketId) -> Result<Vec<String>> {
    let rows = sqlx::query("SELECT chat FROM ticket_threads WHERE ticket_id = $1 ORDER BY chat")
        .bind(ticket)
        .fetch_all(c)
        .await?;
    rows.iter().map(|r| Ok(r.try_get("chat")?)).collect()
}

/// The ticket whose thread `thread` is in `chat`, if any.
pub async fn ticket_of(c: &mut AnyConnection, chat: &str, thread: &str) -> Result<Option<TicketId>> {
    let row = sqlx::query("SELECT ticket_id FROM ticket_threads WHERE chat = $1 AND thread = $2")
        .bind(chat)
        .bind(thread)
        .fetch_optional(c)
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("ticket_id")?),
        None => None,
    })
}

/// Remembers the thread of a ticket in a chat.
pub async fn set_thread(c: &mut AnyConnection, ticket: TicketId, chat: &str, thread: &str) -> Result<()> {
    sqlx::query("INSERT INTO ticket_threads (ticket_id, chat, thread) VALUES ($1, $2, $3) ON CONFLICT (ticket_id, chat) DO UPDATE SET thread = excluded.thread")
        .bind(ticket)
        .bind(chat)
        .bind(thread)
        .execute(c)
        .await?;
    Ok(())
}

/// The one-to-one room of a person with the bot, if known.
pub async fn direct_room(c: &mut AnyConnection, person: &str) -> Result<Option<String>> {
    let row = sqlx::query("SELECT room FROM direct_rooms WHERE person = $1")
        .bind(person)
        .fetch_optional(c)
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("room")?),
        None => None,
    })
}

/// Remembers a person's one-to-one room with the bot.
pub async fn set_direct_room(c: &mut AnyConnection, person: &str, room: &str) -> Result<()> {
    sqlx::query("INSERT INTO direct_rooms (person, room) VALUES ($1, $2) ON CONFLICT (person) DO UPDATE SET room = excluded.room")
        .bind(person)
        .bind(room)
        .execute(c)
        .await?;
    Ok(())
}
