//! A small multinomial naive Bayes classifier over hashed features, hand-written because it is
//! about a hundred lines, trains in milliseconds at every start (so an office improves triage by
//! adding example sentences, never code), and needs no linear-algebra crate. Stored compactly:
//! one sorted array of features and, per feature, only the classes it was seen in.

use std::collections::HashMap;

use super::features::Feature;

/// A trained model.
pub struct Bayes {
    /// Class names, by index.
    pub classes: Vec<String>,
    /// Per class: the log-probability of a feature never seen with the class.
    unseen: Vec<f32>,
    /// Sorted features; `spans[i]` points into `cells` for `features[i]`.
    features: Vec<Feature>,
    spans: Vec<(u32, u16)>,
    /// (class, log-probability minus the class's unseen value) of seen pairs.
    cells: Vec<(u16, f32)>,
}

/// Scores of one text: per class, the mean log-likelihood per feature.
#[derive(Debug, Clone)]
pub struct Scores {
    /// Per class, in the model's order.
    pub per_class: Vec<f32>,
}

/// Counts of features per class, added text by text (so no text's features need be kept).
pub struct Counts {
    classes: usize,
    /// A feature's place in `counts`.
    index: HashMap<Feature, u32>,
    /// Per feature in order of first sight, per class: how often it was seen.
    counts: Vec<u32>,
    /// Per class: how many features were seen.
    totals: Vec<u64>,
}

impl Counts {
    /// No counts yet, for `classes` classes.
    pub fn new(classes: usize) -> Self {
        Self {
            classes,
            index: HashMap::new(),
            counts: vec![],
            totals: vec![0; classes],
        }
    }

    /// Counts a text of class `class`.
    pub fn add(&mut self, class: usize, fs: &[Feature]) {
        let k = self.classes;
        self.totals[class] += fs.len() as u64;
        for f in fs {
            let next = self.index.len() as u32;
            let at = *self.index.entry(*f).or_insert(next) as usize;
            if at == self.counts.len() / k {
                self.counts.resize(self.counts.len() + k, 0);
            }
            self.counts[at * k + class] += 1;
        }
    }
}

impl Bayes {
    /// Trains on `(class, features)` examples with add-`alpha` smoothing. Classes are weighted
    /// equally (uniform priors): a topic with more examples is not more likely.
    #[cfg(test)]
    pub fn train(classes: Vec<String>, examples: &[(usize, Vec<Feature>)], alpha: f32) -> Self {
        let mut counts = Counts::new(classes.len());
        for (c, fs) in examples {
            counts.add(*c, fs);
        }
        Self::from_counts(classes, counts, alpha)
    }

    /// The model of `counts` (see [`Bayes::train`]).
    pub fn from_counts(classes: Vec<String>, counts: Counts, alpha: f32) -> Self {
        let Counts {
            classes: k,
            index,
            counts,
            totals,
        } = counts;
        let vocab = index.len().max(1) as f32;
        let denom: Vec<f32> = totals.iter().map(|t| *t as f32 + alpha * vocab).collect();
        let unseen: Vec<f32> = denom.iter().map(|d| (alpha / d).ln()).collect();
        let mut order: Vec<(Feature, u32)> = index.into_iter().collect();
        order.sort_unstable();
        let seen = counts.iter().filter(|n| **n > 0).count();
        let mut features = Vec::with_capacity(order.len());
        let mut spans = Vec::with_capacity(order.len());
        let mut cells = Vec::with_capacity(seen);
        for (f, at) in order {
            let start = cells.len() as u32;
            let at = at as usize * k;
            for (c, n) in counts[at..at + k].iter().enumerate() {
                if *n > 0 {
                    let p = ((*n as f32 + alpha) / denom[c]).ln();
                    cells.push((c as u16, p - unseen[c]));
                }
            }
            features.push(f);
            spans.push((start, (cells.len() as u32 - start) as u16));
        }
        Self {
            classes,
            unseen,
            features,
            spans,
            cells,
        }
    }

    /// Scores a text's features.
    pub fn score(&self, fs: &[Feature]) -> Scores {
        let k = self.classes.len();
        let mut sum = vec![0f32; k];
        for f in fs {
            if let Ok(i) = self.features.binary_search(f) {
                let (start, len) = self.spans[i];
                for (c, delta) in &self.cells[start as usize..start as usize + len as usize] {
                    sum[*c as usize] += delta;
                }
            }
        }
        let n = fs.len().max(1) as f32;
        let per_class = (0..k).map(|c| (sum[c] + self.unseen[c] * fs.len() as f32) / n).collect();
        Scores { per_class }
    }

    /// How many features the model keeps (for the memory figure).
    pub fn size(&self) -> usize {
        self.features.len()
    }
}

impl Scores {
    /// Class indices, best first.
    pub fn ranked(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.per_class.len()).collect();
        idx.sort_by(|a, b| self.per_class[*b].total_cmp(&self.per_class[*a]));
        idx
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::triage::features::language_features;

    #[test]
    fn learns_a_language_from_a_few_sentences() {
        let data = [
            (0, "mijn zoon is geschorst van school"),
            (0, "ze mag niet meer naar school komen"),
            (1, "my son has been suspended from school"),
            (1, "she is not allowed to come to school"),
        ];
        let ex: Vec<(usize, Vec<Feature>)> = data.iter().map(|(c, t)| (*c, language_features(t))).collect();
        let m = Bayes::train(vec!["nl".into(), "en".into()], &ex, 0.1);
        assert_eq!(m.score(&language_features("mijn dochter wordt gepest")).ranked()[0], 0);
        assert_eq!(m.score(&language_features("my daughter is bullied")).ranked()[0], 1);
    }
}
