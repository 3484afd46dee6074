//! The Matrix channel: a bot account that syncs with the homeserver, answers in direct chats
//! (encrypted or not) with m.notice messages, and lists choices as numbered lines.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, RoomId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::{Mutex, Notify, watch};

use crate::hub::{Hub, Inbound, Message, pseudonym};
use crate::store::Outgoing;

const PREFIX: &str = "matrix:";

#[derive(Debug, Clone)]
pub struct Settings {
    pub homeserver: String,
    pub user: String,
    pub password: Option<String>,
    /// Instead of a password: an access token and the device it belongs to.
    pub access_token: Option<(String, String)>,
    /// Where the SDK keeps its state, sync token and encryption keys, and our login.
    pub store_dir: PathBuf,
}

pub struct Matrix {
    client: Client,
    hub: Arc<Hub>,
    store_dir: PathBuf,
    sending: Mutex<()>,
    wake: Notify,
}

impl Matrix {
    /// Logs in once and keeps the session; later starts restore it (same device, same keys).
    pub async fn connect(hub: Arc<Hub>, s: &Settings) -> Result<Arc<Matrix>> {
        std::fs::create_dir_all(&s.store_dir).with_context(|| format!("cannot create {}", s.store_dir.display()))?;
        let client = Client::builder()
            .homeserver_url(&s.homeserver)
            .sqlite_store(s.store_dir.join("sdk"), None)
            .build()
            .await
            .with_context(|| format!("cannot reach the Matrix homeserver {}", s.homeserver))?;
        let session_file = s.store_dir.join("session.json");
        match std::fs::read_to_string(&session_file) {
            Ok(text) => {
                let session: MatrixSession = serde_json::from_str(&text)
                    .with_context(|| format!("{} is damaged; delete it to log in again", session_file.display()))?;
                client.restore_session(session).await.context("cannot restore the Matrix session")?;
            }
            Err(_) if s.access_token.is_some() => {
                let (token, device) = s.access_token.clone().expect("checked");
                let session = MatrixSession {
                    meta: matrix_sdk::SessionMeta {
                        user_id: UserId::parse(&s.user).context("MATRIX_USER must be a full id like @bot:example.org")?,
                        device_id: device.into(),
                    },
                    tokens: matrix_sdk::SessionTokens {
                        access_token: token,
                        refresh_token: None,
                    },
                };
                client
                    .restore_session(session.clone())
                    .await
                    .context("the homeserver refused MATRIX_ACCESS_TOKEN")?;
                std::fs::write(&session_file, serde_json::to_string(&session)?)?;
            }
            Err(_) => {
                let password = s
                    .password
                    .as_deref()
                    .context("MATRIX_PASSWORD (or MATRIX_ACCESS_TOKEN with MATRIX_DEVICE_ID) is needed for the first login")?;
                client
                    .matrix_auth()
                    .login_username(&s.user, password)
                    .initial_device_display_name("Wegwijzer")
                    .send()
                    .await
                    .with_context(|| format!("the homeserver refused the login of {}", s.user))?;
                let session = client.matrix_auth().session().context("no session after login")?;
                std::fs::write(&session_file, serde_json::to_string(&session)?)?;
            }
        }
        Ok(Arc::new(Matrix {
            client,
            hub,
            store_dir: s.store_dir.clone(),
            sending: Mutex::new(()),
            wake: Notify::new(),
        }))
    }

