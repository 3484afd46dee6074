//! `wegwijzer adviser --name NAME`: the adviser console on the same database.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::core::catalog::Catalog;
use crate::core::config::{Config, console_of};
use crate::core::ids::Channel;

/// Runs adviser `name`'s console until end of input; she also sees the advisers' terminal feed.
pub async fn run(config: Config, catalog: Catalog, config_path: &Path, name: &str) -> Result<ExitCode> {
    if config.adviser(name).is_none() {
        bail!(
            "{}: '{name}' is not a configured adviser\n  hint: add [[adviser]] name = \"{name}\" to {} (see wegwijzer.example.toml)",
            config_path.display(),
            config_path.display()
        );
    }
    let rt = super::runtime(config, catalog).await?;
    let feed: Vec<_> = rt
        .config
        .notify
        .iter()
        .filter(|c| c.channel == Channel::Terminal)
        .cloned()
        .collect();
    if std::io::stdin().is_terminal() {
        crate::channel::terminal::interactive(&rt, &console_of(name), &feed).await?;
    } else {
        let stdin = tokio::io::BufReader::new(tokio::io::stdin());
        crate::channel::terminal::chat(&rt, &console_of(name), &feed, stdin, &mut std::io::stdout()).await?;
    }
    Ok(ExitCode::SUCCESS)
}
