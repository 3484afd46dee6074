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
    // her confirmation, then the team's card (every console gets it)
    assert_eq!(to(&out, ANNA)[0], "Ticket #1 staat weer in de wachtrij.");
    let card = to(&out, BRAM);
    assert_eq!(card.len(), 1);
    assert!(
        card[0].starts_with("Ticket #1 · normaal · Nederlands · Met een adviseur praten staat weer in de wachtrij."),
        "{card:?}"
    );
    assert!(card[0].ends_with("Typ /take 1 om het op te pakken."), "{card:?}");
    assert_eq!(hub.queue().await[0].status, wegwijzer::core::ids::TicketStatus::Open);

    // Not yet due: nothing. Past the normal deadline: announced once to every console, then again later.
    let t = hub.queue().await[0].clone();
    assert!(wegwijzer::desk::overdue::announce(&hub.rt, t.due_at - 1).await.unwrap().is_empty());
    let out = wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 60).await.unwrap();
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(
        out[0]
            .reply
            .text
            .starts_with("Ticket #1 (normaal, Nederlands, Met een adviseur praten) wacht al"),
        "{}",
        out[0].reply.text
    );
    assert!(
        wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 120)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 3600).await.unwrap().len(), 2);
    // claimed but not answered: still overdue, said so
    send(&hub, BRAM, "/take 1").await;
    let out = wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 99_999).await.unwrap();
    assert!(!out.is_empty());
    assert!(out[0].reply.text.contains("is opgepakt, maar de ouder wacht al"), "{out:?}");
    // once she has answered, it is not overdue any more
    send(&hub, BRAM, "Goedemiddag, ik help u verder.").await;
    assert!(
        wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 199_999)
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

/// A returning parent's crisis goes straight to the adviser they had, and the whole team is
/// alerted with the urgent headline and the reason, in Dutch; claimed but unanswered, it is
/// announced again when its deadline passes.
#[tokio::test]
async fn a_returning_parents_crisis_alerts_the_whole_team() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    send(&hub, PARENT, "/adviseur").await;
    send(&hub, ANNA, "/take 1").await;
    send(&hub, ANNA, "Goedemorgen").await;
    send(&hub, ANNA, "/done 1").await;
    let out = send(&hub, PARENT, "ze zegt dat ze niet meer leven wil").await;
    assert!(to(&out, PARENT)[0].contains("113"), "{out:?}");
    let t = hub.queue().await[0].clone();
    assert_eq!((t.id, t.adviser.as_deref()), (2, Some("anna")), "sticky: back to her adviser");
    let alert = to(&out, BRAM);
    assert_eq!(alert.len(), 1, "the rest of the team is alerted: {out:?}");
    assert!(
        alert[0].starts_with("DRINGEND: ticket #2 · Nederlands · zelfdoding of zelfbeschadiging"),
        "{alert:?}"
    );
    assert!(to(&out, ANNA).iter().any(|m| m.contains("DRINGEND: ticket #2")), "{out:?}");
    assert!(
        out.iter().filter(|o| o.reply.headline).all(|o| o.reply.urgent),
        "sent before anything else waiting"
    );
    // Nobody answers within the urgent deadline: announced again, to everyone.
    let out = wegwijzer::desk::overdue::announce(&hub.rt, t.due_at + 60).await.unwrap();
    assert_eq!(to(&out, BRAM).len(), 1, "{out:?}");
    assert!(to(&out, BRAM)[0].contains("is opgepakt, maar de ouder wacht al"), "{out:?}");
}
