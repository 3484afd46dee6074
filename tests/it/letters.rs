//! From answer to action (#20): every letter reached from its flow in every language, with the
//! deadline it starts; reminders and follow-ups only with consent, surviving a restart, counted
//! in the report, and gone after /forget.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use wegwijzer::core::calendar::parse_day;
use wegwijzer::core::catalog::Catalog;
use wegwijzer::core::dates;
use wegwijzer::core::engine::{Availability, Ctx, Effect, Input, Outcome, Session, State, step};
use wegwijzer::core::flow::Kind;
use wegwijzer::core::queue::{Priority, Rules};
use wegwijzer::ops::report::{Labels, Report};
use wegwijzer::runtime::{ManualClock, Runtime};
use wegwijzer::store::Store;

use crate::common::scenario::{ANNA, send, to};

fn ctx<'a>(cat: &'a Catalog, rules: &'a Rules, today: &str) -> Ctx<'a> {
    Ctx {
        buttons: true,
        today: parse_day(today).expect("a date"),
        catalog: cat,
        rules,
        default_lang: "nl",
        default_region: None,
        desk: Availability {
            advisers: true,
            open: true,
            opens: None,
        },
    }
}

/// Every letter the flows can write, by flow.
fn letters(cat: &Catalog) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (id, f) in &cat.flows {
        for n in f.nodes.values() {
            if let Kind::End { letter: Some(l), .. } = &n.kind {
                out.entry(id.clone()).or_default().insert(l.clone());
            }
        }
    }
    out
}

