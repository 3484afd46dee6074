//! Measuring triage on labelled messages: the held-out tables of tests/triage (or any TSV), and
//! k-fold cross-validation on the examples, so every figure comes from messages the model was
//! not trained on.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::examples::{Example, Label};
use super::rules::Rules;
use super::{CrisisKind, Triage, Tuning};

/// One labelled message.
#[derive(Debug, Clone)]
pub struct Case {
    /// The language it is written in.
    pub lang: String,
    /// Acceptable topics ("menu": asking is right); empty when the topic is not judged.
    pub accept: Vec<String>,
    /// Whether it is a crisis.
    pub urgent: bool,
    /// The crisis kind, when known.
    pub kind: Option<CrisisKind>,
    /// True when the message has no clear language (language detection is not judged).
    pub any_lang: bool,
    /// The language it is written in, when not the table's (a Ukrainian family writing Russian).
    pub written_in: Option<String>,
    /// The message.
    pub text: String,
}

#[derive(Deserialize)]
struct Table {
    #[serde(default)]
    case: Vec<TableCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableCase {
    text: String,
    #[serde(default)]
    topic: Option<OneOrMany>,
    urgent: bool,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// Reads a table: the tests/triage TOML format (the language is the file name), or TSV with the
/// columns lang, acceptable topics (comma-separated, "menu" allowed), urgent (true/false),
/// message.
pub fn load_table(path: &Path) -> Result<Vec<Case>, String> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    if path.extension().is_some_and(|e| e == "tsv") {
        return text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|(i, l)| {
                let cols: Vec<&str> = l.splitn(4, '\t').collect();
                let [lang, topics, urgent, message] = cols[..] else {
                    return Err(format!(
                        "{name}, line {}: want 4 tab-separated columns: lang, topics, urgent, message",
                        i + 1
                    ));
                };
                Ok(Case {
                    lang: lang.trim().to_string(),
                    accept: topics.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
                    urgent: matches!(urgent.trim(), "true" | "1" | "yes" | "urgent"),
                    kind: None,
                    any_lang: false,
                    written_in: None,
                    text: message.to_string(),
                })
            })
            .collect();
    }
    let lang = path.file_stem().unwrap_or_default().to_string_lossy().to_string();
    let table: Table = toml::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
    Ok(table
        .case
        .into_iter()
        .map(|c| Case {
            lang: lang.clone(),
            accept: match c.topic {
                None => vec![],
                Some(OneOrMany::One(t)) => vec![t],
                Some(OneOrMany::Many(v)) => v,
            },
            urgent: c.urgent,
            kind: c.kind.as_deref().and_then(CrisisKind::parse),
            any_lang: c.lang.as_deref() == Some("any"),
            written_in: c.lang.filter(|l| l != "any"),
            text: c.text,
        })
        .collect())
}

/// Counts of one language (or all).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Messages whose topic is judged.
    pub topic_cases: usize,
    /// The right topic.
    pub right: usize,
    /// The menu or a short question where that is right (asked between close topics that
    /// include a right one, or "menu" is acceptable).
    pub justified: usize,
    /// A wrong topic.
    pub wrong: usize,
    /// The menu where a topic was expected.
    pub missed: usize,
    /// Short questions asked (part of justified and missed).
    pub asked: usize,
    /// Crisis messages, and those recognised.
    pub urgent_cases: usize,
    /// Crisis messages recognised.
    pub urgent_found: usize,
    /// Messages that are no crisis, and those taken for one.
    pub calm_cases: usize,
    /// Messages taken for a crisis that are none.
    pub false_urgent: usize,
    /// Messages whose language is judged.
    pub lang_cases: usize,
    /// Language told right.
    pub lang_right: usize,
    /// Language told wrong (undecided is neither).
    pub lang_wrong: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        macro_rules! sum { ($($f:ident),*) => { $( self.$f += o.$f; )* } }
        sum!(
            topic_cases,
            right,
            justified,
            wrong,
            missed,
            asked,
            urgent_cases,
            urgent_found,
            calm_cases,
            false_urgent,
            lang_cases,
            lang_right,
            lang_wrong
        );
    }

    /// Right topic or justified menu, as a share of judged messages.
    pub fn topic_score(&self) -> f64 {
        ratio(self.right + self.justified, self.topic_cases)
    }

    /// Share of crisis messages recognised.
    pub fn urgent_recall(&self) -> f64 {
        ratio(self.urgent_found, self.urgent_cases)
    }

    /// Share of calm messages taken for a crisis.
    pub fn false_urgent_rate(&self) -> f64 {
        if self.calm_cases == 0 {
            0.0
        } else {
            self.false_urgent as f64 / self.calm_cases as f64
        }
    }

    /// Share of messages whose language was told right.
    pub fn lang_accuracy(&self) -> f64 {
        ratio(self.lang_right, self.lang_cases)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Per language.
    pub langs: BTreeMap<String, Tally>,
    /// (expected, got) of wrong topics, with how often.
    pub confusions: BTreeMap<(String, String), usize>,
    /// Crisis messages not recognised, and calm ones taken for a crisis: (lang, text).
    pub missed_crises: Vec<(String, String)>,
    /// Calm messages taken for a crisis: (lang, text).
    pub false_alarms: Vec<(String, String)>,
}

