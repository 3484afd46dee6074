//! A typed answer read as one of the choices shown: by its number ("2", "2.", "twee", "two"),
//! by its label (case, accents, punctuation and small typos do not matter), or by a word that
//! only one label has ("langer" for "Langer dan 4 weken"). An answer that fits several choices
//! equally is unclear: the bot asks again. Pure.

use crate::core::text::key;

/// What a typed answer says about the choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// This choice (from 0).
    One(usize),
    /// It fits more than one choice equally well.
    Unclear,
    /// It is not about the choices.
    None,
}

/// The most words an answer may have to be read by one distinctive word; longer texts are the
/// parent telling something, not choosing.
const MAX_WORDS_FOR_ONE_WORD: usize = 4;

/// Reads `text` against the `labels` shown; `numbers` are lists of number words from one
/// (the parent's language first), already passed through [`key`](crate::core::text::key).
/// Without `fuzzy` (choices the parent has not seen yet) only numbers and whole labels count.
pub fn read(text: &str, labels: &[String], numbers: &[&[String]], fuzzy: bool) -> Match {
    let t = key(text);
    if t.is_empty() || labels.is_empty() {
        return Match::None;
    }
    if let Ok(n) = t.parse::<usize>() {
        return if (1..=labels.len()).contains(&n) {
            Match::One(n - 1)
        } else {
            Match::None
        };
    }
    if let Some(i) = numbers.iter().find_map(|list| list.iter().position(|w| *w == t)) {
        return if i < labels.len() { Match::One(i) } else { Match::None };
    }
    let keys: Vec<String> = labels.iter().map(|l| key(l)).collect();
    if let Some(i) = keys.iter().position(|k| *k == t) {
        return Match::One(i);
    }
    if !fuzzy {
        return Match::None;
    }
    // Small typos in the whole label.
    let mut best: Option<(usize, usize)> = None;
    let mut tie = false;
    for (i, k) in keys.iter().enumerate() {
        let d = strsim::osa_distance(&t, k);
        if t.chars().count() >= 3 && d <= typos_allowed(k) {
            match best {
                Some((_, b)) if d == b => tie = true,
                Some((_, b)) if d > b => {}
                _ => {
                    best = Some((i, d));
                    tie = false;
                }
            }
        }
    }
    match (best, tie) {
        (Some(_), true) => return Match::Unclear,
        (Some((i, _)), false) => return Match::One(i),
        _ => {}
    }
    // One word of a label: only short answers.
    let words: Vec<&str> = t.split(' ').filter(|w| w.chars().count() >= 4).collect();
    if t.split(' ').count() > MAX_WORDS_FOR_ONE_WORD || words.is_empty() {
        return Match::None;
    }
    // Only an answer made of the labels' own words is about them ("mijn kind is geschorst"
    // typed at a question is a new problem, not a choice).
    let in_labels = |w: &&str| keys.iter().any(|k| k.split(' ').any(|lw| same_word(w, lw)));
    if !words.iter().all(in_labels) {
        return Match::None;
    }
    let hits: Vec<usize> = (0..keys.len())
        .filter(|i| keys[*i].split(' ').any(|lw| words.iter().any(|w| same_word(w, lw))))
        .collect();
    match hits.as_slice() {
        [] => Match::None,
        [i] => Match::One(*i),
        _ => Match::Unclear,
    }
}

/// Typos forgiven in a label: none in very short ones, then one per six letters, at most three.
fn typos_allowed(label: &str) -> usize {
    match label.chars().count() {
        0..4 => 0,
        n => (n / 6).clamp(1, 3),
    }
}

/// The same word, allowing one typo (a swap of two letters counts as one) in words of six
/// letters or more.
fn same_word(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 6 && strsim::osa_distance(a, b) <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn numbers_digits_and_words() {
        let ls = labels(&["Korter dan 4 weken", "Langer dan 4 weken", "Weet ik niet"]);
        let nl: Vec<String> = ["een", "twee", "drie"].iter().map(|s| s.to_string()).collect();
        let en: Vec<String> = ["one", "two", "three"].iter().map(|s| s.to_string()).collect();
        let nums = [&nl[..], &en[..]];
        for (t, want) in [("2", 1), ("2.", 1), (" 3) ", 2), ("twee", 1), ("Two", 1), ("٢", 1)] {
            assert_eq!(read(t, &ls, &nums, true), Match::One(want), "{t}");
        }
        assert_eq!(read("7", &ls, &nums, true), Match::None);
        assert_eq!(read("0", &ls, &nums, true), Match::None);
    }

    #[test]
    fn labels_with_case_accents_punctuation_and_typos() {
        let ls = labels(&["Korter dan 4 weken", "Langer dan 4 weken", "Weet ik niet"]);
        for (t, want) in [
            ("langer dan 4 weken", 1),
            ("LANGER DAN 4 WEKEN!", 1),
            ("langr dan 4 weken", 1),
            ("weet ik niet.", 2),
            ("langer", 1),
            ("korter", 0),
            ("Langre", 1),
        ] {
            assert_eq!(read(t, &ls, &[], true), Match::One(want), "{t}");
        }
        // A word both labels have: ask again.
        assert_eq!(read("weken", &ls, &[], true), Match::Unclear);
        // A story is not a choice.
        assert_eq!(read("de school belde gisteren weer over de weken", &ls, &[], true), Match::None);
        assert_eq!(read("hallo", &ls, &[], true), Match::None);
        assert_eq!(read("langer geschorst", &ls, &[], true), Match::None, "a word no label has");
        assert_eq!(read("langer", &ls, &[], false), Match::None, "not seen yet: whole labels only");
        assert_eq!(read("Weet ik niet", &ls, &[], false), Match::One(2));
        let ar = labels(&["نعم", "لا"]);
        assert_eq!(read("لا", &ar, &[], true), Match::One(1));
        let tr = labels(&["Uzaklaştırma", "Okuldan atılma"]);
        assert_eq!(read("uzaklastirma", &tr, &[], true), Match::One(0));
    }
}
