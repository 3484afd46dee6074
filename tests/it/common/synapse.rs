//! A real Synapse homeserver for the Matrix tests: installed from PyPI into a virtualenv under
//! the target folder on first use, started on a free loopback port with a throwaway config.
//! If it cannot be installed or started, the test fails and says what to install.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use super::Proc;

const SECRET: &str = "wegwijzer-test-shared-secret";

pub struct Synapse {
    pub url: String,
    _proc: Proc,
    _dir: tempfile::TempDir,
}

fn venv() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synapse-venv")
}

fn run(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("{what}: cannot run {cmd:?}: {e}\n  install python3 with venv and pip: apt-get install python3 python3-venv python3-pip")
    });
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}\n  the Matrix tests need Python 3 with venv and pip, and PyPI (package matrix-synapse)",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Installs matrix-synapse once; later runs reuse it. A lock folder keeps parallel tests from
/// installing at the same time.
fn ensure_installed() -> PathBuf {
    let venv = venv();
    let python = venv.join("bin/python");
    let ready = venv.join(".installed");
    if ready.exists() {
        return python;
    }
    let lock = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synapse-install.lock");
    std::fs::create_dir_all(lock.parent().unwrap()).unwrap();
    let mut waited = 0;
    while std::fs::create_dir(&lock).is_err() {
        if ready.exists() {
            return python;
        }
        std::thread::sleep(Duration::from_secs(1));
        waited += 1;
        // A stale lock from a killed run.
        if waited > 600 {
            let _ = std::fs::remove_dir(&lock);
        }
    }
    if !ready.exists() {
        let _ = std::fs::remove_dir_all(&venv);
        run(
            Command::new("python3").args(["-m", "venv"]).arg(&venv),
            "creating a Python virtualenv for Synapse",
        );
        run(
            Command::new(venv.join("bin/pip")).args(["install", "--quiet", "matrix-synapse"]),
            "pip install matrix-synapse",
        );
        std::fs::write(&ready, b"").unwrap();
    }
    let _ = std::fs::remove_dir(&lock);
    python
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn config(dir: &Path, port: u16) -> String {
    let d = dir.display();
    let fast = "{per_second: 10000, burst_count: 10000}";
    format!(
        r#"server_name: "localhost"
pid_file: "{d}/homeserver.pid"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{d}/homeserver.db"
media_store_path: "{d}/media"
signing_key_path: "{d}/signing.key"
registration_shared_secret: "{SECRET}"
report_stats: false
enable_registration: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
sync_response_cache_duration: 0
presence:
  enabled: false
rc_message: {fast}
rc_registration: {fast}
rc_login:
  address: {fast}
  account: {fast}
  failed_attempts: {fast}
rc_joins:
  local: {fast}
  remote: {fast}
rc_joins_per_room: {fast}
rc_invites:
  per_room: {fast}
  per_user: {fast}
  per_issuer: {fast}
rc_key_requests: {fast}
rc_3pid_validation: {fast}
rc_admin_redaction: {fast}
rc_room_creation: {fast}
rc_presence:
  per_user: {fast}
rc_delayed_event_mgmt: {fast}
"#
    )
}

pub async fn start() -> Synapse {
    let python = tokio::task::spawn_blocking(ensure_installed).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let cfg = dir.path().join("homeserver.yaml");
    std::fs::write(&cfg, config(dir.path(), port)).unwrap();
    run(
        Command::new(&python)
            .args(["-m", "synapse.app.homeserver", "--generate-keys", "-c"])
            .arg(&cfg),
        "generating Synapse keys",
    );
    let log = std::fs::File::create(dir.path().join("synapse.log")).unwrap();
    let proc = Proc(
        Command::new(&python)
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(&cfg)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start Synapse"),
    );
    let url = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    for _ in 0..600 {
        if client
            .get(format!("{url}/health"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Synapse {
                url,
                _proc: proc,
                _dir: dir,
            };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "Synapse did not start within 60 s; its log:\n{}",
        std::fs::read_to_string(dir.path().join("synapse.log")).unwrap_or_default()
    );
}

impl Synapse {
    /// Registers a user through the shared-secret admin API (Synapse's own script).
    pub fn register(&self, user: &str, password: &str) {
        run(
            Command::new(venv().join("bin/register_new_matrix_user")).args([
                "-u",
                user,
                "-p",
                password,
                "--no-admin",
                "-k",
                SECRET,
                &self.url,
            ]),
            &format!("registering {user}"),
        );
    }
}
