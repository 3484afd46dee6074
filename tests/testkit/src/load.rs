//! Simulated parents: each runs a short conversation through a [`FakeTelegram`] and waits for
//! the bot's replies; the driver measures the time from update to reply and checks that no
//! reply was lost or sent twice. It knows nothing of the bot behind the stand-in.
//!
//! Faults can be mixed in (all off by default): parents whose chat answers slowly, parents whose
//! chat is rate limited once, one-off 502s, a chat that answers 403 forever, and a burst of
//! parents asking for an adviser at once. Latency and losses are reported for the healthy
//! parents only, so the figures show whether the faulty ones hold the others up.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use hdrhistogram::Histogram;
use tokio::sync::Semaphore;

use crate::{ChatFault, FakeTelegram, Fault, Sent};

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

/// What a parent of the notify burst says.
pub const ESCALATE: &str = "ik wil een adviseur";

/// Chat ids of simulated parents start here. The scripted parents are
/// `FIRST_PARENT..FIRST_PARENT + parents`; the dead chat, if any, is
/// [`dead_chat_id`]; the notify burst follows it ([`burst_chat_id`]).
pub const FIRST_PARENT: i64 = 100_000_000;

/// The chat that answers 403 forever, for `parents` scripted parents.
pub fn dead_chat_id(parents: usize) -> i64 {
    FIRST_PARENT + parents as i64
}

/// The `k`-th parent of the notify burst, for `parents` scripted parents.
pub fn burst_chat_id(parents: usize, k: usize) -> i64 {
    FIRST_PARENT + parents as i64 + 1 + k as i64
}

/// How to load the bot. `Options { parents, rate, concurrency, ..Default::default() }` runs
/// without faults.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many parents.
    pub parents: usize,
    /// Updates per second to offer; None sends as fast as the bot answers.
    pub rate: Option<f64>,
    /// Parents talking at the same time.
    pub concurrency: usize,
    /// Share of parents (0..1) whose chat answers every call after `slow_delay`.
    pub slow_share: f64,
    /// The delay of a slow chat.
    pub slow_delay: Duration,
    /// Share of parents (0..1) whose chat answers their first sendMessage with 429
    /// (retry_after 2), once.
    pub rate_limited_share: f64,
    /// One-off 502s on sendMessage, spread over the run (by messages sent).
    pub server_errors: usize,
    /// One extra parent whose chat answers 403 forever; it must not stall the others.
    pub dead_chat: bool,
    /// Extra parents who, at the start, all say [`ESCALATE`] at once; not waited for.
    pub notify_burst: usize,
    /// A parent who waits longer than this for a reply gives up (and counts as lost).
    pub step_timeout: Duration,
    /// How long a parent takes to read a reply and answer (zero: at once). Telegram lets a bot
    /// send one message a second to a chat, so a parent answering within a second waits for
    /// that; real parents take longer.
    pub think: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            parents: 100,
            rate: None,
            concurrency: 100,
            slow_share: 0.0,
            slow_delay: Duration::from_secs(2),
            rate_limited_share: 0.0,
            server_errors: 0,
            dead_chat: false,
            notify_burst: 0,
            step_timeout: Duration::from_secs(60),
            think: Duration::ZERO,
        }
    }
}

/// The fault flags shared by the `bench` and `fake-telegram` binaries.
#[derive(Debug, Clone, clap::Args)]
pub struct FaultArgs {
    /// Share of parents whose chat answers slowly (e.g. 0.05).
    #[arg(long, default_value_t = 0.0)]
    pub slow: f64,
    /// How slowly, in seconds.
    #[arg(long, default_value_t = 2.0)]
    pub slow_delay: f64,
    /// Share of parents whose chat gets a 429 (retry_after 2) once (e.g. 0.02).
    #[arg(long, default_value_t = 0.0)]
    pub rate_limited: f64,
    /// One-off 502s on sendMessage spread over the run.
    #[arg(long, default_value_t = 0)]
    pub server_errors: usize,
    /// One extra parent whose chat answers 403 forever.
    #[arg(long)]
    pub dead_chat: bool,
    /// Extra parents who ask for an adviser at once at the start.
    #[arg(long, default_value_t = 0)]
    pub notify_burst: usize,
    /// Latency added to every Bot API call, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Seconds a parent takes to read a reply and answer (0: at once; Telegram allows one
    /// message a second to a chat, so answers within a second wait for that).
    #[arg(long, default_value_t = 0.0)]
    pub think: f64,
}

