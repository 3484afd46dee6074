//! High-precision crisis rules: `locales/<lang>/crisis.toml`, regular expressions per crisis
//! kind, written from the crisis examples of that language. A rule of any language fires on
//! every message, whatever its language; the model catches what the rules do not phrase.

use std::path::Path;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use super::CrisisKind;
use crate::core::problem::Problem;
use crate::core::text::fold;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    self_harm: Vec<String>,
    #[serde(default)]
    violence: Vec<String>,
    #[serde(default)]
    abuse: Vec<String>,
}

/// One language's rules, one combined expression per kind.
pub struct Rules {
    /// The language (the folder).
    pub lang: String,
    kinds: Vec<(CrisisKind, Regex)>,
    /// How many patterns were read.
    pub patterns: usize,
}

impl Rules {
    /// Reads `path`; each pattern is checked on its own, then a kind's patterns are compiled
    /// into one expression (one automaton per kind keeps the memory small).
    pub fn load(path: &Path, lang: &str, problems: &mut Vec<Problem>) -> Option<Self> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).ok()?;
        let raw: File = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                problems.push(crate::core::problem::from_toml(
                    &file,
                    &text,
                    &e,
                    "crisis.toml has self_harm, violence and abuse lists; see locales/README.md",
                ));
                return None;
            }
        };
        let mut kinds = vec![];
        let mut patterns = 0;
        for (kind, list) in [
            (CrisisKind::SelfHarm, raw.self_harm),
            (CrisisKind::Violence, raw.violence),
            (CrisisKind::Abuse, raw.abuse),
        ] {
            let mut ok = vec![];
            for (i, p) in list.iter().enumerate() {
                match compile(p) {
                    Ok(_) => ok.push(format!("(?:{})", fold(p))),
                    Err(e) => problems.push(Problem::new(
                        &file,
                        format!("{}, pattern {}", kind.as_str(), i + 1),
                        format!("bad regex '{p}': {e}"),
                        "regex syntax: https://docs.rs/regex; in TOML use '...' strings to avoid doubling backslashes",
                    )),
                }
            }
            patterns += ok.len();
            if ok.is_empty() {
                continue;
            }
            match compile(&ok.join("|")) {
                Ok(r) => kinds.push((kind, r)),
                // Never drop rules silently: the kind would stop catching crises.
                Err(e) => problems.push(Problem::new(
                    &file,
                    kind.as_str(),
                    format!("the {} patterns together are too big for one expression: {e}", kind.as_str()),
                    "simplify: write [a-z0-9]* or [^ ]* instead of \\w (Unicode classes are large), and fewer alternatives per pattern",
                )),
            }
        }
        Some(Self {
            lang: lang.to_string(),
            kinds,
            patterns,
        })
    }

    /// The first kind whose rules match the normalised text.
    pub fn matches(&self, norm: &str) -> Option<CrisisKind> {
        self.kinds.iter().find(|(_, r)| r.is_match(norm)).map(|(k, _)| *k)
    }
}

fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    // The text is lower case already; patterns are written in lower case too (see
    // locales/README.md), which spares the case-folding tables.
    RegexBuilder::new(&fold(pattern))
        .size_limit(1 << 22)
        .dfa_size_limit(1 << 20)
        .build()
}
