//! Matrix end to end against a real Synapse: an encrypted direct chat, a flow, an escalation,
//! an adviser's reply, and a bot restart in the middle.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedRoomId, UserId};
use matrix_sdk::{Client, Room};
use tokio_util::sync::CancellationToken;
use wegwijzer::channel::matrix::{Matrix, Settings};
use wegwijzer::core::config::Adviser;

#[derive(Clone, Debug)]
struct Notice {
    room: OwnedRoomId,
    id: String,
    text: String,
    /// The formatted body (HTML), when there is one.
    html: Option<String>,
    thread: Option<String>,
}

/// A person with a Matrix client (with encryption), who reads the bot's notices.
struct Person {
    client: Client,
    /// Notices from the bot: room, event id, text, thread root.
    inbox: Arc<Mutex<Vec<Notice>>>,
    /// Files from the bot (a letter), as their events carry them.
    files: Arc<Mutex<Vec<matrix_sdk::ruma::events::room::message::FileMessageEventContent>>>,
    _dir: tempfile::TempDir,
    _sync: tokio::task::JoinHandle<()>,
}

async fn person(hs: &crate::common::synapse::Synapse, user: &str) -> Person {
    hs.register(user, "wachtwoord");
    let dir = tempfile::tempdir().unwrap();
    let client = Client::builder()
        .homeserver_url(&hs.url)
        .sqlite_store(dir.path(), None)
        .build()
        .await
        .unwrap();
    client.matrix_auth().login_username(user, "wachtwoord").send().await.unwrap();
    let inbox: Arc<Mutex<Vec<Notice>>> = Arc::default();
    let files: Arc<Mutex<Vec<_>>> = Arc::default();
    let sink = inbox.clone();
    let file_sink = files.clone();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let sink = sink.clone();
        let file_sink = file_sink.clone();
        async move {
            if let MessageType::File(f) = &ev.content.msgtype {
                file_sink.lock().unwrap().push(f.clone());
            }
            let thread = match &ev.content.relates_to {
                Some(Relation::Thread(t)) => Some(t.event_id.to_string()),
                _ => None,
            };
            if let MessageType::Notice(n) = ev.content.msgtype {
                sink.lock().unwrap().push(Notice {
                    room: room.room_id().to_owned(),
                    id: ev.event_id.to_string(),
                    html: n.formatted.map(|f| f.body),
                    text: n.body,
                    thread,
                });
            }
        }
    });
    let c = client.clone();
    let sync = tokio::spawn(async move {
        loop {
            let _ = c.sync_once(SyncSettings::default().timeout(Duration::from_millis(500))).await;
        }
    });
    Person {
        client,
        inbox,
        files,
        _dir: dir,
        _sync: sync,
    }
}

impl Person {
    fn notices(&self) -> Vec<String> {
        self.inbox.lock().unwrap().iter().map(|n| n.text.clone()).collect()
    }

