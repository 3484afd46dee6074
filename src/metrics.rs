//! Prometheus /metrics and /healthz. Labels are channel, topic or priority: never a chat id or
//! anything a parent wrote.

use std::sync::{Arc, OnceLock};

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sqlx::Row;

use crate::hub::Hub;

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process-wide recorder once; later calls return the same handle.
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| PrometheusBuilder::new().install_recorder().expect("a second metrics recorder"))
}

pub fn router(hub: Arc<Hub>) -> axum::Router {
    install();
    axum::Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .with_state(hub)
}

async fn metrics(State(hub): State<Arc<Hub>>) -> (StatusCode, String) {
    // The queue's size is read at scrape time rather than tracked on every change.
    if let Ok(rows) = sqlx::query("SELECT status, priority, COUNT(*) AS n FROM tickets WHERE status <> 'closed' GROUP BY status, priority")
        .fetch_all(hub.store.pool())
        .await
    {
        for status in ["open", "claimed"] {
            for p in [
                crate::queue::Priority::Urgent,
                crate::queue::Priority::High,
                crate::queue::Priority::Normal,
            ] {
                let n = rows
                    .iter()
                    .find(|r| {
                        r.try_get::<String, _>("status").ok().as_deref() == Some(status)
                            && r.try_get::<i64, _>("priority").ok() == Some(p.rank())
                    })
                    .and_then(|r| r.try_get::<i64, _>("n").ok())
                    .unwrap_or(0);
                metrics::gauge!("wegwijzer_tickets", "status" => status, "priority" => p.name()).set(n as f64);
            }
        }
    }
    (StatusCode::OK, install().render())
}

async fn healthz(State(hub): State<Arc<Hub>>) -> (StatusCode, &'static str) {
    match sqlx::query("SELECT 1 AS one").fetch_one(hub.store.pool()).await {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n"),
    }
}
