//! The Telegram channel: long polling (or a webhook) in, inline keyboards out. teloxide does the
//! Bot API; the conversation lives in the service.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use teloxide::payloads::{GetUpdatesSetters, SendDocumentSetters, SetMyCommandsSetters, SetWebhookSetters};
use teloxide::requests::{Request, Requester};
use teloxide::types::{
    BotCommand, CallbackQueryId, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ThreadId, Update, UpdateKind,
};
use teloxide::{ApiError, Bot, RequestError};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::limits::{Limiter, Limits};
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
    /// Telegram's rate limits, or None against a server without them (the benchmark's fake).
    limits: Option<Limits>,
    rt: Arc<Runtime>,
    poll_timeout: u32,
    /// Woken when the outbox has something new.
    wake: Notify,
    /// Which advisers' groups are forums (each ticket gets a topic there).
    forums: std::sync::Mutex<HashMap<i64, bool>>,
    /// Since when polling and sending fail, if they do (for /healthz).
    pub liveness: Arc<super::Liveness>,
}

/// The commands Telegram lists next to the text field, as (English name, Dutch name, the
/// message id of their description). Dutch-speaking parents see the Dutch names, which the bot
/// reads too.
const COMMANDS: [(&str, &str, &str); 9] = [
    ("start", "start", "command-start"),
    ("menu", "menu", "command-menu"),
    ("back", "terug", "command-back"),
    ("language", "taal", "command-language"),
    ("adviser", "adviseur", "command-adviser"),
    ("stop", "stop", "command-stop"),
    ("help", "hulp", "command-help"),
    ("mydata", "mijngegevens", "command-mydata"),
    ("forget", "vergeet", "command-forget"),
];

/// Tells Telegram the command list in every language (setMyCommands with language_code), and
/// in the office's default language for everyone else. A failure only costs the list.
async fn publish_commands(bot: &Bot, rt: &Runtime) {
    let locales = &rt.catalog.locales;
    let list = |lang: &str| -> Vec<BotCommand> {
        COMMANDS
            .iter()
            .map(|(en, nl, id)| BotCommand::new(if lang == "nl" { *nl } else { *en }, locales.text(lang, id, &[])))
            .collect()
    };
    let default = rt.config.default_lang.as_str();
    let mut requests = vec![(None, list(default))];
    requests.extend(locales.codes().map(|code| (Some(code.to_string()), list(code))));
    // One call per language, all at once: eleven calls in a row held up the start by as many
    // round trips.
    let calls = requests.into_iter().map(|(lang, commands)| {
        let mut req = bot.set_my_commands(commands);
        if let Some(l) = &lang {
            req = req.language_code(l.clone());
        }
        async move {
            if let Err(e) = req.send().await {
                tracing::warn!(lang = lang.as_deref().unwrap_or("default"), "setMyCommands failed: {e}");
            }
        }
    });
    futures::future::join_all(calls).await;
}

/// The HTTP client must wait longer than the long poll, or every quiet poll fails.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(30);

/// A message (or a merged group) handed to a send task.
struct Job {
    chat: i64,
    ids: Vec<i64>,
    reply: Reply,
    attempts: i64,
}

/// What a send task reports back.
enum Done {
    /// Accepted by Telegram, not yet marked sent.
    Sent,
    /// Accepted and marked sent.
    Marked,
    /// Try again after this many seconds (0: the chat's back-off).
    Wait(i64),
    Failed(String),
    Moved(i64),
}

