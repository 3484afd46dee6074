//! Telegram end to end: teloxide against the in-process Bot API fake that speaks Telegram's JSON.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;
use wegwijzer::channel::limits::Limits;
use wegwijzer::channel::telegram::Telegram;
use wegwijzer::core::config::Adviser;
use wegwijzer_testkit::{ChatFault, FakeTelegram, Fault, Sent};

use crate::common::Bot;

const PARENT: i64 = 5_550_001;

/// Generous limits: the tests check behaviour, and Telegram's real 1 message/s per chat would
/// only make them slow.
pub(crate) fn limits() -> Limits {
    Limits {
        overall_per_sec: 1000,
        chat_per_sec: 1000,
        group_per_min: 100_000,
    }
}

pub(crate) struct Running {
    stop: CancellationToken,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

pub(crate) async fn start(fake: &FakeTelegram, hub: Arc<Bot>) -> Running {
    let tg = Telegram::connect(hub.rt.clone(), "123456:TEST-TOKEN", Some(&fake.api_url()), Some(limits()), 1)
        .await
        .unwrap();
    let stop = CancellationToken::new();
    let until = stop.clone();
    let task = tokio::spawn(async move { tg.poll(until).await });
    Running { stop, task }
}

impl Running {
    pub(crate) async fn stop(self) {
        self.stop.cancel();
        self.task.await.unwrap().unwrap();
    }
}

async fn hub_with(dir: &std::path::Path, db: &str, advisers: Vec<Adviser>, notify: Vec<String>) -> Arc<Bot> {
    let mut cfg = crate::common::config(dir, db);
    cfg.advisers = advisers;
    cfg.notify = notify.iter().map(|c| c.parse().unwrap()).collect();
    Arc::new(crate::common::hub_with(cfg).await)
}

fn last(fake: &FakeTelegram, chat: i64) -> Sent {
    fake.sent_to(chat).last().cloned().expect("a message")
}

fn texts(fake: &FakeTelegram, chat: i64) -> Vec<String> {
    fake.sent_to(chat).into_iter().map(|s| s.text).collect()
}

#[tokio::test]
async fn parent_flow_with_buttons_and_a_rate_limit() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = hub_with(dir.path(), &crate::common::sqlite_url(db.path()), vec![], vec![]).await;
    assert_eq!(fake.calls("getMe").len(), 0);
    let bot = start(&fake, hub).await;
    assert_eq!(fake.calls("getMe").len(), 1, "the token is checked at start");

    // Telegram refuses the first reply with 429 retry_after 1; it is sent after waiting.
    fake.fail_next("sendMessage", Fault::RetryAfter(1));
    fake.parent_says(PARENT, "nl", "mijn kind is geschorst");
    // The welcome, the privacy note and the first question arrive as one message.
    fake.wait_until("the first question", |f| f.sent_to(PARENT).len() == 1).await;
    let q = last(&fake, PARENT);
    assert!(q.text.starts_with("Welkom bij Wegwijzer"), "{}", q.text);
    assert!(q.text.ends_with("\n\nHoe lang is uw kind geschorst?"), "{}", q.text);
    assert_eq!(
        q.buttons.iter().map(|b| b.0.as_str()).collect::<Vec<_>>(),
        vec!["Een dag", "Langer dan een week", "Ik wil met een adviseur praten"]
    );
    assert_eq!(fake.calls("sendMessage").len(), 2, "the reply plus the refused try");

    // Press "Een dag": the callback is answered, the old keyboard removed, the answer sent.
    fake.parent_presses(PARENT, "nl", &q, &q.buttons[0].1);
    fake.wait_until("the answer", |f| f.sent_to(PARENT).len() == 2).await;
    assert_eq!(fake.calls("answerCallbackQuery").len(), 1);
    let old = fake.sent_to(PARENT).into_iter().find(|s| s.message_id == q.message_id).unwrap();
    assert!(old.buttons.is_empty(), "the pressed message lost its keyboard");
    let msgs = texts(&fake, PARENT);
    assert!(msgs[1].starts_with("Een schorsing duurt hooguit een week."));
    assert_eq!(last(&fake, PARENT).buttons.len(), 2);

