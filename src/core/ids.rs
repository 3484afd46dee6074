//! Identities and closed vocabularies shared by the core, the store and the channels: which
//! platform and chat a message belongs to, and the states, authors and events the store keeps.
//! Parsed once at the edge, so no other module splits "channel:id" strings.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::queue::Priority;
use crate::core::triage::CrisisKind;

/// A ticket's number, as advisers see it ("#12").
pub type TicketId = i64;

/// The platform a chat lives on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    /// This terminal: the parent chat and the adviser console.
    Terminal,
    /// Telegram, by the Bot API.
    Telegram,
    /// Matrix, as a bot account.
    Matrix,
    /// The advisers' web inbox: "web:<adviser>" is an adviser at her browser.
    Web,
}

impl Channel {
    /// Every channel, in a fixed order.
    pub const ALL: [Channel; 4] = [Channel::Terminal, Channel::Telegram, Channel::Matrix, Channel::Web];

    /// The name used in chat ids and metrics labels.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Terminal => "terminal",
            Self::Telegram => "telegram",
            Self::Matrix => "matrix",
            Self::Web => "web",
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One chat on one platform, written "telegram:12345", "matrix:!room:server",
/// "matrix:@anna:server" (a person, for advisers) or "terminal:mum".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChatId {
    /// The platform.
    pub channel: Channel,
    /// The platform's own id of the chat (or person), as text.
    pub id: String,
}

impl ChatId {
    /// A chat id without checking its form (the channels build them from platform data).
    pub fn new(channel: Channel, id: impl Into<String>) -> Self {
        Self { channel, id: id.into() }
    }

    /// A Telegram chat (or, for a private chat, the user: Telegram gives both the same id).
    pub fn telegram(id: i64) -> Self {
        Self::new(Channel::Telegram, id.to_string())
    }

    /// A terminal chat by name.
    pub fn terminal(name: &str) -> Self {
        Self::new(Channel::Terminal, name)
    }

    /// The Telegram chat number, if this is a Telegram chat.
    pub fn telegram_id(&self) -> Option<i64> {
        (self.channel == Channel::Telegram).then(|| self.id.parse().ok()).flatten()
    }

    /// A Telegram group or supergroup (their ids are negative), as opposed to a private chat.
    pub fn is_telegram_group(&self) -> bool {
        self.telegram_id().is_some_and(|id| id < 0)
    }
}

impl fmt::Display for ChatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.channel, self.id)
    }
}

impl FromStr for ChatId {
    type Err = String;

    /// Parses and checks the form of each platform's ids; the error says what was expected.
    fn from_str(s: &str) -> Result<Self, String> {
        let (channel, id) = s.split_once(':').ok_or_else(|| {
            format!("'{s}' is not a chat id: write telegram:<number>, matrix:@user:server, matrix:!room:server or terminal:<name>")
        })?;
        let channel = match channel {
            "telegram" => Channel::Telegram,
            "matrix" => Channel::Matrix,
            "terminal" => Channel::Terminal,
            "web" => Channel::Web,
            other => return Err(format!("'{other}' is not a channel: use telegram, matrix, terminal or web")),
        };
        let ok = match channel {
            Channel::Telegram => id.parse::<i64>().is_ok_and(|n| n != 0),
            // Room ids of newer room versions have no server part ("!abc").
            Channel::Matrix => match id.chars().next() {
                Some('!') => id.len() > 1,
                Some('@' | '#') => id[1..]
                    .split_once(':')
                    .is_some_and(|(l, server)| !l.is_empty() && !server.is_empty()),
                _ => false,
            },
            Channel::Terminal | Channel::Web => !id.trim().is_empty(),
        };
        if !ok {
            return Err(match channel {
                Channel::Telegram => {
                    format!("'{s}': a Telegram id is a number, e.g. telegram:12345 (a user) or telegram:-1001234567890 (a group)")
                }
                Channel::Matrix => format!("'{s}': a Matrix id looks like matrix:@anna:example.org or matrix:!roomid:example.org"),
                Channel::Terminal => format!("'{s}': a terminal chat needs a name, e.g. terminal:advisers"),
                Channel::Web => format!("'{s}': a web inbox chat is web:<adviser>"),
            });
        }
        Ok(Self::new(channel, id))
    }
}

