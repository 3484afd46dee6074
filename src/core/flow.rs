//! Flows are data: one TOML file per topic, validated on load.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

use regex::Regex;
use serde::Deserialize;

use crate::core::problem::Problem;
use crate::core::queue::Priority;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowFile {
    id: String,
    title: String,
    start: String,
    #[serde(default = "default_order")]
    order: u32,
    #[serde(default)]
    followup: bool,
    #[serde(rename = "node", default)]
    nodes: BTreeMap<String, NodeFile>,
}

fn default_order() -> u32 {
    100
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeFile {
    say: String,
    #[serde(default)]
    choices: Vec<ChoiceFile>,
    ask: Option<AskFile>,
    #[serde(default)]
    end: bool,
    escalate: Option<Priority>,
    source: Option<Sources>,
    checked: Option<String>,
    letter: Option<String>,
    deadline: Option<DeadlineFile>,
    #[serde(default)]
    offer: Vec<ChoiceFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineFile {
    kind: String,
    from: Option<String>,
    weeks: Option<i64>,
    extend_weeks: Option<i64>,
    before: Option<String>,
}

/// One source URL, or several.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Sources {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceFile {
    label: String,
    goto: Option<String>,
    flow: Option<String>,
    escalate: Option<Priority>,
    tag: Option<String>,
    region: Option<String>,
    need: Option<String>,
    #[serde(default)]
    set: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AskFile {
    key: String,
    pattern: Option<String>,
    date: Option<DateRule>,
    invalid: String,
    goto: String,
}

/// One topic's scripted conversation, validated.
#[derive(Debug, Clone)]
pub struct Flow {
    /// The topic id (the file name).
    pub id: String,
    /// Message id of its menu label.
    pub title: String,
    /// The first node.
    pub start: String,
    /// Its place in the menu.
    pub order: u32,
    /// The nodes by name.
    pub nodes: BTreeMap<String, Node>,
    /// After an answer of this topic the bot offers to ask, 4 weeks later, whether the child is
    /// back at school (the topics about a child out of school).
    pub followup: bool,
}

/// One step of a flow: what the bot says and what comes next.
#[derive(Debug, Clone)]
pub struct Node {
    /// Message id of what the bot says.
    pub say: String,
    /// What kind of step it is.
    pub kind: Kind,
}

/// What a node does after saying its text.
#[derive(Debug, Clone)]
pub enum Kind {
    /// Offers choices.
    Choices(Vec<Choice>),
    /// Asks for a typed answer.
    Ask(Ask),
    /// Gives an answer, with its sources.
    End {
        /// The URLs the answer's facts come from (at least one).
        sources: Vec<String>,
        /// When the facts were last checked against the sources.
        checked: Option<time::Date>,
        /// The Dutch letter this answer writes (`letter-<id>` in locales/nl), if any.
        letter: Option<String>,
        /// The deadline this answer states, if any.
        deadline: Option<Deadline>,
        /// Next steps offered after the answer (before "adviser" and "menu"): a label and the
        /// node it leads to, such as "Help me write the letter".
        offers: Vec<(String, String)>,
    },
    /// Hands the conversation to the advisers at this priority.
    Escalate(Priority),
}

/// One choice of a node.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Message id of its label.
    pub label: String,
    /// Where it leads.
    pub target: Target,
    /// A tag the queue rules read (e.g. home_over_4_weeks).
    pub tag: Option<String>,
    /// Choosing it sets the parent's region (flows/regions/<region>.toml), or "elsewhere".
    pub region: Option<String>,
    /// Choosing it records the support need behind the absence (counted, never tied to a person).
    pub need: Option<crate::core::ids::SupportNeed>,
    /// Facts choosing it records for a letter (e.g. school = "openbaar"); never personal data.
    pub set: BTreeMap<String, String>,
}

/// A deadline an answer states, computed from a date the parent gave or from the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// What runs out ("objection", "enrolment", "exemption"): the reminder's kind.
    pub kind: String,
    /// How the date is computed.
    pub rule: DeadlineRule,
}

/// How a deadline's date is computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadlineRule {
    /// A number of weeks after the date the parent gave (an ask node's `key`), and optionally a
    /// longest extension after it (`$deadline_late`).
    After {
        /// The ask node's key holding the date.
        from: String,
        /// Weeks after that date.
        weeks: i64,
        /// Weeks the other side may extend it by, once.
        extend: Option<i64>,
    },
    /// The next given day of the year (month, day), e.g. 1 July for a yearly renewal.
    Before(time::Month, u8),
}

