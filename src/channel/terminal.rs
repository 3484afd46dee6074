//! The terminal channel: one line in is one message; replies are printed with numbered choices.
//! Also the adviser console (`wegwijzer adviser`), which is just another chat.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::hub::{Hub, Inbound};

/// Prints and marks sent every waiting message for `chats`.
async fn deliver(hub: &Hub, chats: &[String], out: &mut impl Write) -> Result<()> {
    for m in hub.store.pending("terminal:").await? {
        if chats.contains(&m.chat) {
            writeln!(out, "{}\n", super::numbered(&m.reply))?;
            hub.store.mark_sent(&[m.id]).await?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Runs one terminal chat until end of input. `also` are extra chats shown here (the advisers'
/// notification feed in the adviser console).
pub async fn run(
    hub: &Hub,
    chat: &str,
    also: &[String],
    input: impl AsyncBufRead + Unpin,
    out: &mut impl Write,
    prompt: bool,
) -> Result<()> {
    let mut chats = vec![chat.to_string()];
    chats.extend_from_slice(also);
    let mut lines = input.lines();
    deliver(hub, &chats, out).await?;
    loop {
        if prompt {
            write!(out, "> ")?;
            out.flush()?;
        }
        let line = tokio::select! {
            l = lines.next_line() => l?,
            // While waiting for typing, show what advisers or parents sent meanwhile.
            _ = tokio::time::sleep(Duration::from_millis(700)), if prompt => {
                if prompt { write!(out, "\r")?; }
                deliver(hub, &chats, out).await?;
                continue;
            }
        };
        let Some(line) = line else { break };
        hub.handle(Inbound::text(chat, &line)).await?;
        deliver(hub, &chats, out).await?;
    }
    Ok(())
}
