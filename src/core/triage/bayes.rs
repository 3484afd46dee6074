//! A small multinomial naive Bayes classifier over hashed features, hand-written because it is
//! about a hundred lines, trains in milliseconds at every start (so an office improves triage by
//! adding example sentences, never code), and needs no linear-algebra crate. Stored compactly:
//! one sorted array of features and, per feature, only the classes it was seen in.

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

impl Bayes {
    /// Trains on `(class, features)` examples with add-`alpha` smoothing. Classes are weighted
    /// equally (uniform priors): a topic with more examples is not more likely.
    pub fn train(classes: Vec<String>, examples: &[(usize, Vec<Feature>)], alpha: f32) -> Self {
        use std::collections::HashMap;
        let k = classes.len();
        let mut counts: HashMap<Feature, Vec<(u16, u32)>> = HashMap::new();
        let mut totals = vec![0u64; k];
        for (c, fs) in examples {
            totals[*c] += fs.len() as u64;
            for f in fs {
                let cell = counts.entry(*f).or_default();
                match cell.iter_mut().find(|(cc, _)| *cc as usize == *c) {
                    Some((_, n)) => *n += 1,
                    None => cell.push((*c as u16, 1)),
                }
            }
        }
        let vocab = counts.len().max(1) as f32;
        let denom: Vec<f32> = totals.iter().map(|t| *t as f32 + alpha * vocab).collect();
        let unseen: Vec<f32> = denom.iter().map(|d| (alpha / d).ln()).collect();
        let mut features: Vec<Feature> = counts.keys().copied().collect();
        features.sort_unstable();
        let mut spans = Vec::with_capacity(features.len());
        let mut cells = Vec::new();
        for f in &features {
            let start = cells.len() as u32;
            for (c, n) in &counts[f] {
                let c = *c as usize;
                let p = ((*n as f32 + alpha) / denom[c]).ln();
                cells.push((c as u16, p - unseen[c]));
            }
            spans.push((start, counts[f].len() as u16));
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
