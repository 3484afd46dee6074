//! Free-text triage: which language, which topic, and whether it is urgent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

use crate::core::problem::Problem;
use crate::core::text::{Script, dominant_script, fold, normalise};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TriggerFile {
    script: Script,
    #[serde(default)]
    markers: Vec<String>,
    #[serde(default)]
    urgent: Vec<String>,
    #[serde(default)]
    topics: BTreeMap<String, Vec<String>>,
}

struct LangTriggers {
    lang: String,
    script: Script,
    markers: BTreeSet<String>,
    urgent: Vec<Regex>,
    topics: BTreeMap<String, Vec<Regex>>,
}

/// Recognises language, topic and urgency of a parent's message.
pub struct Triage {
    langs: Vec<LangTriggers>,
}

/// What triage makes of one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The language, when it is clear.
    pub lang: Option<String>,
    /// The topic, when one is clear; None means the bot asks.
    pub flow: Option<String>,
    /// A crisis: the crisis answer comes first.
    pub urgent: bool,
}

impl Triage {
    /// Loads locales/<lang>/triggers.toml for every language folder.
    pub fn load(locales_dir: &Path, problems: &mut Vec<Problem>) -> Triage {
        let mut langs = vec![];
        for folder in crate::core::files::sorted_entries(locales_dir)
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.is_dir())
        {
            let lang = folder.file_name().unwrap_or_default().to_string_lossy().to_string();
            let path = folder.join("triggers.toml");
            let file = path.display().to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(_) => {
                    problems.push(Problem::new(
                        &file,
                        "",
                        "missing",
                        "every language needs a triggers.toml; see locales/README.md",
                    ));
                    continue;
                }
            };
            match parse(&file, &lang, &text) {
                Ok(t) => langs.push(t),
                Err(p) => problems.extend(p),
            }
        }
        Triage { langs }
    }

    /// Topic ids for which `lang` has trigger patterns.
    pub fn topics_of(&self, lang: &str) -> BTreeSet<&str> {
        self.langs
            .iter()
            .filter(|l| l.lang == lang)
            .flat_map(|l| l.topics.iter().filter(|(_, v)| !v.is_empty()).map(|(k, _)| k.as_str()))
            .collect()
    }

    /// Whether `lang` has urgent patterns.
    pub fn has_urgent(&self, lang: &str) -> bool {
        self.langs.iter().any(|l| l.lang == lang && !l.urgent.is_empty())
    }

    /// The verdict on one message.
    pub fn classify(&self, text: &str) -> Verdict {
        let norm = normalise(text);
        // Urgent patterns of every language are tried, whatever language we guess.
        let urgent = self.langs.iter().any(|l| l.urgent.iter().any(|r| r.is_match(&norm)));
        let mut scores: BTreeMap<&str, usize> = BTreeMap::new();
        for l in &self.langs {
            for (topic, patterns) in &l.topics {
                let hits = patterns.iter().filter(|r| r.is_match(&norm)).count();
                if hits > 0 {
                    *scores.entry(topic).or_default() += hits;
                }
            }
        }
        let mut ranked: Vec<(&str, usize)> = scores.into_iter().collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
        // Unsure (nothing, or a tie) means the menu, never a guess.
        let flow = match ranked.as_slice() {
            [(t, _)] => Some(t.to_string()),
            [(t, a), (_, b), ..] if a > b => Some(t.to_string()),
            _ => None,
        };
        Verdict {
            lang: self.guess_lang(text, &norm),
            flow,
            urgent,
        }
    }

    fn guess_lang(&self, raw: &str, norm: &str) -> Option<String> {
        let script = dominant_script(raw)?;
        let candidates: Vec<&LangTriggers> = self.langs.iter().filter(|l| l.script == script).collect();
        if let [only] = candidates.as_slice() {
            return Some(only.lang.clone());
        }
        let words: Vec<&str> = norm
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        let mut best: Option<(&str, usize)> = None;
        let mut tie = false;
        for l in candidates {
            let markers = words.iter().filter(|w| l.markers.contains(**w)).count();
            let triggers = l.topics.values().flatten().chain(&l.urgent).filter(|r| r.is_match(norm)).count();
            let score = markers + 2 * triggers;
            match best {
                Some((_, b)) if score == b => tie = true,
                Some((_, b)) if score < b => {}
                _ => {
                    best = Some((&l.lang, score));
                    tie = false;
                }
            }
        }
        match best {
            Some((lang, score)) if score > 0 && !tie => Some(lang.to_string()),
            _ => None,
        }
    }
}

