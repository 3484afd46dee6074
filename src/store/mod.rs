//! Persistence through sqlx: SQLite by default, PostgreSQL when DATABASE_URL says so. This
//! module owns every SQL statement of the crate; queries are written once with `$n`
//! placeholders, which both backends accept. Every query function takes a connection, so the
//! same function serves a pool connection or a transaction.

pub mod counts;
pub mod desks;
pub mod files;
pub mod messages;
pub mod outbox;
pub mod privacy;
pub mod scheduled;
pub mod sessions;
pub mod threads;
pub mod tickets;
pub mod updates;
pub mod web;

use anyhow::{Context, Result};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Row};

pub use outbox::Outgoing;
pub use tickets::{NewTicket, Ticket};

/// A write transaction.
pub type Tx = sqlx::Transaction<'static, Any>;

/// The database: a pool, and which backend it is.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    /// True on PostgreSQL (several instances may share it), false on SQLite.
    pub postgres: bool,
    /// When this process last erased a parent's rows (/forget, retention), in seconds: the
    /// upkeep scrubs the disk for a few minutes after, so a goodbye sent after the erasing is
    /// scrubbed too.
    erased_at: std::sync::Arc<std::sync::atomic::AtomicI64>,
}

/// How long after an erasure the upkeep keeps scrubbing (the goodbye is usually sent within
/// seconds; the outbox retries for longer only when the platform is down).
pub const SCRUB_AFTER_ERASE_SECONDS: i64 = 600;

impl Store {
    /// Opens (creating if needed) the database and brings its schema up to date.
    pub async fn connect(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let postgres = url.starts_with("postgres");
        let url = if !postgres && !url.contains("mode=") {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        } else {
            url.to_string()
        };
        let opts: AnyConnectOptions = url
            .parse()
            .with_context(|| format!("DATABASE_URL is not a database address: {}", redact(&url)))?;
        let pool = AnyPoolOptions::new()
            .max_connections(if postgres { 8 } else { 1 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if !postgres {
                        // Several processes (parent chat, adviser console) may share one file.
                        sqlx::query("PRAGMA busy_timeout = 5000").execute(&mut *conn).await?;
                        sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                        // In WAL mode NORMAL survives a process crash; only a power cut can take
                        // the last commits. Full syncing would cap the bot at a few hundred turns/s.
                        sqlx::query("PRAGMA synchronous = NORMAL").execute(&mut *conn).await?;
                        // Deleted rows are overwritten with zeros, so /forget and retention do
                        // not leave the text in freed pages of the file.
                        sqlx::query("PRAGMA secure_delete = ON").execute(&mut *conn).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(opts)
            .await
            .with_context(|| format!("cannot open the database {}", redact(&url)))?;
        let migrator = if postgres {
            sqlx::migrate!("migrations/postgres")
        } else {
            sqlx::migrate!("migrations/sqlite")
        };
        migrator.run(&pool).await.context("cannot bring the database schema up to date")?;
        if !postgres {
            restrict_sqlite_files(&url);
        }
        Ok(Self {
            pool,
            postgres,
            erased_at: std::sync::Arc::new(std::sync::atomic::AtomicI64::new(i64::MIN)),
        })
    }

    /// A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two
    /// processes on one file wait for each other instead of failing halfway.
    pub async fn begin(&self) -> Result<Tx> {
        if self.postgres {
            Ok(self.pool.begin().await?)
        } else {
            Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
        }
    }

    /// A connection for reads (or single writes) outside a transaction.
    pub async fn conn(&self) -> Result<PoolConnection<Any>> {
        Ok(self.pool.acquire().await?)
    }

    /// Takes what was erased off the disk too. SQLite: deleted rows are zeroed (secure_delete),
    /// but the write-ahead log still holds the pages as they were before the delete, so it is
    /// checkpointed into the main file and truncated. PostgreSQL: a deleted row stays in its
    /// page, and a plain VACUUM only marks the space free without overwriting it (measured:
    /// the words were still in the table files), so the tables that hold parents' words are
    /// rewritten with VACUUM FULL: new files without the erased rows, the old ones removed. It
    /// locks those tables while it runs, milliseconds for an office's tables, so it runs only
    /// after an erasure (see [`Store::mark_erased`]). PostgreSQL's write-ahead log belongs to the
    /// whole server and is recycled by the server; neither backend touches the server's logs or
    /// backups (README, privacy).
    pub async fn scrub(&self) -> Result<()> {
        let mut c = self.conn().await?;
        if self.postgres {
            // Never queue every chat behind a long transaction: give up after 2 s, and the
            // next upkeep run tries again.
            sqlx::query("SET lock_timeout = '2s'").execute(&mut *c).await?;
            let full = sqlx::query("VACUUM FULL sessions, tickets, ticket_messages, ticket_threads, outbox, scheduled, ticket_files")
                .execute(&mut *c)
                .await;
            sqlx::query("RESET lock_timeout").execute(&mut *c).await?;
            full?;
        } else {
            // Another process reading at this moment can keep part of the log; the next
            // upkeep run (every minute) tries again.
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&mut *c).await?;
        }
        Ok(())
    }

    /// Records that a parent's rows were erased at `at`.
    pub fn mark_erased(&self, at: i64) {
        self.erased_at.fetch_max(at, std::sync::atomic::Ordering::SeqCst);
    }

    /// Scrubs when this process erased something in the last [`SCRUB_AFTER_ERASE_SECONDS`].
    pub async fn scrub_after_erasing(&self, at: i64) -> Result<()> {
        let last = self.erased_at.load(std::sync::atomic::Ordering::SeqCst);
        if at.saturating_sub(last) <= SCRUB_AFTER_ERASE_SECONDS {
            self.scrub().await?;
        }
        Ok(())
    }

    /// Closes every connection (tests restart on the same file).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        match self.pool.acquire().await {
            Ok(mut c) => sqlx::query("SELECT 1 AS one").fetch_one(&mut *c).await.is_ok(),
            Err(_) => false,
        }
    }

