//! A softmax (multinomial logistic) regression over hashed features, trained by stochastic
//! gradient descent at every start. Hand-written: it is about a hundred lines, needs no
//! linear-algebra crate (linfa would bring ndarray and more build time than the model itself),
//! and trains on a few thousand sentences in well under a second. Features seen in only one
//! example are dropped, which halves the model without losing accuracy.

use std::sync::Arc;

use super::features::Feature;

/// The features the models know, shared by the models trained on the same texts: sorted, a
/// feature's row is its place (a sorted array is a third of a hash map's size).
#[allow(clippy::len_without_is_empty)]
pub struct Vocab {
    features: Vec<Feature>,
}

impl Vocab {
    /// The features of `docs` seen in at least `min_df` of them (each doc lists a feature once).
    #[cfg(test)]
    pub fn build<'a>(docs: impl Iterator<Item = &'a [Feature]>, min_df: usize) -> Self {
        Self::from_occurrences(docs.flat_map(|d| d.iter().copied()).collect(), min_df)
    }

    /// The features occurring at least `min_df` times in `all` (every doc's features, each once
    /// per doc). Counted by sorting in place, and kept in the same buffer: no map, no second
    /// buffer (a count map of every feature seen was the biggest part of training's memory).
    pub fn from_occurrences(mut all: Vec<Feature>, min_df: usize) -> Self {
        all.sort_unstable();
        let mut kept = 0;
        let mut i = 0;
        while i < all.len() {
            let f = all[i];
            let run = all[i..].iter().take_while(|g| **g == f).count();
            if run >= min_df {
                all[kept] = f;
                kept += 1;
            }
            i += run;
        }
        all.truncate(kept);
        all.shrink_to_fit();
        Self { features: all }
    }

    /// The row of a feature, if known; `from` is where to start looking (a row at or past it).
    fn find(&self, f: Feature, from: usize) -> Result<usize, usize> {
        let rest = &self.features[from..];
        let i = from + rest.partition_point(|g| *g < f);
        if self.features.get(i) == Some(&f) { Ok(i) } else { Err(i) }
    }

    /// Appends the rows of the known features of a text to `out`, in the text's order.
    pub fn extend_rows(&self, fs: &[Feature], out: &mut Vec<u32>) {
        // Features come sorted (see `topic_features`): each search starts where the last ended.
        let mut from = 0;
        let mut last = 0;
        for f in fs {
            if *f < last {
                from = 0;
            }
            last = *f;
            match self.find(*f, from) {
                Ok(i) => {
                    out.push(i as u32);
                    from = i;
                }
                Err(i) => from = i,
            }
        }
    }

    /// The rows of the known features of a text.
    pub fn rows(&self, fs: &[Feature]) -> Vec<u32> {
        let mut out = Vec::with_capacity(fs.len());
        self.extend_rows(fs, &mut out);
        out
    }

    /// How many features it knows.
    pub fn len(&self) -> usize {
        self.features.len()
    }
}

/// Every training text's rows in one buffer (compressed sparse rows): two allocations however
/// many texts, so the buffer is one block the allocator hands back whole when training ends.
#[derive(Default)]
pub struct Rows {
    ids: Vec<u32>,
    ends: Vec<u32>,
}

impl Rows {
    /// Room for `ids` rows of `texts` texts.
    pub fn with_capacity(ids: usize, texts: usize) -> Self {
        Self {
            ids: Vec::with_capacity(ids),
            ends: Vec::with_capacity(texts),
        }
    }

    /// Adds a text's rows.
    pub fn push(&mut self, vocab: &Vocab, fs: &[Feature]) {
        vocab.extend_rows(fs, &mut self.ids);
        self.ends.push(self.ids.len() as u32);
    }

    /// The rows of the `i`th text.
    pub fn get(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.ids[start..self.ends[i] as usize]
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
    /// Keep the average of the weights over all steps instead of the last ones (averaged
    /// stochastic gradient descent: steadier, less swayed by the last examples seen).
    pub average: bool,
}

impl Default for Training {
    fn default() -> Self {
        Self {
            epochs: 8,
            rate: 2.0,
            slowdown: 0.2,
            decay: 1e-5,
            average: false,
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
        // For the average: Σ (step - 1) × change, per weight (see the end).
        let mut sum = if t.average { vec![0f32; model.weights.len()] } else { vec![] };
        let mut sum_bias = vec![0f32; k];
        let mut step = 0f32;
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
                for ((b, s), g) in model.bias.iter_mut().zip(&mut sum_bias).zip(&p) {
                    *b -= g;
                    *s -= step * g;
                }
                for r in row {
                    let start = *r as usize * k;
                    if t.average {
                        let cells = model.weights[start..start + k].iter_mut().zip(&mut sum[start..start + k]);
                        for ((cell, s), g) in cells.zip(&p) {
                            let change = *cell * (keep - 1.0) - g * x;
                            *cell += change;
                            *s += step * change;
                        }
                    } else {
                        for (cell, g) in model.weights[start..start + k].iter_mut().zip(&p) {
                            *cell = *cell * keep - g * x;
                        }
                    }
                }
                step += 1.0;
            }
        }
        if t.average && step > 0.0 {
            // The mean of w_1..w_T is w_T - Σ (s - 1) δ_s / T.
            for (w, s) in model.weights.iter_mut().zip(&sum).chain(model.bias.iter_mut().zip(&sum_bias)) {
                *w -= s / step;
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
        let mut rows = Rows::default();
        for f in &fs {
            rows.push(&vocab, f);
        }
        let ex: Vec<(usize, &[u32])> = data.iter().enumerate().map(|(i, (c, _))| (*c, rows.get(i))).collect();
        let m = Linear::train(
            vec!["suspension".into(), "bullying".into()],
            vocab.clone(),
            &ex,
            &[],
            Training::default(),
        );
        let (p, known) = m.probabilities(&topic_features("geschorst voor drie dagen"));
        assert!(p[0] > p[1], "{p:?}");
        // Averaged weights learn the same, less sure of themselves.
        let avg = Training {
            average: true,
            decay: 1e-2,
            ..Training::default()
        };
        let a = Linear::train(vec!["suspension".into(), "bullying".into()], vocab, &ex, &[], avg);
        let (q, _) = a.probabilities(&topic_features("geschorst voor drie dagen"));
        assert!(q[0] > q[1] && q[0] < p[0], "{q:?} {p:?}");
        assert!(known > 0.0);
        let (p, _) = m.probabilities(&topic_features("gepest"));
        assert!(p[1] > p[0], "{p:?}");
    }

    #[test]
    fn a_vocabulary_keeps_features_seen_often_enough_in_order() {
        let docs: [&[Feature]; 3] = [&[5, 9, 30], &[9, 30, 41], &[1, 9]];
        let v = Vocab::build(docs.into_iter(), 2);
        assert_eq!(v.features, vec![9, 30]);
        assert_eq!(v.rows(&[1, 9, 12, 30, 99]), vec![0, 1]);
        // Unsorted features are found too.
        assert_eq!(v.rows(&[30, 9, 30]), vec![1, 0, 1]);
        assert!(Vocab::build(std::iter::empty(), 2).rows(&[1]).is_empty());
    }
}
