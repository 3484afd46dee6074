//! What the channels hand to the service: one message from a platform, already read. Plain data,
//! so the service and the desk both use it without depending on each other.

use crate::core::engine::Input;
use crate::core::ids::{ChatId, TicketId};

/// One message from a platform.
#[derive(Debug, Clone)]
pub struct Inbound {
    /// The chat it came from, and where the answer goes.
    pub chat: ChatId,
    /// Who wrote it, when the platform says (a Telegram user, a Matrix account). Advisers are
    /// recognised by this, never by the chat: in a group every member writes in the same chat.
    pub sender: Option<ChatId>,
    /// A one-to-one chat with the bot. Only these are parents' conversations.
    pub private: bool,
    /// The platform's update id, so a redelivered update is handled once.
    pub update: Option<String>,
    /// The platform's idea of the user's language (Telegram's language_code).
    pub lang_hint: Option<String>,
    /// What was sent.
    pub message: Message,
    /// The ticket the message belongs to, when the platform says so (written in a ticket's
    /// thread or forum topic, or as a reply to a message about it).
    pub ticket: Option<TicketId>,
}

/// What was sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Typed text, commands included.
    Text(String),
    /// A pressed button: its index and the session step it was shown at, if the platform keeps it.
    Button {
        /// The choice, from 0.
        index: usize,
        /// The session step the buttons were shown at.
        step: Option<u64>,
    },
    /// A photo or document, fetched from the platform (kept only while a ticket is open).
    File(Attachment),
    /// A voice note, sticker, or a file that could not be fetched.
    Unsupported,
}

/// A photo or document a parent sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// Its file name ("foto.jpg" for a photo).
    pub name: String,
    /// Its media type ("image/jpeg", "application/pdf").
    pub mime: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// The largest file fetched from a platform (a school letter's photo or PDF fits easily).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

impl Inbound {
    /// Typed text in a private chat ("channel:id"; anything else is taken as a terminal chat name).
    pub fn text(chat: &str, text: &str) -> Self {
        Self {
            chat: chat.parse().unwrap_or_else(|_| ChatId::terminal(chat)),
            sender: None,
            private: true,
            update: None,
            lang_hint: None,
            message: Message::Text(text.into()),
            ticket: None,
        }
    }

    /// Who wrote it: the sender when known, else the chat (a private chat is its person).
    pub fn author(&self) -> &ChatId {
        self.sender.as_ref().unwrap_or(&self.chat)
    }

    /// The engine's reading of the message.
    pub fn input(&self) -> Input {
        match &self.message {
            Message::Text(t) => Input::from_text(t),
            Message::Button { index, step } => Input::Choice {
                index: *index,
                step: *step,
            },
            Message::File(_) => Input::File,
            Message::Unsupported => Input::Unsupported,
        }
    }
}

/// A chat's stand-in for logs: a salted hash, so logs never hold a chat id in clear.
pub fn pseudonym(chat: &impl std::fmt::Display) -> String {
    use std::hash::{BuildHasher, Hasher};
    static SALT: std::sync::LazyLock<std::collections::hash_map::RandomState> = std::sync::LazyLock::new(Default::default);
    let mut h = SALT.build_hasher();
    h.write(chat.to_string().as_bytes());
    format!("{:08x}", h.finish() as u32)
}
