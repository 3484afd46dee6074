//! wegwijzer.toml and the environment. Every field has a default, so no file is needed.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::core::ids::{Channel, ChatId};
use crate::core::office::{Hours, OfficeFile};
use crate::core::problem::{Problem, Problems};
use crate::core::queue::Rules;

/// The outcomes advisers choose from unless the office lists its own.
pub const DEFAULT_OUTCOMES: &[&str] = &[
    "advies gegeven",
    "doorverwezen naar onderwijsconsulenten",
    "doorverwezen naar leerplicht of samenwerkingsverband",
    "doorverwezen naar zorg of hulp",
    "ouder niet meer bereikbaar",
    "anders",
];

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
    /// When advisers answer: hours, closing days, the time zone.
    pub office: OfficeFile,
    /// The outcomes an adviser closes a ticket with (/done N or /done NAME); the report adds
    /// them up.
    pub outcomes: Vec<String>,
    /// The office hours, read from `office`.
    #[serde(skip)]
    pub hours: Hours,
    /// The web inbox's address as advisers' browsers reach it (e.g. https://inbox.example.org),
    /// for the one-time login links `/login` sends; WEGWIJZER_WEB_URL overrides it.
    pub web_url: Option<String>,
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
            office: OfficeFile::default(),
            outcomes: DEFAULT_OUTCOMES.iter().map(|o| o.to_string()).collect(),
            hours: Hours::default(),
            web_url: None,
        }
    }
}

impl Config {
    /// Reads `path` if it exists (a missing default file is fine) and checks every value;
    /// every problem names the file, the key and a fix.
    pub fn load(path: &Path, required: bool) -> Result<Self, Problems> {
        let file = path.display().to_string();
        let mut cfg = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str::<Self>(&text).map_err(|e| {
                Problems(vec![crate::core::problem::from_toml(
                    &file,
                    &text,
                    &e,
                    "see wegwijzer.example.toml for every setting and its default",
                )])
            })?,
            Err(_) if !required => Self::default(),
            Err(e) => {
                return Err(Problems(vec![Problem::new(
                    &file,
                    "",
                    format!("cannot read: {e}"),
                    "check the --config path",
                )]));
            }
        };
        let mut problems = cfg.validate(&file);
        match Hours::parse(&file, &cfg.office) {
            Ok(h) => cfg.hours = h,
            Err(p) => problems.extend(p),
        }
        if problems.is_empty() { Ok(cfg) } else { Err(Problems(problems)) }
    }

    /// Values that parse but make no sense.
    fn validate(&self, file: &str) -> Vec<Problem> {
        let mut p = vec![];
        let mut bad = |key: &str, msg: String, hint: &str| p.push(Problem::new(file, key, msg, hint));
        if self.retention_days < 1 {
            bad(
                "retention_days",
                format!("{} would erase every conversation at once", self.retention_days),
                "use 1 or more days (the default is 90)",
            );
        }
        for (key, minutes) in [
            ("queue.sla_minutes_urgent", self.queue.sla_minutes_urgent),
            ("queue.sla_minutes_high", self.queue.sla_minutes_high),
            ("queue.sla_minutes_normal", self.queue.sla_minutes_normal),
        ] {
            if minutes <= 0 {
                bad(key, format!("{minutes} minutes is no deadline"), "use a number of minutes above 0");
            }
        }
        if self.queue.sticky_days < 0 {
            bad(
                "queue.sticky_days",
                "a negative number of days".into(),
                "use 0 (never) or more days",
            );
        }
        let mut names = std::collections::BTreeSet::new();
        for (i, a) in self.advisers.iter().enumerate() {
            if !names.insert(a.name.as_str()) {
                bad(
                    &format!("adviser[{i}].name"),
                    format!("'{}' is listed twice", a.name),
                    "give every adviser one [[adviser]] entry with all her chats",
                );
            }
            if a.name.trim().is_empty() || a.name.contains(char::is_whitespace) {
                bad(
                    &format!("adviser[{i}].name"),
                    format!("'{}' is not a name", a.name),
                    "use one word, e.g. anna",
                );
            }
            for c in &a.chats {
                if c.is_telegram_group() || (c.channel == Channel::Matrix && !c.id.starts_with('@')) {
                    bad(
                        &format!("adviser[{i}].chats"),
                        format!("{c} is a group or room: every member would act as {}", a.name),
                        "list the adviser's own account: telegram:<her user id> or matrix:@her:server",
                    );
                }
                if c.channel == Channel::Terminal && *c != console_of(&a.name) {
                    bad(
                        &format!("adviser[{i}].chats"),
                        format!(
                            "{c} is no console: `wegwijzer adviser --name {}` reads {}, so messages sent to {c} would never be read",
                            a.name,
                            console_of(&a.name)
                        ),
                        "leave terminal chats out: every adviser has her console without listing it",
                    );
                }
            }
        }
        if self.outcomes.is_empty() {
            bad(
                "outcomes",
                "no outcomes: advisers could not close a ticket".into(),
                "list the outcomes, e.g. outcomes = [\"advies gegeven\", \"doorverwezen\"]",
            );
        }
        p
    }

    /// When the first adviser response to a ticket of `priority` opened at `at` is due: the
    /// SLA minutes counted in office hours only.
    pub fn due_at(&self, priority: crate::core::queue::Priority, at: i64) -> i64 {
        self.hours.add_open_minutes(at, self.queue.sla_minutes(priority))
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
