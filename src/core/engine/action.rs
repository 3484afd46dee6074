//! From answer to action: dates the parent types, the deadline an answer states, the Dutch
//! letter it writes, and what the bot may do later with the parent's consent (a reminder a week
//! before a deadline, a follow-up after 4 weeks). The later messages start from [`Wake`].

use time::Date;

use super::turn::Turn;
use super::{Effect, Pending, Reply, State};
use crate::core::calendar::{iso, parse_day};
use crate::core::dates;
use crate::core::engine::effect::Document;
use crate::core::flow::{DateRule, Deadline, DeadlineRule, Kind};
use crate::core::ids::BackAtSchool;

/// How long after an answer the follow-up asks whether the child is back at school.
pub const FOLLOWUP_DAYS: i64 = 28;
/// How long before a deadline its reminder comes.
pub const REMIND_DAYS_BEFORE: i64 = 7;
/// The language letters are written in: they go to a Dutch school or office.
const LETTER_LANG: &str = "nl";

/// Something the bot says later, without the parent writing first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wake {
    /// A reminder the parent asked for: the deadline of `kind` is `deadline`.
    Reminder {
        /// What runs out ("objection", ...).
        kind: String,
        /// The last day.
        deadline: Date,
    },
    /// The follow-up the parent agreed to, about `topic`.
    FollowUp {
        /// The topic.
        topic: String,
    },
    /// An adviser closed the parent's ticket about `topic`.
    TicketClosed {
        /// The ticket's topic.
        topic: String,
    },
}

/// An option after an answer besides "adviser" and "menu".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Extra {
    /// Remind me a week before the deadline.
    Remind,
    /// Ask me in 4 weeks how it is going.
    FollowUp,
}

impl Extra {
    pub(super) fn label(self) -> &'static str {
        match self {
            Self::Remind => "common-c-remind",
            Self::FollowUp => "common-c-followup",
        }
    }
}

/// Whether a deadline is still open, close (a week or less) or passed, for the messages'
/// `$deadline_state`.
fn state_of(deadline: Date, today: Date) -> &'static str {
    let days = (deadline - today).whole_days();
    if days < 0 {
        "passed"
    } else if days <= REMIND_DAYS_BEFORE {
        "soon"
    } else {
        "open"
    }
}

