//! What the bot remembers of one parent's conversation between messages.

use serde::{Deserialize, Serialize};

/// One parent's conversation: language, where they are, and what they chose. Stored as JSON.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Session {
    /// The parent's language, once known.
    pub lang: Option<String>,
    /// How the language was settled: a guess can still change, a choice never does.
    #[serde(default)]
    pub lang_source: LangSource,
    /// Text messages in a row whose language was not clear (the picker is offered at 2).
    #[serde(default)]
    pub unclear_lang: u8,
    /// Where the conversation is.
    pub state: State,
    /// Bumped whenever new choices are shown, so an old button is recognised as old.
    pub step: u64,
    /// What the parent chose and answered, for the adviser's summary.
    pub answers: Vec<Answer>,
    /// Flow tags collected on the way (they raise a ticket's priority).
    pub tags: Vec<String>,
    /// Whether the welcome and the privacy notice were shown.
    pub greeted: bool,
    /// The region the parent chose (flows/regions), for local contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// An adviser has taken the parent's ticket (until then, messages get a short receipt).
    #[serde(default)]
    pub adviser_joined: bool,
    /// The parent was told, while waiting, that their words were added (said once per ticket,
    /// so every further message does not bring the same line).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub receipted: bool,
    /// The support need the parent named, so the question is asked once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<crate::core::ids::SupportNeed>,
    /// The questions before this one, latest last, for "back" (at most [`BACK_STEPS`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub back: Vec<Back>,
    /// What the statistics have counted of this conversation, so each is counted once.
    #[serde(default, skip_serializing_if = "Tally::is_empty")]
    pub tally: Tally,
    /// Facts for a letter: dates the parent typed (YYYY-MM-DD) and choices such as the kind of
    /// school. Never names or numbers.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub facts: std::collections::BTreeMap<String, String>,
    /// The deadline the last answer stated, while a reminder for it can still be asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Pending>,
    /// The 4-week follow-up was offered in this conversation (it is offered once).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub followup_offered: bool,
}

/// A deadline that was stated, with the kind of reminder it would get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// What runs out ("objection", "enrolment", "exemption").
    pub kind: String,
    /// The last day, YYYY-MM-DD.
    pub date: String,
}

/// How many questions "back" can go.
pub const BACK_STEPS: usize = 20;

/// A question the parent was at, and what was known then, so "back" can return to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Back {
    /// Where the conversation was.
    pub state: State,
    /// How many answers had been given.
    pub answers: usize,
    /// How many tags had been collected.
    pub tags: usize,
    /// The region known then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The support need known then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<crate::core::ids::SupportNeed>,
}

/// What the statistics counted of one conversation (see `service::stats`): where its one
/// conversation count sits, so it can follow a change of language, and which once-only
/// counts were made. Not read by the engine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// Day, topic and language the conversation was counted under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<(String, String, String)>,
    /// Counted as a child at home without school.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub home: bool,
    /// Its ticket was counted as one about a child at home.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub home_ticket: bool,
    /// Counted as a crisis.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub crisis: bool,
}

impl Tally {
    /// Nothing counted yet.
    pub fn is_empty(&self) -> bool {
        *self == Tally::default()
    }
}

impl Session {
    /// The parent's language, or `default` while it is not known.
    pub fn lang_or<'a>(&'a self, default: &'a str) -> &'a str {
        self.lang.as_deref().unwrap_or(default)
    }
}

/// How a conversation's language was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LangSource {
    /// From the platform's hint or the office's default: the next clear message decides.
    #[default]
    Assumed,
    /// Recognised in the parent's own words: a clear later message in another language switches.
    Detected,
    /// Chosen by the parent (/language, the picker, a deep link): never changed by guessing.
    Chosen,
}

/// Where a conversation is.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum State {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// The topic menu is shown.
    Menu,
    /// A short question between the few topics triage found close.
    Ask {
        /// The topics offered, best first ("something else" follows them).
        topics: Vec<String>,
    },
    /// The language picker is shown; `back` is where to return.
    Language {
        /// The state to return to after picking.
        back: Box<State>,
    },
    /// Inside a flow, at a node.
    Flow {
        /// The flow (topic) id.
        flow: String,
        /// The node id.
        node: String,
    },
    /// An answer was given; "adviser" or "menu" is offered.
    AfterAnswer {
        /// The flow whose answer it was.
        flow: String,
        /// The answer's node, when it offers a next step (a letter).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        node: Option<String>,
    },
    /// A ticket is open: what the parent writes goes to the advisers.
    WithAdviser,
    /// An adviser closed the ticket: may the bot ask in 4 weeks how it went?
    FollowUpConsent {
        /// The ticket's topic.
        topic: String,
    },
    /// Four weeks later: is the child back at school?
    FollowUp {
        /// The topic asked about 4 weeks before.
        topic: String,
    },
    /// The child is not (fully) back: an adviser is offered again.
    FollowUpOffer {
        /// The topic asked about.
        topic: String,
    },
}

impl State {
    /// For logs and metrics: where the conversation is, without anything the parent said.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Menu => "menu",
            Self::Ask { .. } => "ask",
            Self::Language { .. } => "language",
            Self::Flow { .. } => "flow",
            Self::AfterAnswer { .. } => "after_answer",
            Self::WithAdviser => "with_adviser",
            Self::FollowUpConsent { .. } => "followup_consent",
            Self::FollowUp { .. } => "followup",
            Self::FollowUpOffer { .. } => "followup_offer",
        }
    }

    /// The flow the parent is in or just finished, if any.
    pub fn flow(&self) -> Option<&str> {
        match self {
            Self::Flow { flow, .. } | Self::AfterAnswer { flow, .. } => Some(flow),
            _ => None,
        }
    }
}

/// One choice or typed answer of the parent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The flow it was given in.
    pub flow: String,
    /// Message id of the question.
    pub question: String,
    /// Message id of the chosen label, or the typed answer.
    pub answer: String,
    /// True when `answer` is the parent's own text, not a message id.
    pub typed: bool,
}