impl FaultArgs {
    /// Options for a run with these faults.
    pub fn options(&self, parents: usize, rate: Option<f64>, concurrency: usize) -> Options {
        Options {
            parents,
            rate,
            concurrency,
            slow_share: self.slow,
            slow_delay: Duration::from_secs_f64(self.slow_delay.max(0.0)),
            rate_limited_share: self.rate_limited,
            server_errors: self.server_errors,
            dead_chat: self.dead_chat,
            notify_burst: self.notify_burst,
            think: Duration::from_secs_f64(self.think.max(0.0)),
            ..Options::default()
        }
    }
}

/// What a run measured.
#[derive(Debug)]
pub struct Outcome {
    /// Updates sent (and answered) by the scripted parents, healthy or not.
    pub updates: usize,
    /// Wall time of the run.
    pub seconds: f64,
    /// `updates` per second.
    pub throughput: f64,
    /// Update-to-reply latency percentiles of the healthy parents, in milliseconds.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Healthy parents who got more or fewer messages than the script expects.
    pub lost_or_doubled: usize,
    /// Parents with no fault on their chat.
    pub healthy: usize,
    /// Parents whose chat answered slowly.
    pub slow: usize,
    /// Parents whose chat was rate limited once.
    pub rate_limited: usize,
    /// Slow or rate-limited parents who got more or fewer messages than the script expects.
    pub faulty_lost_or_doubled: usize,
    /// 502s injected (some may have hit a faulty chat's call).
    pub server_errors: usize,
    /// Whether a dead chat was in the run.
    pub dead_chat: bool,
    /// Parents of the notify burst.
    pub notify_burst: usize,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "updates:        {}", self.updates)?;
        writeln!(f, "throughput:     {:.0} updates/s", self.throughput)?;
        writeln!(f, "latency p50:    {:.1} ms", self.p50_ms)?;
        writeln!(f, "latency p95:    {:.1} ms", self.p95_ms)?;
        writeln!(f, "latency p99:    {:.1} ms", self.p99_ms)?;
        write!(f, "lost/doubled:   {}", self.lost_or_doubled)?;
        if self.slow + self.rate_limited > 0 || self.server_errors > 0 || self.dead_chat || self.notify_burst > 0 {
            writeln!(f)?;
            writeln!(
                f,
                "parents:        {} healthy (latency and losses above), {} slow, {} rate limited",
                self.healthy, self.slow, self.rate_limited
            )?;
            writeln!(f, "faulty lost/doubled: {}", self.faulty_lost_or_doubled)?;
            write!(
                f,
                "faults:         {} server errors, dead chat: {}, notify burst: {}",
                self.server_errors,
                if self.dead_chat { "yes" } else { "no" },
                self.notify_burst
            )?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Healthy,
    Slow,
    RateLimited,
}

/// Which parents are faulty: the shares rounded (at least one for a share above 0), spread
/// evenly over the run, the rate-limited ones between the slow ones.
fn kinds(o: &Options) -> Vec<Kind> {
    let n = o.parents;
    let count = |share: f64| {
        if share <= 0.0 || n == 0 {
            0
        } else {
            ((n as f64 * share.min(1.0)).round() as usize).max(1)
        }
    };
    let slow = count(o.slow_share);
    let limited = count(o.rate_limited_share).min(n - slow);
    let mut kinds = vec![Kind::Healthy; n];
    for k in 0..slow {
        kinds[k * n / slow] = Kind::Slow;
    }
    for k in 0..limited {
        let mut i = (k * n / limited + n / (2 * limited)) % n;
        while kinds[i] != Kind::Healthy {
            i = (i + 1) % n;
        }
        kinds[i] = Kind::RateLimited;
    }
    kinds
}