/// Which dates an ask node accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRule {
    /// Today or earlier (a decision already taken).
    Past,
    /// Any date.
    Any,
}

impl Node {
    /// For a question asked once per conversation (every choice sets a region, or every choice
    /// a support need): which choice an earlier answer already gives. `region` and `need` are
    /// what the conversation knows; None means the question must be asked.
    pub fn known_choice(&self, region: Option<&str>, need: Option<crate::core::ids::SupportNeed>) -> Option<usize> {
        let Kind::Choices(cs) = &self.kind else { return None };
        if cs.iter().all(|c| c.region.is_some()) {
            let r = region?;
            return cs
                .iter()
                .position(|c| c.region.as_deref() == Some(r))
                .or_else(|| cs.iter().position(|c| c.region.as_deref() == Some(crate::core::region::ELSEWHERE)));
        }
        if cs.iter().all(|c| c.need.is_some()) {
            let n = need?;
            return Some(cs.iter().position(|c| c.need == Some(n)).unwrap_or(0));
        }
        None
    }
}

/// Where a choice leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another node of the same flow.
    Node(String),
    /// The start of another flow.
    Flow(String),
    /// The advisers, at this priority.
    Escalate(Priority),
}

/// A question answered by typing.
#[derive(Debug, Clone)]
pub struct Ask {
    /// The answer's name.
    pub key: String,
    /// What a valid answer looks like.
    pub pattern: Option<Regex>,
    /// The answer is a date, read in the parent's language and kept as a fact (YYYY-MM-DD).
    pub date: Option<DateRule>,
    /// Message id said when the answer does not match.
    pub invalid: String,
    /// The node after a valid answer.
    pub goto: String,
}

impl Flow {
    /// Every message id this flow says or shows in the parent's language (a letter itself is
    /// Dutch only, its explanation is in every language).
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::from([self.title.clone()]);
        for node in self.nodes.values() {
            ids.insert(node.say.clone());
            match &node.kind {
                Kind::Choices(cs) => ids.extend(cs.iter().map(|c| c.label.clone())),
                Kind::Ask(a) => {
                    ids.insert(a.invalid.clone());
                }
                Kind::End { letter, offers, .. } => {
                    ids.extend(letter.iter().map(|l| format!("letter-{l}-explain")));
                    ids.extend(offers.iter().map(|(label, _)| label.clone()));
                }
                _ => {}
            }
        }
        ids
    }
}

