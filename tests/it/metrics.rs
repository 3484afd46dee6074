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

#[tokio::test]
async fn healthz_fails_when_the_outbox_is_stuck() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let hub = crate::common::hub(dir.path(), &url).await;
    let app = wegwijzer::ops::metrics::router(hub.rt.clone(), vec![]);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    // A message that has waited five minutes: nothing is sending.
    let now = wegwijzer::runtime::Clock::now(&wegwijzer::runtime::SystemClock);
    let body = serde_json::to_string(&wegwijzer::core::engine::Reply::text("hallo")).unwrap();
    sqlx::query("INSERT INTO outbox (chat, body, created_at) VALUES ('telegram:1', $1, $2)")
        .bind(body)
        .bind(now - 300)
        .execute(&crate::common::raw(&url).await)
        .await
        .unwrap();
    let answer = reqwest::get(format!("http://{addr}/healthz")).await.unwrap();
    assert_eq!(answer.status(), 503);
    let text = answer.text().await.unwrap();
    assert!(text.starts_with("outbox: a message has waited"), "{text}");
}
