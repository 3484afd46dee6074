//! Prometheus /metrics and /healthz. Labels are channel, topic or priority: never a chat id or
//! anything a parent wrote.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::channel::Liveness;

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

/// A channel failing for longer than this makes /healthz fail.
const CHANNEL_GRACE: Duration = Duration::from_secs(60);
/// A message waiting longer than this makes /healthz fail (a chat in a rate-limit wait takes
/// seconds, not minutes).
const OUTBOX_GRACE_SECS: i64 = 120;

/// What /healthz looks at.
#[derive(Clone)]
pub struct Health {
    rt: Arc<Runtime>,
    channels: Vec<(&'static str, Arc<Liveness>)>,
}

/// The /metrics and /healthz routes; `channels` are the running channels' liveness.
pub fn router(rt: Arc<Runtime>, channels: Vec<(&'static str, Arc<Liveness>)>) -> axum::Router {
    install();
    axum::Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .with_state(Health { rt, channels })
}

async fn metrics(State(Health { rt, .. }): State<Health>) -> (StatusCode, String) {
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

/// 200 "ok" when the database answers, no channel has failed for a minute and nothing has
/// waited in the outbox for two minutes; else 503 with what is wrong, one line each. Both
/// answers end with the outbox's figures.
async fn healthz(State(h): State<Health>) -> (StatusCode, String) {
    let mut problems: Vec<String> = h.channels.iter().flat_map(|(name, l)| l.problems(name, CHANNEL_GRACE)).collect();
    let now = h.rt.now();
    let outbox = async { store::outbox::health(&mut *h.rt.store.conn().await?, now - 3600).await };
    let figures = match outbox.await {
        Ok((waiting, oldest, failed)) => {
            metrics::gauge!("wegwijzer_outbox_waiting").set(waiting as f64);
            let age = oldest.map_or(0, |t| now - t);
            if age > OUTBOX_GRACE_SECS {
                problems.push(format!("outbox: a message has waited {age} s"));
            }
            format!("outbox: {waiting} waiting, oldest {age} s; {failed} undeliverable in the last hour\n")
        }
        Err(e) => {
            problems.push(format!("database unreachable: {e}"));
            String::new()
        }
    };
    if problems.is_empty() {
        (StatusCode::OK, format!("ok\n{figures}"))
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, format!("{}\n{figures}", problems.join("\n")))
    }
}