/// Parses and checks one flow file. `known_message` says whether a message id exists.
/// Cross-flow links (`flow = ...`) are checked by the catalog, which sees all flows.
pub fn parse(file: &str, text: &str, expect_id: &str, known_message: &dyn Fn(&str) -> bool) -> Result<Flow, Vec<Problem>> {
    let raw: FlowFile = toml::from_str(text).map_err(|e| {
        vec![crate::core::problem::from_toml(
            file,
            text,
            &e,
            "see flows/README.md for the fields a flow and a node may have",
        )]
    })?;
    let mut problems = vec![];
    let mut bad = |place: String, msg: String, hint: &str| problems.push(Problem::new(file, place, msg, hint));
    if raw.id != expect_id {
        bad(
            "id".into(),
            format!("id '{}' differs from the file name '{expect_id}'", raw.id),
            "the file name is the topic id; rename the file or the id",
        );
    }
    let node_names: Vec<&str> = raw.nodes.keys().map(String::as_str).collect();
    let node_hint = format!("nodes in this flow: {}", node_names.join(", "));
    if !raw.nodes.contains_key(&raw.start) {
        bad("start".into(), format!("start node '{}' does not exist", raw.start), &node_hint);
    }
    let check_msg = |place: &str, id: &str, bad: &mut dyn FnMut(String, String, &str)| {
        if !known_message(id) {
            bad(
                place.to_string(),
                format!("message '{id}' does not exist"),
                "add it to locales/nl/<topic>.ftl (and every other language), or fix the id",
            );
        }
    };
    check_msg("title", &raw.title, &mut bad);

    let mut nodes = BTreeMap::new();
    for (name, n) in &raw.nodes {
        let place = format!("node '{name}'");
        check_msg(&place, &n.say, &mut bad);
        let kinds = [!n.choices.is_empty(), n.ask.is_some(), n.end, n.escalate.is_some()];
        let count = kinds.iter().filter(|k| **k).count();
        if count != 1 {
            bad(
                place.clone(),
                if count == 0 {
                    "dead end: the node has no choices, ask, end or escalate".into()
                } else {
                    "a node takes only one of choices, ask, end, escalate".into()
                },
                "give the node exactly one of: choices = [...], ask = {...}, end = true, escalate = \"normal\"",
            );
            continue;
        }
        if (n.source.is_some() || n.checked.is_some() || n.letter.is_some() || n.deadline.is_some() || !n.offer.is_empty()) && !n.end {
            bad(
                place.clone(),
                "source, checked, letter, deadline and offer belong to answers".into(),
                "move them to an end = true node",
            );
        }
        let kind = if !n.choices.is_empty() {
            let mut choices = vec![];
            for (i, c) in n.choices.iter().enumerate() {
                let cplace = format!("{place}, choice {}", i + 1);
                check_msg(&cplace, &c.label, &mut bad);
                let target = match (&c.goto, &c.flow, c.escalate) {
                    (Some(g), None, None) => {
                        if !raw.nodes.contains_key(g) {
                            bad(cplace.clone(), format!("goto '{g}' does not exist"), &node_hint);
                        }
                        Target::Node(g.clone())
                    }
                    (None, Some(f), None) => Target::Flow(f.clone()),
                    (None, None, Some(p)) => Target::Escalate(p),
                    _ => {
                        bad(
                            cplace,
                            "a choice needs exactly one of goto, flow, escalate".into(),
                            "for example { label = \"...\", goto = \"next\" }",
                        );
                        continue;
                    }
                };
                let need = match c.need.as_deref() {
                    None => None,
                    Some(n) => match crate::core::ids::SupportNeed::parse(n) {
                        Some(n) => Some(n),
                        None => {
                            bad(
                                cplace.clone(),
                                format!("need '{n}' is not a support need"),
                                &format!(
                                    "use one of: {}",
                                    crate::core::ids::SupportNeed::ALL
                                        .iter()
                                        .map(|n| n.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            );
                            None
                        }
                    },
                };
                choices.push(Choice {
                    label: c.label.clone(),
                    target,
                    tag: c.tag.clone(),
                    region: c.region.clone(),
                    need,
                    set: c.set.clone(),
                });
            }
            Kind::Choices(choices)
        } else if let Some(a) = &n.ask {
            check_msg(&format!("{place}, ask"), &a.invalid, &mut bad);
            if !raw.nodes.contains_key(&a.goto) {
                bad(format!("{place}, ask"), format!("goto '{}' does not exist", a.goto), &node_hint);
            }
            let pattern = match a.pattern.as_deref().map(Regex::new).transpose() {
                Ok(p) => p,
                Err(e) => {
                    bad(
                        format!("{place}, ask pattern"),
                        format!("bad regex: {e}"),
                        "regex syntax: https://docs.rs/regex; escape backslashes in TOML (\\\\d) or use '...' strings",
                    );
                    None
                }
            };
            if a.date.is_some() && pattern.is_some() {
                bad(
                    format!("{place}, ask"),
                    "a date question takes no pattern".into(),
                    "remove pattern: the date is read in the parent's language",
                );
            }
            Kind::Ask(Ask {
                key: a.key.clone(),
                pattern,
                date: a.date,
                invalid: a.invalid.clone(),
                goto: a.goto.clone(),
            })
        } else if n.end {
            let sources = match &n.source {
                Some(Sources::One(s)) => vec![s.clone()],
                Some(Sources::Many(v)) => v.clone(),
                None => vec![],
            };
            if sources.is_empty() {
                bad(
                    place.clone(),
                    "an answer without a source".into(),
                    "add source = \"https://...\" (an official page a parent can show the school: wetten.overheid.nl, onderwijsinspectie.nl, oudersonderwijs.nl, ...)",
                );
            }
            for s in &sources {
                if !s.starts_with("https://") {
                    bad(
                        place.clone(),
                        format!("source '{s}' is not an https:// address"),
                        "use the page's https address, or an official source that has one",
                    );
                }
            }
            let checked = match n.checked.as_deref() {
                None => {
                    bad(
                        place.clone(),
                        "an answer without the date its facts were checked".into(),
                        "add checked = \"YYYY-MM-DD\": the day you compared the text with its sources",
                    );
                    None
                }
                Some(d) => {
                    let date = crate::core::calendar::parse_day(d);
                    if date.is_none() {
                        bad(
                            place.clone(),
                            format!("checked '{d}' is not a date"),
                            "write it as YYYY-MM-DD, e.g. 2026-12-01",
                        );
                    }
                    date
                }
            };
            if let Some(l) = &n.letter {
                for id in [format!("letter-{l}"), format!("letter-{l}-title"), format!("letter-{l}-explain")] {
                    check_msg(&format!("{place}, letter"), &id, &mut bad);
                }
            }
            let deadline = n.deadline.as_ref().and_then(|d| {
                let rule = match (&d.from, d.weeks, &d.before) {
                    (Some(from), Some(weeks), None) if weeks > 0 => {
                        let asked = raw
                            .nodes
                            .values()
                            .any(|n| n.ask.as_ref().is_some_and(|a| a.key == *from && a.date.is_some()));
                        if !asked {
                            bad(
                                format!("{place}, deadline"),
                                format!("no date question in this flow has key '{from}'"),
                                "ask for the date first: ask = { key = \"...\", date = \"past\", ... }",
                            );
                        }
                        DeadlineRule::After {
                            from: from.clone(),
                            weeks,
                            extend: d.extend_weeks,
                        }
                    }
                    (None, None, Some(b)) => match parse_month_day(b) {
                        Some((m, day)) => DeadlineRule::Before(m, day),
                        None => {
                            bad(
                                format!("{place}, deadline"),
                                format!("before '{b}' is not a day of the year"),
                                "write it as MM-DD, e.g. \"07-01\" for 1 July",
                            );
                            return None;
                        }
                    },
                    _ => {
                        bad(
                            format!("{place}, deadline"),
                            "a deadline needs from and weeks, or before".into(),
                            "for example deadline = { kind = \"objection\", from = \"decision_date\", weeks = 6 }",
                        );
                        return None;
                    }
                };
                Some(Deadline {
                    kind: d.kind.clone(),
                    rule,
                })
            });
            let mut offers = vec![];
            for (i, o) in n.offer.iter().enumerate() {
                let oplace = format!("{place}, offer {}", i + 1);
                check_msg(&oplace, &o.label, &mut bad);
                match &o.goto {
                    Some(g) if raw.nodes.contains_key(g) => offers.push((o.label.clone(), g.clone())),
                    Some(g) => bad(oplace, format!("goto '{g}' does not exist"), &node_hint),
                    None => bad(
                        oplace,
                        "an offer needs goto".into(),
                        "for example { label = \"common-c-letter\", goto = \"letter_date\" }",
                    ),
                }
            }
            Kind::End {
                sources,
                checked,
                letter: n.letter.clone(),
                deadline,
                offers,
            }
        } else {
            Kind::Escalate(n.escalate.unwrap_or_default())
        };
        nodes.insert(name.clone(), Node { say: n.say.clone(), kind });
    }

    let flow = Flow {
        id: raw.id,
        title: raw.title,
        start: raw.start,
        order: raw.order,
        nodes,
        followup: raw.followup,
    };
    for name in unreachable(&flow) {
        problems.push(Problem::new(
            file,
            format!("node '{name}'"),
            "unreachable from the start node",
            "link to it from a choice or ask goto, or remove it",
        ));
    }
    if problems.is_empty() { Ok(flow) } else { Err(problems) }
}

/// "MM-DD" as a month and day.
fn parse_month_day(s: &str) -> Option<(time::Month, u8)> {
    let (m, d) = s.split_once('-')?;
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    let day: u8 = d.parse().ok()?;
    time::Date::from_calendar_date(2024, month, day).ok()?;
    Some((month, day))
}

fn unreachable(flow: &Flow) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    let mut todo = VecDeque::from([flow.start.as_str()]);
    while let Some(n) = todo.pop_front() {
        if !seen.insert(n) {
            continue;
        }
        match flow.nodes.get(n).map(|n| &n.kind) {
            Some(Kind::Choices(cs)) => todo.extend(cs.iter().filter_map(|c| match &c.target {
                Target::Node(g) => Some(g.as_str()),
                _ => None,
            })),
            Some(Kind::Ask(a)) => todo.push_back(&a.goto),
            Some(Kind::End { offers, .. }) => todo.extend(offers.iter().map(|(_, g)| g.as_str())),
            _ => {}
        }
    }
    flow.nodes.keys().map(String::as_str).filter(|n| !seen.contains(n)).collect()
}

/// Loads every flows/*.toml file.
pub fn load_dir(dir: &Path, known_message: &dyn Fn(&str) -> bool, problems: &mut Vec<Problem>) -> BTreeMap<String, Flow> {
    let mut flows = BTreeMap::new();
    let files = match crate::core::files::sorted_entries(dir) {
        Ok(f) => f,
        Err(e) => {
            problems.push(Problem::new(
                dir.display().to_string(),
                "",
                format!("cannot read the flows folder: {e}"),
                "run from the project folder or pass --root",
            ));
            return flows;
        }
    };
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        let file = path.display().to_string();
        let stem = path.file_stem().unwrap_or_default().to_string_lossy().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem::new(&file, "", format!("cannot read: {e}"), "save it as UTF-8 text"));
                continue;
            }
        };
        match parse(&file, &text, &stem, known_message) {
            Ok(f) => {
                flows.insert(stem, f);
            }
            Err(p) => problems.extend(p),
        }
    }
    flows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: &str) -> bool {
        !id.starts_with("missing")
    }

    const GOOD: &str = r#"
