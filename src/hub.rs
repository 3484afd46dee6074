//! The hub: feeds inputs to the engine, stores the result and carries out effects, all in
//! one transaction per input, or per batch of inputs when a platform delivers several at once.
//! Channels only translate platform events to `Inbound`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use sqlx::AnyConnection;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::engine::{self, Answer, Ctx, Effect, Input, Reply, Session, State};
use crate::queue::Priority;
use crate::store::{self, NewTicket, Outgoing, Pending, Store, now};

/// One message from a platform, already read into an engine input.
#[derive(Debug, Clone)]
pub struct Inbound {
    /// "channel:id", e.g. "telegram:12345"; the chat the answer goes to.
    pub chat: String,
    /// The platform's update id, so a redelivered update is handled once.
    pub update: Option<String>,
    /// The platform's idea of the user's language (Telegram's language_code).
    pub lang_hint: Option<String>,
    pub message: Message,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Typed text, commands included.
    Text(String),
    /// A pressed button: its index and the session step it was shown at, if the platform keeps it.
    Button { index: usize, step: Option<u64> },
    /// A photo, voice note, sticker or file.
    Unsupported,
}

impl Inbound {
    pub fn text(chat: &str, text: &str) -> Inbound {
        Inbound {
            chat: chat.into(),
            update: None,
            lang_hint: None,
            message: Message::Text(text.into()),
        }
    }
}

/// A chat's stand-in for logs: a salted hash, so logs never hold a chat id in clear.
pub fn pseudonym(chat: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    static SALT: std::sync::LazyLock<std::collections::hash_map::RandomState> = std::sync::LazyLock::new(Default::default);
    let mut h = SALT.build_hasher();
    h.write(chat.as_bytes());
    format!("{:08x}", h.finish() as u32)
}

