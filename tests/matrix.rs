//! Matrix end to end against a real Synapse: an encrypted direct chat, a flow, an escalation,
//! an adviser's reply, and a bot restart in the middle.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedRoomId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::watch;
use wegwijzer::channel::matrix::{Matrix, Settings};
use wegwijzer::config::Adviser;
use wegwijzer::hub::Hub;

/// A person with a Matrix client (with encryption), who reads the bot's notices.
struct Person {
    client: Client,
    inbox: Arc<Mutex<Vec<(OwnedRoomId, String)>>>,
    _dir: tempfile::TempDir,
    _sync: tokio::task::JoinHandle<()>,
}

async fn person(hs: &common::synapse::Synapse, user: &str) -> Person {
    hs.register(user, "wachtwoord");
    let dir = tempfile::tempdir().unwrap();
    let client = Client::builder()
        .homeserver_url(&hs.url)
        .sqlite_store(dir.path(), None)
        .build()
        .await
        .unwrap();
    client.matrix_auth().login_username(user, "wachtwoord").send().await.unwrap();
    let inbox: Arc<Mutex<Vec<(OwnedRoomId, String)>>> = Arc::default();
    let sink = inbox.clone();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let sink = sink.clone();
        async move {
            if let MessageType::Notice(n) = ev.content.msgtype {
                sink.lock().unwrap().push((room.room_id().to_owned(), n.body));
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
        _dir: dir,
        _sync: sync,
    }
}

impl Person {
    fn notices(&self) -> Vec<String> {
        self.inbox.lock().unwrap().iter().map(|(_, t)| t.clone()).collect()
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

struct Bot {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

async fn start_bot(hub: Arc<Hub>, s: &Settings) -> Bot {
    let mx = Matrix::connect(hub, s).await.unwrap();
    let (stop, rx) = watch::channel(false);
    let task = tokio::spawn(async move { mx.run(rx).await });
    Bot { stop, task }
}

impl Bot {
    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn encrypted_chat_flow_escalation_adviser_reply_and_restart() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into()))
        .with_test_writer()
        .try_init();
    let hs = common::synapse::start().await;
    hs.register("wegwijzer", "bot-wachtwoord");
    let dir = common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = common::sqlite_url(db.path());
    let hub = |url: String| {
        let root = dir.path().to_path_buf();
        async move {
            let mut cfg = common::config(&root, &url);
            cfg.advisers = vec![Adviser {
                name: "anna".into(),
                chats: vec!["matrix:@anna:localhost".into()],
            }];
            cfg.notify = vec![];
            let store = wegwijzer::store::Store::connect(&url).await.unwrap();
            Arc::new(Hub::new(Arc::new(common::catalog(&root)), store, Arc::new(cfg)))
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
    let bot = start_bot(hub(url.clone()).await, &settings).await;

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

    // Restart the bot; the parent answers while it is down.
    bot.stop().await;
    say(&room, "2").await;
    let bot = start_bot(hub(url.clone()).await, &settings).await;
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

    // An adviser on Matrix takes the ticket and replies; the parent answers back.
    let anna = person(&hs, "anna").await;
    let desk = anna.dm_with_bot().await;
    say(&desk, "/take 1").await;
    anna.wait_for("the ticket", |n| n.iter().any(|t| t.starts_with("Je hebt ticket #1 (high)")))
        .await;
    parent
        .wait_for("an adviser joined", |n| {
            n.iter().any(|t| t.starts_with("Een adviseur heeft uw vraag opgepakt"))
        })
        .await;
    say(&desk, "Goedemiddag, heeft de school de schorsing op papier gezet?").await;
    parent
        .wait_for("the adviser's reply", |n| {
            n.iter().any(|t| t == "Goedemiddag, heeft de school de schorsing op papier gezet?")
        })
        .await;
    say(&room, "nee, alleen gebeld").await;
    anna.wait_for("the parent's answer", |n| n.iter().any(|t| t == "[#1 · nl] nee, alleen gebeld"))
        .await;
    bot.stop().await;
}
