//! wegwijzer.toml and the environment. Every field has a default, so no file is needed.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::core::ids::ChatId;
use crate::core::problem::Problem;
use crate::core::queue::Rules;

/// The office's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where flows/ and locales/ live.
    pub root: PathBuf,
    /// sqlite://file.db or postgres://user@host/db.
    pub database_url: String,
    /// The language used before we know the parent's.
    pub default_lang: String,
    /// Priorities, deadlines and the sticky adviser.
    pub queue: Rules,
    /// Chats that hear about new and overdue tickets (an advisers' group or room).
    pub notify: Vec<ChatId>,
    /// The advisers who may use adviser commands.
    #[serde(rename = "adviser")]
    pub advisers: Vec<Adviser>,
    /// Days after closing that a ticket's transcript and the parent's chat id are erased.
    pub retention_days: i64,
    /// The office's region (flows/regions/<region>.toml), for parents who did not choose one.
    pub region: Option<String>,
}

/// One adviser.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adviser {
    /// Her name: the login on the console and what colleagues see.
    pub name: String,
    /// Her accounts with the bot, e.g. "telegram:12345" (her Telegram user id) or
    /// "matrix:@anna:example.org".
    #[serde(default)]
    pub chats: Vec<ChatId>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
            database_url: "sqlite://wegwijzer.db".into(),
            default_lang: "nl".into(),
            queue: Rules::default(),
            notify: vec![ChatId::terminal("advisers")],
            advisers: vec![],
            retention_days: 90,
            region: None,
        }
    }
}

impl Config {
    /// Reads `path` if it exists (a missing default file is fine), then DATABASE_URL.
    pub fn load(path: &Path, required: bool) -> Result<Self, Problem> {
        let mut cfg = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str::<Self>(&text).map_err(|e| {
                crate::core::problem::from_toml(
                    &path.display().to_string(),
                    &text,
                    &e,
                    "see wegwijzer.example.toml for every setting and its default",
                )
            })?,
            Err(_) if !required => Self::default(),
            Err(e) => {
                return Err(Problem::new(
                    path.display().to_string(),
                    "",
                    format!("cannot read: {e}"),
                    "check the --config path",
                ));
            }
        };
        if let Ok(url) = std::env::var("DATABASE_URL")
            && !url.is_empty()
        {
            cfg.database_url = url;
        }
        Ok(cfg)
    }

    /// The adviser who owns this chat, if any. Every adviser also has a terminal console,
    /// "terminal:adviser:<name>".
    pub fn adviser_of(&self, chat: &ChatId) -> Option<&str> {
        self.advisers
            .iter()
            .find(|a| a.chats.contains(chat) || *chat == console_of(&a.name))
            .map(|a| a.name.as_str())
    }

    /// The adviser of this name, if configured.
    pub fn adviser(&self, name: &str) -> Option<&Adviser> {
        self.advisers.iter().find(|a| a.name == name)
    }

    /// Where messages for an adviser go: her first configured chat, else her console.
    pub fn adviser_chat(&self, name: &str) -> ChatId {
        self.adviser(name)
            .and_then(|a| a.chats.first().cloned())
            .unwrap_or_else(|| console_of(name))
    }
}

/// An adviser's terminal console.
pub fn console_of(name: &str) -> ChatId {
    ChatId::terminal(&format!("adviser:{name}"))
}
