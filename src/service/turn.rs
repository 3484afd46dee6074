//! Parents' turns: feeds inputs to the engine, stores the result and carries out effects, all
//! in one transaction per input, or per batch of inputs when a platform delivers several at once.

use std::collections::HashMap;

use anyhow::Result;
use sqlx::AnyConnection;

use super::batch::Batch;
use super::{effects, stats};
use crate::core::calendar::day_of;
use crate::core::engine::{self, Effect, Session};
use crate::core::inbound::{Inbound, pseudonym};
use crate::runtime::Runtime;
use crate::store::{self, Outgoing};

/// Parents' turns in one transaction: the update log, sessions and writes are read and written
/// for the whole batch at once. Returns what to send, in order.
pub async fn handle_parents(rt: &Runtime, batch_in: &[Inbound]) -> Result<Vec<Outgoing>> {
    // Chats locked in one order, so two batches never wait for each other in a circle.
    let mut chats: Vec<String> = batch_in.iter().map(|i| i.chat.to_string()).collect();
    chats.sort_unstable();
    chats.dedup();
    let mut guards = Vec::with_capacity(chats.len());
    for chat in &chats {
        guards.push(rt.locks.lock(chat).await);
    }
    let at = rt.now();
    let mut tx = rt.store.begin().await?;
    // Several instances may share one PostgreSQL database: one turn per chat at a time.
    for chat in &chats {
        rt.store.lock_chat(&mut tx, chat).await?;
    }
    // The update log is written first, in the same transaction: a redelivered update finds it
    // and is dropped, even when another instance handled it.
    let updates: Vec<(&str, &str)> = batch_in
        .iter()
        .filter_map(|i| Some((i.chat.channel.as_str(), i.update.as_deref()?)))
        .collect();
    let mut fresh = store::updates::mark_processed(&mut tx, &updates, at).await?;
    let chat_refs: Vec<&str> = chats.iter().map(String::as_str).collect();
    let mut sessions = store::sessions::load_many(&mut tx, &chat_refs).await?;
    let mut batch = Batch::default();
    let mut out = vec![];
    for inb in batch_in {
        if let Some(u) = &inb.update
            && !fresh.remove(&(inb.chat.channel.as_str().to_string(), u.clone()))
        {
            continue;
        }
        turn(rt, &mut tx, inb, at, &mut sessions, &mut batch, &mut out).await?;
    }
    out.extend(batch.flush(&mut tx, at).await?);
    tx.commit().await?;
    if batch.forgot {
        rt.store.mark_erased(at);
        if let Err(e) = rt.store.scrub().await {
            // The rows are gone; the next upkeep run scrubs the files again.
            tracing::warn!("scrub after /forget: {e:#}");
        }
    }
    out.sort_by_key(|o| o.id);
    Ok(out)
}

/// One parent's turn: the engine decides; plain writes are gathered in `batch`, effects
/// (tickets, forgetting, an export) are carried out at once, after what was gathered.
async fn turn(
    rt: &Runtime,
    tx: &mut AnyConnection,
    inb: &Inbound,
    at: i64,
    sessions: &mut HashMap<String, Session>,
    batch: &mut Batch,
    out: &mut Vec<Outgoing>,
) -> Result<()> {
    let key = inb.chat.to_string();
    let channel = inb.chat.channel.as_str();
    let started = std::time::Instant::now();
    metrics::counter!("wegwijzer_updates_total", "channel" => channel).increment(1);
    let session = sessions.get(&key).cloned().unwrap_or_default();
    let mut ctx = rt.ctx(at);
    // Only Telegram shows choices as buttons; Matrix and the terminal number them.
    ctx.buttons = inb.chat.channel == crate::core::ids::Channel::Telegram;
    let mut outcome = engine::step(&ctx, &session, &inb.input(), inb.lang_hint.as_deref());
    // What happened, never what was said.
    tracing::info!(
        chat = %pseudonym(&inb.chat),
        lang = outcome.session.lang.as_deref().unwrap_or("-"),
        state = outcome.session.state.name(),
        replies = outcome.replies.len(),
        effects = ?outcome.effects.iter().map(Effect::name).collect::<Vec<_>>(),
        "turn"
    );
    stats::count(batch, &day_of(at), &rt.config.default_lang, &session, &mut outcome);
    for r in &outcome.replies {
        batch.send(&inb.chat, r);
    }
    if !outcome.effects.is_empty() {
        // Effects write directly: what was gathered goes first, to keep the order.
        out.extend(batch.flush(tx, at).await?);
    }
    let forget = outcome.effects.contains(&Effect::Forget);
    for effect in &outcome.effects {
        effects::apply(rt, tx, inb, &outcome.session, effect, at, out).await?;
    }
    if forget {
        // Forgetting comes last: it also takes what the other effects wrote for this chat.
        effects::forget(rt, tx, &inb.chat, &outcome.session, at, out).await?;
        sessions.remove(&key);
        batch.forgot = true;
    } else {
        batch.save_session(&inb.chat, &outcome.session);
        sessions.insert(key, outcome.session);
    }
    metrics::counter!("wegwijzer_replies_total", "channel" => channel).increment(outcome.replies.len() as u64);
    metrics::histogram!("wegwijzer_turn_seconds", "channel" => channel).record(started.elapsed().as_secs_f64());
    Ok(())
}
