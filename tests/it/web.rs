//! The advisers' web inbox in a real browser: headless Chromium over WebDriver, against the
//! inbox served as `wegwijzer run` serves it, on SQLite and PostgreSQL.

use std::sync::Arc;
use std::time::Duration;

use fantoccini::{Client, Locator};
use tokio_util::sync::CancellationToken;
use wegwijzer::core::config::Adviser;
use wegwijzer_testkit::{ChatFault, FakeTelegram};

use crate::common::Bot;
use crate::common::browser::{self, Browser};
use crate::common::scenario::send;

/// The parent writes on Telegram (the Bot API fake), user and chat 7001.
const PARENT_ID: i64 = 7001;
const PARENT: &str = "telegram:7001";
const ANNA_PASSWORD: &str = "zeven groene appels";

/// The real content, advisers anna and bram, the inbox on a free port; anna has a password.
async fn inbox(url: &str) -> (Arc<Bot>, String, CancellationToken) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let mut cfg = crate::common::config(&crate::common::project_root(), url);
    cfg.advisers = ["anna", "bram"]
        .iter()
        .map(|n| Adviser {
            name: n.to_string(),
            chats: vec![],
        })
        .collect();
    cfg.web_url = Some(base.clone());
    let hub = Arc::new(crate::common::hub_with(cfg).await);
    let hash = wegwijzer::channel::web::hash_password(ANNA_PASSWORD).unwrap();
    wegwijzer::store::web::set_password(&mut hub.rt.store.conn().await.unwrap(), "anna", &hash, 0)
        .await
        .unwrap();
    let stop = CancellationToken::new();
    tokio::spawn(wegwijzer::ops::http::serve(
        listener,
        wegwijzer::channel::web::router(hub.rt.clone()),
        stop.clone(),
    ));
    (hub, base, stop)
}

async fn fill(c: &Client, css: &str, text: &str) {
    let field = c.find(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css)).await.unwrap().click().await.unwrap();
}

async fn login(c: &Client, base: &str, name: &str, password: &str) {
    c.goto(&format!("{base}/login")).await.unwrap();
    fill(c, "#name", name).await;
    fill(c, "#password", password).await;
    click(c, "main form button[type=submit]").await;
}

async fn body(c: &Client) -> String {
    c.find(Locator::Css("body")).await.unwrap().text().await.unwrap()
}

/// What the parent received on Telegram.
fn to_parent(fake: &FakeTelegram) -> Vec<String> {
    fake.sent_to(PARENT_ID).into_iter().map(|s| s.text).collect()
}

/// The reply lines of the ticket's record on the page, with their delivery state.
async fn reply_lines(c: &Client) -> Vec<String> {
    let mut out = vec![];
    for l in c.find_all(Locator::Css("p.line.adviser")).await.unwrap() {
        out.push(l.text().await.unwrap());
    }
    out
}

