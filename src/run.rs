//! `wegwijzer run`: every configured channel in one process, until Ctrl-C.

use std::sync::Arc;

use anyhow::{Result, bail};
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
    let Some(token) = &s.telegram_token else {
        bail!(
            "nothing to run: no channel is configured\n  hint: set TELEGRAM_BOT_TOKEN (from @BotFather), or use `wegwijzer chat` for the terminal"
        );
    };
    let (stop_tx, stop) = watch::channel(false);
    tokio::spawn(async move {
        let _ = tokio::signal::ctrl_c().await;
        let _ = stop_tx.send(true);
    });
    let tg = Telegram::connect(hub, token, s.telegram_api_url.as_deref(), Limits::default(), 25).await?;
    match &s.telegram_webhook_url {
        Some(url) => {
            let router = tg.webhook(url, &s.telegram_webhook_secret).await?;
            let listener = tokio::net::TcpListener::bind(&s.listen).await?;
            tracing::info!(listen = %s.listen, "telegram webhook");
            let mut stop = stop.clone();
            axum::serve(listener, router)
                .with_graceful_shutdown(async move { while stop.changed().await.is_ok() && !*stop.borrow() {} })
                .await?;
        }
        None => tg.poll(stop).await?,
    }
    Ok(())
}
