//! A stand-in for the Telegram Bot API, for tests and the benchmark (in-process, or as its own
//! process with the `fake-telegram` binary). Telegram has no
//! local server, so this one answers with Telegram's JSON shapes: getMe, getUpdates (with long
//! polling and offsets), sendMessage (also into forum topics), editMessageText,
//! editMessageReplyMarkup, answerCallbackQuery, sendChatAction, sendDocument, getChat,
//! createForumTopic, leaveChat, setMyCommands, getFile (and the file download route),
//! setWebhook, deleteWebhook, getWebhookInfo. It can inject faults per method (429 with
//! retry_after, 5xx, a dropped connection) or per chat (kicked, not found, migrated, slow, ...),
//! add latency to every call, and check that the bot keeps to Telegram's rate limits.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use tokio::sync::Notify;

pub const BOT_ID: i64 = 7_000_000_001;

/// The file id of the photo [`FakeTelegram::parent_sends_photo`] sends; getFile resolves it to
/// [`photo_png`].
pub const PHOTO_FILE_ID: &str = "AgACAgQAAxkBAAIB";

/// Telegram's default colour of a forum topic's icon (0x6FB9F0).
pub const TOPIC_ICON_COLOR: i64 = 7_322_096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after` seconds.
    RetryAfter(u32),
    /// HTTP 502 Bad Gateway.
    ServerError,
    /// The connection is closed without an answer.
    Drop,
}

/// How every call about one chat (any method with that `chat_id`) fails, until
/// [`FakeTelegram::clear_chat`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatFault {
    /// 403 "Forbidden: bot was kicked from the supergroup chat" (for a private chat, as Telegram
    /// says it there: "Forbidden: bot was blocked by the user").
    Forbidden,
    /// 400 "Bad Request: chat not found".
    NotFound,
    /// 400 "Bad Request: group chat was upgraded to a supergroup chat", with
    /// `parameters.migrate_to_chat_id`.
    Migrated(i64),
    /// 403 "Forbidden: bot can't initiate conversation with a user".
    CantInitiate,
    /// 429 with `parameters.retry_after` seconds, for this chat only.
    RetryAfter(u32),
    /// Answers normally, after this delay.
    Slow(Duration),
    /// 502 Bad Gateway.
    ServerError,
}

/// One call the bot made, with its parameters.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
}

/// A message the bot sent, as the parent would see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    pub message_id: i64,
    pub chat_id: i64,
    pub text: String,
    /// (label, callback data) of each inline button.
    pub buttons: Vec<(String, String)>,
    /// The forum topic (`message_thread_id`) it was sent into.
    pub thread: Option<i64>,
}

/// A file the bot sent with sendDocument.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub message_id: i64,
    pub chat_id: i64,
    /// The uploaded file's name (empty if the bot gave none); for a document sent by file id or
    /// URL, that id or URL.
    pub file_name: String,
    /// The uploaded bytes (empty for a document sent by file id or URL).
    pub bytes: Vec<u8>,
    pub caption: Option<String>,
    pub thread: Option<i64>,
}

/// A file getFile knows: its id, unique id, path on the file route, and contents.
struct StoredFile {
    unique_id: String,
    path: String,
    mime: String,
    bytes: Arc<Vec<u8>>,
}

/// A forum topic the bot created.
struct Topic {
    thread: i64,
    name: String,
    icon_color: i64,
}

#[derive(Default)]
struct Inner {
    updates: VecDeque<Value>,
    /// Every update ever queued, so a redelivery can be staged.
    history: Vec<Value>,
    next_update: i64,
    next_message: i64,
    calls: Vec<Call>,
    sent: Vec<Sent>,
    faults: Vec<(String, Fault)>,
    webhook: Option<String>,
    /// Per chat: messages sent so far and the last one, for waiting without scanning `sent`.
    per_chat: HashMap<i64, (usize, Option<Sent>)>,
    /// (chat, message id) -> position in `sent`, so an edit does not scan every message.
    by_id: HashMap<(i64, i64), usize>,
    /// When each sendMessage arrived, per chat, in the order of `sent`.
    sent_at: HashMap<i64, Vec<Instant>>,
    forums: HashSet<i64>,
    topics: HashMap<i64, Vec<Topic>>,
    left: HashSet<i64>,
    documents: Vec<Document>,
    /// Faults that hold for a chat until cleared.
    chat_faults: HashMap<i64, ChatFault>,
    /// One-off faults for a chat and method (lower case).
    chat_faults_once: HashMap<i64, VecDeque<(String, ChatFault)>>,
    latency: Duration,
    limits: bool,
    violations: usize,
    /// Messages accepted in the last second, all chats.
    window_all: VecDeque<Instant>,
    /// Messages accepted in the last minute, per chat.
    window_chat: HashMap<i64, VecDeque<Instant>>,
    /// file id -> file.
    files: HashMap<String, StoredFile>,
    /// path on the file route -> file id.
    paths: HashMap<String, String>,
    next_file: u64,
    downloads: Vec<String>,
}

#[derive(Clone)]
pub struct FakeTelegram {
    inner: Arc<Mutex<Inner>>,
    arrived: Arc<Notify>,
    /// Woken for a chat whenever the bot sends to it.
    delivered: Arc<Mutex<HashMap<i64, Arc<Notify>>>>,
    pub addr: std::net::SocketAddr,
}

impl FakeTelegram {
    /// Starts the server on a free loopback port.
    pub async fn start() -> FakeTelegram {
        Self::start_on("127.0.0.1:0").await
    }

    /// Starts the server on `addr` ("127.0.0.1:8081").
    pub async fn start_on(addr: &str) -> FakeTelegram {
        let mut inner = Inner {
            next_update: 1,
            next_message: 1,
            ..Default::default()
        };
        inner.files.insert(
            PHOTO_FILE_ID.into(),
            StoredFile {
                unique_id: "AQADAgAT".into(),
                path: "photos/file_0.png".into(),
                mime: "image/png".into(),
                bytes: Arc::new(photo_png()),
            },
        );
        inner.paths.insert("photos/file_0.png".into(), PHOTO_FILE_ID.into());
        let inner = Arc::new(Mutex::new(inner));
        let arrived = Arc::new(Notify::new());
        let listener = tokio::net::TcpListener::bind(addr).await.expect("bind the fake Bot API's address");
        let addr = listener.local_addr().expect("local addr");
        let fake = FakeTelegram {
            inner,
            arrived,
            delivered: Arc::default(),
            addr,
        };
        let app = axum::Router::new()
            .route("/file/{bot}/{*path}", get(download))
            .route("/{bot}/{method}", post(handle))
            // Telegram takes uploads of up to 50 MB.
            .layer(DefaultBodyLimit::max(50 << 20))
            .with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.ok() });
        fake
    }

    /// The base URL to give teloxide (`Bot::set_api_url`).
    pub fn api_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn user(id: i64, lang: &str) -> Value {
        json!({"id": id, "is_bot": false, "first_name": "Ouder", "language_code": lang})
    }

    /// Someone in a group (an adviser, say).
    fn member(id: i64) -> Value {
        json!({"id": id, "is_bot": false, "first_name": "Adviseur", "username": format!("user{id}"), "language_code": "nl"})
    }

    fn push_update(&self, body: Value) -> i64 {
        let mut g = self.inner.lock().unwrap();
        let id = g.next_update;
        g.next_update += 1;
        let mut u = json!({"update_id": id});
        for (k, v) in body.as_object().unwrap() {
            u[k] = v.clone();
        }
        g.history.push(u.clone());
        g.updates.push_back(u);
        drop(g);
        self.arrived.notify_waiters();
        id
    }

    fn new_message_id(&self) -> i64 {
        let mut g = self.inner.lock().unwrap();
        g.next_message += 1;
        g.next_message
    }

    /// A parent types a message in a private chat (chat id = user id).
    pub fn parent_says(&self, user: i64, lang: &str, text: &str) -> i64 {
        let mut msg = json!({
            "message_id": self.new_message_id(), "from": Self::user(user, lang),
            "chat": {"id": user, "first_name": "Ouder", "type": "private"}, "date": now(), "text": text
        });
        add_command_entity(&mut msg, text);
        self.push_update(json!({"message": msg}))
    }

    /// The update JSON Telegram would post to a webhook for a typed message.
    pub fn text_update(&self, user: i64, lang: &str, text: &str) -> Value {
        let id = self.parent_says(user, lang, text);
        let mut g = self.inner.lock().unwrap();
        let pos = g.updates.iter().position(|u| u["update_id"] == id).unwrap();
        g.updates.remove(pos).unwrap()
    }

    /// A parent sends a photo; getFile resolves its file id ([`PHOTO_FILE_ID`]) to a small PNG
    /// served on the file route.
    pub fn parent_sends_photo(&self, user: i64, lang: &str) -> i64 {
        let msg = json!({
            "message_id": self.new_message_id(), "from": Self::user(user, lang),
            "chat": {"id": user, "first_name": "Ouder", "type": "private"}, "date": now(),
            "photo": [{"file_id": PHOTO_FILE_ID, "file_unique_id": "AQADAgAT", "width": PHOTO_WIDTH, "height": PHOTO_HEIGHT, "file_size": photo_png().len()}]
        });
        self.push_update(json!({"message": msg}))
    }

    /// Queues an update again, as Telegram does when the bot stopped before confirming it.
    pub fn redeliver(&self, update_id: i64) {
        let mut g = self.inner.lock().unwrap();
        let u = g
            .history
            .iter()
            .find(|u| u["update_id"] == update_id)
            .cloned()
            .expect("known update");
        g.updates.push_front(u);
        drop(g);
        self.arrived.notify_waiters();
    }

    /// A parent presses an inline button under a message the bot sent.
    pub fn parent_presses(&self, user: i64, lang: &str, message: &Sent, data: &str) -> i64 {
        let shown = json!({
            "message_id": message.message_id, "from": Self::bot(),
            "chat": {"id": message.chat_id, "first_name": "Ouder", "type": "private"}, "date": now(), "text": message.text
        });
        self.push_update(json!({"callback_query": {
            "id": format!("cbq{}", self.new_message_id()), "from": Self::user(user, lang), "message": shown,
            "chat_instance": "-5533442211", "data": data
        }}))
    }

    /// Someone types in a group (type "supergroup"): in forum topic `thread` if given, as a
    /// reply to the bot's message `reply_to` if given. As Telegram does, a message in a topic the
    /// bot created that replies to nothing carries the topic's creation message (a service
    /// message with `forum_topic_created`) as its `reply_to_message`. Returns the update id.
    pub fn user_says_in_group(&self, group_id: i64, user_id: i64, text: &str, thread: Option<i64>, reply_to: Option<&Sent>) -> i64 {
        let message_id = self.new_message_id();
        let g = self.inner.lock().unwrap();
        let mut msg = json!({
            "message_id": message_id, "from": Self::member(user_id), "chat": g.chat_json(group_id), "date": now(), "text": text
        });
        add_command_entity(&mut msg, text);
        if let Some(t) = thread {
            msg["message_thread_id"] = json!(t);
            msg["is_topic_message"] = json!(true);
        }
        if let Some(r) = reply_to {
            msg["reply_to_message"] = g.message_json(r);
        } else if let Some(t) = thread
            && let Some(topic) = g.topics.get(&group_id).and_then(|ts| ts.iter().find(|x| x.thread == t))
        {
            msg["reply_to_message"] = json!({
                "message_id": t, "from": Self::bot(), "chat": g.chat_json(group_id), "date": now(),
                "message_thread_id": t, "is_topic_message": true,
                "forum_topic_created": {"name": topic.name, "icon_color": topic.icon_color}
            });
        }
        drop(g);
        self.push_update(json!({"message": msg}))
    }

    /// Someone in a group presses an inline button under the bot's message `message` there.
    pub fn user_presses_in_group(&self, group_id: i64, user_id: i64, message: &Sent, data: &str) -> i64 {
        let shown = {
            let g = self.inner.lock().unwrap();
            let mut m = g.message_json(message);
            m["chat"] = g.chat_json(group_id);
            m
        };
        self.push_update(json!({"callback_query": {
            "id": format!("cbq{}", self.new_message_id()), "from": Self::member(user_id), "message": shown,
            "chat_instance": format!("{}", group_id.wrapping_mul(31).wrapping_abs()), "data": data
        }}))
    }

    fn bot() -> Value {
        json!({"id": BOT_ID, "is_bot": true, "first_name": "Wegwijzer", "username": "wegwijzer_bot"})
    }

    /// The next call of `method` (case-insensitive) fails this way.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.inner.lock().unwrap().faults.push((method.to_lowercase(), fault));
    }

    /// Every call about `chat_id` fails (or, for [`ChatFault::Slow`], is delayed) this way until
    /// [`FakeTelegram::clear_chat`].
    pub fn fail_chat(&self, chat_id: i64, fault: ChatFault) {
        self.inner.lock().unwrap().chat_faults.insert(chat_id, fault);
    }

    /// The next call of `method` (case-insensitive) about `chat_id` fails this way, once.
    pub fn fail_chat_next(&self, chat_id: i64, method: &str, fault: ChatFault) {
        self.inner
            .lock()
            .unwrap()
            .chat_faults_once
            .entry(chat_id)
            .or_default()
            .push_back((method.to_lowercase(), fault));
    }

    /// Calls about `chat_id` succeed again.
    pub fn clear_chat(&self, chat_id: i64) {
        let mut g = self.inner.lock().unwrap();
        g.chat_faults.remove(&chat_id);
        g.chat_faults_once.remove(&chat_id);
    }

    /// Every call (and file download) is answered after this delay, as over a real network.
    pub fn set_latency(&self, latency: Duration) {
        self.inner.lock().unwrap().latency = latency;
    }

    /// Off by default. When on, a message (sendMessage, sendDocument, any other send* but
    /// sendChatAction, copyMessage, forwardMessage) is refused with 429 (retry_after 1) if it
    /// would be the second within a second to one private chat, the 21st within a minute to one
    /// group (negative id), or the 31st within a second overall. Arrival times jitter, so a
    /// message counts against the windows for 50 ms less than a second (1 s less than a minute).
    pub fn enforce_limits(&self, on: bool) {
        let mut g = self.inner.lock().unwrap();
        g.limits = on;
        g.window_all.clear();
        g.window_chat.clear();
    }

    /// Messages refused because they broke a rate limit (see [`FakeTelegram::enforce_limits`]).
    pub fn limit_violations(&self) -> usize {
        self.inner.lock().unwrap().violations
    }

    /// `chat_id` is a forum supergroup: getChat says `"is_forum": true` and createForumTopic works.
    pub fn make_forum(&self, chat_id: i64) {
        self.inner.lock().unwrap().forums.insert(chat_id);
    }

    /// The topics the bot created in `chat`, in order: (message_thread_id, name).
    pub fn topics(&self, chat: i64) -> Vec<(i64, String)> {
        self.inner
            .lock()
            .unwrap()
            .topics
            .get(&chat)
            .map(|ts| ts.iter().map(|t| (t.thread, t.name.clone())).collect())
            .unwrap_or_default()
    }

    /// Whether the bot called leaveChat for `chat`.
    pub fn left(&self, chat: i64) -> bool {
        self.inner.lock().unwrap().left.contains(&chat)
    }

    /// The documents the bot sent to `chat`, in order.
    pub fn documents_to(&self, chat: i64) -> Vec<Document> {
        self.inner
            .lock()
            .unwrap()
            .documents
            .iter()
            .filter(|d| d.chat_id == chat)
            .cloned()
            .collect()
    }

    /// When each message the bot sent to `chat` (sendMessage) arrived; the i-th instant belongs
    /// to the i-th message of [`FakeTelegram::sent_to`].
    pub fn sent_at(&self, chat: i64) -> Vec<Instant> {
        self.inner.lock().unwrap().sent_at.get(&chat).cloned().unwrap_or_default()
    }

    /// The file paths the bot downloaded from the file route, in order.
    pub fn downloads(&self) -> Vec<String> {
        self.inner.lock().unwrap().downloads.clone()
    }

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.inner
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|c| c.method.eq_ignore_ascii_case(method))
            .cloned()
            .collect()
    }

    pub fn sent_to(&self, chat: i64) -> Vec<Sent> {
        self.inner
            .lock()
            .unwrap()
            .sent
            .iter()
            .filter(|s| s.chat_id == chat)
            .cloned()
            .collect()
    }

    fn chat_notify(&self, chat: i64) -> Arc<Notify> {
        self.delivered.lock().unwrap().entry(chat).or_default().clone()
    }

    /// Waits until the bot has sent `n` messages to `chat`; returns the last one.
    pub async fn wait_sent(&self, chat: i64, n: usize) -> Sent {
        let notify = self.chat_notify(chat);
        loop {
            let woken = notify.notified();
            if let Some((count, Some(last))) = self.inner.lock().unwrap().per_chat.get(&chat).cloned()
                && count >= n
            {
                return last;
            }
            woken.await;
        }
    }

    /// How many messages the bot sent to `chat`.
    pub fn count_to(&self, chat: i64) -> usize {
        self.inner.lock().unwrap().per_chat.get(&chat).map(|c| c.0).unwrap_or(0)
    }

    pub fn sent_count(&self) -> usize {
        self.inner.lock().unwrap().sent.len()
    }

    pub fn webhook(&self) -> Option<String> {
        self.inner.lock().unwrap().webhook.clone()
    }

    /// Updates not yet confirmed by a getUpdates offset.
    pub fn unconfirmed(&self) -> usize {
        self.inner.lock().unwrap().updates.len()
    }

    /// Removes up to `max` queued [`FakeTelegram::fail_next`] faults of this kind for `method`;
    /// returns how many it removed.
    pub(crate) fn withdraw_faults(&self, method: &str, fault: Fault, max: usize) -> usize {
        let m = method.to_lowercase();
        let mut g = self.inner.lock().unwrap();
        let mut removed = 0;
        g.faults.retain(|(fm, f)| {
            let drop = removed < max && *fm == m && *f == fault;
            removed += usize::from(drop);
            !drop
        });
        removed
    }

    /// Waits until `done` holds, checking whenever the bot calls the API. The limit only guards
    /// against a hang; it is not a speed requirement (a debug build of the bot trains triage for
    /// about 25 s at start, longer while the rest of the suite runs beside it).
    pub async fn wait_until(&self, what: &str, done: impl Fn(&FakeTelegram) -> bool) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
        while !done(self) {
            if tokio::time::Instant::now() > deadline {
                panic!("gave up waiting for: {what}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Inner {
    /// A chat as it appears in a message: private for a positive id, else a supergroup.
    fn chat_json(&self, id: i64) -> Value {
        if id > 0 {
            return json!({"id": id, "first_name": "Ouder", "type": "private"});
        }
        let mut c = json!({"id": id, "title": "Adviseurs", "type": "supergroup"});
        if self.forums.contains(&id) {
            c["is_forum"] = json!(true);
        }
        c
    }

    /// A message the bot sent, as Telegram shows it in a reply or callback query.
    fn message_json(&self, s: &Sent) -> Value {
        let mut m = json!({"message_id": s.message_id, "from": FakeTelegram::bot(), "chat": self.chat_json(s.chat_id), "date": now(), "text": s.text});
        if !s.buttons.is_empty() {
            let rows: Vec<Value> = s
                .buttons
                .iter()
                .map(|(label, data)| json!([{"text": label, "callback_data": data}]))
                .collect();
            m["reply_markup"] = json!({"inline_keyboard": rows});
        }
        if let Some(t) = s.thread {
            m["message_thread_id"] = json!(t);
            m["is_topic_message"] = json!(true);
        }
        m
    }

    /// Full information about a chat, as getChat returns it.
    fn chat_full_json(&self, id: i64) -> Value {
        let mut c = self.chat_json(id);
        c["accent_color_id"] = json!(id.rem_euclid(7));
        c["max_reaction_count"] = json!(11);
        c["accepted_gift_types"] =
            json!({"unlimited_gifts": false, "limited_gifts": false, "unique_gifts": false, "premium_subscription": false});
        if id < 0 {
            c["permissions"] = json!({
                "can_send_messages": true, "can_send_audios": true, "can_send_documents": true, "can_send_photos": true,
                "can_send_videos": true, "can_send_video_notes": true, "can_send_voice_notes": true, "can_send_polls": true,
                "can_send_other_messages": true, "can_add_web_page_previews": true, "can_change_info": false,
                "can_invite_users": true, "can_pin_messages": false, "can_manage_topics": false
            });
        }
        c
    }

    /// Whether a message to `chat` now breaks a rate limit; if not, counts it.
    fn over_limit(&mut self, chat: i64, now: Instant) -> bool {
        let second = Duration::from_secs(1);
        let minute = Duration::from_secs(60);
        let sec_window = second - Duration::from_millis(50);
        let min_window = minute - second;
        while self.window_all.front().is_some_and(|t| now.duration_since(*t) >= second) {
            self.window_all.pop_front();
        }
        let recent = |q: &VecDeque<Instant>, w: Duration| q.iter().rev().take_while(|t| now.duration_since(**t) < w).count();
        let mut over = recent(&self.window_all, sec_window) >= 30;
        let mine = self.window_chat.entry(chat).or_default();
        while mine.front().is_some_and(|t| now.duration_since(*t) >= minute) {
            mine.pop_front();
        }
        over |= if chat > 0 {
            recent(mine, sec_window) >= 1
        } else {
            recent(mine, min_window) >= 20
        };
        if over {
            self.violations += 1;
        } else {
            mine.push_back(now);
            self.window_all.push_back(now);
        }
        over
    }

    fn store_file(&mut self, kind: &str, name: &str, mime: &str, bytes: Vec<u8>) -> (String, String) {
        self.next_file += 1;
        let n = self.next_file;
        let id = format!("BQACAgQAAxkDAAI{n:06}");
        let unique = format!("AgAD{n:06}");
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("bin");
        let path = format!("{kind}/file_{n}.{ext}");
        self.paths.insert(path.clone(), id.clone());
        self.files.insert(
            id.clone(),
            StoredFile {
                unique_id: unique.clone(),
                path,
                mime: mime.to_string(),
                bytes: Arc::new(bytes),
            },
        );
        (id, unique)
    }
}

fn add_command_entity(msg: &mut Value, text: &str) {
    if text.starts_with('/') {
        let len = text.split_whitespace().next().unwrap_or_default().encode_utf16().count();
        msg["entities"] = json!([{"offset": 0, "length": len, "type": "bot_command"}]);
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

const PHOTO_WIDTH: u32 = 90;
const PHOTO_HEIGHT: u32 = 67;

/// The photo parents send: a 90×67 grey gradient PNG.
pub fn photo_png() -> Vec<u8> {
    static PNG: LazyLock<Vec<u8>> = LazyLock::new(|| png(PHOTO_WIDTH, PHOTO_HEIGHT));
    PNG.clone()
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    !c
}

/// An 8-bit greyscale PNG, its pixel data in uncompressed ("stored") deflate blocks.
fn png(w: u32, h: u32) -> Vec<u8> {
    let mut raw = Vec::with_capacity(((w + 1) * h) as usize);
    for y in 0..h {
        raw.push(0); // filter: none
        raw.extend((0..w).map(|x| ((x * 255 / w.max(1) + y * 2) % 256) as u8));
    }
    let mut z = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        z.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        z.extend(len.to_le_bytes());
        z.extend((!len).to_le_bytes());
        z.extend(*block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &x in &raw {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    z.extend(((b << 16) | a).to_be_bytes());
    let mut out = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    let mut chunk = |kind: &[u8; 4], data: &[u8]| {
        out.extend((data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend(data);
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]); // 8 bits, greyscale, deflate, no filter choice, no interlace
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &z);
    chunk(b"IEND", &[]);
    out
}

type Answer = (StatusCode, Json<Value>);

fn ok(result: Value) -> Answer {
    (StatusCode::OK, Json(json!({"ok": true, "result": result})))
}

fn refuse(status: StatusCode, description: &str, parameters: Option<Value>) -> Answer {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (status, Json(body))
}

fn too_many(seconds: u32) -> Answer {
    refuse(
        StatusCode::TOO_MANY_REQUESTS,
        &format!("Too Many Requests: retry after {seconds}"),
        Some(json!({"retry_after": seconds})),
    )
}

fn bad_gateway() -> Answer {
    refuse(StatusCode::BAD_GATEWAY, "Bad Gateway", None)
}

/// The answer for a chat fault, or None to go on (after the delay of a slow chat).
async fn chat_fault_answer(chat: i64, fault: ChatFault) -> Option<Answer> {
    Some(match fault {
        ChatFault::Forbidden if chat > 0 => refuse(StatusCode::FORBIDDEN, "Forbidden: bot was blocked by the user", None),
        ChatFault::Forbidden => refuse(StatusCode::FORBIDDEN, "Forbidden: bot was kicked from the supergroup chat", None),
        ChatFault::NotFound => refuse(StatusCode::BAD_REQUEST, "Bad Request: chat not found", None),
        ChatFault::Migrated(to) => refuse(
            StatusCode::BAD_REQUEST,
            "Bad Request: group chat was upgraded to a supergroup chat",
            Some(json!({"migrate_to_chat_id": to})),
        ),
        ChatFault::CantInitiate => refuse(
            StatusCode::FORBIDDEN,
            "Forbidden: bot can't initiate conversation with a user",
            None,
        ),
        ChatFault::RetryAfter(s) => too_many(s),
        ChatFault::ServerError => bad_gateway(),
        ChatFault::Slow(d) => {
            tokio::time::sleep(d).await;
            return None;
        }
    })
}

/// A file part of a multipart request.
struct Upload {
    file_name: String,
    mime: Option<String>,
    bytes: Vec<u8>,
}

/// Reads the parameters the way Telegram accepts them: JSON, or multipart (teloxide uses it for
/// methods that may carry a file, such as setWebhook and sendDocument). File parts are returned
/// by field name.
async fn params_of(req: Request) -> (Value, HashMap<String, Upload>) {
    let multipart = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    let mut files = HashMap::new();
    if multipart {
        let mut params = json!({});
        if let Ok(mut form) = Multipart::from_request(req, &()).await {
            while let Ok(Some(field)) = form.next_field().await {
                let name = field.name().unwrap_or_default().to_string();
                let file_name = field.file_name().map(str::to_string);
                let mime = field.content_type().map(str::to_string);
                let bytes = field.bytes().await.unwrap_or_default().to_vec();
                match file_name {
                    Some(file_name) => {
                        files.insert(name, Upload { file_name, mime, bytes });
                    }
                    None => {
                        let text = String::from_utf8_lossy(&bytes).into_owned();
                        params[name] = serde_json::from_str(&text).unwrap_or(Value::String(text));
                    }
                }
            }
        }
        return (params, files);
    }
    let bytes = axum::body::to_bytes(req.into_body(), 1 << 20).await.unwrap_or_default();
    (serde_json::from_slice(&bytes).unwrap_or_else(|_| json!({})), files)
}

/// The chat a call is about: `chat_id` as a number or a numeric string.
fn chat_of(params: &Value) -> Option<i64> {
    let c = &params["chat_id"];
    c.as_i64().or_else(|| c.as_str().and_then(|s| s.parse().ok()))
}

fn thread_of(params: &Value) -> Option<i64> {
    let t = &params["message_thread_id"];
    t.as_i64().or_else(|| t.as_str().and_then(|s| s.parse().ok()))
}

/// Methods that send a message, for the rate limits.
fn sends_message(m: &str) -> bool {
    m.starts_with("send") && m != "sendchataction" || m == "copymessage" || m == "forwardmessage"
}

async fn download(State(fake): State<FakeTelegram>, Path((bot, path)): Path<(String, String)>) -> Response {
    let latency = fake.inner.lock().unwrap().latency;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let found = {
        let mut g = fake.inner.lock().unwrap();
        let found = g
            .paths
            .get(&path)
            .and_then(|id| g.files.get(id))
            .map(|f| (f.mime.clone(), f.bytes.clone()));
        if found.is_some() && bot.starts_with("bot") {
            g.downloads.push(path.clone());
        }
        found
    };
    match found {
        Some((mime, bytes)) if bot.starts_with("bot") => ([(CONTENT_TYPE, mime)], bytes.to_vec()).into_response(),
        _ => refuse(StatusCode::NOT_FOUND, "Not Found", None).into_response(),
    }
}

async fn handle(State(fake): State<FakeTelegram>, Path((_bot, method)): Path<(String, String)>, req: Request) -> Answer {
    let arrived = Instant::now();
    let (params, files) = params_of(req).await;
    let m = method.to_lowercase();
    let chat = chat_of(&params);
    let (fault, chat_fault, latency) = {
        let mut g = fake.inner.lock().unwrap();
        g.calls.push(Call {
            method: method.clone(),
            params: params.clone(),
        });
        let fault = g.faults.iter().position(|(fm, _)| *fm == m).map(|i| g.faults.remove(i).1);
        let chat_fault = chat.and_then(|c| {
            let once = g.chat_faults_once.get_mut(&c).and_then(|q| {
                let i = q.iter().position(|(fm, _)| *fm == m)?;
                q.remove(i).map(|(_, f)| f)
            });
            once.or_else(|| g.chat_faults.get(&c).copied())
        });
        (fault, chat_fault, g.latency)
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    match fault {
        Some(Fault::RetryAfter(s)) => return too_many(s),
        Some(Fault::ServerError) => return bad_gateway(),
        // Unwinding the connection's task closes the socket with no answer, as a broken network does.
        Some(Fault::Drop) => std::panic::resume_unwind(Box::new("fake Telegram drops the connection")),
        None => {}
    }
    if let (Some(c), Some(f)) = (chat, chat_fault)
        && let Some(answer) = chat_fault_answer(c, f).await
    {
        return answer;
    }
    if let Some(c) = chat
        && sends_message(&m)
    {
        let mut g = fake.inner.lock().unwrap();
        if g.limits && g.over_limit(c, Instant::now()) {
            return too_many(1);
        }
    }
    match m.as_str() {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Wegwijzer", "username": "wegwijzer_bot",
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        })),
        "getupdates" => {
            // As Telegram: no long polling while a webhook is set.
            if fake.inner.lock().unwrap().webhook.is_some() {
                return refuse(
                    StatusCode::CONFLICT,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                    None,
                );
            }
            let offset = params["offset"].as_i64().unwrap_or(0);
            let timeout = params["timeout"].as_u64().unwrap_or(0).min(10);
            let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
            loop {
                let notified = fake.arrived.notified();
                {
                    let mut g = fake.inner.lock().unwrap();
                    // An offset confirms every update before it: Telegram forgets them.
                    while g.updates.front().is_some_and(|u| u["update_id"].as_i64().unwrap_or(0) < offset) {
                        g.updates.pop_front();
                    }
                    let limit = params["limit"].as_u64().unwrap_or(100) as usize;
                    let ready: Vec<Value> = g.updates.iter().take(limit).cloned().collect();
                    if !ready.is_empty() || tokio::time::Instant::now() >= deadline {
                        return ok(Value::Array(ready));
                    }
                }
                let _ = tokio::time::timeout_at(deadline, notified).await;
            }
        }
        "sendmessage" => {
            let chat_id = chat.unwrap_or_default();
            let text = params["text"].as_str().unwrap_or_default().to_string();
            let thread = thread_of(&params);
            let buttons = params["reply_markup"]["inline_keyboard"]
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .flat_map(|r| r.as_array().cloned().unwrap_or_default())
                        .map(|b| {
                            (
                                b["text"].as_str().unwrap_or_default().to_string(),
                                b["callback_data"].as_str().unwrap_or_default().to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let message_id = fake.new_message_id();
            let sent = Sent {
                message_id,
                chat_id,
                text: text.clone(),
                buttons,
                thread,
            };
            let mut msg = {
                let mut g = fake.inner.lock().unwrap();
                let entry = g.per_chat.entry(chat_id).or_default();
                entry.0 += 1;
                entry.1 = Some(sent.clone());
                let at = g.sent.len();
                g.by_id.insert((chat_id, message_id), at);
                g.sent.push(sent);
                g.sent_at.entry(chat_id).or_default().push(arrived);
                json!({"message_id": message_id, "from": FakeTelegram::bot(), "chat": g.chat_json(chat_id), "date": now(), "text": text})
            };
            fake.chat_notify(chat_id).notify_waiters();
            if let Some(t) = thread {
                msg["message_thread_id"] = json!(t);
                msg["is_topic_message"] = json!(true);
            }
            if params.get("reply_markup").is_some() {
                msg["reply_markup"] = params["reply_markup"].clone();
            }
            ok(msg)
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let chat_id = chat.unwrap_or_default();
            let message_id = params["message_id"].as_i64().unwrap_or_default();
            let mut g = fake.inner.lock().unwrap();
            let at = g.by_id.get(&(chat_id, message_id)).copied();
            let Some(s) = at.map(|i| &mut g.sent[i]) else {
                return refuse(StatusCode::BAD_REQUEST, "Bad Request: message to edit not found", None);
            };
            if let Some(t) = params["text"].as_str() {
                s.text = t.to_string();
            }
            if params["reply_markup"].is_null()
                || m == "editmessagereplymarkup" && params["reply_markup"]["inline_keyboard"].as_array().is_none_or(|a| a.is_empty())
            {
                s.buttons.clear();
            }
            let (text, thread) = (s.text.clone(), s.thread);
            let mut msg = json!({"message_id": message_id, "from": FakeTelegram::bot(), "chat": g.chat_json(chat_id), "date": now(), "edit_date": now(), "text": text});
            if let Some(t) = thread {
                msg["message_thread_id"] = json!(t);
                msg["is_topic_message"] = json!(true);
            }
            ok(msg)
        }
        "senddocument" => {
            let chat_id = chat.unwrap_or_default();
            let thread = thread_of(&params);
            let caption = params["caption"].as_str().map(str::to_string);
            // A file part named "document", or one that `document: "attach://<name>"` points to.
            let field = params["document"].as_str().and_then(|d| d.strip_prefix("attach://"));
            let upload = field.and_then(|f| files.get(f)).or_else(|| files.get("document"));
            let message_id = fake.new_message_id();
            let mut g = fake.inner.lock().unwrap();
            let (doc, file) = match upload {
                Some(u) => {
                    let mime = u.mime.clone().unwrap_or_else(|| "application/octet-stream".into());
                    let (id, unique) = g.store_file("documents", &u.file_name, &mime, u.bytes.clone());
                    let mut file = json!({"file_id": id, "file_unique_id": unique, "mime_type": mime, "file_size": u.bytes.len()});
                    if !u.file_name.is_empty() {
                        file["file_name"] = json!(u.file_name);
                    }
                    ((u.file_name.clone(), u.bytes.clone()), file)
                }
                None => {
                    let Some(given) = params["document"].as_str().filter(|d| !d.starts_with("attach://")) else {
                        return refuse(StatusCode::BAD_REQUEST, "Bad Request: there is no document in the request", None);
                    };
                    let file = match g.files.get(given) {
                        Some(f) => {
                            json!({"file_id": given, "file_unique_id": f.unique_id, "mime_type": f.mime, "file_size": f.bytes.len()})
                        }
                        None => json!({"file_id": given, "file_unique_id": "AgADdXJs"}),
                    };
                    ((given.to_string(), vec![]), file)
                }
            };
            g.documents.push(Document {
                message_id,
                chat_id,
                file_name: doc.0,
                bytes: doc.1,
                caption: caption.clone(),
                thread,
            });
            let mut msg = json!({"message_id": message_id, "from": FakeTelegram::bot(), "chat": g.chat_json(chat_id), "date": now(), "document": file});
            if let Some(c) = caption {
                msg["caption"] = json!(c);
            }
            if let Some(t) = thread {
                msg["message_thread_id"] = json!(t);
                msg["is_topic_message"] = json!(true);
            }
            ok(msg)
        }
        "getchat" => match chat {
            Some(c) => ok(fake.inner.lock().unwrap().chat_full_json(c)),
            None => refuse(StatusCode::BAD_REQUEST, "Bad Request: chat not found", None),
        },
        "createforumtopic" => {
            let chat_id = chat.unwrap_or_default();
            let name = params["name"].as_str().unwrap_or_default().to_string();
            if !fake.inner.lock().unwrap().forums.contains(&chat_id) {
                return refuse(StatusCode::BAD_REQUEST, "Bad Request: the chat is not a forum", None);
            }
            if name.is_empty() || name.chars().count() > 128 {
                return refuse(StatusCode::BAD_REQUEST, "Bad Request: TOPIC_TITLE_EMPTY", None);
            }
            let icon_color = params["icon_color"].as_i64().unwrap_or(TOPIC_ICON_COLOR);
            // A topic's id is the id of the service message that opened it.
            let thread = fake.new_message_id();
            fake.inner.lock().unwrap().topics.entry(chat_id).or_default().push(Topic {
                thread,
                name: name.clone(),
                icon_color,
            });
            ok(json!({"message_thread_id": thread, "name": name, "icon_color": icon_color}))
        }
        "leavechat" => {
            if let Some(c) = chat {
                fake.inner.lock().unwrap().left.insert(c);
            }
            ok(json!(true))
        }
        "getfile" => {
            let id = params["file_id"].as_str().unwrap_or_default();
            let g = fake.inner.lock().unwrap();
            match g.files.get(id) {
                Some(f) => ok(json!({"file_id": id, "file_unique_id": f.unique_id, "file_size": f.bytes.len(), "file_path": f.path})),
                None => refuse(StatusCode::BAD_REQUEST, "Bad Request: invalid file_id", None),
            }
        }
        "answercallbackquery" | "sendchataction" | "setmycommands" | "deletemycommands" => ok(json!(true)),
        "setwebhook" => {
            fake.inner.lock().unwrap().webhook = params["url"].as_str().map(str::to_string);
            ok(json!(true))
        }
        "deletewebhook" => {
            let mut g = fake.inner.lock().unwrap();
            g.webhook = None;
            if params["drop_pending_updates"].as_bool() == Some(true) {
                g.updates.clear();
            }
            ok(json!(true))
        }
        "getwebhookinfo" => {
            let g = fake.inner.lock().unwrap();
            ok(json!({
                "url": g.webhook.clone().unwrap_or_default(), "has_custom_certificate": false,
                "pending_update_count": g.updates.len()
            }))
        }
        _ => refuse(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    }
}

#[cfg(test)]
mod tests {
    //! Each test talks to the stand-in over raw HTTP, as a bot would.

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// Sends a request and returns the status and body.
    async fn raw(fake: &FakeTelegram, head: &str, content_type: &str, body: &[u8]) -> (u16, Vec<u8>) {
        let mut s = tokio::net::TcpStream::connect(fake.addr).await.unwrap();
        let mut req = format!(
            "{head} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            fake.addr,
            body.len()
        )
        .into_bytes();
        req.extend(body);
        s.write_all(&req).await.unwrap();
        let mut answer = vec![];
        s.read_to_end(&mut answer).await.unwrap();
        let split = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete answer");
        let head = String::from_utf8_lossy(&answer[..split]).to_string();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        assert!(head.to_lowercase().contains("content-length"), "expected a sized answer: {head}");
        (status, answer[split + 4..].to_vec())
    }

    async fn call(fake: &FakeTelegram, method: &str, params: Value) -> (u16, Value) {
        let (status, body) = raw(
            fake,
            &format!("POST /bot{TOKEN}/{method}"),
            "application/json",
            params.to_string().as_bytes(),
        )
        .await;
        (status, serde_json::from_slice(&body).unwrap())
    }

    async fn result(fake: &FakeTelegram, method: &str, params: Value) -> Value {
        let (status, body) = call(fake, method, params).await;
        assert_eq!((status, &body["ok"]), (200, &json!(true)), "{method}: {body}");
        body["result"].clone()
    }

    /// The updates queued so far (confirming none).
    async fn updates(fake: &FakeTelegram) -> Vec<Value> {
        result(fake, "getUpdates", json!({})).await.as_array().unwrap().clone()
    }

    const TOKEN: &str = "123456:TEST";
    const GROUP: i64 = -1_001_234_567_890;

    #[tokio::test]
    async fn get_chat_tells_private_chats_groups_and_forums_apart() {
        let fake = FakeTelegram::start().await;
        fake.make_forum(GROUP);
        let forum = result(&fake, "getChat", json!({"chat_id": GROUP})).await;
        assert_eq!(
            (forum["type"].as_str(), forum["is_forum"].as_bool()),
            (Some("supergroup"), Some(true))
        );
        assert_eq!(forum["id"], json!(GROUP));
        assert!(forum["title"].is_string() && forum["accepted_gift_types"].is_object() && forum["max_reaction_count"].is_number());
        let group = result(&fake, "getChat", json!({"chat_id": -1_009_999})).await;
        assert_eq!(group["type"], "supergroup");
        assert!(group.get("is_forum").is_none());
        let private = result(&fake, "getChat", json!({"chat_id": "42"})).await;
        assert_eq!((private["type"].as_str(), private["id"].as_i64()), (Some("private"), Some(42)));
    }

    #[tokio::test]
    async fn topics_are_created_in_forums_and_messages_go_into_them() {
        let fake = FakeTelegram::start().await;
        let (status, body) = call(&fake, "createForumTopic", json!({"chat_id": GROUP, "name": "Ticket 1"})).await;
        assert_eq!(
            (status, body["description"].as_str()),
            (400, Some("Bad Request: the chat is not a forum"))
        );
        fake.make_forum(GROUP);
        let topic = result(&fake, "createForumTopic", json!({"chat_id": GROUP, "name": "Ticket 1"})).await;
        let thread = topic["message_thread_id"].as_i64().unwrap();
        assert_eq!(
            topic,
            json!({"message_thread_id": thread, "name": "Ticket 1", "icon_color": TOPIC_ICON_COLOR})
        );
        result(
            &fake,
            "createForumTopic",
            json!({"chat_id": GROUP, "name": "Ticket 2", "icon_color": 16_766_590}),
        )
        .await;
        assert_eq!(fake.topics(GROUP).len(), 2);
        assert_eq!(fake.topics(GROUP)[0], (thread, "Ticket 1".to_string()));
        assert!(fake.topics(-5).is_empty());

        let before = Instant::now();
        let msg = result(
            &fake,
            "sendMessage",
            json!({"chat_id": GROUP, "text": "Nieuw", "message_thread_id": thread}),
        )
        .await;
        assert_eq!(
            (msg["message_thread_id"].as_i64(), msg["is_topic_message"].as_bool()),
            (Some(thread), Some(true))
        );
        assert_eq!(
            (msg["chat"]["type"].as_str(), msg["chat"]["is_forum"].as_bool()),
            (Some("supergroup"), Some(true))
        );
        let plain = result(&fake, "sendMessage", json!({"chat_id": GROUP, "text": "Algemeen"})).await;
        assert!(plain.get("message_thread_id").is_none() && plain.get("is_topic_message").is_none());
        let sent = fake.sent_to(GROUP);
        assert_eq!((sent[0].thread, sent[1].thread), (Some(thread), None));
        let at = fake.sent_at(GROUP);
        assert_eq!(at.len(), 2);
        assert!(at[0] >= before && at[0] <= at[1] && at[1] <= Instant::now());
        assert!(fake.sent_at(1).is_empty());
    }

    #[tokio::test]
    async fn group_members_talk_in_topics_reply_and_press_buttons() {
        let fake = FakeTelegram::start().await;
        fake.make_forum(GROUP);
        let thread = result(&fake, "createForumTopic", json!({"chat_id": GROUP, "name": "Ticket 7"})).await["message_thread_id"]
            .as_i64()
            .unwrap();
        let markup = json!({"inline_keyboard": [[{"text": "Neem", "callback_data": "take:7"}]]});
        result(
            &fake,
            "sendMessage",
            json!({"chat_id": GROUP, "text": "Ouder wacht", "message_thread_id": thread, "reply_markup": markup}),
        )
        .await;
        let notice = fake.wait_sent(GROUP, 1).await;

        let plain = fake.user_says_in_group(GROUP, 555, "/take 7", None, None);
        let in_topic = fake.user_says_in_group(GROUP, 555, "ik bel haar", Some(thread), None);
        let reply = fake.user_says_in_group(GROUP, 556, "gedaan", Some(thread), Some(&notice));
        let press = fake.user_presses_in_group(GROUP, 557, &notice, "take:7");
        let ups = updates(&fake).await;
        assert_eq!(
            ups.iter().map(|u| u["update_id"].as_i64().unwrap()).collect::<Vec<_>>(),
            [plain, in_topic, reply, press]
        );

        let m = &ups[0]["message"];
        assert_eq!(
            m["chat"],
            json!({"id": GROUP, "title": "Adviseurs", "type": "supergroup", "is_forum": true})
        );
        assert_eq!((m["from"]["id"].as_i64(), m["from"]["is_bot"].as_bool()), (Some(555), Some(false)));
        assert_eq!(m["entities"][0]["type"], "bot_command");
        assert!(m.get("message_thread_id").is_none() && m.get("reply_to_message").is_none());

        // In a topic, a message that replies to nothing replies to the topic's creation.
        let m = &ups[1]["message"];
        assert_eq!(
            (m["message_thread_id"].as_i64(), m["is_topic_message"].as_bool()),
            (Some(thread), Some(true))
        );
        assert_eq!(m["reply_to_message"]["message_id"].as_i64(), Some(thread));
        assert_eq!(m["reply_to_message"]["forum_topic_created"]["name"], "Ticket 7");

        let r = &ups[2]["message"]["reply_to_message"];
        assert_eq!(
            (r["message_id"].as_i64(), r["text"].as_str()),
            (Some(notice.message_id), Some("Ouder wacht"))
        );
        assert_eq!(
            (r["from"]["id"].as_i64(), r["message_thread_id"].as_i64()),
            (Some(BOT_ID), Some(thread))
        );
        assert_eq!(r["reply_markup"], markup);

        let q = &ups[3]["callback_query"];
        assert_eq!((q["from"]["id"].as_i64(), q["data"].as_str()), (Some(557), Some("take:7")));
        assert_eq!(
            (q["message"]["chat"]["type"].as_str(), q["message"]["message_id"].as_i64()),
            (Some("supergroup"), Some(notice.message_id))
        );
        assert!(q["id"].is_string() && q["chat_instance"].is_string());
    }

    #[tokio::test]
    async fn leave_chat_commands_and_webhook_are_recorded() {
        let fake = FakeTelegram::start().await;
        assert!(!fake.left(GROUP));
        assert_eq!(result(&fake, "leaveChat", json!({"chat_id": GROUP})).await, json!(true));
        assert!(fake.left(GROUP) && !fake.left(-1));
        let commands = json!([{"command": "queue", "description": "De wachtrij"}]);
        assert_eq!(result(&fake, "setMyCommands", json!({"commands": commands})).await, json!(true));
        assert_eq!(fake.calls("setMyCommands")[0].params["commands"], commands);

        let info = result(&fake, "getWebhookInfo", json!({})).await;
        assert_eq!(info, json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}));
        result(&fake, "setWebhook", json!({"url": "https://bot.example.org/tg"})).await;
        fake.parent_says(1, "nl", "hallo");
        let info = result(&fake, "getWebhookInfo", json!({})).await;
        assert_eq!(
            (info["url"].as_str(), info["pending_update_count"].as_u64()),
            (Some("https://bot.example.org/tg"), Some(1))
        );
        result(&fake, "deleteWebhook", json!({})).await;
        assert_eq!(fake.webhook(), None);
        assert_eq!(fake.unconfirmed(), 1);
        result(&fake, "deleteWebhook", json!({"drop_pending_updates": true})).await;
        assert_eq!(fake.unconfirmed(), 0);
    }

    fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
        let boundary = "XyZzYboundary";
        let mut body = vec![];
        for (name, file, bytes) in parts {
            body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"").as_bytes());
            if let Some(f) = file {
                body.extend(format!("; filename=\"{f}\"\r\nContent-Type: text/plain").as_bytes());
            }
            body.extend(b"\r\n\r\n");
            body.extend(*bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }

    #[tokio::test]
    async fn documents_are_kept_and_can_be_downloaded() {
        let fake = FakeTelegram::start().await;
        // As teloxide sends it: the field says attach://<part>, the file is that part.
        let (ct, body) = multipart(&[
            ("chat_id", None, b"-100777"),
            ("caption", None, "Gesprek met ouder".as_bytes()),
            ("message_thread_id", None, b"12"),
            ("document", None, b"attach://f1"),
            ("f1", Some("transcript.txt"), b"regel 1\nregel 2\n"),
        ]);
        let (status, answer) = raw(&fake, &format!("POST /bot{TOKEN}/sendDocument"), &ct, &body).await;
        let answer: Value = serde_json::from_slice(&answer).unwrap();
        assert_eq!(status, 200, "{answer}");
        let doc = &answer["result"]["document"];
        assert_eq!(
            (doc["file_name"].as_str(), doc["file_size"].as_u64()),
            (Some("transcript.txt"), Some(16))
        );
        assert_eq!(answer["result"]["caption"], "Gesprek met ouder");
        assert_eq!(answer["result"]["message_thread_id"], 12);
        // Or the file as the "document" part itself.
        let (ct, body) = multipart(&[("chat_id", None, b"42"), ("document", Some("b.bin"), &[0, 159, 255])]);
        assert_eq!(raw(&fake, &format!("POST /bot{TOKEN}/sendDocument"), &ct, &body).await.0, 200);

        let docs = fake.documents_to(-100_777);
        assert_eq!(docs.len(), 1);
        assert_eq!(
            (docs[0].file_name.as_str(), docs[0].bytes.as_slice()),
            ("transcript.txt", b"regel 1\nregel 2\n".as_slice())
        );
        assert_eq!((docs[0].caption.as_deref(), docs[0].thread), (Some("Gesprek met ouder"), Some(12)));
        assert_eq!(fake.documents_to(42)[0].bytes, vec![0, 159, 255]);
        assert!(fake.sent_to(42).is_empty(), "a document is not a text message");

        let file = result(&fake, "getFile", json!({"file_id": doc["file_id"]})).await;
        let (status, bytes) = raw(
            &fake,
            &format!("GET /file/bot{TOKEN}/{}", file["file_path"].as_str().unwrap()),
            "text/plain",
            b"",
        )
        .await;
        assert_eq!((status, bytes.as_slice()), (200, b"regel 1\nregel 2\n".as_slice()));
        let (status, _) = call(&fake, "sendDocument", json!({"chat_id": 42})).await;
        assert_eq!(status, 400);
    }

    #[tokio::test]
    async fn a_parents_photo_resolves_to_a_png() {
        let fake = FakeTelegram::start().await;
        fake.parent_sends_photo(42, "nl");
        let up = &updates(&fake).await[0];
        let photo = &up["message"]["photo"][0];
        let file = result(&fake, "getFile", json!({"file_id": photo["file_id"]})).await;
        assert_eq!(file["file_id"], PHOTO_FILE_ID);
        assert_eq!(file["file_size"], photo["file_size"]);
        let path = file["file_path"].as_str().unwrap();
        let (status, png) = raw(&fake, &format!("GET /file/bot{TOKEN}/{path}"), "text/plain", b"").await;
        assert_eq!(status, 200);
        assert_eq!(png, photo_png());
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 90);
        assert_eq!(crc32(&png[12..29]), u32::from_be_bytes(png[29..33].try_into().unwrap()));
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(fake.downloads(), vec![path.to_string()]);
        let (status, body) = call(&fake, "getFile", json!({"file_id": "nope"})).await;
        assert_eq!((status, body["description"].as_str()), (400, Some("Bad Request: invalid file_id")));
        assert_eq!(
            raw(&fake, &format!("GET /file/bot{TOKEN}/photos/none.png"), "text/plain", b"")
                .await
                .0,
            404
        );
    }

    #[tokio::test]
    async fn chat_faults_hold_until_cleared() {
        let fake = FakeTelegram::start().await;
        let send = |chat: i64| call(&fake, "sendMessage", json!({"chat_id": chat, "text": "x"}));
        let cases = [
            (
                ChatFault::Forbidden,
                GROUP,
                403,
                "Forbidden: bot was kicked from the supergroup chat",
            ),
            (ChatFault::Forbidden, 42, 403, "Forbidden: bot was blocked by the user"),
            (ChatFault::NotFound, GROUP, 400, "Bad Request: chat not found"),
            (
                ChatFault::Migrated(-1_009),
                -9,
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
            ),
            (
                ChatFault::CantInitiate,
                43,
                403,
                "Forbidden: bot can't initiate conversation with a user",
            ),
            (ChatFault::RetryAfter(7), 44, 429, "Too Many Requests: retry after 7"),
            (ChatFault::ServerError, 45, 502, "Bad Gateway"),
        ];
        for (fault, chat, status, description) in cases {
            fake.fail_chat(chat, fault);
            for _ in 0..2 {
                let (s, body) = send(chat).await;
                assert_eq!(
                    (s, body["ok"].as_bool(), body["error_code"].as_u64()),
                    (status, Some(false), Some(u64::from(status)))
                );
                assert_eq!(body["description"], description, "{fault:?}");
                match fault {
                    ChatFault::Migrated(to) => assert_eq!(body["parameters"]["migrate_to_chat_id"], to),
                    ChatFault::RetryAfter(n) => assert_eq!(body["parameters"]["retry_after"], n),
                    _ => assert!(body.get("parameters").is_none()),
                }
            }
            // Other chats and other methods about the chat: the same chat fails for getChat too.
            assert_eq!(send(1).await.0, 200);
            assert_eq!(call(&fake, "getChat", json!({"chat_id": chat})).await.0, status);
            fake.clear_chat(chat);
            assert_eq!(send(chat).await.0, 200);
        }
        assert_eq!(fake.count_to(1), cases.len());

        fake.fail_chat(46, ChatFault::Slow(Duration::from_millis(300)));
        let t = Instant::now();
        assert_eq!(send(46).await.0, 200);
        assert!(t.elapsed() >= Duration::from_millis(300));
        let t = Instant::now();
        assert_eq!(send(47).await.0, 200);
        assert!(t.elapsed() < Duration::from_millis(300));

        fake.fail_chat_next(48, "sendmessage", ChatFault::RetryAfter(2));
        assert_eq!(
            call(&fake, "sendChatAction", json!({"chat_id": 48, "action": "typing"})).await.0,
            200
        );
        assert_eq!(send(48).await.0, 429);
        assert_eq!(send(48).await.0, 200);

        // The per-method faults work as before, before any chat fault.
        fake.fail_chat(49, ChatFault::NotFound);
        fake.fail_next("sendMessage", Fault::RetryAfter(3));
        assert_eq!(send(49).await.0, 429);
        assert_eq!(send(49).await.0, 400);

        fake.set_latency(Duration::from_millis(200));
        let t = Instant::now();
        assert_eq!(call(&fake, "getMe", json!({})).await.0, 200);
        assert!(t.elapsed() >= Duration::from_millis(200));
    }

    #[tokio::test]
    async fn rate_limits_are_checked_only_when_asked() {
        let fake = FakeTelegram::start().await;
        let send = |chat: i64| call(&fake, "sendMessage", json!({"chat_id": chat, "text": "x"}));
        for _ in 0..3 {
            assert_eq!(send(1).await.0, 200);
        }
        assert_eq!(fake.limit_violations(), 0);

        fake.enforce_limits(true);
        // A private chat: one a second.
        assert_eq!(send(2).await.0, 200);
        let (status, body) = send(2).await;
        assert_eq!((status, body["parameters"]["retry_after"].as_u64()), (429, Some(1)));
        assert_eq!(send(3).await.0, 200);
        // Edits and chat actions do not count.
        let id = fake.sent_to(3)[0].message_id;
        assert_eq!(
            call(&fake, "editMessageText", json!({"chat_id": 3, "message_id": id, "text": "y"}))
                .await
                .0,
            200
        );
        assert_eq!(
            call(&fake, "sendChatAction", json!({"chat_id": 3, "action": "typing"})).await.0,
            200
        );
        assert_eq!(fake.limit_violations(), 1);
        tokio::time::sleep(Duration::from_millis(1000)).await;
        assert_eq!(send(2).await.0, 200);

        // A group: 20 a minute.
        for i in 0..20 {
            assert_eq!(send(GROUP).await.0, 200, "message {i}");
        }
        assert_eq!(send(GROUP).await.0, 429);
        assert_eq!(fake.limit_violations(), 2);
        assert_eq!(fake.count_to(GROUP), 20);

        // Overall: 30 a second.
        tokio::time::sleep(Duration::from_millis(1000)).await;
        for chat in 100..130 {
            assert_eq!(send(chat).await.0, 200);
        }
        assert_eq!(send(130).await.0, 429);
        assert_eq!(fake.limit_violations(), 3);

        fake.enforce_limits(false);
        assert_eq!(send(130).await.0, 200);
        assert_eq!(send(130).await.0, 200);
    }
}
