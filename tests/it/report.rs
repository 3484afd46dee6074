//! `wegwijzer report`: numbers per school year from counts and tickets, on both backends, and
//! from real conversations.

use std::collections::BTreeMap;

use wegwijzer::core::calendar::day_of;
use wegwijzer::ops::report::{Labels, Report, TopicCounts, school_year_of};
use wegwijzer::service::Inbound;
use wegwijzer::store::Store;

fn now() -> i64 {
    wegwijzer::runtime::Clock::now(&wegwijzer::runtime::SystemClock)
}

/// 1 August 2024, 00:00 UTC: the first second of school year 2024/2025.
const AUG_2024: i64 = 1_722_470_400;
const DAY: i64 = 86_400;
const MIN: i64 = 60;

async fn count(store: &sqlx::AnyPool, day: &str, topic: &str, lang: &str, event: &str, n: i64) {
    sqlx::query("INSERT INTO counts (day, topic, lang, event, n) VALUES ($1, $2, $3, $4, $5)")
        .bind(day)
        .bind(topic)
        .bind(lang)
        .bind(event)
        .bind(n)
        .execute(store)
        .await
        .unwrap();
}

struct T {
    created: i64,
    first: Option<i64>,
    status: &'static str,
    closed: Option<i64>,
    outcome: Option<&'static str>,
}

async fn ticket(store: &sqlx::AnyPool, t: T) {
    sqlx::query(
        "INSERT INTO tickets (chat, lang, topic, priority, status, adviser, summary, created_at, due_at, claimed_at, first_response_at, closed_at, outcome) \
         VALUES ('telegram:9', 'nl', 'suspension', 2, $1, 'anna', '', $2, $2, $3, $3, $4, $5)",
    )
    .bind(t.status)
    .bind(t.created)
    .bind(t.first)
    .bind(t.closed)
    .bind(t.outcome)
    .execute(store)
    .await
    .unwrap();
}

/// Three school years of counts; tickets in 2023/2024 and 2024/2025.
async fn seed(store: &sqlx::AnyPool) {
    count(store, "2024-07-31", "suspension", "nl", "started", 2).await;
    count(store, "2024-07-31", "suspension", "nl", "answered", 1).await;
    count(store, "2024-08-01", "suspension", "nl", "started", 3).await;
    count(store, "2024-09-02", "suspension", "en", "started", 1).await;
    count(store, "2024-09-02", "part_time", "nl", "started", 4).await;
    count(store, "2025-07-31", "A & B <x>", "ar", "started", 1).await;
    count(store, "2024-08-01", "suspension", "nl", "answered", 2).await;
    count(store, "2024-09-02", "part_time", "nl", "answered", 3).await;
    count(store, "2024-09-02", "suspension", "en", "escalated_normal", 1).await;
    count(store, "2024-10-01", "urgent", "nl", "escalated_urgent", 2).await;
    count(store, "2024-10-01", "adviser", "en", "escalated_normal", 1).await;
    count(store, "2024-10-01", "part_time", "nl", "escalated_high", 1).await;
    count(store, "2025-08-01", "suspension", "nl", "started", 5).await;
    // Conversations by their final language; one moved from nl to ar (-1 and +1).
    count(store, "2024-07-31", "suspension", "nl", "conversation", 2).await;
    count(store, "2024-08-01", "suspension", "nl", "conversation", 4).await;
    count(store, "2024-09-02", "suspension", "en", "conversation", 1).await;
    count(store, "2024-09-02", "part_time", "nl", "conversation", 3).await;
    count(store, "2024-09-02", "part_time", "ar", "conversation", 1).await;
    count(store, "2024-10-01", "urgent", "nl", "conversation", 2).await;
    count(store, "2024-10-01", "urgent", "nl", "crisis_self_harm", 2).await;

    let a = AUG_2024;
    let closed = |created: i64, first: Option<i64>, outcome| T {
        created,
        first,
        status: "closed",
        closed: Some(created + 2 * 3600),
        outcome,
    };
    // 2024/2025: waits of 10, 20, 30 and 60 minutes; one open without reply.
    ticket(store, closed(a, Some(a + 10 * MIN), Some("Opgelost"))).await;
    ticket(store, closed(a + DAY, Some(a + DAY + 20 * MIN), Some("  opgelost "))).await;
    ticket(store, closed(a + 2 * DAY, Some(a + 2 * DAY + 30 * MIN), Some("Doorverwezen"))).await;
    let claimed = T {
        created: a + 3 * DAY,
        first: Some(a + 3 * DAY + 60 * MIN),
        status: "claimed",
        closed: None,
        outcome: None,
    };
    ticket(store, claimed).await;
    let open = T {
        created: a + 4 * DAY,
        first: None,
        status: "open",
        closed: None,
        outcome: None,
    };
    ticket(store, open).await;
    // Closed without any reply: not waiting, and no outcome given.
    ticket(store, closed(a + 5 * DAY, None, None)).await;
    // 2023/2024: waits of 5 and 15 minutes; the second closes in 2024/2025.
    ticket(store, closed(a - DAY, Some(a - DAY + 5 * MIN), Some("Opgelost"))).await;
    let late = T {
        created: a - 2 * DAY,
        first: Some(a - 2 * DAY + 15 * MIN),
        status: "closed",
        closed: Some(a + DAY),
        outcome: Some("OPGELOST"),
    };
    ticket(store, late).await;
}

