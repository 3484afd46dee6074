//! Channel adapters: platform events in, replies out. No conversation logic here.

pub mod matrix;
pub mod telegram;
pub mod terminal;

use crate::engine::Reply;

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
pub async fn delivery_loop<F, Fut>(channel: &str, wake: &tokio::sync::Notify, mut stop: tokio::sync::watch::Receiver<bool>, deliver: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    while !*stop.borrow() {
        if let Err(e) = deliver().await {
            tracing::warn!(channel, "delivery: {e:#}");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {}
            _ = stop.changed() => {}
        }
    }
}
