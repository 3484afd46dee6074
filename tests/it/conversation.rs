//! Whole conversations through hub, SQLite store and the terminal channel.

use wegwijzer::channel::terminal;
use wegwijzer::service::{Inbound, Message};

async fn chat(hub: &crate::common::Bot, who: &str, lines: &str) -> String {
    let mut out = Vec::new();
    let chat: wegwijzer::core::ids::ChatId = who.parse().unwrap();
    terminal::chat(&hub.rt, &chat, &[], tokio::io::BufReader::new(lines.as_bytes()), &mut out)
        .await
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[tokio::test]
async fn dutch_parent_reaches_an_answer_in_the_terminal() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let out = chat(&hub, "terminal:p1", "mijn kind is geschorst\n1\n").await;
    assert!(
        out.contains("Hoe lang is uw kind geschorst?\n  1. Een dag\n  2. Langer dan een week\n  3. Ik wil met een adviseur praten"),
        "{out}"
    );
    assert!(
        out.contains("Een schorsing duurt hooguit een week.\n\nBron: https://example.org/schorsen"),
        "{out}"
    );
    assert!(
        out.contains("Wat wilt u nu doen?\n  1. Ik wil met een adviseur praten\n  2. Terug naar het menu"),
        "{out}"
    );
}

#[tokio::test]
async fn english_parent_escalates_and_a_ticket_is_stored() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let out = chat(&hub, "terminal:p2", "my son was suspended\n3\nhe is in year 8\n").await;
    assert!(out.contains("Your question is with the advisers now."), "{out}");
    let queue = hub.queue().await;
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (queue[0].lang.as_str(), queue[0].topic.as_str(), queue[0].status.as_str()),
        ("en", "suspension", "open")
    );
    // the advisers' feed heard about it, in the advisers' language
    let feed: Vec<_> = hub
        .pending(wegwijzer::core::ids::Channel::Terminal)
        .await
        .into_iter()
        .filter(|o| o.chat.to_string() == "terminal:adviser:anna")
        .collect();
    assert_eq!(feed.len(), 1);
    assert!(
        feed[0]
            .reply
            .text
            .starts_with(&format!("Nieuw ticket #{} · normaal · Engels", queue[0].id)),
        "{}",
        feed[0].reply.text
    );
}

#[tokio::test]
async fn a_restart_resumes_at_the_same_step() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    {
        let hub = crate::common::hub(dir.path(), &url).await;
        let out = chat(&hub, "terminal:p3", "mijn kind is geschorst\n2\n").await;
        assert!(out.ends_with("Hoeveel weken zit uw kind thuis?\n\n"), "{out}");
        hub.close().await;
    }
    // a new process on the same database file
    let hub = crate::common::hub(dir.path(), &url).await;
    let out = chat(&hub, "terminal:p3", "7\n").await;
    assert!(!out.contains("Welkom"), "no second greeting after a restart: {out}");
    assert!(out.starts_with("Dit is te lang. Ik geef u door."), "{out}");
    assert_eq!(hub.queue().await[0].priority, wegwijzer::core::queue::Priority::High);
}

#[tokio::test]
async fn a_redelivered_update_is_handled_once() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let inb = Inbound {
        chat: "telegram:42".parse().unwrap(),
        update: Some("1001".into()),
        lang_hint: Some("nl".into()),
        message: Message::Text("mijn kind is geschorst".into()),
        ..Inbound::text("telegram:42", "")
    };
    let first = hub.handle(inb.clone()).await.unwrap();
    assert_eq!(first.len(), 3);
    assert!(hub.handle(inb).await.unwrap().is_empty());
    assert_eq!(hub.pending(wegwijzer::core::ids::Channel::Telegram).await.len(), 3);
}

#[tokio::test]
async fn bad_input_loses_nothing() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let huge = "x".repeat(10_000);
    let out = chat(&hub, "terminal:p4", &format!("mijn kind is geschorst\n\n{huge}\n🙈🙈\n1\n")).await;
    assert!(out.contains("Uw bericht was leeg."), "{out}");
    assert!(out.contains("Uw bericht is te lang"));
    assert!(out.contains("Ik zie geen woorden"));
    // the flow is still where it was
    assert!(out.contains("Een schorsing duurt hooguit een week."));
    let photo = Inbound {
        chat: "terminal:p4".parse().unwrap(),
        update: None,
        lang_hint: None,
        message: Message::Unsupported,
        ..Inbound::text("terminal:p4", "")
    };
    let out = hub.handle(photo).await.unwrap();
    assert!(out[0].reply.text.starts_with("Ik kan alleen tekst lezen"));
}

