//! Everything the engine reads: flows, messages, regions and triage, loaded and cross-checked
//! together.

use std::collections::BTreeMap;
use std::path::Path;

use crate::core::flow::{self, Flow, Kind, Target};
use crate::core::i18n::{Locales, SOURCE_LANG};
use crate::core::problem::{Problem, Problems};
use crate::core::region::{ELSEWHERE, Regions};
use crate::core::triage::examples::Label;
use crate::core::triage::{CrisisKind, Triage};
use crate::core::words::Words;

/// Messages the engine itself uses; every language must have them (and the word lists of
/// [`crate::core::words::LISTS`]).
pub const CORE_MESSAGES: &[&str] = &[
    "language-name",
    "welcome",
    "privacy-notice",
    "help",
    "menu-prompt",
    "choose-prompt",
    "common-c-adviser",
    "common-c-menu",
    "after-answer",
    "source-line",
    "not-understood",
    "empty-message",
    "too-long",
    "no-words",
    "unsupported-media",
    "unknown-command",
    "language-prompt",
    "language-set",
    "stopped",
    "urgent-answer",
    "escalated",
    "escalated-urgent",
    "adviser-joined",
    "ticket-closed",
    "forget-done",
    "mydata-header",
    "mydata-language",
    "mydata-ticket-open",
    "mydata-ticket-claimed",
    "mydata-ticket-closed",
    "mydata-you",
    "mydata-adviser",
    "mydata-answers",
    "mydata-nothing",
    "choice-unclear",
    "back-none",
    "choose-prompt-typed",
    "mydata-footer",
    "language-name-nl",
    "ask-topic",
    "ask-topic-other",
    "language-unsure",
    "escalated-closed",
    "common-ask-date",
    "common-ask-date-past",
    "letter-intro",
    "letter-document",
    "common-c-remind",
    "reminder-set",
    "reminder-due",
    "common-c-followup",
    "followup-set",
    "followup-ask",
    "followup-c-consent-yes",
    "followup-c-consent-no",
    "followup-question",
    "followup-c-yes",
    "followup-c-partly",
    "followup-c-no",
    "followup-c-unsaid",
    "followup-thanks",
    "followup-offer-adviser",
    "mydata-reminder",
    "mydata-read",
    "file-received",
    "mydata-followup",
    "escalated-nobody",
    "within-minutes",
    "within-hours",
    "within-days",
    "day-1",
    "day-2",
    "day-3",
    "day-4",
    "day-5",
    "day-6",
    "day-7",
    "day-today",
    "day-tomorrow",
    "waiting-noted",
    "waiting-crisis",
    "private-only",
    "adviser-says",
];

/// Messages only advisers read; they work in the default language, so only Dutch and English
/// need them.
pub const ADVISER_MESSAGES: &[&str] = &[
    "desk-file",
    "web-files",
    "web-action-opened",
    "web-action-file",
    "web-action-took",
    "web-action-replied",
    "web-action-canned",
    "web-action-note",
    "web-action-closed",
    "web-action-released",
    "web-nav",
    "web-queue",
    "web-report",
    "web-logged-in-as",
    "web-logout",
    "web-login",
    "web-name",
    "web-password",
    "web-login-link-hint",
    "web-login-with-link",
    "web-login-expired",
    "web-login-too-many",
    "web-login-wrong",
    "web-link-used",
    "web-queue-caption",
    "web-col-priority",
    "web-col-topic",
    "web-col-lang",
    "web-col-waiting",
    "web-col-due",
    "web-col-holder",
    "web-queue-empty",
    "web-minutes",
    "web-answered",
    "web-late",
    "web-due-in",
    "web-open",
    "web-ticket",
    "web-record",
    "web-record-empty",
    "web-parent-wrote",
    "web-adviser-wrote",
    "web-note",
    "web-closed",
    "web-take",
    "web-reply-label",
    "web-untranslated",
    "web-send",
    "web-canned",
    "web-send-canned",
    "web-note-label",
    "web-save-note",
    "web-outcome",
    "web-close",
    "web-release",
    "web-delivered",
    "web-waiting",
    "web-not-delivered",
    "web-audit",
    "web-audit-line",
    "web-year",
    "web-all-years",
    "web-show",
    "web-csv",
    "web-chart",
    "desk-login-private",
    "desk-login-no-web",
    "desk-login-link",
    "desk-help",
    "desk-new-ticket",
    "desk-urgent",
    "desk-overdue",
    "desk-overdue-claimed",
    "desk-returning",
    "desk-returned",
    "desk-card-title",
    "desk-card-crisis",
    "desk-card-need",
    "desk-card-answers",
    "desk-card-message",
    "desk-card-take",
    "desk-crisis-self_harm",
    "desk-crisis-violence",
    "desk-crisis-abuse",
    "desk-crisis-unknown",
    "desk-priority-urgent",
    "desk-priority-high",
    "desk-priority-normal",
    "desk-topic-urgent",
    "desk-need-fysiek_ziekte",
    "desk-need-gedrag_adhd",
    "desk-need-autisme_ass",
    "desk-need-leerprobleem",
    "desk-need-psychisch_angst",
    "desk-need-hoogbegaafd",
    "desk-need-anders_onbekend",
    "desk-need-geen_antwoord",
    "desk-queue-empty",
    "desk-queue-line",
    "desk-taken",
    "desk-taken-here",
    "desk-taken-by-other",
    "desk-unknown-ticket",
    "desk-no-ticket",
    "desk-not-yours",
    "desk-held-by",
    "desk-in-thread",
    "desk-relayed",
    "desk-from-parent",
    "desk-sent-canned",
    "desk-unknown-canned",
    "desk-noted",
    "desk-outcomes",
    "desk-closed",
    "desk-released",
    "desk-parent-left",
    "desk-parent-forgot",
    "desk-delivery-failed",
];

