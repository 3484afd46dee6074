//! /metrics and /healthz while running: counts, never a chat id or message text.

use std::sync::Arc;

#[tokio::test]
async fn metrics_count_turns_and_hold_nothing_personal() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = Arc::new(crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await);
    let app = wegwijzer::ops::metrics::router(hub.rt.clone(), vec![]);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    for t in ["mijn kind is geschorst", "3"] {
        hub.handle(wegwijzer::service::Inbound::text("telegram:98765", t)).await.unwrap();
    }
    let client = reqwest::Client::new();
    let health = client.get(format!("http://{addr}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let health = health.text().await.unwrap();
    assert!(health.starts_with("ok\noutbox: "), "{health}");
    assert!(health.contains("undeliverable in the last hour"), "{health}");
    let body = client
        .get(format!("http://{addr}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("wegwijzer_updates_total{channel=\"telegram\"} 2"), "{body}");
    assert!(body.contains("wegwijzer_escalations_total{priority=\"normal\"} 1"), "{body}");
    assert!(body.contains("wegwijzer_tickets{status=\"open\",priority=\"normal\"} 1"), "{body}");
    assert!(body.contains("wegwijzer_turn_seconds"), "{body}");
    assert!(!body.contains("98765") && !body.contains("geschorst"), "{body}");
}

#[tokio::test]
async fn healthz_fails_while_a_channel_cannot_reach_its_platform() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let telegram = Arc::new(wegwijzer::channel::Liveness::default());
    let app = wegwijzer::ops::metrics::router(hub.rt.clone(), vec![("telegram", telegram.clone())]);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let get = || async { reqwest::get(format!("http://{addr}/healthz")).await.unwrap().status() };
    // A failure that has just begun is not yet an outage.
    telegram.receiving(false);
    assert_eq!(get().await, 200);
    assert!(telegram.problems("telegram", std::time::Duration::ZERO)[0].starts_with("telegram: cannot receive for"));
    // It recovers: nothing to report.
    telegram.receiving(true);
    assert!(telegram.problems("telegram", std::time::Duration::ZERO).is_empty());
}