fn parse(file: &str, lang: &str, text: &str) -> Result<LangTriggers, Vec<Problem>> {
    let raw: TriggerFile = toml::from_str(text).map_err(|e| {
        vec![crate::core::problem::from_toml(
            file,
            text,
            &e,
            "see locales/README.md for the layout of triggers.toml",
        )]
    })?;
    let mut problems = vec![];
    let mut compile = |place: String, pattern: &str| -> Option<Regex> {
        match RegexBuilder::new(&fold(pattern)).case_insensitive(true).build() {
            Ok(r) => Some(r),
            Err(e) => {
                problems.push(Problem::new(
                    file,
                    place,
                    format!("bad regex '{pattern}': {e}"),
                    "regex syntax: https://docs.rs/regex; in TOML use '...' strings to avoid doubling backslashes",
                ));
                None
            }
        }
    };
    let urgent = raw.urgent.iter().filter_map(|p| compile("urgent".into(), p)).collect();
    let topics = raw
        .topics
        .iter()
        .map(|(t, ps)| (t.clone(), ps.iter().filter_map(|p| compile(format!("topics.{t}"), p)).collect()))
        .collect();
    let markers = raw.markers.iter().map(|m| normalise(m)).collect();
    if problems.is_empty() {
        Ok(LangTriggers {
            lang: lang.to_string(),
            script: raw.script,
            markers,
            urgent,
            topics,
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triage() -> Triage {
        let d = tempfile::tempdir().unwrap();
        let put = |lang: &str, t: &str| {
            std::fs::create_dir_all(d.path().join(lang)).unwrap();
            std::fs::write(d.path().join(lang).join("triggers.toml"), t).unwrap();
        };
        put(
            "nl",
            "script = \"latin\"\nmarkers = [\"mijn\", \"kind\", \"is\"]\nurgent = ['zelfmoord', 'wil (niet meer leven|dood)']\n[topics]\nsuspension = ['geschors', 'schorsing']\nbullying = ['gepest', 'pesten']\n",
        );
        put(
            "en",
            "script = \"latin\"\nmarkers = [\"my\", \"son\", \"is\"]\nurgent = ['kill (him|her)self', 'suicid']\n[topics]\nsuspension = ['suspend']\nbullying = ['bull(y|ied)']\n",
        );
        put(
            "tr",
            "script = \"latin\"\nmarkers = [\"oglum\", \"okul\"]\n[topics]\nsuspension = ['uzaklastir']\n",
        );
        put(
            "ar",
            "script = \"arabic\"\nurgent = ['انتحار']\n[topics]\nsuspension = ['فصل مؤقت', 'موقوف']\n",
        );
        let t = Triage::load(d.path(), &mut vec![]);
        assert_eq!(t.langs.len(), 4);
        t
    }

    #[test]
    fn picks_topic_and_language() {
        let t = triage();
        let v = t.classify("Mijn kind is GESCHORST");
        assert_eq!(
            (v.lang.as_deref(), v.flow.as_deref(), v.urgent),
            (Some("nl"), Some("suspension"), false)
        );
        let v = t.classify("my son got suspended");
        assert_eq!((v.lang.as_deref(), v.flow.as_deref()), (Some("en"), Some("suspension")));
        let v = t.classify("OĞLUM OKULDAN UZAKLAŞTIRILDI");
        assert_eq!((v.lang.as_deref(), v.flow.as_deref()), (Some("tr"), Some("suspension")));
        let v = t.classify("ابني موقوف عن المدرسة");
        assert_eq!((v.lang.as_deref(), v.flow.as_deref()), (Some("ar"), Some("suspension")));
    }

    #[test]
    fn unsure_means_menu() {
        let t = triage();
        assert_eq!(t.classify("hallo").flow, None);
        // one hit each: a tie
        assert_eq!(t.classify("geschorst en gepest").flow, None);
        assert_eq!(t.classify("😢").lang, None);
    }

    #[test]
    fn urgent_wins_in_any_language() {
        let t = triage();
        let v = t.classify("ze is geschorst en wil niet meer leven");
        assert!(v.urgent);
        assert!(t.classify("he said he wants to kill himself").urgent);
        assert!(t.classify("أفكر في الانتحار").urgent);
        assert!(!t.classify("mijn kind is geschorst").urgent);
    }
}
