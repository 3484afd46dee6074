use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use wegwijzer::catalog::Catalog;
use wegwijzer::config::Config;
use wegwijzer::hub::Hub;
use wegwijzer::store::Store;

#[derive(Parser)]
#[command(name = "wegwijzer", version, about = "Signpost bot for parents of children at home without school")]
struct Cli {
    /// Settings file; every setting has a default, so it may be absent.
    #[arg(long, global = true, default_value = "wegwijzer.toml")]
    config: PathBuf,
    /// Folder holding flows/ and locales/ (default: the project folder).
    #[arg(long, global = true)]
    root: Option<PathBuf>,
    /// Database address, e.g. sqlite://wegwijzer.db or postgres://... (also DATABASE_URL).
    #[arg(long, global = true)]
    db: Option<String>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Chat with the bot in this terminal, as a parent (the default).
    Chat {
        /// Which parent you are; each name is its own conversation.
        #[arg(long = "as", default_value = "parent")]
        who: String,
    },
    /// The adviser console: /queue, /take N, replies, /note, /done, /release, /canned.
    Adviser {
        #[arg(long)]
        name: String,
    },
    /// Serve parents and advisers on the configured platforms (TELEGRAM_BOT_TOKEN, ...).
    Run,
    /// Simulated parents through engine, store and Telegram adapter (against a local fake).
    Bench {
        #[arg(long, default_value_t = 10_000)]
        parents: usize,
        /// Offered load in updates per second; without it, as fast as the bot answers.
        #[arg(long)]
        rate: Option<f64>,
        /// Parents talking at the same time.
        #[arg(long, default_value_t = 500)]
        concurrency: usize,
        /// Send through teloxide's Throttle with Telegram's real rate limits.
        #[arg(long)]
        throttle: bool,
    },
    /// The numbers an advice office publishes, per school year; optionally a chart.
    Report {
        /// One school year, e.g. 2024/2025 (default: every year with data).
        #[arg(long)]
        year: Option<String>,
        /// Also write a bar chart of conversations per topic as SVG to this file.
        #[arg(long)]
        svg: Option<PathBuf>,
        /// Print JSON instead of tables.
        #[arg(long)]
        json: bool,
    },
    /// Validate flows and locales; exit 1 with every problem found.
    Check,
    /// Read one message per line, print {"lang","flow","urgent"} as JSON per line.
    Triage,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("WEGWIJZER_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<std::process::ExitCode> {
    let explicit = cli.config.as_os_str() != "wegwijzer.toml";
    let mut config = Config::load(&cli.config, explicit).map_err(|p| anyhow::anyhow!("{p}"))?;
    if let Some(root) = cli.root {
        config.root = root;
    }
    let cli_db = cli.db.is_some() || std::env::var("DATABASE_URL").is_ok_and(|v| !v.is_empty());
    if let Some(db) = cli.db {
        config.database_url = db;
    }
    let catalog = match Catalog::load(&config.root) {
        Ok(c) => c,
        Err(problems) => {
            eprintln!("{problems}");
            eprintln!("{} problem(s) in {}", problems.0.len(), config.root.display());
            return Ok(std::process::ExitCode::FAILURE);
        }
    };
    let command = cli.command.unwrap_or(Cmd::Chat { who: "parent".into() });
    match command {
        Cmd::Check => {
            let problems = catalog.completeness();
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                println!("ok: {} flows, {} languages", catalog.flows.len(), catalog.locales.codes().count());
                Ok(std::process::ExitCode::SUCCESS)
            } else {
                println!("{} problem(s)", problems.len());
                Ok(std::process::ExitCode::FAILURE)
            }
        }
        Cmd::Triage => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for line in std::io::stdin().lock().lines() {
                let v = catalog.triage.classify(&line?);
                writeln!(out, "{}", serde_json::to_string(&v)?)?;
            }
            Ok(std::process::ExitCode::SUCCESS)
        }
        Cmd::Chat { who } => {
            let hub = hub(config, catalog).await?;
            let chat = format!("terminal:{who}");
            if hub.config.adviser_of(&chat).is_some() {
                bail!("'{who}' is an adviser's chat; use `wegwijzer adviser --name`");
            }
            let interactive = std::io::stdin().is_terminal();
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            wegwijzer::channel::terminal::run(&hub, &chat, &[], stdin, &mut std::io::stdout(), interactive).await?;
            Ok(std::process::ExitCode::SUCCESS)
        }
        Cmd::Bench {
            parents,
            rate,
            concurrency,
            throttle,
        } => {
            let database_url = cli_db.then(|| config.database_url.clone());
            let outcome = wegwijzer::bench::run(
                &config.root,
                wegwijzer::bench::Options {
                    parents,
                    rate,
                    concurrency,
                    database_url,
                    throttle,
                },
            )
            .await?;
            println!("{outcome}");
            Ok(if outcome.lost_or_doubled == 0 {
                std::process::ExitCode::SUCCESS
            } else {
                std::process::ExitCode::FAILURE
            })
        }
        Cmd::Report { year, svg, json } => {
            let store = Store::connect(&config.database_url).await?;
            let report = wegwijzer::report::Report::build(&store, year.as_deref()).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report.to_json())?);
            } else {
                print!("{}", report.to_text());
            }
            if let Some(path) = svg {
                std::fs::write(&path, report.to_svg()).with_context(|| format!("cannot write {}", path.display()))?;
            }
            Ok(std::process::ExitCode::SUCCESS)
        }
        Cmd::Run => {
            let hub = hub(config, catalog).await?;
            wegwijzer::run::serve(hub, wegwijzer::run::Settings::from_env()?).await?;
            Ok(std::process::ExitCode::SUCCESS)
        }
        Cmd::Adviser { name } => {
            if config.adviser(&name).is_none() {
                bail!(
                    "{}: '{name}' is not a configured adviser\n  hint: add [[adviser]] name = \"{name}\" to {} (see wegwijzer.example.toml)",
                    cli.config.display(),
                    cli.config.display()
                );
            }
            let hub = hub(config, catalog).await?;
            let chat = format!("terminal:adviser:{name}");
            let feed: Vec<String> = hub.config.notify.iter().filter(|c| c.starts_with("terminal:")).cloned().collect();
            let interactive = std::io::stdin().is_terminal();
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            wegwijzer::channel::terminal::run(&hub, &chat, &feed, stdin, &mut std::io::stdout(), interactive).await?;
            Ok(std::process::ExitCode::SUCCESS)
        }
    }
}

async fn hub(config: Config, catalog: Catalog) -> Result<Arc<Hub>> {
    let store = Store::connect(&config.database_url)
        .await
        .with_context(|| "set DATABASE_URL or --db to a writable database")?;
    let hub = Arc::new(Hub::new(Arc::new(catalog), store, Arc::new(config)));
    // Upkeep in the background: overdue tickets announced again, retention applied.
    let h = hub.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(e) = h.maintain(wegwijzer::store::now()).await {
                tracing::warn!("upkeep failed: {e:#}");
            }
        }
    });
    Ok(hub)
}
