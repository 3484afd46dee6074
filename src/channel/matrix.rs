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
use tokio::sync::{Mutex, Notify};
use tokio_util::sync::CancellationToken;

use crate::core::ids::{Channel, ChatId};
use crate::runtime::Runtime;
use crate::service::{self, Inbound, Message, pseudonym};
use crate::store::{self, Outgoing};

/// How to reach the homeserver as the bot.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The homeserver's URL.
    pub homeserver: String,
    /// The bot's Matrix id.
    pub user: String,
    /// Its password, for the first login.
    pub password: Option<String>,
    /// Instead of a password: an access token and the device it belongs to.
    pub access_token: Option<(String, String)>,
    /// Where the SDK keeps its state, sync token and encryption keys, and our login.
    pub store_dir: PathBuf,
}

/// The bot on Matrix.
pub struct Matrix {
    client: Client,
    rt: Arc<Runtime>,
    store_dir: PathBuf,
    sending: Mutex<()>,
    wake: Notify,
}

impl Matrix {
    /// Logs in once and keeps the session; later starts restore it (same device, same keys).
    pub async fn connect(rt: Arc<Runtime>, s: &Settings) -> Result<Arc<Matrix>> {
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
            rt,
            store_dir: s.store_dir.clone(),
            sending: Mutex::new(()),
            wake: Notify::new(),
        }))
    }

    /// Syncs until `stop`. The first time ever, one sync runs before the handlers exist, so
    /// the history of rooms is not answered; after that the stored sync token carries on where
    /// the last run stopped, so nothing sent meanwhile is missed.
    pub async fn sync(self: &Arc<Self>, stop: CancellationToken) -> Result<()> {
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
        let mut backoff = super::Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
        while !stop.is_cancelled() {
            tokio::select! {
                r = self.client.sync_once(SyncSettings::default().timeout(Duration::from_secs(10))) => match r {
                    Ok(_) => backoff.reset(),
                    Err(e) => {
                        tracing::warn!("matrix sync: {e}");
                        tokio::time::sleep(backoff.next_wait()).await;
                    }
                },
                _ = stop.cancelled() => {}
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
            let mut backoff = super::Backoff::new(Duration::from_millis(300), Duration::from_secs(5));
            for attempt in 0..5u64 {
                match room.join().await {
                    Ok(()) => return,
                    Err(e) => {
                        tracing::debug!("join failed (attempt {attempt}): {e}");
                        tokio::time::sleep(backoff.next_wait()).await;
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
        let as_adviser = ChatId::new(Channel::Matrix, ev.sender.to_string());
        let room_chat = ChatId::new(Channel::Matrix, room.room_id().to_string());
        let mut ticket = None;
        let chat = if self.rt.config.adviser_of(&as_adviser).is_some() {
            self.remember_dm(&ev.sender, room.room_id()).await;
            // Writing in a ticket's thread works on that ticket.
            if let Some(root) = &thread_root {
                ticket = self.ticket_of_thread(room.room_id(), root).await.unwrap_or_default();
            }
            as_adviser
        } else if self.rt.config.notify.contains(&room_chat) {
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
            ticket,
        };
        match service::handle(&self.rt, inbound).await {
            Ok(_) => self.wake.notify_one(),
            Err(e) => tracing::error!("matrix message not handled: {e:#}"),
        }
    }

    async fn remember_dm(&self, user: &UserId, room: &RoomId) {
        let remembered = async { store::threads::set_direct_room(&mut *self.rt.store.conn().await?, user.as_str(), room.as_str()).await };
        if let Err(e) = remembered.await {
            tracing::warn!("cannot remember an adviser's room: {e}");
        }
    }

    /// The room a chat key points at: a room id, or an adviser's direct chat.
    async fn room_for(&self, chat: &ChatId) -> Result<Option<Room>> {
        let target = chat.id.as_str();
        let room_id: OwnedRoomId = if target.starts_with('@') {
            let known = store::threads::direct_room(&mut *self.rt.store.conn().await?, target).await?;
            match known {
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
    pub async fn run_delivery(&self, stop: CancellationToken) {
        super::delivery_loop("matrix", &self.wake, stop, || self.deliver()).await
    }

    /// Sends waiting Matrix messages in order; a failure leaves the rest for the next round.
    pub async fn deliver(&self) -> Result<()> {
        let _one = self.sending.lock().await;
        let pending = store::outbox::pending(&mut *self.rt.store.conn().await?, Channel::Matrix).await?;
        for o in pending {
            if let Err(e) = self.send(&o).await {
                tracing::warn!(chat = %pseudonym(&o.chat), "matrix send failed, will retry: {e:#}");
                return Ok(());
            }
            store::outbox::mark_sent(&mut *self.rt.store.conn().await?, &[o.id]).await?;
        }
        Ok(())
    }

    async fn send(&self, o: &Outgoing) -> Result<()> {
        let Some(room) = self.room_for(&o.chat).await? else {
            anyhow::bail!("the bot is not in that room (yet)");
        };
        let mut content = RoomMessageEventContent::notice_plain(super::numbered(&o.reply));
        // Each ticket is a thread: its first message starts it, the rest follow in it.
        let room_chat = ChatId::new(Channel::Matrix, room.room_id().to_string()).to_string();
        let root = match o.reply.ticket {
            Some(t) => store::threads::thread_of(&mut *self.rt.store.conn().await?, t, &room_chat).await?,
            None => None,
        };
        if let Some(root) = &root {
            let root: OwnedEventId = root.parse()?;
            content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
        }
        let sent = room.send(content).await?;
        if let (Some(t), None) = (o.reply.ticket, root) {
            store::threads::set_thread(&mut *self.rt.store.conn().await?, t, &room_chat, sent.response.event_id.as_str()).await?;
        }
        Ok(())
    }

    /// The ticket whose thread an event belongs to, if any.
    async fn ticket_of_thread(&self, room: &RoomId, root: &str) -> Result<Option<i64>> {
        let room_chat = ChatId::new(Channel::Matrix, room.to_string()).to_string();
        store::threads::ticket_of(&mut *self.rt.store.conn().await?, &room_chat, root).await
    }
}
