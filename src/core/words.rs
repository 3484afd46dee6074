//! The words a parent may type instead of a slash command ("terug", "geri", "назад", "رجوع"),
//! and the number words for choosing, per language: read once from each language's `words-*`
//! messages (comma-separated), so a new language brings its own.

use std::collections::BTreeMap;

use crate::core::i18n::Locales;
use crate::core::text::key;

/// The lists, by message id.
pub const LISTS: [&str; 7] = [
    "words-menu",
    "words-back",
    "words-stop",
    "words-help",
    "words-language",
    "words-adviser",
    "words-numbers",
];

/// Every language's lists, each entry passed through [`key`].
#[derive(Debug, Default)]
pub struct Words {
    by_lang: BTreeMap<String, BTreeMap<&'static str, Vec<String>>>,
}

impl Words {
    /// Reads the lists of every language.
    pub fn load(locales: &Locales) -> Words {
        let by_lang = locales
            .codes()
            .map(|code| {
                let lists = LISTS
                    .iter()
                    .filter(|id| locales.get(code).is_some_and(|l| l.ids.contains(**id)))
                    .map(|id| {
                        let text = locales.text(code, id, &[]);
                        (*id, text.split(',').map(key).filter(|w| !w.is_empty()).collect())
                    })
                    .collect();
                (code.to_string(), lists)
            })
            .collect();
        Words { by_lang }
    }

    /// One list of one language (empty when the language lacks it).
    pub fn list(&self, lang: &str, id: &str) -> &[String] {
        self.by_lang.get(lang).and_then(|l| l.get(id)).map_or(&[], Vec::as_slice)
    }

    /// Which list of `langs` (in order) holds the whole of `text`, if any.
    pub fn find(&self, langs: &[&str], text: &str) -> Option<&'static str> {
        let t = key(text);
        if t.is_empty() {
            return None;
        }
        langs.iter().find_map(|lang| {
            let lists = self.by_lang.get(*lang)?;
            LISTS
                .iter()
                .filter(|id| **id != "words-numbers")
                .find(|id| lists.get(**id).is_some_and(|l| l.contains(&t)))
                .copied()
        })
    }
}
