//! The conversation engine: session + input -> new session + replies + effects. Pure: no I/O,
//! no clock, no database. The service around it stores the session and carries out the effects.
//!
//! ```
//! # use wegwijzer::core::engine::{step, Ctx, Input, Session};
//! # fn demo(catalog: &wegwijzer::core::catalog::Catalog) {
//! let rules = wegwijzer::core::queue::Rules::default();
//! let ctx = Ctx { catalog, rules: &rules, default_lang: "nl", default_region: None, desk: Default::default(), buttons: true, today: time::Date::from_calendar_date(2026, time::Month::December, 1).unwrap() };
//! let out = step(&ctx, &Session::default(), &Input::from_text("mijn kind is geschorst"), None);
//! assert!(!out.replies.is_empty());
//! # }
//! ```

mod action;
pub mod choice;
mod effect;
mod input;
mod prompt;
mod session;
mod turn;

pub use action::{FOLLOWUP_DAYS, REMIND_DAYS_BEFORE, Wake};
pub use effect::{Document, Effect, Outcome, Reply};
pub use input::{Command, Input};
pub use session::{Answer, BACK_STEPS, Back, LangSource, Pending, Session, State, Tally};

use crate::core::catalog::Catalog;
use crate::core::queue::Rules;

/// Longer messages are refused (and not stored): Telegram's own limit for one message.
pub const MAX_CHARS: usize = 4096;

/// What the engine reads besides the session: the content and the office's rules.
pub struct Ctx<'a> {
    /// Flows, messages and triage.
    pub catalog: &'a Catalog,
    /// The queue rules (priority tags).
    pub rules: &'a Rules,
    /// The language used before the parent's is known.
    pub default_lang: &'a str,
    /// The office's region, for parents who did not choose one.
    pub default_region: Option<&'a str>,
    /// Whether and when advisers answer, so the bot promises only what is true.
    pub desk: Availability,
    /// The platform shows choices as buttons (Telegram); elsewhere they are numbered lines and
    /// the texts never mention buttons.
    pub buttons: bool,
    /// Today in the office's time zone, for dates the parent types and the deadlines they start.
    pub today: time::Date,
}

/// Whether and when advisers answer, as the service sees it at the time of the turn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Availability {
    /// Any adviser is configured.
    pub advisers: bool,
    /// The office is open now.
    pub open: bool,
    /// When closed: when it opens, as a day (the message id `day-today`, `day-tomorrow` or
    /// `day-1` … `day-7`) and a local time ("09:00").
    pub opens: Option<(String, String)>,
}

/// Runs one turn: what the parent sent (`input`, with the platform's idea of their language
/// `lang_hint`) against their `session`.
pub fn step(ctx: &Ctx, session: &Session, input: &Input, lang_hint: Option<&str>) -> Outcome {
    turn::Turn::run(ctx, session, input, lang_hint)
}

/// What the bot says when it speaks first (a reminder, a follow-up, a closed ticket), against
/// the parent's `session` (a default one when it was erased meanwhile).
pub fn wake(ctx: &Ctx, session: &Session, wake: &Wake) -> Outcome {
    turn::Turn::run_with(ctx, session, |t| t.wake(wake))
}
