//! What a parent sent, read into the engine's terms.

/// One input of a parent.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Typed text that is not a command.
    Text(String),
    /// A pressed button or picked option; `step` is the session step it was shown at, if known.
    Choice {
        /// The choice, from 0.
        index: usize,
        /// The session step the choices were shown at.
        step: Option<u64>,
    },
    /// A slash command.
    Command {
        /// Which command.
        cmd: Command,
        /// The text after the command name, if any.
        arg: Option<String>,
    },
    /// A photo or document (a school letter): kept for the adviser while a ticket is open.
    File,
    /// A voice note, sticker, or anything else that is not text.
    Unsupported,
}

/// The parents' commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `/start [lang_topic]`: begin, optionally from a deep link.
    Start,
    /// `/menu`: the topic menu.
    Menu,
    /// `/back`: one question back.
    Back,
    /// `/language [code]`: pick a language.
    Language,
    /// `/stop`: end the conversation (and leave the adviser).
    Stop,
    /// `/help`.
    Help,
    /// `/adviser`: ask for a person.
    Adviser,
    /// `/forget`: erase everything.
    Forget,
    /// `/mydata`: show what is kept.
    MyData,
    /// Any other slash command.
    Unknown,
}

impl Input {
    /// Reads typed text: `/name arg` is a command (English or Dutch names), anything else text.
    pub fn from_text(text: &str) -> Self {
        let t = text.trim();
        let Some(rest) = t.strip_prefix('/') else {
            return Self::Text(text.to_string());
        };
        let (name, arg) = match rest.split_once(char::is_whitespace) {
            Some((n, a)) => (n, Some(a.trim().to_string()).filter(|a| !a.is_empty())),
            None => (rest, None),
        };
        // Telegram appends the bot name in groups: /menu@wegwijzer_bot
        let name = name.split('@').next().unwrap_or_default().to_lowercase();
        let cmd = match name.as_str() {
            "start" => Command::Start,
            "menu" => Command::Menu,
            "back" | "terug" | "vorige" => Command::Back,
            "language" | "lang" | "taal" => Command::Language,
            "stop" => Command::Stop,
            "help" | "hulp" => Command::Help,
            "adviser" | "adviseur" | "human" | "mens" => Command::Adviser,
            "forget" | "vergeet" => Command::Forget,
            "mydata" | "mijngegevens" => Command::MyData,
            _ => Command::Unknown,
        };
        Self::Command { cmd, arg }
    }
}
