//! Triage: which language, which topic, and whether it is a crisis. Statistical models trained
//! at start from the example sentences in `locales/<lang>/examples.toml` (logistic regression
//! over words and character n-grams, so typos, inflections, long stories and Dutch school words
//! inside other languages are read; naive Bayes over letters for the language), combined with
//! high-precision crisis rules from
//! `locales/<lang>/crisis.toml`. Measured on data no rule or example was written from (k-fold
//! cross-validation and the held-out tables in tests/triage): see [`eval`].

mod bayes;
pub mod eval;
pub mod examples;
mod features;
mod linear;
pub mod rules;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use self::bayes::{Bayes, Counts};
use self::examples::{Example, Label};
use self::features::{language_features, topic_features, words};
use self::linear::{Linear, Rows, Training, Vocab};
use self::rules::Rules;
use crate::core::problem::Problem;
use crate::core::text::{Script, dominant_script, normalise};

/// What kind of crisis a message is about; advisers read the Dutch reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CrisisKind {
    /// Suicide, wanting to die, self-harm, an overdose.
    SelfHarm,
    /// Violence, threats or fear at home.
    Violence,
    /// Sexual abuse, maltreatment, neglect.
    Abuse,
}

impl CrisisKind {
    /// Every kind.
    pub const ALL: [CrisisKind; 3] = [Self::SelfHarm, Self::Violence, Self::Abuse];

    /// Its name in files and tags.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SelfHarm => "self_harm",
            Self::Violence => "violence",
            Self::Abuse => "abuse",
        }
    }

    /// The kind of a name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What triage makes of one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The language, when it is clear (a greeting alone does not tell).
    pub lang: Option<String>,
    /// The topic, when one is clear; None means the bot asks.
    pub flow: Option<String>,
    /// A crisis: the crisis answer comes first.
    pub urgent: bool,
    /// What kind of crisis, when urgent.
    #[serde(skip)]
    pub crisis: Option<CrisisKind>,
    /// When no topic is clear but two or three are close: those, best first (the bot asks a
    /// short question with just these). Empty: show the whole menu.
    #[serde(skip)]
    pub candidates: Vec<String>,
}

/// The decision thresholds, chosen by cross-validation (see tests/it/triage.rs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// A topic is taken when its probability is at least this.
    pub take: f32,
    /// Otherwise the topics within this factor of the best are offered in a short question.
    pub close: f32,
    /// How much a crisis example counts against a calm one in training (crises are rarer and
    /// missing one costs more).
    pub crisis_weight: f32,
    /// The crisis model's probability from which a message is urgent.
    pub crisis: f32,
    /// The language is decided only for texts with at least this many letters ...
    pub lang_letters: usize,
    /// ... and a per-n-gram margin over the runner-up of at least this.
    pub lang_margin: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            take: 0.5,
            close: 0.2,
            // Recall first: crisis examples count three times, and the threshold is chosen by
            // cross-validation (`wegwijzer triage --cv 5 --sweep all` shows the trade per
            // threshold), for the crisis model trained with averaged weights and a decay of 1e-2
            // (see `Triage::train`). Against the last weights with a decay of 1e-5 at 0.3, on the
            // same 8,808 examples: 2,078 instead of 2,069 of 2,108 crises found and 6.3% instead
            // of 6.9% false crises; at equal recall about a third fewer false crises. A missed
            // crisis costs more than a parent reading the crisis numbers needlessly.
            crisis_weight: 3.0,
            crisis: 0.45,
            lang_letters: 8,
            lang_margin: 0.02,
        }
    }
}

/// Recognises language, topic and urgency of a parent's message.
pub struct Triage {
    topics: Linear,
    crisis: Linear,
    kinds: Linear,
    langs: Bayes,
    vocab_size: usize,
    rules: Vec<Rules>,
    /// Languages with examples, and how many each has per label.
    coverage: Vec<(String, Label, usize)>,
    tuning: Tuning,
}

/// The class name of vague messages in the topic model.
const VAGUE: &str = "(vague)";

/// The language folders of `locales_dir`, with their names.
fn language_folders(locales_dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    crate::core::files::sorted_entries(locales_dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.is_dir())
        .map(|p| (p.file_name().unwrap_or_default().to_string_lossy().to_string(), p))
        .collect()
}

/// Every language's examples (problems are reported by [`Triage::load`]).
pub fn load_examples(locales_dir: &Path) -> Vec<Example> {
    language_folders(locales_dir)
        .iter()
        .flat_map(|(lang, dir)| examples::load(&dir.join("examples.toml"), lang, &mut vec![]))
        .collect()
}