    /// Syncs until `stop`. The first time ever, one sync runs before the handlers exist, so
    /// the history of rooms is not answered; after that the stored sync token carries on where
    /// the last run stopped, so nothing sent meanwhile is missed.
    pub async fn run(self: &Arc<Self>, mut stop: watch::Receiver<bool>) -> Result<()> {
        let marker = self.store_dir.join("synced");
        if !marker.exists() {
            self.client
                .sync_once(SyncSettings::default())
                .await
                .context("first Matrix sync failed")?;
            std::fs::write(&marker, b"")?;
        }
        let me = self.clone();
        let on_message = self.client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let me = me.clone();
            async move { me.on_message(ev, room).await }
        });
        let me = self.clone();
        let on_invite = self.client.add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
            let me = me.clone();
            async move { me.on_invite(ev, room).await }
        });
        let sender = self.clone();
        let sender_stop = stop.clone();
        let delivery = tokio::spawn(async move { sender.run_delivery(sender_stop).await });
        let mut backoff = Duration::from_millis(500);
        while !*stop.borrow() {
            tokio::select! {
                r = self.client.sync_once(SyncSettings::default().timeout(Duration::from_secs(10))) => match r {
                    Ok(_) => backoff = Duration::from_millis(500),
                    Err(e) => {
                        tracing::warn!("matrix sync: {e}");
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(Duration::from_secs(30));
                    }
                },
                _ = stop.changed() => {}
            }
        }
        self.client.remove_event_handler(on_message);
        self.client.remove_event_handler(on_invite);
        let _ = delivery.await;
        Ok(())
    }

    fn own(&self, user: &UserId) -> bool {
        self.client.user_id() == Some(user)
    }

    async fn on_invite(&self, ev: StrippedRoomMemberEvent, room: Room) {
        if !self.own(&ev.sender) && self.client.user_id().is_some_and(|me| ev.state_key == me) {
            // The homeserver may not be ready for the join the instant it sends the invite.
            for attempt in 0..5u64 {
                match room.join().await {
                    Ok(()) => return,
                    Err(e) => {
                        tracing::debug!("join failed (attempt {attempt}): {e}");
                        tokio::time::sleep(Duration::from_millis(300 * (attempt + 1))).await;
                    }
                }
            }
            tracing::warn!("could not join a room the bot was invited to");
        }
    }

    async fn on_message(&self, ev: OriginalSyncRoomMessageEvent, room: Room) {
        if self.own(&ev.sender) {
            return;
        }
        let thread_root = match &ev.content.relates_to {
            Some(Relation::Thread(t)) => Some(t.event_id.to_string()),
            _ => None,
        };
        let message = match ev.content.msgtype {
            MessageType::Text(t) => Message::Text(t.body),
            MessageType::Emote(t) => Message::Text(t.body),
            // Other bots speak in notices; never answer them.
            MessageType::Notice(_) => return,
            _ => Message::Unsupported,
        };
        // An adviser is known by their Matrix account, wherever they write from.
        let as_adviser = format!("{PREFIX}{}", ev.sender);
        let room_chat = format!("{PREFIX}{}", room.room_id());
        let mut message = message;
        let chat = if let Some(name) = self.hub.config.adviser_of(&as_adviser).map(str::to_string) {
            self.remember_dm(&ev.sender, room.room_id()).await;
            // Writing in a ticket's thread works on that ticket.
            let ticket = match &thread_root {
                Some(root) => self.ticket_of_thread(room.room_id(), root).await.unwrap_or_default(),
                None => None,
            };
            if let Some(t) = ticket {
                match &mut message {
                    Message::Text(text) if text.trim() == "/take" => *text = format!("/take {t}"),
                    _ => {
                        if let Err(e) = crate::adviser::focus(&self.hub, &name, t).await {
                            tracing::warn!("cannot focus a ticket: {e:#}");
                        }
                    }
                }
            }
            as_adviser
        } else if self.hub.config.notify.contains(&room_chat) {
            // The advisers' room is not a parent's chat.
            return;
        } else {
            room_chat
        };
        let inbound = Inbound {
            chat,
            update: Some(ev.event_id.to_string()),
            lang_hint: None,
            message,
        };
        match self.hub.handle(inbound).await {
            Ok(_) => self.wake.notify_one(),
            Err(e) => tracing::error!("matrix message not handled: {e:#}"),
        }
    }

    async fn remember_dm(&self, user: &UserId, room: &RoomId) {
        if let Err(e) = self.remember(&format!("matrix-dm:{user}"), room.as_str()).await {
            tracing::warn!("cannot remember an adviser's room: {e}");
        }
    }

    /// The room a chat key points at: a room id, or an adviser's direct chat.
    async fn room_for(&self, chat: &str) -> Result<Option<Room>> {
        let target = &chat[PREFIX.len()..];
        let room_id: OwnedRoomId = if target.starts_with('@') {
            match self.lookup(&format!("matrix-dm:{target}")).await? {
                Some(id) => id.parse()?,
                None => {
                    let user = UserId::parse(target)?;
                    match self.client.get_dm_room(&user) {
                        Some(r) => return Ok(Some(r)),
                        None => return Ok(Some(self.client.create_dm(&user).await?)),
                    }
                }
            }
        } else {
            target.parse()?
        };
        Ok(self.client.get_room(&room_id))
    }

    /// The outbox sender; see `channel::delivery_loop`.
    pub async fn run_delivery(&self, stop: watch::Receiver<bool>) {
        super::delivery_loop("matrix", &self.wake, stop, || self.deliver()).await
    }

    /// Sends waiting Matrix messages in order; a failure leaves the rest for the next round.
    pub async fn deliver(&self) -> Result<()> {
        let _one = self.sending.lock().await;
        for o in self.hub.store.pending(PREFIX).await? {
            if let Err(e) = self.send(&o).await {
                tracing::warn!(chat = %pseudonym(&o.chat), "matrix send failed, will retry: {e:#}");
                return Ok(());
            }
            self.hub.store.mark_sent(&[o.id]).await?;
        }
        Ok(())
    }

    async fn send(&self, o: &Outgoing) -> Result<()> {
        let Some(room) = self.room_for(&o.chat).await? else {
            anyhow::bail!("the bot is not in that room (yet)");
        };
        let mut content = RoomMessageEventContent::notice_plain(super::numbered(&o.reply));
        // Each ticket is a thread: its first message starts it, the rest follow in it.
        let thread_key = o.reply.ticket.map(|t| format!("matrix-thread:{}:{t}", room.room_id()));
        let root = match &thread_key {
            Some(key) => self.lookup(key).await?,
            None => None,
        };
        if let Some(root) = &root {
            let root: OwnedEventId = root.parse()?;
            content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
        }
        let sent = room.send(content).await?;
        if let (Some(key), None) = (thread_key, root) {
            self.remember(&key, sent.response.event_id.as_str()).await?;
        }
        Ok(())
    }

    async fn lookup(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT data FROM sessions WHERE chat = $1")
            .bind(key)
            .fetch_optional(self.hub.store.pool())
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// Small facts the channel keeps (an adviser's room, a ticket's thread), in the sessions table.
    async fn remember(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query("INSERT INTO sessions (chat, data, updated_at) VALUES ($1, $2, $3) ON CONFLICT (chat) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at")
            .bind(key)
            .bind(value)
            .bind(crate::store::now())
            .execute(self.hub.store.pool())
            .await?;
        Ok(())
    }

    /// The ticket whose thread an event belongs to, if any.
    async fn ticket_of_thread(&self, room: &RoomId, root: &str) -> Result<Option<i64>> {
        let prefix = format!("matrix-thread:{room}:");
        let row: Option<(String,)> = sqlx::query_as("SELECT chat FROM sessions WHERE data = $1 AND chat LIKE $2")
            .bind(root)
            .bind(format!("{prefix}%"))
            .fetch_optional(self.hub.store.pool())
            .await?;
        Ok(row.and_then(|r| r.0.strip_prefix(&prefix).and_then(|t| t.parse().ok())))
    }
}
