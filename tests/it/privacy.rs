//! Privacy: forget on request, retention, personal data never stored, no message text in logs.

use sqlx::Row;
use wegwijzer::service::Inbound;
use wegwijzer::store::Outgoing;

async fn send(hub: &crate::common::Bot, chat: &str, text: &str) -> Vec<Outgoing> {
    let out = hub.handle(Inbound::text(chat, text)).await.unwrap();
    let ids: Vec<i64> = out.iter().map(|o| o.id).collect();
    hub.mark_sent(&ids).await;
    out
}

use crate::common::scenario::traces;

#[tokio::test]
async fn forget_leaves_no_trace() {
    let db = tempfile::tempdir().unwrap();
    crate::common::scenario::forget_leaves_no_trace(&crate::common::sqlite_url(db.path())).await;
}

#[tokio::test]
async fn retention_erases_closed_transcripts_and_keeps_counts() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let parent = "telegram:5151";
    send(&hub, parent, "my son was suspended").await;
    send(&hub, parent, "3").await;
    send(&hub, parent, "the head teacher shouted at him").await;
    send(&hub, "terminal:adviser:anna", "/take 1").await;
    send(&hub, "terminal:adviser:anna", "/note angry head teacher").await;
    send(&hub, "terminal:adviser:anna", "/done advies gegeven").await;
    let now = wegwijzer::runtime::Clock::now(&wegwijzer::runtime::SystemClock);
    // within the retention period nothing is erased
    assert_eq!(
        wegwijzer::service::privacy::purge(&hub.rt, now + 89 * 86_400, 90)
            .await
            .unwrap()
            .tickets,
        0
    );
    assert!(!traces(&hub, parent, "head teacher").await.is_empty());
    assert_eq!(
        wegwijzer::service::privacy::purge(&hub.rt, now + 91 * 86_400, 90)
            .await
            .unwrap()
            .tickets,
        1
    );
    assert_eq!(traces(&hub, parent, "head teacher").await, Vec::<String>::new());
    // what remains is a count: topic, language, outcome
    let row = sqlx::query("SELECT topic, lang, outcome, chat FROM tickets")
        .fetch_one(&crate::common::raw(&hub.url).await)
        .await
        .unwrap();
    assert_eq!(row.try_get::<String, _>("topic").unwrap(), "suspension");
    assert_eq!(row.try_get::<String, _>("lang").unwrap(), "en");
    assert_eq!(row.try_get::<String, _>("outcome").unwrap(), "advies gegeven");
    assert_eq!(row.try_get::<String, _>("chat").unwrap(), "");
}

#[tokio::test]
async fn personal_numbers_are_warned_about_and_never_stored() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let parent = "telegram:6161";
    send(&hub, parent, "/adviseur").await;
    let out = send(&hub, parent, "zijn bsn is 111222333 en hij is geboren op 12-03-2014").await;
    assert!(
        out[0].reply.text.starts_with("Let op: u stuurde iets wat op een naam, BSN"),
        "{out:?}"
    );
    assert!(
        traces(&hub, parent, "111222333")
            .await
            .iter()
            .all(|t| !t.starts_with("ticket_messages"))
    );
    assert_eq!(traces(&hub, "-", "111222333").await, Vec::<String>::new());
    assert_eq!(traces(&hub, "-", "12-03-2014").await, Vec::<String>::new());
    let row = sqlx::query("SELECT text FROM ticket_messages")
        .fetch_one(&crate::common::raw(&hub.url).await)
        .await
        .unwrap();
    assert_eq!(
        row.try_get::<String, _>("text").unwrap(),
        "zijn bsn is […] en hij is geboren op […]"
    );
}

#[tokio::test]
async fn mydata_shows_what_is_kept() {
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let parent = "telegram:7171";
    send(&hub, parent, "my son was suspended").await;
    send(&hub, parent, "1").await;
    send(&hub, parent, "1").await;
    send(&hub, parent, "it was the third time").await;
    let out = send(&hub, parent, "/mydata").await;
    let text = &out[0].reply.text;
    assert!(
        text.starts_with(
            "This is what I keep about you:\nYou write in English.\nYour choices and answers in this conversation:\n- One day"
        ),
        "plain sentences, no internal words: {text}"
    );
    assert!(text.contains("- You wrote: it was the third time"), "{text}");
    // Forgetting says goodbye in the parent's language, not the office's.
    let out = send(&hub, parent, "/forget").await;
    let bye = &out.last().unwrap().reply.text;
    assert!(bye.starts_with("Everything I kept about you has been erased"), "{bye}");
    for internal in ["(open)", "parent:", "Language: en", "{", "}"] {
        assert!(!text.contains(internal), "{internal} in {text}");
    }
    assert!(text.ends_with("/forget erases everything."), "{text}");
}

