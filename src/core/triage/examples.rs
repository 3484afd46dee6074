//! The example sentences triage learns from: `locales/<lang>/examples.toml`, written the way
//! parents type, per topic, plus vague messages, crisis messages by kind and look-alikes.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::CrisisKind;
use crate::core::problem::Problem;

/// What an example sentence is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label {
    /// About this topic (a flow id).
    Topic(String),
    /// No topic can be told (a greeting, "ok", "help").
    Vague,
    /// A crisis of this kind.
    Crisis(CrisisKind),
    /// Sounds alarming, is not a crisis (a figure of speech).
    NotUrgent,
}

/// One example sentence.
#[derive(Debug, Clone)]
pub struct Example {
    /// Its language (the folder).
    pub lang: String,
    /// What it is.
    pub label: Label,
    /// The sentence as a parent typed it.
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    vague: Vec<String>,
    #[serde(default)]
    topics: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    crisis: CrisisFile,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CrisisFile {
    #[serde(default)]
    self_harm: Vec<String>,
    #[serde(default)]
    violence: Vec<String>,
    #[serde(default)]
    abuse: Vec<String>,
    #[serde(default)]
    not_urgent: Vec<String>,
}

/// Reads one language's examples.
pub fn load(path: &Path, lang: &str, problems: &mut Vec<Problem>) -> Vec<Example> {
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(_) => {
            problems.push(Problem::new(
                &file,
                "",
                "missing",
                "every language needs examples.toml: how parents write about each topic; see locales/README.md",
            ));
            return vec![];
        }
    };
    let raw: File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            problems.push(crate::core::problem::from_toml(
                &file,
                &text,
                &e,
                "see locales/README.md for the layout of examples.toml",
            ));
            return vec![];
        }
    };
    let mut out = vec![];
    let mut add = |label: Label, texts: Vec<String>| {
        out.extend(texts.into_iter().filter(|t| !t.trim().is_empty()).map(|text| Example {
            lang: lang.to_string(),
            label: label.clone(),
            text,
        }))
    };
    add(Label::Vague, raw.vague);
    for (topic, texts) in raw.topics {
        add(Label::Topic(topic), texts);
    }
    add(Label::Crisis(CrisisKind::SelfHarm), raw.crisis.self_harm);
    add(Label::Crisis(CrisisKind::Violence), raw.crisis.violence);
    add(Label::Crisis(CrisisKind::Abuse), raw.crisis.abuse);
    add(Label::NotUrgent, raw.crisis.not_urgent);
    out
}
