//! The same behaviour on PostgreSQL, and several instances sharing one database.

use wegwijzer_testkit::FakeTelegram;

#[tokio::test]
async fn adviser_handoff_on_postgres() {
    let db = crate::common::pg::create().await;
    crate::common::scenario::adviser_handoff(&db.url).await;
    db.drop_now().await;
}

#[tokio::test]
async fn bare_take_skips_locked_rows_on_postgres() {
    let db = crate::common::pg::create().await;
    crate::common::scenario::take_next(&db.url).await;
    db.drop_now().await;
}

#[tokio::test]
async fn forget_leaves_no_trace_on_postgres() {
    let db = crate::common::pg::create().await;
    crate::common::scenario::forget_leaves_no_trace(&db.url).await;
    db.drop_now().await;
}

#[tokio::test]
async fn conversation_and_forget_on_postgres() {
    let db = crate::common::pg::create().await;
    let dir = crate::common::fixture();
    let hub = crate::common::hub(dir.path(), &db.url).await;
    let out = hub
        .handle(wegwijzer::service::Inbound::text("telegram:1", "mijn kind is geschorst"))
        .await
        .unwrap();
    assert_eq!(out.last().unwrap().reply.text, "Hoe lang is uw kind geschorst?");
    hub.handle(wegwijzer::service::Inbound::text("telegram:1", "3")).await.unwrap();
    hub.handle(wegwijzer::service::Inbound::text("telegram:1", "de school belde"))
        .await
        .unwrap();
    assert_eq!(hub.queue().await.len(), 1);
    hub.handle(wegwijzer::service::Inbound::text("telegram:1", "/forget"))
        .await
        .unwrap();
    assert!(hub.queue().await.is_empty());
    assert!(hub.session("telegram:1").await.is_none());
    hub.close().await;
    db.drop_now().await;
}

/// Two instances, one database: one leads (polls and sends), the other waits. The leader is
/// killed mid-conversation; the other takes over and every message is answered exactly once.
#[tokio::test]
async fn two_instances_the_leader_dies_and_nothing_is_lost_or_doubled() {
    let db = crate::common::pg::create().await;
    let dir = crate::common::fixture();
    let fake = FakeTelegram::start().await;
    // Migrations run once, before both start.
    crate::common::hub(dir.path(), &db.url).await.close().await;
    let mut a = crate::common::run_bot(dir.path(), &db.url, &fake.api_url(), &[]);
    fake.wait_until("a leader polls", |f| !f.calls("getUpdates").is_empty()).await;
    let mut b = crate::common::run_bot(dir.path(), &db.url, &fake.api_url(), &[]);
    const P: i64 = 4_200_001;
    fake.parent_says(P, "nl", "mijn kind is geschorst");
    fake.wait_until("the first question", |f| f.sent_to(P).len() == 1).await;
    // Kill the leader outright. (Killed in the instant between Telegram accepting a message and
    // the outbox recording it, that one message would be sent again: at least once, never lost.
    // Here it dies with nothing in flight.)
    crate::common::wait_outbox_empty(&db.url).await;
    a.kill();
    fake.parent_says(P, "nl", "2");
    fake.parent_says(P + 1, "en", "my son was suspended");
    fake.wait_until("the survivor answers both parents", |f| {
        f.sent_to(P).len() == 2 && f.sent_to(P + 1).len() == 1
    })
    .await;
    fake.parent_says(P, "nl", "6");
    fake.wait_until("the handover", |f| f.sent_to(P).len() == 3).await;
    b.kill();
    let texts: Vec<String> = fake.sent_to(P).into_iter().map(|s| s.text).collect();
    assert_eq!(texts.iter().filter(|t| t.starts_with("Welkom")).count(), 1, "{texts:#?}");
    assert_eq!(
        texts.iter().filter(|t| t.as_str() == "Hoeveel weken zit uw kind thuis?").count(),
        1,
        "{texts:#?}"
    );
    assert_eq!(texts.iter().filter(|t| t.starts_with("Dit is te lang")).count(), 1, "{texts:#?}");
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert_eq!(fake.sent_to(P + 1).len(), 1);
    db.drop_now().await;
}
