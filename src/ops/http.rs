//! Serving HTTP (metrics, health, the Telegram webhook) with timeouts, so slow or half-open
//! connections cannot pile up: headers must arrive within 10 seconds, and no connection lives
//! longer than two minutes. axum's own `serve` sets neither.

use std::time::Duration;

use anyhow::Result;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Headers of a request must arrive within this.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// A connection is closed after this, however busy.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(120);

/// Serves `app` on `listener` until `stop`.
pub async fn serve(listener: TcpListener, app: axum::Router, stop: CancellationToken) -> Result<()> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(HEADER_TIMEOUT);
    loop {
        let (socket, _) = tokio::select! {
            r = listener.accept() => match r {
                Ok(s) => s,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment, do not spin.
                    tracing::warn!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = stop.cancelled() => return Ok(()),
        };
        let service = TowerToHyperService::new(app.clone());
        let conn = builder.serve_connection(TokioIo::new(socket), service).into_owned();
        tokio::spawn(async move {
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, conn).await;
        });
    }
}
