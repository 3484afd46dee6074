//! A real browser for the web inbox's tests: Debian's headless Chromium, driven over WebDriver
//! by a chromedriver of the test's own on a free loopback port. If either is missing or does
//! not start, the test fails and says what to install; it never passes silently.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

/// What to install when the browser cannot be had.
const INSTALL: &str = "install Debian's Chromium and its WebDriver: apt-get install chromium chromium-driver";

/// The arguments every session's Chromium gets (its --user-data-dir is added per session).
const ARGS: [&str; 5] = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
];

/// A chromedriver with one browser session; [`Browser::another`] opens more. Dropping it kills
/// chromedriver and every browser it started, even when the test failed.
pub struct Browser {
    /// The first browser session.
    pub client: Client,
    /// chromedriver's address, `http://127.0.0.1:PORT`.
    url: String,
    /// The Chromium binary the sessions run.
    chromium: PathBuf,
    /// The sessions opened by [`Browser::another`], to close them with the first.
    others: Mutex<Vec<Client>>,
    /// chromedriver, leader of a process group of its own (the browsers it starts are in it);
    /// `None` once stopped.
    driver: Option<Child>,
    /// chromedriver's log and the sessions' profiles; removed after the processes are gone.
    dir: tempfile::TempDir,
}

/// The first executable among `candidates`: a bare name is looked up on PATH, a path is taken
/// as it is.
fn find(candidates: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    candidates.iter().find_map(|c| {
        if c.contains('/') {
            let p = PathBuf::from(c);
            p.is_file().then_some(p)
        } else {
            std::env::split_paths(&path).map(|d| d.join(c)).find(|p| p.is_file())
        }
    })
}

