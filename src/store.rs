//! Persistence through sqlx: SQLite by default, PostgreSQL when DATABASE_URL says so.
//! Queries are written once with `$n` placeholders, which both backends accept.

use std::collections::{HashMap, HashSet};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyConnection, AnyPool, Row};

use crate::engine::{Reply, Session};
use crate::queue::Priority;

pub type Tx = sqlx::Transaction<'static, Any>;

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    pub postgres: bool,
}

/// A message waiting to be (or already) sent to one chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub id: i64,
    pub chat: String,
    pub reply: Reply,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: i64,
    pub chat: String,
    pub lang: String,
    pub topic: String,
    pub priority: Priority,
    pub status: String,
    pub adviser: Option<String>,
    pub preferred_adviser: Option<String>,
    pub summary: String,
    pub created_at: i64,
    pub due_at: i64,
    pub first_response_at: Option<i64>,
    pub announced_at: Option<i64>,
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

const TICKET_COLUMNS: &str =
    "id, chat, lang, topic, priority, status, adviser, preferred_adviser, summary, created_at, due_at, first_response_at, announced_at";

fn ticket_from(row: &sqlx::any::AnyRow) -> Result<Ticket> {
    Ok(Ticket {
        id: row.try_get("id")?,
        chat: row.try_get("chat")?,
        lang: row.try_get("lang")?,
        topic: row.try_get("topic")?,
        priority: Priority::from_rank(row.try_get("priority")?),
        status: row.try_get("status")?,
        adviser: row.try_get("adviser")?,
        preferred_adviser: row.try_get("preferred_adviser")?,
        summary: row.try_get("summary")?,
        created_at: row.try_get("created_at")?,
        due_at: row.try_get("due_at")?,
        first_response_at: row.try_get("first_response_at")?,
        announced_at: row.try_get("announced_at")?,
    })
}

impl Store {
    /// Opens (creating if needed) the database and brings its schema up to date.
    pub async fn connect(url: &str) -> Result<Store> {
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
        Ok(Store { pool, postgres })
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

    /// The most pressing open ticket. On PostgreSQL, rows another adviser is claiming right now
    /// are skipped rather than waited for.
    pub async fn next_open(&self, tx: &mut AnyConnection) -> Result<Option<i64>> {
        let sql = if self.postgres {
            "SELECT id FROM tickets WHERE status = 'open' ORDER BY priority, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"
        } else {
            "SELECT id FROM tickets WHERE status = 'open' ORDER BY priority, created_at, id LIMIT 1"
        };
        let row = sqlx::query(sql).fetch_optional(tx).await?;
        Ok(match row {
            Some(r) => Some(r.try_get("id")?),
            None => None,
        })
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

    pub async fn session(&self, chat: &str) -> Result<Option<Session>> {
        let row = sqlx::query("SELECT data FROM sessions WHERE chat = $1")
            .bind(chat)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(r) => {
                let data: String = r.try_get("data")?;
                // A session written by an older version that no longer parses starts afresh.
                Ok(serde_json::from_str(&data).ok())
            }
            None => Ok(None),
        }
    }

    /// Messages not yet sent to chats starting with `prefix` (e.g. "terminal:").
    pub async fn pending(&self, prefix: &str) -> Result<Vec<Outgoing>> {
        let rows = sqlx::query("SELECT id, chat, body FROM outbox WHERE sent_at IS NULL AND chat LIKE $1 ORDER BY id")
            .bind(format!("{prefix}%"))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(outgoing_from).collect()
    }

    /// Delivered messages are deleted: the transcript keeps what an adviser needs, nothing more.
    pub async fn mark_sent(&self, ids: &[i64]) -> Result<()> {
        // In chunks: databases limit the parameters of one statement.
        for chunk in ids.chunks(CHUNK) {
            let sql = format!("DELETE FROM outbox WHERE id IN ({})", marks(chunk.len()));
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(*id);
            }
            q.execute(&self.pool).await?;
        }
        Ok(())
    }

    pub async fn ticket(&self, id: i64) -> Result<Option<Ticket>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(ticket_from).transpose()
    }

    /// Open and claimed tickets, most pressing and longest waiting first.
    pub async fn queue(&self) -> Result<Vec<Ticket>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {TICKET_COLUMNS} FROM tickets WHERE status <> 'closed' ORDER BY priority, created_at, id"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(ticket_from).collect()
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
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

fn outgoing_from(row: &sqlx::any::AnyRow) -> Result<Outgoing> {
    let body: String = row.try_get("body")?;
    Ok(Outgoing {
        id: row.try_get("id")?,
        chat: row.try_get("chat")?,
        reply: serde_json::from_str(&body)?,
    })
}

