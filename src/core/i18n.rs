//! Fluent messages per language, loaded from locales/<lang>/*.ftl, with a fallback chain.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{self, Entry};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::core::files::sorted_entries;
use crate::core::problem::{Problem, line_of};

/// The language every message is written in first; the last link of every fallback chain.
pub const SOURCE_LANG: &str = "nl";
const BRIDGE_LANG: &str = "en";

/// One language's messages.
pub struct Locale {
    bundle: FluentBundle<FluentResource>,
    /// Every message id it defines.
    pub ids: BTreeSet<String>,
    /// The variables (`{ $name }`) each message uses.
    pub vars: BTreeMap<String, BTreeSet<String>>,
    /// Where each message is defined: file and line.
    pub places: BTreeMap<String, (String, usize)>,
    /// Problems in the text that do not stop the bot (right-to-left display), for `check`.
    pub findings: Vec<Problem>,
}

/// Whether a language is written right to left (Arabic).
pub fn is_rtl(code: &str) -> bool {
    code.parse::<LanguageIdentifier>()
        .is_ok_and(|l| l.character_direction() == CharacterDirection::RTL)
}

/// Every language's messages, with the fallback chain.
pub struct Locales {
    by_code: BTreeMap<String, Locale>,
}

impl Locales {
    /// Loads every folder under `dir` as one language.
    pub fn load(dir: &Path, problems: &mut Vec<Problem>) -> Locales {
        let mut by_code = BTreeMap::new();
        let folders = match sorted_entries(dir) {
            Ok(f) => f,
            Err(e) => {
                problems.push(Problem::new(
                    dir.display().to_string(),
                    "",
                    format!("cannot read the locales folder: {e}"),
                    "run from the project folder or pass --root",
                ));
                return Locales { by_code };
            }
        };
        for folder in folders.into_iter().filter(|p| p.is_dir()) {
            let code = folder.file_name().unwrap_or_default().to_string_lossy().to_string();
            if let Some(locale) = load_locale(&folder, &code, problems) {
                by_code.insert(code, locale);
            }
        }
        for needed in [SOURCE_LANG, BRIDGE_LANG] {
            if !by_code.contains_key(needed) {
                problems.push(Problem::new(
                    dir.join(needed).display().to_string(),
                    "",
                    format!("the '{needed}' locale is missing"),
                    "every fallback chain ends in English then Dutch; restore that folder",
                ));
            }
        }
        Locales { by_code }
    }

    /// The language codes, sorted.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.by_code.keys().map(String::as_str)
    }

    /// One language, if present.
    pub fn get(&self, code: &str) -> Option<&Locale> {
        self.by_code.get(code)
    }

    /// Whether the language is present.
    pub fn has(&self, code: &str) -> bool {
        self.by_code.contains_key(code)
    }

    /// Problems in the texts themselves, whatever the flows: right-to-left display, and
    /// placeholders a translation uses that its Dutch source does not have (the parent would
    /// read "{$maxx}").
    pub fn text_problems(&self) -> Vec<Problem> {
        let mut problems = vec![];
        let source = self.by_code.get(SOURCE_LANG);
        for (code, locale) in &self.by_code {
            problems.extend(locale.findings.iter().cloned());
            let Some(source) = source.filter(|_| code != SOURCE_LANG) else {
                continue;
            };
            for (id, used) in &locale.vars {
                let known = source.vars.get(id);
                for var in used.iter().filter(|v| known.is_none_or(|k| !k.contains(*v))) {
                    let (file, line) = locale.places.get(id).cloned().unwrap_or_default();
                    problems.push(Problem::new(
                        file,
                        format!("line {line}, message '{id}'"),
                        format!("uses {{ ${var} }}, which the Dutch source does not have: the parent would read it as is"),
                        format!(
                            "use the placeholders of locales/{SOURCE_LANG}: {}",
                            known
                                .map(|k| k.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", "))
                                .filter(|s| !s.is_empty())
                                .unwrap_or_else(|| "none".into())
                        ),
                    ));
                }
            }
        }
        problems
    }

    /// True when `id` exists in at least the source language.
    pub fn known(&self, id: &str) -> bool {
        self.by_code.get(SOURCE_LANG).is_some_and(|l| l.ids.contains(id))
    }

    /// Formats `id` in `lang`, falling back to English, then Dutch, then the id itself,
    /// so a missing message never breaks a conversation.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for code in [lang, BRIDGE_LANG, SOURCE_LANG] {
            let Some(locale) = self.by_code.get(code) else { continue };
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = vec![];
            let out = locale.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            return out.into_owned();
        }
        tracing::warn!(id, "message missing in every language");
        id.to_string()
    }
}

