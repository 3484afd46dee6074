//! Channel adapters: platform events in, replies out. No conversation logic here.

pub mod matrix;
pub mod telegram;
pub mod terminal;

use tokio_util::sync::CancellationToken;

use crate::core::engine::Reply;

/// A reply as plain text with its choices as numbered lines, for channels without buttons.
pub fn numbered(reply: &Reply) -> String {
    let mut s = reply.text.clone();
    for (i, c) in reply.choices.iter().enumerate() {
        s.push_str(&format!("\n  {}. {c}", i + 1));
    }
    s
}

/// Sends what waits in the outbox until `stop`: at once when woken, else every half second
/// (messages written by other processes, such as the adviser console). Only the leader runs
/// this, so two instances never send the same message.
pub async fn delivery_loop<F, Fut>(channel: &str, wake: &tokio::sync::Notify, stop: CancellationToken, deliver: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    while !stop.is_cancelled() {
        if let Err(e) = deliver().await {
            tracing::warn!(channel, "delivery: {e:#}");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {}
            _ = stop.cancelled() => {}
        }
    }
}

/// Waits that double after each failure, up to a cap; a success starts again from the first.
#[derive(Debug, Clone)]
pub struct Backoff {
    first: std::time::Duration,
    cap: std::time::Duration,
    next: std::time::Duration,
}

impl Backoff {
    /// Starts at `first`, doubles up to `cap`.
    pub fn new(first: std::time::Duration, cap: std::time::Duration) -> Self {
        Self { first, cap, next: first }
    }

    /// The wait before the next try, doubling the one after it.
    pub fn next_wait(&mut self) -> std::time::Duration {
        let wait = self.next;
        self.next = (self.next * 2).min(self.cap);
        wait
    }

    /// After a success: the next failure waits `first` again.
    pub fn reset(&mut self) {
        self.next = self.first;
    }
}
