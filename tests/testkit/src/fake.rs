//! A stand-in for the Telegram Bot API, for tests and the benchmark (in-process, or as its own
//! process with the `fake-telegram` binary). Telegram has no
//! local server, so this one answers with Telegram's JSON shapes: getMe, getUpdates (with long
//! polling and offsets), sendMessage, editMessageText, editMessageReplyMarkup,
//! answerCallbackQuery, sendChatAction, setWebhook, deleteWebhook; and it can inject faults
//! (429 with retry_after, 5xx, a dropped connection).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

pub const BOT_ID: i64 = 7_000_000_001;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 429 with `parameters.retry_after` seconds.
    RetryAfter(u32),
    /// HTTP 502 Bad Gateway.
    ServerError,
    /// The connection is closed without an answer.
    Drop,
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
    per_chat: std::collections::HashMap<i64, (usize, Option<Sent>)>,
    /// (chat, message id) -> position in `sent`, so an edit does not scan every message.
    by_id: std::collections::HashMap<(i64, i64), usize>,
}

#[derive(Clone)]
pub struct FakeTelegram {
    inner: Arc<Mutex<Inner>>,
    arrived: Arc<Notify>,
    /// Woken for a chat whenever the bot sends to it.
    delivered: Arc<Mutex<std::collections::HashMap<i64, Arc<Notify>>>>,
    pub addr: std::net::SocketAddr,
}

impl FakeTelegram {
    /// Starts the server on a free loopback port.
    pub async fn start() -> FakeTelegram {
        Self::start_on("127.0.0.1:0").await
    }

    /// Starts the server on `addr` ("127.0.0.1:8081").
    pub async fn start_on(addr: &str) -> FakeTelegram {
        let inner = Arc::new(Mutex::new(Inner {
            next_update: 1,
            next_message: 1,
            ..Default::default()
        }));
        let arrived = Arc::new(Notify::new());
        let listener = tokio::net::TcpListener::bind(addr).await.expect("bind the fake Bot API's address");
        let addr = listener.local_addr().expect("local addr");
        let fake = FakeTelegram {
            inner,
            arrived,
            delivered: Arc::default(),
            addr,
        };
        let app = axum::Router::new().route("/{bot}/{method}", post(handle)).with_state(fake.clone());
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
        if text.starts_with('/') {
            let len = text.split_whitespace().next().unwrap_or_default().encode_utf16().count();
            msg["entities"] = json!([{"offset": 0, "length": len, "type": "bot_command"}]);
        }
        self.push_update(json!({"message": msg}))
    }

    /// The update JSON Telegram would post to a webhook for a typed message.
    pub fn text_update(&self, user: i64, lang: &str, text: &str) -> Value {
        let id = self.parent_says(user, lang, text);
        let mut g = self.inner.lock().unwrap();
        let pos = g.updates.iter().position(|u| u["update_id"] == id).unwrap();
        g.updates.remove(pos).unwrap()
    }

