//! Simulated parents: each runs a short conversation through a [`FakeTelegram`] and waits for
//! the bot's replies; the driver measures the time from update to reply and checks that no
//! reply was lost or sent twice. It knows nothing of the bot behind the stand-in.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use hdrhistogram::Histogram;
use tokio::sync::Semaphore;

use crate::{FakeTelegram, Sent};

/// What a simulated parent does.
#[derive(Debug, Clone, Copy)]
pub enum Step {
    /// Types this text.
    Say(&'static str),
    /// Presses button `n` under the last message.
    Press(usize),
}

/// Each step, and how many bot messages the parent has received in total after it (a turn's
/// replies reach Telegram as one message).
pub const SCRIPT: &[(Step, usize)] = &[
    (Step::Say("mijn kind is geschorst"), 1), // welcome, privacy and the first question
    (Step::Press(0), 2),                      // the answer and what next
    (Step::Press(1), 3),                      // back to the menu
    (Step::Say("1"), 4),                      // suspension again, by number
];

/// Chat ids of simulated parents start here.
pub const FIRST_PARENT: i64 = 100_000_000;

/// How to load the bot.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many parents.
    pub parents: usize,
    /// Updates per second to offer; None sends as fast as the bot answers.
    pub rate: Option<f64>,
    /// Parents talking at the same time.
    pub concurrency: usize,
}

/// What a run measured.
#[derive(Debug)]
pub struct Outcome {
    /// Updates sent (and answered).
    pub updates: usize,
    /// Wall time of the run.
    pub seconds: f64,
    /// Update-to-reply latency percentiles, in milliseconds.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Parents who got more or fewer messages than the script expects.
    pub lost_or_doubled: usize,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "updates:        {}", self.updates)?;
        writeln!(f, "throughput:     {:.0} updates/s", self.updates as f64 / self.seconds)?;
        writeln!(f, "latency p50:    {:.1} ms", self.p50_ms)?;
        writeln!(f, "latency p95:    {:.1} ms", self.p95_ms)?;
        writeln!(f, "latency p99:    {:.1} ms", self.p99_ms)?;
        write!(f, "lost/doubled:   {}", self.lost_or_doubled)
    }
}

/// Runs the parents against whatever bot polls `fake`.
pub async fn run(fake: &FakeTelegram, o: &Options) -> Result<Outcome> {
    let gate = Arc::new(Semaphore::new(o.concurrency.max(1)));
    let pace = o.rate.map(|r| Duration::from_secs_f64(1.0 / r));
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(o.parents);
    for i in 0..o.parents {
        let fake = fake.clone();
        let gate = gate.clone();
        tasks.push(tokio::spawn(async move {
            let _turn = gate.acquire_owned().await?;
            let chat = FIRST_PARENT + i as i64;
            let mut latencies = Vec::with_capacity(SCRIPT.len());
            let mut last: Option<Sent> = None;
            for (step, expect) in SCRIPT {
                let sent_at = Instant::now();
                match step {
                    Step::Say(text) => fake.parent_says(chat, "nl", text),
                    Step::Press(n) => {
                        let Some(shown) = last.as_ref().filter(|s| s.buttons.len() > *n) else {
                            bail!("parent {chat}: no button {n} to press");
                        };
                        fake.parent_presses(chat, "nl", shown, &shown.buttons[*n].1)
                    }
                };
                last = Some(fake.wait_sent(chat, *expect).await);
                latencies.push(sent_at.elapsed());
            }
            Ok(latencies)
        }));
        if let Some(p) = pace {
            // Open loop: parents arrive at the offered rate (each brings SCRIPT.len() updates).
            // Scheduled from the start, so timer overshoot does not lower the rate.
            tokio::time::sleep_until((start + p * (SCRIPT.len() * (i + 1)) as u32).into()).await;
        }
    }
    let mut hist = Histogram::<u64>::new(3)?;
    for t in tasks {
        for l in t.await?? {
            hist.record(l.as_micros().max(1) as u64)?;
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    // Anything still to come would be a duplicate: give it a moment to show up.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let expected = SCRIPT.last().map(|s| s.1).unwrap_or(0);
    let lost_or_doubled = (0..o.parents)
        .filter(|i| fake.count_to(FIRST_PARENT + *i as i64) != expected)
        .count();
    if hist.is_empty() {
        bail!("no parents ran");
    }
    let ms = |q: f64| hist.value_at_quantile(q) as f64 / 1000.0;
    Ok(Outcome {
        updates: hist.len() as usize,
        seconds,
        p50_ms: ms(0.50),
        p95_ms: ms(0.95),
        p99_ms: ms(0.99),
        lost_or_doubled,
    })
}
