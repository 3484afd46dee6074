//! wegwijzer.toml and the environment. Every field has a default, so no file is needed.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::problem::Problem;
use crate::queue::Rules;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where flows/ and locales/ live.
    pub root: PathBuf,
    pub database_url: String,
    /// The language used before we know the parent's.
    pub default_lang: String,
    pub queue: Rules,
    /// Chats that hear about new and overdue tickets (an advisers' group or room).
    pub notify: Vec<String>,
    #[serde(rename = "adviser")]
    pub advisers: Vec<Adviser>,
    /// Days after closing that a ticket's transcript and the parent's chat id are erased.
    pub retention_days: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adviser {
    pub name: String,
    /// Private chats of this adviser with the bot, e.g. "telegram:12345".
    #[serde(default)]
    pub chats: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
            database_url: "sqlite://wegwijzer.db".into(),
            default_lang: "nl".into(),
            queue: Rules::default(),
            notify: vec!["terminal:advisers".into()],
            advisers: vec![],
            retention_days: 90,
        }
    }
}

impl Config {
    /// Reads `path` if it exists (a missing default file is fine), then DATABASE_URL.
    pub fn load(path: &Path, required: bool) -> Result<Config, Problem> {
        let mut cfg = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str::<Config>(&text).map_err(|e| {
                crate::problem::from_toml(
                    &path.display().to_string(),
                    &text,
                    &e,
                    "see wegwijzer.example.toml for every setting and its default",
                )
            })?,
            Err(_) if !required => Config::default(),
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

    /// The adviser who owns this chat, if any.
    pub fn adviser_of(&self, chat: &str) -> Option<&str> {
        self.advisers
            .iter()
            .find(|a| a.chats.iter().any(|c| c == chat) || chat == format!("terminal:adviser:{}", a.name))
            .map(|a| a.name.as_str())
    }

    pub fn adviser(&self, name: &str) -> Option<&Adviser> {
        self.advisers.iter().find(|a| a.name == name)
    }

    /// Where messages for an adviser go: their first configured chat, else their terminal.
    pub fn adviser_chat(&self, name: &str) -> String {
        self.adviser(name)
            .and_then(|a| a.chats.first().cloned())
            .unwrap_or_else(|| format!("terminal:adviser:{name}"))
    }
}
