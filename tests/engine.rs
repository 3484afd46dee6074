//! The engine as a pure function: session + input -> session + replies + effects.

mod common;

use wegwijzer::engine::{Command, Ctx, Effect, Input, Outcome, Session, State, step};
use wegwijzer::queue::{Priority, Rules};

struct T {
    _dir: tempfile::TempDir,
    catalog: wegwijzer::catalog::Catalog,
    rules: Rules,
}

impl T {
    fn new() -> T {
        let dir = common::fixture();
        let catalog = common::catalog(dir.path());
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
        };
        step(&ctx, s, &input, None)
    }
    fn say(&self, s: &Session, text: &str) -> Outcome {
        self.step(s, Input::from_text(text))
    }
}

fn texts(o: &Outcome) -> String {
    o.replies
        .iter()
        .map(|r| format!("{}\n{}", r.text, r.choices.join("|")))
        .collect::<Vec<_>>()
        .join("\n---\n")
}

#[test]
fn dutch_parent_from_suspension_to_answer() {
    let t = T::new();
    let o = t.say(&Session::default(), "mijn kind is geschorst");
    assert_eq!(o.session.lang.as_deref(), Some("nl"));
    assert!(o.replies[0].text.starts_with("Welkom bij Wegwijzer"), "{}", texts(&o));
    assert!(o.replies[1].text.contains("Privacy"));
    let last = o.replies.last().unwrap();
    assert_eq!(last.text, "Hoe lang is uw kind geschorst?");
    assert_eq!(
        last.choices,
        vec!["Een dag", "Langer dan een week", "Ik wil met een adviseur praten"]
    );
    assert_eq!(
        o.session.state,
        State::Flow {
            flow: "suspension".into(),
            node: "start".into()
        }
    );

    let o = t.step(
        &o.session,
        Input::Choice {
            index: 0,
            step: Some(o.session.step),
        },
    );
    assert!(o.replies[0].text.starts_with("Een schorsing duurt hooguit een week."));
    assert!(o.replies[0].text.ends_with("Bron: https://example.org/schorsen"));
    assert_eq!(o.replies[1].choices, vec!["Ik wil met een adviseur praten", "Terug naar het menu"]);
    assert!(o.effects.is_empty());

    // typing the label works as well as pressing the button
    let o = t.say(&o.session, "ik wil met een ADVISEUR praten");
    assert_eq!(o.session.state, State::WithAdviser);
    match &o.effects[..] {
        [
            Effect::OpenTicket {
                topic,
                lang,
                priority,
                summary,
                message,
            },
        ] => {
            assert_eq!(
                (topic.as_str(), lang.as_str(), *priority, message),
                ("suspension", "nl", Priority::Normal, &None)
            );
            assert_eq!(summary.len(), 1);
            assert_eq!((summary[0].question.as_str(), summary[0].answer.as_str()), ("s-start", "s-short"));
        }
        e => panic!("expected one ticket, got {e:?}"),
    }
    // further messages go to the adviser, the bot stays quiet
    let o = t.say(&o.session, "hij is 12");
    assert!(o.replies.is_empty());
    assert_eq!(
        o.effects,
        vec![Effect::ToAdviser {
            text: "hij is 12".into(),
            urgent: false
        }]
    );
}

#[test]
fn english_parent_free_text_question_and_high_priority() {
    let t = T::new();
    let o = t.say(&Session::default(), "my son was suspended");
    assert_eq!(o.session.lang.as_deref(), Some("en"));
    assert_eq!(o.replies.last().unwrap().text, "How long is your child suspended?");
    let o = t.say(&o.session, "2");
    assert_eq!(o.replies[0].text, "How many weeks has your child been at home?");
    let o = t.say(&o.session, "six");
    assert_eq!(o.replies[0].text, "Please type just a number, for example 3.");
    let o = t.say(&o.session, "6");
    assert_eq!(o.replies[0].text, "That is too long. I am passing you on.");
    match &o.effects[..] {
        // the home_over_4_weeks tag raises the ticket to high
        [Effect::OpenTicket { priority, summary, .. }] => {
            assert_eq!(*priority, Priority::High);
            assert_eq!(summary[1].answer, "6");
            assert!(summary[1].typed);
        }
        e => panic!("{e:?}"),
    }
}

