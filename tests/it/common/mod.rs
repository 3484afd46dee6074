//! Shared test helpers: a small fixed catalog (independent of the real content), a bot on a
//! database, processes that are killed when a test ends.

pub mod browser;
pub mod pg;
pub mod scenario;
pub mod synapse;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use wegwijzer::core::catalog::Catalog;
use wegwijzer::core::config::{Adviser, Config};
use wegwijzer::core::engine::Session;
use wegwijzer::core::ids::Channel;
use wegwijzer::runtime::Runtime;
use wegwijzer::service::{self, Inbound};
use wegwijzer::store::{self, Outgoing, Store, Ticket};

pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn put(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A catalog with the real bot messages (main.ftl, desk.ftl, letters.ftl, web.ftl) and two tiny flows.
pub fn fixture() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    for lang in ["nl", "en"] {
        for f in ["main.ftl", "desk.ftl", "letters.ftl", "web.ftl"] {
            let src = project_root().join("locales").join(lang).join(f);
            put(root, &format!("locales/{lang}/{f}"), &std::fs::read_to_string(src).unwrap());
        }
    }
    put(
        root,
        "locales/nl/t.ftl",
        "s-start = Hoe lang is uw kind geschorst?\ns-short = Een dag\ns-long = Langer dan een week\ns-weeks = Hoeveel weken zit uw kind thuis?\ns-short-answer = Een schorsing duurt hooguit een week.\ns-long-answer = Dit is te lang. Ik geef u door.\nadv-start = Ik zet u in de wachtrij.\n",
    );
    put(
        root,
        "locales/en/t.ftl",
        "s-start = How long is your child suspended?\ns-short = One day\ns-long = Longer than a week\ns-weeks = How many weeks has your child been at home?\ns-short-answer = A suspension lasts one week at most.\ns-long-answer = That is too long. I am passing you on.\nadv-start = I am putting you in the queue.\n",
    );
    // Triage learns from these few examples; the crisis rules make the urgent cases certain.
    put(
        root,
        "locales/nl/examples.toml",
        r#"vague = ["hallo", "hoi ik heb een vraag", "goedemorgen", "dank u", "ok", "hallo ik wil iets vragen", "hij is 10 jaar", "ze is 12", "hij is 12 jaar oud", "in groep 7"]
[topics]
suspension = ["mijn kind is geschorst", "mijn zoon is geschorst voor drie dagen", "ze is geschorst van school", "de school heeft hem geschorst", "schorsing van een week", "geschorst zonder brief", "hij is weer geschorst", "mijn dochter is geschorst"]
adviser = ["ik wil een adviseur spreken", "kan ik met een mens praten", "graag een adviseur", "ik wil met iemand praten", "bel mij terug alstublieft", "een echte mens graag"]
[crisis]
self_harm = ["ze wil niet meer leven", "hij praat over zelfmoord", "mijn zoon wil dood", "ze zegt dat ze niet meer leven wil"]
not_urgent = ["ik word gek van die school", "doodmoe van al die brieven"]
"#,
    );
    put(
        root,
        "locales/en/examples.toml",
        r#"vague = ["hello", "hi i have a question", "good morning", "thank you", "okay", "hello can i ask something", "he is 10", "she is 12 years old", "he is in year 8", "in year 7"]
[topics]
suspension = ["my son was suspended", "my daughter got suspended for three days", "the school suspended him", "suspended again this week", "she was suspended without a letter", "he is suspended from school", "suspension for a week", "my child was suspended"]
adviser = ["i want to talk to an adviser", "can i speak to a human", "an adviser please", "i want to talk to someone", "please call me back", "a real person please"]
[crisis]
self_harm = ["he wants to kill himself", "she talks about suicide", "my son wants to die", "she does not want to live anymore"]
not_urgent = ["this school drives me crazy", "dead tired of all the letters"]
"#,
    );
    put(
        root,
        "locales/nl/crisis.toml",
        "self_harm = ['zelfmoord', 'niet meer leven', 'wil dood']\n",
    );
    put(
        root,
        "locales/en/crisis.toml",
        "self_harm = ['suicid', 'kill (him|her)self', 'wants? to die']\n",
    );
    put(
        root,
        "flows/suspension.toml",
        r#"
id = "suspension"
title = "topic-suspension"
start = "start"
order = 1
[node.start]
say = "s-start"
choices = [
  { label = "s-short", goto = "short" },
  { label = "s-long", goto = "weeks", tag = "home_over_4_weeks" },
  { label = "common-c-adviser", escalate = "normal" },
]
[node.weeks]
say = "s-weeks"
ask = { key = "weeks", pattern = '^[0-9]{1,2}$', invalid = "common-ask-number", goto = "long" }
[node.short]
say = "s-short-answer"
end = true
source = "https://example.org/schorsen"
checked = "2026-11-01"
[node.long]
say = "s-long-answer"
escalate = "normal"
"#,
    );
    put(
        root,
        "flows/adviser.toml",
        "id = \"adviser\"\ntitle = \"topic-adviser\"\nstart = \"start\"\norder = 2\n[node.start]\nsay = \"adv-start\"\nescalate = \"normal\"\n",
    );
    d
}

/// The real flows, languages and triage, loaded (and trained) once per test binary.
pub fn real_catalog() -> &'static Catalog {
    real().as_ref()
}

/// The same catalog, for a runtime of a test's own.
pub fn real_catalog_shared() -> Arc<Catalog> {
    real().clone()
}

