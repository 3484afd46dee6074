//! The `wegwijzer` subcommands, one module each. Settings come from flags or, with the same
//! names, from the environment (`--help` lists both).

mod adviser;
mod chat;
mod check;
mod qr;
mod report;
mod run;
mod triage;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::core::catalog::Catalog;
use crate::core::config::Config;
use crate::runtime::Runtime;
use crate::store::Store;

/// The command line.
#[derive(Parser)]
#[command(name = "wegwijzer", version, about = "Signpost bot for parents of children at home without school")]
pub struct Cli {
    /// Settings file; every setting has a default, so it may be absent.
    #[arg(long, global = true, env = "WEGWIJZER_CONFIG")]
    config: Option<PathBuf>,
    /// Folder holding flows/ and locales/ (default: the project folder).
    #[arg(long, global = true)]
    root: Option<PathBuf>,
    /// Database address, e.g. sqlite://wegwijzer.db or postgres://...
    #[arg(long, global = true, env = "DATABASE_URL", hide_env_values = true)]
    db: Option<String>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

// Parsed once at start: the size of the `Run` settings does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Cmd {
    /// Chat with the bot in this terminal, as a parent (the default).
    Chat {
        /// Which parent you are; each name is its own conversation.
        #[arg(long = "as", default_value = "parent")]
        who: String,
    },
    /// The adviser console (--name NAME): /queue, /take N, replies, /note, /done, /release,
    /// /canned; or `adviser password NAME` for the web inbox.
    #[command(args_conflicts_with_subcommands = true)]
    Adviser {
        /// The adviser's name, as in the settings file.
        #[arg(long)]
        name: Option<String>,
        #[command(subcommand)]
        action: Option<adviser::Action>,
    },
    /// Serve parents and advisers on the configured platforms.
    Run(run::Args),
    /// The numbers an advice office publishes, per school year, and its charts.
    Report(report::Args),
    /// A poster for the school gate: a QR code that opens a topic in a language on Telegram.
    Qr(qr::Args),
    /// Validate flows and locales; exit 1 with every problem found.
    Check,
    /// Read one message per line, print {"lang","flow","urgent"} as JSON per line; or measure.
    Triage {
        /// Measure on labelled tables instead (tests/triage format, or TSV: lang, topics, urgent,
        /// message); prints per language: right topic, justified menu, wrong topic, crisis
        /// recall, false crises, language told right, and the worst confusions.
        #[arg(long, num_args = 1..)]
        eval: Vec<PathBuf>,
        /// Measure by k-fold cross-validation on the examples in locales/ instead.
        #[arg(long)]
        cv: Option<usize>,
        /// Also print why: the crisis rule that fired, the crisis model's probability, the
        /// topics a short question would offer.
        #[arg(long)]
        explain: bool,
        /// Try another crisis threshold (the crisis model's probability from which a message is
        /// urgent) with --cv or --eval, to tune it on cross-validation.
        #[arg(long)]
        crisis_threshold: Option<f32>,
        /// Try another weight of crisis examples in training, with --cv or --eval.
        #[arg(long)]
        crisis_weight: Option<f32>,
        /// With --cv: print crisis recall and false crises per model threshold instead, for the
        /// rules and model together (`all`) or the model alone (`model`; the rules were written
        /// from the same examples, so they hide the model's misses).
        #[arg(long, value_enum)]
        sweep: Option<triage::Sweep>,
    },
}

/// Runs the command line; logs go to stderr (WEGWIJZER_LOG sets the level).
pub async fn main(cli: Cli) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("WEGWIJZER_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    match run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let (path, required) = match &cli.config {
        Some(p) => (p.clone(), true),
        None => (PathBuf::from("wegwijzer.toml"), false),
    };
    let mut config = Config::load(&path, required)?;
    if let Some(root) = cli.root {
        config.root = root;
    }
    if let Some(db) = cli.db {
        config.database_url = db;
    }
    if let Some(url) = std::env::var("WEGWIJZER_WEB_URL").ok().filter(|u| !u.is_empty()) {
        config.web_url = Some(url);
    }
    let catalog = match Catalog::load(&config.root) {
        Ok(c) => c,
        Err(problems) => {
            eprintln!("{problems}");
            eprintln!("{} problem(s) in {}", problems.0.len(), config.root.display());
            return Ok(ExitCode::FAILURE);
        }
    };
    match cli.command.unwrap_or(Cmd::Chat { who: "parent".into() }) {
        Cmd::Check => check::run(&catalog),
        Cmd::Triage {
            eval,
            cv,
            explain,
            crisis_threshold,
            crisis_weight,
            sweep,
        } => {
            let mut tuning = crate::core::triage::Tuning::default();
            tuning.crisis = crisis_threshold.unwrap_or(tuning.crisis);
            tuning.crisis_weight = crisis_weight.unwrap_or(tuning.crisis_weight);
            triage::run(&catalog, &config.root, &eval, cv, explain, tuning, sweep)
        }
        Cmd::Chat { who } => chat::run(runtime(config, catalog).await?, &who).await,
        Cmd::Adviser {
            action: Some(adviser::Action::Password { name }),
            ..
        } => adviser::password(config, &path, &name).await,
        Cmd::Adviser { name: Some(name), .. } => adviser::run(config, catalog, &path, &name).await,
        Cmd::Adviser { .. } => {
            anyhow::bail!("say which adviser: `wegwijzer adviser --name NAME` (the console) or `wegwijzer adviser password NAME`")
        }
        Cmd::Report(args) => report::run(&config, &catalog, args).await,
        Cmd::Qr(args) => qr::run(&catalog, args),
        Cmd::Run(args) => run::run(runtime(config, catalog).await?, args).await,
    }
}

/// Opens the database and starts the upkeep: overdue tickets announced again, retention
/// applied, every minute.
async fn runtime(config: Config, catalog: Catalog) -> Result<Arc<Runtime>> {
    let store = Store::connect(&config.database_url)
        .await
        .with_context(|| "set DATABASE_URL or --db to a writable database")?;
    let rt = Arc::new(Runtime::new(Arc::new(catalog), store, Arc::new(config)));
    let upkeep = rt.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(e) = crate::service::maintain(&upkeep, upkeep.now()).await {
                tracing::warn!("upkeep failed: {e:#}");
            }
        }
    });
    Ok(rt)
}