#[tokio::test]
async fn logs_of_a_full_conversation_hold_no_message_text() {
    // The capture holds the logs of every test in this binary, which must be free of message
    // text too.
    let capture = crate::common::logs();
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    let parent = "telegram:8181818";
    for t in ["mijn kind is geschorst", "1", "1", "de mentor zegt dat hij niet welkom is"] {
        send(&hub, parent, t).await;
    }
    send(&hub, "terminal:adviser:anna", "/take 1").await;
    send(&hub, "terminal:adviser:anna", "wat naar om te horen").await;
    send(&hub, parent, "ik wil niet meer leven").await;
    send(&hub, parent, "/vergeet").await;
    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(!logs.is_empty(), "the capture must see the logs to mean anything");
    for secret in ["geschorst", "mentor", "naar om te horen", "niet meer leven", "8181818"] {
        assert!(!logs.contains(secret), "log holds {secret:?}:\n{logs}");
    }
}

/// The bytes of every file of the SQLite database (main file, write-ahead log, shared memory).
fn database_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut all = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.file_name().unwrap().to_string_lossy().starts_with("test.db") {
            all.extend(std::fs::read(&p).unwrap());
        }
    }
    all
}

fn occurrences(hay: &[u8], needle: &str) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count()
}

/// A parent's words, an adviser's answer and the chat id are in the database files before
/// /forget and in none of them after it (and the next upkeep, which scrubs the goodbye too).
async fn forget_takes_the_words_off(url: &str, disk: impl AsyncFn() -> Vec<u8>) {
    let dir = crate::common::fixture();
    let hub = crate::common::hub(dir.path(), url).await;
    let parent = "telegram:86420864";
    send(&hub, parent, "mijn kind is geschorst").await;
    send(&hub, parent, "3").await;
    for _ in 0..5 {
        send(&hub, parent, "de rector Zwanenburg belde gisteren boos").await;
    }
    send(&hub, "terminal:adviser:anna", "/take 1").await;
    send(&hub, "terminal:adviser:anna", "heeft Zwanenburg dat op papier gezet?").await;
    assert!(occurrences(&disk().await, "Zwanenburg") > 0, "the test looks in the right place");

    send(&hub, parent, "/vergeet").await;
    assert_eq!(
        occurrences(&disk().await, "Zwanenburg"),
        0,
        "the parent's and the adviser's words are gone from every file"
    );
    // The goodbye was just sent (its row deleted); the upkeep scrubs that too. It scrubs again
    // every run for 10 minutes after an erasure: under load (other tests on the same
    // PostgreSQL server) one run may not yet reach every page, so give it a few runs.
    let mut left = usize::MAX;
    for _ in 0..10 {
        wegwijzer::service::maintain(&hub.rt, wegwijzer::runtime::Clock::now(&wegwijzer::runtime::SystemClock))
            .await
            .unwrap();
        left = occurrences(&disk().await, "86420864");
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    assert_eq!(left, 0, "no trace of the chat id");
    hub.close().await;
}

#[tokio::test]
async fn forget_takes_the_words_off_the_disk_too() {
    let db = tempfile::tempdir().unwrap();
    forget_takes_the_words_off(&crate::common::sqlite_url(db.path()), async || database_bytes(db.path())).await;
}

/// On PostgreSQL: the files of the test's database (tables, indexes, TOAST), read from the
/// server's data directory after a CHECKPOINT has written every page out. The write-ahead log
/// is the whole server's and is recycled by PostgreSQL itself, so it is not searched (see
/// `Store::scrub`).
#[tokio::test]
async fn forget_takes_the_words_off_the_disk_on_postgres_too() {
    let db = crate::common::pg::create().await;
    let url = db.url.clone();
    forget_takes_the_words_off(&url, async || postgres_database_bytes(&url).await).await;
    db.drop_now().await;
}

async fn postgres_database_bytes(url: &str) -> Vec<u8> {
    use sqlx::Row;
    let pool = crate::common::raw(url).await;
    sqlx::query("CHECKPOINT")
        .execute(&pool)
        .await
        .expect("CHECKPOINT needs a superuser (the test server's postgres user)");
    let row = sqlx::query(
        "SELECT current_setting('data_directory') AS dir, (SELECT oid::text FROM pg_database WHERE datname = current_database()) AS oid",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let (data, oid): (String, String) = (row.get("dir"), row.get("oid"));
    pool.close().await;
    let base = std::path::Path::new(&data).join("base").join(&oid);
    let entries = std::fs::read_dir(&base).unwrap_or_else(|e| {
        panic!(
            "this test reads PostgreSQL's own files at {}: {e}\n  run it as a user who may read the server's data \
             directory (root, or the postgres user), on the same machine as the server",
            base.display()
        )
    });
    let mut all = vec![];
    for e in entries {
        all.extend(std::fs::read(e.unwrap().path()).unwrap_or_default());
    }
    all
}

#[cfg(unix)]
#[tokio::test]
async fn database_files_are_readable_by_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = crate::common::fixture();
    let db = tempfile::tempdir().unwrap();
    let hub = crate::common::hub(dir.path(), &crate::common::sqlite_url(db.path())).await;
    send(&hub, "telegram:31337", "mijn kind is geschorst").await;
    for e in std::fs::read_dir(db.path()).unwrap() {
        let p = e.unwrap().path();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o077, 0, "{} is readable by others ({mode:o})", p.display());
    }
}
