//! The terminal channel: one line in is one message; replies are printed with numbered choices.
//! Also the adviser console (`wegwijzer adviser`), which is just another chat.
//!
//! Typed at a terminal, the line is edited with rustyline (arrows, history), and what arrives
//! meanwhile (an adviser's answer, a new ticket) is printed above the line being typed, without
//! touching it; the bot's words are cyan, a person's green. Piped input is read line by line
//! and printed plainly, as the tests and scripts expect.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::core::ids::{Channel, ChatId};
use crate::runtime::Runtime;
use crate::service::{self, Inbound};
use crate::store;

/// How often waiting messages are looked for while nobody types.
const POLL: Duration = Duration::from_millis(700);

/// Takes every waiting message for `chats` off the outbox (marked sent), rendered: plain, or
/// coloured for a terminal.
async fn take(rt: &Runtime, chats: &[ChatId], colour: bool) -> Result<Vec<String>> {
    let mut c = rt.store.conn().await?;
    let mut out = vec![];
    for m in store::outbox::pending(&mut c, Channel::Terminal).await? {
        if chats.contains(&m.chat) {
            let mut text = super::numbered(&m.reply);
            if let Some(doc) = &m.reply.document {
                text.push_str(&format!("\n[{}]", save(doc, m.id)));
            }
            out.push(match (colour, m.reply.person) {
                (false, _) => text,
                // A person: green; the bot: cyan.
                (true, true) => format!("\x1b[32m{text}\x1b[0m"),
                (true, false) => format!("\x1b[36m{text}\x1b[0m"),
            });
            store::outbox::mark_sent(&mut c, &[m.id]).await?;
        }
    }
    Ok(out)
}

/// A document for the terminal: written as PDF to the temporary folder (this is the local trial
/// chat; the platforms send it as a file). Returns where it is, or why not.
fn save(doc: &crate::core::engine::Document, id: i64) -> String {
    let dir = std::env::temp_dir().join("wegwijzer");
    let path = dir.join(format!("{}-{id}.pdf", doc.name));
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, super::pdf::render(doc))) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("{}.pdf not saved: {e}", doc.name),
    }
}

async fn handle(rt: &Runtime, chat: &ChatId, line: &str) -> Result<()> {
    let inbound = Inbound {
        chat: chat.clone(),
        ..Inbound::text("", line)
    };
    service::handle(rt, inbound).await?;
    Ok(())
}

/// Runs one terminal chat from piped input until its end. `also` are extra chats shown here
/// (the advisers' notification feed in the adviser console).
pub async fn chat(rt: &Runtime, chat: &ChatId, also: &[ChatId], input: impl AsyncBufRead + Unpin, out: &mut impl Write) -> Result<()> {
    let mut chats = vec![chat.clone()];
    chats.extend_from_slice(also);
    let mut lines = input.lines();
    let print = |msgs: Vec<String>, out: &mut dyn Write| -> Result<()> {
        for m in msgs {
            writeln!(out, "{m}\n")?;
        }
        out.flush()?;
        Ok(())
    };
    print(take(rt, &chats, false).await?, out)?;
    while let Some(line) = lines.next_line().await? {
        handle(rt, chat, &line).await?;
        print(take(rt, &chats, false).await?, out)?;
    }
    Ok(())
}

/// Runs one terminal chat typed by a person until Ctrl-D or Ctrl-C: rustyline edits the line in
/// a thread of its own; replies and what arrives meanwhile go through its printer, above the
/// line being typed.
pub async fn interactive(rt: &Runtime, chat: &ChatId, also: &[ChatId]) -> Result<()> {
    use rustyline::ExternalPrinter as _;
    let mut chats = vec![chat.clone()];
    chats.extend_from_slice(also);
    let mut editor = rustyline::DefaultEditor::new()?;
    let mut printer = editor.create_external_printer()?;
    let (lines, mut typed) = tokio::sync::mpsc::unbounded_channel::<String>();
    std::thread::spawn(move || {
        // Ends with Ctrl-D, Ctrl-C or a terminal error; dropping the sender ends the chat.
        while let Ok(line) = editor.readline("> ") {
            let _ = editor.add_history_entry(line.as_str());
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        for m in take(rt, &chats, true).await? {
            printer.print(format!("{m}\n"))?;
        }
        tokio::select! {
            line = typed.recv() => match line {
                Some(l) => handle(rt, chat, &l).await?,
                None => break,
            },
            _ = tokio::time::sleep(POLL) => {}
        }
    }
    Ok(())
}
