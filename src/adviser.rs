//! Adviser commands: /queue, /take N, /note, /done, /release, /canned, and relaying replies.

use anyhow::Result;
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};

use crate::engine::{Reply, State};
use crate::hub::{Hub, Inbound, Message};
use crate::store::{self, Outgoing, now};

/// What the bot remembers about an adviser between messages.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Desk {
    /// The ticket the adviser is working on; plain messages go to its parent.
    current: Option<i64>,
}

fn desk_key(name: &str) -> String {
    format!("adviser:{name}")
}

/// Makes `ticket` the adviser's current one, if they hold it (they wrote in its thread).
pub async fn focus(hub: &Hub, name: &str, ticket: i64) -> Result<()> {
    let _guard = hub.lock(&desk_key(name)).await;
    let mut tx = hub.store.begin().await?;
    if store::ticket_in(&mut tx, ticket)
        .await?
        .is_some_and(|t| t.status == "claimed" && t.adviser.as_deref() == Some(name))
    {
        set_desk(&mut tx, name, Some(ticket)).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn assign(tx: &mut AnyConnection, ticket: i64, adviser: &str) -> Result<()> {
    sqlx::query("UPDATE tickets SET status = 'claimed', adviser = $1, claimed_at = $2 WHERE id = $3")
        .bind(adviser)
        .bind(now())
        .bind(ticket)
        .execute(&mut *tx)
        .await?;
    set_desk(tx, adviser, Some(ticket)).await
}

async fn desk(tx: &mut AnyConnection, name: &str) -> Result<Desk> {
    let row = sqlx::query("SELECT data FROM sessions WHERE chat = $1")
        .bind(desk_key(name))
        .fetch_optional(tx)
        .await?;
    Ok(row
        .and_then(|r| r.try_get::<String, _>("data").ok())
        .and_then(|d| serde_json::from_str(&d).ok())
        .unwrap_or_default())
}

async fn set_desk(tx: &mut AnyConnection, name: &str, current: Option<i64>) -> Result<()> {
    sqlx::query("INSERT INTO sessions (chat, data, updated_at) VALUES ($1, $2, $3) ON CONFLICT (chat) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at")
        .bind(desk_key(name))
        .bind(serde_json::to_string(&Desk { current })?)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

pub async fn handle(hub: &Hub, name: &str, inb: Inbound) -> Result<Vec<Outgoing>> {
    let _guard = hub.lock(&desk_key(name)).await;
    let text = match &inb.message {
        Message::Text(t) => t.trim().to_string(),
        _ => String::new(),
    };
    let lang = hub.config.default_lang.clone();
    let me = inb.chat.clone();
    let mut out = vec![];
    // Lock the parent's chat before the transaction: with SQLite's single connection, waiting
    // for it inside the transaction could deadlock with the parent's own turn.
    let current = {
        let mut conn = hub.store.pool().acquire().await?;
        desk(&mut conn, name).await?.current
    };
    let target = text
        .strip_prefix("/take")
        .or_else(|| text.strip_prefix("/pak"))
        .and_then(|a| a.trim().trim_start_matches('#').parse::<i64>().ok())
        .or(current);
    // The ticket this turn is about, so the answers land in its thread on Matrix.
    let mut about = target;
    let parent_chat = match target {
        Some(id) => hub.store.ticket(id).await?.map(|t| t.chat),
        None => None,
    };
    let _parent = match &parent_chat {
        Some(c) => Some(hub.lock(c).await),
        None => None,
    };
    let mut tx = hub.store.begin().await?;
    let (cmd, arg) = match text.strip_prefix('/') {
        Some(rest) => match rest.split_once(char::is_whitespace) {
            Some((c, a)) => (c.to_lowercase(), a.trim().to_string()),
            None => (rest.to_lowercase(), String::new()),
        },
        None => (String::new(), text.clone()),
    };
    let say = |id: &str, args: &[(&str, String)]| Reply::text(hub.t(&lang, id, args));
    let mut replies: Vec<Reply> = vec![];
    match cmd.as_str() {
        "queue" | "wachtrij" => {
            let rows = sqlx::query("SELECT id, lang, topic, priority, status, adviser, created_at, due_at FROM tickets WHERE status <> 'closed' ORDER BY priority, created_at, id").fetch_all(&mut *tx).await?;
            if rows.is_empty() {
                replies.push(say("desk-queue-empty", &[]));
            }
            let mut lines = vec![];
            for r in rows {
                let mut args = row_args(hub, &r, now())?;
                let who: Option<String> = r.try_get("adviser")?;
                args.push(("adviser", who.unwrap_or_else(|| "-".into())));
                args.push((
                    "overdue",
                    if now() > r.try_get::<i64, _>("due_at")? && r.try_get::<String, _>("status")? == "open" {
                        "yes"
                    } else {
                        "no"
                    }
                    .into(),
                ));
                lines.push(hub.t(&lang, "desk-queue-line", &args));
            }
            if !lines.is_empty() {
                replies.push(Reply::text(lines.join("\n")));
            }
        }
        "take" | "pak" => match take_target(hub, &mut tx, &arg).await? {
            Some(id) => {
                // Atomic: only an open ticket can be claimed, so two advisers never hold one.
                let claimed =
                    sqlx::query("UPDATE tickets SET status = 'claimed', adviser = $1, claimed_at = $2 WHERE id = $3 AND status = 'open'")
                        .bind(name)
                        .bind(now())
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                about = Some(id);
                if claimed.rows_affected() == 1 {
                    tracing::info!(ticket = id, adviser = name, "claimed");
                    set_desk(&mut tx, name, Some(id)).await?;
                    let t = store::ticket_in(&mut tx, id).await?.expect("claimed");
                    replies.push(say("desk-taken", &hub.ticket_args(id, t.priority, &t.lang, &t.topic)));
                    replies.push(Reply::text(transcript(&mut tx, &t).await?));
                    let parent_lang = t.lang.clone();
                    out.push(store::enqueue(&mut tx, &t.chat, &Reply::text(hub.t(&parent_lang, "adviser-joined", &[]))).await?);
                } else {
                    match store::ticket_in(&mut tx, id).await? {
                        Some(t) if t.status == "claimed" && t.adviser.as_deref() == Some(name) => {
                            set_desk(&mut tx, name, Some(id)).await?;
                            replies.push(say("desk-taken", &hub.ticket_args(id, t.priority, &t.lang, &t.topic)));
                        }
                        Some(t) if t.status == "claimed" => replies.push(say(
                            "desk-taken-by-other",
                            &[("id", id.to_string()), ("adviser", t.adviser.unwrap_or_default())],
                        )),
                        _ => replies.push(say("desk-unknown-ticket", &[("id", id.to_string())])),
                    }
                }
            }
            None if arg.is_empty() => replies.push(say("desk-queue-empty", &[])),
            None => replies.push(say("desk-help", &[])),
        },
        "note" | "notitie" | "done" | "klaar" | "release" | "vrijgeven" | "canned" | "standaard" | "" => {
            let ticket = match current {
                Some(id) => store::ticket_in(&mut tx, id)
                    .await?
                    .filter(|t| t.status == "claimed" && t.adviser.as_deref() == Some(name)),
                None => None,
            };
            let Some(t) = ticket else {
                replies.push(say("desk-no-ticket", &[]));
                return finish(tx, &me, replies, out, about).await;
            };
            let id = t.id.to_string();
            match cmd.as_str() {
                "note" | "notitie" if !arg.is_empty() => {
                    store::add_message(&mut tx, t.id, "note", &arg).await?;
                    replies.push(say("desk-noted", &[("id", id)]));
                }
                "done" | "klaar" if !arg.is_empty() => {
                    sqlx::query("UPDATE tickets SET status = 'closed', outcome = $1, closed_at = $2 WHERE id = $3")
                        .bind(&arg)
                        .bind(now())
                        .bind(t.id)
                        .execute(&mut *tx)
                        .await?;
                    set_desk(&mut tx, name, None).await?;
                    let plang = hub.set_parent_state(&mut tx, &t.chat, State::Idle).await?;
                    out.push(store::enqueue(&mut tx, &t.chat, &Reply::text(hub.t(&plang, "ticket-closed", &[]))).await?);
                    replies.push(say("desk-closed", &[("id", id), ("outcome", arg.clone())]));
                }
                "release" | "vrijgeven" => {
                    sqlx::query("UPDATE tickets SET status = 'open', adviser = NULL, preferred_adviser = NULL WHERE id = $1")
                        .bind(t.id)
                        .execute(&mut *tx)
                        .await?;
                    set_desk(&mut tx, name, None).await?;
                    replies.push(say("desk-released", &[("id", id)]));
                    hub.notify_advisers(
                        &mut tx,
                        "desk-new-ticket",
                        &hub.ticket_args(t.id, t.priority, &t.lang, &t.topic),
                        &mut out,
                    )
                    .await?;
                }
                "canned" | "standaard" => {
                    let key = format!("canned-{}", arg.trim());
                    if arg.is_empty() || !hub.catalog.locales.known(&key) {
                        let names = canned_names(hub);
                        replies.push(say("desk-unknown-canned", &[("name", arg.clone()), ("names", names.join(", "))]));
                    } else {
                        // The parent reads it in their own language; the adviser sees what went out.
                        let text = hub.t(&t.lang, &key, &[]);
                        relay(&mut tx, &t, &text, &mut out).await?;
                        replies.push(say("desk-sent-canned", &[("lang", t.lang.clone()), ("text", text)]));
                    }
                }
                "" if !arg.is_empty() => relay(&mut tx, &t, &arg, &mut out).await?,
                _ => replies.push(say("desk-help", &[])),
            }
        }
        _ => replies.push(say("desk-help", &[])),
    }
    finish(tx, &me, replies, out, about).await
}

/// `/take N` takes ticket N; a bare `/take` takes the most pressing open ticket.
async fn take_target(hub: &Hub, tx: &mut AnyConnection, arg: &str) -> Result<Option<i64>> {
    if arg.is_empty() {
        return hub.store.next_open(tx).await;
    }
    Ok(arg.trim_start_matches('#').parse::<i64>().ok())
}

async fn relay(tx: &mut AnyConnection, t: &store::Ticket, text: &str, out: &mut Vec<Outgoing>) -> Result<()> {
    store::add_message(tx, t.id, "adviser", text).await?;
    sqlx::query("UPDATE tickets SET first_response_at = $1 WHERE id = $2 AND first_response_at IS NULL")
        .bind(now())
        .bind(t.id)
        .execute(&mut *tx)
        .await?;
    out.push(store::enqueue(tx, &t.chat, &Reply::text(text.to_string())).await?);
    Ok(())
}

async fn transcript(tx: &mut AnyConnection, t: &store::Ticket) -> Result<String> {
    let rows = sqlx::query("SELECT author, text FROM ticket_messages WHERE ticket_id = $1 ORDER BY id")
        .bind(t.id)
        .fetch_all(&mut *tx)
        .await?;
    let mut lines = vec![];
    if !t.summary.is_empty() {
        lines.push(t.summary.clone());
    }
    for r in rows {
        lines.push(format!(
            "{}: {}",
            r.try_get::<String, _>("author")?,
            r.try_get::<String, _>("text")?
        ));
    }
    Ok(lines.join("\n"))
}

fn canned_names(hub: &Hub) -> Vec<String> {
    hub.catalog
        .locales
        .get(crate::i18n::SOURCE_LANG)
        .map(|l| l.ids.iter().filter_map(|i| i.strip_prefix("canned-").map(str::to_string)).collect())
        .unwrap_or_default()
}

async fn finish(mut tx: store::Tx, me: &str, replies: Vec<Reply>, out: Vec<Outgoing>, about: Option<i64>) -> Result<Vec<Outgoing>> {
    let mut all = vec![];
    for r in replies {
        all.push(
            store::enqueue(
                &mut tx,
                me,
                &Reply {
                    ticket: r.ticket.or(about),
                    ..r
                },
            )
            .await?,
        );
    }
    all.extend(out);
    tx.commit().await?;
    Ok(all)
}

/// Announces again every open ticket whose first-response deadline has passed, at most once per
/// `REANNOUNCE` seconds. Run it periodically.
pub async fn announce_overdue(hub: &Hub, at: i64) -> Result<Vec<Outgoing>> {
    const REANNOUNCE: i64 = 30 * 60;
    let mut tx = hub.store.begin().await?;
    let rows = sqlx::query("SELECT id, lang, topic, priority, created_at FROM tickets WHERE status = 'open' AND due_at < $1 AND (announced_at IS NULL OR announced_at < $2) ORDER BY priority, created_at")
        .bind(at)
        .bind(at - REANNOUNCE)
        .fetch_all(&mut *tx)
        .await?;
    let mut out = vec![];
    for r in rows {
        let id: i64 = r.try_get("id")?;
        let args = row_args(hub, &r, at)?;
        hub.notify_advisers(&mut tx, "desk-overdue", &args, &mut out).await?;
        sqlx::query("UPDATE tickets SET announced_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(out)
}

/// A queue row as message arguments: number, priority, language, topic, minutes waiting.
fn row_args(hub: &Hub, r: &sqlx::any::AnyRow, at: i64) -> Result<Vec<(&'static str, String)>> {
    let mut args = hub.ticket_args(
        r.try_get("id")?,
        crate::queue::Priority::from_rank(r.try_get("priority")?),
        &r.try_get::<String, _>("lang")?,
        &r.try_get::<String, _>("topic")?,
    );
    args.push(("minutes", ((at - r.try_get::<i64, _>("created_at")?) / 60).to_string()));
    Ok(args)
}