impl Serialize for ChatId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ChatId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Declares a closed set of names stored as text, with `as_str`, `parse` and `ALL`.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text stored in the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value of a stored text, if it is one.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown {}: {s}", stringify!($name))))
            }
        }
    };
}

text_enum! {
    /// Where a ticket is in its life.
    TicketStatus {
        /// Waiting for an adviser.
        Open = "open",
        /// An adviser holds it.
        Claimed = "claimed",
        /// Finished, with an outcome.
        Closed = "closed",
    }
}

text_enum! {
    /// Who wrote a line of a ticket's record.
    Author {
        /// The parent (relayed to the adviser).
        Parent = "parent",
        /// The adviser (relayed to the parent).
        Adviser = "adviser",
        /// An adviser's internal note, never sent to the parent.
        Note = "note",
        /// The summary of the parent's answers, added when the parent escalated again.
        Summary = "summary",
        /// Something that happened (the parent left).
        Event = "event",
    }
}

text_enum! {
    /// The support need behind a child's absence, in the categories the Amsterdam advice office
    /// reports (asked once, optionally; kept as counts only).
    SupportNeed {
        /// Physical illness.
        Physical = "fysiek_ziekte",
        /// Behaviour, ADHD.
        Behaviour = "gedrag_adhd",
        /// Autism.
        Autism = "autisme_ass",
        /// A learning difficulty.
        Learning = "leerprobleem",
        /// Mental health, anxiety.
        Anxiety = "psychisch_angst",
        /// Gifted.
        Gifted = "hoogbegaafd",
        /// Something else, or not known.
        Other = "anders_onbekend",
        /// The parent would rather not say.
        Skipped = "geen_antwoord",
    }
}

/// A parent's answer to the 4-week follow-up: is the child back at school?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackAtSchool {
    /// Yes.
    Yes,
    /// Partly (some hours or days).
    Partly,
    /// No.
    No,
    /// The parent would rather not say.
    Unsaid,
}

impl BackAtSchool {
    /// In the order the choices are shown.
    pub const ALL: &[Self] = &[Self::Yes, Self::Partly, Self::No, Self::Unsaid];

    /// The name stored in the counts table.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::Partly => "partly",
            Self::No => "no",
            Self::Unsaid => "unsaid",
        }
    }
}

/// A statistics event, counted per day, topic and language (never per person).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountEvent {
    /// A flow was started.
    Started,
    /// An answer was reached.
    Answered,
    /// A question went to the advisers at this priority.
    Escalated(Priority),
    /// The parent named the support need behind the absence.
    Need(SupportNeed),
    /// A conversation, counted once under its final language (a language that changes later
    /// moves the count: -1 under the old, +1 under the new).
    Conversation,
    /// A conversation about a child at home without school (the home-without-school topic, or
    /// more than 4 weeks at home in any flow), counted once.
    AtHome,
    /// Such a conversation went to the advisers.
    AtHomeTicket,
    /// A conversation got the crisis answer (112, 113, Veilig Thuis), counted once, by kind
    /// (None: the parent asked for urgent help without a recognised kind).
    Crisis(Option<CrisisKind>),
    /// The answer to the 4-week follow-up.
    BackAtSchool(BackAtSchool),
}