    // Pressing the same old button again (from another device) does nothing harmful.
    fake.parent_presses(PARENT, "nl", &q, &q.buttons[2].1);
    fake.wait_until("the stale-button hint", |f| f.sent_to(PARENT).len() == 3).await;
    assert!(texts(&fake, PARENT)[2].starts_with("Kies een van de opties: typ het nummer of tik op een knop."));
    bot.stop().await;
}

#[tokio::test]
async fn photos_deep_links_and_the_platform_language() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = hub_with(dir.path(), &crate::common::sqlite_url(db.path()), vec![], vec![]).await;
    let bot = start(&fake, hub).await;
    // An English-speaking Telegram user opens a QR code link for Dutch suspension help.
    fake.parent_says(PARENT, "en", "/start nl_suspension");
    fake.wait_until("the deep-linked flow", |f| {
        f.sent_to(PARENT)
            .last()
            .is_some_and(|s| s.text.ends_with("Hoe lang is uw kind geschorst?"))
    })
    .await;
    // A photo gets a polite answer, nothing breaks.
    fake.parent_sends_photo(PARENT, "en");
    fake.wait_until("the photo answer", |f| {
        f.sent_to(PARENT)
            .last()
            .is_some_and(|s| s.text.starts_with("Ik kan alleen tekst lezen"))
    })
    .await;
    // Another parent with an English Telegram gets English from the start.
    fake.parent_says(PARENT + 1, "en", "/start");
    fake.wait_until("an English welcome", |f| {
        f.sent_to(PARENT + 1)
            .first()
            .is_some_and(|s| s.text.starts_with("Welcome to Wegwijzer"))
    })
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn faults_and_a_restart_lose_and_duplicate_nothing() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let anna = || {
        vec![Adviser {
            name: "anna".into(),
            chats: vec![],
        }]
    };
    let hub = hub_with(dir.path(), &url, anna(), vec![]).await;
    let bot = start(&fake, hub.clone()).await;
    // The connection drops on the first reply; it stays in the outbox and goes out once.
    fake.fail_next("sendMessage", Fault::Drop);
    fake.parent_says(PARENT, "en", "my son was suspended");
    fake.wait_until("the first reply", |f| f.sent_to(PARENT).len() == 1).await;
    assert_eq!(texts(&fake, PARENT).iter().filter(|t| t.starts_with("Welcome")).count(), 1);

    fake.parent_says(PARENT, "en", "2");
    fake.wait_until("the weeks question", |f| f.sent_to(PARENT).len() == 2).await;
    let answered = fake.parent_says(PARENT, "en", "6");
    fake.wait_until("the handover", |f| f.sent_to(PARENT).len() == 3).await;
    bot.stop().await;
    hub.close().await;
    // While the bot is down the parent writes again.
    fake.parent_says(PARENT, "en", "he is in year 8");

    // A new process. Telegram also hands back the update before it (as it does when the bot
    // died after handling it but before confirming it): it must not be answered twice.
    fake.redeliver(answered);
    let hub = hub_with(dir.path(), &url, anna(), vec![]).await;
    let bot = start(&fake, hub.clone()).await;
    fake.wait_until("both updates confirmed", |f| f.unconfirmed() == 0).await;
    // A 502 on getUpdates: the bot waits and polls again.
    fake.fail_next("getUpdates", Fault::ServerError);
    fake.parent_says(PARENT, "en", "he has been home since september");
    fake.wait_until("the update after the 502 is confirmed", |f| f.unconfirmed() == 0)
        .await;
    bot.stop().await;
    let msgs = texts(&fake, PARENT);
    assert_eq!(
        msgs.iter()
            .filter(|t| t.as_str() == "How many weeks has your child been at home?")
            .count(),
        1,
        "{msgs:#?}"
    );
    assert_eq!(msgs.iter().filter(|t| t.starts_with("That is too long.")).count(), 1, "{msgs:#?}");
    assert_eq!(
        msgs.iter().filter(|t| t.contains("Your question is with the advisers")).count(),
        1,
        "{msgs:#?}"
    );
    // the two messages written while waiting get one receipt, not one each
    assert_eq!(
        msgs.iter().filter(|t| t.starts_with("I have added your message")).count(),
        1,
        "{msgs:#?}"
    );
    assert_eq!(msgs.len(), 4, "{msgs:#?}");
    // the message after the 502 reached the ticket
    let t = &hub.queue().await[0];
    assert_eq!(t.priority, wegwijzer::core::queue::Priority::High);
}

