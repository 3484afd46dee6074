//! Triage measured on messages it was not trained on. The acceptance gate is the held-out
//! tables (tests/triage/<lang>.toml and tests/triage/crisis/<lang>.toml: written by people who
//! did not see the examples or rules). Cross-validation on the examples (locales/*/examples.toml)
//! is printed too, and guards against regressions. Run `cargo test triage -- --nocapture` to
//! see the figures.

use std::path::PathBuf;

use wegwijzer::core::triage::eval::{self, Case, Evaluation};

/// Crises of the held-out tables that may still be missed. The target is 0 (issue #13 stays open
/// until then); this floor is what was reached (368 of 371), so triage cannot get worse unnoticed.
const MISSED_CRISES_AT_MOST: usize = 3;
/// False crises over all calm messages. The target is 3%; recall comes first (see
/// `Tuning::default`), and this is the rate reached with it (5.7% held out, 6.3% cross-validated).
const FALSE_CRISES_AT_MOST: f64 = 0.065;

fn tables(dir: &str) -> Vec<PathBuf> {
    let dir = crate::common::project_root().join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    v.sort();
    v
}

fn cases(paths: &[PathBuf]) -> Vec<Case> {
    paths
        .iter()
        .flat_map(|p| eval::load_table(p).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn print(title: &str, ev: &Evaluation) {
    println!("\n== {title}\n{ev}");
}

#[test]
fn held_out_tables_every_language() {
    let cat = crate::common::real_catalog();
    let topic_tables = tables("tests/triage");
    let crisis_tables = tables("tests/triage/crisis");
    // Every language has both tables, big enough to mean something.
    for lang in cat.locales.codes() {
        let topic = cases(&[crate::common::project_root().join(format!("tests/triage/{lang}.toml"))]);
        assert!(topic.len() >= 60, "{lang}: {} topic cases, at least 60 wanted", topic.len());
        let crisis = cases(&[crate::common::project_root().join(format!("tests/triage/crisis/{lang}.toml"))]);
        let urgent = crisis.iter().filter(|c| c.urgent).count();
        assert!(
            urgent >= 25 && crisis.len() - urgent >= 25,
            "{lang}: crisis table wants 25 crises and 25 look-alikes"
        );
    }
    let ev = eval::evaluate(&cat.triage, &cases(&topic_tables));
    print("held-out topic tables (tests/triage/<lang>.toml)", &ev);
    let crisis = eval::evaluate(&cat.triage, &cases(&crisis_tables));
    print("held-out crisis tables (tests/triage/crisis/<lang>.toml)", &crisis);
    let mut failures = vec![];
    let all = ev.overall();
    if all.topic_score() < 0.90 {
        failures.push(format!("topic score {:.3} overall, 0.90 wanted", all.topic_score()));
    }
    for (lang, t) in &ev.langs {
        if t.topic_score() < 0.85 {
            failures.push(format!("{lang}: topic score {:.3}, 0.85 wanted", t.topic_score()));
        }
    }
    // The target is every crisis (issue #13); what is reached so far is held: 368 of 371, so at
    // most 3 misses. Any new miss fails, and each miss is printed above.
    let missed: Vec<String> = ev
        .missed_crises
        .iter()
        .chain(&crisis.missed_crises)
        .map(|(l, t)| format!("{l}: {t}"))
        .collect();
    if missed.len() > MISSED_CRISES_AT_MOST {
        failures.push(format!(
            "{} crises missed, at most {MISSED_CRISES_AT_MOST}:\n{}",
            missed.len(),
            missed.join("\n")
        ));
    }
    // False alarms: over every calm message of the topic tables and the crisis look-alikes.
    let (calm, false_urgent) = (
        all.calm_cases + crisis.overall().calm_cases,
        all.false_urgent + crisis.overall().false_urgent,
    );
    let rate = false_urgent as f64 / calm.max(1) as f64;
    println!("false crises: {false_urgent} of {calm} calm messages ({:.1}%)", 100.0 * rate);
    if rate > FALSE_CRISES_AT_MOST {
        failures.push(format!(
            "false crises {:.1}%, at most {:.1}%",
            100.0 * rate,
            100.0 * FALSE_CRISES_AT_MOST
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cross_validated_on_the_examples() {
    let locales = crate::common::project_root().join("locales");
    let examples = wegwijzer::core::triage::load_examples(&locales);
    let ev = eval::cross_validate(&examples, 5, Default::default(), &|| wegwijzer::core::triage::load_rules(&locales));
    print("5-fold cross-validation on locales/*/examples.toml", &ev);
    let all = ev.overall();
    // A regression guard: the acceptance figures are the held-out ones above.
    assert!(all.topic_score() >= 0.85, "cross-validated topic score {:.3}", all.topic_score());
    assert!(
        all.false_urgent_rate() <= FALSE_CRISES_AT_MOST,
        "cross-validated false crises {:.3}",
        all.false_urgent_rate()
    );
}

/// A second held-out set, written blind on 2026-12-01 (tests/triage/blind): the writer saw
/// neither the examples nor the rules nor the first tables, and no rule or example was changed
/// after seeing its results. Measured once with the triage of that day: 105 of 110 crises, 8 of
/// 220 calm messages taken for a crisis (3.6%), topic 97.7%. After 331 more crisis examples and
/// look-alikes and the averaged crisis model (chosen on cross-validation, not on this set): 108
/// of 110, 5 of 220 (2.3%), topic 97.7%. Held here so it cannot get worse.
#[test]
fn blind_tables_of_december_2026() {
    let cat = crate::common::real_catalog();
    let topic = eval::evaluate(&cat.triage, &cases(&tables("tests/triage/blind")));
    print("blind topic tables (tests/triage/blind/<lang>.toml)", &topic);
    let crisis = eval::evaluate(&cat.triage, &cases(&tables("tests/triage/blind/crisis")));
    print("blind crisis tables (tests/triage/blind/crisis/<lang>.toml)", &crisis);
    let (t, c) = (topic.overall(), crisis.overall());
    assert!(t.topic_score() >= 0.95, "topic score {:.3}", t.topic_score());
    assert!(
        crisis.missed_crises.len() + topic.missed_crises.len() <= 2,
        "{:?}",
        crisis.missed_crises
    );
    let false_rate = (t.false_urgent + c.false_urgent) as f64 / (t.calm_cases + c.calm_cases).max(1) as f64;
    assert!(false_rate <= 0.03, "false crises {:.1}%", 100.0 * false_rate);
}
