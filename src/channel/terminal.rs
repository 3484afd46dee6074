//! The terminal channel: one line in is one message; replies are printed with numbered choices.
//! Also the adviser console (`wegwijzer adviser`), which is just another chat.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::core::ids::{Channel, ChatId};
use crate::runtime::Runtime;
use crate::service::{self, Inbound};
use crate::store;

/// Prints and marks sent every waiting message for `chats`.
async fn deliver(rt: &Runtime, chats: &[ChatId], out: &mut impl Write) -> Result<()> {
    let mut c = rt.store.conn().await?;
    for m in store::outbox::pending(&mut c, Channel::Terminal).await? {
        if chats.contains(&m.chat) {
            writeln!(out, "{}\n", super::numbered(&m.reply))?;
            store::outbox::mark_sent(&mut c, &[m.id]).await?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Runs one terminal chat until end of input. `also` are extra chats shown here (the advisers'
/// notification feed in the adviser console).
pub async fn chat(
    rt: &Runtime,
    chat: &ChatId,
    also: &[ChatId],
    input: impl AsyncBufRead + Unpin,
    out: &mut impl Write,
    prompt: bool,
) -> Result<()> {
    let mut chats = vec![chat.clone()];
    chats.extend_from_slice(also);
    let mut lines = input.lines();
    deliver(rt, &chats, out).await?;
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
                deliver(rt, &chats, out).await?;
                continue;
            }
        };
        let Some(line) = line else { break };
        let inbound = Inbound {
            chat: chat.clone(),
            ..Inbound::text("", &line)
        };
        service::handle(rt, inbound).await?;
        deliver(rt, &chats, out).await?;
    }
    Ok(())
}
