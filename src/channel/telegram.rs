//! The Telegram channel: long polling (or a webhook) in, inline keyboards out. teloxide does the
//! Bot API; the conversation lives in the hub.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters, SetWebhookSetters};
use teloxide::requests::{Request, Requester, RequesterExt};
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, Update, UpdateKind};
use teloxide::{ApiError, Bot, RequestError};
use tokio::sync::{Mutex, Notify, watch};

use crate::hub::{Hub, Inbound, Message, pseudonym};
use crate::store::Outgoing;

const PREFIX: &str = "telegram:";
/// Telegram's limit for one message.
const MAX_TEXT: usize = 4096;

pub struct Telegram {
    bot: Bot,
    /// Sends go through teloxide's Throttle (Telegram's rate limits) unless switched off, as
    /// the benchmark does against the fake, which has no limits to respect.
    throttled: Option<Throttle<Bot>>,
    hub: Arc<Hub>,
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

/// Button data: the session step the choices belong to, and the choice.
fn button_data(step: u64, index: usize) -> String {
    format!("s{step}:{index}")
}

fn parse_button(data: &str) -> Option<(u64, usize)> {
    let (s, i) = data.strip_prefix('s')?.split_once(':')?;
    Some((s.parse().ok()?, i.parse().ok()?))
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
        hub: Arc<Hub>,
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
            hub,
            poll_timeout,
            sending: Mutex::new(()),
            wake: Notify::new(),
        }))
    }

    /// Long polling until `stop` turns true. An update is confirmed (by the next offset) only
    /// after the hub has stored it, so nothing is lost; the hub's update log makes a
    /// redelivered update harmless.
    pub async fn poll(self: &Arc<Self>, mut stop: watch::Receiver<bool>) -> Result<()> {
        let sender = self.clone();
        let sender_stop = stop.clone();
        let delivery = tokio::spawn(async move { sender.run_delivery(sender_stop).await });
        let mut offset: Option<i32> = None;
        let mut backoff = Duration::from_millis(200);
        while !*stop.borrow() {
            let mut req = self.bot.get_updates().timeout(self.poll_timeout);
            if let Some(o) = offset {
                req = req.offset(o);
            }
            let result = tokio::select! {
                r = req.send() => r,
                _ = stop.changed() => break,
            };
            match result {
                Ok(updates) => {
                    backoff = Duration::from_millis(200);
                    let (next, all_ok) = self.handle_batch(updates, offset.unwrap_or(0)).await;
                    offset = Some(next);
                    if !all_ok {
                        tokio::time::sleep(backoff).await;
                    }
                }
                Err(RequestError::RetryAfter(s)) => tokio::time::sleep(s.duration()).await,
                Err(e) => {
                    tracing::warn!("telegram getUpdates: {e}");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                }
            }
        }
        // Let a send in progress finish and be recorded, so a restart does not repeat it.
        let _ = delivery.await;
        Ok(())
    }

    /// The outbox sender; see `channel::delivery_loop`.
    pub async fn run_delivery(&self, stop: watch::Receiver<bool>) {
        super::delivery_loop("telegram", &self.wake, stop, || self.deliver()).await
    }

    /// Handles a batch: chats side by side, each chat's updates in order. Returns the offset
    /// that confirms what was stored (up to the first failure, which Telegram then gives us
    /// again with what came after it; the hub's update log drops the repeats) and whether all
    /// went well.
    async fn handle_batch(&self, updates: Vec<Update>, confirmed: i32) -> (i32, bool) {
        let Some(last) = updates.last().map(|u| u.id.0 as i32) else {
            return (confirmed, true);
        };
        let mut by_chat: Vec<(Option<i64>, Vec<Update>)> = vec![];
        for u in updates {
            let chat = u.chat().map(|c| c.id.0);
            match by_chat.iter_mut().find(|(c, _)| *c == chat && chat.is_some()) {
                Some((_, list)) => list.push(u),
                None => by_chat.push((chat, vec![u])),
            }
        }
        let results = futures::future::join_all(by_chat.into_iter().map(|(_, list)| async move {
            for u in list {
                let id = u.id.0 as i32;
                if let Err(e) = self.handle_update(u).await {
                    tracing::warn!("telegram update not handled: {e:#}");
                    return Some(id);
                }
            }
            None
        }))
        .await;
        match results.into_iter().flatten().min() {
            Some(failed) => (failed, false),
            None => (last + 1, true),
        }
    }

    /// Reads one update into the hub, then sends what is waiting.
    pub async fn handle_update(&self, u: Update) -> Result<()> {
        let update = Some(u.id.0.to_string());
        let inbound = match u.kind {
            UpdateKind::Message(m) => {
                let chat = format!("{PREFIX}{}", m.chat.id.0);
                if !m.chat.is_private() && self.hub.config.adviser_of(&chat).is_none() {
                    return Ok(());
                }
                let lang_hint = m.from.as_ref().and_then(|f| f.language_code.clone());
                let message = match m.text() {
                    Some(t) => Message::Text(t.to_string()),
                    None => Message::Unsupported,
                };
                Inbound {
                    chat,
                    update,
                    lang_hint,
                    message,
                }
            }
            UpdateKind::CallbackQuery(q) => {
                // Answer at once so the button stops spinning, and take the keyboard off the old
                // message so it cannot be pressed twice.
                if let Err(e) = self.bot.answer_callback_query(q.id.clone()).await {
                    tracing::warn!("answerCallbackQuery: {e}");
                }
                let Some(msg) = q.message.as_ref() else { return Ok(()) };
                if let Err(e) = self.bot.edit_message_reply_markup(msg.chat().id, msg.id()).await {
                    tracing::debug!("editMessageReplyMarkup: {e}");
                }
                let Some((step, index)) = q.data.as_deref().and_then(parse_button) else {
                    return Ok(());
                };
                Inbound {
                    chat: format!("{PREFIX}{}", msg.chat().id.0),
                    update,
                    lang_hint: q.from.language_code.clone(),
                    message: Message::Button { index, step: Some(step) },
                }
            }
            _ => return Ok(()),
        };
        self.hub.handle(inbound).await?;
        self.wake.notify_one();
        Ok(())
    }

    /// Sends every waiting Telegram message in order; what fails stays for the next round.
    pub async fn deliver(&self) -> Result<()> {
        let _one = self.sending.lock().await;
        // Chats side by side (Throttle sends a batch per round), each chat in order.
        let mut by_chat: Vec<Vec<Outgoing>> = vec![];
        for o in self.hub.store.pending(PREFIX).await? {
            match by_chat.iter_mut().find(|g| g[0].chat == o.chat) {
                Some(g) => g.push(o),
                None => by_chat.push(vec![o]),
            }
        }
        let rounds = by_chat.into_iter().map(|group| async move {
            for o in group {
                if let Err(e) = self.send(&o).await {
                    tracing::warn!(chat = %pseudonym(&o.chat), "telegram send failed, will retry: {e}");
                    return Ok(());
                }
                self.hub.store.mark_sent(o.id).await?;
            }
            anyhow::Ok(())
        });
        for r in futures::future::join_all(rounds).await {
            r?;
        }
        Ok(())
    }

    async fn send(&self, o: &Outgoing) -> Result<(), RequestError> {
        let Ok(id) = o.chat[PREFIX.len()..].parse::<i64>() else {
            tracing::warn!("dropping a message for a malformed telegram chat");
            return Ok(());
        };
        let parts = pieces(&o.reply.text);
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            loop {
                let markup = (i == last && !o.reply.choices.is_empty()).then(|| {
                    let rows = o
                        .reply
                        .choices
                        .iter()
                        .enumerate()
                        .map(|(n, c)| vec![InlineKeyboardButton::callback(c.clone(), button_data(o.reply.step, n))]);
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
                        tracing::info!(chat = %pseudonym(&o.chat), "parent unreachable on telegram; message dropped");
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