fn real() -> &'static Arc<Catalog> {
    static REAL: std::sync::OnceLock<Arc<Catalog>> = std::sync::OnceLock::new();
    REAL.get_or_init(|| Arc::new(Catalog::load(&project_root()).unwrap_or_else(|p| panic!("the real catalog does not load:\n{p}"))))
}

pub fn catalog(root: &Path) -> Catalog {
    Catalog::load(root).unwrap_or_else(|p| panic!("fixture catalog does not load:\n{p}"))
}

pub fn config(root: &Path, db: &str) -> Config {
    Config {
        root: root.to_path_buf(),
        database_url: db.to_string(),
        advisers: vec![
            Adviser {
                name: "anna".into(),
                chats: vec![],
            },
            Adviser {
                name: "bram".into(),
                chats: vec![],
            },
        ],
        ..Config::default()
    }
}

/// The bot's service on a database, with shortcuts for what tests look at.
pub struct Bot {
    pub rt: Arc<Runtime>,
    pub url: String,
}

impl Bot {
    pub async fn handle(&self, inb: Inbound) -> anyhow::Result<Vec<Outgoing>> {
        service::handle(&self.rt, inb).await
    }

    pub async fn handle_all(&self, inbs: &[Inbound]) -> Vec<anyhow::Result<()>> {
        service::handle_batch(&self.rt, inbs).await
    }

    /// Open and claimed tickets in queue order.
    pub async fn queue(&self) -> Vec<Ticket> {
        store::tickets::queue(&mut self.rt.store.conn().await.unwrap()).await.unwrap()
    }

    /// Messages not yet sent on a channel.
    pub async fn pending(&self, channel: Channel) -> Vec<Outgoing> {
        store::outbox::pending(&mut self.rt.store.conn().await.unwrap(), channel)
            .await
            .unwrap()
    }

    pub async fn mark_sent(&self, ids: &[i64]) {
        store::outbox::mark_sent(&mut self.rt.store.conn().await.unwrap(), ids)
            .await
            .unwrap()
    }

    pub async fn session(&self, chat: &str) -> Option<Session> {
        store::sessions::load(&mut self.rt.store.conn().await.unwrap(), chat).await.unwrap()
    }

    /// Closes the database, as a stopping process does.
    pub async fn close(&self) {
        self.rt.store.close().await;
    }
}

pub async fn hub(root: &Path, db: &str) -> Bot {
    hub_with(config(root, db)).await
}

pub async fn hub_with(cfg: Config) -> Bot {
    let url = cfg.database_url.clone();
    let store = Store::connect(&url).await.unwrap();
    let rt = Runtime::new(Arc::new(catalog(&cfg.root)), store, Arc::new(cfg));
    Bot { rt: Arc::new(rt), url }
}

/// A pool of its own on the database at `url`, for tests that read or change it directly.
pub async fn raw(url: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::AnyPool::connect(url).await.unwrap()
}

pub fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("test.db").display())
}

/// Waits until every Telegram message in the outbox has been sent (to kill a process while it
/// is idle).
pub async fn wait_outbox_empty(url: &str) {
    let store = Store::connect(url).await.unwrap();
    for _ in 0..600 {
        if store::outbox::pending(&mut store.conn().await.unwrap(), Channel::Telegram)
            .await
            .unwrap()
            .is_empty()
        {
            store.close().await;
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the outbox never emptied");
}

/// A child process that is killed when the test ends, even when it fails.
pub struct Proc(pub std::process::Child);

impl Proc {
    /// Ends it at once, as a crash would.
    pub fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
    /// Asks it to stop (SIGTERM) and waits; true when it exited cleanly.
    pub fn terminate(&mut self) -> bool {
        std::process::Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status()
            .unwrap();
        self.0.wait().unwrap().success()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `wegwijzer run` on the fixture's `root` and database `url`, talking to the Telegram
/// Bot API fake at `api`, with any further environment (Matrix settings).
pub fn run_bot(root: &Path, url: &str, api: &str, env: &[(&str, &str)]) -> Proc {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wegwijzer"));
    cmd.args(["--root", root.to_str().unwrap(), "--db", url, "run"])
        .env("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN")
        .env("TELEGRAM_API_URL", api)
        .env("WEGWIJZER_METRICS", "127.0.0.1:0")
        .env("WEGWIJZER_WEB", "127.0.0.1:0")
        .env_remove("TELEGRAM_WEBHOOK_URL")
        .stdout(std::process::Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    Proc(cmd.spawn().unwrap())
}

/// Everything this crate logged in this test binary (every test's), for the test that checks
/// logs hold no message text.
#[derive(Clone, Default)]
pub struct Capture(pub Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Installs the one global log subscriber of this binary (once): wegwijzer's own logs at every
/// level into [`Capture`], and whatever TEST_LOG asks for to the test output. Global, not
/// scoped: tracing caches per call site whether anyone listens, and tests on other threads
/// would otherwise settle that as "no one".
pub fn logs() -> &'static Capture {
    use tracing_subscriber::filter::{EnvFilter, LevelFilter, Targets};
    use tracing_subscriber::prelude::*;
    static CAPTURE: std::sync::OnceLock<Capture> = std::sync::OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        let writer = capture.clone();
        let ours = Targets::new().with_target("wegwijzer", LevelFilter::TRACE);
        let shown = EnvFilter::new(std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into()));
        tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(move || writer.clone())
                    .with_filter(ours),
            )
            .with(tracing_subscriber::fmt::layer().with_test_writer().with_filter(shown))
            .init();
        capture
    })
}
