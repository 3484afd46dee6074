//! A softmax (multinomial logistic) regression over hashed features, trained by stochastic
//! gradient descent at every start. Hand-written: it is about a hundred lines, needs no
//! linear-algebra crate (linfa would bring ndarray and more build time than the model itself),
//! and trains on a few thousand sentences in well under a second. Features seen in only one
//! example are dropped, which halves the model without losing accuracy.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use super::features::Feature;

/// The features are hashes already: a map keyed by them needs no second hash.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The features the models know, shared by the models trained on the same texts.
#[allow(clippy::len_without_is_empty)]
pub struct Vocab {
    index: HashMap<Feature, u32, BuildHasherDefault<Identity>>,
}

impl Vocab {
    /// The features of `docs` seen in at least `min_df` of them.
    pub fn build<'a>(docs: impl Iterator<Item = &'a [Feature]>, min_df: usize) -> Self {
        let mut df: HashMap<Feature, usize, BuildHasherDefault<Identity>> = HashMap::default();
        for fs in docs {
            for f in fs {
                *df.entry(*f).or_default() += 1;
            }
        }
        let mut kept: Vec<Feature> = df.into_iter().filter(|(_, n)| *n >= min_df).map(|(f, _)| f).collect();
        kept.sort_unstable();
        Self {
            index: kept.into_iter().enumerate().map(|(i, f)| (f, i as u32)).collect(),
        }
    }

    /// The rows of the known features of a text.
    pub fn rows(&self, fs: &[Feature]) -> Vec<u32> {
        fs.iter().filter_map(|f| self.index.get(f).copied()).collect()
    }

    /// How many features it knows.
    pub fn len(&self) -> usize {
        self.index.len()
    }
}

/// A trained model.
pub struct Linear {
    /// Class names, by index.
    pub classes: Vec<String>,
    vocab: Arc<Vocab>,
    /// `vocab.len() × classes.len()` weights, row per feature.
    weights: Vec<f32>,
    bias: Vec<f32>,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct Training {
    /// Passes over the data.
    pub epochs: usize,
    /// The first learning rate; it decays over the passes.
    pub rate: f32,
    /// How fast the rate decays: rate / (1 + slowdown × pass).
    pub slowdown: f32,
    /// Weight decay (L2), per step on the weights a step touches.
    pub decay: f32,
}

impl Default for Training {
    fn default() -> Self {
        Self {
            epochs: 8,
            rate: 2.0,
            slowdown: 0.2,
            decay: 1e-5,
        }
    }
}

impl Linear {
    /// Trains on `(class, rows)` examples (rows from `vocab`); `class_weight` weighs each class's
    /// examples (a rare class such as a crisis can be made to count more).
    pub fn train(classes: Vec<String>, vocab: Arc<Vocab>, examples: &[(usize, &[u32])], class_weight: &[f32], t: Training) -> Self {
        let k = classes.len();
        let mut model = Self {
            classes,
            weights: vec![0.0; vocab.len() * k],
            bias: vec![0.0; k],
            vocab,
        };
        // A fixed shuffle (a linear congruential permutation), so training is the same every run.
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut p = vec![0f32; k];
        for epoch in 0..t.epochs {
            for i in (1..order.len()).rev() {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                order.swap(i, (seed >> 33) as usize % (i + 1));
            }
            let rate = t.rate / (1.0 + epoch as f32 * t.slowdown);
            let keep = 1.0 - t.decay * rate;
            for &i in &order {
                let (class, row) = examples[i];
                if row.is_empty() {
                    continue;
                }
                let x = 1.0 / (row.len() as f32).sqrt();
                model.softmax(row, x, &mut p);
                let w = class_weight.get(class).copied().unwrap_or(1.0);
                // The gradient of each class's logit, then one pass over the rows it touches.
                for (c, pc) in p.iter_mut().enumerate() {
                    *pc = (*pc - if c == class { 1.0 } else { 0.0 }) * w * rate;
                }
                for (b, g) in model.bias.iter_mut().zip(&p) {
                    *b -= g;
                }
                for r in row {
                    let start = *r as usize * k;
                    for (cell, g) in model.weights[start..start + k].iter_mut().zip(&p) {
                        *cell = *cell * keep - g * x;
                    }
                }
            }
        }
        model
    }

    fn softmax(&self, rows: &[u32], x: f32, out: &mut [f32]) {
        let k = self.classes.len();
        out.copy_from_slice(&self.bias);
        for r in rows {
            let start = *r as usize * k;
            for (o, w) in out.iter_mut().zip(&self.weights[start..start + k]) {
                *o += w * x;
            }
        }
        let max = out.iter().copied().fold(f32::MIN, f32::max);
        let mut total = 0.0;
        for v in out.iter_mut() {
            *v = (*v - max).exp();
            total += *v;
        }
        for v in out.iter_mut() {
            *v /= total;
        }
    }

    /// Class probabilities of a text's features, and the share of its features the model knows.
    pub fn probabilities(&self, fs: &[Feature]) -> (Vec<f32>, f32) {
        let rows = self.vocab.rows(fs);
        let mut p = vec![0f32; self.classes.len()];
        let x = if rows.is_empty() { 0.0 } else { 1.0 / (rows.len() as f32).sqrt() };
        self.softmax(&rows, x, &mut p);
        (p, rows.len() as f32 / fs.len().max(1) as f32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::triage::features::topic_features;

    #[test]
    fn learns_from_a_few_sentences() {
        let data = [
            (0, "mijn zoon is geschorst"),
            (0, "ze is drie dagen geschorst"),
            (0, "geschorst voor een week"),
            (1, "hij wordt gepest op school"),
            (1, "mijn dochter wordt elke dag gepest"),
            (1, "ze pesten hem elke dag"),
        ];
        let fs: Vec<Vec<Feature>> = data.iter().map(|(_, t)| topic_features(t)).collect();
        let vocab = Arc::new(Vocab::build(fs.iter().map(Vec::as_slice), 2));
        let rows: Vec<Vec<u32>> = fs.iter().map(|f| vocab.rows(f)).collect();
        let ex: Vec<(usize, &[u32])> = data.iter().zip(&rows).map(|((c, _), r)| (*c, r.as_slice())).collect();
        let m = Linear::train(vec!["suspension".into(), "bullying".into()], vocab, &ex, &[], Training::default());
        let (p, known) = m.probabilities(&topic_features("geschorst voor drie dagen"));
        assert!(p[0] > p[1], "{p:?}");
        assert!(known > 0.0);
        let (p, _) = m.probabilities(&topic_features("gepest"));
        assert!(p[1] > p[0], "{p:?}");
    }
}