    pub fn parent_sends_photo(&self, user: i64, lang: &str) -> i64 {
        let msg = json!({
            "message_id": self.new_message_id(), "from": Self::user(user, lang),
            "chat": {"id": user, "first_name": "Ouder", "type": "private"}, "date": now(),
            "photo": [{"file_id": "AgACAgQAAxkBAAIB", "file_unique_id": "AQADAgAT", "width": 90, "height": 67, "file_size": 1234}]
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

    fn bot() -> Value {
        json!({"id": BOT_ID, "is_bot": true, "first_name": "Wegwijzer", "username": "wegwijzer_bot"})
    }

    /// The next call of `method` (case-insensitive) fails this way.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.inner.lock().unwrap().faults.push((method.to_lowercase(), fault));
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

    /// Waits until `done` holds, checking whenever the bot calls the API. The limit only guards
    /// against a hang; it is not a speed requirement.
    pub async fn wait_until(&self, what: &str, done: impl Fn(&FakeTelegram) -> bool) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while !done(self) {
            if tokio::time::Instant::now() > deadline {
                panic!("gave up waiting for: {what}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn ok(result: Value) -> (StatusCode, Json<Value>) {
    (StatusCode::OK, Json(json!({"ok": true, "result": result})))
}

/// Reads the parameters the way Telegram accepts them: JSON, or multipart (teloxide uses it for
/// methods that may carry a file, such as setWebhook).
async fn params_of(req: Request) -> Value {
    let multipart = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    if multipart {
        let mut params = json!({});
        if let Ok(mut form) = Multipart::from_request(req, &()).await {
            while let Ok(Some(field)) = form.next_field().await {
                let name = field.name().unwrap_or_default().to_string();
                let text = field.text().await.unwrap_or_default();
                params[name] = serde_json::from_str(&text).unwrap_or(Value::String(text));
            }
        }
        return params;
    }
    let bytes = axum::body::to_bytes(req.into_body(), 1 << 20).await.unwrap_or_default();
    serde_json::from_slice(&bytes).unwrap_or_else(|_| json!({}))
}

async fn handle(State(fake): State<FakeTelegram>, Path((_bot, method)): Path<(String, String)>, req: Request) -> (StatusCode, Json<Value>) {
    let params = params_of(req).await;
    let m = method.to_lowercase();
    let fault = {
        let mut g = fake.inner.lock().unwrap();
        g.calls.push(Call {
            method: method.clone(),
            params: params.clone(),
        });
        g.faults.iter().position(|(fm, _)| *fm == m).map(|i| g.faults.remove(i).1)
    };
    match fault {
        Some(Fault::RetryAfter(s)) => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                Json(
                    json!({"ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {s}"), "parameters": {"retry_after": s}}),
                ),
            );
        }
        Some(Fault::ServerError) => {
            return (
                StatusCode::BAD_GATEWAY,
                Json(json!({"ok": false, "error_code": 502, "description": "Bad Gateway"})),
            );
        }
        // Unwinding the connection's task closes the socket with no answer, as a broken network does.
        Some(Fault::Drop) => std::panic::resume_unwind(Box::new("fake Telegram drops the connection")),
        None => {}
    }
    match m.as_str() {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Wegwijzer", "username": "wegwijzer_bot",
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        })),
        "getupdates" => {
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
            let chat_id = params["chat_id"].as_i64().unwrap_or_default();
            let text = params["text"].as_str().unwrap_or_default().to_string();
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
            };
            {
                let mut g = fake.inner.lock().unwrap();
                let entry = g.per_chat.entry(chat_id).or_default();
                entry.0 += 1;
                entry.1 = Some(sent.clone());
                let at = g.sent.len();
                g.by_id.insert((chat_id, message_id), at);
                g.sent.push(sent);
            }
            fake.chat_notify(chat_id).notify_waiters();
            let mut msg = json!({"message_id": message_id, "from": FakeTelegram::bot(), "chat": {"id": chat_id, "first_name": "Ouder", "type": "private"}, "date": now(), "text": text});
            if params.get("reply_markup").is_some() {
                msg["reply_markup"] = params["reply_markup"].clone();
            }
            ok(msg)
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let chat_id = params["chat_id"].as_i64().unwrap_or_default();
            let message_id = params["message_id"].as_i64().unwrap_or_default();
            let mut g = fake.inner.lock().unwrap();
            let at = g.by_id.get(&(chat_id, message_id)).copied();
            let Some(s) = at.map(|i| &mut g.sent[i]) else {
                return (
                    StatusCode::BAD_REQUEST,
                    Json(json!({"ok": false, "error_code": 400, "description": "Bad Request: message to edit not found"})),
                );
            };
            if let Some(t) = params["text"].as_str() {
                s.text = t.to_string();
            }
            if params["reply_markup"].is_null()
                || m == "editmessagereplymarkup" && params["reply_markup"]["inline_keyboard"].as_array().is_none_or(|a| a.is_empty())
            {
                s.buttons.clear();
            }
            let msg = json!({"message_id": message_id, "from": FakeTelegram::bot(), "chat": {"id": chat_id, "first_name": "Ouder", "type": "private"}, "date": now(), "edit_date": now(), "text": s.text});
            ok(msg)
        }
        "answercallbackquery" | "sendchataction" | "deletewebhook" => ok(json!(true)),
        "setwebhook" => {
            fake.inner.lock().unwrap().webhook = params["url"].as_str().map(str::to_string);
            ok(json!(true))
        }
        _ => (
            StatusCode::NOT_FOUND,
            Json(json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"})),
        ),
    }
}