fn update(chat: &str, id: u32, text: &str) -> Inbound {
    Inbound {
        chat: chat.parse().unwrap(),
        update: Some(id.to_string()),
        lang_hint: Some("nl".into()),
        ..Inbound::text(chat, text)
    }
}

/// What waits in the outbox per chat, in order.
async fn outbox(hub: &crate::common::Bot) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut per_chat = std::collections::BTreeMap::<String, Vec<String>>::new();
    for o in hub.pending(wegwijzer::core::ids::Channel::Telegram).await {
        per_chat
            .entry(o.chat.to_string())
            .or_default()
            .push(wegwijzer::channel::numbered(&o.reply));
    }
    per_chat
}

/// One poll's updates are stored in one transaction. The outcome equals handling them one at a
/// time: order per chat, a repeat dropped, effects (a ticket, a forget, an export) in place.
#[tokio::test]
async fn a_batch_ends_as_one_at_a_time_would() {
    let dir = crate::common::fixture();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let batched = crate::common::hub(dir.path(), &crate::common::sqlite_url(a.path())).await;
    let single = crate::common::hub(dir.path(), &crate::common::sqlite_url(b.path())).await;
    let batch = vec![
        update("telegram:1", 1, "mijn kind is geschorst"),
        update("telegram:2", 2, "my son was suspended"),
        update("telegram:1", 3, "2"),
        update("telegram:1", 3, "2"),
        update("telegram:3", 4, "/adviser"),
        update("telegram:1", 5, "/mydata"),
        update("telegram:2", 6, "/forget"),
        update("terminal:adviser:anna", 7, "/queue"),
        update("telegram:3", 8, "hij zit al weken thuis"),
        update("telegram:1", 9, "6"),
    ];
    let results = batched.handle_all(&batch).await;
    assert!(results.iter().all(|r| r.is_ok()), "{results:?}");
    for inb in &batch {
        single.handle(inb.clone()).await.unwrap();
    }
    let got = outbox(&batched).await;
    assert_eq!(got, outbox(&single).await);
    assert!(got["telegram:1"].iter().any(|t| t.contains("Hoeveel weken")), "{got:#?}");
    assert_eq!(got["telegram:2"].len(), 1, "after /forget only its confirmation: {got:#?}");
    for chat in ["telegram:1", "telegram:2", "telegram:3"] {
        assert_eq!(batched.session(chat).await, single.session(chat).await, "{chat}");
    }
    let tickets = |q: Vec<wegwijzer::store::Ticket>| q.into_iter().map(|t| (t.chat, t.topic, t.priority)).collect::<Vec<_>>();
    assert_eq!(tickets(batched.queue().await), tickets(single.queue().await));
}

/// A turn that fails rolls back only itself: the others in its batch are answered, and the
/// failed one is not marked handled, so the platform's redelivery gets it through later.
#[tokio::test]
async fn a_failing_turn_costs_the_rest_of_its_batch_nothing() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let boom = "CREATE TRIGGER boom BEFORE INSERT ON outbox WHEN NEW.chat = 'telegram:666' BEGIN SELECT RAISE(ABORT, 'disk full'); END";
    sqlx::query(boom).execute(&crate::common::raw(&hub.url).await).await.unwrap();
    let batch = vec![
        update("telegram:4", 1, "mijn kind is geschorst"),
        update("telegram:666", 2, "mijn kind is geschorst"),
        update("telegram:666", 3, "1"),
        update("telegram:5", 4, "mijn kind is geschorst"),
    ];
    let ok: Vec<bool> = hub.handle_all(&batch).await.iter().map(|r| r.is_ok()).collect();
    assert_eq!(
        ok,
        vec![true, false, false, true],
        "the chat's later message waits for the failed one"
    );
    let got = outbox(&hub).await;
    assert!(
        got["telegram:4"].last().unwrap().contains("Hoe lang is uw kind geschorst?"),
        "{got:#?}"
    );
    assert!(
        got["telegram:5"].last().unwrap().contains("Hoe lang is uw kind geschorst?"),
        "{got:#?}"
    );
    assert!(!got.contains_key("telegram:666"));
    // The fault is gone; Telegram hands the two updates back.
    sqlx::query("DROP TRIGGER boom")
        .execute(&crate::common::raw(&hub.url).await)
        .await
        .unwrap();
    let ok: Vec<bool> = hub.handle_all(&batch[1..3]).await.iter().map(|r| r.is_ok()).collect();
    assert_eq!(ok, vec![true, true]);
    let answered = outbox(&hub).await["telegram:666"].clone();
    assert!(
        answered.iter().any(|t| t.contains("Een schorsing duurt hooguit een week.")),
        "{answered:#?}"
    );
}