    /// Serialises turns of one chat across instances (PostgreSQL); SQLite has one writer anyway.
    pub async fn lock_chat(&self, tx: &mut AnyConnection, chat: &str) -> Result<()> {
        if self.postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))::text AS locked")
                .bind(chat)
                .fetch_one(tx)
                .await?;
        }
        Ok(())
    }

    /// Tries to become the one instance that polls the platforms. On PostgreSQL this is a
    /// session advisory lock held on its own connection: when this process dies, the database
    /// drops the connection and the lock, and another instance takes over. SQLite serves one
    /// process, which is always the leader.
    pub async fn try_lead(&self, url: &str, key: i64) -> Result<Option<Leadership>> {
        if !self.postgres {
            return Ok(Some(Leadership { conn: None }));
        }
        use sqlx::Connection;
        let mut conn = AnyConnection::connect(url).await?;
        let row = sqlx::query("SELECT pg_try_advisory_lock($1) AS got")
            .bind(key)
            .fetch_one(&mut conn)
            .await?;
        let got: bool = row.try_get("got")?;
        Ok(got.then_some(Leadership { conn: Some(conn) }))
    }
}

/// The database holds parents' words: its files are for the bot's own user only.
fn restrict_sqlite_files(url: &str) {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.contains(":memory:") {
        return;
    }
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{path}{suffix}");
        if std::path::Path::new(&p).exists()
            && let Err(e) = crate::core::files::make_private(std::path::Path::new(&p))
        {
            tracing::warn!("cannot make {p} private: {e}");
        }
    }
}

/// Held while this instance is the leader.
pub struct Leadership {
    conn: Option<AnyConnection>,
}

impl Leadership {
    /// False once the lock's connection is gone (the database restarted, the network broke).
    pub async fn alive(&mut self) -> bool {
        match &mut self.conn {
            None => true,
            Some(c) => sqlx::query("SELECT 1 AS one").fetch_one(c).await.is_ok(),
        }
    }
}

/// Rows per multi-row statement: databases limit the parameters of one statement.
const CHUNK: usize = 200;

/// "$1, $2, $3" for `n` parameters.
fn marks(n: usize) -> String {
    (1..=n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// "($1, $2), ($3, $4)" for `n` rows of `width` parameters.
fn rows(n: usize, width: usize) -> String {
    (0..n)
        .map(|r| {
            let row: Vec<String> = (1..=width).map(|c| format!("${}", r * width + c)).collect();
            format!("({})", row.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Hides a database password from messages.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_hidden() {
        assert_eq!(super::redact("postgres://me:secret@db/x"), "postgres://me:***@db/x");
        assert_eq!(super::redact("sqlite://wegwijzer.db"), "sqlite://wegwijzer.db");
    }
}