// Queries that run inside the hub's transaction.

pub async fn save_session(tx: &mut AnyConnection, chat: &str, session: &Session) -> Result<()> {
    sqlx::query("INSERT INTO sessions (chat, data, updated_at) VALUES ($1, $2, $3) ON CONFLICT (chat) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at")
        .bind(chat)
        .bind(serde_json::to_string(session)?)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

pub async fn session_in(tx: &mut AnyConnection, chat: &str) -> Result<Option<Session>> {
    let row = sqlx::query("SELECT data FROM sessions WHERE chat = $1")
        .bind(chat)
        .fetch_optional(tx)
        .await?;
    Ok(match row {
        Some(r) => serde_json::from_str(&r.try_get::<String, _>("data")?).ok(),
        None => None,
    })
}

/// "YYYY-MM-DD" of a unix time, in UTC.
pub fn day_of(t: i64) -> String {
    // Civil-from-days (H. Hinnant), to avoid a date crate for one conversion.
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

pub async fn enqueue(tx: &mut AnyConnection, chat: &str, reply: &Reply) -> Result<Outgoing> {
    let mut rows = insert_outbox(tx, &[(chat.to_string(), reply.clone())], now()).await?;
    rows.pop().context("the outbox insert returned no row")
}

/// Outbox rows in one statement; returns them with their ids.
async fn insert_outbox(tx: &mut AnyConnection, rows_of: &[(String, Reply)], at: i64) -> Result<Vec<Outgoing>> {
    let sql = format!(
        "INSERT INTO outbox (chat, body, created_at) VALUES {} RETURNING id, chat, body",
        rows(rows_of.len(), 3)
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for (chat, reply) in rows_of {
        q = q.bind(chat.clone()).bind(serde_json::to_string(reply)?).bind(at);
    }
    q.fetch_all(tx).await?.iter().map(outgoing_from).collect()
}

/// Writes of a batch of turns, gathered so the batch costs a few statements instead of a few
/// per turn (one SQLite writer serves every parent). `flush` writes them; outbox rows keep
/// the order they were added in.
#[derive(Default)]
pub struct Pending {
    outbox: Vec<(String, Reply)>,
    sessions: HashMap<String, Session>,
    counts: HashMap<(String, String, String), i64>,
}

impl Pending {
    pub fn enqueue(&mut self, chat: &str, reply: &Reply) {
        self.outbox.push((chat.to_string(), reply.clone()));
    }

    pub fn save_session(&mut self, chat: &str, session: &Session) {
        self.sessions.insert(chat.to_string(), session.clone());
    }

    /// Adds one to a statistics counter for today (UTC).
    pub fn count(&mut self, topic: &str, lang: &str, event: &str) {
        *self
            .counts
            .entry((topic.to_string(), lang.to_string(), event.to_string()))
            .or_default() += 1;
    }

    /// Writes everything gathered; returns the outbox rows, in order.
    pub async fn flush(&mut self, tx: &mut AnyConnection) -> Result<Vec<Outgoing>> {
        let at = now();
        let mut out = Vec::with_capacity(self.outbox.len());
        for chunk in std::mem::take(&mut self.outbox).chunks(CHUNK) {
            out.extend(insert_outbox(tx, chunk, at).await?);
        }
        out.sort_by_key(|o| o.id);
        let sessions: Vec<_> = std::mem::take(&mut self.sessions).into_iter().collect();
        for chunk in sessions.chunks(CHUNK) {
            let sql = format!(
                "INSERT INTO sessions (chat, data, updated_at) VALUES {} ON CONFLICT (chat) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                rows(chunk.len(), 3)
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (chat, session) in chunk {
                q = q.bind(chat.clone()).bind(serde_json::to_string(session)?).bind(at);
            }
            q.execute(&mut *tx).await?;
        }
        let day = day_of(at);
        let counts: Vec<_> = std::mem::take(&mut self.counts).into_iter().collect();
        for chunk in counts.chunks(CHUNK) {
            let sql = format!(
                "INSERT INTO counts (day, topic, lang, event, n) VALUES {} ON CONFLICT (day, topic, lang, event) DO UPDATE SET n = counts.n + excluded.n",
                rows(chunk.len(), 5)
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for ((topic, lang, event), n) in chunk {
                q = q
                    .bind(day.clone())
                    .bind(topic.clone())
                    .bind(lang.clone())
                    .bind(event.clone())
                    .bind(*n);
            }
            q.execute(&mut *tx).await?;
        }
        Ok(out)
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

/// The sessions of `chats` that exist and still parse.
pub async fn sessions_in(tx: &mut AnyConnection, chats: &[&str]) -> Result<HashMap<String, Session>> {
    let mut found = HashMap::new();
    for chunk in chats.chunks(CHUNK) {
        let sql = format!("SELECT chat, data FROM sessions WHERE chat IN ({})", marks(chunk.len()));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for chat in chunk {
            q = q.bind(*chat);
        }
        for r in q.fetch_all(&mut *tx).await? {
            // A session written by an older version that no longer parses starts afresh.
            if let Ok(s) = serde_json::from_str(&r.try_get::<String, _>("data")?) {
                found.insert(r.try_get("chat")?, s);
            }
        }
    }
    Ok(found)
}

/// Writes the update log for `updates` (channel, update id); returns those not seen before.
pub async fn mark_processed_all(tx: &mut AnyConnection, updates: &[(&str, &str)]) -> Result<HashSet<(String, String)>> {
    let mut fresh = HashSet::new();
    for chunk in updates.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO processed_updates (channel, update_id, at) VALUES {} ON CONFLICT DO NOTHING RETURNING channel, update_id",
            rows(chunk.len(), 3)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (channel, update) in chunk {
            q = q.bind(*channel).bind(*update).bind(now());
        }
        for r in q.fetch_all(&mut *tx).await? {
            fresh.insert((r.try_get("channel")?, r.try_get("update_id")?));
        }
    }
    Ok(fresh)
}

pub async fn open_ticket_of(tx: &mut AnyConnection, chat: &str) -> Result<Option<Ticket>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {TICKET_COLUMNS} FROM tickets WHERE chat = $1 AND status <> 'closed' ORDER BY id DESC LIMIT 1"
    )))
    .bind(chat)
    .fetch_optional(tx)
    .await?;
    row.as_ref().map(ticket_from).transpose()
}

pub async fn ticket_in(tx: &mut AnyConnection, id: i64) -> Result<Option<Ticket>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE id = $1")))
        .bind(id)
        .fetch_optional(tx)
        .await?;
    row.as_ref().map(ticket_from).transpose()
}

/// The adviser and closing time of the chat's last closed ticket.
pub async fn last_closed(tx: &mut AnyConnection, chat: &str) -> Result<Option<(String, i64)>> {
    let row = sqlx::query("SELECT adviser, closed_at FROM tickets WHERE chat = $1 AND status = 'closed' AND adviser IS NOT NULL ORDER BY closed_at DESC LIMIT 1").bind(chat).fetch_optional(tx).await?;
    Ok(match row {
        Some(r) => Some((r.try_get("adviser")?, r.try_get("closed_at")?)),
        None => None,
    })
}

pub struct NewTicket<'a> {
    pub chat: &'a str,
    pub lang: &'a str,
    pub topic: &'a str,
    pub priority: Priority,
    pub preferred_adviser: Option<&'a str>,
    pub summary: &'a str,
    pub due_at: i64,
}

