//! `bench`: starts the Bot API stand-in, runs a bot process against it (by default
//! `wegwijzer run`, or any command with `--bot-cmd`), loads it with simulated parents and prints
//! throughput, reply latency, and the bot's own peak memory and CPU time per update (read from
//! /proc for the bot's whole process tree, so the stand-in's records do not count).
//!
//! ```sh
//! cargo build --release && cargo run --release -p wegwijzer-testkit --bin bench -- --parents 10000
//! # with faults, an advisers' group (a forum) and Telegram's rate limits checked:
//! cargo run --release -p wegwijzer-testkit --bin bench -- --parents 2000 --slow 0.05 \
//!     --rate-limited 0.02 --server-errors 5 --dead-chat --notify-burst 12 \
//!     --notify -1001234567890 --forum --enforce-limits
//! # another framework's bot (it reads TELEGRAM_API_URL and TELEGRAM_BOT_TOKEN):
//! cargo run --release -p wegwijzer-testkit --bin bench -- --bot-cmd "python3 other_bot.py"
//! ```

use std::collections::HashMap;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};
use clap::Parser;
use wegwijzer_testkit::{FakeTelegram, load};

const TOKEN: &str = "123456:BENCH-TOKEN";

#[derive(Parser)]
#[command(about = "Measures a Telegram bot against the Bot API stand-in")]
struct Args {
    /// The bot's program (default: target/release/wegwijzer, then target/debug/wegwijzer).
    #[arg(long, conflicts_with = "bot_cmd")]
    bot: Option<PathBuf>,
    /// Run this shell command as the bot instead of wegwijzer (to compare with another
    /// framework). It gets TELEGRAM_API_URL and TELEGRAM_BOT_TOKEN (and BENCH_NOTIFY_CHAT with
    /// --notify); --root, --db and --notify's settings file are not passed to it.
    #[arg(long)]
    bot_cmd: Option<String>,
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
    /// The advisers' group (a Telegram chat id, e.g. -1001234567890): the bot notifies it of new
    /// tickets (a settings file with `notify = ["telegram:<id>"]` and adviser "anna").
    #[arg(long, allow_negative_numbers = true)]
    notify: Option<i64>,
    /// The advisers' group is a forum (getChat says is_forum; topics can be created).
    #[arg(long, requires = "notify")]
    forum: bool,
    /// Answer 429 to messages beyond Telegram's rate limits, and count them.
    #[arg(long)]
    enforce_limits: bool,
    #[command(flatten)]
    faults: load::FaultArgs,
}

/// Kills the bot (and whatever it started) when the bench ends, however it ends.
struct Bot(Child);

impl Drop for Bot {
    fn drop(&mut self) {
        // The bot leads its own process group (see `spawn`), so this reaches its children too.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.0.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A process's parent, resident memory peak (KiB) and CPU ticks (its own and its waited-for
/// children's).
fn proc_info(pid: u32) -> Option<(u32, f64, f64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised name: state is field 3 (1-based), ppid 4, utime 14,
    // stime 15, cutime 16, cstime 17.
    let after = stat.rsplit_once(')').map(|(_, r)| r)?;
    let f: Vec<&str> = after.split_whitespace().collect();
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    let ppid = f.get(1).and_then(|v| v.parse().ok()).unwrap_or(0);
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let hwm = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        .unwrap_or(0.0);
    Some((ppid, hwm, num(11) + num(12) + num(13) + num(14)))
}

/// Peak resident memory (MiB, summed over the processes) and CPU seconds (user + system) of a
/// process and its descendants.
fn usage(root: u32) -> (f64, f64) {
    let mut info = HashMap::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for e in dir.flatten() {
            if let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<u32>().ok())
                && let Some(i) = proc_info(pid)
            {
                info.insert(pid, i);
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(info.iter().filter(|(_, (pp, _, _))| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    let (mut hwm, mut ticks) = (0.0, 0.0);
    for pid in tree {
        if let Some((_, h, t)) = info.get(&pid) {
            hwm += h;
            ticks += t;
        }
    }
    // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
    (hwm / 1024.0, ticks / 100.0)
}

fn wegwijzer_binary(given: Option<PathBuf>) -> Result<PathBuf> {
    match given {
        Some(b) => Ok(b),
        None => ["target/release/wegwijzer", "target/debug/wegwijzer"]
            .iter()
            .map(|p| {
                std::env::var("CARGO_TARGET_DIR")
                    .map(|d| PathBuf::from(d).join(&p[7..]))
                    .unwrap_or_else(|_| p.into())
            })
            .find(|p| p.exists())
            .context("no wegwijzer binary found: run `cargo build --release` first, or pass --bot"),
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let fake = FakeTelegram::start().await;
    if let Some(group) = args.notify
        && args.forum
    {
        fake.make_forum(group);
    }
    fake.enforce_limits(args.enforce_limits);
    fake.set_latency(std::time::Duration::from_millis(args.faults.latency_ms));
    let dir = tempfile::tempdir()?;
    let mut cmd = match &args.bot_cmd {
        Some(line) => {
            let mut c = Command::new("sh");
            c.args(["-c", line]);
            if let Some(group) = args.notify {
                c.env("BENCH_NOTIFY_CHAT", group.to_string());
            }
            c
        }
        None => {
            let bot = wegwijzer_binary(args.bot.clone())?;
            let db = args
                .db
                .clone()
                .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
            let mut c = Command::new(&bot);
            c.arg("--root").arg(&args.root).args(["--db", &db]);
            if let Some(group) = args.notify {
                let config = dir.path().join("wegwijzer.toml");
                std::fs::write(
                    &config,
                    format!("notify = [\"telegram:{group}\"]\n\n[[adviser]]\nname = \"anna\"\n"),
                )?;
                c.arg("--config").arg(&config);
            }
            c.arg("run")
                .env("WEGWIJZER_METRICS", "127.0.0.1:0")
                .env("WEGWIJZER_WEB", "127.0.0.1:0")
                .env_remove("TELEGRAM_WEBHOOK_URL")
                .env_remove("WEGWIJZER_CONFIG");
            c
        }
    };
    let child = cmd
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", fake.api_url())
        .stdout(Stdio::null())
        .process_group(0)
        .spawn()
        .context("cannot start the bot")?;
    let bot = Bot(child);
    fake.wait_until("the bot to connect (getUpdates)", |f| !f.calls("getUpdates").is_empty())
        .await;
    let (_, cpu_before) = usage(bot.0.id());
    let outcome = load::run(&fake, &args.faults.options(args.parents, args.rate, args.concurrency)).await?;
    let (rss, cpu_after) = usage(bot.0.id());
    println!("{outcome}");
    println!("bot peak memory: {rss:.0} MiB");
    println!(
        "bot CPU:         {:.2} ms per update",
        (cpu_after - cpu_before) * 1000.0 / outcome.updates.max(1) as f64
    );
    if let Some(group) = args.notify {
        println!(
            "advisers' group: {} notices, {} topics",
            fake.count_to(group),
            fake.topics(group).len()
        );
    }
    if args.enforce_limits {
        println!("rate limit violations: {}", fake.limit_violations());
    }
    if outcome.lost_or_doubled > 0 {
        bail!("{} healthy parents got a wrong number of replies", outcome.lost_or_doubled);
    }
    Ok(())
}
