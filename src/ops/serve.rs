//! `wegwijzer run`: every configured channel in one process, until Ctrl-C.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use tokio_util::sync::CancellationToken;

use crate::channel::telegram::Telegram;
use crate::runtime::Runtime;

/// Platform settings: flags, or the environment variables of the same names (they hold secrets,
/// so the environment is the usual place). Empty variables count as unset.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Settings {
    /// The bot's token from @BotFather; Telegram runs when it is set.
    #[arg(long, env = "TELEGRAM_BOT_TOKEN", hide_env_values = true)]
    pub telegram_token: Option<String>,
    /// Another Bot API server (a local one, or the test stand-in).
    #[arg(long, env = "TELEGRAM_API_URL")]
    pub telegram_api_url: Option<String>,
    /// Send without Telegram's rate limits (only against a local Bot API server that has none,
    /// such as the benchmark's stand-in).
    #[arg(long, env = "WEGWIJZER_TELEGRAM_NO_LIMITS", value_parser = clap::builder::FalseyValueParser::new())]
    pub telegram_no_limits: bool,
    /// Webhook mode when set: Telegram posts updates to this public HTTPS URL ending in /telegram.
    #[arg(long, env = "TELEGRAM_WEBHOOK_URL")]
    pub telegram_webhook_url: Option<String>,
    /// Telegram sends it back with every update (16+ characters, A-Z a-z 0-9 _ -).
    #[arg(long, env = "TELEGRAM_WEBHOOK_SECRET", hide_env_values = true, default_value = "")]
    pub telegram_webhook_secret: String,
    /// Where the webhook server listens.
    #[arg(long, env = "WEGWIJZER_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Where /metrics and /healthz are served.
    #[arg(long, env = "WEGWIJZER_METRICS", default_value = "127.0.0.1:9090")]
    pub metrics_listen: String,
    /// Where the advisers' web inbox is served ("off" for none). Put it behind an HTTPS proxy
    /// and set WEGWIJZER_WEB_URL to the address advisers use.
    #[arg(long, env = "WEGWIJZER_WEB", default_value = "127.0.0.1:8088")]
    pub web_listen: String,
    /// The Matrix homeserver's URL; Matrix runs when it and MATRIX_USER are set.
    #[arg(long, env = "MATRIX_HOMESERVER")]
    pub matrix_homeserver: Option<String>,
    /// The bot's Matrix id, e.g. @wegwijzer:example.org.
    #[arg(long, env = "MATRIX_USER")]
    pub matrix_user: Option<String>,
    /// Its password, for the first login.
    #[arg(long, env = "MATRIX_PASSWORD", hide_env_values = true)]
    pub matrix_password: Option<String>,
    /// Instead of a password: an access token, with MATRIX_DEVICE_ID.
    #[arg(long, env = "MATRIX_ACCESS_TOKEN", hide_env_values = true)]
    pub matrix_access_token: Option<String>,
    /// The device of MATRIX_ACCESS_TOKEN.
    #[arg(long, env = "MATRIX_DEVICE_ID")]
    pub matrix_device_id: Option<String>,
    /// Where the Matrix session, sync token and encryption keys are kept.
    #[arg(long, env = "MATRIX_STORE", default_value = ".wegwijzer/matrix")]
    pub matrix_store: std::path::PathBuf,
}

impl Settings {
    /// The Matrix settings, when Matrix is configured; an error when half of it is.
    pub fn matrix(&self) -> Result<Option<crate::channel::matrix::Settings>> {
        match (&self.matrix_homeserver, &self.matrix_user) {
            (Some(homeserver), Some(user)) => Ok(Some(crate::channel::matrix::Settings {
                homeserver: homeserver.clone(),
                user: user.clone(),
                password: self.matrix_password.clone(),
                access_token: self
                    .matrix_access_token
                    .clone()
                    .map(|t| (t, self.matrix_device_id.clone().unwrap_or_default())),
                store_dir: self.matrix_store.clone(),
            })),
            (Some(_), None) | (None, Some(_)) => {
                bail!("set both MATRIX_HOMESERVER and MATRIX_USER (and MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN)")
            }
            (None, None) => Ok(None),
        }
    }

    /// Checks what can be checked before anything starts.
    pub fn check(&self) -> Result<()> {
        if let Some(url) = &self.telegram_webhook_url
            && (!url.starts_with("https://") || !url.trim_end_matches('/').ends_with("/telegram"))
        {
            bail!(
                "TELEGRAM_WEBHOOK_URL={url} must be an https:// address ending in /telegram\n  hint: the bot serves updates at /telegram, e.g. https://bot.example.org/telegram; Telegram only posts to https"
            );
        }
        if self.telegram_webhook_url.is_some() && self.telegram_webhook_secret.len() < 16 {
            bail!(
                "TELEGRAM_WEBHOOK_SECRET must be set (16+ characters, A-Z a-z 0-9 _ -) in webhook mode\n  hint: Telegram sends it back with every update so strangers cannot post fake ones"
            );
        }
        self.matrix().map(|_| ())
    }
}