fn load_locale(folder: &Path, code: &str, problems: &mut Vec<Problem>) -> Option<Locale> {
    let langid: LanguageIdentifier = match code.parse() {
        Ok(l) => l,
        Err(_) => {
            problems.push(Problem::new(
                folder.display().to_string(),
                "",
                format!("'{code}' is not a language code"),
                "name the folder after a language code such as nl, en, ar, tr",
            ));
            return None;
        }
    };
    let rtl = langid.character_direction() == CharacterDirection::RTL;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks keep numbers and links in place inside right-to-left text,
    // and are noise everywhere else.
    bundle.set_use_isolating(rtl);
    let mut ids = BTreeSet::new();
    let mut vars = BTreeMap::new();
    let mut places = BTreeMap::new();
    let mut findings = vec![];
    let files = sorted_entries(folder).unwrap_or_default();
    for file in files.iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
        let name = file.display().to_string();
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => {
                problems.push(Problem::new(&name, "", format!("cannot read: {e}"), "save it as UTF-8 text"));
                continue;
            }
        };
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(Problem::new(
                        &name,
                        format!("line {}", line_of(&source, e.pos.start)),
                        format!("Fluent syntax error: {}", e.kind),
                        "continuation lines must be indented; a value line must not start with [, * or .",
                    ));
                }
                r
            }
        };
        for entry in resource.entries() {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name.to_string();
            let line = source.find(&format!("\n{id} =")).map(|at| line_of(&source, at + 1)).unwrap_or(1);
            if !ids.insert(id.clone()) {
                problems.push(Problem::new(
                    &name,
                    format!("message '{id}'"),
                    "defined twice in this language",
                    "keep one definition; message ids are shared by all files of a locale",
                ));
            }
            let mut used = BTreeSet::new();
            let mut text = String::new();
            if let Some(p) = &m.value {
                walk(p, &mut used, &mut text);
            }
            for a in &m.attributes {
                walk(&a.value, &mut used, &mut text);
            }
            if rtl && let Some(bare) = bare_ltr_run(&text) {
                findings.push(Problem::new(
                    &name,
                    format!("line {line}, message '{id}'"),
                    format!("'{bare}' is not isolated: right-to-left text reorders it (0800-0113 shows as 0113-0800)"),
                    "wrap every number, URL and Latin name in U+2066 ... U+2069 (LRI ... PDI), or pass it as a { $variable }",
                ));
            }
            vars.insert(id.clone(), used);
            places.insert(id, (name.clone(), line));
        }
        // Duplicates were reported above; the last definition wins.
        bundle.add_resource_overriding(resource);
    }
    Some(Locale {
        bundle,
        ids,
        vars,
        places,
        findings,
    })
}

/// Collects the variables a pattern uses, and its literal text (placeables become U+FFFC, which
/// Fluent isolates itself).
fn walk(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                text.push('\u{FFFC}');
                walk_expression(expression, vars, text);
            }
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, vars, text),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, text);
            for v in variants {
                // Each variant is its own text: keep them apart.
                text.push('\n');
                walk(&v.value, vars, text);
            }
        }
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, text),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, text);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, text);
            }
        }
        _ => {}
    }
}