/// The end of chromedriver's log, for a failure message.
fn log_tail(dir: &Path) -> String {
    let log = std::fs::read_to_string(dir.join("chromedriver.log")).unwrap_or_default();
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

/// Starts chromedriver on a free port (found as `chromedriver` on PATH, /usr/bin/chromedriver
/// or /usr/lib/chromium/chromedriver) and a headless Chromium session (/usr/bin/chromium or
/// `chromium` on PATH) with a fresh temporary profile. Panics with what to install when either
/// is missing, when chromedriver does not answer within 20 s, or when the session cannot start.
pub async fn start() -> Browser {
    let driver_bin = find(&["chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
        .unwrap_or_else(|| panic!("chromedriver not found (on PATH or in /usr/bin, /usr/lib/chromium)\n  {INSTALL}"));
    let chromium = find(&["/usr/bin/chromium", "chromium"])
        .unwrap_or_else(|| panic!("chromium not found (/usr/bin/chromium or on PATH)\n  {INSTALL}"));
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut driver = Command::new(&driver_bin)
        .arg(format!("--port={port}"))
        .arg(format!("--log-path={}", dir.path().join("chromedriver.log").display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}\n  {INSTALL}", driver_bin.display()));
    let url = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = driver.try_wait().unwrap() {
            panic!(
                "{} exited at start ({status}):\n{}\n  {INSTALL}",
                driver_bin.display(),
                log_tail(dir.path())
            );
        }
        let ready = async {
            let r = reqwest::Client::new()
                .get(format!("{url}/status"))
                .timeout(Duration::from_secs(1))
                .send()
                .await
                .ok()?;
            let status: serde_json::Value = r.json().await.ok()?;
            status["value"]["ready"].as_bool()
        };
        if ready.await == Some(true) {
            break;
        }
        if Instant::now() > deadline {
            let _ = driver.kill();
            let _ = driver.wait();
            panic!(
                "{} did not answer on {url} within 20 s:\n{}\n  {INSTALL}",
                driver_bin.display(),
                log_tail(dir.path())
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The session's failure must not leave chromedriver behind: connect before moving it in.
    let client = match session(&url, &chromium, &dir.path().join("profile-0")).await {
        Ok(c) => c,
        Err(e) => {
            kill_group(&mut Some(driver));
            panic!("{e}\n{}\n  {INSTALL}", log_tail(dir.path()));
        }
    };
    Browser {
        client,
        url,
        chromium,
        others: Mutex::new(Vec::new()),
        driver: Some(driver),
        dir,
    }
}

/// A new WebDriver session on chromedriver at `url`: headless Chromium with a profile in
/// `profile`. Plain HTTP to the local chromedriver, so no TLS connector.
async fn session(url: &str, chromium: &Path, profile: &Path) -> Result<Client, String> {
    std::fs::create_dir_all(profile).unwrap();
    let mut args: Vec<String> = ARGS.iter().map(|a| a.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": chromium, "args": args },
    });
    let serde_json::Value::Object(caps) = caps else { unreachable!() };
    let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
    builder.capabilities(caps);
    match tokio::time::timeout(Duration::from_secs(60), builder.connect(url)).await {
        Ok(Ok(c)) => Ok(c),
        Ok(Err(e)) => Err(format!("chromium ({}) did not start a session: {e}", chromium.display())),
        Err(_) => Err(format!("chromium ({}) did not start a session within 60 s", chromium.display())),
    }
}

/// Kills chromedriver's process group (chromedriver and the browsers it started) and reaps it,
/// once: a reaped id may be another process's later.
fn kill_group(driver: &mut Option<Child>) {
    let Some(mut driver) = driver.take() else { return };
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", driver.id())])
        .stderr(Stdio::null())
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

impl Browser {
    /// A second, independent browser session (another adviser: its own profile, so its own
    /// cookies) on the same chromedriver; closed by [`Browser::close`] or when this is dropped.
    pub async fn another(&self) -> Client {
        let n = self.others.lock().unwrap().len() + 1;
        let profile = self.dir.path().join(format!("profile-{n}"));
        let client = session(&self.url, &self.chromium, &profile)
            .await
            .unwrap_or_else(|e| panic!("{e}\n{}\n  {INSTALL}", log_tail(self.dir.path())));
        self.others.lock().unwrap().push(client.clone());
        client
    }

    /// Waits (polling every 100 ms, up to 10 s) until the page's body text contains `text`;
    /// panics with the current body text otherwise.
    pub async fn wait_for_text(client: &Client, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            // While a page loads, the body may be missing or stale: that is "not yet".
            let body = match client.find(Locator::Css("body")).await {
                Ok(b) => b.text().await.unwrap_or_else(|e| format!("(body unreadable: {e})")),
                Err(e) => format!("(no body: {e})"),
            };
            if body.contains(text) {
                return;
            }
            if Instant::now() > deadline {
                let at = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
                panic!("the page {at} did not show {text:?} within 10 s; its body text:\n{body}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Writes a PNG screenshot of the current page to `path` (creating the folder).
    pub async fn screenshot(client: &Client, path: &Path) {
        let png = client.screenshot().await.unwrap();
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, png).unwrap();
    }

    /// Closes the sessions and stops chromedriver.
    pub async fn close(mut self) {
        let others = std::mem::take(&mut *self.others.lock().unwrap());
        for c in others {
            // A session the test closed itself is already gone: that is fine.
            let _ = c.close().await;
        }
        let _ = self.client.clone().close().await;
        kill_group(&mut self.driver);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        kill_group(&mut self.driver);
    }
}

/// The harness on this machine: a form on a tiny axum server is filled in and sent in the
/// browser, the answer page is read back, a second session is independent, and a screenshot
/// is a PNG.
#[tokio::test]
async fn the_browser_harness_reads_a_page() {
    use axum::extract::Query;
    use axum::response::Html;
    use std::collections::HashMap;

    async fn form() -> Html<&'static str> {
        Html(
            "<!doctype html><html><head><title>Form</title></head><body>\
             <h1>Ask something</h1>\
             <form method=get action=/echo><input name=q><button type=submit>Send</button></form>\
             </body></html>",
        )
    }
    async fn echo(Query(q): Query<HashMap<String, String>>) -> Html<String> {
        let said = q.get("q").cloned().unwrap_or_default();
        let said = said.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        Html(format!("<!doctype html><html><body><p id=echo>You said: {said}</p></body></html>"))
    }
    let app = axum::Router::new()
        .route("/", axum::routing::get(form))
        .route("/echo", axum::routing::get(echo));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let site = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let browser = start().await;
    let c = &browser.client;
    c.goto(&format!("{site}/")).await.unwrap();
    Browser::wait_for_text(c, "Ask something").await;
    c.find(Locator::Css("input[name=q]"))
        .await
        .unwrap()
        .send_keys("Hallo, wereld & <co>")
        .await
        .unwrap();
    c.find(Locator::Css("button[type=submit]")).await.unwrap().click().await.unwrap();
    Browser::wait_for_text(c, "You said: Hallo, wereld & <co>").await;
    assert!(c.current_url().await.unwrap().as_str().contains("/echo?q="));

    // Another session starts on the form, not on the first one's answer.
    let other = browser.another().await;
    other.goto(&format!("{site}/")).await.unwrap();
    Browser::wait_for_text(&other, "Ask something").await;
    assert_eq!(c.current_url().await.unwrap().path(), "/echo");

    let shots = tempfile::tempdir().unwrap();
    let shot = shots.path().join("nested").join("echo.png");
    Browser::screenshot(c, &shot).await;
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG: {:?}", &png[..png.len().min(16)]);
    assert!(png.len() > 1000, "a suspiciously small screenshot: {} bytes", png.len());

    browser.close().await;
    server.abort();
}