id = "t"
title = "topic-t"
start = "start"
[node.start]
say = "t-start"
choices = [ { label = "t-a", goto = "weeks" }, { label = "t-b", escalate = "high" }, { label = "t-c", flow = "other" } ]
[node.weeks]
say = "t-weeks"
ask = { key = "weeks", pattern = '^\d+$', invalid = "t-num", goto = "answer" }
[node.answer]
say = "t-answer"
end = true
source = "https://example.org"
checked = "2026-11-01"
"#;

    fn problems(text: &str) -> Vec<Problem> {
        parse("flows/t.toml", text, "t", &known).unwrap_err()
    }

    #[test]
    fn good_flow_loads() {
        let f = parse("flows/t.toml", GOOD, "t", &known).unwrap();
        assert_eq!(f.nodes.len(), 3);
        assert!(matches!(f.nodes["weeks"].kind, Kind::Ask(_)));
        assert!(f.message_ids().contains("t-num"));
    }

    #[test]
    fn dangling_goto_names_node_and_hint() {
        let p = problems(&GOOD.replace("goto = \"weeks\"", "goto = \"wekes\""));
        let p = p.iter().find(|p| p.message.contains("wekes")).unwrap();
        assert_eq!(p.file, "flows/t.toml");
        assert_eq!(p.place, "node 'start', choice 1");
        assert!(p.hint.contains("weeks"), "{}", p.hint);
    }

    #[test]
    fn unknown_message_id() {
        let p = problems(&GOOD.replace("t-answer", "missing-answer"));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].place, "node 'answer'");
        assert!(p[0].message.contains("missing-answer"));
    }

    #[test]
    fn unreachable_node() {
        let p = problems(&format!(
            "{GOOD}\n[node.lost]\nsay = \"t-x\"\nend = true\nsource = \"https://example.org\"\nchecked = \"2026-11-01\"\n"
        ));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].place, "node 'lost'");
        assert!(p[0].message.contains("unreachable"));
    }

    #[test]
    fn bad_regex() {
        let p = problems(&GOOD.replace(r"'^\d+$'", "'^(\\d+$'"));
        assert!(p[0].place.contains("ask pattern"), "{p:?}");
        assert!(p[0].message.starts_with("bad regex"));
    }

    #[test]
    fn dead_end_and_typo_field() {
        let p = problems(&GOOD.replace("end = true", "ende = true"));
        assert!(p[0].place.starts_with("line "), "{p:?}");
        assert!(p[0].message.contains("ende"), "{p:?}");
        let p = problems(&GOOD.replace("end = true", "end = false"));
        assert!(p.iter().any(|p| p.message.starts_with("dead end")), "{p:?}");
    }

    #[test]
    fn answers_need_an_https_source_and_a_check_date() {
        let p = problems(&GOOD.replace("source = \"https://example.org\"\n", ""));
        assert!(p.iter().any(|p| p.message == "an answer without a source"), "{p:?}");
        let p = problems(&GOOD.replace("https://example.org", "http://example.org"));
        assert!(p.iter().any(|p| p.message.contains("not an https")), "{p:?}");
        let p = problems(&GOOD.replace("checked = \"2026-11-01\"\n", ""));
        assert!(p.iter().any(|p| p.message.contains("date its facts were checked")), "{p:?}");
        let p = problems(&GOOD.replace("2026-11-01", "1 november"));
        assert!(p.iter().any(|p| p.message.contains("is not a date")), "{p:?}");
        let two = GOOD.replace(
            "source = \"https://example.org\"",
            "source = [\"https://a.example\", \"https://b.example\"]",
        );
        let f = parse("flows/t.toml", &two, "t", &known).unwrap();
        assert!(matches!(&f.nodes["answer"].kind, Kind::End { sources, .. } if sources.len() == 2));
    }

    #[test]
    fn id_must_match_file_name() {
        let p = parse("flows/x.toml", GOOD, "x", &known).unwrap_err();
        assert!(p[0].message.contains("differs from the file name"));
    }
}
