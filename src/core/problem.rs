//! Problems found while loading flows, locales or configuration: file, place, what, and a fix.

use std::fmt;

/// One problem: which file, where in it, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Problem {
    /// The file, as given.
    pub file: String,
    /// Where in it ("line 3", "node 'start', choice 2"), or empty.
    pub place: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl Problem {
    /// A problem in `file` at `place`: what is wrong, and how to fix it.
    pub fn new(file: impl Into<String>, place: impl Into<String>, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Problem {
            file: file.into(),
            place: place.into(),
            message: message.into(),
            hint: hint.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.place.is_empty() {
            write!(f, " ({})", self.place)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
    }
}

/// Several problems at once, so one `check` run shows all of them.
#[derive(Debug, Clone, thiserror::Error)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// The 1-based line of a byte offset, for pointing at a place in a file.
pub fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// A TOML file that does not parse or has an unknown field, with the line it points at.
pub fn from_toml(file: &str, text: &str, e: &toml::de::Error, hint: &str) -> Problem {
    let place = e.span().map(|s| format!("line {}", line_of(text, s.start))).unwrap_or_default();
    Problem::new(file, place, e.message(), hint)
}