#[tokio::test]
async fn adviser_handoff_over_telegram() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    const ANNA: i64 = 9_000_001;
    const GROUP: i64 = -1_009_999;
    let hub = hub_with(
        dir.path(),
        &crate::common::sqlite_url(db.path()),
        vec![Adviser {
            name: "anna".into(),
            chats: vec![format!("telegram:{ANNA}").parse().unwrap()],
        }],
        vec![format!("telegram:{GROUP}")],
    )
    .await;
    let bot = start(&fake, hub).await;
    fake.parent_says(PARENT, "en", "/adviser");
    fake.wait_until("the group hears of the ticket", |f| !f.sent_to(GROUP).is_empty())
        .await;
    assert!(fake.sent_to(GROUP)[0].text.starts_with("Nieuw ticket #1"));
    fake.parent_says(ANNA, "nl", "/take 1");
    fake.wait_until("the parent hears an adviser joined", |f| {
        f.sent_to(PARENT)
            .last()
            .is_some_and(|s| s.text.contains("An adviser has picked up"))
    })
    .await;
    fake.parent_says(ANNA, "nl", "Good afternoon, how can I help?");
    fake.wait_until("the adviser's words reach the parent", |f| {
        f.sent_to(PARENT)
            .last()
            .is_some_and(|s| s.text == "Anna, adviser:\nGood afternoon, how can I help?")
    })
    .await;
    fake.parent_says(PARENT, "en", "my daughter may only go two hours a day");
    fake.wait_until("the parent's words reach the adviser", |f| {
        f.sent_to(ANNA)
            .iter()
            .any(|s| s.text == "[#1 · Engels] my daughter may only go two hours a day")
    })
    .await;
    fake.parent_says(ANNA, "nl", "/done 2");
    fake.wait_until("the parent hears it is closed", |f| {
        f.sent_to(PARENT)
            .last()
            .is_some_and(|s| s.text.starts_with("The adviser has closed"))
    })
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn webhook_mode_registers_and_serves_updates() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = hub_with(dir.path(), &crate::common::sqlite_url(db.path()), vec![], vec![]).await;
    let tg = Telegram::connect(hub.rt.clone(), "123456:TEST-TOKEN", Some(&fake.api_url()), Some(limits()), 1)
        .await
        .unwrap();
    let router = tg.webhook("https://bot.example.org/telegram", "s3cret").await.unwrap();
    assert_eq!(fake.webhook().as_deref(), Some("https://bot.example.org/telegram"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let update = fake.text_update(PARENT, "nl", "mijn kind is geschorst");
    let client = reqwest::Client::new();
    let denied = client.post(format!("http://{addr}/telegram")).json(&update).send().await.unwrap();
    assert_eq!(denied.status(), 401, "without Telegram's secret header");
    let ok = client
        .post(format!("http://{addr}/telegram"))
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    // The leader's delivery loop sends what the webhook stored.
    let sender = tg.clone();
    tokio::spawn(async move { sender.run_delivery(CancellationToken::new()).await });
    fake.wait_until("the reply", |f| f.sent_to(PARENT).len() == 1).await;
    assert!(last(&fake, PARENT).text.ends_with("Hoe lang is uw kind geschorst?"));
    // Telegram retries a webhook delivery it thinks failed: handled once.
    client
        .post(format!("http://{addr}/telegram"))
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
        .json(&update)
        .send()
        .await
        .unwrap();
    // Give a wrongly repeated reply every chance to show up before counting.
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(fake.sent_to(PARENT).len(), 1);
}

/// At start the bot tells Telegram its commands in every language, Dutch names for Dutch.
#[tokio::test]
async fn the_command_list_is_published_per_language() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let mut bot = crate::common::run_bot(dir.path(), &crate::common::sqlite_url(db.path()), &fake.api_url(), &[]);
    fake.wait_until("the bot polls", |f| !f.calls("getUpdates").is_empty()).await;
    assert!(bot.terminate());
    let calls = fake.calls("setMyCommands");
    let of = |lang: Option<&str>| {
        calls
            .iter()
            .find(|c| c.params.get("language_code").and_then(|l| l.as_str()) == lang)
            .unwrap_or_else(|| panic!("no setMyCommands for {lang:?}: {calls:?}"))
            .params["commands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["command"].as_str().unwrap().to_string(),
                    c["description"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let en = of(Some("en"));
    assert!(en.contains(&("back".into(), "One question back".into())), "{en:?}");
    let nl = of(Some("nl"));
    assert!(nl.contains(&("terug".into(), "Eén vraag terug".into())), "{nl:?}");
    assert!(nl.contains(&("vergeet".into(), "Alles over u wissen".into())), "{nl:?}");
    // Everyone else: the office's default language (Dutch).
    assert_eq!(of(None), nl);
}

#[tokio::test]
async fn the_binary_serves_telegram_and_survives_a_kill() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let spawn = || crate::common::run_bot(dir.path(), &url, &fake.api_url(), &[]);
    let mut bot = spawn();
    fake.parent_says(PARENT, "nl", "mijn kind is geschorst");
    // Telegram's real limit of one message per second per chat applies here.
    fake.wait_until("the first question", |f| f.sent_to(PARENT).len() == 1).await;
    // A service manager stops it (SIGTERM) in the middle of the conversation.
    assert!(bot.terminate(), "a clean stop");
    fake.parent_says(PARENT, "nl", "2");
    let mut bot = spawn();
    fake.wait_until("the next question after the kill", |f| f.sent_to(PARENT).len() == 2)
        .await;
    assert_eq!(last(&fake, PARENT).text, "Hoeveel weken zit uw kind thuis?");
    // Killed outright while idle: nothing is pending, so nothing is repeated either.
    fake.parent_says(PARENT, "nl", "7");
    fake.wait_until("the handover", |f| f.sent_to(PARENT).len() == 3).await;
    crate::common::wait_outbox_empty(&crate::common::sqlite_url(db.path())).await;
    bot.kill();
    let mut bot = spawn();
    fake.parent_says(PARENT, "nl", "hij zit al 7 weken thuis");
    fake.wait_until("the update is confirmed", |f| f.unconfirmed() == 0).await;
    fake.wait_until("the reply to it", |f| f.sent_to(PARENT).len() >= 4).await;
    bot.terminate();
    let texts: Vec<String> = fake.sent_to(PARENT).into_iter().map(|s| s.text).collect();
    // Nobody is connected to this bot, and the parent hears that again when writing after the
    // handover; no answer of the flow is repeated.
    assert_eq!(texts.len(), 4, "no reply repeated: {texts:#?}");
    assert!(texts[3].starts_with("Bij deze Wegwijzer zijn nu geen adviseurs"), "{texts:#?}");
}

#[tokio::test]
async fn a_busy_webhook_port_fails_before_the_webhook_is_registered() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().to_string();
    let mut bot = crate::common::run_bot(
        dir.path(),
        &crate::common::sqlite_url(db.path()),
        &fake.api_url(),
        &[
            ("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram"),
            ("TELEGRAM_WEBHOOK_SECRET", "a-long-enough-secret"),
            ("WEGWIJZER_LISTEN", port.as_str()),
        ],
    );
    let status = tokio::task::spawn_blocking(move || bot.0.wait().unwrap()).await.unwrap();
    assert_eq!(status.code(), Some(1));
    assert_eq!(fake.webhook(), None, "nothing registered with Telegram");
    drop(busy);
}

/// The advisers' group is a forum: each ticket gets its own topic, and only an adviser's own
/// words in it reach the parent. A group that is not the advisers' is never a parent (the bot
/// says so and leaves), a forged button press in the advisers' group starts nothing, and a
/// parent whose chat refuses every message holds up no one else.
#[tokio::test]
async fn forum_topics_groups_forged_presses_and_a_dead_chat() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    const ANNA: i64 = 9_000_001;
    const COLLEAGUE: i64 = 9_000_077;
    const GROUP: i64 = -1_009_999;
    const STRANGERS: i64 = -1_005_555;
    const DEAD: i64 = 5_550_666;
    fake.make_forum(GROUP);
    let hub = hub_with(
        dir.path(),
        &crate::common::sqlite_url(db.path()),
        vec![Adviser {
            name: "anna".into(),
            chats: vec![format!("telegram:{ANNA}").parse().unwrap()],
        }],
        vec![format!("telegram:{GROUP}")],
    )
    .await;
    let bot = start(&fake, hub).await;

    // A dead chat first: it refuses everything, forever.
    fake.fail_chat(DEAD, ChatFault::Forbidden);
    fake.parent_says(DEAD, "nl", "mijn kind is geschorst");
    fake.parent_says(PARENT, "en", "/adviser");
    fake.wait_until("the card in the group's main topic", |f| !f.sent_to(GROUP).is_empty())
        .await;
    let card = fake.sent_to(GROUP)[0].clone();
    assert!(card.text.starts_with("Nieuw ticket #1"), "{card:?}");
    assert_eq!(card.thread, None);

    // A stranger's group: one explanation, then the bot leaves; nothing of a flow.
    fake.user_says_in_group(STRANGERS, 4242, "mijn kind is geschorst", None, None);
    fake.wait_until("the bot leaves the stranger's group", |f| f.left(STRANGERS)).await;
    let said = texts(&fake, STRANGERS);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].starts_with("Ik werk alleen in een privégesprek"), "{said:?}");

    // A forged button press in the advisers' group is no parent.
    let before = fake.sent_to(GROUP).len();
    fake.user_presses_in_group(GROUP, COLLEAGUE, &card, "c:0:1");
    // Anna takes the ticket by replying to its card; the ticket gets its own topic.
    fake.user_says_in_group(GROUP, ANNA, "/take", None, Some(&card));
    fake.wait_until("the parent hears an adviser joined", |f| {
        f.sent_to(PARENT).iter().any(|s| s.text.contains("An adviser has picked up"))
    })
    .await;
    fake.wait_until("the ticket's topic", |f| !f.topics(GROUP).is_empty()).await;
    let (thread, name) = fake.topics(GROUP)[0].clone();
    assert_eq!(name, "#1");
    // A colleague (not an adviser) writing in the ticket's topic reaches no parent, and cannot
    // use the adviser's commands there: advisers are known by their account, not by the chat.
    fake.user_says_in_group(GROUP, COLLEAGUE, "wie pakt deze?", Some(thread), None);
    fake.user_says_in_group(GROUP, COLLEAGUE, "/queue", None, None);
    fake.user_says_in_group(GROUP, ANNA, "Good afternoon, I am here.", Some(thread), None);
    fake.wait_until("her words reach the parent", |f| {
        f.sent_to(PARENT)
            .last()
            .is_some_and(|s| s.text == "Anna, adviser:\nGood afternoon, I am here.")
    })
    .await;
    let parent_got = texts(&fake, PARENT);
    assert!(!parent_got.iter().any(|t| t.contains("wie pakt deze")), "{parent_got:?}");
    // Everything the bot said in the group after the card is about ticket 1, in its topic.
    let later: Vec<Sent> = fake.sent_to(GROUP).into_iter().skip(before).collect();
    assert!(!later.is_empty());
    assert!(later.iter().all(|s| s.thread == Some(thread)), "{later:?}");
    assert!(
        !later.iter().any(|s| s.text.starts_with("Hoe lang")),
        "no flow in the advisers' group: {later:?}"
    );
    assert!(
        !later.iter().any(|s| s.text.starts_with("#1 ·")),
        "no queue for a non-adviser: {later:?}"
    );
    // The dead chat got nothing through, and was recorded as undeliverable, not retried forever.
    assert!(fake.sent_to(DEAD).is_empty());
    let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL AND chat = $1")
        .bind(format!("telegram:{DEAD}"))
        .fetch_one(&crate::common::raw(&crate::common::sqlite_url(db.path())).await)
        .await
        .unwrap();
    assert!(failed >= 1, "recorded as failed");
    bot.stop().await;
}

