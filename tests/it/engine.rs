//! The engine as a pure function: session + input -> session + replies + effects. Most of its
//! behaviour is in the transcripts (tests/transcripts); here what they cannot show.

use wegwijzer::core::engine::{Ctx, Input, Outcome, Session, step};
use wegwijzer::core::queue::Rules;

struct T {
    _dir: tempfile::TempDir,
    catalog: wegwijzer::core::catalog::Catalog,
    rules: Rules,
}

impl T {
    fn new() -> T {
        let dir = crate::common::fixture();
        let catalog = crate::common::catalog(dir.path());
        T {
            _dir: dir,
            catalog,
            rules: Rules::default(),
        }
    }
    fn step(&self, s: &Session, input: Input) -> Outcome {
        let ctx = Ctx {
            buttons: true,
            today: wegwijzer::core::calendar::parse_day("2026-12-01").expect("a date"),
            catalog: &self.catalog,
            rules: &self.rules,
            default_lang: "nl",
            default_region: None,
            desk: wegwijzer::core::engine::Availability {
                advisers: true,
                open: true,
                opens: None,
            },
        };
        step(&ctx, s, &input, None)
    }
    fn say(&self, s: &Session, text: &str) -> Outcome {
        self.step(s, Input::from_text(text))
    }
}

#[test]
fn session_survives_serialisation() {
    let t = T::new();
    let o = t.say(&Session::default(), "mijn kind is geschorst");
    let o = t.say(&o.session, "2");
    let json = serde_json::to_string(&o.session).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, o.session);
    assert_eq!(t.say(&back, "5").replies[0].text, "Dit is te lang. Ik geef u door.");
}

/// A region and a support need are asked once: the next flow that asks skips the question, and
/// the answer names the region's contact (or how to find it elsewhere).
#[test]
fn region_and_support_need_are_asked_once() {
    let dir = crate::common::fixture();
    let root = dir.path();
    let put = |rel: &str, text: &str| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    put(
        "flows/regions/amsterdam.toml",
        "name = \"region-a\"\n[contacts]\nleerplicht = \"Bureau Leerplicht Plus\"\n",
    );
    let mut nl = std::fs::read_to_string(root.join("locales/nl/t.ftl")).unwrap();
    nl.push_str("region-a = Amsterdam\nr-where = Waar woont u?\nr-else = Ergens anders\nr-need = Wat speelt er?\nr-autism = Autisme\nr-skip = Zeg ik liever niet\nr-answer = Bel { $leerplicht }.\ntopic-school = School\n");
    std::fs::write(root.join("locales/nl/t.ftl"), nl).unwrap();
    put(
        "flows/school.toml",
        r#"id = "school"
title = "topic-school"
start = "where"
order = 3
[node.where]
say = "r-where"
choices = [ { label = "region-a", region = "amsterdam", goto = "need" }, { label = "r-else", region = "elsewhere", goto = "need" } ]
[node.need]
say = "r-need"
choices = [ { label = "r-autism", need = "autisme_ass", goto = "answer" }, { label = "r-skip", need = "geen_antwoord", goto = "answer" } ]
[node.answer]
say = "r-answer"
end = true
source = "https://example.org/leerplicht"
checked = "2026-11-01"
"#,
    );
    let catalog = crate::common::catalog(root);
    let rules = Rules::default();
    let ctx = Ctx {
        buttons: true,
        today: wegwijzer::core::calendar::parse_day("2026-12-01").expect("a date"),
        catalog: &catalog,
        rules: &rules,
        default_lang: "nl",
        default_region: None,
        desk: wegwijzer::core::engine::Availability {
            advisers: true,
            open: true,
            opens: None,
        },
    };
    let go = |s: &Session, i: Input| step(&ctx, s, &i, None);
    let choice = |index| Input::Choice { index, step: None };
    let o = go(&Session::default(), Input::from_text("/start nl_school"));
    assert!(o.replies.last().unwrap().text.contains("Waar woont u?"));
    let o = go(&o.session, choice(0));
    assert_eq!(o.replies[0].text, "Wat speelt er?");
    let o = go(&o.session, choice(0));
    assert!(
        o.replies[0].text.starts_with("Bel Bureau Leerplicht Plus."),
        "{}",
        o.replies[0].text
    );
    assert_eq!(o.session.need, Some(wegwijzer::core::ids::SupportNeed::Autism));
    // the same flow again: both questions are known, straight to the answer
    let o = go(&o.session, Input::from_text("/start nl_school"));
    assert!(
        o.replies.iter().any(|r| r.text.starts_with("Bel Bureau Leerplicht Plus.")),
        "{:?}",
        o.replies
    );
    // elsewhere: how to find the contact locally
    let o = go(&Session::default(), Input::from_text("/start nl_school"));
    let o = go(&o.session, choice(1));
    let o = go(&o.session, choice(1));
    assert!(
        o.replies[0].text.starts_with("Bel de leerplichtambtenaar van uw gemeente"),
        "{}",
        o.replies[0].text
    );
}