impl Evaluation {
    /// Every language together.
    pub fn overall(&self) -> Tally {
        let mut t = Tally::default();
        for l in self.langs.values() {
            t.add(l);
        }
        t
    }

    fn merge(&mut self, o: Evaluation) {
        for (l, t) in o.langs {
            self.langs.entry(l).or_default().add(&t);
        }
        for (k, n) in o.confusions {
            *self.confusions.entry(k).or_default() += n;
        }
        self.missed_crises.extend(o.missed_crises);
        self.false_alarms.extend(o.false_alarms);
    }
}

/// Runs every case through `triage`.
pub fn evaluate(triage: &Triage, cases: &[Case]) -> Evaluation {
    let mut ev = Evaluation::default();
    for c in cases {
        let v = triage.classify(&c.text);
        let t = ev.langs.entry(c.lang.clone()).or_default();
        if c.urgent {
            t.urgent_cases += 1;
            if v.urgent {
                t.urgent_found += 1;
            } else {
                ev.missed_crises.push((c.lang.clone(), c.text.clone()));
            }
        } else {
            t.calm_cases += 1;
            if v.urgent {
                t.false_urgent += 1;
                ev.false_alarms.push((c.lang.clone(), c.text.clone()));
            }
        }
        if !c.any_lang {
            t.lang_cases += 1;
            match &v.lang {
                Some(l) if *l == *c.written_in.as_ref().unwrap_or(&c.lang) => t.lang_right += 1,
                Some(_) => t.lang_wrong += 1,
                None => {}
            }
        }
        // The topic of a crisis does not matter: the crisis answer comes first.
        if c.urgent || c.accept.is_empty() {
            continue;
        }
        t.topic_cases += 1;
        if !v.candidates.is_empty() {
            t.asked += 1;
        }
        match &v.flow {
            Some(f) if c.accept.contains(f) => t.right += 1,
            Some(f) => {
                t.wrong += 1;
                *ev.confusions.entry((c.accept[0].clone(), f.clone())).or_default() += 1;
            }
            None if c.accept.iter().any(|a| a == "menu" || v.candidates.contains(a)) => t.justified += 1,
            None => {
                t.missed += 1;
                *ev.confusions.entry((c.accept[0].clone(), "menu".into())).or_default() += 1;
            }
        }
    }
    ev
}

/// The examples as cases: a topic's examples expect that topic, vague ones the menu.
pub fn cases_of(examples: &[Example]) -> Vec<Case> {
    examples
        .iter()
        .map(|e| Case {
            lang: e.lang.clone(),
            accept: match &e.label {
                Label::Topic(t) => vec![t.clone()],
                Label::Vague => vec!["menu".into()],
                _ => vec![],
            },
            urgent: matches!(e.label, Label::Crisis(_)),
            kind: match e.label {
                Label::Crisis(k) => Some(k),
                _ => None,
            },
            // Greetings and one-word messages have no clear language.
            any_lang: matches!(e.label, Label::Vague),
            written_in: None,
            text: e.text.clone(),
        })
        .collect()
}

/// The fold of each example: dealt out per language and label, so each fold has its share of
/// every kind of message.
fn folds(examples: &[Example], k: usize) -> Vec<usize> {
    let mut seen: BTreeMap<(String, Label), usize> = BTreeMap::new();
    examples
        .iter()
        .map(|e| {
            let n = seen.entry((e.lang.clone(), e.label.clone())).or_default();
            *n += 1;
            (*n - 1) % k
        })
        .collect()
}

