//! `bench`: starts the Bot API stand-in, runs a bot process against it (by default
//! `wegwijzer run`), loads it with simulated parents and prints throughput, reply latency, and the
//! bot's own peak memory and CPU time per update (read from /proc, so the stand-in's records do
//! not count).
//!
//! ```sh
//! cargo build --release && cargo run --release -p wegwijzer-testkit --bin bench -- --parents 10000
//! ```

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};
use clap::Parser;
use wegwijzer_testkit::{FakeTelegram, load};

#[derive(Parser)]
#[command(about = "Measures a Telegram bot against the Bot API stand-in")]
struct Args {
    /// The bot's program (default: target/release/wegwijzer, then target/debug/wegwijzer).
    #[arg(long)]
    bot: Option<PathBuf>,
    /// The folder holding flows/ and locales/.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Database for the bot (default: a fresh SQLite file).
    #[arg(long)]
    db: Option<String>,
    /// How many parents (4 updates each).
    #[arg(long, default_value_t = 10_000)]
    parents: usize,
    /// Offered load in updates per second; without it, as fast as the bot answers.
    #[arg(long)]
    rate: Option<f64>,
    /// Parents talking at the same time.
    #[arg(long, default_value_t = 500)]
    concurrency: usize,
}

/// Kills the bot when the bench ends, however it ends.
struct Bot(Child);

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Peak resident memory (MiB) and CPU seconds (user + system) of a process.
fn usage(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let hwm = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised name; utime and stime are fields 14 and 15 (1-based).
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
    (hwm, (ticks(11) + ticks(12)) / 100.0)
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let bot = match args.bot {
        Some(b) => b,
        None => ["target/release/wegwijzer", "target/debug/wegwijzer"]
            .iter()
            .map(|p| {
                std::env::var("CARGO_TARGET_DIR")
                    .map(|d| PathBuf::from(d).join(&p[7..]))
                    .unwrap_or_else(|_| p.into())
            })
            .find(|p| p.exists())
            .context("no wegwijzer binary found: run `cargo build --release` first, or pass --bot")?,
    };
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir()?;
    let db = args
        .db
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let child = Command::new(&bot)
        .arg("--root")
        .arg(&args.root)
        .args(["--db", &db, "run"])
        .env("TELEGRAM_BOT_TOKEN", "123456:BENCH-TOKEN")
        .env("TELEGRAM_API_URL", fake.api_url())
        .env("WEGWIJZER_METRICS", "127.0.0.1:0")
        .env_remove("TELEGRAM_WEBHOOK_URL")
        .stdout(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot start {}", bot.display()))?;
    let bot = Bot(child);
    fake.wait_until("the bot to connect (getUpdates)", |f| !f.calls("getUpdates").is_empty())
        .await;
    let (_, cpu_before) = usage(bot.0.id());
    let outcome = load::run(
        &fake,
        &load::Options {
            parents: args.parents,
            rate: args.rate,
            concurrency: args.concurrency,
        },
    )
    .await?;
    let (rss, cpu_after) = usage(bot.0.id());
    println!("{outcome}");
    println!("bot peak memory: {rss:.0} MiB");
    println!(
        "bot CPU:         {:.2} ms per update",
        (cpu_after - cpu_before) * 1000.0 / outcome.updates.max(1) as f64
    );
    if outcome.lost_or_doubled > 0 {
        bail!("{} parents got a wrong number of replies", outcome.lost_or_doubled);
    }
    Ok(())
}