pub struct Hub {
    pub catalog: Arc<Catalog>,
    pub store: Store,
    pub config: Arc<Config>,
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl Hub {
    pub fn new(catalog: Arc<Catalog>, store: Store, config: Arc<Config>) -> Hub {
        Hub {
            catalog,
            store,
            config,
            locks: Mutex::new(HashMap::new()),
        }
    }

    /// Inputs of one chat are handled one at a time, in order.
    pub(crate) async fn lock(&self, chat: &str) -> tokio::sync::OwnedMutexGuard<()> {
        let m = self.locks.lock().expect("lock map").entry(chat.to_string()).or_default().clone();
        m.lock_owned().await
    }

    pub(crate) fn t(&self, lang: &str, id: &str, args: &[(&str, String)]) -> String {
        self.catalog.locales.text(lang, id, args)
    }

    /// Handles one inbound message; returns what to send, already stored in the outbox.
    pub async fn handle(&self, inb: Inbound) -> Result<Vec<Outgoing>> {
        if let Some(name) = self.config.adviser_of(&inb.chat) {
            let name = name.to_string();
            return crate::adviser::handle(self, &name, inb).await;
        }
        self.handle_run(std::slice::from_ref(&inb)).await
    }

    /// Handles a batch (one poll of a platform), in order, with one transaction for the parents'
    /// turns: one commit for the lot is what lets SQLite's single writer keep up with thousands
    /// of parents. If that transaction fails, each message is handled on its own, so one bad
    /// turn costs no other parent an answer; after a failure a chat's later messages wait too,
    /// to keep its order. Returns, per message, whether it was stored.
    pub async fn handle_all(&self, inbs: &[Inbound]) -> Vec<Result<()>> {
        let mut results = Vec::with_capacity(inbs.len());
        let mut rest = inbs;
        while !rest.is_empty() {
            // Adviser commands take their own transactions: they go one by one, between runs.
            let n = rest.iter().take_while(|i| self.config.adviser_of(&i.chat).is_none()).count();
            if n == 0 {
                results.push(self.handle(rest[0].clone()).await.map(|_| ()));
                rest = &rest[1..];
                continue;
            }
            let (run, after) = rest.split_at(n);
            match self.handle_run(run).await {
                Ok(_) => results.extend(run.iter().map(|_| Ok(()))),
                Err(e) => {
                    tracing::warn!("a batch of {n} turns failed, handling them one by one: {e:#}");
                    let mut failed: Vec<&str> = vec![];
                    for inb in run {
                        let r = if failed.contains(&inb.chat.as_str()) {
                            Err(anyhow::anyhow!("an earlier message of this chat failed"))
                        } else {
                            self.handle(inb.clone()).await.map(|_| ())
                        };
                        if r.is_err() {
                            failed.push(&inb.chat);
                        }
                        results.push(r);
                    }
                }
            }
            rest = after;
        }
        results
    }

    /// Parents' turns in one transaction: the update log, sessions and writes are read and
    /// written for the whole run at once. Returns what to send, in order.
    async fn handle_run(&self, run: &[Inbound]) -> Result<Vec<Outgoing>> {
        // Chats locked in one order, so two batches never wait for each other in a circle.
        let mut chats: Vec<&str> = run.iter().map(|i| i.chat.as_str()).collect();
        chats.sort_unstable();
        chats.dedup();
        let mut guards = Vec::with_capacity(chats.len());
        for chat in &chats {
            guards.push(self.lock(chat).await);
        }
        let mut tx = self.store.begin().await?;
        // Several instances may share one PostgreSQL database: one turn per chat at a time.
        for chat in &chats {
            self.store.lock_chat(&mut tx, chat).await?;
        }
        // The update log is written first, in the same transaction: a redelivered update
        // finds it and is dropped, even when another instance handled it.
        let updates: Vec<(&str, &str)> = run
            .iter()
            .filter_map(|i| Some((channel_of(&i.chat), i.update.as_deref()?)))
            .collect();
        let mut fresh = store::mark_processed_all(&mut tx, &updates).await?;
        let mut sessions = store::sessions_in(&mut tx, &chats).await?;
        let mut pending = Pending::default();
        let mut out = vec![];
        for inb in run {
            if let Some(u) = &inb.update
                && !fresh.remove(&(channel_of(&inb.chat).to_string(), u.clone()))
            {
                continue;
            }
            self.turn(&mut tx, inb, &mut sessions, &mut pending, &mut out).await?;
        }
        out.extend(pending.flush(&mut tx).await?);
        tx.commit().await?;
        out.sort_by_key(|o| o.id);
        Ok(out)
    }

    /// One parent's turn: the engine decides; plain writes are gathered in `pending`, effects
    /// (tickets, forgetting, an export) are carried out at once, after what was gathered.
    async fn turn(
        &self,
        tx: &mut AnyConnection,
        inb: &Inbound,
        sessions: &mut HashMap<String, Session>,
        pending: &mut Pending,
        out: &mut Vec<Outgoing>,
    ) -> Result<()> {
        let channel = channel_of(&inb.chat).to_string();
        let started = std::time::Instant::now();
        metrics::counter!("wegwijzer_updates_total", "channel" => channel.clone()).increment(1);
        let session = sessions.get(&inb.chat).cloned().unwrap_or_default();
        let ctx = Ctx {
            catalog: &self.catalog,
            rules: &self.config.queue,
            default_lang: &self.config.default_lang,
        };
        let input = match &inb.message {
            Message::Text(t) => Input::from_text(t),
            Message::Button { index, step } => Input::Choice {
                index: *index,
                step: *step,
            },
            Message::Unsupported => Input::Unsupported,
        };
        let outcome = engine::step(&ctx, &session, &input, inb.lang_hint.as_deref());
        // What happened, never what was said.
        tracing::info!(
            chat = %pseudonym(&inb.chat),
            lang = outcome.session.lang.as_deref().unwrap_or("-"),
            state = outcome.session.state.name(),
            replies = outcome.replies.len(),
            effects = ?outcome.effects.iter().map(effect_name).collect::<Vec<_>>(),
            "turn"
        );
        self.count(pending, &session, &outcome);
        for r in &outcome.replies {
            pending.enqueue(&inb.chat, r);
        }
        if !outcome.effects.is_empty() {
            // Effects write directly: what was gathered goes first, to keep the order.
            out.extend(pending.flush(tx).await?);
        }
        let mut forget = false;
        for effect in outcome.effects {
            match effect {
                Effect::Forget => forget = true,
                other => self.apply(tx, &inb.chat, &outcome.session, other, out).await?,
            }
        }
        if forget {
            crate::privacy::forget(tx, &inb.chat).await?;
            out.retain(|o| o.chat != inb.chat);
            sessions.remove(&inb.chat);
            let lang = outcome.session.lang.clone().unwrap_or_else(|| self.config.default_lang.clone());
            // The confirmation is sent but kept nowhere: the outbox row goes once delivered.
            out.push(store::enqueue(tx, &inb.chat, &Reply::text(self.t(&lang, "forget-done", &[]))).await?);
        } else {
            pending.save_session(&inb.chat, &outcome.session);
            sessions.insert(inb.chat.clone(), outcome.session);
        }
        metrics::counter!("wegwijzer_replies_total", "channel" => channel.clone()).increment(outcome.replies.len() as u64);
        metrics::histogram!("wegwijzer_turn_seconds", "channel" => channel).record(started.elapsed().as_secs_f64());
        Ok(())
    }

    async fn apply(&self, tx: &mut AnyConnection, chat: &str, session: &Session, effect: Effect, out: &mut Vec<Outgoing>) -> Result<()> {
        match effect {
            Effect::OpenTicket {
                topic,
                lang,
                priority,
                summary,
                message,
            } => {
                let summary = self.summary(&summary);
                if let Some(t) = store::open_ticket_of(tx, chat).await? {
                    // Still open: keep one ticket, add what is new.
                    if !summary.is_empty() {
                        store::add_message(tx, t.id, "summary", &summary).await?;
                    }
                    if let Some(m) = &message {
                        store::add_message(tx, t.id, "parent", m).await?;
                    }
                    if priority < t.priority {
                        store::raise_priority(tx, t.id, priority, self.config.queue.due_at(priority, now())).await?;
                    }
                    return Ok(());
                }
                let last = store::last_closed(tx, chat).await?;
                let preferred = self
                    .config
                    .queue
                    .sticky_adviser(last.as_ref().map(|(a, at)| (a.as_str(), *at)), now())
                    .filter(|a| self.config.adviser(a).is_some());
                let id = store::insert_ticket(
                    tx,
                    &NewTicket {
                        chat,
                        lang: &lang,
                        topic: &topic,
                        priority,
                        preferred_adviser: preferred,
                        summary: &summary,
                        due_at: self.config.queue.due_at(priority, now()),
                    },
                )
                .await?;
                if let Some(m) = &message {
                    store::add_message(tx, id, "parent", m).await?;
                }
                let args = self.ticket_args(id, priority, &lang, &topic);
                match preferred {
                    // One point of contact: straight back to the adviser the parent had.
                    Some(adviser) => {
                        crate::adviser::assign(tx, id, adviser).await?;
                        let a_lang = self.config.default_lang.clone();
                        let text = self.t(&a_lang, "desk-returning", &args);
                        out.push(store::enqueue(tx, &self.config.adviser_chat(adviser), &Reply::about(id, text)).await?);
                    }
                    None => self.notify_advisers(tx, "desk-new-ticket", &args, out).await?,
                }
            }
            Effect::ToAdviser { text, urgent } => {
                let lang = session.lang.clone().unwrap_or_else(|| self.config.default_lang.clone());
                let ticket = match store::open_ticket_of(tx, chat).await? {
                    Some(t) => t,
                    None => {
                        // The ticket was closed while the parent kept writing: open a new one.
                        let priority = if urgent { Priority::Urgent } else { Priority::Normal };
                        let id = store::insert_ticket(
                            tx,
                            &NewTicket {
                                chat,
                                lang: &lang,
                                topic: "adviser",
                                priority,
                                preferred_adviser: None,
                                summary: "",
                                due_at: self.config.queue.due_at(priority, now()),
                            },
                        )
                        .await?;
                        self.notify_advisers(tx, "desk-new-ticket", &self.ticket_args(id, priority, &lang, "adviser"), out)
                            .await?;
                        store::ticket_in(tx, id).await?.expect("just inserted")
                    }
                };
                store::add_message(tx, ticket.id, "parent", &text).await?;
                if urgent && ticket.priority != Priority::Urgent {
                    store::raise_priority(tx, ticket.id, Priority::Urgent, self.config.queue.due_at(Priority::Urgent, now())).await?;
                    self.notify_advisers(
                        tx,
                        "desk-urgent",
                        &self.ticket_args(ticket.id, Priority::Urgent, &lang, &ticket.topic),
                        out,
                    )
                    .await?;
                }
                if let (Some(adviser), "claimed") = (&ticket.adviser, ticket.status.as_str()) {
                    let a_lang = self.config.default_lang.clone();
                    let line = self.t(
                        &a_lang,
                        "desk-from-parent",
                        &[("id", ticket.id.to_string()), ("lang", ticket.lang.clone()), ("text", text.clone())],
                    );
                    out.push(store::enqueue(tx, &self.config.adviser_chat(adviser), &Reply::about(ticket.id, line)).await?);
                }
            }
            Effect::ParentLeft => {
                if let Some(t) = store::open_ticket_of(tx, chat).await? {
                    store::add_message(tx, t.id, "event", "parent-left").await?;
                    if let Some(adviser) = &t.adviser {
                        let text = self.t(&self.config.default_lang, "desk-parent-left", &[("id", t.id.to_string())]);
                        out.push(store::enqueue(tx, &self.config.adviser_chat(adviser), &Reply::about(t.id, text)).await?);
                    }
                }
            }
            Effect::MyData => {
                let lang = session.lang.clone().unwrap_or_else(|| self.config.default_lang.clone());
                let text = crate::privacy::export(self, tx, chat, session, &lang).await?;
                out.push(store::enqueue(tx, chat, &Reply::text(text)).await?);
            }
            Effect::Forget => unreachable!("handled by the caller"),
        }
        Ok(())
    }

    /// Statistics: a flow started, an answer reached, a question escalated. Counts only.
    fn count(&self, pending: &mut Pending, before: &Session, outcome: &engine::Outcome) {
        let lang = outcome.session.lang.as_deref().unwrap_or(&self.config.default_lang);
        let flow_of = |s: &State| match s {
            State::Flow { flow, .. } | State::AfterAnswer { flow } => Some(flow.clone()),
            _ => None,
        };
        let (old, new) = (flow_of(&before.state), flow_of(&outcome.session.state));
        if let Some(flow) = &new
            && old.as_ref() != Some(flow)
        {
            pending.count(flow, lang, "started");
            metrics::counter!("wegwijzer_flows_started_total", "topic" => flow.clone()).increment(1);
        }
        if let (State::AfterAnswer { flow }, false) = (&outcome.session.state, matches!(before.state, State::AfterAnswer { .. })) {
            pending.count(flow, lang, "answered");
        }
        for e in &outcome.effects {
            if let Effect::OpenTicket { topic, priority, .. } = e {
                pending.count(topic, lang, &format!("escalated_{}", priority.name()));
                metrics::counter!("wegwijzer_escalations_total", "priority" => priority.name()).increment(1);
            }
        }
    }

    /// What the parent chose and answered, in the advisers' language, one line each.
    fn summary(&self, answers: &[Answer]) -> String {
        let lang = &self.config.default_lang;
        answers
            .iter()
            .map(|a| {
                let q = self.t(lang, &a.question, &[]);
                let q: String = q.lines().next().unwrap_or_default().chars().take(80).collect();
                let ans = if a.typed { a.answer.clone() } else { self.t(lang, &a.answer, &[]) };
                format!("- {q} → {ans}")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub(crate) fn ticket_args(&self, id: i64, priority: Priority, lang: &str, topic: &str) -> Vec<(&'static str, String)> {
        let topic_name = self
            .catalog
            .flows
            .get(topic)
            .map(|f| self.t(&self.config.default_lang, &f.title, &[]))
            .unwrap_or_else(|| topic.to_string());
        vec![
            ("id", id.to_string()),
            ("priority", priority.name().to_string()),
            ("lang", lang.to_string()),
            ("topic", topic_name),
        ]
    }

    pub(crate) async fn notify_advisers(
        &self,
        tx: &mut AnyConnection,
        id: &str,
        args: &[(&str, String)],
        out: &mut Vec<Outgoing>,
    ) -> Result<()> {
        let text = self.t(&self.config.default_lang, id, args);
        let ticket = args.iter().find(|(k, _)| *k == "id").and_then(|(_, v)| v.parse().ok());
        for chat in &self.config.notify {
            out.push(
                store::enqueue(
                    tx,
                    chat,
                    &Reply {
                        ticket,
                        ..Reply::text(text.clone())
                    },
                )
                .await?,
            );
        }
        Ok(())
    }

    /// Sets a parent's conversation state from outside the engine (an adviser closed the ticket).
    pub(crate) async fn set_parent_state(&self, tx: &mut AnyConnection, chat: &str, state: State) -> Result<String> {
        let mut session = store::session_in(tx, chat).await?.unwrap_or_default();
        session.state = state;
        session.answers.clear();
        session.tags.clear();
        store::save_session(tx, chat, &session).await?;
        Ok(session.lang.unwrap_or_else(|| self.config.default_lang.clone()))
    }
}

impl Hub {
    /// Periodic upkeep: announce overdue tickets, apply retention. Returns messages to send.
    pub async fn maintain(&self, at: i64) -> Result<Vec<Outgoing>> {
        let out = crate::adviser::announce_overdue(self, at).await?;
        crate::privacy::purge(self, at, self.config.retention_days).await?;
        Ok(out)
    }
}

/// "telegram" of "telegram:12345".
fn channel_of(chat: &str) -> &str {
    chat.split(':').next().unwrap_or_default()
}

fn effect_name(e: &Effect) -> &'static str {
    match e {
        Effect::OpenTicket { .. } => "open_ticket",
        Effect::ToAdviser { .. } => "to_adviser",
        Effect::ParentLeft => "parent_left",
        Effect::Forget => "forget",
        Effect::MyData => "mydata",
    }
}