impl Turn<'_> {
    fn today(&self) -> Date {
        self.ctx().today
    }

    /// The date rule of the question being asked, when it asks for a date.
    pub(super) fn date_question(&self) -> Option<DateRule> {
        let State::Flow { flow, node } = &self.s.state else { return None };
        match &self.cat().flows.get(flow)?.nodes.get(node)?.kind {
            Kind::Ask(a) => a.date,
            _ => None,
        }
    }

    /// A typed date: kept as a fact (YYYY-MM-DD) when it can be read and fits the rule.
    pub(super) fn date_answer(&mut self, text: &str, rule: DateRule) {
        let State::Flow { flow, node } = self.s.state.clone() else { return };
        let Some(Kind::Ask(ask)) = self.cat().flows.get(&flow).and_then(|f| f.nodes.get(&node)).map(|n| n.kind.clone()) else {
            return;
        };
        match dates::parse(&self.lang(), text, self.today()) {
            None => self.say(&ask.invalid),
            Some(d) if rule == DateRule::Past && d > self.today() => self.say("common-ask-date-past"),
            Some(d) => {
                self.s.facts.insert(ask.key.clone(), iso(d));
                self.s.answers.push(super::Answer {
                    flow: flow.clone(),
                    question: self.cat().flows[&flow].nodes[&node].say.clone(),
                    answer: iso(d),
                    typed: true,
                });
                self.enter(&flow, &ask.goto);
            }
        }
    }

    /// The facts as message variables for a reader of `lang`: dates written out, other facts
    /// as they are.
    fn fact_vars(&self, lang: &str) -> Vec<(String, String)> {
        let mut vars: Vec<(String, String)> = self
            .s
            .facts
            .iter()
            .map(|(k, v)| (k.clone(), parse_day(v).map(|d| dates::long(lang, d)).unwrap_or_else(|| v.clone())))
            .collect();
        vars.push(("today".into(), dates::long(lang, self.today())));
        vars
    }

    /// The deadline's last day and its longest extension, when the facts it needs are known.
    fn deadline_dates(&self, d: &Deadline) -> Option<(Date, Option<Date>)> {
        match &d.rule {
            DeadlineRule::After { from, weeks, extend } => {
                let start = parse_day(self.s.facts.get(from)?)?;
                Some((
                    dates::plus_weeks(start, *weeks),
                    extend.map(|e| dates::plus_weeks(start, weeks + e)),
                ))
            }
            DeadlineRule::Before(month, day) => Some((dates::next_on_or_after(self.today(), *month, *day), None)),
        }
    }

    fn deadline_vars(&self, d: &Deadline, lang: &str) -> Vec<(String, String)> {
        let Some((last, late)) = self.deadline_dates(d) else {
            return vec![];
        };
        let mut vars = vec![
            ("deadline".to_string(), dates::long(lang, last)),
            ("deadline_state".to_string(), state_of(last, self.today()).to_string()),
        ];
        if let Some(late) = late {
            vars.push(("deadline_late".into(), dates::long(lang, late)));
        }
        vars
    }

    /// The variables of an answer's text, and the deadline it states remembered, so a reminder
    /// can be asked for while there is more than a week left.
    pub(super) fn answer_vars(&mut self, deadline: Option<&Deadline>) -> Vec<(String, String)> {
        let lang = self.lang();
        let mut vars = self.fact_vars(&lang);
        self.s.deadline = None;
        if let Some(d) = deadline {
            vars.extend(self.deadline_vars(d, &lang));
            if let Some((last, _)) = self.deadline_dates(d)
                && (last - self.today()).whole_days() > REMIND_DAYS_BEFORE
            {
                self.s.deadline = Some(Pending {
                    kind: d.kind.clone(),
                    date: iso(last),
                });
            }
        }
        vars
    }

    /// The Dutch letter `id`, after a line in the parent's language, and the same letter as a
    /// document to print or e-mail.
    pub(super) fn letter(&mut self, id: &str, deadline: Option<&Deadline>) {
        let mut vars = self.fact_vars(LETTER_LANG);
        if let Some(d) = deadline {
            vars.extend(self.deadline_vars(d, LETTER_LANG));
        }
        let args: Vec<(&str, String)> = vars.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let nl = |msg: &str| self.cat().locales.text(LETTER_LANG, msg, &args);
        let body = nl(&format!("letter-{id}"));
        let title = nl(&format!("letter-{id}-title"));
        self.say("letter-intro");
        self.say_text(body.clone(), vec![]);
        let caption = self.t("letter-document");
        self.push(Reply {
            document: Some(Document {
                name: file_name(&title),
                title,
                body,
            }),
            ..Reply::text(caption)
        });
    }

    /// The next steps the answer at `node` of `flow` offers (label, node), shown before
    /// "adviser" and "menu".
    pub(super) fn offers(&self, flow: &str, node: Option<&str>) -> Vec<(String, String)> {
        match self.cat().flows.get(flow).and_then(|f| f.nodes.get(node?)).map(|n| &n.kind) {
            Some(Kind::End { offers, .. }) => offers.clone(),
            _ => vec![],
        }
    }

    /// The options after an answer of `flow` besides "adviser" and "menu".
    pub(super) fn extras(&self, flow: &str) -> Vec<Extra> {
        let mut extras = vec![];
        if self.s.deadline.is_some() {
            extras.push(Extra::Remind);
        }
        if self.cat().flows.get(flow).is_some_and(|f| f.followup) && !self.s.followup_offered {
            extras.push(Extra::FollowUp);
        }
        extras
    }

    pub(super) fn extra(&mut self, flow: &str, extra: Extra) {
        match extra {
            Extra::Remind => {
                let Some(p) = self.s.deadline.take() else {
                    return self.invalid_choice();
                };
                let Some(last) = parse_day(&p.date) else {
                    return self.invalid_choice();
                };
                let due = last - time::Duration::days(REMIND_DAYS_BEFORE);
                self.effect(Effect::Remind { kind: p.kind, due });
                let text = self.t_with("reminder-set", vec![("date".into(), dates::long(&self.lang(), due))]);
                self.say_text(text, vec![]);
                self.show_current();
            }
            Extra::FollowUp => {
                let before = self.s.state.clone();
                self.schedule_followup(flow);
                self.s.state = before;
                self.show_current();
            }
        }
    }

    /// With the parent's consent: ask in 4 weeks whether the child is back at school.
    pub(super) fn schedule_followup(&mut self, topic: &str) {
        let due = self.today() + time::Duration::days(FOLLOWUP_DAYS);
        self.s.followup_offered = true;
        self.s.state = State::Idle;
        self.effect(Effect::FollowUp {
            topic: topic.to_string(),
            due,
        });
        let text = self.t_with("followup-set", vec![("date".into(), dates::long(&self.lang(), due))]);
        self.say_text(text, vec![]);
    }

    pub(super) fn followup_answer(&mut self, topic: &str, answer: BackAtSchool) {
        self.effect(Effect::FollowUpAnswered {
            topic: topic.to_string(),
            answer,
        });
        match answer {
            BackAtSchool::Yes | BackAtSchool::Unsaid => {
                self.s.state = State::Idle;
                self.say("followup-thanks");
            }
            BackAtSchool::No | BackAtSchool::Partly => {
                self.s.state = State::FollowUpOffer { topic: topic.to_string() };
                self.show_current();
            }
        }
    }

    /// What the bot says when it speaks first.
    pub(super) fn wake(&mut self, wake: &Wake) {
        match wake {
            Wake::Reminder { kind, deadline } => {
                let text = self.t_with(
                    "reminder-due",
                    vec![
                        ("kind".into(), kind.clone()),
                        ("deadline".into(), dates::long(&self.lang(), *deadline)),
                    ],
                );
                self.say_text(text, vec![]);
            }
            Wake::FollowUp { topic } => {
                // Whatever was going on is over: the question about the child comes first.
                if self.s.state == State::WithAdviser {
                    return;
                }
                self.s.state = State::FollowUp { topic: topic.clone() };
                self.show_current();
            }
            Wake::TicketClosed { topic } => {
                self.say("ticket-closed");
                self.s.state = State::Idle;
                if self.cat().flows.get(topic).is_some_and(|f| f.followup) && !self.s.followup_offered {
                    self.s.state = State::FollowUpConsent { topic: topic.clone() };
                    self.show_current();
                }
            }
        }
    }
}

/// A file name from a Dutch title: "Bezwaar tegen schorsing" -> "bezwaar-tegen-schorsing".
fn file_name(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() && c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "brief".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_states_and_file_names() {
        let d = |s: &str| parse_day(s).unwrap();
        assert_eq!(state_of(d("2026-12-24"), d("2026-12-01")), "open");
        assert_eq!(state_of(d("2026-12-08"), d("2026-12-01")), "soon");
        assert_eq!(state_of(d("2026-12-01"), d("2026-12-01")), "soon");
        assert_eq!(state_of(d("2026-11-30"), d("2026-12-01")), "passed");
        assert_eq!(file_name("Bezwaar tegen schorsing"), "bezwaar-tegen-schorsing");
        assert_eq!(
            file_name("Verzoek: startgesprek (binnen 2 weken)"),
            "verzoek-startgesprek-binnen-2-weken"
        );
        assert_eq!(file_name("—"), "brief");
    }
}