/// Back from webhook mode to polling: the webhook left behind is removed, so polling works
/// (Telegram answers getUpdates with 409 while a webhook is set).
#[tokio::test]
async fn polling_after_webhook_mode_removes_the_webhook() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = hub_with(dir.path(), &crate::common::sqlite_url(db.path()), vec![], vec![]).await;
    let tg = Telegram::connect(hub.rt.clone(), "123456:TEST-TOKEN", Some(&fake.api_url()), Some(limits()), 1)
        .await
        .unwrap();
    let _router = tg
        .webhook("https://bot.example.org/telegram", "s3cret-s3cret-s3cret")
        .await
        .unwrap();
    assert!(fake.webhook().is_some());
    let bot = start(&fake, hub).await;
    fake.parent_says(PARENT, "nl", "mijn kind is geschorst");
    fake.wait_until("the reply", |f| f.sent_to(PARENT).len() == 1).await;
    assert_eq!(fake.webhook(), None);
    bot.stop().await;
}

/// kill -9 in the middle of sending, three times: every parent gets every answer, and each
/// crash repeats at most the one message in flight per chat (each is marked sent the moment
/// Telegram accepts it, not in batches). A repeat shows as the same text twice in a row.
#[tokio::test]
async fn repeated_kills_under_load_repeat_at_most_one_message_each() {
    let fake = FakeTelegram::start().await;
    // Every call takes a little while, so a kill lands while messages are in flight.
    fake.set_latency(std::time::Duration::from_millis(20));
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let spawn = || crate::common::run_bot(dir.path(), &url, &fake.api_url(), &[("WEGWIJZER_TELEGRAM_NO_LIMITS", "1")]);
    let parents: Vec<i64> = (0..30).map(|i| 7_000_000 + i).collect();
    let kills = 3;
    for text in ["mijn kind is geschorst", "1", "/stop"].iter().take(kills) {
        let mut bot = spawn();
        for p in &parents {
            fake.parent_says(*p, "nl", text);
        }
        let before = fake.sent_count();
        // Kill once some, not all, of this round's replies are out.
        fake.wait_until("some replies of the round", |f| f.sent_count() > before + 3).await;
        bot.kill();
    }
    let polls = fake.calls("getUpdates").len();
    let mut bot = spawn();
    // Up and polling first: a SIGTERM while it still loads the catalogue would kill it before
    // it listens for signals (the last killed one may already have sent everything).
    fake.wait_until("the last bot polls", |f| f.calls("getUpdates").len() > polls).await;
    fake.wait_until("every update confirmed", |f| f.unconfirmed() == 0).await;
    crate::common::wait_outbox_empty(&url).await;
    assert!(bot.terminate());
    // Chats are sent to side by side, so "in flight" is one message per chat: a crash repeats
    // at most that one in each chat (Telegram has no idempotency key to do better).
    let mut repeats = 0;
    for p in &parents {
        let texts = texts(&fake, *p);
        assert!(texts[0].ends_with("Hoe lang is uw kind geschorst?"), "{texts:?}");
        assert!(
            texts.iter().any(|t| t.starts_with("Een schorsing duurt hooguit een week")),
            "nothing lost: {texts:?}"
        );
        let here = texts.windows(2).filter(|w| w[0] == w[1]).count();
        assert!(here <= kills, "{here} repeats in one chat after {kills} kills: {texts:#?}");
        repeats += here;
    }
    println!("{repeats} messages repeated over {} chats after {kills} kills", parents.len());
}

