//! `wegwijzer qr`: a poster for the school gate, an AZC or an ISK: a QR code of the Telegram deep
//! link that opens a topic in a language (`https://t.me/<bot>?start=ar_newcomers`), with the
//! topic's title and a line on what to do in that language under it. SVG, and PNG drawn with
//! the report's embedded fonts.

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};

use crate::core::catalog::Catalog;
use crate::core::text::escape;
use crate::ops::report::chart::text;

/// A poster: the link it encodes and its SVG.
#[derive(Debug, Clone)]
pub struct Poster {
    /// The deep link in the code.
    pub link: String,
    /// The poster as SVG.
    pub svg: String,
}

/// Pixels per QR module, and the white margin of four modules the QR standard asks for.
const MODULE: usize = 10;
const QUIET: usize = 4;
/// The poster's width in pixels.
const WIDTH: usize = 640;

impl Poster {
    /// The poster for `topic` in `lang`, linking to the Telegram bot `bot` (its username).
    pub fn new(catalog: &Catalog, bot: &str, lang: &str, topic: &str) -> Result<Poster> {
        let bot = bot.trim_start_matches('@');
        if bot.is_empty() || !bot.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            bail!("--bot must be the bot's Telegram username (letters, digits, _), not {bot:?}");
        }
        if !catalog.locales.has(lang) {
            let all: Vec<&str> = catalog.locales.codes().collect();
            bail!("no language {lang:?}; choose one of: {}", all.join(", "));
        }
        let Some(flow) = catalog.flows.get(topic) else {
            bail!("no topic {topic:?}; choose one of: {}", catalog.topics.join(", "));
        };
        let link = format!("https://t.me/{bot}?start={lang}_{topic}");
        let code = qrcode::QrCode::new(link.as_bytes()).context("the link is too long for a QR code")?;
        let n = code.width();
        let colors = code.to_colors();
        let side = (n + 2 * QUIET) * MODULE;
        let left = WIDTH.saturating_sub(side) / 2;
        let title = wrap(&catalog.locales.text(lang, &flow.title, &[]), 40);
        let scan = wrap(&catalog.locales.text(lang, "qr-scan", &[]), 60);
        let height = side + 30 * title.len() + 22 * scan.len() + 60;
        let dir = if crate::core::i18n::is_rtl(lang) {
            r#" direction="rtl""#
        } else {
            ""
        };
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" \
             font-family=\"DejaVu Sans, sans-serif\" fill=\"#1a202c\">\n<title>{t}</title>\n\
             <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n<g fill=\"#000\" shape-rendering=\"crispEdges\">\n",
            t = escape(&title.join(" "))
        );
        for (i, c) in colors.iter().enumerate() {
            if *c == qrcode::Color::Dark {
                let (x, y) = (left + (i % n + QUIET) * MODULE, (i / n + QUIET) * MODULE);
                let _ = writeln!(svg, "<rect x=\"{x}\" y=\"{y}\" width=\"{MODULE}\" height=\"{MODULE}\"/>");
            }
        }
        svg.push_str("</g>\n");
        let mid = (WIDTH / 2) as i64;
        let mut y = (side + 10) as i64;
        let title_attrs = format!(r#"text-anchor="middle" font-size="24" font-weight="bold"{dir}"#);
        for line in &title {
            y += 30;
            svg.push_str(&text(mid, y, &title_attrs, line));
        }
        y += 8;
        let scan_attrs = format!(r#"text-anchor="middle" font-size="16"{dir}"#);
        for line in &scan {
            y += 22;
            svg.push_str(&text(mid, y, &scan_attrs, line));
        }
        svg.push_str(&text(mid, y + 28, r##"text-anchor="middle" font-size="12" fill="#4a5568""##, &link));
        svg.push_str("</svg>\n");
        Ok(Poster { link, svg })
    }

    /// The poster as PNG.
    pub fn png(&self) -> Result<Vec<u8>> {
        crate::ops::report::chart::png(&self.svg)
    }
}

/// Lines of at most `max` characters, broken between words (a longer word keeps its line).
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![];
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= max => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn wraps_between_words() {
        assert_eq!(super::wrap("een twee drie vier", 9), ["een twee", "drie vier"]);
        assert_eq!(super::wrap("onuitsprekelijk kort", 5), ["onuitsprekelijk", "kort"]);
    }
}