/// Serves every configured channel until Ctrl-C or SIGTERM.
pub async fn serve(rt: Arc<Runtime>, s: Settings) -> Result<()> {
    s.check()?;
    let matrix = s.matrix()?;
    if s.telegram_token.is_none() && matrix.is_none() {
        bail!(
            "nothing to run: no channel is configured\n  hint: set TELEGRAM_BOT_TOKEN (from @BotFather) and/or MATRIX_HOMESERVER, MATRIX_USER, MATRIX_PASSWORD, or use `wegwijzer chat` for the terminal"
        );
    }
    let stop = CancellationToken::new();
    let stop_tx = stop.clone();
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
        stop_tx.cancel();
    });
    // Ports first: a busy one fails the start before anything is registered with Telegram.
    let metrics_listener = tokio::net::TcpListener::bind(&s.metrics_listen).await.with_context(|| {
        format!(
            "cannot listen on WEGWIJZER_METRICS={}\n  hint: another process uses that port; choose a free one",
            s.metrics_listen
        )
    })?;
    let web_listener = match s.web_listen.as_str() {
        "off" | "" => None,
        addr => Some(tokio::net::TcpListener::bind(addr).await.with_context(|| {
            format!(
                "cannot listen on WEGWIJZER_WEB={addr}\n  hint: another process uses that port; choose a free one, or WEGWIJZER_WEB=off"
            )
        })?),
    };
    let webhook_listener = match (&s.telegram_token, &s.telegram_webhook_url) {
        (Some(_), Some(_)) => Some(tokio::net::TcpListener::bind(&s.listen).await.with_context(|| {
            format!(
                "cannot listen on WEGWIJZER_LISTEN={}\n  hint: another process uses that port; choose a free one",
                s.listen
            )
        })?),
        _ => None,
    };
    let tg = match &s.telegram_token {
        Some(token) => {
            // Telegram's limits, unless switched off for a local server without them (the bench).
            let limits = (!s.telegram_no_limits).then_some(crate::channel::limits::Limits::TELEGRAM);
            Some(Telegram::connect(rt.clone(), token, s.telegram_api_url.as_deref(), limits, 25).await?)
        }
        None => None,
    };
    let mx = match &matrix {
        Some(m) => Some(crate::channel::matrix::Matrix::connect(rt.clone(), m).await?),
        None => None,
    };
    let mut channels = vec![];
    if let Some(tg) = &tg {
        channels.push(("telegram", tg.liveness.clone()));
    }
    if let Some(mx) = &mx {
        channels.push(("matrix", mx.liveness.clone()));
    }
    tracing::info!(listen = %s.metrics_listen, "metrics and health");
    tokio::spawn(crate::ops::http::serve(
        metrics_listener,
        crate::ops::metrics::router(rt.clone(), channels),
        stop.clone(),
    ));
    if let Some(listener) = web_listener {
        // Every instance serves the inbox: its sessions and actions live in the database.
        tracing::info!(listen = %s.web_listen, "advisers' web inbox");
        tokio::spawn(crate::ops::http::serve(
            listener,
            crate::channel::web::router(rt.clone()),
            stop.clone(),
        ));
    }
    let webhook = match (&tg, &s.telegram_webhook_url, webhook_listener) {
        // Webhook mode can run on every instance: each takes updates, the leader sends.
        (Some(tg), Some(url), Some(listener)) => {
            let router = tg.webhook(url, &s.telegram_webhook_secret).await?;
            tracing::info!(listen = %s.listen, "telegram webhook");
            Some(tokio::spawn(crate::ops::http::serve(listener, router, stop.clone())))
        }
        _ => None,
    };
    let polling = webhook.is_none();
    lead(&rt, &rt.config.database_url, stop, |until| {
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
                    Some(mx) => mx.sync(until.clone()).await,
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
    // A goodbye sent after a /forget in the last minutes is scrubbed now, not at the next start.
    if let Err(e) = rt.store.scrub_after_erasing(rt.now()).await {
        tracing::warn!("scrub at stop: {e:#}");
    }
    Ok(())
}

/// Any PostgreSQL advisory lock key will do, as long as every instance uses the same.
const LEADER_KEY: i64 = 0x5745_4757_4a5a; // "WEGWJZ"

/// Runs `work` while this instance is the leader, and waits to become leader again when the
/// lead is lost, until `stop`. A dead leader's lock goes with its connection; the others retry
/// every 2 seconds, so one takes over within a few seconds.
async fn lead<F, Fut>(rt: &Runtime, url: &str, stop: CancellationToken, work: F) -> Result<()>
where
    F: Fn(CancellationToken) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    while !stop.is_cancelled() {
        match rt.store.try_lead(url, LEADER_KEY).await {
            Ok(Some(mut lease)) => {
                tracing::info!("leading: polling and sending for all instances");
                // Cancelled when this process stops or the lead is lost.
                let until = stop.child_token();
                let end = until.clone();
                let watcher = tokio::spawn(async move {
                    loop {
                        tokio::select! {
                            _ = end.cancelled() => break,
                            _ = tokio::time::sleep(Duration::from_secs(2)) => {
                                if !lease.alive().await {
                                    tracing::warn!("lost the lead");
                                    break;
                                }
                            }
                        }
                    }
                    end.cancel();
                    drop(lease);
                });
                work(until).await?;
                watcher.abort();
            }
            Ok(None) => {}
            Err(e) => tracing::warn!("cannot take the lead: {e:#}"),
        }
        tokio::select! {
            _ = stop.cancelled() => {}
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
        }
    }
    Ok(())
}