/// Runs the parents against whatever bot polls `fake`.
pub async fn run(fake: &FakeTelegram, o: &Options) -> Result<Outcome> {
    let kinds = kinds(o);
    let gate = Arc::new(Semaphore::new(o.concurrency.max(1)));
    let pace = o.rate.map(|r| Duration::from_secs_f64(1.0 / r));
    let start = Instant::now();
    if o.dead_chat {
        let dead = dead_chat_id(o.parents);
        fake.fail_chat(dead, ChatFault::Forbidden);
        fake.parent_says(dead, "nl", SCRIPT_FIRST);
    }
    for k in 0..o.notify_burst {
        fake.parent_says(burst_chat_id(o.parents, k), "nl", ESCALATE);
    }
    let injected = Arc::new(AtomicUsize::new(0));
    let injector = (o.server_errors > 0).then(|| {
        let fake = fake.clone();
        let injected = injected.clone();
        let (n, total, base) = (
            o.server_errors,
            o.parents * SCRIPT.last().map(|s| s.1).unwrap_or(0),
            fake.sent_count(),
        );
        tokio::spawn(async move {
            for k in 1..=n {
                let due = base + total * k / (n + 1);
                while fake.sent_count() < due {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                fake.fail_next("sendMessage", Fault::ServerError);
                injected.fetch_add(1, Ordering::Relaxed);
            }
        })
    });
    let mut tasks = Vec::with_capacity(o.parents);
    for (i, kind) in kinds.iter().copied().enumerate() {
        let fake = fake.clone();
        let gate = gate.clone();
        let (slow_delay, step_timeout, think) = (o.slow_delay, o.step_timeout, o.think);
        tasks.push(tokio::spawn(async move {
            let _turn = gate.acquire_owned().await?;
            let chat = FIRST_PARENT + i as i64;
            match kind {
                Kind::Slow => fake.fail_chat(chat, ChatFault::Slow(slow_delay)),
                Kind::RateLimited => fake.fail_chat_next(chat, "sendMessage", ChatFault::RetryAfter(2)),
                Kind::Healthy => {}
            }
            let mut latencies = Vec::with_capacity(SCRIPT.len());
            let mut last: Option<Sent> = None;
            for (k, (step, expect)) in SCRIPT.iter().enumerate() {
                if k > 0 && !think.is_zero() {
                    tokio::time::sleep(think).await;
                }
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
                match tokio::time::timeout(step_timeout, fake.wait_sent(chat, *expect)).await {
                    Ok(s) => last = Some(s),
                    // Given up: counted as lost below.
                    Err(_) => break,
                }
                latencies.push(sent_at.elapsed());
            }
            if kind == Kind::Slow {
                fake.clear_chat(chat);
            }
            Ok((kind, latencies))
        }));
        if let Some(p) = pace {
            // Open loop: parents arrive at the offered rate (each brings SCRIPT.len() updates).
            // Scheduled from the start, so timer overshoot does not lower the rate.
            tokio::time::sleep_until((start + p * (SCRIPT.len() * (i + 1)) as u32).into()).await;
        }
    }
    let mut hist = Histogram::<u64>::new(3)?;
    let mut updates = 0;
    for t in tasks {
        let (kind, latencies) = t.await??;
        updates += latencies.len();
        if kind == Kind::Healthy {
            for l in latencies {
                hist.record(l.as_micros().max(1) as u64)?;
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    if let Some(i) = injector {
        i.abort();
    }
    let injected = injected.load(Ordering::Relaxed);
    // 502s still queued would hit whatever the bot sends next.
    fake.withdraw_faults("sendMessage", Fault::ServerError, injected);
    // Anything still to come would be a duplicate: give it a moment to show up.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let expected = SCRIPT.last().map(|s| s.1).unwrap_or(0);
    let wrong = |i: usize| fake.count_to(FIRST_PARENT + i as i64) != expected;
    let of = |k: Kind| kinds.iter().filter(|x| **x == k).count();
    let lost_or_doubled = (0..o.parents).filter(|i| kinds[*i] == Kind::Healthy && wrong(*i)).count();
    let faulty_lost_or_doubled = (0..o.parents).filter(|i| kinds[*i] != Kind::Healthy && wrong(*i)).count();
    if updates == 0 {
        bail!("no parents ran");
    }
    let ms = |q: f64| {
        if hist.is_empty() {
            0.0
        } else {
            hist.value_at_quantile(q) as f64 / 1000.0
        }
    };
    Ok(Outcome {
        updates,
        seconds,
        throughput: updates as f64 / seconds,
        p50_ms: ms(0.50),
        p95_ms: ms(0.95),
        p99_ms: ms(0.99),
        lost_or_doubled,
        healthy: of(Kind::Healthy),
        slow: of(Kind::Slow),
        rate_limited: of(Kind::RateLimited),
        faulty_lost_or_doubled,
        server_errors: injected,
        dead_chat: o.dead_chat,
        notify_burst: o.notify_burst,
    })
}

/// What the dead chat's parent says (the script's first words).
const SCRIPT_FIRST: &str = match SCRIPT[0].0 {
    Step::Say(t) => t,
    Step::Press(_) => "hallo",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faulty_parents_are_spread_and_do_not_overlap() {
        let o = Options {
            parents: 100,
            slow_share: 0.05,
            rate_limited_share: 0.02,
            ..Options::default()
        };
        let k = kinds(&o);
        assert_eq!(k.iter().filter(|x| **x == Kind::Slow).count(), 5);
        assert_eq!(k.iter().filter(|x| **x == Kind::RateLimited).count(), 2);
        assert!(kinds(&Options::default()).iter().all(|x| *x == Kind::Healthy));
        let tiny = Options {
            parents: 3,
            slow_share: 0.01,
            rate_limited_share: 1.0,
            ..Options::default()
        };
        let k = kinds(&tiny);
        assert_eq!(k.iter().filter(|x| **x == Kind::Slow).count(), 1);
        assert_eq!(k.iter().filter(|x| **x == Kind::RateLimited).count(), 2);
    }
}