/// A button press on a parent's message by anyone else (a forged update) is ignored: in a
/// private chat only the person the chat is with presses its buttons.
#[tokio::test]
async fn a_press_by_someone_else_on_a_parents_buttons_is_ignored() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let mut bot = crate::common::run_bot(dir.path(), &crate::common::sqlite_url(db.path()), &fake.api_url(), &[]);
    fake.parent_says(PARENT, "nl", "mijn kind is geschorst");
    fake.wait_until("the question with buttons", |f| {
        f.sent_to(PARENT).iter().any(|s| !s.buttons.is_empty())
    })
    .await;
    let question = fake.sent_to(PARENT).into_iter().rev().find(|s| !s.buttons.is_empty()).unwrap();
    let before = fake.sent_to(PARENT).len();
    fake.parent_presses(PARENT + 1, "nl", &question, &question.buttons[0].1);
    fake.parent_presses(PARENT, "nl", &question, &question.buttons[0].1);
    // A later message's reply comes after everything the presses caused (one chat, in order).
    fake.parent_says(PARENT, "nl", "/help");
    fake.wait_until("the help after the presses", |f| {
        f.sent_to(PARENT).iter().any(|s| s.text.contains("/menu"))
    })
    .await;
    // Handled in order: had the forged press counted, the real one would have come second.
    assert!(
        fake.sent_to(PARENT)[before]
            .text
            .starts_with("Een schorsing duurt hooguit een week.")
    );
    assert!(fake.sent_to(PARENT + 1).is_empty());
    assert!(bot.terminate());
    let answers = fake
        .sent_to(PARENT)
        .iter()
        .filter(|s| s.text.contains("Een schorsing duurt hooguit een week."))
        .count();
    assert_eq!(answers, 1, "answered once: {:?}", fake.sent_to(PARENT));
    // Had the forged press counted, the parent's own would have been stale ("choose one").
    assert!(
        !fake.sent_to(PARENT).iter().any(|s| s.text.contains("Kies een van de opties")),
        "{:?}",
        fake.sent_to(PARENT)
    );
}

