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
            catalog: &self.catalog,
            rules: &self.rules,
            default_lang: "nl",
            default_region: None,
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