fn map(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

fn pairs(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

fn tc(started: i64, answered: i64, escalated: i64) -> TopicCounts {
    TopicCounts {
        started,
        answered,
        escalated,
    }
}

/// True when some line of `text` has exactly these words.
fn has_line(text: &str, words: &[&str]) -> bool {
    text.lines().any(|l| l.split_whitespace().eq(words.iter().copied()))
}

async fn numbers_per_school_year(url: &str) {
    let store_url = url.to_string();
    let store = Store::connect(url).await.unwrap();
    seed(&crate::common::raw(&store_url).await).await;

    let all = Report::build(&store, None, Labels::default()).await.unwrap();
    let labels: Vec<&str> = all.years.iter().map(|y| y.year.as_str()).collect();
    assert_eq!(labels, ["2023/2024", "2024/2025", "2025/2026"]);

    let y = all.year("2024/2025").unwrap();
    let order: Vec<&str> = y.topics_by_started().iter().map(|(t, _)| *t).collect();
    assert_eq!(order, ["part_time", "suspension", "A & B <x>", "adviser", "urgent"]);
    assert_eq!(y.topics["suspension"], tc(4, 2, 1));
    assert_eq!(y.topics["part_time"], tc(4, 3, 1));
    assert_eq!(y.topics["urgent"], tc(0, 0, 2));
    assert_eq!(y.topics["adviser"], tc(0, 0, 1));
    assert_eq!(y.totals, tc(9, 5, 5));
    assert_eq!(y.conversations, 11);
    assert_eq!(y.languages, map(&[("nl", 9), ("en", 1), ("ar", 1)]));
    assert_eq!(
        (y.crisis.conversations, y.crisis.kinds["self_harm"], y.crisis.urgent_tickets),
        (2, 2, 2)
    );
    assert_eq!(y.escalations, map(&[("urgent", 2), ("high", 1), ("normal", 2)]));
    assert_eq!(y.tickets, 6);
    assert_eq!(y.outcomes, pairs(&[("opgelost", 3), ("(geen uitkomst)", 1), ("doorverwezen", 1)]));
    assert_eq!(y.first_response.responded, 4);
    assert_eq!(y.first_response.median_minutes, Some(25.0));
    assert_eq!(y.first_response.p90_minutes, Some(51.0));
    assert_eq!(y.first_response.waiting, 1);

    let old = all.year("2023/2024").unwrap();
    assert_eq!(old.topics["suspension"], tc(2, 1, 0));
    assert_eq!(old.languages, map(&[("nl", 2)]));
    assert_eq!(old.escalations, map(&[("urgent", 0), ("high", 0), ("normal", 0)]));
    assert_eq!(old.tickets, 2);
    assert_eq!(old.outcomes, pairs(&[("opgelost", 1)]));
    assert_eq!(old.first_response.median_minutes, Some(10.0));
    assert_eq!(old.first_response.p90_minutes, Some(14.0));
    assert_eq!(old.first_response.waiting, 0);

    let next = all.year("2025/2026").unwrap();
    assert_eq!(next.topics["suspension"], tc(5, 0, 0));
    assert_eq!(next.tickets, 0);
    assert_eq!(next.first_response.median_minutes, None);

    // One year asked for: the same numbers, and only that year.
    let one = Report::build(&store, Some("2024/2025"), Labels::default()).await.unwrap();
    assert_eq!(one.years.len(), 1);
    assert_eq!(&one.years[0], y);

    // A year without data still gets its (empty) section.
    let empty = Report::build(&store, Some("2019/2020"), Labels::default()).await.unwrap();
    assert_eq!(empty.years.len(), 1);
    assert_eq!(empty.years[0].totals, tc(0, 0, 0));

    let json = one.to_json();
    assert_eq!(json["years"][0]["year"], "2024/2025");
    assert_eq!(json["years"][0]["topics"]["part_time"]["answered"], 3);
    assert_eq!(json["years"][0]["first_response"]["p90_minutes"], 51.0);

    store.close().await;
}

#[tokio::test]
async fn numbers_per_school_year_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    numbers_per_school_year(&crate::common::sqlite_url(dir.path())).await;
}

#[tokio::test]
async fn numbers_per_school_year_on_postgres() {
    let db = crate::common::pg::create().await;
    numbers_per_school_year(&db.url).await;
    db.drop_now().await;
}

#[tokio::test]
async fn text_chart_and_bad_years() {
    let dir = tempfile::tempdir().unwrap();
    let store_url = crate::common::sqlite_url(dir.path());
    let store = Store::connect(&store_url).await.unwrap();
    seed(&crate::common::raw(&store_url).await).await;

    let all = Report::build(&store, None, Labels::default()).await.unwrap();
    let text = all.to_text();
    assert!(text.contains("Schooljaar 2023/2024\n"), "{text}");
    assert!(text.contains("Schooljaar 2024/2025\n"), "{text}");
    let y = text
        .split("Schooljaar 2024/2025")
        .nth(1)
        .unwrap()
        .split("Schooljaar")
        .next()
        .unwrap();
    assert!(has_line(y, &["part_time", "4", "3", "1"]), "{y}");
    assert!(has_line(y, &["suspension", "4", "2", "1"]), "{y}");
    assert!(has_line(y, &["Totaal", "9", "5", "5"]), "{y}");
    assert!(has_line(y, &["nl", "9"]), "{y}");
    assert!(has_line(y, &["spoed", "2"]), "{y}");
    assert!(has_line(y, &["opgelost", "3"]), "{y}");
    assert!(has_line(y, &["Eerste", "reactie", "(mediaan)", "25", "min"]), "{y}");
    assert!(has_line(y, &["Eerste", "reactie", "(90e", "percentiel)", "51", "min"]), "{y}");
    assert!(has_line(y, &["Wacht", "nog", "op", "eerste", "reactie", "1"]), "{y}");
    // Topics by count, then name; the columns line up.
    let part = y.find("\npart_time").unwrap();
    assert!(part < y.find("\nsuspension").unwrap() && y.find("\nsuspension").unwrap() < y.find("\nA & B").unwrap());
    let header = y.lines().find(|l| l.starts_with("Onderwerp ")).unwrap();
    let row = y.lines().find(|l| l.starts_with("part_time")).unwrap();
    assert_eq!(header.chars().count(), row.chars().count(), "{y}");

    let svg = all.topics_svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"));
    // The background, then bars: 2023/2024 suspension; 2024/2025 three topics and the crisis
    // bar; 2025/2026 suspension.
    assert_eq!(svg.matches("<rect").count(), 1 + 6, "{svg}");
    assert!(svg.contains("Crisis (112, 113, Veilig Thuis)"), "{svg}");
    assert!(svg.contains("A &amp; B &lt;x&gt;"), "{svg}");
    assert!(!svg.contains("A & B") && !svg.contains("<x>"));
    assert!(svg.contains("Aantal gesprekken gestart"));
    assert!(svg.contains("Schooljaar 2024/2025"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    let one = Report::build(&store, Some("2024/2025"), Labels::default())
        .await
        .unwrap()
        .topics_svg();
    assert_eq!(one.matches("<rect").count(), 1 + 4);

    for bad in ["2024", "2024-2025", "2024/2026", "24/25", "abcd/efgh", ""] {
        let err = Report::build(&store, Some(bad), Labels::default()).await.unwrap_err().to_string();
        assert!(err.contains("--year must look like 2024/2025"), "{bad:?}: {err}");
    }
    store.close().await;
}

#[tokio::test]
async fn real_conversations_are_counted_in_this_school_year() {
    let dir = crate::common::fixture();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(dir.path())).await;
    for text in ["mijn kind is geschorst", "1", "1"] {
        hub.handle(Inbound::text("telegram:1", text)).await.unwrap();
    }
    let this = school_year_of(&day_of(now())).unwrap();
    let report = Report::build(&hub.rt.store, Some(&this), Labels::default()).await.unwrap();
    let y = &report.years[0];
    assert_eq!(y.year, this);
    assert_eq!(y.topics["suspension"], tc(1, 1, 1));
    assert_eq!(y.languages, map(&[("nl", 1)]));
    assert_eq!(y.escalations["normal"], 1);
    assert_eq!(y.tickets, 1);
    assert_eq!(y.first_response.waiting, 1);
    assert!(report.to_text().contains(&format!("Schooljaar {this}")));
}

/// Real conversations over three school years, through the real flows and triage, with a
/// clock set to each year: parents in Dutch and Arabic (one switches language mid-way), children
/// at home with their support needs, crises, tickets that advisers answer and close with an
/// outcome. The tables, the CSV (masked under publication) and both charts as SVG and PNG.
#[tokio::test]
async fn three_school_years_of_conversations_make_the_offices_report() {
    use std::sync::Arc;
    use wegwijzer::ops::report::chart;
    use wegwijzer::runtime::{ManualClock, Runtime};

    let db = tempfile::tempdir().unwrap();
    let url = crate::common::sqlite_url(db.path());
    let root = crate::common::project_root();
    // The office opens on weekdays from 9 to 5: response times are also given in open time.
    let mut config = crate::common::config(&root, &url);
    config.office.hours = vec!["mon-fri 09:00-17:00".into()];
    config.hours = wegwijzer::core::office::Hours::parse("wegwijzer.toml", &config.office).unwrap();
    let config = Arc::new(config);
    let clock = Arc::new(ManualClock::at(AUG_2024));
    let store = Store::connect(&url).await.unwrap();
    let rt = Runtime::with_clock(crate::common::real_catalog_shared(), store, config.clone(), clock.clone());
    let hub = crate::common::Bot {
        rt: Arc::new(rt),
        url: url.clone(),
    };
    use crate::common::scenario::{ANNA, send};
    let mut chat = 0;
    let mut next = || {
        chat += 1;
        format!("telegram:{chat}")
    };
    // School years 2022/2023, 2023/2024, 2024/2025: 3, 6 and 9 children at home (the
    // seed's growth), of whom 1, 2 and 3 are passed to an adviser.
    let year_starts = [AUG_2024 - 2 * 365 * DAY, AUG_2024 - 365 * DAY, AUG_2024];
    for (y, start) in year_starts.into_iter().enumerate() {
        clock.set(start + 40 * DAY);
        for i in 0..3 * (y + 1) {
            let p = next();
            let link = if i % 3 == 0 {
                "/start ar_home_without_school"
            } else {
                "/start nl_home_without_school"
            };
            send(&hub, &p, link).await;
            send(&hub, &p, "2").await; // region: elsewhere
            send(&hub, &p, "2").await; // at home for more than 4 weeks
            send(&hub, &p, if i % 2 == 0 { "5" } else { "3" }).await; // psychisch/angst, autisme/ass
            if i % 3 == 0 {
                send(&hub, &p, "/adviseur").await;
            }
        }
        // A crisis in Dutch and one in Arabic, each year.
        send(&hub, &next(), "mijn dochter zegt dat ze niet meer wil leven").await;
        send(&hub, &next(), "زوجي يضربني أمام الأولاد").await;
    }
    // This year: a parent starts in a flow without a language and goes on in Arabic.
    let switcher = next();
    send(&hub, &switcher, "/start suspension").await;
    send(&hub, &switcher, "ابني موقوف عن المدرسة منذ أسبوع ولا أعرف ماذا أفعل").await;
    assert_eq!(hub.session(&switcher).await.unwrap().lang.as_deref(), Some("ar"));
    // Advisers answer this year's tickets 10, 20, 30... minutes after they came in and close
    // them with the office's outcomes.
    let mut queue = hub.queue().await;
    queue.sort_by_key(|t| t.id);
    // 1 + 2 + 3 children at home, and 2 crises a year.
    assert_eq!(queue.len(), 12, "{queue:?}");
    for (i, t) in queue.iter().enumerate() {
        clock.set(t.created_at + 10 * MIN * (i as i64 + 1));
        send(&hub, ANNA, &format!("/take {}", t.id)).await;
        send(&hub, ANNA, "Ik help u verder.").await;
        send(&hub, ANNA, if i % 2 == 0 { "/done 1" } else { "/done 3" }).await;
    }

    let report = Report::build(&hub.rt.store, None, Labels::new(&hub.rt.catalog, &config, false))
        .await
        .unwrap();
    let years: Vec<&str> = report.years.iter().map(|y| y.year.as_str()).collect();
    assert_eq!(years, ["2022/2023", "2023/2024", "2024/2025"]);
    let y = report.year("2024/2025").unwrap();
    assert_eq!((y.at_home.conversations, y.at_home.tickets), (9, 3));
    assert_eq!(y.needs["psychisch_angst"], 5);
    assert_eq!(y.needs["autisme_ass"], 4);
    assert_eq!(y.crisis.conversations, 2);
    assert_eq!(y.crisis.kinds["self_harm"], 1);
    assert_eq!(y.crisis.kinds["violence"], 1);
    // 9 at home, 2 crises, the switcher: each conversation once, by its final language.
    assert_eq!(y.conversations, 12);
    assert_eq!(y.languages, map(&[("ar", 3 + 1 + 1), ("nl", 6 + 1)]));

    let text = report.to_text();
    let trend = text.split("Schooljaar 2022/2023").next().unwrap();
    assert!(has_line(trend, &["2022/2023", "3", "-", "1"]), "{trend}");
    assert!(has_line(trend, &["2023/2024", "6", "+3", "(+100%)", "2"]), "{trend}");
    assert!(has_line(trend, &["2024/2025", "9", "+3", "(+50%)", "3"]), "{trend}");
    let this = text.split("Schooljaar 2024/2025").nth(1).unwrap();
    for line in [
        &["psychisch/angst", "5"][..],
        &["autisme/ass", "4"],
        &["hoogbegaafd", "0"],
        &["Mijn", "kind", "zit", "thuis", "zonder", "school", "9", "9", "3"],
        &["Arabisch", "5"],
        &["Nederlands", "7"],
        &["waarvan", "zelfdoding", "of", "zelfbeschadiging", "1"],
        &["waarvan", "geweld", "of", "dreiging", "thuis", "1"],
        &["Crisis", "buiten", "een", "onderwerp", "0", "0", "2"],
        &["Spoedvragen", "aan", "adviseurs", "2"],
        // This year's tickets are the 8th to 12th: answered after 80 to 120 minutes, each
        // closed with outcome 1 or 3 in turn; all in the night, when the office is closed.
        &["advies", "gegeven", "2"],
        &["doorverwezen", "naar", "leerplicht", "of", "samenwerkingsverband", "3"],
        &["ouder", "niet", "meer", "bereikbaar", "0"],
        &["Eerste", "reactie", "(mediaan)", "100", "min"],
        &["Eerste", "reactie", "(90e", "percentiel)", "116", "min"],
        &["Eerste", "reactie", "in", "openingstijd", "(mediaan)", "0", "min"],
    ] {
        assert!(has_line(this, line), "{line:?} in\n{this}");
    }
    assert!(!this.contains("home_without_school"), "titles, never ids: {this}");

    // CSV: every cell a line; under publication the small ones read <5.
    let csv = report.to_csv().unwrap();
    assert!(csv.starts_with("schooljaar,tabel,rij,kolom,waarde\n"), "{csv}");
    assert!(
        csv.contains("2022/2023,Kinderen thuis zonder school (thuiszitters) per schooljaar,2022/2023,Gesprekken,3\n"),
        "{csv}"
    );
    let published = Report::build(&hub.rt.store, None, Labels::new(&hub.rt.catalog, &config, true))
        .await
        .unwrap();
    let csv = published.to_csv().unwrap();
    assert!(
        csv.contains("2022/2023,Kinderen thuis zonder school (thuiszitters) per schooljaar,2022/2023,Gesprekken,<5\n"),
        "{csv}"
    );
    assert!(
        csv.contains("2024/2025,Ondersteuningsbehoefte achter het thuiszitten (genoemd door ouders),psychisch/angst,Aantal,5\n"),
        "{csv}"
    );
    assert!(
        csv.contains("2024/2025,Ondersteuningsbehoefte achter het thuiszitten (genoemd door ouders),autisme/ass,Aantal,<5\n"),
        "{csv}"
    );
    let published_text = published.to_text();
    assert!(has_line(&published_text, &["2022/2023", "<5", "-", "<5"]), "{published_text}");
    assert!(
        !published_text
            .lines()
            .any(|l| l.split_whitespace().last().is_some_and(|w| ["1", "2", "3", "4"].contains(&w)))
    );

    // Charts: Dutch titles in the SVG, and the PNG drawn from it.
    let topics = report.topics_svg();
    assert!(topics.contains("Mijn kind zit thuis zonder school"), "{topics}");
    assert!(topics.contains("Crisis (112, 113, Veilig Thuis)"));
    let trend = report.trend_svg();
    for t in [
        "Kinderen thuis zonder school per schooljaar",
        "2022/2023",
        "2024/2025",
        "Gesprekken",
        "Naar een adviseur",
    ] {
        assert!(trend.contains(t), "{t} in {trend}");
    }
    // `WEGWIJZER_WRITE_EXAMPLES=1 cargo test three_school_years` refreshes README's example.
    let examples = std::env::var_os("WEGWIJZER_WRITE_EXAMPLES").map(|_| root.join("tests/it/snapshots/report"));
    if let Some(dir) = &examples {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("report.txt"), &text).unwrap();
    }
    for (name, svg) in [("onderwerpen", &topics), ("thuiszitters", &trend)] {
        let png = chart::png(svg).unwrap();
        if let Some(dir) = &examples {
            std::fs::write(dir.join(format!("{name}.svg")), svg).unwrap();
            std::fs::write(dir.join(format!("{name}.png")), &png).unwrap();
        }
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // Drawn at twice the SVG's width.
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        assert_eq!(width, 2 * 820);
    }
    hub.close().await;
}