pub async fn insert_ticket(tx: &mut AnyConnection, t: &NewTicket<'_>) -> Result<i64> {
    let row = sqlx::query("INSERT INTO tickets (chat, lang, topic, priority, status, preferred_adviser, summary, created_at, due_at) VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8) RETURNING id")
        .bind(t.chat)
        .bind(t.lang)
        .bind(t.topic)
        .bind(t.priority.rank())
        .bind(t.preferred_adviser)
        .bind(t.summary)
        .bind(now())
        .bind(t.due_at)
        .fetch_one(tx)
        .await?;
    Ok(row.try_get("id")?)
}

pub async fn add_message(tx: &mut AnyConnection, ticket: i64, author: &str, text: &str) -> Result<()> {
    sqlx::query("INSERT INTO ticket_messages (ticket_id, author, text, created_at) VALUES ($1, $2, $3, $4)")
        .bind(ticket)
        .bind(author)
        .bind(text)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

pub async fn raise_priority(tx: &mut AnyConnection, ticket: i64, priority: Priority, due_at: i64) -> Result<()> {
    sqlx::query("UPDATE tickets SET priority = $1, due_at = $2 WHERE id = $3 AND priority > $1")
        .bind(priority.rank())
        .bind(due_at)
        .bind(ticket)
        .execute(tx)
        .await?;
    Ok(())
}

/// Hides a database password from messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://***{}", &url[..s], &url[at..]),
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_in_utc() {
        assert_eq!(super::day_of(0), "1970-01-01");
        assert_eq!(super::day_of(1_725_148_800), "2024-09-01");
        assert_eq!(super::day_of(1_709_164_800), "2024-02-29");
        assert_eq!(super::day_of(1_735_689_599), "2024-12-31");
    }
}