/// Sends one message. Written against the Bot API with the bot's own HTTP client instead of
/// teloxide's request, because teloxide sleeps 10 seconds inside every request that gets a 5xx
/// before it returns the error: one passing 502 held that parent's reply for 11 seconds. Here a
/// 5xx comes back at once and the chat retries after its own short back-off.
async fn send_one(api: &Bot, chat: ChatId, thread: Option<i32>, text: String, markup: Option<InlineKeyboardMarkup>) -> Result<(), Done> {
    let mut payload = teloxide::payloads::SendMessage::new(chat, text);
    payload.reply_markup = markup.map(Into::into);
    payload.message_thread_id = thread.map(|t| ThreadId(MessageId(t)));
    let mut url = api.api_url();
    url.path_segments_mut()
        .map_err(|()| Done::Failed("TELEGRAM_API_URL cannot take a path".into()))?
        .push(&format!("bot{}", api.token()))
        .push("sendMessage");
    let response = api.client().post(url).json(&payload).send().await.map_err(|e| {
        tracing::debug!("sendMessage: {e}");
        Done::Wait(0)
    })?;
    let status = response.status();
    let answer: ApiAnswer = match response.json().await {
        Ok(a) => a,
        // Not Telegram's JSON (a proxy's error page): try again later.
        Err(_) => return Err(Done::Wait(0)),
    };
    if answer.ok {
        return Ok(());
    }
    let p = answer.parameters.unwrap_or_default();
    Err(match (answer.error_code, p.retry_after, p.migrate_to_chat_id) {
        (_, _, Some(to)) => Done::Moved(to),
        (429, after, _) => Done::Wait(after.unwrap_or(1).max(1) as i64),
        // Forbidden (blocked, kicked) and Bad Request (chat not found, too long) do not pass.
        (403 | 400, ..) => Done::Failed(answer.description),
        _ if status.is_server_error() => Done::Wait(0),
        _ => Done::Wait(0),
    })
}

/// The Bot API's answer to a call, as far as sending needs it.
#[derive(serde::Deserialize)]
struct ApiAnswer {
    ok: bool,
    #[serde(default)]
    error_code: u16,
    #[serde(default)]
    description: String,
    #[serde(default)]
    parameters: Option<ApiParameters>,
}

/// `parameters` of a refused call.
#[derive(serde::Deserialize, Default)]
struct ApiParameters {
    retry_after: Option<u64>,
    migrate_to_chat_id: Option<i64>,
}