/// The letters reached by exploring `flow` in `lang`: every choice, every next step offered
/// after an answer, and `date` typed where a date is asked. Returns per letter the outcome
/// that wrote it.
fn explore(ctx: &Ctx, lang: &str, flow: &str, date: &str) -> BTreeMap<String, Outcome> {
    let cat = ctx.catalog;
    let first = step(ctx, &Session::default(), &Input::from_text(&format!("/start {lang}_{flow}")), None);
    let mut found = BTreeMap::new();
    let mut todo = vec![(first.session, 0)];
    let mut seen = BTreeSet::new();
    while let Some((s, depth)) = todo.pop() {
        if depth > 14 || !seen.insert(format!("{:?}{:?}", s.state, s.facts)) {
            continue;
        }
        let inputs: Vec<Input> = match &s.state {
            State::Flow { flow: f, node } => match &cat.flows[f].nodes[node].kind {
                Kind::Choices(cs) => (0..cs.len()).map(|i| Input::Choice { index: i, step: None }).collect(),
                Kind::Ask(a) if a.date.is_some() => vec![Input::Text(date.into())],
                _ => vec![Input::Text("5".into())],
            },
            State::AfterAnswer { flow: f, node: Some(node) } => match &cat.flows[f].nodes[node].kind {
                Kind::End { offers, .. } => (0..offers.len()).map(|i| Input::Choice { index: i, step: None }).collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        for input in inputs {
            let o = step(ctx, &s, &input, None);
            if let Some(doc) = o.replies.iter().find_map(|r| r.document.as_ref()) {
                found.insert(doc.name.clone(), o.clone());
            }
            if o.session.state != s.state {
                todo.push((o.session, depth + 1));
            }
        }
    }
    found
}

#[test]
fn every_letter_is_written_in_dutch_from_its_flow_in_every_language() {
    let cat = crate::common::real_catalog();
    let rules = Rules::default();
    // Today is 1 December 2026; the school decided on 12 November: 6 weeks run to 24 December.
    let ctx = ctx(cat, &rules, "2026-12-01");
    let all = letters(cat);
    assert!(all.values().map(BTreeSet::len).sum::<usize>() >= 6, "{all:?}");
    let mut problems = vec![];
    for lang in cat.locales.codes() {
        for (flow, ids) in &all {
            let found = explore(&ctx, lang, flow, "12-11-2026");
            let titles: BTreeSet<String> = ids
                .iter()
                .map(|id| {
                    let title = cat.locales.text("nl", &format!("letter-{id}-title"), &[]);
                    title
                        .to_lowercase()
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                        .join("-")
                })
                .collect();
            let names: BTreeSet<String> = found.keys().cloned().collect();
            // A flow may lead on to another's letters too (suspension to removal).
            if !titles.is_subset(&names) {
                problems.push(format!("{lang}/{flow}: letters {names:?}, expected {titles:?}"));
            }
            for (name, o) in &found {
                let doc = o.replies.iter().find_map(|r| r.document.clone()).unwrap();
                // The letter itself is a message of its own too, word for word the document.
                if !o.replies.iter().any(|r| r.text == doc.body) {
                    problems.push(format!("{lang}/{name}: the letter is not sent as text"));
                }
                if doc.body.contains('{') || doc.body.contains("letter-") {
                    problems.push(format!("{lang}/{name}: unresolved text in the letter:\n{}", doc.body));
                }
                // Dutch whatever the parent's language, with its placeholders for the parent.
                if !doc.body.contains('[') || !doc.title.chars().all(|c| c.is_ascii() || "ëéèïöü".contains(c)) {
                    problems.push(format!("{lang}/{name}: not a Dutch letter with [placeholders]:\n{}", doc.body));
                }
                let intro = cat.locales.text(lang, "letter-intro", &[]);
                if !o.replies.iter().any(|r| r.text == intro) {
                    problems.push(format!("{lang}/{name}: the letter is not introduced in the parent's language"));
                }
                let objection = o.effects.is_empty() && o.session.deadline.is_some();
                if objection {
                    // The deadline, stated in the parent's language and written in the letter.
                    let said = dates::long(lang, parse_day("2026-12-24").unwrap());
                    if !o.replies.iter().any(|r| r.text.contains(&said)) {
                        problems.push(format!("{lang}/{name}: the deadline {said} is not stated"));
                    }
                    if !doc.body.contains("12 november 2026") {
                        problems.push(format!("{lang}/{name}: the decision date is not in the letter"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every objection letter starts a deadline the parent can be reminded of.
    let o = &explore(&ctx, "ar", "suspension", "12-11-2026")["bezwaar-tegen-schorsing"];
    assert_eq!(o.session.deadline.as_ref().map(|d| d.date.as_str()), Some("2026-12-24"));
    let last = o.replies.last().unwrap();
    assert!(
        last.choices.contains(&cat.locales.text("ar", "common-c-remind", &[])),
        "{:?}",
        last.choices
    );
}

#[test]
fn a_deadline_close_or_past_is_said_so_and_gets_no_reminder() {
    let cat = crate::common::real_catalog();
    let rules = Rules::default();
    let ctx = ctx(cat, &rules, "2026-12-01");
    let letter = |date: &str| {
        explore(&ctx, "en", "removal", date)
            .remove("bezwaar-tegen-verwijdering")
            .expect("the letter")
    };
    let open = letter("12-11-2026");
    let soon = letter("22-10-2026");
    let past = letter("1-9-2026");
    let explain = |o: &Outcome| o.replies[0].text.clone();
    assert!(
        explain(&soon).contains(&dates::long("en", parse_day("2026-12-03").unwrap())),
        "{}",
        explain(&soon)
    );
    assert!(
        explain(&past).contains(&dates::long("en", parse_day("2026-10-13").unwrap())),
        "{}",
        explain(&past)
    );
    assert_ne!(
        explain(&open).replace("24 December 2026", ""),
        explain(&soon).replace("3 December 2026", "")
    );
    assert_ne!(
        explain(&soon).replace("3 December 2026", ""),
        explain(&past).replace("13 October 2026", "")
    );
    let remind = cat.locales.text("en", "common-c-remind", &[]);
    for (o, offered) in [(&open, true), (&soon, false), (&past, false)] {
        assert_eq!(
            o.replies.last().unwrap().choices.contains(&remind),
            offered,
            "{:?}",
            o.replies.last()
        );
    }
    // A decision date in the future is asked again.
    let s = explore_to_date_question(&ctx, "en", "removal");
    let o = step(&ctx, &s, &Input::from_text("12-12-2026"), None);
    assert_eq!(o.replies[0].text, cat.locales.text("en", "common-ask-date-past", &[]));
    let o = step(&ctx, &s, &Input::from_text("no idea"), None);
    assert_eq!(o.replies[0].text, cat.locales.text("en", "common-ask-date", &[]));
    assert_eq!(o.session.state, s.state);
}

#[test]
fn the_end_of_a_suspension_is_a_week_after_its_first_day_in_every_language() {
    let cat = crate::common::real_catalog();
    let rules = Rules::default();
    // Today is Tuesday 1 December 2026.
    let ctx = ctx(cat, &rules, "2026-12-01");
    let end_after = |lang: &str, typed: &str| {
        let mut s = step(
            &ctx,
            &Session::default(),
            &Input::from_text(&format!("/start {lang}_suspension")),
            None,
        )
        .session;
        // Region "elsewhere", then "the rules", then the next step the answer offers.
        for index in [1, 0, 0] {
            s = step(&ctx, &s, &Input::Choice { index, step: None }, None).session;
        }
        assert_eq!(
            s.state,
            State::Flow {
                flow: "suspension".into(),
                node: "end_date".into()
            },
            "{lang}"
        );
        let o = step(&ctx, &s, &Input::from_text(typed), None);
        assert!(
            o.effects.is_empty() && o.session.deadline.is_none(),
            "{lang}: no reminder for a week"
        );
        o.replies[0].text.clone()
    };
    let mut problems = vec![];
    for lang in cat.locales.codes() {
        // Suspended from Monday 30 November: back at school on Monday 7 December at the latest.
        let open = end_after(lang, "30-11-2026");
        let passed = end_after(lang, "16-11-2026");
        for (text, start, end) in [(&open, "2026-11-30", "2026-12-07"), (&passed, "2026-11-16", "2026-11-23")] {
            for day in [start, end] {
                let said = dates::long(lang, parse_day(day).unwrap());
                if !text.contains(&said) {
                    problems.push(format!("{lang}: {said} is not said in:\n{text}"));
                }
            }
        }
        // A week that is over says so, and where to turn.
        if !passed.contains("0800-5010") || open.contains("0800-5010") {
            problems.push(format!("{lang}: a passed week is not told apart:\n{open}\n{passed}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The session at removal's date question.
fn explore_to_date_question(ctx: &Ctx, lang: &str, flow: &str) -> Session {
    let mut s = step(ctx, &Session::default(), &Input::from_text(&format!("/start {lang}_{flow}")), None).session;
    for _ in 0..6 {
        let Some(rule) = (match &s.state {
            State::Flow { flow, node } => match &ctx.catalog.flows[flow].nodes[node].kind {
                Kind::Ask(a) => a.date,
                _ => None,
            },
            _ => None,
        }) else {
            // Region "elsewhere" first, then the letter: the path the parents' menu takes.
            let index = match &s.state {
                State::Flow { node, .. } if node == "region" => 1,
                State::Flow { .. } => 2,
                _ => 0,
            };
            s = step(ctx, &s, &Input::Choice { index, step: None }, None).session;
            continue;
        };
        assert_eq!(rule, wegwijzer::core::flow::DateRule::Past);
        return s;
    }
    panic!("no date question in {flow}: {:?}", s.state);
}

/// A runtime on a SQLite file with a clock the test moves.
async fn hub(url: &str, clock: Arc<ManualClock>) -> crate::common::Bot {
    let config = Arc::new(crate::common::config(&crate::common::project_root(), url));
    let store = Store::connect(url).await.unwrap();
    crate::common::Bot {
        rt: Arc::new(Runtime::with_clock(crate::common::real_catalog_shared(), store, config, clock)),
        url: url.into(),
    }
}

/// 1 December 2026, 20:00 UTC.
const DEC_1_EVENING: i64 = 1_796_155_200;
const DAY: i64 = 86_400;

async fn scheduled(url: &str) -> Vec<(String, String, String, String)> {
    use sqlx::Row;
    let pool = crate::common::raw(url).await;
    let rows = sqlx::query("SELECT chat, due, what, kind FROM scheduled ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    rows.iter()
        .map(|r| (r.get("chat"), r.get("due"), r.get("what"), r.get("kind")))
        .collect()
}

#[tokio::test]
async fn a_reminder_comes_a_week_before_the_deadline_after_a_restart() {
    assert_eq!(wegwijzer::core::calendar::day_of(DEC_1_EVENING), "2026-12-01");
    let dir = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(dir.path());
    let clock = Arc::new(ManualClock::at(DEC_1_EVENING));
    let bot = hub(&url, clock.clone()).await;
    let p = "telegram:41";
    send(&bot, p, "/start en_suspension").await;
    send(&bot, p, "2").await; // region: elsewhere
    send(&bot, p, "2").await; // I disagree with the suspension
    send(&bot, p, "1").await; // help me write the letter
    send(&bot, p, "12 November").await;
    let out = send(&bot, p, "1").await; // a public school
    let texts = to(&out, p);
    assert!(texts.iter().any(|t| t.contains("24 December 2026")), "{texts:#?}");
    let letter = out.iter().find_map(|o| o.reply.document.clone()).expect("the letter as a document");
    assert!(letter.body.contains("12 november 2026"), "{}", letter.body);
    // The options after the letter: adviser, menu, remind me, ask me in 4 weeks.
    let out = send(&bot, p, "3").await; // remind me a week before the deadline
    assert!(to(&out, p)[0].contains("17 December 2026"), "{:?}", to(&out, p));
    assert_eq!(
        scheduled(&url).await,
        vec![(
            p.to_string(),
            "2026-12-17".to_string(),
            "reminder".to_string(),
            "objection".to_string()
        )]
    );
    // /mydata names it.
    let out = send(&bot, p, "/mydata").await;
    assert!(to(&out, p)[0].contains("17 December 2026"), "{:?}", to(&out, p));
    bot.close().await;

    // Restarted: nothing before the day, nothing before 9 in the morning on it.
    let bot = hub(&url, clock.clone()).await;
    clock.set(DEC_1_EVENING + 15 * DAY);
    assert!(wegwijzer::service::maintain(&bot.rt, clock_now(&clock)).await.unwrap().is_empty());
    clock.set(DEC_1_EVENING + 15 * DAY + 12 * 3600); // 17 December, 08:00
    assert!(wegwijzer::service::maintain(&bot.rt, clock_now(&clock)).await.unwrap().is_empty());
    clock.advance(2 * 3600); // 10:00
    let out = wegwijzer::service::maintain(&bot.rt, clock_now(&clock)).await.unwrap();
    let texts = to(&out, p);
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].contains("24 December 2026"), "{}", texts[0]);
    assert!(scheduled(&url).await.is_empty(), "gone once sent");
    clock.advance(60);
    assert!(
        wegwijzer::service::maintain(&bot.rt, clock_now(&clock)).await.unwrap().is_empty(),
        "sent once"
    );
    bot.close().await;
}

fn clock_now(clock: &ManualClock) -> i64 {
    wegwijzer::runtime::Clock::now(clock)
}

#[tokio::test]
async fn a_follow_up_no_offers_an_adviser_again_and_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(dir.path());
    let clock = Arc::new(ManualClock::at(DEC_1_EVENING));
    let bot = hub(&url, clock.clone()).await;
    let p = "telegram:42";
    send(&bot, p, "/start nl_suspension").await;
    send(&bot, p, "2").await;
    send(&bot, p, "/adviseur").await;
    let t = bot.queue().await[0].clone();
    send(&bot, ANNA, &format!("/take {}", t.id)).await;
    send(&bot, ANNA, "Ik bel de school.").await;
    let out = send(&bot, ANNA, "/done 1").await;
    let cat = crate::common::real_catalog();
    let nl = |id: &str| cat.locales.text("nl", id, &[]);
    let said = to(&out, p);
    assert_eq!(said, [nl("ticket-closed"), nl("followup-ask")]);
    let consent = out.iter().find(|o| o.reply.text == nl("followup-ask")).unwrap();
    assert_eq!(consent.reply.choices, [nl("followup-c-consent-yes"), nl("followup-c-consent-no")]);
    send(&bot, p, "1").await;
    assert_eq!(scheduled(&url).await[0].1, "2026-12-29");

    // Four weeks later, in the morning: the question, and "no".
    clock.set(DEC_1_EVENING + 28 * DAY - 8 * 3600);
    let out = wegwijzer::service::maintain(&bot.rt, clock_now(&clock)).await.unwrap();
    assert!(to(&out, p)[0].starts_with(&nl("followup-question")), "{:?}", to(&out, p));
    let out = send(&bot, p, "3").await; // no
    assert!(to(&out, p)[0].starts_with(&nl("followup-offer-adviser")), "{:?}", to(&out, p));
    send(&bot, p, "1").await;
    let queue = bot.queue().await;
    assert_eq!(queue.len(), 1, "{queue:?}");
    assert_eq!(queue[0].priority, Priority::High);
    assert_eq!(queue[0].topic, "suspension");

    // Counted, never tied to the parent: the report's "back at school after 4 weeks".
    let config = crate::common::config(&crate::common::project_root(), &url);
    let report = Report::build(&bot.rt.store, None, Labels::new(&bot.rt.catalog, &config, false))
        .await
        .unwrap();
    let y = report.year("2026/2027").unwrap();
    assert_eq!(y.back_at_school["suspension"].no, 1);
    let text = report.to_text();
    assert!(text.contains("Terug op school na 4 weken"), "{text}");
    bot.close().await;
}

#[tokio::test]
async fn forget_takes_pending_reminders_and_follow_ups_too() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(dir.path());
    let clock = Arc::new(ManualClock::at(DEC_1_EVENING));
    let bot = hub(&url, clock.clone()).await;
    let p = "telegram:43";
    // Elsewhere, "I disagree", "help me write the letter", the date, "I don't know" the school.
    for text in ["/start en_removal", "2", "2", "1", "12-11-2026", "3"] {
        send(&bot, p, text).await;
    }
    send(&bot, p, "3").await; // remind me
    let out = send(&bot, p, "3").await; // ask me in 4 weeks
    assert!(to(&out, p)[0].contains("29 December 2026"), "{:?}", to(&out, p));
    let kinds: Vec<String> = scheduled(&url).await.into_iter().map(|s| s.2).collect();
    assert_eq!(kinds, ["reminder", "followup"]);
    send(&bot, p, "/forget").await;
    assert!(scheduled(&url).await.is_empty());
    clock.advance(40 * DAY);
    let out = wegwijzer::service::maintain(&bot.rt, clock_now(&clock)).await.unwrap();
    assert!(to(&out, p).is_empty(), "{:?}", to(&out, p));
    // The engine never schedules without the parent's choice.
    let rules = Rules::default();
    let c = ctx(crate::common::real_catalog(), &rules, "2026-12-01");
    for o in explore(&c, "nl", "suspension", "12-11-2026").values() {
        assert!(
            !o.effects
                .iter()
                .any(|e| matches!(e, Effect::Remind { .. } | Effect::FollowUp { .. }))
        );
    }
    bot.close().await;
}

#[test]
fn the_readme_shows_the_letter_the_bot_writes() {
    let cat = crate::common::real_catalog();
    let rules = Rules::default();
    let ctx = ctx(cat, &rules, "2026-12-01");
    // explore() answers the school question with every choice; the README shows a public school.
    let mut s = step(&ctx, &Session::default(), &Input::from_text("/start en_suspension"), None).session;
    for input in [
        Input::Choice { index: 1, step: None },
        Input::Choice { index: 1, step: None },
        Input::Choice { index: 0, step: None },
        Input::from_text("12 November"),
    ] {
        s = step(&ctx, &s, &input, None).session;
    }
    let o = step(&ctx, &s, &Input::Choice { index: 0, step: None }, None);
    let letter = o.replies.iter().find_map(|r| r.document.clone()).expect("the letter").body;
    let readme = std::fs::read_to_string(crate::common::project_root().join("README.md")).unwrap();
    let shown = readme
        .split("<!-- letter:")
        .nth(1)
        .and_then(|r| r.split("```text\n").nth(1))
        .and_then(|r| r.split("\n```").next())
        .expect("README has the letter block");
    assert_eq!(shown, letter.trim_end(), "README.md's letter differs from what the bot writes");
}

/// Two instances on one PostgreSQL database run their upkeep at the same moment: every reminder
/// and follow-up goes out once.
#[tokio::test]
async fn on_postgres_two_instances_send_each_reminder_once() {
    let db = crate::common::pg::create().await;
    let clock = Arc::new(ManualClock::at(DEC_1_EVENING));
    let one = hub(&db.url, clock.clone()).await;
    let two = hub(&db.url, clock.clone()).await;
    // One parent asks for a reminder in a conversation; 39 more rows as the table holds them.
    let p = "telegram:44";
    for text in ["/start en_suspension", "2", "2", "1", "12-11-2026", "1", "3"] {
        send(&one, p, text).await;
    }
    let pool = crate::common::raw(&db.url).await;
    for i in 0..39 {
        let (what, kind) = if i % 2 == 0 {
            ("reminder", "objection")
        } else {
            ("followup", "suspension")
        };
        sqlx::query("INSERT INTO scheduled (chat, due, what, kind) VALUES ($1, '2026-12-17', $2, $3)")
            .bind(format!("telegram:{}", 1000 + i))
            .bind(what)
            .bind(kind)
            .execute(&pool)
            .await
            .unwrap();
    }
    clock.set(DEC_1_EVENING + 16 * DAY - 8 * 3600); // 17 December, 12:00
    let at = clock_now(&clock);
    let (a, b) = tokio::join!(wegwijzer::service::maintain(&one.rt, at), wegwijzer::service::maintain(&two.rt, at));
    let (a, b) = (a.unwrap(), b.unwrap());
    let mut per_chat: BTreeMap<String, usize> = BTreeMap::new();
    for o in a.iter().chain(&b) {
        *per_chat.entry(o.chat.to_string()).or_default() += 1;
    }
    assert_eq!(per_chat.len(), 40, "{per_chat:?}");
    assert!(per_chat.values().all(|n| *n == 1), "{per_chat:?}");
    assert!(scheduled(&db.url).await.is_empty());
    pool.close().await;
    one.close().await;
    two.close().await;
    db.drop_now().await;
}
