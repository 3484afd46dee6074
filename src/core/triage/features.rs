//! What the models look at: hashed words, word pairs and character n-grams of the normalised
//! text. Character n-grams carry typos, inflections and scripts; words and pairs carry meaning.

/// A feature: a 64-bit hash of its kind and text.
pub type Feature = u64;

/// FNV-1a over the bytes, after a one-byte namespace, so a word and an n-gram never collide by
/// construction. Stable across runs and builds (the model is trained at every start anyway).
/// Fed piece by piece, so n-grams are hashed without building their text.
struct Fnv(u64);

impl Fnv {
    fn new(namespace: u8) -> Self {
        let mut h = Self(0xcbf2_9ce4_8422_2325);
        h.eat(namespace);
        h
    }

    fn eat(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }

    fn eat_str(&mut self, s: &str) {
        for b in s.bytes() {
            self.eat(b);
        }
    }

    fn eat_char(&mut self, c: char) {
        self.eat_str(c.encode_utf8(&mut [0; 4]));
    }
}

/// The hash of `parts` joined by spaces, in `namespace`.
fn hash(namespace: u8, parts: &[&str]) -> Feature {
    let mut h = Fnv::new(namespace);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.eat(b' ');
        }
        h.eat_str(p);
    }
    h.0
}

/// The words of a normalised text: runs of letters and digits.
pub fn words(norm: &str) -> Vec<&str> {
    norm.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// Topic and crisis features of a normalised text, each once (presence, not counts, so a long
/// story does not shout one word): words, word pairs, and 3- to 5-character n-grams of each
/// word padded with spaces. Sorted.
pub fn topic_features(norm: &str) -> Vec<Feature> {
    let ws = words(norm);
    let mut out = Vec::with_capacity(ws.len() * 12);
    let mut padded = vec![];
    for (i, w) in ws.iter().enumerate() {
        out.push(hash(b'w', &[w]));
        if let Some(next) = ws.get(i + 1) {
            out.push(hash(b'b', &[w, next]));
        }
        char_grams(w, 3, 5, b'c', &mut padded, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Language features: 1- to 3-character n-grams of each word padded with spaces, with counts
/// (the frequency of letters and their pairs is what tells languages apart).
pub fn language_features(norm: &str) -> Vec<Feature> {
    let mut out = vec![];
    let mut padded = vec![];
    for w in words(norm) {
        char_grams(w, 1, 3, b'l', &mut padded, &mut out);
    }
    out
}

/// The `min`- to `max`-character n-grams of `word` padded with spaces (`padded` is scratch).
fn char_grams(word: &str, min: usize, max: usize, namespace: u8, padded: &mut Vec<char>, out: &mut Vec<Feature>) {
    padded.clear();
    padded.push(' ');
    padded.extend(word.chars());
    padded.push(' ');
    for n in min..=max {
        if padded.len() < n {
            break;
        }
        for window in padded.windows(n) {
            if n == 1 && window[0] == ' ' {
                continue;
            }
            let mut h = Fnv::new(namespace);
            for c in window {
                h.eat_char(*c);
            }
            out.push(h.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_stable_and_distinct() {
        assert_eq!(topic_features("mijn kind is geschorst"), topic_features("mijn kind is geschorst"));
        let a = topic_features("geschorst");
        let b = topic_features("geschorsd");
        let shared = a.iter().filter(|f| b.contains(f)).count();
        assert!(shared > a.len() / 2, "a typo keeps most n-grams: {shared} of {}", a.len());
        assert_eq!(words("ابني موقوف, 3 dagen!"), vec!["ابني", "موقوف", "3", "dagen"]);
        assert!(language_features("ok").len() >= 4);
    }

    #[test]
    fn ngrams_hash_as_their_text() {
        // The n-grams are hashed char by char; the hash is that of the n-gram's text.
        let mut out = vec![];
        char_grams("wé", 1, 3, b'l', &mut vec![], &mut out);
        let texts = ["w", "é", " w", "wé", "é ", " wé", "wé "];
        assert_eq!(out, texts.iter().map(|t| hash(b'l', &[t])).collect::<Vec<_>>());
        assert_eq!(hash(b'b', &["ab", "c"]), hash(b'b', &["ab c"]));
        // A fixed value: the features (and so the trained models) do not change between builds.
        assert_eq!(hash(b'w', &["school"]), 0xb1cf_f8fa_c3b9_b232);
    }
}
