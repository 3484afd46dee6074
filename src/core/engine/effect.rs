//! What a turn produces: replies to the parent, and effects for the service to carry out.

use serde::{Deserialize, Serialize};

use super::session::{Answer, Session};
use crate::core::ids::{SupportNeed, TicketId};
use crate::core::queue::Priority;
use crate::core::triage::CrisisKind;

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The text, already in the reader's language.
    pub text: String,
    /// Labels of the choices, shown as buttons or numbered lines.
    pub choices: Vec<String>,
    /// The session step these choices belong to; a pressed button carries it back.
    #[serde(default)]
    pub step: u64,
    /// For advisers: the ticket the message is about (Matrix keeps each ticket in a thread).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<TicketId>,
    /// For advisers' rooms: an announcement (a new, urgent, overdue or returned ticket) shown in
    /// the main timeline, not hidden in the ticket's thread.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// A crisis answer or alert: sent before anything else that waits.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub urgent: bool,
    /// Written by a person (an adviser), not by the bot: channels that can show the difference
    /// do (the terminal colours it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub person: bool,
    /// A document sent with the text (a letter to print or e-mail); channels without files
    /// show where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Document>,
}

/// A text document, rendered as PDF by the channel that sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Its file name without extension ("bezwaar-tegen-schorsing").
    pub name: String,
    /// Its heading.
    pub title: String,
    /// Its text, paragraphs separated by blank lines.
    pub body: String,
}

impl Reply {
    /// A message to advisers about one ticket, in its thread.
    pub fn about(ticket: TicketId, text: impl Into<String>) -> Self {
        Self {
            ticket: Some(ticket),
            ..Self::text(text)
        }
    }

    /// An announcement about a ticket, in the main timeline of the advisers' rooms.
    pub fn headline(ticket: TicketId, text: impl Into<String>) -> Self {
        Self {
            headline: true,
            ..Self::about(ticket, text)
        }
    }

    /// A plain message without choices.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            choices: vec![],
            step: 0,
            ticket: None,
            headline: false,
            urgent: false,
            person: false,
            document: None,
        }
    }
}

/// Something a turn asks the service to do beyond replying.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Hand the conversation to the advisers (or add to the ticket already open).
    OpenTicket {
        /// The topic (flow id) it is about.
        topic: String,
        /// The parent's language.
        lang: String,
        /// How pressing it is, after the queue rules.
        priority: Priority,
        /// What the parent chose and answered.
        summary: Vec<Answer>,
        /// The parent's own words that led here (an urgent message), if any.
        message: Option<String>,
        /// What kind of crisis, when urgent.
        crisis: Option<CrisisKind>,
        /// The support need the parent named, if any.
        need: Option<SupportNeed>,
    },
    /// A parent's message while a ticket is open.
    ToAdviser {
        /// What the parent wrote (personal data already removed).
        text: String,
        /// Whether it is urgent.
        urgent: bool,
        /// What kind of crisis, when urgent.
        crisis: Option<CrisisKind>,
    },
    /// The parent stopped while a ticket was open.
    ParentLeft,
    /// Erase everything about this parent; the service does this last.
    Forget,
    /// Send the parent what is kept about them.
    MyData,
    /// Keep the photo or document the parent just sent with their open ticket.
    KeepFile,
    /// Remind the parent on `due` that a deadline of `kind` runs out a week later (with consent).
    Remind {
        /// What runs out ("objection", ...).
        kind: String,
        /// The day to remind.
        due: time::Date,
    },
    /// Ask the parent on `due` whether their child is back at school (with consent).
    FollowUp {
        /// The topic it is about.
        topic: String,
        /// The day to ask.
        due: time::Date,
    },
    /// The parent answered the follow-up: counted only.
    FollowUpAnswered {
        /// The topic it was about.
        topic: String,
        /// The answer.
        answer: crate::core::ids::BackAtSchool,
    },
}

impl Effect {
    /// For logs: the kind of effect, without its content.
    pub fn name(&self) -> &'static str {
        match self {
            Self::OpenTicket { .. } => "open_ticket",
            Self::ToAdviser { .. } => "to_adviser",
            Self::ParentLeft => "parent_left",
            Self::Forget => "forget",
            Self::MyData => "mydata",
            Self::KeepFile => "keep_file",
            Self::Remind { .. } => "remind",
            Self::FollowUp { .. } => "followup",
            Self::FollowUpAnswered { .. } => "followup_answered",
        }
    }
}

/// The result of one turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The session after the turn.
    pub session: Session,
    /// What to send to the parent, in order.
    pub replies: Vec<Reply>,
    /// What the service must do.
    pub effects: Vec<Effect>,
}