/// Reloads the page until the reply line containing `text` also says `state`.
async fn wait_for_reply_state(c: &Client, text: &str, state: &str) {
    for _ in 0..100 {
        c.refresh().await.unwrap();
        if reply_lines(c).await.iter().any(|l| l.contains(text) && l.contains(state)) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no reply {text:?} {state:?} in {:#?}", reply_lines(c).await);
}

async fn the_inbox_in_a_browser(url: &str, screenshots: bool) {
    let (hub, base, stop) = inbox(url).await;
    let fake = FakeTelegram::start().await;
    let telegram = crate::telegram::start(&fake, hub.clone()).await;
    let b = browser::start().await;
    let anna = &b.client;
    let t = |id: &str| hub.rt.desk_text(id, &[]);

    // Nobody sees anything but the login page; a wrong password gets nothing.
    anna.goto(&format!("{base}/")).await.unwrap();
    Browser::wait_for_text(anna, &t("web-login-link-hint")).await;
    login(anna, &base, "anna", "niet het wachtwoord").await;
    Browser::wait_for_text(anna, &t("web-login-wrong")).await;
    anna.goto(&format!("{base}/tickets/1")).await.unwrap();
    Browser::wait_for_text(anna, &t("web-login-link-hint")).await;
    login(anna, &base, "anna", ANNA_PASSWORD).await;
    Browser::wait_for_text(anna, &t("web-queue-empty")).await;

    // An Arabic parent in crisis: the ticket appears, urgent, without a reload.
    let crisis = "ابني يقول إنه يريد أن يقتل نفسه ولا يريد الذهاب إلى المدرسة";
    fake.parent_says(PARENT_ID, "ar", crisis);
    fake.wait_until("the crisis answer", |f| !f.sent_to(PARENT_ID).is_empty()).await;
    let queue = hub.queue().await;
    assert_eq!(queue.len(), 1);
    let id = queue[0].id;
    Browser::wait_for_text(anna, &format!("#{id}")).await;
    assert!(anna.find(Locator::Css("#queue tr.urgent")).await.is_ok(), "urgent rows are marked");
    assert!(body(anna).await.contains("Arabisch"), "the language in Dutch");
    let title = anna.title().await.unwrap();
    assert!(title.starts_with("(!)"), "a new urgent ticket shows in the title: {title}");
    if screenshots {
        Browser::screenshot(anna, &crate::common::project_root().join("tests/it/snapshots/web/queue.png")).await;
    }

    // Bram logs in with a one-time link asked for in his chat.
    let out = send(&hub, "terminal:adviser:bram", "/login").await;
    let link = out[0]
        .reply
        .text
        .split_whitespace()
        .find(|w| w.starts_with("http"))
        .unwrap()
        .to_string();
    let bram = b.another().await;
    bram.goto(&link).await.unwrap();
    click(&bram, "main form button").await;
    Browser::wait_for_text(&bram, &t("web-queue-caption")).await;
    // A link works once.
    let third = b.another().await;
    third.goto(&link).await.unwrap();
    click(&third, "main form button").await;
    Browser::wait_for_text(&third, &t("web-link-used")).await;

    // Both open the ticket; Anna takes it, Bram's claim then fails.
    anna.goto(&format!("{base}/tickets/{id}")).await.unwrap();
    bram.goto(&format!("{base}/tickets/{id}")).await.unwrap();
    Browser::wait_for_text(anna, crisis).await;
    click(anna, &format!("form[action='/tickets/{id}/take'] button")).await;
    Browser::wait_for_text(anna, &t("web-send-canned")).await;
    let warning = anna.find(Locator::Css("#untranslated")).await.unwrap().text().await.unwrap();
    assert!(
        warning.contains("Arabisch"),
        "free text is marked as going out untranslated: {warning}"
    );
    click(&bram, &format!("form[action='/tickets/{id}/take'] button")).await;
    Browser::wait_for_text(&bram, "anna").await;
    assert!(
        bram.find(Locator::Css(&format!("form[action='/tickets/{id}/reply']")))
            .await
            .is_err(),
        "only the holder gets the reply box"
    );
    // The parent heard an adviser joined; now a ready-made reply reaches them in Arabic.
    let arabic = hub.rt.catalog.locales.text("ar", "canned-crisis-numbers", &[]);
    let shown = anna.find(Locator::Css("fieldset")).await.unwrap().text().await.unwrap();
    assert!(
        shown.contains(arabic.lines().next().unwrap().trim_matches(['\u{2066}', '\u{2069}'])),
        "{shown}"
    );
    // Telegram is slow for this chat a moment: the reply shows as waiting, then as delivered
    // once the Bot API fake took it.
    fake.fail_chat(PARENT_ID, ChatFault::Slow(Duration::from_secs(3)));
    click(anna, "input[value='crisis-numbers']").await;
    click(anna, &format!("form[action='/tickets/{id}/canned'] button")).await;
    let first_line = arabic.lines().next().unwrap().trim_matches(['\u{2066}', '\u{2069}']).to_string();
    wait_for_reply_state(anna, &first_line, &t("web-waiting")).await;
    fake.wait_until("the ready-made reply in Arabic", |f| {
        to_parent(f).iter().any(|m| m.contains(&arabic))
    })
    .await;
    fake.clear_chat(PARENT_ID);
    wait_for_reply_state(anna, &first_line, &t("web-delivered")).await;
    // A free reply, and a note the parent never sees.
    fill(anna, "#text", "Ik bel u zo, met een tolk.").await;
    click(anna, &format!("form[action='/tickets/{id}/reply'] button")).await;
    Browser::wait_for_text(anna, "Ik bel u zo, met een tolk.").await;
    fill(anna, "#note", "Moeder gebeld, tolk geregeld").await;
    click(anna, &format!("form[action='/tickets/{id}/note'] button")).await;
    Browser::wait_for_text(anna, "Moeder gebeld, tolk geregeld").await;
    fake.wait_until("the free reply", |f| to_parent(f).iter().any(|m| m.contains("met een tolk")))
        .await;
    wait_for_reply_state(anna, "met een tolk", &t("web-delivered")).await;
    // Anna switches to her chat: what she writes there shows in the inbox, delivered too.
    for text in [format!("/take {id}"), "De school belt u morgen.".into()] {
        hub.handle(wegwijzer::service::Inbound::text("terminal:adviser:anna", &text))
            .await
            .unwrap();
    }
    fake.wait_until("the reply from her chat", |f| {
        to_parent(f).iter().any(|m| m.contains("belt u morgen"))
    })
    .await;
    wait_for_reply_state(anna, "belt u morgen", &t("web-delivered")).await;
    assert!(!to_parent(&fake).iter().any(|m| m.contains("Moeder gebeld")));
    // The parent sends a photo of the school's letter on Telegram: it shows in the ticket.
    fake.parent_sends_photo(PARENT_ID, "ar");
    let rt = hub.rt.clone();
    for _ in 0..100 {
        let files = wegwijzer::store::files::of_ticket(&mut rt.store.conn().await.unwrap(), id)
            .await
            .unwrap();
        if !files.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anna.refresh().await.unwrap();
    Browser::wait_for_text(anna, &t("web-files")).await;
    let width = anna
        .execute("return document.querySelector('#files img').naturalWidth", vec![])
        .await
        .unwrap();
    assert!(width.as_u64().unwrap_or(0) > 0, "the photo is shown: {width:?}");
    if screenshots {
        Browser::screenshot(anna, &crate::common::project_root().join("tests/it/snapshots/web/ticket.png")).await;
    }

    // A forged form gets nothing: Anna's own cookie, another CSRF token.
    let cookie = anna.get_named_cookie("ww_session").await.unwrap();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let forged = http
        .post(format!("{base}/tickets/{id}/note"))
        .header("cookie", format!("ww_session={}", cookie.value()))
        .form(&[("csrf", "forged"), ("text", "vervalst")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let record = wegwijzer::store::messages::list(&mut hub.rt.store.conn().await.unwrap(), id)
        .await
        .unwrap();
    assert!(!record.iter().any(|(_, text)| text.contains("vervalst")));

    // Close with an outcome from the office's list; the queue empties.
    anna.find(Locator::Css("#outcome"))
        .await
        .unwrap()
        .select_by_value("1")
        .await
        .unwrap();
    click(anna, &format!("form[action='/tickets/{id}/close'] button")).await;
    Browser::wait_for_text(anna, &hub.rt.desk_text("web-closed", &[("outcome", "advies gegeven".into())])).await;
    assert!(hub.queue().await.is_empty());
    // Who did what, kept with the ticket; and the parent can read that an adviser read it.
    let audit = wegwijzer::store::web::audit_of(&mut hub.rt.store.conn().await.unwrap(), id)
        .await
        .unwrap();
    let actions: Vec<(&str, &str)> = audit.iter().map(|a| (a.adviser.as_str(), a.action.as_str())).collect();
    for want in [
        ("anna", "opened"),
        ("bram", "opened"),
        ("anna", "took"),
        ("anna", "canned"),
        ("anna", "replied"),
        ("anna", "closed"),
    ] {
        assert!(actions.contains(&want), "{want:?} in {actions:?}");
    }
    let mydata = send(&hub, PARENT, "/mydata").await;
    let read = hub.rt.catalog.locales.text("ar", "mydata-read", &[]);
    assert!(mydata.iter().any(|o| o.reply.text.contains(&read)), "{mydata:#?}");

    // The report page, and its CSV.
    anna.goto(&format!("{base}/report")).await.unwrap();
    Browser::wait_for_text(anna, "Crisis").await;
    let csv = http
        .get(format!("{base}/report.csv"))
        .header("cookie", format!("ww_session={}", cookie.value()))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.text().await.unwrap().starts_with("schooljaar,"));

    // Logged out, the same cookie opens nothing.
    anna.goto(&format!("{base}/")).await.unwrap();
    click(anna, "header form button").await;
    Browser::wait_for_text(anna, &t("web-login-link-hint")).await;
    let after = http
        .get(format!("{base}/queue/rows"))
        .header("cookie", format!("ww_session={}", cookie.value()))
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
    let rows = after.text().await.unwrap();
    assert!(!rows.contains(&format!("#{id}")), "{rows}");

    b.close().await;
    stop.cancel();
    telegram.stop().await;
    hub.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_inbox_works_in_a_browser() {
    let db = tempfile::tempdir().unwrap();
    // `WEGWIJZER_WRITE_EXAMPLES=1 cargo test the_inbox_works` refreshes README's screenshots.
    let screenshots = std::env::var_os("WEGWIJZER_WRITE_EXAMPLES").is_some();
    the_inbox_in_a_browser(&crate::common::sqlite_url(db.path()), screenshots).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_inbox_works_in_a_browser_on_postgres() {
    let db = crate::common::pg::create().await;
    the_inbox_in_a_browser(&db.url, false).await;
    db.drop_now().await;
}