/// The first run of Latin letters or digits (with the punctuation inside numbers, URLs and
/// names) outside a directional isolate, in a text with right-to-left letters; None when all
/// are isolated. Such runs are reordered by the Unicode bidi algorithm, and a line starting with
/// one is laid out left to right.
pub fn bare_ltr_run(text: &str) -> Option<String> {
    let rtl_letters = text
        .chars()
        .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF));
    if !rtl_letters {
        return None;
    }
    let mut depth = 0usize;
    let mut run = String::new();
    let ltr = |c: char| c.is_ascii_alphanumeric() || ('\u{00C0}'..='\u{024F}').contains(&c);
    let joins = |c: char| matches!(c, '.' | '-' | '/' | ':' | '@' | '_' | '&' | '\'' | ' ');
    for c in text.chars() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth == 0 && ltr(c) => run.push(c),
            _ if depth == 0 && !run.is_empty() && joins(c) => run.push(c),
            // A command (/menu) or an international number (+31) starts with its sign.
            '/' | '+' if depth == 0 && run.is_empty() => run.push(c),
            _ => {
                if run.chars().any(ltr) {
                    return Some(run.trim().to_string());
                }
                run.clear();
            }
        }
    }
    run.chars().any(ltr).then(|| run.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    #[test]
    fn falls_back_from_language_to_english_to_dutch() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "nl/main.ftl", "a = nl-a\nb = nl-b\nc = nl-c\n");
        write(d.path(), "en/main.ftl", "a = en-a\nb = en-b\n");
        write(d.path(), "pl/main.ftl", "a = pl-a\n");
        let mut problems = vec![];
        let l = Locales::load(d.path(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(l.text("pl", "a", &[]), "pl-a");
        assert_eq!(l.text("pl", "b", &[]), "en-b");
        assert_eq!(l.text("pl", "c", &[]), "nl-c");
        assert_eq!(l.text("xx", "a", &[]), "en-a");
        assert_eq!(l.text("pl", "nothing", &[]), "nothing");
    }

    #[test]
    fn reports_syntax_errors_with_line() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "nl/main.ftl", "a = ok\nb =\nbroken line\n");
        write(d.path(), "en/main.ftl", "a = ok\n");
        let mut problems = vec![];
        Locales::load(d.path(), &mut problems);
        assert!(!problems.is_empty());
        assert!(problems[0].file.ends_with("nl/main.ftl"));
        assert!(problems[0].place.starts_with("line "), "{:?}", problems[0]);
    }

    #[test]
    fn bare_numbers_in_right_to_left_text_are_found() {
        assert_eq!(bare_ltr_run("اتصل بـ 0800-0113 الآن").as_deref(), Some("0800-0113"));
        assert_eq!(bare_ltr_run("الموقع 113.nl"), Some("113.nl".into()));
        assert_eq!(bare_ltr_run("Ouders & Onderwijs يساعد"), Some("Ouders & Onderwijs".into()));
        assert_eq!(bare_ltr_run("اتصل بـ \u{2066}0800-0113\u{2069} الآن"), None);
        assert_eq!(bare_ltr_run("رقم \u{FFFC} هنا"), None);
        assert_eq!(bare_ltr_run("call 0800-0113"), None, "no right-to-left letters: nothing to reorder");
    }

    #[test]
    fn variables_and_rtl_findings_are_collected() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "nl/main.ftl",
            "n = bel { $nummer } of { $x ->\n    [a] een { $y }\n   *[b] twee\n}\n",
        );
        write(d.path(), "en/main.ftl", "n = call { $nummer }\n");
        write(d.path(), "ar/main.ftl", "\nn = اتصل { $nummer } أو 113\n");
        let l = Locales::load(d.path(), &mut vec![]);
        let vars: Vec<&str> = l.get("nl").unwrap().vars["n"].iter().map(String::as_str).collect();
        assert_eq!(vars, ["nummer", "x", "y"]);
        let f = &l.get("ar").unwrap().findings;
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].place.starts_with("line 2"), "{f:?}");
        assert!(f[0].message.starts_with("'113'"), "{f:?}");
    }

    #[test]
    fn arabic_keeps_isolation_marks() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "nl/main.ftl", "n = nummer { $n }\n");
        write(d.path(), "en/main.ftl", "n = number { $n }\n");
        write(d.path(), "ar/main.ftl", "n = رقم { $n }\n");
        let l = Locales::load(d.path(), &mut vec![]);
        assert_eq!(l.text("en", "n", &[("n", "7".into())]), "number 7");
        assert_eq!(l.text("ar", "n", &[("n", "7".into())]), "رقم \u{2068}7\u{2069}");
    }
}
