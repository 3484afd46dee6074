//! Whole conversations through hub, SQLite store and the terminal channel.

mod common;

use wegwijzer::channel::terminal;
use wegwijzer::hub::{Hub, Inbound, Message};

async fn chat(hub: &Hub, who: &str, lines: &str) -> String {
    let mut out = Vec::new();
    terminal::run(hub, who, &[], tokio::io::BufReader::new(lines.as_bytes()), &mut out, false)
        .await
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[tokio::test]
async fn dutch_parent_reaches_an_answer_in_the_terminal() {
    let dir = common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = common::hub(dir.path(), &common::sqlite_url(db.path())).await;
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
    let dir = common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = common::hub(dir.path(), &common::sqlite_url(db.path())).await;
    let out = chat(&hub, "terminal:p2", "my son was suspended\n3\nhe is in year 8\n").await;
    assert!(out.contains("Your question is with the advisers now."), "{out}");
    let queue = hub.store.queue().await.unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (queue[0].lang.as_str(), queue[0].topic.as_str(), queue[0].status.as_str()),
        ("en", "suspension", "open")
    );
    // the advisers' feed heard about it, in the advisers' language
    let feed = hub.store.pending("terminal:advisers").await.unwrap();
    assert_eq!(feed.len(), 1);
    assert!(
        feed[0]
            .reply
            .text
            .starts_with(&format!("Nieuw ticket #{} (normal, taal en)", queue[0].id)),
        "{}",
        feed[0].reply.text
    );
}

#[tokio::test]
async fn a_restart_resumes_at_the_same_step() {
    let dir = common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = common::sqlite_url(db.path());
    {
        let hub = common::hub(dir.path(), &url).await;
        let out = chat(&hub, "terminal:p3", "mijn kind is geschorst\n2\n").await;
        assert!(out.ends_with("Hoeveel weken zit uw kind thuis?\n\n"), "{out}");
        hub.store.pool().close().await;
    }
    // a new process on the same database file
    let hub = common::hub(dir.path(), &url).await;
    let out = chat(&hub, "terminal:p3", "7\n").await;
    assert!(!out.contains("Welkom"), "no second greeting after a restart: {out}");
    assert!(out.starts_with("Dit is te lang. Ik geef u door."), "{out}");
    assert_eq!(hub.store.queue().await.unwrap()[0].priority, wegwijzer::queue::Priority::High);
}

#[tokio::test]
async fn a_redelivered_update_is_handled_once() {
    let dir = common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = common::hub(dir.path(), &common::sqlite_url(db.path())).await;
    let inb = Inbound {
        chat: "telegram:42".into(),
        update: Some("1001".into()),
        lang_hint: Some("nl".into()),
        message: Message::Text("mijn kind is geschorst".into()),
    };
    let first = hub.handle(inb.clone()).await.unwrap();
    assert_eq!(first.len(), 3);
    assert!(hub.handle(inb).await.unwrap().is_empty());
    assert_eq!(hub.store.pending("telegram:").await.unwrap().len(), 3);
}

#[tokio::test]
async fn bad_input_loses_nothing() {
    let dir = common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = common::hub(dir.path(), &common::sqlite_url(db.path())).await;
    let huge = "x".repeat(10_000);
    let out = chat(&hub, "terminal:p4", &format!("mijn kind is geschorst\n\n{huge}\n🙈🙈\n1\n")).await;
    assert!(out.contains("Uw bericht was leeg."), "{out}");
    assert!(out.contains("Uw bericht is te lang"));
    assert!(out.contains("Ik zie geen woorden"));
    // the flow is still where it was
    assert!(out.contains("Een schorsing duurt hooguit een week."));
    let photo = Inbound {
        chat: "terminal:p4".into(),
        update: None,
        lang_hint: None,
        message: Message::Unsupported,
    };
    let out = hub.handle(photo).await.unwrap();
    assert!(out[0].reply.text.starts_with("Ik kan alleen tekst lezen"));
}