/// k-fold cross-validation: each fold is judged by models trained on the other folds. The folds
/// are taken per language and label, so each has its share of every kind of message. `rules`
/// makes the crisis rules for each fold (they apply to all folds alike).
pub fn cross_validate(examples: &[Example], k: usize, tuning: Tuning, rules: &dyn Fn() -> Vec<Rules>) -> Evaluation {
    let fold_of = folds(examples, k);
    let mut ev = Evaluation::default();
    for fold in 0..k {
        let train: Vec<Example> = examples
            .iter()
            .zip(&fold_of)
            .filter(|(_, f)| **f != fold)
            .map(|(e, _)| e.clone())
            .collect();
        let test: Vec<Example> = examples
            .iter()
            .zip(&fold_of)
            .filter(|(_, f)| **f == fold)
            .map(|(e, _)| e.clone())
            .collect();
        let model = Triage::train(&train, rules(), tuning);
        ev.merge(evaluate(&model, &cases_of(&test)));
    }
    ev
}

/// Crisis recall and false crises at several model thresholds, by k-fold cross-validation on the
/// examples (the rules fire as always): how to choose the threshold without the held-out tables.
/// Returns per threshold: (threshold, crises recognised, crises, calm taken for a crisis, calm).
pub fn crisis_sweep(
    examples: &[Example],
    k: usize,
    tuning: Tuning,
    rules: &dyn Fn() -> Vec<Rules>,
    thresholds: &[f32],
) -> Vec<(f32, usize, usize, usize, usize)> {
    let fold_of = folds(examples, k);
    let mut out: Vec<(f32, usize, usize, usize, usize)> = thresholds.iter().map(|t| (*t, 0, 0, 0, 0)).collect();
    for fold in 0..k {
        let train: Vec<Example> = examples
            .iter()
            .zip(&fold_of)
            .filter(|(_, f)| **f != fold)
            .map(|(e, _)| e.clone())
            .collect();
        let model = Triage::train(&train, rules(), tuning);
        for (e, _) in examples.iter().zip(&fold_of).filter(|(_, f)| **f == fold) {
            let (rule, p) = model.explain_crisis(&e.text);
            let crisis = matches!(e.label, Label::Crisis(_));
            for row in &mut out {
                let urgent = rule.is_some() || p >= row.0;
                if crisis {
                    row.2 += 1;
                    row.1 += usize::from(urgent);
                } else {
                    row.4 += 1;
                    row.3 += usize::from(urgent);
                }
            }
        }
    }
    out
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<6} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>7} {:>6}",
            "lang", "cases", "topic", "right", "menu", "asked", "wrong", "missed", "urgent", "false", "lang", "lwrong"
        )?;
        let mut rows: Vec<(String, Tally)> = self.langs.iter().map(|(l, t)| (l.clone(), t.clone())).collect();
        rows.push(("all".into(), self.overall()));
        for (l, t) in rows {
            writeln!(
                f,
                "{:<6} {:>6} {:>6.1}% {:>6} {:>6} {:>6} {:>6} {:>6} {:>4}/{:<3} {:>7.1}% {:>6.1}% {:>6}",
                l,
                t.urgent_cases + t.calm_cases,
                100.0 * t.topic_score(),
                t.right,
                t.justified,
                t.asked,
                t.wrong,
                t.missed,
                t.urgent_found,
                t.urgent_cases,
                100.0 * t.false_urgent_rate(),
                100.0 * t.lang_accuracy(),
                t.lang_wrong,
            )?;
        }
        writeln!(
            f,
            "topic = right topic + justified menu or short question (menu); asked = short questions among all; urgent = crisis messages recognised; false = calm messages taken for a crisis; lang = language told right, lwrong = told wrong (undecided is neither)"
        )?;
        let mut worst: Vec<(&(String, String), &usize)> = self.confusions.iter().collect();
        worst.sort_by(|a, b| b.1.cmp(a.1));
        if !worst.is_empty() {
            writeln!(f, "worst confusions (expected -> got):")?;
            for ((want, got), n) in worst.into_iter().take(10) {
                writeln!(f, "  {n:>4}  {want} -> {got}")?;
            }
        }
        for (l, t) in &self.missed_crises {
            writeln!(f, "MISSED CRISIS [{l}] {t}")?;
        }
        Ok(())
    }
}