impl CountEvent {
    /// The text stored in the counts table.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Started => "started",
            Self::Answered => "answered",
            Self::Escalated(Priority::Urgent) => "escalated_urgent",
            Self::Escalated(Priority::High) => "escalated_high",
            Self::Escalated(Priority::Normal) => "escalated_normal",
            Self::Need(n) => match n {
                SupportNeed::Physical => "need_fysiek_ziekte",
                SupportNeed::Behaviour => "need_gedrag_adhd",
                SupportNeed::Autism => "need_autisme_ass",
                SupportNeed::Learning => "need_leerprobleem",
                SupportNeed::Anxiety => "need_psychisch_angst",
                SupportNeed::Gifted => "need_hoogbegaafd",
                SupportNeed::Other => "need_anders_onbekend",
                SupportNeed::Skipped => "need_geen_antwoord",
            },
            Self::Conversation => "conversation",
            Self::AtHome => "at_home",
            Self::AtHomeTicket => "at_home_ticket",
            Self::Crisis(None) => "crisis",
            Self::Crisis(Some(CrisisKind::SelfHarm)) => "crisis_self_harm",
            Self::Crisis(Some(CrisisKind::Violence)) => "crisis_violence",
            Self::Crisis(Some(CrisisKind::Abuse)) => "crisis_abuse",
            Self::BackAtSchool(BackAtSchool::Yes) => "back_yes",
            Self::BackAtSchool(BackAtSchool::Partly) => "back_partly",
            Self::BackAtSchool(BackAtSchool::No) => "back_no",
            Self::BackAtSchool(BackAtSchool::Unsaid) => "back_unsaid",
        }
    }

    /// The event of a stored text, if it is one.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "started" => Self::Started,
            "answered" => Self::Answered,
            "conversation" => Self::Conversation,
            "at_home" => Self::AtHome,
            "at_home_ticket" => Self::AtHomeTicket,
            "crisis" => Self::Crisis(None),
            _ if s.starts_with("crisis_") => Self::Crisis(Some(CrisisKind::parse(&s[7..])?)),
            _ if s.starts_with("need_") => Self::Need(SupportNeed::parse(&s[5..])?),
            _ if s.starts_with("back_") => Self::BackAtSchool(*BackAtSchool::ALL.iter().find(|b| b.as_str() == &s[5..])?),
            _ => Self::Escalated(
                Priority::ALL
                    .iter()
                    .copied()
                    .find(|p| s.strip_prefix("escalated_") == Some(p.as_str()))?,
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_ids_round_trip_and_are_checked() {
        for s in [
            "telegram:12345",
            "telegram:-1001234567890",
            "matrix:@anna:example.org",
            "matrix:!abc:example.org",
            "matrix:!5rWbuZop5vnfSuh2gz0W",
            "terminal:mum",
        ] {
            assert_eq!(s.parse::<ChatId>().unwrap().to_string(), s);
        }
        for bad in ["telegram:abc", "12345", "telegarm:5", "matrix:anna", "terminal:", "telegram:0"] {
            assert!(bad.parse::<ChatId>().is_err(), "{bad}");
        }
        assert!("telegram:-100123".parse::<ChatId>().unwrap().is_telegram_group());
        assert!(!ChatId::telegram(42).is_telegram_group());
    }

    #[test]
    fn stored_names_round_trip() {
        for s in TicketStatus::ALL {
            assert_eq!(TicketStatus::parse(s.as_str()), Some(*s));
        }
        for a in Author::ALL {
            assert_eq!(Author::parse(a.as_str()), Some(*a));
        }
        for e in [
            CountEvent::Started,
            CountEvent::Answered,
            CountEvent::Escalated(Priority::High),
            CountEvent::Need(SupportNeed::Autism),
            CountEvent::Conversation,
            CountEvent::AtHome,
            CountEvent::AtHomeTicket,
            CountEvent::Crisis(None),
            CountEvent::Crisis(Some(CrisisKind::SelfHarm)),
            CountEvent::Crisis(Some(CrisisKind::Violence)),
            CountEvent::Crisis(Some(CrisisKind::Abuse)),
            CountEvent::BackAtSchool(BackAtSchool::Yes),
            CountEvent::BackAtSchool(BackAtSchool::Partly),
            CountEvent::BackAtSchool(BackAtSchool::No),
            CountEvent::BackAtSchool(BackAtSchool::Unsaid),
        ] {
            assert_eq!(CountEvent::parse(e.as_str()), Some(e));
        }
        assert_eq!(CountEvent::parse("escalated_x"), None);
    }
}