#[tokio::test]
async fn a_letter_arrives_as_a_pdf_after_its_text() {
    let fake = FakeTelegram::start().await;
    let root = crate::common::project_root();
    let db = tempfile::tempdir().unwrap();
    let hub = hub_with(&root, &crate::common::sqlite_url(db.path()), vec![], vec![]).await;
    let cat = hub.rt.catalog.clone();
    let bot = start(&fake, hub).await;
    // An Arabic-speaking parent: suspension, elsewhere, "I disagree", "help me write the letter",
    // the date of the decision, a public school.
    for (i, text) in ["/start ar_suspension", "2", "2", "1", "12-11-2026", "1"].into_iter().enumerate() {
        let before = fake.sent_to(PARENT).len();
        fake.parent_says(PARENT, "ar", text);
        fake.wait_until(&format!("the answer to message {i}"), |f| f.sent_to(PARENT).len() > before)
            .await;
    }
    fake.wait_until("the letter as a document", |f| !f.documents_to(PARENT).is_empty())
        .await;
    let docs = fake.documents_to(PARENT);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].file_name, "bezwaar-tegen-schorsing.pdf");
    assert!(docs[0].bytes.starts_with(b"%PDF-"), "a PDF");
    assert_eq!(
        docs[0].caption.as_deref(),
        Some(cat.locales.text("ar", "letter-document", &[]).as_str())
    );
    // The Dutch letter came as text too, after the explanation in Arabic.
    let msgs = texts(&fake, PARENT);
    assert!(
        msgs.iter().any(|m| m.contains("Geacht bestuur") && m.contains("12 november 2026")),
        "{msgs:#?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_photo_sent_while_a_ticket_is_open_is_kept_with_it() {
    let fake = FakeTelegram::start().await;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = hub_with(dir.path(), &crate::common::sqlite_url(db.path()), vec![], vec![]).await;
    let rt = hub.rt.clone();
    let bot = start(&fake, hub).await;
    // Outside a ticket: the polite "text only", nothing kept.
    fake.parent_sends_photo(PARENT, "nl");
    fake.wait_until("the text-only answer", |f| !f.sent_to(PARENT).is_empty()).await;
    assert!(last(&fake, PARENT).text.contains("Ik kan alleen tekst lezen"));
    fake.parent_says(PARENT, "nl", "/adviseur");
    fake.wait_until("the ticket", |f| f.sent_to(PARENT).len() >= 2).await;
    let ticket = wegwijzer::store::tickets::open_of(&mut rt.store.conn().await.unwrap(), &format!("telegram:{PARENT}"))
        .await
        .unwrap()
        .expect("a ticket");
    let before = fake.sent_to(PARENT).len();
    fake.parent_sends_photo(PARENT, "nl");
    fake.wait_until("the receipt", |f| f.sent_to(PARENT).len() > before).await;
    assert_eq!(last(&fake, PARENT).text, rt.catalog.locales.text("nl", "file-received", &[]));
    let files = wegwijzer::store::files::of_ticket(&mut rt.store.conn().await.unwrap(), ticket.id)
        .await
        .unwrap();
    assert_eq!(files.len(), 1, "{files:?}");
    let (info, bytes) = wegwijzer::store::files::get(&mut rt.store.conn().await.unwrap(), files[0].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.mime, "image/jpeg");
    assert_eq!(bytes, wegwijzer_testkit::photo_png(), "the largest size, as Telegram sent it");
    bot.stop().await;
}