#[test]
fn urgent_always_wins() {
    let t = T::new();
    // even in the middle of a flow
    let o = t.say(&Session::default(), "mijn kind is geschorst");
    let o = t.say(&o.session, "ze zegt dat ze niet meer leven wil");
    assert!(o.replies[0].text.contains("113"), "{}", texts(&o));
    assert!(o.replies[0].text.contains("112"));
    assert!(matches!(
        &o.effects[..],
        [Effect::OpenTicket {
            priority: Priority::Urgent,
            message: Some(_),
            ..
        }]
    ));
    assert_eq!(o.session.state, State::WithAdviser);
    // and while with an adviser, crisis numbers are shown again and the ticket is flagged
    let o = t.say(&o.session, "he wants to kill himself");
    assert!(o.replies[0].text.contains("113"));
    assert_eq!(
        o.effects,
        vec![Effect::ToAdviser {
            text: "he wants to kill himself".into(),
            urgent: true
        }]
    );
}

#[test]
fn unsure_shows_the_menu_instead_of_guessing() {
    let t = T::new();
    let o = t.say(&Session::default(), "hallo ik heb een vraag");
    assert!(texts(&o).contains("Ik weet nog niet waar uw vraag over gaat."));
    let menu = o.replies.last().unwrap();
    assert_eq!(menu.choices, vec!["Mijn kind is geschorst", "Met een adviseur praten"]);
    assert_eq!(o.session.state, State::Menu);
    let o = t.say(&o.session, "1");
    assert_eq!(o.replies[0].text, "Hoe lang is uw kind geschorst?");
}

#[test]
fn bad_input_gets_a_clear_answer_and_changes_nothing() {
    let t = T::new();
    let start = t.say(&Session::default(), "mijn kind is geschorst").session;
    for (input, expect) in [
        (Input::Text("   ".into()), "Uw bericht was leeg."),
        (Input::Text("a".repeat(5000)), "Uw bericht is te lang (meer dan 4096 tekens)"),
        (Input::Text("😢😢😢".into()), "Ik zie geen woorden"),
        (Input::Unsupported, "Ik kan alleen tekst lezen"),
        (
            Input::Command {
                cmd: Command::Unknown,
                arg: None,
            },
            "Die opdracht ken ik niet.",
        ),
    ] {
        let o = t.step(&start, input);
        assert!(o.replies[0].text.starts_with(expect), "{}", texts(&o));
        assert_eq!(o.session.state, start.state);
        assert!(o.effects.is_empty());
    }
    // other scripts and mixed text do not break anything
    let o = t.say(&start, "ابني 😢 мій син");
    assert!(!o.replies.is_empty());
}

#[test]
fn stale_button_is_not_taken_for_a_new_choice() {
    let t = T::new();
    let o = t.say(&Session::default(), "mijn kind is geschorst");
    let old_step = o.session.step;
    let o = t.step(
        &o.session,
        Input::Choice {
            index: 0,
            step: Some(old_step),
        },
    );
    let o = t.step(
        &o.session,
        Input::Choice {
            index: 0,
            step: Some(old_step),
        },
    );
    assert_eq!(o.replies[0].text, "Kies een van de opties: typ het nummer of tik op een knop.");
    assert!(o.effects.is_empty(), "an old button must not escalate");
}

#[test]
fn commands_deep_link_language_stop() {
    let t = T::new();
    let o = t.say(&Session::default(), "/start en_suspension");
    assert_eq!(o.session.lang.as_deref(), Some("en"));
    assert_eq!(o.replies.last().unwrap().text, "How long is your child suspended?");
    let o = t.say(&o.session, "/taal");
    assert_eq!(o.replies[0].choices, vec!["English", "Nederlands"]);
    let o = t.say(&o.session, "Nederlands");
    assert_eq!(o.session.lang.as_deref(), Some("nl"));
    assert_eq!(o.replies[0].text, "Ik schrijf u nu in het Nederlands.");
    // back where the parent was, now in Dutch
    assert_eq!(o.replies[1].text, "Hoe lang is uw kind geschorst?");
    let o = t.say(&o.session, "/stop");
    assert_eq!(o.session.state, State::Idle);
    assert!(o.session.answers.is_empty());
    let o = t.say(&o.session, "/adviseur");
    assert!(matches!(&o.effects[..], [Effect::OpenTicket { topic, .. }] if topic == "adviser"));
    let o = t.say(&o.session, "/forget");
    assert_eq!(o.effects, vec![Effect::Forget]);
    assert_eq!(o.session.state, State::Idle);
}

#[test]
fn platform_language_is_a_hint_the_text_overrides() {
    let t = T::new();
    let ctx = Ctx {
        catalog: &t.catalog,
        rules: &t.rules,
        default_lang: "nl",
    };
    let o = step(&ctx, &Session::default(), &Input::Text("/start".into()), Some("en-GB"));
    assert_eq!(o.session.lang.as_deref(), Some("en"));
    let o = step(&ctx, &Session::default(), &Input::Text("mijn kind is geschorst".into()), Some("pl"));
    assert_eq!(o.session.lang.as_deref(), Some("nl"));
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
