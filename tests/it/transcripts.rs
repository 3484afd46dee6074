//! Engine behaviour as transcripts: every `tests/transcripts/*.txt` is run against the pure
//! engine and compared with its snapshot (see tests/transcripts/README.md).

use std::fmt::Write as _;

use wegwijzer::core::engine::{Availability, Ctx, Input, Session, State, step};
use wegwijzer::core::queue::Rules;

/// What the engine said and did, turn by turn, in a form that reads like the conversation.
fn run(script: &str) -> String {
    let dir = crate::common::fixture();
    let catalog = crate::common::catalog(dir.path());
    let rules = Rules::default();
    let mut ctx = Ctx {
        buttons: true,
        today: wegwijzer::core::calendar::parse_day("2026-12-01").expect("a date"),
        catalog: &catalog,
        rules: &rules,
        default_lang: "nl",
        default_region: None,
        desk: Availability {
            advisers: true,
            open: true,
            opens: None,
        },
    };
    let mut session = Session::default();
    let mut hint: Option<String> = None;
    // The step and number of the last choices shown, for "[n]" and "[old n]".
    let mut shown: Vec<u64> = vec![];
    let mut out = String::new();
    for line in script.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line == "---" {
            session = Session::default();
            hint = None;
            shown.clear();
            out.push_str("---\n");
            continue;
        }
        if let Some(d) = line.strip_prefix("desk: ") {
            let words: Vec<&str> = d.split_whitespace().collect();
            ctx.desk = match words[..] {
                ["open"] => Availability {
                    advisers: true,
                    open: true,
                    opens: None,
                },
                ["nobody"] => Availability {
                    advisers: false,
                    open: true,
                    opens: None,
                },
                ["closed", day, time] => Availability {
                    advisers: true,
                    open: false,
                    opens: Some((day.to_string(), time.to_string())),
                },
                _ => panic!("desk: open | nobody | closed <day message id> <HH:MM>"),
            };
            writeln!(out, "desk: {d}").unwrap();
            continue;
        }
        if let Some(h) = line.strip_prefix("hint: ") {
            hint = Some(h.to_string());
            writeln!(out, "hint: {h}").unwrap();
            continue;
        }
        let Some(said) = line.strip_prefix("> ").or_else(|| line.strip_prefix(">")) else {
            panic!("a transcript line is '> input', 'hint: xx', '---' or a # comment: {line:?}");
        };
        let input = match said.trim() {
            "[photo]" => Input::Unsupported,
            b if b.starts_with('[') && b.ends_with(']') => {
                let inner = &b[1..b.len() - 1];
                let (old, n) = match inner.strip_prefix("old ") {
                    Some(n) => (true, n),
                    None => (false, inner),
                };
                let n: usize = n.parse().expect("[n] presses choice n");
                let step = if old { shown.first() } else { shown.last() };
                Input::Choice {
                    index: n - 1,
                    step: step.copied(),
                }
            }
            _ => Input::from_text(said),
        };
        let shown_input = if said.chars().count() > 60 {
            format!(
                "{}… ({} characters)",
                said.chars().take(20).collect::<String>(),
                said.chars().count()
            )
        } else {
            said.to_string()
        };
        writeln!(out, "> {shown_input}").unwrap();
        let o = step(&ctx, &session, &input, hint.as_deref());
        for r in &o.replies {
            for l in r.text.lines() {
                writeln!(out, "  {l}").unwrap();
            }
            for (i, c) in r.choices.iter().enumerate() {
                writeln!(out, "    [{}] {c}", i + 1).unwrap();
            }
            if !r.choices.is_empty() {
                shown.push(r.step);
            }
        }
        let state = match &o.session.state {
            State::Flow { flow, node } => format!("flow {flow}/{node}"),
            State::AfterAnswer { flow, .. } => format!("after answer of {flow}"),
            other => other.name().replace('_', " "),
        };
        writeln!(out, "  = {state} · lang {}", o.session.lang.as_deref().unwrap_or("-")).unwrap();
        for e in &o.effects {
            writeln!(out, "  ! {e:?}").unwrap();
        }
        session = o.session;
    }
    out
}

#[test]
fn transcripts() {
    insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/transcripts"), "*.txt", |path| {
        let script = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(run(&script));
    });
}
