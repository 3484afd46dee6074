//! Sending what parents asked to hear later: reminders a week before a deadline and the 4-week
//! follow-up. Run by the upkeep every minute; rows live in the database, so a restart loses
//! nothing, and each row is taken in the transaction that sends it, so with several instances
//! on one PostgreSQL database each message goes out once.

use anyhow::Result;
use time::Duration;

use super::batch::Batch;
use crate::core::calendar::{iso, parse_day};
use crate::core::engine::{self, REMIND_DAYS_BEFORE, Session, Wake};
use crate::core::ids::ChatId;
use crate::runtime::Runtime;
use crate::store::scheduled::{self, What};
use crate::store::{self, Outgoing};

/// Messages are sent from this hour of the office's day: a reminder does not wake a parent.
pub const SEND_FROM_HOUR: u8 = 9;
/// At most this many per upkeep run (the rest follow a minute later).
const PER_RUN: i64 = 200;

/// Sends what is due at `at`. Returns the messages to deliver.
pub async fn send_due(rt: &Runtime, at: i64) -> Result<Vec<Outgoing>> {
    let (today, hour) = rt.config.hours.local_date_and_hour(at);
    let upto = if hour >= SEND_FROM_HOUR { today } else { today - Duration::days(1) };
    let due = scheduled::due(&mut *rt.store.conn().await?, &iso(upto), PER_RUN).await?;
    let mut out = vec![];
    for (id, item) in due {
        let Ok(chat) = item.chat.parse::<ChatId>() else {
            // Not a chat this version can write to: drop it rather than retry forever.
            scheduled::take(&mut *rt.store.conn().await?, id).await?;
            continue;
        };
        let wake = match item.what {
            What::Reminder => {
                let deadline = parse_day(&item.due).unwrap_or(today) + Duration::days(REMIND_DAYS_BEFORE);
                Wake::Reminder {
                    kind: item.kind.clone(),
                    deadline,
                }
            }
            What::FollowUp => Wake::FollowUp { topic: item.kind.clone() },
        };
        out.extend(send_one(rt, at, id, &chat, &wake).await?);
    }
    Ok(out)
}

/// One scheduled message, in one transaction: taken from the table, said by the engine against
/// the parent's session, the session and the message stored.
async fn send_one(rt: &Runtime, at: i64, id: i64, chat: &ChatId, wake: &Wake) -> Result<Vec<Outgoing>> {
    let key = chat.to_string();
    let _guard = rt.locks.lock(&key).await;
    let mut tx = rt.store.begin().await?;
    rt.store.lock_chat(&mut tx, &key).await?;
    if !scheduled::take(&mut tx, id).await? {
        return Ok(vec![]);
    }
    let session: Session = store::sessions::load(&mut tx, &key).await?.unwrap_or_default();
    let outcome = engine::wake(&rt.ctx(at), &session, wake);
    let mut batch = Batch::default();
    for r in &outcome.replies {
        batch.send(chat, r);
    }
    batch.save_session(chat, &outcome.session);
    let out = batch.flush(&mut tx, at).await?;
    tx.commit().await?;
    Ok(out)
}
