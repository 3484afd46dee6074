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

/// A Matrix event's text is cut into parts of at most this many characters (Synapse refuses
/// events over 64 KiB, and encryption adds a third).
const MAX_EVENT_CHARS: usize = 16_000;

/// Whether a failed send can work later (network, server error, rate limit) or never (forbidden,
/// not found, too large).
fn classify(e: matrix_sdk::Error) -> super::SendError {
    match e.as_client_api_error().map(|c| c.status_code.as_u16()) {
        Some(code @ (400 | 403 | 404 | 413)) => super::SendError::Permanent(format!("the homeserver refused it (HTTP {code}): {e}")),
        _ => super::SendError::Transient(e.into()),
    }
}

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
    /// Since when syncing and sending fail, if they do (for /healthz).
    pub liveness: Arc<super::Liveness>,
}

impl Matrix {
    /// Logs in once and keeps the session; later starts restore it (same device, same keys).
    pub async fn connect(rt: Arc<Runtime>, s: &Settings) -> Result<Arc<Matrix>> {
        crate::core::files::create_private_dir(&s.store_dir).with_context(|| format!("cannot create {}", s.store_dir.display()))?;
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
                crate::core::files::write_private(&session_file, serde_json::to_string(&session)?.as_bytes())?;
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
                crate::core::files::write_private(&session_file, serde_json::to_string(&session)?.as_bytes())?;
            }
        }
        Ok(Arc::new(Matrix {
            client,
            rt,
            store_dir: s.store_dir.clone(),
            sending: Mutex::new(()),
            wake: Notify::new(),
            liveness: Default::default(),
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
        // Invitations that came before the handlers existed (the advisers' room is often made
        // before the bot first starts): accept them now.
        for room in self.client.invited_rooms() {
            if let Err(e) = room.join().await {
                tracing::warn!("could not accept an earlier invitation: {e}");
            }
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
                    Ok(_) => {
                        backoff.reset();
                        self.liveness.receiving(true);
                    }
                    Err(e) => {
                        self.liveness.receiving(false);
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
            // A photo or document (decrypted in an encrypted room); kept only with an open ticket.
            MessageType::Image(c) => self.fetch(&c, c.filename(), c.info.as_ref().and_then(|i| i.mimetype.clone())).await,
            MessageType::File(c) => self.fetch(&c, c.filename(), c.info.as_ref().and_then(|i| i.mimetype.clone())).await,
            _ => Message::Unsupported,
        };
        // An adviser is known by her Matrix account, a parent by a one-to-one room with the bot.
        let sender = ChatId::new(Channel::Matrix, ev.sender.to_string());
        let chat = ChatId::new(Channel::Matrix, room.room_id().to_string());
        let advisers_room = self.rt.config.notify.contains(&chat);
        let private = !advisers_room && active_members(&room).await <= 2;
        if !private && !advisers_room {
            // A group is no parent: say so once and leave, before anyone's words are kept.
            self.leave_group(&room).await;
            return;
        }
        if private && self.rt.config.adviser_of(&sender).is_some() {
            // Her one-to-one room with the bot: where her private messages go.
            self.remember_dm(&ev.sender, room.room_id()).await;
        }
        // Writing in a ticket's thread works on that ticket.
        let ticket = match &thread_root {
            Some(root) => self.ticket_of_thread(room.room_id(), root).await.unwrap_or_default(),
            None => None,
        };
        let inbound = Inbound {
            chat,
            sender: Some(sender),
            private,
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

    /// Tells a group room the bot only works in private chats, and leaves it.
    async fn leave_group(&self, room: &Room) {
        let text = self.rt.catalog.locales.text(&self.rt.config.default_lang, "private-only", &[]);
        if let Err(e) = room.send(RoomMessageEventContent::notice_plain(text)).await {
            tracing::debug!("private-only notice: {e}");
        }
        if let Err(e) = room.leave().await {
            tracing::warn!("could not leave a group room: {e}");
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

    /// Sends waiting Matrix messages, each room's in order and no room waiting for another: a
    /// room whose send fails for a passing reason waits on its own (with back-off), one that can
    /// never be delivered to (the bot was kicked, the event is too big, the room has other
    /// members now) is recorded as failed with the reason, and the next message goes on.
    pub async fn deliver(&self) -> Result<()> {
        let _one = self.sending.lock().await;
        let now = self.rt.now();
        let pending = store::outbox::pending_with_retry(&mut *self.rt.store.conn().await?, Channel::Matrix).await?;
        let mut waiting: std::collections::HashSet<ChatId> = Default::default();
        for (o, next_try) in pending {
            if waiting.contains(&o.chat) {
                continue;
            }
            if next_try > now {
                waiting.insert(o.chat.clone());
                continue;
            }
            // No connection is held while sending: sending looks up rooms and threads itself.
            let sent = self.send(&o).await;
            match sent {
                Ok(()) => {
                    self.liveness.sending(true);
                    store::outbox::mark_sent(&mut *self.rt.store.conn().await?, &[o.id]).await?
                }
                Err(super::SendError::Permanent(reason)) => {
                    tracing::warn!(chat = %pseudonym(&o.chat), reason, "matrix message can never be delivered; recorded as failed");
                    metrics::counter!("wegwijzer_delivery_failed_total", "channel" => "matrix").increment(1);
                    crate::service::delivery_failed(&self.rt, &o, &reason).await?;
                    self.wake.notify_one();
                }
                Err(super::SendError::Transient(e)) => {
                    self.liveness.sending(false);
                    let wait = super::retry_delay(o.attempts);
                    tracing::info!(chat = %pseudonym(&o.chat), "matrix send failed, that room waits {wait}s: {e:#}");
                    store::outbox::retry_later(&mut *self.rt.store.conn().await?, o.id, now + wait).await?;
                    waiting.insert(o.chat.clone());
                }
            }
        }
        Ok(())
    }

    async fn send(&self, o: &Outgoing) -> Result<(), super::SendError> {
        use super::SendError::{Permanent, Transient};
        let room = match self.room_for(&o.chat).await {
            Ok(Some(r)) => r,
            Ok(None) => return Err(Permanent("the bot is not in that room".into())),
            Err(e) => return Err(Transient(e)),
        };
        match room.state() {
            matrix_sdk::RoomState::Joined => {}
            // Invited: accept now (an invitation may predate the bot's first start).
            matrix_sdk::RoomState::Invited => room.join().await.map_err(|e| Transient(e.into()))?,
            other => return Err(Permanent(format!("the bot is {other:?} in that room"))),
        }
        // A parent's room that others have joined is no longer private: nothing more goes there.
        let advisers_room = self
            .rt
            .config
            .notify
            .contains(&ChatId::new(Channel::Matrix, room.room_id().to_string()));
        if !advisers_room && !o.chat.id.starts_with('@') && active_members(&room).await > 2 {
            return Err(Permanent("the room has other members now".into()));
        }
        let room_chat = ChatId::new(Channel::Matrix, room.room_id().to_string()).to_string();
        // Each ticket is a thread: its first message starts it, the rest follow in it, except
        // announcements (new, urgent, overdue), which belong in the main timeline.
        let root = match o.reply.ticket {
            Some(t) => store::threads::thread_of(&mut *self.rt.store.conn().await.map_err(Transient)?, t, &room_chat)
                .await
                .map_err(Transient)?,
            None => None,
        };
        if let Some(doc) = &o.reply.document {
            // A letter: the PDF (encrypted in an encrypted room) with the text as its caption.
            let config = matrix_sdk::attachment::AttachmentConfig::new()
                .txn_id(matrix_sdk::ruma::OwnedTransactionId::from(format!("ww-{}-0", o.id)))
                .caption(Some(matrix_sdk::ruma::events::room::message::TextMessageEventContent::plain(
                    o.reply.text.clone(),
                )));
            let name = format!("{}.pdf", doc.name);
            return match room
                .send_attachment(name, &mime::APPLICATION_PDF, super::pdf::render(doc), config)
                .await
            {
                Ok(_) => Ok(()),
                Err(e) => Err(classify(e)),
            };
        }
        let text = super::numbered(&o.reply);
        let parts = super::split(&text, MAX_EVENT_CHARS);
        // One event carries the formatted body next to the plain one; a reply long enough to
        // be split goes as plain text.
        let html = super::formatted(&o.reply).filter(|_| parts.len() == 1);
        for (i, part) in parts.into_iter().enumerate() {
            let mut content = match &html {
                Some(h) => RoomMessageEventContent::notice_html(part, h.clone()),
                None => RoomMessageEventContent::notice_plain(part),
            };
            if let (Some(root), false) = (&root, o.reply.headline) {
                let root: OwnedEventId = root.parse().map_err(|e: matrix_sdk::ruma::IdParseError| Transient(e.into()))?;
                content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
            }
            // The outbox row is the transaction id: a resend after a crash is the same event.
            let txn = matrix_sdk::ruma::OwnedTransactionId::from(format!("ww-{}-{i}", o.id));
            let sent = match room.send(content).with_transaction_id(txn).await {
                Ok(s) => s,
                Err(e) => return Err(classify(e)),
            };
            if let (Some(t), None, 0) = (o.reply.ticket, &root, i) {
                let mut c = self.rt.store.conn().await.map_err(Transient)?;
                store::threads::set_thread(&mut c, t, &room_chat, sent.response.event_id.as_str())
                    .await
                    .map_err(Transient)?;
            }
        }
        Ok(())
    }

    /// A file's contents from the homeserver (decrypted when encrypted), or unsupported when it
    /// is too big or cannot be fetched.
    async fn fetch(&self, content: &impl matrix_sdk::media::MediaEventContent, name: &str, mime: Option<String>) -> Message {
        match self.client.media().get_file(content, false).await {
            Ok(Some(bytes)) if bytes.len() <= crate::core::inbound::MAX_FILE_BYTES => Message::File(crate::core::inbound::Attachment {
                name: name.to_string(),
                mime: mime.unwrap_or_else(|| "application/octet-stream".into()),
                bytes,
            }),
            Ok(_) => Message::Unsupported,
            Err(e) => {
                tracing::warn!("a Matrix file could not be fetched: {e}");
                Message::Unsupported
            }
        }
    }

    /// The ticket whose thread an event belongs to, if any.
    async fn ticket_of_thread(&self, room: &RoomId, root: &str) -> Result<Option<i64>> {
        let room_chat = ChatId::new(Channel::Matrix, room.to_string()).to_string();
        store::threads::ticket_of(&mut *self.rt.store.conn().await?, &room_chat, root).await
    }
}

/// Joined and invited members of a room. The room summary's counts are only filled in when the
/// homeserver sends them (with lazily loaded members), so they may read 0 for a group; the member
/// list is fetched once per room (then kept current by sync) and is the reliable figure.
async fn active_members(room: &Room) -> u64 {
    match room.members(matrix_sdk::RoomMemberships::ACTIVE).await {
        Ok(m) => (m.len() as u64).max(room.active_members_count()),
        Err(e) => {
            tracing::warn!("cannot read a room's members: {e}");
            room.active_members_count()
        }
    }
}