/// The content: flows, messages and triage, checked against each other.
pub struct Catalog {
    /// The flows by topic id.
    pub flows: BTreeMap<String, Flow>,
    /// Topic ids in menu order.
    pub topics: Vec<String>,
    /// Every language's messages.
    pub locales: Locales,
    /// Language, topic and crisis recognition.
    pub triage: Triage,
    /// Regional contacts.
    pub regions: Regions,
    /// Words that work as commands, and number words, per language.
    pub words: Words,
}

impl Catalog {
    /// Loads `root/flows` and `root/locales`. Fails with every problem that stops the bot from
    /// working; a language that merely lacks translations still loads (see `completeness`).
    pub fn load(root: &Path) -> Result<Catalog, Problems> {
        let mut problems = vec![];
        let locales = Locales::load(&root.join("locales"), &mut problems);
        let triage = Triage::load(&root.join("locales"), &mut problems);
        let flows = flow::load_dir(&root.join("flows"), &|id| locales.known(id), &mut problems);
        let regions = Regions::load(&root.join("flows").join("regions"), &|id| locales.known(id), &mut problems);
        for f in flows.values() {
            for (name, node) in &f.nodes {
                if let Kind::Choices(cs) = &node.kind {
                    for (i, c) in cs.iter().enumerate() {
                        let place = format!("node '{name}', choice {}", i + 1);
                        if let Target::Flow(other) = &c.target
                            && !flows.contains_key(other)
                        {
                            problems.push(Problem::new(
                                format!("flows/{}.toml", f.id),
                                &place,
                                format!("flow '{other}' does not exist"),
                                format!("flows: {}", flows.keys().cloned().collect::<Vec<_>>().join(", ")),
                            ));
                        }
                        if let Some(r) = &c.region
                            && r != ELSEWHERE
                            && !regions.by_id.contains_key(r)
                        {
                            problems.push(Problem::new(
                                format!("flows/{}.toml", f.id),
                                &place,
                                format!("region '{r}' does not exist"),
                                format!("add flows/regions/{r}.toml, or use region = \"{ELSEWHERE}\""),
                            ));
                        }
                    }
                }
            }
        }
        for key in regions.keys() {
            let id = Regions::elsewhere_message(key);
            if !locales.known(&id) {
                problems.push(Problem::new(
                    format!("locales/{SOURCE_LANG}/main.ftl"),
                    format!("message '{id}'"),
                    format!("missing: what to say about contact '{key}' where no region data has it"),
                    "explain in a sentence how a parent finds it locally (e.g. the municipality's website)",
                ));
            }
        }
        for id in CORE_MESSAGES.iter().chain(ADVISER_MESSAGES).chain(&crate::core::words::LISTS) {
            if !locales.known(id) {
                problems.push(Problem::new(
                    format!("locales/{SOURCE_LANG}/main.ftl"),
                    format!("message '{id}'"),
                    "missing; the bot itself needs it",
                    "restore it from git history or add it",
                ));
            }
        }
        if flows.is_empty() && problems.is_empty() {
            problems.push(Problem::new(
                "flows",
                "",
                "no flow files",
                "add flows/<topic>.toml; see flows/README.md",
            ));
        }
        if !problems.is_empty() {
            // The languages' own problems too, so `check` shows everything in one run.
            problems.extend(locales.text_problems());
            return Err(Problems(problems));
        }
        let mut topics: Vec<&Flow> = flows.values().collect();
        topics.sort_by_key(|f| (f.order, f.id.clone()));
        let topics = topics.into_iter().map(|f| f.id.clone()).collect();
        let words = Words::load(&locales);
        Ok(Catalog {
            flows,
            topics,
            locales,
            triage,
            regions,
            words,
        })
    }

