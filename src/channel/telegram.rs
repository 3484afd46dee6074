//! The Telegram channel: long polling (or a webhook) in, inline keyboards out. teloxide does the
//! Bot API; the conversation lives in the service.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters, SetWebhookSetters};
use teloxide::requests::{Request, Requester, RequesterExt};
use teloxide::types::{CallbackQueryId, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId, Update, UpdateKind};
use teloxide::{ApiError, Bot, RequestError};
use tokio::sync::{Mutex, Notify};
use tokio_util::sync::CancellationToken;

use crate::core::engine::Reply;
use crate::core::ids::{Channel, ChatId as Chat};
use crate::runtime::Runtime;
use crate::service::{self, Inbound, Message, pseudonym};
use crate::store::{self, Outgoing};
/// Telegram's limit for one message.
const MAX_TEXT: usize = 4096;

/// The bot on Telegram.
pub struct Telegram {
    bot: Bot,
    /// Sends go through teloxide's Throttle (Telegram's rate limits) unless switched off, as
    /// the benchmark does against the fake, which has no limits to respect.
    throttled: Option<Throttle<Bot>>,
    rt: Arc<Runtime>,
    poll_timeout: u32,
    /// One sender at a time, so a message is never sent twice by two tasks.
    sending: Mutex<()>,
    wake: Notify,
}

async fn send_one<R: Requester<Err = RequestError>>(
    api: &R,
    chat: ChatId,
    text: String,
    markup: Option<InlineKeyboardMarkup>,
) -> Result<(), RequestError> {
    let mut req = api.send_message(chat, text);
    if let Some(m) = markup {
        req = req.reply_markup(m);
    }
    req.send().await.map(|_| ())
}

/// A button press to answer: the query, and the message whose keyboard to remove.
type Ack = (CallbackQueryId, Option<(ChatId, MessageId)>);

/// Button data: the session step the choices belong to, and the choice.
fn button_data(step: u64, index: usize) -> String {
    format!("s{step}:{index}")
}

fn parse_button(data: &str) -> Option<(u64, usize)> {
    let (s, i) = data.strip_prefix('s')?.split_once(':')?;
    Some((s.parse().ok()?, i.parse().ok()?))
}

/// Messages waiting together for one chat go out as one Telegram message where they can: fewer
/// pings for the parent, and Telegram allows about one message per second per chat. Only the
/// last may carry buttons, the whole must fit one message, and adviser notices (about a ticket)
/// stay apart. Returns the outbox ids behind each message.
fn merged(group: Vec<Outgoing>) -> Vec<(Vec<i64>, Reply)> {
    let mut out: Vec<(Vec<i64>, Reply)> = vec![];
    for o in group {
        if let Some((ids, r)) = out.last_mut()
            && r.choices.is_empty()
            && r.ticket.is_none()
            && o.reply.ticket.is_none()
            && r.text.chars().count() + 2 + o.reply.text.chars().count() <= MAX_TEXT
        {
            r.text = format!("{}\n\n{}", r.text, o.reply.text);
            r.choices = o.reply.choices;
            r.step = o.reply.step;
            ids.push(o.id);
        } else {
            out.push((vec![o.id], o.reply));
        }
    }
    out
}

