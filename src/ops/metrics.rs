//! Prometheus /metrics and /healthz. Labels are channel, topic or priority: never a chat id or
//! anything a parent wrote.

use std::sync::{Arc, OnceLock};

use crate::core::ids::TicketStatus;
use crate::core::queue::Priority;
use crate::runtime::Runtime;
use crate::store;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process-wide recorder once; later calls return the same handle.
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| PrometheusBuilder::new().install_recorder().expect("a second metrics recorder"))
}

/// The /metrics and /healthz routes.
pub fn router(rt: Arc<Runtime>) -> axum::Router {
    install();
    axum::Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .with_state(rt)
}

async fn metrics(State(rt): State<Arc<Runtime>>) -> (StatusCode, String) {
    // The queue's size is read at scrape time rather than tracked on every change.
    let census = async { store::tickets::census(&mut *rt.store.conn().await?).await };
    match census.await {
        Ok(rows) => {
            for status in [TicketStatus::Open, TicketStatus::Claimed] {
                for p in Priority::ALL {
                    let n = rows.iter().find(|(s, q, _)| *s == status && *q == p).map_or(0, |r| r.2);
                    metrics::gauge!("wegwijzer_tickets", "status" => status.as_str(), "priority" => p.as_str()).set(n as f64);
                }
            }
        }
        Err(e) => tracing::warn!("metrics: cannot count tickets: {e:#}"),
    }
    (StatusCode::OK, install().render())
}

async fn healthz(State(rt): State<Arc<Runtime>>) -> (StatusCode, &'static str) {
    if rt.store.ping().await {
        (StatusCode::OK, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
    }
}
