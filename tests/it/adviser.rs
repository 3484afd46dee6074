//! The adviser queue end to end: a parent and two advisers on one SQLite database.

use crate::common::scenario::{ANNA, BRAM, PARENT, send, to};

#[tokio::test]
async fn escalate_claim_race_relay_note_close_return_with_restart() {
    let db = tempfile::tempdir().unwrap();
    crate::common::scenario::adviser_handoff(&crate::common::sqlite_url(db.path())).await;
}

#[tokio::test]
async fn release_and_overdue_announcements() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    send(&hub, PARENT, "/adviseur").await;
    send(&hub, ANNA, "/take 1").await;
    let out = send(&hub, ANNA, "/release").await;
    assert_eq!(to(&out, ANNA), vec!["Ticket #1 staat weer in de wachtrij."]);
    assert_eq!(to(&out, "terminal:advisers").len(), 1);
    assert_eq!(hub.queue().await[0].status, wegwijzer::core::ids::TicketStatus::Open);

    // Not yet due: nothing. Past the normal deadline (24 h): announced once, then again later.
    let t = hub.queue().await[0].clone();
    assert!(wegwijzer::desk::overdue::announce(&hub.rt, t.due_at - 1).await.unwrap().is_empty());
    let out = wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 60).await.unwrap();
    assert_eq!(out.len(), 1);
    assert!(
        out[0].reply.text.starts_with("Ticket #1 (normal, taal nl) wacht"),
        "{}",
        out[0].reply.text
    );
    assert!(
        wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 120)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 3600).await.unwrap().len(), 1);
    // a claimed ticket is not overdue any more
    send(&hub, BRAM, "/take 1").await;
    assert!(
        wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 99_999)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn urgent_message_jumps_the_queue() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    send(&hub, "telegram:1", "/adviseur").await;
    let out = send(&hub, "telegram:2", "mijn dochter wil niet meer leven").await;
    assert!(to(&out, "telegram:2")[0].contains("113"));
    let q = hub.queue().await;
    assert_eq!(
        (q[0].chat.as_str(), q[0].priority),
        ("telegram:2", wegwijzer::core::queue::Priority::Urgent)
    );
    // the message itself is in the transcript the adviser gets
    let out = send(&hub, ANNA, &format!("/take {}", q[0].id)).await;
    assert!(
        to(&out, ANNA).join("\n").contains("parent: mijn dochter wil niet meer leven"),
        "{out:?}"
    );
}

#[tokio::test]
async fn bare_take_picks_the_most_pressing() {
    let db = tempfile::tempdir().unwrap();
    crate::common::scenario::take_next(&crate::common::sqlite_url(db.path())).await;
}