/// Answers a button press so the button stops spinning, and takes the keyboard off the old
/// message so it cannot be pressed twice. Failures only cost looks: logged, not retried.
async fn acknowledge(bot: &Bot, query: &CallbackQueryId, shown: Option<(ChatId, MessageId)>) {
    if let Err(e) = bot.answer_callback_query(query.clone()).await {
        tracing::warn!("answerCallbackQuery: {e}");
    }
    if let Some((chat, id)) = shown
        && let Err(e) = bot.edit_message_reply_markup(chat, id).await
    {
        tracing::debug!("editMessageReplyMarkup: {e}");
    }
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

/// The ticket a bot message is about: the first "#12" in it.
fn ticket_mentioned(text: &str) -> Option<i64> {
    let at = text.find('#')?;
    let digits: String = text[at + 1..].chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
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
            && r.document.is_none()
            && o.reply.document.is_none()
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
    /// A parent's photo (its largest size) or document, fetched with getFile; anything else, or
    /// a file too big or that cannot be fetched, is unsupported. The service keeps it only while
    /// a ticket is open.
    async fn fetch(&self, m: &teloxide::types::Message) -> Message {
        use teloxide::net::Download;
        let (meta, name, mime) = if let Some(p) = m.photo().and_then(|p| p.iter().max_by_key(|s| s.width * s.height)) {
            (p.file.clone(), "foto.jpg".to_string(), "image/jpeg".to_string())
        } else if let Some(d) = m.document() {
            let mime = d.mime_type.as_ref().map_or("application/octet-stream".into(), |m| m.to_string());
            (d.file.clone(), d.file_name.clone().unwrap_or_else(|| "bestand".into()), mime)
        } else {
            return Message::Unsupported;
        };
        if meta.size as usize > crate::core::inbound::MAX_FILE_BYTES {
            return Message::Unsupported;
        }
        let file = match self.bot.get_file(meta.id.clone()).await {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!("getFile failed: {e}");
                return Message::Unsupported;
            }
        };
        let mut bytes = vec![];
        if let Err(e) = self.bot.download_file(&file.path, &mut bytes).await {
            tracing::warn!("a file download failed: {e}");
            return Message::Unsupported;
        }
        if bytes.len() > crate::core::inbound::MAX_FILE_BYTES {
            return Message::Unsupported;
        }
        Message::File(crate::core::inbound::Attachment { name, mime, bytes })
    }

    /// Checks the token with getMe. A network error at start is retried with back-off (a
    /// restart loop under a service manager helps nobody); a refused token stops at once.
    pub async fn connect(
        rt: Arc<Runtime>,
        token: &str,
        api_url: Option<&str>,
        limits: Option<Limits>,
        poll_timeout: u32,
    ) -> Result<Arc<Telegram>> {
        let client = teloxide::net::default_reqwest_settings()
            .timeout(CLIENT_TIMEOUT)
            .build()
            .context("cannot set up the HTTP client for Telegram")?;
        let mut bot = Bot::with_client(token, client);
        if let Some(url) = api_url {
            bot = bot.set_api_url(url.parse().with_context(|| format!("TELEGRAM_API_URL is not a URL: {url}"))?);
        }
        let mut backoff = super::Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
        let me = loop {
            match bot.get_me().await {
                Ok(me) => break me,
                Err(RequestError::Api(e)) => {
                    return Err(anyhow::anyhow!(
                        "Telegram did not accept TELEGRAM_BOT_TOKEN ({e})\n  hint: check the token from @BotFather"
                    ));
                }
                Err(e) => {
                    let wait = backoff.next_wait();
                    tracing::warn!("cannot reach Telegram yet ({e}); trying again in {}s", wait.as_secs());
                    tokio::time::sleep(wait).await;
                }
            }
        };
        tracing::info!(bot = me.username(), "telegram connected");
        publish_commands(&bot, &rt).await;
        Ok(Arc::new(Telegram {
            bot,
            limits,
            rt,
            // Below the client's timeout, so a quiet poll ends before the client gives up.
            poll_timeout: poll_timeout.min(CLIENT_TIMEOUT.as_secs() as u32 - 5),
            wake: Notify::new(),
            forums: Default::default(),
            liveness: Default::default(),
        }))
    }

    /// Long polling until `stop`. A webhook left from webhook mode is removed first (Telegram
    /// refuses getUpdates while one is set). An update is confirmed (by the next offset) only
    /// after the service has stored it, so nothing is lost; the update log makes a redelivered
    /// update harmless.
    pub async fn poll(self: &Arc<Self>, stop: CancellationToken) -> Result<()> {
        if let Err(e) = self.bot.delete_webhook().await {
            tracing::warn!("deleteWebhook failed: {e}");
        }
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
                    self.liveness.receiving(true);
                    let (next, all_ok) = self.handle_batch(updates, offset.unwrap_or(0)).await;
                    offset = Some(next);
                    if !all_ok {
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
                Err(RequestError::RetryAfter(s)) => tokio::time::sleep(s.duration()).await,
                Err(e) => {
                    self.liveness.receiving(false);
                    if let RequestError::Api(ApiError::TerminatedByOtherGetUpdates) = e {
                        tracing::error!("telegram: another process polls this bot, or a webhook is set; only one may");
                    } else {
                        tracing::warn!("telegram getUpdates: {e}");
                    }
                    tokio::time::sleep(backoff.next_wait()).await;
                }
            }
        }
        // Let the sends in progress finish and be recorded, so a restart does not repeat them.
        let _ = delivery.await;
        Ok(())
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
            let (inbound, ack) = self.read(u).await;
            acks.extend(ack);
            if let Some(i) = inbound {
                ids.push(id);
                inbounds.push(i);
            }
        }
        // Acknowledged on the side: a slow chat's acknowledgement must not hold up the next
        // poll, and with it every other parent.
        let bot = self.bot.clone();
        tokio::spawn(async move {
            futures::future::join_all(acks.iter().map(|(q, shown)| acknowledge(&bot, q, *shown))).await;
        });
        let results = service::handle_batch(&self.rt, &inbounds).await;
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
        let (inbound, ack) = self.read(u).await;
        let acknowledged = async {
            if let Some((q, shown)) = &ack {
                acknowledge(&self.bot, q, *shown).await;
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

    /// Reads an update into a service message, if it is one the bot answers, and the button
    /// press to acknowledge, if it is one. In a group, a message belongs to a ticket when it is
    /// written in the ticket's forum topic, or replies to a message about it ("#12").
    async fn read(&self, u: Update) -> (Option<Inbound>, Option<Ack>) {
        let update = Some(u.id.0.to_string());
        match u.kind {
            UpdateKind::Message(m) => {
                let chat = Chat::telegram(m.chat.id.0);
                let sender = m.from.as_ref().map(|f| Chat::telegram(f.id.0 as i64));
                let private = m.chat.is_private();
                if !private && !self.rt.config.notify.contains(&chat) {
                    // Parents are served in private chats only: say so once and leave.
                    self.leave_group(m.chat.id, m.from.as_ref().and_then(|f| f.language_code.as_deref()))
                        .await;
                    return (None, None);
                }
                let mut ticket = None;
                if !private {
                    if let Some(thread) = m.thread_id {
                        let key = chat.to_string();
                        let found =
                            async { store::threads::ticket_of(&mut *self.rt.store.conn().await?, &key, &thread.0.0.to_string()).await };
                        ticket = found.await.unwrap_or_default();
                    }
                    if ticket.is_none()
                        && let Some(r) = m.reply_to_message()
                        && r.from.as_ref().is_some_and(|f| f.is_bot)
                    {
                        ticket = r.text().and_then(ticket_mentioned);
                    }
                }
                let lang_hint = m.from.as_ref().and_then(|f| f.language_code.clone());
                let message = match m.text() {
                    Some(t) => Message::Text(t.to_string()),
                    None if private => self.fetch(&m).await,
                    None => Message::Unsupported,
                };
                let inbound = Inbound {
                    chat,
                    sender,
                    private,
                    update,
                    lang_hint,
                    message,
                    ticket,
                };
                (Some(inbound), None)
            }
            UpdateKind::CallbackQuery(q) => {
                let shown = q.message.as_ref().map(|m| (m.chat().id, m.id()));
                let ack = Some((q.id.clone(), shown));
                // Buttons are parents' answers: pressed outside a private chat they mean nothing,
                // and in a private chat only the person the chat is with can press them.
                let private = q
                    .message
                    .as_ref()
                    .is_some_and(|m| m.chat().is_private() && m.chat().id.0 == q.from.id.0 as i64);
                let (Some((chat, _)), Some((step, index)), true) = (shown, q.data.as_deref().and_then(parse_button), private) else {
                    return (None, ack);
                };
                let inbound = Inbound {
                    chat: Chat::telegram(chat.0),
                    sender: Some(Chat::telegram(q.from.id.0 as i64)),
                    private,
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

    /// Tells a group the bot only works in private chats, and leaves it.
    async fn leave_group(&self, chat: ChatId, lang: Option<&str>) {
        let lang = lang
            .map(|l| l.split(['-', '_']).next().unwrap_or(l))
            .unwrap_or(&self.rt.config.default_lang);
        let text = self.rt.catalog.locales.text(lang, "private-only", &[]);
        if let Err(e) = self.bot.send_message(chat, text).await {
            tracing::debug!("private-only notice: {e}");
        }
        if let Err(e) = self.bot.leave_chat(chat).await {
            tracing::warn!("could not leave a group: {e}");
        }
    }

    /// The sender, until `stop`: each chat's messages go out in order, as soon as Telegram's
    /// budgets allow, and no chat waits for another. A chat that fails for a passing reason (a
    /// 429, a server error, a slow answer) waits on its own with back-off; one that can never be
    /// reached (the bot was blocked or removed, the chat is gone) has its message recorded as
    /// failed and goes on. Crisis answers and advisers' announcements go first. Each message is
    /// marked sent as soon as Telegram accepts it, so a crash repeats at most those in flight.
    pub async fn run_delivery(self: &Arc<Self>, stop: CancellationToken) {
        let unlimited = Limits {
            overall_per_sec: usize::MAX / 2,
            chat_per_sec: usize::MAX / 2,
            group_per_min: usize::MAX / 2,
        };
        let mut limiter = Limiter::new(self.limits.unwrap_or(unlimited));
        let mut busy: HashSet<i64> = HashSet::new();
        let mut tasks: tokio::task::JoinSet<(i64, Done, Vec<i64>, i64)> = tokio::task::JoinSet::new();
        while !stop.is_cancelled() {
            let mut wait = Duration::from_millis(500);
            match self.ready(&busy).await {
                Ok(jobs) => {
                    let now = std::time::Instant::now();
                    limiter.forget_idle(now);
                    for job in jobs {
                        let w = limiter.wait(job.chat, now);
                        if !w.is_zero() {
                            wait = wait.min(w);
                            continue;
                        }
                        for _ in 0..pieces(&job.reply.text).len() {
                            limiter.take(job.chat, now);
                        }
                        busy.insert(job.chat);
                        let me = self.clone();
                        tasks.spawn(async move {
                            let mut done = me.send(&job).await;
                            // Marked here, the moment Telegram has accepted it: a crash now
                            // repeats nothing, and no other chat's bookkeeping comes first.
                            if matches!(done, Done::Sent) {
                                let marked = async { store::outbox::mark_sent(&mut *me.rt.store.conn().await?, &job.ids).await };
                                match marked.await {
                                    Ok(()) => done = Done::Marked,
                                    Err(e) => tracing::warn!("telegram: cannot mark a message sent yet: {e:#}"),
                                }
                            }
                            (job.chat, done, job.ids, job.attempts)
                        });
                    }
                }
                Err(e) => tracing::warn!("telegram delivery: {e:#}"),
            }
            let first = tokio::select! {
                Some(Ok(finished)) = tasks.join_next() => Some(finished),
                _ = self.wake.notified() => None,
                _ = tokio::time::sleep(wait) => None,
                _ = stop.cancelled() => None,
            };
            // Every send that finished meanwhile is settled before the outbox is read again:
            // reading it once per finished send made delivery quadratic in what waits.
            let mut finished: Vec<_> = first.into_iter().collect();
            while let Some(Ok(f)) = tasks.try_join_next() {
                finished.push(f);
            }
            for (chat, done, ids, attempts) in finished {
                busy.remove(&chat);
                if let Err(e) = self.settle(chat, done, &ids, attempts).await {
                    tracing::warn!("telegram delivery bookkeeping: {e:#}");
                }
            }
        }
        // Finish the sends in hand and record them.
        while let Some(Ok((chat, done, ids, attempts))) = tasks.join_next().await {
            let _ = self.settle(chat, done, &ids, attempts).await;
        }
    }

    /// The next message (or merged group) of every chat that has one ready: crisis answers and
    /// advisers' announcements first, then oldest first.
    async fn ready(&self, busy: &HashSet<i64>) -> Result<Vec<Job>> {
        let now = self.rt.now();
        let pending = store::outbox::pending_with_retry(&mut *self.rt.store.conn().await?, Channel::Telegram).await?;
        let mut per_chat: Vec<(i64, Vec<Outgoing>)> = vec![];
        let mut place: HashMap<i64, usize> = HashMap::new();
        let mut blocked: HashSet<i64> = HashSet::new();
        for (o, next_try) in pending {
            let Some(chat) = o.chat.telegram_id() else { continue };
            if busy.contains(&chat) || blocked.contains(&chat) {
                continue;
            }
            if next_try > now {
                // This chat waits; its later messages wait behind it, keeping its order.
                blocked.insert(chat);
                continue;
            }
            match place.get(&chat) {
                Some(&i) => per_chat[i].1.push(o),
                None => {
                    place.insert(chat, per_chat.len());
                    per_chat.push((chat, vec![o]));
                }
            }
        }
        let mut jobs: Vec<Job> = per_chat
            .into_iter()
            .filter_map(|(chat, group)| {
                let attempts = group[0].attempts;
                let (ids, reply) = merged(group).into_iter().next()?;
                Some(Job {
                    chat,
                    ids,
                    reply,
                    attempts,
                })
            })
            .collect();
        jobs.sort_by_key(|j| (!j.reply.urgent, !j.reply.headline, j.ids[0]));
        Ok(jobs)
    }

    /// Records what a send task achieved.
    async fn settle(&self, chat: i64, done: Done, ids: &[i64], attempts: i64) -> Result<()> {
        if let Done::Marked = done {
            self.liveness.sending(true);
            self.wake.notify_one();
            return Ok(());
        }
        let mut c = self.rt.store.conn().await?;
        match done {
            Done::Marked => {}
            Done::Sent => {
                self.liveness.sending(true);
                store::outbox::mark_sent(&mut c, ids).await?;
            }
            Done::Wait(seconds) => {
                self.liveness.sending(false);
                let wait = if seconds > 0 { seconds } else { super::retry_delay(attempts) };
                store::outbox::retry_later(&mut c, ids[0], self.rt.now() + wait).await?;
            }
            Done::Failed(reason) => {
                tracing::warn!(chat = %pseudonym(&Chat::telegram(chat)), reason, "telegram message can never be delivered; recorded as failed");
                metrics::counter!("wegwijzer_delivery_failed_total", "channel" => "telegram").increment(1);
                drop(c);
                for id in ids {
                    let o = Outgoing {
                        id: *id,
                        chat: Chat::telegram(chat),
                        reply: Reply::text(""),
                        attempts,
                    };
                    crate::service::delivery_failed(&self.rt, &o, &reason).await?;
                }
            }
            Done::Moved(to) => {
                tracing::info!("a telegram group became a supergroup; its messages follow it");
                store::outbox::readdress(&mut c, &Chat::telegram(chat), &Chat::telegram(to)).await?;
            }
        }
        self.wake.notify_one();
        Ok(())
    }

    /// Sends one message (cut into pieces Telegram accepts; buttons under the last), in the
    /// ticket's forum topic when it goes to an advisers' forum group.
    async fn send(&self, job: &Job) -> Done {
        let reply = &job.reply;
        let thread = match self.topic_for(job.chat, reply).await {
            Ok(t) => t,
            Err(e) => return classify(e),
        };
        if let Some(doc) = &reply.document {
            // A letter: the PDF with the text as its caption. Through teloxide's request (rare
            // enough that its pause after a 5xx does not matter).
            let file = InputFile::memory(super::pdf::render(doc)).file_name(format!("{}.pdf", doc.name));
            let mut req = self.bot.send_document(ChatId(job.chat), file).caption(reply.text.clone());
            if let Some(t) = thread {
                req = req.message_thread_id(ThreadId(MessageId(t)));
            }
            return match req.send().await {
                Ok(_) => Done::Sent,
                Err(e) => classify(e),
            };
        }
        let parts = pieces(&reply.text);
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            let markup = (i == last && !reply.choices.is_empty()).then(|| {
                let rows = reply
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(n, c)| vec![InlineKeyboardButton::callback(c.clone(), button_data(reply.step, n))]);
                InlineKeyboardMarkup::new(rows)
            });
            if let Err(done) = send_one(&self.bot, ChatId(job.chat), thread, part, markup).await {
                return done;
            }
        }
        Done::Sent
    }

    /// The forum topic of the ticket a message is about, in a forum group (made on first use).
    /// Announcements stay in the group's main topic.
    async fn topic_for(&self, chat: i64, reply: &Reply) -> Result<Option<i32>, RequestError> {
        let Some(ticket) = reply.ticket.filter(|_| chat < 0 && !reply.headline) else {
            return Ok(None);
        };
        if !self.is_forum(chat).await? {
            return Ok(None);
        }
        let key = Chat::telegram(chat).to_string();
        let known = async { store::threads::thread_of(&mut *self.rt.store.conn().await?, ticket, &key).await };
        if let Ok(Some(t)) = known.await {
            return Ok(t.parse().ok());
        }
        let topic = self.bot.create_forum_topic(ChatId(chat), format!("#{ticket}")).await?;
        let id = topic.thread_id.0.0;
        let saved = async { store::threads::set_thread(&mut *self.rt.store.conn().await?, ticket, &key, &id.to_string()).await };
        if let Err(e) = saved.await {
            tracing::warn!("cannot remember a ticket's forum topic: {e:#}");
        }
        Ok(Some(id))
    }

    async fn is_forum(&self, chat: i64) -> Result<bool, RequestError> {
        if let Some(f) = self.forums.lock().expect("forums").get(&chat) {
            return Ok(*f);
        }
        let info = self.bot.get_chat(ChatId(chat)).await?;
        use teloxide::types::{ChatFullInfoKind, ChatFullInfoPublicKind};
        let forum =
            matches!(&info.kind, ChatFullInfoKind::Public(p) if matches!(&p.kind, ChatFullInfoPublicKind::Supergroup(s) if s.is_forum));
        self.forums.lock().expect("forums").insert(chat, forum);
        Ok(forum)
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

/// Whether a failed send can work later (and when), never, or at another chat.
fn classify(e: RequestError) -> Done {
    match e {
        RequestError::RetryAfter(s) => Done::Wait(s.duration().as_secs().max(1) as i64),
        RequestError::MigrateToChatId(to) => Done::Moved(to.0),
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::ChatNotFound
            | ApiError::UserDeactivated
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::MessageIsTooLong
            | ApiError::NotEnoughRightsToPostMessages
            | ApiError::GroupDeactivated => Done::Failed(api.to_string()),
            // Other refusals are permanent too when Telegram calls them Forbidden or Bad Request.
            ApiError::Unknown(text) if text.starts_with("Forbidden") || text.starts_with("Bad Request") => Done::Failed(text),
            _ => Done::Wait(0),
        },
        _ => Done::Wait(0),
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
            attempts: 0,
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
