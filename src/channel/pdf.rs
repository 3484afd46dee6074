//! A letter as a PDF to print or e-mail: A4, the title in bold, the text in 11-point Helvetica
//! wrapped at word boundaries, as many pages as it needs. The standard fonts are in every PDF
//! reader, so nothing is embedded; they cover Western European letters (WinAnsi), which is all a
//! Dutch letter needs; anything else is written as "?".

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::core::engine::Document;

const PAGE: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 64.0;
const SIZE: f32 = 11.0;
const LEADING: f32 = 15.0;
/// Characters per line: Helvetica's letters average about half their size in width, so 11
/// points over A4 minus the margins takes about 84; 80 leaves room for wide letters.
const WIDTH: usize = 80;

/// The document as PDF bytes.
pub fn render(doc: &Document) -> Vec<u8> {
    let mut lines = vec![];
    for paragraph in doc.body.lines() {
        if paragraph.trim().is_empty() {
            lines.push(String::new());
        } else {
            lines.extend(wrap(paragraph, WIDTH));
        }
    }
    let per_page = ((PAGE.1 - 2.0 * MARGIN - 2.0 * LEADING) / LEADING) as usize;
    let pages: Vec<&[String]> = if lines.is_empty() {
        vec![&[][..]]
    } else {
        lines.chunks(per_page).collect()
    };

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let first_page = 6;
    let page_ids: Vec<Ref> = (0..pages.len()).map(|i| Ref::new(first_page + 2 * i as i32)).collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids(page_ids.iter().copied()).count(pages.len() as i32);
    pdf.document_info(info).title(TextStr(&doc.title));
    for (i, chunk) in pages.iter().enumerate() {
        let id = page_ids[i];
        let content_id = Ref::new(id.get() + 1);
        let mut page = pdf.page(id);
        page.media_box(Rect::new(0.0, 0.0, PAGE.0, PAGE.1));
        page.parent(tree);
        page.contents(content_id);
        let mut resources = page.resources();
        let mut fonts = resources.fonts();
        fonts.pair(Name(b"F1"), regular);
        fonts.pair(Name(b"F2"), bold);
        fonts.finish();
        resources.finish();
        page.finish();
        let mut c = Content::new();
        c.begin_text();
        c.set_leading(LEADING);
        c.next_line(MARGIN, PAGE.1 - MARGIN);
        if i == 0 {
            c.set_font(Name(b"F2"), SIZE + 2.0);
            c.show(Str(&win_ansi(&doc.title)));
            c.next_line_using_leading();
            c.next_line_using_leading();
        }
        c.set_font(Name(b"F1"), SIZE);
        for line in chunk.iter() {
            c.show(Str(&win_ansi(line)));
            c.next_line_using_leading();
        }
        c.end_text();
        pdf.stream(content_id, &c.finish());
    }
    for (id, name) in [(regular, &b"Helvetica"[..]), (bold, &b"Helvetica-Bold"[..])] {
        pdf.type1_font(id)
            .base_font(Name(name))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.finish()
}

/// A paragraph in lines of at most `width` characters, broken between words (a longer word
/// gets a line of its own).
fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let indent: String = paragraph.chars().take_while(|c| *c == ' ').collect();
    let mut lines = vec![];
    let mut line = indent.clone();
    for word in paragraph.split_whitespace() {
        let len = line.chars().count();
        if len > indent.len() && len + 1 + word.chars().count() > width {
            lines.push(std::mem::replace(&mut line, indent.clone()));
        }
        if line.chars().count() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// Text in the standard fonts' WinAnsi encoding; the PDF string's own special characters are
/// escaped by pdf-writer.
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'))
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '…' => 0x85,
            '\t' => b' ',
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_letter_becomes_a_pdf_of_several_pages() {
        let body = (1..=80)
            .map(|i| format!("Regel {i}: geachte heer, mevrouw, ik maak bezwaar tegen het besluit van de school — één keer."))
            .collect::<Vec<_>>()
            .join("\n\n");
        let doc = Document {
            name: "bezwaar".into(),
            title: "Bezwaar tegen schorsing".into(),
            body,
        };
        let pdf = render(&doc);
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        // 80 paragraphs of two lines and a blank line each: 239 lines, 45 to a page.
        assert!(text.contains("/Count 6"), "{}", &text[..400]);
        assert!(text.contains("/WinAnsiEncoding"));
        // Non-ASCII strings are written in hex: "één" is e9 e9 6e in WinAnsi.
        assert!(text.to_lowercase().contains("e9e96e"), "é is one WinAnsi byte");
    }

    #[test]
    fn lines_break_between_words_and_keep_their_indent() {
        let lines = wrap("  - een heel lange zin die niet op een regel past", 20);
        assert!(lines.iter().all(|l| l.starts_with("  ") && l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.join(" ").split_whitespace().count(), 11);
        assert_eq!(win_ansi("\u{2066}0800\u{2069} ✓"), b"0800 ?");
    }
}