    async fn wait_for(&self, what: &str, done: impl Fn(&[String]) -> bool) {
        for _ in 0..600 {
            if done(&self.notices()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("gave up waiting for {what}; got {:#?}", self.notices());
    }

    /// Opens an encrypted direct chat with the bot and waits until the bot has joined.
    async fn dm_with_bot(&self) -> Room {
        let bot = UserId::parse("@wegwijzer:localhost").unwrap();
        let room = self.client.create_dm(&bot).await.unwrap();
        for _ in 0..600 {
            if room.joined_user_ids().await.unwrap_or_default().contains(&bot) {
                return room;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the bot never joined the direct chat");
    }
}

async fn say(room: &Room, text: &str) {
    room.send(RoomMessageEventContent::text_plain(text)).await.unwrap();
}

/// Writes in the thread that starts with event `root`.
async fn say_in_thread(room: &Room, root: &str, text: &str) {
    let root: matrix_sdk::ruma::OwnedEventId = root.parse().unwrap();
    let mut content = RoomMessageEventContent::text_plain(text);
    content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
    room.send(content).await.unwrap();
}

async fn wait_joined(room: &Room) {
    let bot = UserId::parse("@wegwijzer:localhost").unwrap();
    for _ in 0..600 {
        if room.joined_user_ids().await.unwrap_or_default().contains(&bot) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the bot never joined");
}

struct Bot {
    stop: CancellationToken,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

async fn start_bot(hub: crate::common::Bot, s: &Settings) -> Bot {
    let mx = Matrix::connect(hub.rt.clone(), s).await.unwrap();
    let stop = CancellationToken::new();
    let until = stop.clone();
    let task = tokio::spawn(async move { mx.sync(until).await });
    Bot { stop, task }
}

impl Bot {
    async fn stop(self) {
        self.stop.cancel();
        self.task.await.unwrap().unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn encrypted_chat_flow_escalation_adviser_reply_and_restart() {
    crate::common::logs();
    let hs = crate::common::synapse::start().await;
    hs.register("wegwijzer", "bot-wachtwoord");
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let hub = |url: String, notify: Vec<String>| {
        let root = dir.path().to_path_buf();
        async move {
            let mut cfg = crate::common::config(&root, &url);
            cfg.advisers = vec![Adviser {
                name: "anna".into(),
                chats: vec!["matrix:@anna:localhost".parse().unwrap()],
            }];
            cfg.notify = notify.iter().map(|c| c.parse().unwrap()).collect();
            crate::common::hub_with(cfg).await
        }
    };
    let store_dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        homeserver: hs.url.clone(),
        user: "wegwijzer".into(),
        password: Some("bot-wachtwoord".into()),
        access_token: None,
        store_dir: store_dir.path().to_path_buf(),
    };
    let bot = start_bot(hub(url.clone(), vec![]).await, &settings).await;

    // The advisers' room: Anna makes it and invites the bot.
    let anna = person(&hs, "anna").await;
    let mut request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    request.invite = vec![UserId::parse("@wegwijzer:localhost").unwrap()];
    request.name = Some("Adviseurs".into());
    let advisers_room = anna.client.create_room(request).await.unwrap();
    wait_joined(&advisers_room).await;
    let notify = vec![format!("matrix:{}", advisers_room.room_id())];

    let parent = person(&hs, "ouder").await;
    let room = parent.dm_with_bot().await;
    assert!(
        room.latest_encryption_state().await.unwrap().is_encrypted(),
        "the direct chat is encrypted"
    );
    say(&room, "mijn kind is geschorst").await;
    parent
        .wait_for("the first question", |n| {
            n.iter()
                .any(|t| t.starts_with("Hoe lang is uw kind geschorst?\n  1. Een dag\n  2. Langer dan een week"))
        })
        .await;
    // Next to the plain body, a formatted one: the question in bold, the choices as a list;
    // and no text tells a Matrix user to tap a button.
    let html = parent
        .inbox
        .lock()
        .unwrap()
        .iter()
        .find(|n| n.text.starts_with("Hoe lang is uw kind geschorst?"))
        .and_then(|n| n.html.clone());
    assert_eq!(
        html.as_deref(),
        Some(
            "<p><strong>Hoe lang is uw kind geschorst?</strong></p><ol><li>Een dag</li><li>Langer dan een week</li><li>Ik wil met een adviseur praten</li></ol>"
        )
    );
    say(&room, "misschien").await;
    parent
        .wait_for("the choices again, without buttons", |n| {
            n.iter()
                .any(|t| t.starts_with("Kies een van de opties: typ het nummer of het antwoord."))
        })
        .await;
    assert!(!parent.notices().iter().any(|t| t.contains("knop")), "{:#?}", parent.notices());

    // Restart the bot; the parent answers while it is down.
    bot.stop().await;
    say(&room, "2").await;
    let bot = start_bot(hub(url.clone(), notify.clone()).await, &settings).await;
    parent
        .wait_for("the next question after the restart", |n| {
            n.iter().any(|t| t == "Hoeveel weken zit uw kind thuis?")
        })
        .await;
    say(&room, "6").await;
    parent
        .wait_for("the handover", |n| {
            n.iter().any(|t| t.starts_with("Uw vraag staat bij de adviseurs"))
        })
        .await;
    let n = parent.notices();
    assert_eq!(
        n.iter().filter(|t| t.starts_with("Welkom bij Wegwijzer")).count(),
        1,
        "no replay after the restart: {n:#?}"
    );
    assert_eq!(
        n.iter().filter(|t| t.as_str() == "Hoeveel weken zit uw kind thuis?").count(),
        1,
        "{n:#?}"
    );

    // The ticket opens a thread in the advisers' room; Anna takes it and works in the thread.
    anna.wait_for("the new ticket", |n| n.iter().any(|t| t.starts_with("Nieuw ticket #1 · hoog")))
        .await;
    let root = anna
        .inbox
        .lock()
        .unwrap()
        .iter()
        .find(|n| n.text.starts_with("Nieuw ticket #1"))
        .cloned()
        .unwrap();
    assert_eq!(root.room, advisers_room.room_id());
    say_in_thread(&advisers_room, &root.id, "/take").await;
    anna.wait_for("the ticket", |n| n.iter().any(|t| t.starts_with("Je hebt ticket #1 (hoog")))
        .await;
    parent
        .wait_for("an adviser joined", |n| {
            n.iter().any(|t| t.starts_with("Een adviseur heeft uw vraag opgepakt"))
        })
        .await;
    say_in_thread(
        &advisers_room,
        &root.id,
        "Goedemiddag, heeft de school de schorsing op papier gezet?",
    )
    .await;
    parent
        .wait_for("the adviser's reply", |n| {
            n.iter()
                .any(|t| t == "Anna, adviseur:\nGoedemiddag, heeft de school de schorsing op papier gezet?")
        })
        .await;
    say(&room, "nee, alleen gebeld").await;
    anna.wait_for("the parent's answer", |n| {
        n.iter().any(|t| t == "[#1 · Nederlands] nee, alleen gebeld")
    })
    .await;
    // Everything about ticket 1 stays in its thread.
    let inbox = anna.inbox.lock().unwrap().clone();
    for text in ["Je hebt ticket #1", "[#1 · Nederlands] nee, alleen gebeld"] {
        let n = inbox.iter().find(|n| n.text.starts_with(text)).unwrap();
        assert_eq!(
            (n.room.as_str(), n.thread.as_deref()),
            (advisers_room.room_id().as_str(), Some(root.id.as_str())),
            "{text}"
        );
    }
    // A crash after Matrix took a message but before it was marked sent: the resend carries the
    // same transaction id (the outbox row's), so the parent sees it once.
    bot.stop().await;
    let resend = |id: i64| {
        let (url, room) = (url.clone(), room.room_id().to_string());
        async move {
            let body = serde_json::to_string(&wegwijzer::core::engine::Reply::text("Eén keer, ook na een crash.")).unwrap();
            sqlx::query("INSERT INTO outbox (id, chat, body, created_at) VALUES ($1, $2, $3, 0)")
                .bind(id)
                .bind(format!("matrix:{room}"))
                .bind(body)
                .execute(&crate::common::raw(&url).await)
                .await
                .unwrap();
        }
    };
    resend(424_242).await;
    let bot = start_bot(hub(url.clone(), notify.clone()).await, &settings).await;
    parent
        .wait_for("the message", |n| n.iter().any(|t| t == "Eén keer, ook na een crash."))
        .await;
    crate::common::wait_outbox_empty(&url).await;
    bot.stop().await;
    resend(424_242).await;
    let bot = start_bot(hub(url.clone(), notify.clone()).await, &settings).await;
    crate::common::wait_outbox_empty(&url).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let n = parent.notices();
    assert_eq!(
        n.iter().filter(|t| t.as_str() == "Eén keer, ook na een crash.").count(),
        1,
        "{n:#?}"
    );
    bot.stop().await;
}

/// `wegwijzer run` serves Matrix and Telegram side by side in one process.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_process_serves_matrix_and_telegram() {
    let hs = crate::common::synapse::start().await;
    hs.register("wegwijzer", "bot-wachtwoord");
    let fake = wegwijzer_testkit::FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let store = tempfile::tempdir().unwrap();
    let _bot = crate::common::run_bot(
        dir.path(),
        &crate::common::sqlite_url(db.path()),
        &fake.api_url(),
        &[
            ("MATRIX_HOMESERVER", hs.url.as_str()),
            ("MATRIX_USER", "wegwijzer"),
            ("MATRIX_PASSWORD", "bot-wachtwoord"),
            ("MATRIX_STORE", store.path().to_str().unwrap()),
        ],
    );
    let parent = person(&hs, "ouder").await;
    let room = parent.dm_with_bot().await;
    say(&room, "my son was suspended").await;
    fake.parent_says(777, "nl", "mijn kind is geschorst");
    parent
        .wait_for("the Matrix answer", |n| {
            n.iter().any(|t| t.starts_with("How long is your child suspended?"))
        })
        .await;
    fake.wait_until("the Telegram answer", |f| {
        f.sent_to(777)
            .last()
            .is_some_and(|s| s.text.ends_with("Hoe lang is uw kind geschorst?"))
    })
    .await;
}

/// Two advisers and their room (the bot invited before it ever ran), a stranger's group room,
/// and a parent who removes the bot. A colleague's remark in the advisers' room reaches no
/// parent, the group is told once and left, a long reply is split, and the room the bot was
/// removed from stalls no one: the adviser hears the message could not be delivered.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn advisers_room_groups_and_a_removed_bot() {
    use matrix_sdk::ruma::api::client::room::create_room::v3::Request as CreateRoom;
    let hs = crate::common::synapse::start().await;
    hs.register("wegwijzer", "bot-wachtwoord");
    let bot_id = UserId::parse("@wegwijzer:localhost").unwrap();
    let anna = person(&hs, "anna").await;
    let bram = person(&hs, "bram").await;
    let mut request = CreateRoom::new();
    request.invite = vec![bot_id.clone(), UserId::parse("@bram:localhost").unwrap()];
    request.name = Some("Adviseurs".into());
    let advisers_room = anna.client.create_room(request).await.unwrap();
    bram.client.join_room_by_id(advisers_room.room_id()).await.unwrap();

    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let mut cfg = crate::common::config(dir.path(), &crate::common::sqlite_url(db.path()));
    cfg.advisers = ["anna", "bram"]
        .iter()
        .map(|n| Adviser {
            name: n.to_string(),
            chats: vec![format!("matrix:@{n}:localhost").parse().unwrap()],
        })
        .collect();
    cfg.notify = vec![format!("matrix:{}", advisers_room.room_id()).parse().unwrap()];
    let store_dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        homeserver: hs.url.clone(),
        user: "wegwijzer".into(),
        password: Some("bot-wachtwoord".into()),
        access_token: None,
        store_dir: store_dir.path().join("store"),
    };
    let bot = start_bot(crate::common::hub_with(cfg).await, &settings).await;
    // The session (with its access token) and the keys are the bot's alone.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(store_dir.path().join("store")).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o077, 0, "the Matrix store is readable by others ({mode:o})");
    }
    // The invitation from before the first start is accepted.
    wait_joined(&advisers_room).await;

    // A group room is not a parent: one explanation, then the bot leaves.
    let carol = person(&hs, "carol").await;
    hs.register("dave", "wachtwoord");
    let mut request = CreateRoom::new();
    request.invite = vec![bot_id.clone(), UserId::parse("@dave:localhost").unwrap()];
    let group = carol.client.create_room(request).await.unwrap();
    wait_joined(&group).await;
    say(&group, "mijn kind is geschorst").await;
    carol
        .wait_for("the private-only notice", |n| {
            n.iter().any(|t| t.starts_with("Ik werk alleen in een privégesprek"))
        })
        .await;
    let mut left = false;
    for _ in 0..100 {
        if !group.joined_user_ids().await.unwrap_or_default().contains(&bot_id) {
            left = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(left, "the bot left the group");
    assert_eq!(carol.notices().len(), 1, "{:?}", carol.notices());

    // Two parents ask for an adviser; the cards arrive in the advisers' room.
    let parent = person(&hs, "ouder").await;
    let room = parent.dm_with_bot().await;
    say(&room, "/adviseur").await;
    // (a room the parent made and invited the bot to, so the parent may remove it later)
    let other = person(&hs, "ouder2").await;
    let mut request = CreateRoom::new();
    request.invite = vec![bot_id.clone()];
    request.is_direct = true;
    let other_room = other.client.create_room(request).await.unwrap();
    wait_joined(&other_room).await;
    say(&other_room, "/adviseur").await;
    anna.wait_for("both cards", |n| n.iter().filter(|t| t.starts_with("Nieuw ticket #")).count() == 2)
        .await;
    let card = |id: &str| {
        anna.inbox
            .lock()
            .unwrap()
            .iter()
            .find(|n| n.text.starts_with(&format!("Nieuw ticket #{id}")))
            .cloned()
            .unwrap()
    };
    let (card1, card2) = (card("1"), card("2"));

    // Bram remarks to his colleague in the room, outside any thread: it goes to no parent.
    say(&advisers_room, "wie pakt deze op? ik zit vol").await;
    // Anna takes ticket 1 in its thread and answers there.
    say_in_thread(&advisers_room, &card1.id, "/take").await;
    parent
        .wait_for("an adviser joined", |n| {
            n.iter().any(|t| t.starts_with("Een adviseur heeft uw vraag opgepakt"))
        })
        .await;
    // A long answer is split into events Matrix accepts; every part arrives.
    let long = "Dit is een lange uitleg over schorsen. ".repeat(800);
    say_in_thread(&advisers_room, &card1.id, &long).await;
    parent
        .wait_for("the long answer", |n| n.iter().filter(|t| t.contains("lange uitleg")).count() >= 2)
        .await;

    // The second parent removes the bot from their room; a reply to them cannot be delivered.
    say_in_thread(&advisers_room, &card2.id, "/take").await;
    other
        .wait_for("an adviser joined", |n| {
            n.iter().any(|t| t.starts_with("Een adviseur heeft uw vraag opgepakt"))
        })
        .await;
    other_room.kick_user(&bot_id, Some("weg")).await.unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    say_in_thread(&advisers_room, &card2.id, "Bent u er nog?").await;
    anna.wait_for("the delivery failure", |n| {
        n.iter()
            .any(|t| t.starts_with("Een bericht aan de ouder van ticket #2 kon niet worden bezorgd"))
    })
    .await;
    // ... and stalls no one: the first parent still gets Anna's next words.
    say_in_thread(&advisers_room, &card1.id, "Heeft de school dat op papier gezet?").await;
    parent
        .wait_for("the next answer", |n| {
            n.iter().any(|t| t.ends_with("Heeft de school dat op papier gezet?"))
        })
        .await;
    let heard = parent.notices().join("\n");
    assert!(!heard.contains("wie pakt deze"), "a colleague's remark reached a parent: {heard}");
    bot.stop().await;
}

/// A letter reaches a parent in an encrypted chat as an encrypted PDF, which the parent's
/// client decrypts; the Dutch letter comes as text before it. A photo the parent sends to their
/// open ticket is decrypted by the bot and kept with the ticket.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_letter_arrives_as_an_encrypted_pdf_and_a_photo_comes_back() {
    let hs = crate::common::synapse::start().await;
    hs.register("wegwijzer", "bot-wachtwoord");
    let db = tempfile::tempdir().unwrap();
    let cfg = crate::common::config(&crate::common::project_root(), &crate::common::sqlite_url(db.path()));
    let hub = crate::common::hub_with(cfg).await;
    let rt = hub.rt.clone();
    let store_dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        homeserver: hs.url.clone(),
        user: "wegwijzer".into(),
        password: Some("bot-wachtwoord".into()),
        access_token: None,
        store_dir: store_dir.path().to_path_buf(),
    };
    let bot = start_bot(hub, &settings).await;
    let parent = person(&hs, "ouder").await;
    let room = parent.dm_with_bot().await;
    assert!(room.latest_encryption_state().await.unwrap().is_encrypted());
    // Suspension, elsewhere, "I disagree", "help me write the letter", the date, a public school.
    for (i, text) in ["/start nl_suspension", "2", "2", "1", "12 november", "1"].into_iter().enumerate() {
        let before = parent.notices().len();
        say(&room, text).await;
        parent.wait_for(&format!("the answer to message {i}"), |n| n.len() > before).await;
    }
    for _ in 0..600 {
        if !parent.files.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let file = parent.files.lock().unwrap().first().cloned().expect("the letter as a file");
    assert_eq!(file.filename(), "bezwaar-tegen-schorsing.pdf");
    assert!(
        matches!(file.source, matrix_sdk::ruma::events::room::MediaSource::Encrypted(_)),
        "encrypted in an encrypted room"
    );
    let bytes = parent.client.media().get_file(&file, false).await.unwrap().expect("its bytes");
    assert!(bytes.starts_with(b"%PDF-"), "the parent's client decrypts a PDF");
    assert!(
        parent
            .notices()
            .iter()
            .any(|n| n.contains("Geacht bestuur") && n.contains("12 november 2026"))
    );

    // With a ticket open, the parent sends a photo of the school's letter: the bot decrypts it
    // and keeps it with the ticket for the web inbox.
    say(&room, "/adviseur").await;
    let chat = format!("matrix:{}", room.room_id());
    let mut ticket = None;
    for _ in 0..600 {
        ticket = wegwijzer::store::tickets::open_of(&mut rt.store.conn().await.unwrap(), &chat)
            .await
            .unwrap();
        if ticket.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let ticket = ticket.expect("a ticket");
    let png = wegwijzer_testkit::photo_png();
    room.send_attachment(
        "brief.png",
        &mime::IMAGE_PNG,
        png.clone(),
        matrix_sdk::attachment::AttachmentConfig::new(),
    )
    .await
    .unwrap();
    let mut files = vec![];
    for _ in 0..600 {
        files = wegwijzer::store::files::of_ticket(&mut rt.store.conn().await.unwrap(), ticket.id)
            .await
            .unwrap();
        if !files.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(files.len(), 1, "the photo is kept with the ticket");
    let (info, bytes) = wegwijzer::store::files::get(&mut rt.store.conn().await.unwrap(), files[0].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((info.name.as_str(), info.mime.as_str()), ("brief.png", "image/png"));
    assert_eq!(bytes, png, "decrypted");
    bot.stop().await;
}
