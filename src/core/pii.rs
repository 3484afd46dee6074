//! Personal data a parent should not send us: citizen service numbers (BSN), dates (of birth),
//! e-mail addresses and phone numbers. Found and removed before anything is stored. Pure.

use std::sync::LazyLock;

use regex::Regex;

const MARK: &str = "[…]";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(\.[\w-]+)+").expect("static regex"));
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d{2}|(19|20)\d{2}-\d{1,2}-\d{1,2})\b").expect("static regex"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\+|\b00|\b0)\d[\d \-]{7,14}\d\b").expect("static regex"));
/// "his name is X", "mijn zoon heet X", ...: the word after an explicit naming phrase.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(heet|heten|genaamd|naam is|name is|named|called|se llama|llamado|llamada|nazywa się|ma na imię|zovut|звати|зовут|adı|ismi|اسمه|اسمها))\s+(\p{L}[\p{L}'-]*)")
        .expect("static regex")
});
static NINE_DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{3}[ .]?\d{3}[ .]?\d{3}\b").expect("static regex"));

/// The Dutch "elfproef" every BSN passes.
fn is_bsn(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 9 || d.iter().all(|x| *x == 0) {
        return false;
    }
    let sum: i64 = d[..8].iter().enumerate().map(|(i, x)| (9 - i as i64) * *x as i64).sum::<i64>() - d[8] as i64;
    sum % 11 == 0
}

/// The text with personal data replaced, or None when there was none.
pub fn redact(text: &str) -> Option<String> {
    let mut out = EMAIL.replace_all(text, MARK).into_owned();
    out = DATE.replace_all(&out, MARK).into_owned();
    out = NINE_DIGITS
        .replace_all(
            &out,
            |c: &regex::Captures| if is_bsn(&c[0]) { MARK.to_string() } else { c[0].to_string() },
        )
        .into_owned();
    out = PHONE.replace_all(&out, MARK).into_owned();
    out = NAME
        .replace_all(&out, |c: &regex::Captures| format!("{} {MARK}", &c[1]))
        .into_owned();
    (out != text).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_bsn_dates_email_phone() {
        assert_eq!(redact("zijn bsn is 111222333").as_deref(), Some("zijn bsn is […]"));
        assert_eq!(redact("bsn 123.456.782").as_deref(), Some("bsn […]"));
        assert_eq!(redact("geboren 12-03-2014").as_deref(), Some("geboren […]"));
        assert_eq!(redact("born 2014-03-12").as_deref(), Some("born […]"));
        assert_eq!(redact("mail me: ouder@example.nl").as_deref(), Some("mail me: […]"));
        assert_eq!(redact("bel 06-12345678").as_deref(), Some("bel […]"));
        assert_eq!(redact("call +31 6 1234 5678 please").as_deref(), Some("call […] please"));
    }

    #[test]
    fn removes_a_name_after_a_naming_phrase() {
        assert_eq!(
            redact("mijn zoon heet Ahmed en hij is 12").as_deref(),
            Some("mijn zoon heet […] en hij is 12")
        );
        assert_eq!(redact("my daughter's name is zoë").as_deref(), Some("my daughter's name is […]"));
        assert_eq!(redact("oğlumun adı Emre").as_deref(), Some("oğlumun adı […]"));
        assert_eq!(redact("mijn kind is geschorst"), None);
    }

    #[test]
    fn leaves_ordinary_numbers_alone() {
        for t in [
            "hij zit 6 weken thuis",
            "2",
            "groep 8, 12 jaar",
            "since 2023",
            "123456789",
            "3 uur per dag",
        ] {
            assert_eq!(redact(t), None, "{t}");
        }
    }
}
