//! `wegwijzer bench`: simulated parents run whole flows through the real engine, store and
//! Telegram adapter against the in-process Bot API fake; prints throughput, latency from
//! update to reply, peak memory, and checks that no reply was lost or sent twice.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use teloxide::adaptors::throttle::Limits;
use tokio::sync::{Semaphore, watch};

use crate::catalog::Catalog;
use crate::channel::telegram::Telegram;
use crate::config::Config;
use crate::fake_telegram::FakeTelegram;
use crate::hub::Hub;
use crate::store::Store;

pub struct Options {
    pub parents: usize,
    /// Updates per second to offer; None sends as fast as the bot answers.
    pub rate: Option<f64>,
    /// Parents talking at the same time.
    pub concurrency: usize,
    pub database_url: Option<String>,
    /// Send through teloxide's Throttle with Telegram's real limits (1 message/s per chat).
    pub throttle: bool,
}

#[derive(Debug)]
pub struct Outcome {
    pub updates: usize,
    pub seconds: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub peak_rss_mib: f64,
    pub lost_or_doubled: usize,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "updates:        {}", self.updates)?;
        writeln!(f, "throughput:     {:.0} updates/s", self.updates as f64 / self.seconds)?;
        writeln!(f, "latency p50:    {:.1} ms", self.p50_ms)?;
        writeln!(f, "latency p95:    {:.1} ms", self.p95_ms)?;
        writeln!(f, "latency p99:    {:.1} ms", self.p99_ms)?;
        writeln!(f, "peak memory:    {:.0} MiB", self.peak_rss_mib)?;
        write!(f, "lost/doubled:   {}", self.lost_or_doubled)
    }
}

/// What a simulated parent does, and how many bot messages each step brings in total.
/// (typed text or button index, messages expected after the step). A turn's replies reach
/// Telegram as one message.
enum Step {
    Say(&'static str),
    Press(usize),
}
const SCRIPT: &[(Step, usize)] = &[
    (Step::Say("mijn kind is geschorst"), 1), // welcome, privacy and the first question
    (Step::Press(0), 2),                      // the answer and what next
    (Step::Press(1), 3),                      // back to the menu
    (Step::Say("1"), 4),                      // suspension again, by number
];

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kib| kib / 1024.0)
        .unwrap_or(0.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

pub async fn run(root: &std::path::Path, o: Options) -> Result<Outcome> {
    let dir = tempfile::tempdir()?;
    let url = o
        .database_url
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let catalog = Catalog::load(root).map_err(|p| anyhow::anyhow!("{p}"))?;
    let config = Config {
        root: root.to_path_buf(),
        database_url: url.clone(),
        notify: vec![],
        ..Config::default()
    };
    let hub = Arc::new(Hub::new(Arc::new(catalog), Store::connect(&url).await?, Arc::new(config)));
    let fake = FakeTelegram::start().await;
    let tg = Telegram::connect(
        hub,
        "123456:BENCH-TOKEN",
        Some(&fake.api_url()),
        if o.throttle { Some(Limits::default()) } else { None },
        1,
    )
    .await?;
    let (stop, until) = watch::channel(false);
    let poller = tokio::spawn({
        let tg = tg.clone();
        async move { tg.poll(until).await }
    });

    let gate = Arc::new(Semaphore::new(o.concurrency.max(1)));
    let pace = o.rate.map(|r| Duration::from_secs_f64(1.0 / r));
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(o.parents);
    for i in 0..o.parents {
        let fake = fake.clone();
        let gate = gate.clone();
        tasks.push(tokio::spawn(async move {
            let _turn = gate.acquire_owned().await.expect("open gate");
            let chat = 100_000_000 + i as i64;
            let mut latencies = Vec::with_capacity(SCRIPT.len());
            let mut last = None;
            for (step, expect) in SCRIPT {
                let sent_at = Instant::now();
                match step {
                    Step::Say(text) => fake.parent_says(chat, "nl", text),
                    Step::Press(n) => {
                        let shown: &crate::fake_telegram::Sent = last.as_ref().expect("a message with buttons");
                        fake.parent_presses(chat, "nl", shown, &shown.buttons[*n].1)
                    }
                };
                last = Some(fake.wait_sent(chat, *expect).await);
                latencies.push(sent_at.elapsed().as_secs_f64() * 1000.0);
            }
            latencies
        }));
        if let Some(p) = pace {
            // Open loop: parents arrive at the offered rate (each brings SCRIPT.len() updates).
            // Scheduled from the start, so timer overshoot does not lower the rate.
            tokio::time::sleep_until((start + p * (SCRIPT.len() * (i + 1)) as u32).into()).await;
        }
    }
    let mut latencies = vec![];
    for t in tasks {
        latencies.extend(t.await?);
    }
    let seconds = start.elapsed().as_secs_f64();
    // Anything still to come would be a duplicate: give it a moment to show up.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let expected = SCRIPT.last().map(|s| s.1).unwrap_or(0);
    let lost_or_doubled = (0..o.parents)
        .filter(|i| fake.count_to(100_000_000 + *i as i64) != expected)
        .count();
    stop.send(true)?;
    poller.await??;
    latencies.sort_by(f64::total_cmp);
    if latencies.is_empty() {
        bail!("no parents ran");
    }
    Ok(Outcome {
        updates: latencies.len(),
        seconds,
        p50_ms: percentile(&latencies, 0.50),
        p95_ms: percentile(&latencies, 0.95),
        p99_ms: percentile(&latencies, 0.99),
        peak_rss_mib: peak_rss_mib(),
        lost_or_doubled,
    })
}
