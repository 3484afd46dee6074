//! `wegwijzer adviser --name NAME`: the adviser console on the same database; `wegwijzer adviser
//! password NAME`: her password for the web inbox.

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

/// What `wegwijzer adviser` can do besides the console.
#[derive(clap::Subcommand)]
pub enum Action {
    /// Set the adviser's password for the web inbox (typed hidden, or piped on standard input);
    /// stored as an Argon2 hash.
    Password {
        /// The adviser's name, as in the settings file.
        name: String,
    },
}

/// The shortest password accepted.
const MIN_PASSWORD: usize = 10;

/// Sets adviser `name`'s web inbox password.
pub async fn password(config: Config, config_path: &Path, name: &str) -> Result<ExitCode> {
    if config.adviser(name).is_none() {
        bail!(
            "{}: '{name}' is not a configured adviser\n  hint: add [[adviser]] name = \"{name}\" to {}",
            config_path.display(),
            config_path.display()
        );
    }
    let typed = if std::io::stdin().is_terminal() {
        let mut editor = rustyline::Editor::<Hidden, rustyline::history::DefaultHistory>::new()?;
        editor.set_helper(Some(Hidden));
        editor.readline("Wachtwoord: ")?
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line
    };
    let typed = typed.trim_end_matches(['\r', '\n']);
    if typed.chars().count() < MIN_PASSWORD {
        bail!("the password is too short\n  hint: use at least {MIN_PASSWORD} characters, for example a few words");
    }
    let hash = crate::channel::web::hash_password(typed)?;
    let store = crate::store::Store::connect(&config.database_url).await?;
    let at = crate::runtime::Clock::now(&crate::runtime::SystemClock);
    crate::store::web::set_password(&mut *store.conn().await?, name, &hash, at).await?;
    store.close().await;
    println!("The web inbox password of {name} is set.");
    Ok(ExitCode::SUCCESS)
}

/// Shows typed characters as "*" (a password prompt).
#[derive(rustyline::Completer, rustyline::Helper, rustyline::Hinter, rustyline::Validator)]
struct Hidden;

impl rustyline::highlight::Highlighter for Hidden {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> std::borrow::Cow<'l, str> {
        "*".repeat(line.chars().count()).into()
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: rustyline::highlight::CmdKind) -> bool {
        true
    }
}
