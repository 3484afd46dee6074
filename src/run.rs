//! `wegwijzer run`: every configured channel in one process, until Ctrl-C.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use teloxide::adaptors::throttle::Limits;
use tokio::sync::watch;

use crate::channel::telegram::Telegram;
use crate::hub::Hub;

/// Platform settings come from the environment: they hold secrets.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub telegram_token: Option<String>,
    /// Another Bot API server (a local one, or the test fake).
    pub telegram_api_url: Option<String>,
    /// Webhook mode when set: Telegram posts updates to this public URL.
    pub telegram_webhook_url: Option<String>,
    pub telegram_webhook_secret: String,
    /// Where the webhook server listens.
    pub listen: String,
    pub matrix: Option<crate::channel::matrix::Settings>,
    /// Where /metrics and /healthz are served.
    pub metrics_listen: String,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    pub fn from_env() -> Result<Settings> {
        let s = Settings {
            telegram_token: env("TELEGRAM_BOT_TOKEN"),
            telegram_api_url: env("TELEGRAM_API_URL"),
            telegram_webhook_url: env("TELEGRAM_WEBHOOK_URL"),
            telegram_webhook_secret: env("TELEGRAM_WEBHOOK_SECRET").unwrap_or_default(),
            listen: env("WEGWIJZER_LISTEN").unwrap_or_else(|| "127.0.0.1:8080".into()),
            metrics_listen: env("WEGWIJZER_METRICS").unwrap_or_else(|| "127.0.0.1:9090".into()),
            matrix: match (env("MATRIX_HOMESERVER"), env("MATRIX_USER")) {
                (Some(homeserver), Some(user)) => Some(crate::channel::matrix::Settings {
                    homeserver,
                    user,
                    password: env("MATRIX_PASSWORD"),
                    access_token: env("MATRIX_ACCESS_TOKEN").map(|t| (t, env("MATRIX_DEVICE_ID").unwrap_or_default())),
                    store_dir: env("MATRIX_STORE").unwrap_or_else(|| ".wegwijzer/matrix".into()).into(),
                }),
                (Some(_), None) | (None, Some(_)) => {
                    bail!("set both MATRIX_HOMESERVER and MATRIX_USER (and MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN)")
                }
                (None, None) => None,
            },
        };
        if s.telegram_webhook_url.is_some() && s.telegram_webhook_secret.len() < 16 {
            bail!(
                "TELEGRAM_WEBHOOK_SECRET must be set (16+ characters, A-Z a-z 0-9 _ -) in webhook mode\n  hint: Telegram sends it back with every update so strangers cannot post fake ones"
            );
        }
        Ok(s)
    }
}

pub async fn serve(hub: Arc<Hub>, s: Settings) -> Result<()> {
    if s.telegram_token.is_none() && s.matrix.is_none() {
        bail!(
            "nothing to run: no channel is configured\n  hint: set TELEGRAM_BOT_TOKEN (from @BotFather) and/or MATRIX_HOMESERVER, MATRIX_USER, MATRIX_PASSWORD, or use `wegwijzer chat` for the terminal"
        );
    }
    let (stop_tx, stop) = watch::channel(false);
    // Ctrl-C or SIGTERM (a service manager stopping us): finish the update and the send in
    // hand, then stop, so a restart neither repeats nor skips a message.
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("stopping");
        let _ = stop_tx.send(true);
    });
    let listen_metrics = s.metrics_listen.clone();
    let metrics_app = crate::metrics::router(hub.clone());
    let listener = tokio::net::TcpListener::bind(&listen_metrics)
        .await
        .with_context(|| format!("cannot listen on WEGWIJZER_METRICS={listen_metrics}"))?;
    tracing::info!(listen = %listen_metrics, "metrics and health");
    tokio::spawn(async move { axum::serve(listener, metrics_app).await });
    let tg = match &s.telegram_token {
        Some(token) => Some(Telegram::connect(hub.clone(), token, s.telegram_api_url.as_deref(), Some(Limits::default()), 25).await?),
        None => None,
    };
    let mx = match &s.matrix {
        Some(m) => Some(crate::channel::matrix::Matrix::connect(hub.clone(), m).await?),
        None => None,
    };
    let webhook = match (&tg, &s.telegram_webhook_url) {
        // Webhook mode can run on every instance: each takes updates, the leader sends.
        (Some(tg), Some(url)) => {
            let router = tg.webhook(url, &s.telegram_webhook_secret).await?;
            let listener = tokio::net::TcpListener::bind(&s.listen).await?;
            tracing::info!(listen = %s.listen, "telegram webhook");
            let mut stop = stop.clone();
            Some(tokio::spawn(async move {
                axum::serve(listener, router)
                    .with_graceful_shutdown(async move { while stop.changed().await.is_ok() && !*stop.borrow() {} })
                    .await
            }))
        }
        _ => None,
    };
    let polling = webhook.is_none();
    lead(&hub, &hub.config.database_url, stop, |until| {
        let (tg, mx) = (tg.clone(), mx.clone());
        async move {
            let telegram = async {
                match tg {
                    Some(tg) if polling => tg.poll(until.clone()).await,
                    Some(tg) => {
                        tg.run_delivery(until.clone()).await;
                        Ok(())
                    }
                    None => Ok(()),
                }
            };
            let matrix = async {
                match mx {
                    Some(mx) => mx.run(until.clone()).await,
                    None => Ok(()),
                }
            };
            let (a, b) = tokio::join!(telegram, matrix);
            a.and(b)
        }
    })
    .await?;
    if let Some(w) = webhook {
        w.await??;
    }
    Ok(())
}

/// Any PostgreSQL advisory lock key will do, as long as every instance uses the same.
const LEADER_KEY: i64 = 0x5745_4757_4a5a; // "WEGWJZ"

/// Runs `work` while this instance is the leader, and waits to become leader again when the
/// lead is lost, until `stop`. A dead leader's lock goes with its connection; the others retry
/// every 2 seconds, so one takes over within a few seconds.
async fn lead<F, Fut>(hub: &Hub, url: &str, mut stop: watch::Receiver<bool>, work: F) -> Result<()>
where
    F: Fn(watch::Receiver<bool>) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    while !*stop.borrow() {
        match hub.store.try_lead(url, LEADER_KEY).await {
            Ok(Some(mut lease)) => {
                tracing::info!("leading: polling and sending for all instances");
                let (until_tx, until) = watch::channel(false);
                let mut outer = stop.clone();
                let watcher = tokio::spawn(async move {
                    loop {
                        tokio::select! {
                            _ = outer.changed() => break,
                            _ = tokio::time::sleep(Duration::from_secs(2)) => {
                                if !lease.alive().await {
                                    tracing::warn!("lost the lead");
                                    break;
                                }
                            }
                        }
                    }
                    let _ = until_tx.send(true);
                    drop(lease);
                });
                work(until).await?;
                watcher.abort();
            }
            Ok(None) => {}
            Err(e) => tracing::warn!("cannot take the lead: {e:#}"),
        }
        tokio::select! {
            _ = stop.changed() => {}
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
        }
    }
    Ok(())
}
