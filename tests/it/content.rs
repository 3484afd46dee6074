//! The real flows and languages: complete, and every flow reaches an answer and an escalation in
//! every language. Triage is measured in tests/it/triage.rs.

use std::collections::BTreeSet;

use wegwijzer::core::catalog::Catalog;
use wegwijzer::core::engine::{Ctx, Effect, Input, Session, State, step};
use wegwijzer::core::queue::Rules;

fn real() -> &'static Catalog {
    crate::common::real_catalog()
}

#[test]
fn check_passes_on_the_real_content() {
    let problems = real().completeness();
    assert!(
        problems.is_empty(),
        "{}",
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
    );
}

/// Explores every path through a flow (choices by index, typed answers from `tries`).
fn explore(cat: &Catalog, lang: &str, flow: &str) -> (bool, bool, usize) {
    let rules = Rules::default();
    let ctx = Ctx {
        buttons: true,
        today: wegwijzer::core::calendar::parse_day("2026-12-01").expect("a date"),
        catalog: cat,
        rules: &rules,
        default_lang: "nl",
        default_region: None,
        desk: wegwijzer::core::engine::Availability {
            advisers: true,
            open: true,
            opens: None,
        },
    };
    let first = step(&ctx, &Session::default(), &Input::from_text(&format!("/start {lang}_{flow}")), None);
    let (mut answer, mut escalation, mut turns) = (false, false, 0);
    let mut todo = vec![(first.session, 0)];
    let mut seen = BTreeSet::new();
    while let Some((s, depth)) = todo.pop() {
        let State::Flow { flow: f, node } = &s.state else { continue };
        if depth > 12 || !seen.insert((f.clone(), node.clone())) {
            continue;
        }
        let inputs: Vec<Input> = match cat.flows[f].nodes[node].kind {
            wegwijzer::core::flow::Kind::Choices(ref cs) => (0..cs.len()).map(|i| Input::Choice { index: i, step: None }).collect(),
            _ => ["5", "1", "ja", "yes", "12"].iter().map(|t| Input::Text(t.to_string())).collect(),
        };
        for input in inputs {
            let o = step(&ctx, &s, &input, None);
            turns += 1;
            for r in &o.replies {
                assert!(!r.text.trim().is_empty(), "{lang}/{flow}: empty reply");
                assert!(
                    !cat.locales.get("nl").unwrap().ids.contains(r.text.trim()),
                    "{lang}/{flow}: untranslated id {}",
                    r.text
                );
            }
            if matches!(o.session.state, State::AfterAnswer { .. }) {
                answer = true;
                let esc = step(&ctx, &o.session, &Input::Choice { index: 0, step: None }, None);
                escalation |= esc.effects.iter().any(|e| matches!(e, Effect::OpenTicket { .. }));
            }
            escalation |= o.effects.iter().any(|e| matches!(e, Effect::OpenTicket { .. }));
            if o.session.state != s.state {
                todo.push((o.session, depth + 1));
            }
        }
    }
    (answer, escalation, turns)
}

#[test]
fn every_flow_reaches_an_answer_and_an_escalation_in_every_language() {
    let cat = real();
    let langs: Vec<String> = cat.locales.codes().map(str::to_string).collect();
    let mut missing = vec![];
    for lang in &langs {
        for flow in &cat.topics {
            let (answer, escalation, _) = explore(cat, lang, flow);
            // The adviser topic goes straight to a person; it has no answer of its own.
            if !answer && flow != "adviser" {
                missing.push(format!("{lang}/{flow}: no answer reachable"));
            }
            if !escalation {
                missing.push(format!("{lang}/{flow}: no escalation reachable"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
