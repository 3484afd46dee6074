//! Regional contacts are data: one file per region in `flows/regions/`, whose contacts reach the
//! messages as Fluent variables (`{ $leerplicht }`). A parent picks their region once (a flow
//! choice with `region = "..."`), or the office sets it in `wegwijzer.toml`; where no region is
//! known, or a region lacks a contact, the message `contact-<key>-elsewhere` says how to find
//! it locally.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::core::files::sorted_entries;
use crate::core::problem::Problem;

/// The region id that means "no region data": the elsewhere texts are used.
pub const ELSEWHERE: &str = "elsewhere";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionFile {
    name: String,
    #[serde(default)]
    contacts: BTreeMap<String, String>,
}

/// One region's contacts.
#[derive(Debug, Clone)]
pub struct Region {
    /// Message id of the region's name.
    pub name: String,
    /// Contact key (a Fluent variable name) to the text shown: a name, a phone number, a site.
    pub contacts: BTreeMap<String, String>,
}

/// Every region, by id.
#[derive(Debug, Clone, Default)]
pub struct Regions {
    /// The regions by id (the file name).
    pub by_id: BTreeMap<String, Region>,
}

impl Regions {
    /// Loads `dir/*.toml` (a missing folder means no regions).
    pub fn load(dir: &Path, known_message: &dyn Fn(&str) -> bool, problems: &mut Vec<Problem>) -> Self {
        let mut by_id = BTreeMap::new();
        let Ok(files) = sorted_entries(dir) else {
            return Self { by_id };
        };
        for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
            let file = path.display().to_string();
            let id = path.file_stem().unwrap_or_default().to_string_lossy().to_string();
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Problem::new(&file, "", format!("cannot read: {e}"), "save it as UTF-8 text"));
                    continue;
                }
            };
            let raw: RegionFile = match toml::from_str(&text) {
                Ok(r) => r,
                Err(e) => {
                    problems.push(crate::core::problem::from_toml(
                        &file,
                        &text,
                        &e,
                        "a region file has name = \"<message id>\" and a [contacts] table; see flows/README.md",
                    ));
                    continue;
                }
            };
            if !known_message(&raw.name) {
                problems.push(Problem::new(
                    &file,
                    "name",
                    format!("message '{}' does not exist", raw.name),
                    "add the region's name to locales/nl/main.ftl (and every other language)",
                ));
            }
            for key in raw.contacts.keys() {
                if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                    problems.push(Problem::new(
                        &file,
                        format!("contacts.{key}"),
                        "a contact key is a Fluent variable name",
                        "use lower-case letters, digits and _ only",
                    ));
                }
            }
            by_id.insert(
                id,
                Region {
                    name: raw.name,
                    contacts: raw.contacts,
                },
            );
        }
        Self { by_id }
    }

    /// Every contact key any region has.
    pub fn keys(&self) -> BTreeSet<&str> {
        self.by_id.values().flat_map(|r| r.contacts.keys().map(String::as_str)).collect()
    }

    /// The message id that explains how to find contact `key` without region data.
    pub fn elsewhere_message(key: &str) -> String {
        format!("contact-{key}-elsewhere")
    }
}
