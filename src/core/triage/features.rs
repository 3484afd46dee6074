//! What the models look at: hashed words, word pairs and character n-grams of the normalised
//! text. Character n-grams carry typos, inflections and scripts; words and pairs carry meaning.

/// A feature: a 64-bit hash of its kind and text.
pub type Feature = u64;

/// FNV-1a over the bytes, after a one-byte namespace, so a word and an n-gram never collide by
/// construction. Stable across runs and builds (the model is trained at every start anyway).
fn hash(namespace: u8, parts: &[&str]) -> Feature {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(namespace);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        for b in p.bytes() {
            eat(b);
        }
    }
    h
}

/// The words of a normalised text: runs of letters and digits.
pub fn words(norm: &str) -> Vec<&str> {
    norm.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// Topic and crisis features of a normalised text, each once (presence, not counts, so a long
/// story does not shout one word): words, word pairs, and 3- to 5-character n-grams of each
/// word padded with spaces.
pub fn topic_features(norm: &str) -> Vec<Feature> {
    let ws = words(norm);
    let mut out = Vec::with_capacity(ws.len() * 12);
    for (i, w) in ws.iter().enumerate() {
        out.push(hash(b'w', &[w]));
        if let Some(next) = ws.get(i + 1) {
            out.push(hash(b'b', &[w, next]));
        }
        char_grams(w, 3, 5, b'c', &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Language features: 1- to 3-character n-grams of each word padded with spaces, with counts
/// (the frequency of letters and their pairs is what tells languages apart).
pub fn language_features(norm: &str) -> Vec<Feature> {
    let mut out = vec![];
    for w in words(norm) {
        char_grams(w, 1, 3, b'l', &mut out);
    }
    out
}

fn char_grams(word: &str, min: usize, max: usize, namespace: u8, out: &mut Vec<Feature>) {
    let padded: Vec<char> = std::iter::once(' ').chain(word.chars()).chain(std::iter::once(' ')).collect();
    let mut buf = String::new();
    for n in min..=max {
        if padded.len() < n {
            break;
        }
        for window in padded.windows(n) {
            if n == 1 && window[0] == ' ' {
                continue;
            }
            buf.clear();
            buf.extend(window);
            out.push(hash(namespace, &[&buf]));
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
}
