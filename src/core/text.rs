//! Text normalisation shared by triage and choice matching.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Folds accents and Arabic letter variants, keeps case. Used on trigger patterns, where
/// lower-casing would change regex escapes such as `\D`.
pub fn fold(s: &str) -> String {
    s.nfkd().filter(|c| !is_combining_mark(*c)).filter_map(fold_char).collect()
}

fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'ı' => 'i',
        'ł' => 'l', // Polish ł has no decomposition, and parents often type l
        'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ـ' => return None, // tatweel only stretches a word
        '\u{2019}' | '\u{2018}' | '`' => '\'',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    })
}

/// What triage and choice matching compare: lower case, folded, one space between words.
pub fn normalise(s: &str) -> String {
    let lower = s.to_lowercase();
    fold(&lower).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What typed answers are compared by: [`normalise`]d, punctuation gone ("Nee!" is "nee").
pub fn key(s: &str) -> String {
    let n: String = normalise(s).chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes text for XML and HTML content and attribute values (charts, Matrix messages).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// True when the text holds at least one letter or digit (not only emoji or punctuation).
pub fn has_words(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// The writing system of most letters in `s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Latin letters (with accents).
    Latin,
    /// Arabic letters.
    Arabic,
    /// Cyrillic letters.
    Cyrillic,
    /// Ge'ez (Ethiopic) letters.
    Ethiopic,
}

/// The writing system most letters of `s` are in; None when it has no letters.
pub fn dominant_script(s: &str) -> Option<Script> {
    let mut counts = [0usize; 4];
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        let i = match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => 1,
            0x0400..=0x04FF => 2,
            0x1200..=0x139F | 0x2D80..=0x2DDF => 3,
            _ if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => 0,
            _ => continue,
        };
        counts[i] += 1;
    }
    let (best, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (*n > 0).then(|| [Script::Latin, Script::Arabic, Script::Cyrillic, Script::Ethiopic][best])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces() {
        assert_eq!(normalise("  Mijn  KIND is Geschorst\n"), "mijn kind is geschorst");
        assert_eq!(normalise("élève café"), "eleve cafe");
        assert_eq!(normalise("Zoë"), "zoe");
    }

    #[test]
    fn turkish_dotted_and_dotless_i() {
        assert_eq!(normalise("İSTANBUL ılık okul"), "istanbul ilik okul");
        assert_eq!(normalise("OĞLUM OKULDAN UZAKLAŞTIRILDI"), "oglum okuldan uzaklastirildi");
    }

    #[test]
    fn arabic_variants() {
        // hamza forms, alef maqsura, ta marbuta, harakat and tatweel
        assert_eq!(normalise("أنا إبني آمن"), "انا ابني امن");
        assert_eq!(normalise("مدرسة"), "مدرسه");
        assert_eq!(normalise("مُدَرِّسَة"), "مدرسه");
        assert_eq!(normalise("علـــى"), "علي");
        assert_eq!(normalise("٣"), "3");
    }

    #[test]
    fn words_and_scripts() {
        assert!(!has_words("😢😢 !!"));
        assert!(has_words("😢 help"));
        assert_eq!(dominant_script("ابني لا يذهب إلى المدرسة"), Some(Script::Arabic));
        assert_eq!(dominant_script("мій син не ходить до школи"), Some(Script::Cyrillic));
        assert_eq!(dominant_script("ወደ ትምህርት ቤት"), Some(Script::Ethiopic));
        assert_eq!(dominant_script("mijn kind 😢"), Some(Script::Latin));
        assert_eq!(dominant_script("😢"), None);
    }
}