/// Splits text into pieces Telegram accepts, at line ends where possible.
fn pieces(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    for line in text.split_inclusive('\n') {
        for ch in line.chars() {
            if cur.chars().count() >= MAX_TEXT {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(ch);
        }
        if cur.chars().count() > MAX_TEXT - 200 {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

impl Telegram {
    /// Checks the token with getMe and sets up rate limiting.
    pub async fn connect(
        rt: Arc<Runtime>,
        token: &str,
        api_url: Option<&str>,
        limits: Option<Limits>,
        poll_timeout: u32,
    ) -> Result<Arc<Telegram>> {
        let mut bot = Bot::new(token);
        if let Some(url) = api_url {
            bot = bot.set_api_url(url.parse().with_context(|| format!("TELEGRAM_API_URL is not a URL: {url}"))?);
        }
        let me = bot
            .get_me()
            .await
            .context("Telegram did not accept TELEGRAM_BOT_TOKEN (getMe failed); check the token from @BotFather")?;
        tracing::info!(bot = me.username(), "telegram connected");
        Ok(Arc::new(Telegram {
            throttled: limits.map(|l| bot.clone().throttle(l)),
            bot,
            rt,
            poll_timeout,
            sending: Mutex::new(()),
            wake: Notify::new(),
        }))
    }

    /// Long polling until `stop` turns true. An update is confirmed (by the next offset) only
    /// after the hub has stored it, so nothing is lost; the hub's update log makes a
    /// redelivered update harmless.
    pub async fn poll(self: &Arc<Self>, stop: CancellationToken) -> Result<()> {
        let sender = self.clone();
        let sender_stop = stop.clone();
        let delivery = tokio::spawn(async move { sender.run_delivery(sender_stop).await });
        let mut offset: Option<i32> = None;
        let mut backoff = super::Backoff::new(Duration::from_millis(200), Duration::from_secs(30));
        while !stop.is_cancelled() {
            let mut req = self.bot.get_updates().timeout(self.poll_timeout);
            if let Some(o) = offset {
                req = req.offset(o);
            }
            let result = tokio::select! {
                r = req.send() => r,
                _ = stop.cancelled() => break,
            };
            match result {
                Ok(updates) => {
                    backoff.reset();
                    let (next, all_ok) = self.handle_batch(updates, offset.unwrap_or(0)).await;
                    offset = Some(next);
                    if !all_ok {
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
                Err(RequestError::RetryAfter(s)) => tokio::time::sleep(s.duration()).await,
                Err(e) => {
                    tracing::warn!("telegram getUpdates: {e}");
                    tokio::time::sleep(backoff.next_wait()).await;
                }
            }
        }
        // Let a send in progress finish and be recorded, so a restart does not repeat it.
        let _ = delivery.await;
        Ok(())
    }

    /// The outbox sender; see `channel::delivery_loop`.
    pub async fn run_delivery(&self, stop: CancellationToken) {
        super::delivery_loop("telegram", &self.wake, stop, || self.deliver()).await
    }

    /// Handles a batch in order (the hub stores it in one transaction). Button presses are
    /// acknowledged meanwhile. Returns the offset that confirms what was stored (up to the
    /// first failure, which Telegram then gives us again with what came after it; the hub's
    /// update log drops the repeats) and whether all went well.
    async fn handle_batch(&self, updates: Vec<Update>, confirmed: i32) -> (i32, bool) {
        let Some(last) = updates.last().map(|u| u.id.0 as i32) else {
            return (confirmed, true);
        };
        let mut ids = vec![];
        let mut inbounds = vec![];
        let mut acks = vec![];
        for u in updates {
            let id = u.id.0 as i32;
            let (inbound, ack) = self.read(u);
            acks.extend(ack);
            if let Some(i) = inbound {
                ids.push(id);
                inbounds.push(i);
            }
        }
        let acknowledged = futures::future::join_all(acks.iter().map(|(q, shown)| self.acknowledge(q, *shown)));
        let (_, results) = tokio::join!(acknowledged, service::handle_batch(&self.rt, &inbounds));
        self.wake.notify_one();
        let failed = ids.into_iter().zip(results).filter_map(|(id, r)| {
            r.map_err(|e| tracing::warn!("telegram update not handled: {e:#}"))
                .err()
                .map(|_| id)
        });
        match failed.min() {
            Some(id) => (id, false),
            None => (last + 1, true),
        }
    }

    /// One update (webhook mode): stored by the hub, then the delivery loop is woken.
    pub async fn handle_update(&self, u: Update) -> Result<()> {
        let (inbound, ack) = self.read(u);
        let acknowledged = async {
            if let Some((q, shown)) = &ack {
                self.acknowledge(q, *shown).await;
            }
        };
        let handled = async {
            match inbound {
                Some(i) => service::handle(&self.rt, i).await.map(|_| ()),
                None => Ok(()),
            }
        };
        // The acknowledgement and the turn do not depend on each other: run them together.
        let (_, handled) = tokio::join!(acknowledged, handled);
        handled?;
        self.wake.notify_one();
        Ok(())
    }

    /// Reads an update into a hub message, if it is one the bot answers, and the button press
    /// to acknowledge, if it is one.
    fn read(&self, u: Update) -> (Option<Inbound>, Option<Ack>) {
        let update = Some(u.id.0.to_string());
        match u.kind {
            UpdateKind::Message(m) => {
                let chat = Chat::telegram(m.chat.id.0);
                if !m.chat.is_private() && self.rt.config.adviser_of(&chat).is_none() {
                    return (None, None);
                }
                let lang_hint = m.from.as_ref().and_then(|f| f.language_code.clone());
                let message = match m.text() {
                    Some(t) => Message::Text(t.to_string()),
                    None => Message::Unsupported,
                };
                let inbound = Inbound {
                    chat,
                    update,
                    lang_hint,
                    message,
                    ticket: None,
                };
                (Some(inbound), None)
            }
            UpdateKind::CallbackQuery(q) => {
                let shown = q.message.as_ref().map(|m| (m.chat().id, m.id()));
                let ack = Some((q.id.clone(), shown));
                let (Some((chat, _)), Some((step, index))) = (shown, q.data.as_deref().and_then(parse_button)) else {
                    return (None, ack);
                };
                let inbound = Inbound {
                    chat: Chat::telegram(chat.0),
                    update,
                    lang_hint: q.from.language_code.clone(),
                    message: Message::Button { index, step: Some(step) },
                    ticket: None,
                };
                (Some(inbound), ack)
            }
            _ => (None, None),
        }
    }

    /// Answers a button press so the button stops spinning, and takes the keyboard off the old
    /// message so it cannot be pressed twice. Failures only cost looks: logged, not retried.
    async fn acknowledge(&self, query: &CallbackQueryId, shown: Option<(ChatId, MessageId)>) {
        if let Err(e) = self.bot.answer_callback_query(query.clone()).await {
            tracing::warn!("answerCallbackQuery: {e}");
        }
        if let Some((chat, id)) = shown
            && let Err(e) = self.bot.edit_message_reply_markup(chat, id).await
        {
            tracing::debug!("editMessageReplyMarkup: {e}");
        }
    }

    /// Sends every waiting Telegram message in order; what fails stays for the next round.
    pub async fn deliver(&self) -> Result<()> {
        let _one = self.sending.lock().await;
        // Chats side by side (Throttle sends a batch per round), each chat in order.
        let mut by_chat: Vec<Vec<Outgoing>> = vec![];
        let mut place: std::collections::HashMap<Chat, usize> = std::collections::HashMap::new();
        let pending = store::outbox::pending(&mut *self.rt.store.conn().await?, Channel::Telegram).await?;
        for o in pending {
            match place.get(&o.chat) {
                Some(&i) => by_chat[i].push(o),
                None => {
                    place.insert(o.chat.clone(), by_chat.len());
                    by_chat.push(vec![o]);
                }
            }
        }
        // Sent messages are deleted in batches: one statement per round (or per 200 ms of a
        // long, throttled round) instead of one per message. A crash in between repeats at most
        // those few: delivery is at least once.
        let sent = std::sync::Mutex::new((Vec::new(), std::time::Instant::now()));
        let flush = |all: bool| {
            let ids = {
                let mut s = sent.lock().expect("sent ids");
                if all || s.1.elapsed() > Duration::from_millis(200) {
                    s.1 = std::time::Instant::now();
                    std::mem::take(&mut s.0)
                } else {
                    vec![]
                }
            };
            async move { store::outbox::mark_sent(&mut *self.rt.store.conn().await?, &ids).await }
        };
        let rounds = by_chat.into_iter().map(|group| async {
            let chat = group[0].chat.clone();
            for (ids, reply) in merged(group) {
                if let Err(e) = self.send(&chat, &reply).await {
                    tracing::warn!(chat = %pseudonym(&chat), "telegram send failed, will retry: {e}");
                    return Ok(());
                }
                sent.lock().expect("sent ids").0.extend(ids);
                flush(false).await?;
            }
            anyhow::Ok(())
        });
        let results = futures::future::join_all(rounds).await;
        flush(true).await?;
        for r in results {
            r?;
        }
        Ok(())
    }

    async fn send(&self, chat: &Chat, reply: &Reply) -> Result<(), RequestError> {
        let Some(id) = chat.telegram_id() else {
            tracing::warn!("dropping a message for a malformed telegram chat");
            return Ok(());
        };
        let parts = pieces(&reply.text);
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            loop {
                let markup = (i == last && !reply.choices.is_empty()).then(|| {
                    let rows = reply
                        .choices
                        .iter()
                        .enumerate()
                        .map(|(n, c)| vec![InlineKeyboardButton::callback(c.clone(), button_data(reply.step, n))]);
                    InlineKeyboardMarkup::new(rows)
                });
                let sent = match &self.throttled {
                    Some(t) => send_one(t, ChatId(id), part.clone(), markup).await,
                    None => send_one(&self.bot, ChatId(id), part.clone(), markup).await,
                };
                match sent {
                    Ok(()) => break,
                    // Telegram says how long to wait; wait exactly that.
                    Err(RequestError::RetryAfter(s)) => tokio::time::sleep(s.duration()).await,
                    Err(RequestError::Api(ApiError::BotBlocked | ApiError::ChatNotFound | ApiError::UserDeactivated)) => {
                        tracing::info!(chat = %pseudonym(chat), "parent unreachable on telegram; message dropped");
                        return Ok(());
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(())
    }

    /// Webhook mode: registers `url` with Telegram and returns the axum router to serve it.
    pub async fn webhook(self: &Arc<Self>, url: &str, secret: &str) -> Result<axum::Router> {
        self.bot
            .set_webhook(url.parse().with_context(|| format!("webhook URL is not a URL: {url}"))?)
            .secret_token(secret)
            .await
            .context("setWebhook failed")?;
        let me = self.clone();
        let secret = secret.to_string();
        Ok(axum::Router::new().route(
            "/telegram",
            axum::routing::post(move |headers: axum::http::HeaderMap, axum::Json(u): axum::Json<Update>| {
                let me = me.clone();
                let secret = secret.clone();
                async move {
                    if headers.get("x-telegram-bot-api-secret-token").and_then(|v| v.to_str().ok()) != Some(secret.as_str()) {
                        return axum::http::StatusCode::UNAUTHORIZED;
                    }
                    match me.handle_update(u).await {
                        Ok(()) => axum::http::StatusCode::OK,
                        // A non-2xx answer makes Telegram deliver the update again later.
                        Err(_) => axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    }
                }
            }),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn button_data_round_trips() {
        assert_eq!(parse_button(&button_data(17, 3)), Some((17, 3)));
        assert_eq!(parse_button("garbage"), None);
        assert!(button_data(u64::MAX, 99).len() <= 64);
    }

    fn out(id: i64, text: &str, choices: &[&str], ticket: Option<i64>) -> Outgoing {
        Outgoing {
            id,
            chat: Chat::telegram(1),
            reply: Reply {
                ticket,
                choices: choices.iter().map(|c| c.to_string()).collect(),
                step: id as u64,
                ..Reply::text(text)
            },
        }
    }

    #[test]
    fn waiting_messages_merge_up_to_the_one_with_buttons() {
        let m = merged(vec![
            out(1, "Welkom", &[], None),
            out(2, "Privacy", &[], None),
            out(3, "Vraag?", &["ja", "nee"], None),
            out(4, "Volgende", &[], None),
            out(5, "Nieuw ticket", &[], Some(9)),
        ]);
        let ids: Vec<Vec<i64>> = m.iter().map(|(ids, _)| ids.clone()).collect();
        assert_eq!(ids, vec![vec![1, 2, 3], vec![4], vec![5]]);
        assert_eq!(m[0].1.text, "Welkom\n\nPrivacy\n\nVraag?");
        assert_eq!((m[0].1.choices.len(), m[0].1.step), (2, 3));
        // too long together: sent apart
        let long = "x".repeat(MAX_TEXT - 10);
        assert_eq!(merged(vec![out(1, &long, &[], None), out(2, "meer tekst", &[], None)]).len(), 2);
    }

    #[test]
    fn long_text_is_split_under_the_limit() {
        let text = "regel\n".repeat(2000);
        let p = pieces(&text);
        assert!(p.len() > 1);
        assert!(p.iter().all(|x| x.chars().count() <= MAX_TEXT));
        assert_eq!(p.concat(), text);
        assert_eq!(pieces("kort"), vec!["kort"]);
        let one_line = "x".repeat(9000);
        assert_eq!(pieces(&one_line).concat(), one_line);
    }
}
