//! `wegwijzer chat` (the default): a parent's conversation in this terminal.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Result, bail};

use crate::core::ids::ChatId;
use crate::runtime::Runtime;

/// Chats as parent `who` until end of input.
pub async fn run(rt: Arc<Runtime>, who: &str) -> Result<ExitCode> {
    let chat = ChatId::terminal(who);
    if rt.config.adviser_of(&chat).is_some() {
        bail!("'{who}' is an adviser's chat; use `wegwijzer adviser --name`");
    }
    if std::io::stdin().is_terminal() {
        crate::channel::terminal::interactive(&rt, &chat, &[]).await?;
    } else {
        let stdin = tokio::io::BufReader::new(tokio::io::stdin());
        crate::channel::terminal::chat(&rt, &chat, &[], stdin, &mut std::io::stdout()).await?;
    }
    Ok(ExitCode::SUCCESS)
}