    /// The contacts of `region` as Fluent arguments, in `lang`: each key's value from the
    /// region's file, or the `contact-<key>-elsewhere` text where the region (or its data) is
    /// unknown.
    pub fn contact_args(&self, lang: &str, region: Option<&str>) -> Vec<(&str, String)> {
        let region = region.and_then(|r| self.regions.by_id.get(r));
        self.regions
            .keys()
            .into_iter()
            .map(|key| {
                let value = match region.and_then(|r| r.contacts.get(key)) {
                    Some(v) => v.clone(),
                    None => self.locales.text(lang, &Regions::elsewhere_message(key), &[]),
                };
                (key, value)
            })
            .collect()
    }

    /// What `wegwijzer check` adds on top of loading: every language has every message and
    /// a trigger set for every topic, and an urgent set.
    pub fn completeness(&self) -> Vec<Problem> {
        let mut problems = vec![];
        let mut needed: Vec<String> = CORE_MESSAGES
            .iter()
            .chain(&crate::core::words::LISTS)
            .map(|s| s.to_string())
            .collect();
        // Ready-made adviser replies reach parents in their own language.
        if let Some(source) = self.locales.get(SOURCE_LANG) {
            needed.extend(source.ids.iter().filter(|id| id.starts_with("canned-")).cloned());
        }
        for f in self.flows.values() {
            needed.extend(f.message_ids());
        }
        needed.sort();
        needed.dedup();
        for code in self.locales.codes() {
            let locale = self.locales.get(code).expect("listed");
            let mut missing: Vec<&str> = needed.iter().map(String::as_str).filter(|id| !locale.ids.contains(*id)).collect();
            if code == "en" {
                missing.extend(ADVISER_MESSAGES.iter().copied().filter(|id| !locale.ids.contains(*id)));
            }
            if !missing.is_empty() {
                problems.push(Problem::new(
                    format!("locales/{code}"),
                    "",
                    format!("{} message(s) missing: {}", missing.len(), missing.join(", ")),
                    format!("translate them from locales/{SOURCE_LANG}/"),
                ));
            }
            // Triage learns from examples: enough per topic in every language, and crisis rules.
            let min = if code == SOURCE_LANG || code == "en" { 40 } else { 25 };
            let thin: Vec<String> = self
                .topics
                .iter()
                .filter_map(|t| {
                    let n = self.triage.examples_of(code, &Label::Topic(t.clone()));
                    (n < min).then(|| format!("{t} ({n})"))
                })
                .collect();
            if !thin.is_empty() {
                problems.push(Problem::new(
                    format!("locales/{code}/examples.toml"),
                    "[topics]",
                    format!("fewer than {min} example messages for: {}", thin.join(", ")),
                    "add how parents write about each topic in this language, typos and long stories included",
                ));
            }
            let crisis: usize = CrisisKind::ALL
                .iter()
                .map(|k| self.triage.examples_of(code, &Label::Crisis(*k)))
                .sum();
            if crisis < 25 || !self.triage.has_rules(code) {
                problems.push(Problem::new(
                    format!("locales/{code}/crisis.toml"),
                    "",
                    format!("crisis recognition is thin here: {crisis} crisis examples (25 wanted), rules: {}", if self.triage.has_rules(code) { "yes" } else { "none" }),
                    "self-harm, violence and abuse must reach the crisis answer in every language: add [crisis] examples and crisis.toml rules",
                ));
            }
        }
        problems.extend(self.locales.text_problems());
        problems
    }

    /// What `wegwijzer check` warns about without failing: answers whose facts were last
    /// checked more than a year before `today`.
    pub fn warnings(&self, today: time::Date) -> Vec<Problem> {
        let mut out = vec![];
        for f in self.flows.values() {
            for (name, node) in &f.nodes {
                if let Kind::End { checked: Some(d), .. } = &node.kind
                    && (today - *d).whole_days() > 365
                {
                    out.push(Problem::new(
                        format!("flows/{}.toml", f.id),
                        format!("node '{name}'"),
                        format!("facts last checked on {d}, more than 12 months ago"),
                        "compare the answer with its sources again, then update checked",
                    ));
                }
            }
        }
        out
    }
}
