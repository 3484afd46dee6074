//! Channel adapters: platform events in, replies out. No conversation logic here.

pub mod limits;
pub mod matrix;
pub mod pdf;
pub mod telegram;
pub mod terminal;
pub mod web;

use tokio_util::sync::CancellationToken;

use crate::core::engine::Reply;

/// Since when a channel fails to receive or to send, if it does: what /healthz reports. A
/// channel that cannot reach its platform keeps running (and retrying), so without this an
/// outage would look healthy.
#[derive(Debug, Default)]
pub struct Liveness {
    state: std::sync::Mutex<(Option<std::time::Instant>, Option<std::time::Instant>)>,
}

impl Liveness {
    /// Records whether receiving (polling, syncing) just worked.
    pub fn receiving(&self, ok: bool) {
        let mut s = self.state.lock().expect("liveness");
        s.0 = if ok { None } else { s.0.or(Some(std::time::Instant::now())) };
    }

    /// Records whether sending just worked.
    pub fn sending(&self, ok: bool) {
        let mut s = self.state.lock().expect("liveness");
        s.1 = if ok { None } else { s.1.or(Some(std::time::Instant::now())) };
    }

    /// What has failed for longer than `grace`, in words.
    pub fn problems(&self, channel: &str, grace: std::time::Duration) -> Vec<String> {
        let s = *self.state.lock().expect("liveness");
        let mut out = vec![];
        for (what, since) in [("receive", s.0), ("send", s.1)] {
            if let Some(since) = since.filter(|t| t.elapsed() > grace) {
                out.push(format!("{channel}: cannot {what} for {} s", since.elapsed().as_secs()));
            }
        }
        out
    }
}

/// A reply as plain text with its choices as numbered lines, for channels without buttons.
pub fn numbered(reply: &Reply) -> String {
    let mut s = reply.text.clone();
    for (i, c) in reply.choices.iter().enumerate() {
        s.push_str(&format!("\n  {}. {c}", i + 1));
    }
    s
}

/// A reply as HTML for clients that show formatting (Matrix's formatted_body): paragraphs,
/// the question in bold and the choices as a numbered list. None for a reply without choices
/// (the plain text says it all).
pub fn formatted(reply: &Reply) -> Option<String> {
    if reply.choices.is_empty() {
        return None;
    }
    let paragraphs: Vec<&str> = reply.text.split("\n\n").collect();
    let mut html = String::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let p = crate::core::text::escape(p).replace('\n', "<br>");
        if i + 1 == paragraphs.len() {
            html.push_str(&format!("<p><strong>{p}</strong></p>"));
        } else {
            html.push_str(&format!("<p>{p}</p>"));
        }
    }
    html.push_str("<ol>");
    for c in &reply.choices {
        html.push_str(&format!("<li>{}</li>", crate::core::text::escape(c)));
    }
    html.push_str("</ol>");
    Some(html)
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

/// Why a message could not be sent.
#[derive(Debug)]
pub enum SendError {
    /// It may work later (the network, a server error, a rate limit).
    Transient(anyhow::Error),
    /// It never will (the bot was removed, the chat is gone, the message is refused): record it
    /// as failed and go on.
    Permanent(String),
}

/// How long a chat waits before its next try after `attempts` failed ones: 1 s doubling to 5 min.
pub fn retry_delay(attempts: i64) -> i64 {
    (1i64 << attempts.clamp(0, 9)).min(300)
}

/// Cuts text into parts of at most `max` characters, at line ends where possible.
pub fn split(text: &str, max: usize) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    let mut len = 0;
    for line in text.split_inclusive('\n') {
        for ch in line.chars() {
            if len >= max {
                out.push(std::mem::take(&mut cur));
                len = 0;
            }
            cur.push(ch);
            len += 1;
        }
        if len > max.saturating_sub(200) {
            out.push(std::mem::take(&mut cur));
            len = 0;
        }
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
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