/// Every language's crisis rules (problems are reported by [`Triage::load`]).
pub fn load_rules(locales_dir: &Path) -> Vec<Rules> {
    language_folders(locales_dir)
        .iter()
        .filter_map(|(lang, dir)| Rules::load(&dir.join("crisis.toml"), lang, &mut vec![]))
        .collect()
}

impl Triage {
    /// Loads examples.toml and crisis.toml of every language folder and trains the models.
    pub fn load(locales_dir: &Path, problems: &mut Vec<Problem>) -> Self {
        let mut all = vec![];
        let mut rules = vec![];
        for (lang, folder) in language_folders(locales_dir) {
            all.extend(examples::load(&folder.join("examples.toml"), &lang, problems));
            if let Some(r) = Rules::load(&folder.join("crisis.toml"), &lang, problems) {
                rules.push(r);
            }
        }
        Self::train(&all, rules, Tuning::default())
    }

    /// Trains on `examples` (cross-validation trains on part of them).
    pub fn train(examples: &[Example], rules: Vec<Rules>, tuning: Tuning) -> Self {
        let topic_names: BTreeSet<&str> = examples
            .iter()
            .filter_map(|e| match &e.label {
                Label::Topic(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        let mut classes: Vec<String> = topic_names.iter().map(|t| t.to_string()).collect();
        classes.push(VAGUE.into());
        let class_of = |l: &Label| match l {
            Label::Topic(t) => classes.iter().position(|c| c == t),
            Label::Vague => Some(classes.len() - 1),
            _ => None,
        };
        // One language class per language and script, so Moroccan Darija in Latin letters is
        // not drowned by the Arabic-script examples of its language.
        let lang_class = |e: &Example| format!("{}/{:?}", e.lang, dominant_script(&e.text).unwrap_or(Script::Latin));
        let lang_names: Vec<String> = examples.iter().map(lang_class).collect::<BTreeSet<_>>().into_iter().collect();
        // Training's peak memory is the bot's size for good (glibc keeps freed heap), so no
        // text's features are kept in a list of its own: the topic features of all texts are
        // counted in one buffer, then computed again straight into one buffer of rows (see
        // `Rows`), and the language model counts text by text. `wegwijzer check` peaks 32 MB
        // lower this way (83 -> 51 MB resident), in the same time.
        let mut norms = String::new();
        let mut ends = Vec::with_capacity(examples.len());
        for e in examples {
            norms.push_str(&normalise(&e.text));
            ends.push(norms.len());
        }
        let norm = |i: usize| &norms[if i == 0 { 0 } else { ends[i - 1] }..ends[i]];
        let mut all = vec![];
        for i in 0..examples.len() {
            all.extend(topic_features(norm(i)));
        }
        // Reserved while `all` is still held (so before glibc raises its threshold for mapping
        // a block of its own on freeing `all`): mapped on its own, the rows go back to the
        // system whole when training ends, and pages never written cost nothing.
        let mut rows = Rows::with_capacity(all.len(), examples.len());
        let vocab = Arc::new(Vocab::from_occurrences(all, 2));
        let mut lang_counts = Counts::new(lang_names.len());
        for (i, e) in examples.iter().enumerate() {
            rows.push(&vocab, &topic_features(norm(i)));
            let class = lang_class(e);
            if let Some(l) = lang_names.iter().position(|l| *l == class) {
                lang_counts.add(l, &language_features(norm(i)));
            }
        }
        drop(norms);
        let langs = Bayes::from_counts(lang_names, lang_counts, 0.5);
        let mut topic_data = vec![];
        let mut crisis_data = vec![];
        let mut kind_data = vec![];
        for (i, e) in examples.iter().enumerate() {
            let row = rows.get(i);
            if let Some(c) = class_of(&e.label) {
                topic_data.push((c, row));
            }
            match &e.label {
                Label::Crisis(k) => {
                    crisis_data.push((1, row));
                    kind_data.push((CrisisKind::ALL.iter().position(|x| x == k).unwrap_or(0), row));
                }
                _ => crisis_data.push((0, row)),
            }
        }
        let mut coverage: std::collections::BTreeMap<(String, Label), usize> = Default::default();
        for e in examples {
            *coverage.entry((e.lang.clone(), e.label.clone())).or_default() += 1;
        }
        let t = Training::default();
        // The crisis model keeps its weights' average over training and decays them more: its
        // probabilities are steadier, so fewer calm messages cross the threshold (see
        // `Tuning::default` for the measured trade).
        let ct = Training {
            average: true,
            decay: 1e-2,
            ..t
        };
        Self {
            topics: Linear::train(classes, vocab.clone(), &topic_data, &[], t),
            crisis: Linear::train(
                vec!["calm".into(), "crisis".into()],
                vocab.clone(),
                &crisis_data,
                &[1.0, tuning.crisis_weight],
                ct,
            ),
            kinds: Linear::train(
                CrisisKind::ALL.iter().map(|k| k.as_str().to_string()).collect(),
                vocab.clone(),
                &kind_data,
                &[],
                t,
            ),
            langs,
            vocab_size: vocab.len(),
            rules,
            coverage: coverage.into_iter().map(|((l, lab), n)| (l, lab, n)).collect(),
            tuning,
        }
    }

    /// The same models with other thresholds (for tuning by cross-validation).
    pub fn with_tuning(mut self, tuning: Tuning) -> Self {
        self.tuning = tuning;
        self
    }

    /// How many examples `lang` has of `label`.
    pub fn examples_of(&self, lang: &str, label: &Label) -> usize {
        self.coverage
            .iter()
            .find(|(l, lab, _)| l == lang && lab == label)
            .map_or(0, |c| c.2)
    }

    /// Whether `lang` has crisis rules.
    pub fn has_rules(&self, lang: &str) -> bool {
        self.rules.iter().any(|r| r.lang == lang && r.patterns > 0)
    }

    /// Why a message is or is not a crisis: the kind a rule found (and in which language's
    /// rules), and the crisis model's probability.
    pub fn explain_crisis(&self, text: &str) -> (Option<(CrisisKind, String)>, f32) {
        let norm = normalise(text);
        let rule = self.rules.iter().find_map(|r| r.matches(&norm).map(|k| (k, r.lang.clone())));
        (rule, self.crisis.probabilities(&topic_features(&norm)).0[1])
    }

    /// The verdict on one message.
    pub fn classify(&self, text: &str) -> Verdict {
        let norm = normalise(text);
        let t = self.tuning;
        let fs = topic_features(&norm);
        // Crisis: a rule of any language, or the model.
        let rule = self.rules.iter().find_map(|r| r.matches(&norm));
        let model = self.crisis.probabilities(&fs).0[1] >= t.crisis;
        let urgent = rule.is_some() || model;
        let crisis = urgent.then(|| rule.unwrap_or_else(|| CrisisKind::ALL[best_of(&self.kinds.probabilities(&fs).0)]));
        // Topic: take a clear one, ask between close ones, or show the menu.
        let (p, known) = self.topics.probabilities(&fs);
        let mut ranked: Vec<usize> = (0..p.len()).collect();
        ranked.sort_by(|a, b| p[*b].total_cmp(&p[*a]));
        let vague = self.topics.classes.len() - 1;
        let best = ranked[0];
        let mut flow = None;
        let mut candidates = vec![];
        if best != vague && known > 0.0 {
            if p[best] >= t.take {
                flow = Some(self.topics.classes[best].clone());
            } else {
                candidates = ranked
                    .iter()
                    .filter(|c| **c != vague && p[**c] >= t.close * p[best])
                    .take(3)
                    .map(|c| self.topics.classes[*c].clone())
                    .collect();
                if candidates.len() < 2 {
                    candidates.clear();
                }
            }
        }
        Verdict {
            lang: self.language(&norm),
            flow,
            urgent,
            crisis,
            candidates,
        }
    }

    /// The language of a normalised text, when it is clear: enough letters, and a margin over
    /// the runner-up.
    fn language(&self, norm: &str) -> Option<String> {
        let letters = norm.chars().filter(|c| c.is_alphabetic()).count();
        if letters < self.tuning.lang_letters || words(norm).len() < 2 || self.langs.classes.is_empty() {
            return None;
        }
        let s = self.langs.score(&language_features(norm));
        let r = s.ranked();
        // Classes are "lang/Script": a script's runner-up of the same language is no rival.
        let lang_of = |c: usize| self.langs.classes[c].split('/').next().unwrap_or_default().to_string();
        let best = lang_of(r[0]);
        let rival = r.iter().skip(1).find(|c| lang_of(**c) != best);
        let margin = match rival {
            Some(second) => s.per_class[r[0]] - s.per_class[*second],
            None => f32::MAX,
        };
        (margin >= self.tuning.lang_margin).then_some(best)
    }

    /// How many features the models keep (topic and crisis models share theirs).
    pub fn size(&self) -> usize {
        self.vocab_size + self.langs.size()
    }
}

/// The index of the largest value.
fn best_of(p: &[f32]) -> usize {
    (0..p.len()).max_by(|a, b| p[*a].total_cmp(&p[*b])).unwrap_or(0)
}
