//! The web inbox's records: advisers' password hashes, browser sessions, one-time login links
//! (tokens kept only as hashes) and the audit log of who opened or changed which ticket.

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use crate::core::ids::TicketId;

/// A new random token (32 bytes, hex) and the hash under which it is stored.
pub fn new_token() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let hash = hash(&token);
    (token, hash)
}

/// How a token is stored: its SHA-256, hex.
pub fn hash(token: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Sets (or replaces) an adviser's password hash.
pub async fn set_password(c: &mut AnyConnection, adviser: &str, hash: &str, at: i64) -> Result<()> {
    sqlx::query("DELETE FROM adviser_passwords WHERE adviser = $1")
        .bind(adviser)
        .execute(&mut *c)
        .await?;
    sqlx::query("INSERT INTO adviser_passwords (adviser, hash, updated_at) VALUES ($1, $2, $3)")
        .bind(adviser)
        .bind(hash)
        .bind(at)
        .execute(c)
        .await?;
    Ok(())
}

/// An adviser's password hash, if she has set one.
pub async fn password(c: &mut AnyConnection, adviser: &str) -> Result<Option<String>> {
    let row = sqlx::query("SELECT hash FROM adviser_passwords WHERE adviser = $1")
        .bind(adviser)
        .fetch_optional(c)
        .await?;
    Ok(row.map(|r| r.try_get("hash")).transpose()?)
}

/// A new browser session.
pub async fn add_session(c: &mut AnyConnection, token_hash: &str, adviser: &str, csrf: &str, expires_at: i64) -> Result<()> {
    sqlx::query("INSERT INTO web_sessions (token, adviser, csrf, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(adviser)
        .bind(csrf)
        .bind(expires_at)
        .execute(c)
        .await?;
    Ok(())
}

/// The adviser and CSRF token of a session that has not expired at `now`.
pub async fn session(c: &mut AnyConnection, token_hash: &str, now: i64) -> Result<Option<(String, String)>> {
    let row = sqlx::query("SELECT adviser, csrf FROM web_sessions WHERE token = $1 AND expires_at > $2")
        .bind(token_hash)
        .bind(now)
        .fetch_optional(c)
        .await?;
    Ok(row
        .map(|r| Ok::<_, sqlx::Error>((r.try_get("adviser")?, r.try_get("csrf")?)))
        .transpose()?)
}

/// Ends a session (logout), and every expired one.
pub async fn end_session(c: &mut AnyConnection, token_hash: &str, now: i64) -> Result<()> {
    sqlx::query("DELETE FROM web_sessions WHERE token = $1 OR expires_at <= $2")
        .bind(token_hash)
        .bind(now)
        .execute(c)
        .await?;
    Ok(())
}

/// A one-time login link for `adviser`.
pub async fn add_link(c: &mut AnyConnection, token_hash: &str, adviser: &str, expires_at: i64) -> Result<()> {
    sqlx::query("INSERT INTO login_links (token, adviser, expires_at) VALUES ($1, $2, $3)")
        .bind(token_hash)
        .bind(adviser)
        .bind(expires_at)
        .execute(c)
        .await?;
    Ok(())
}

/// Uses up a login link: its adviser when it exists and has not expired at `now`. A link works
/// once: it is deleted whatever the answer, and so are expired ones.
pub async fn take_link(c: &mut AnyConnection, token_hash: &str, now: i64) -> Result<Option<String>> {
    let row = sqlx::query("SELECT adviser, expires_at FROM login_links WHERE token = $1")
        .bind(token_hash)
        .fetch_optional(&mut *c)
        .await?;
    let deleted = sqlx::query("DELETE FROM login_links WHERE token = $1 OR expires_at <= $2")
        .bind(token_hash)
        .bind(now)
        .execute(c)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let expires: i64 = row.try_get("expires_at")?;
    // Deleted by this call (not by a concurrent one) and still valid.
    Ok((deleted.rows_affected() > 0 && expires > now)
        .then(|| row.try_get("adviser"))
        .transpose()?)
}

/// Records that `adviser` did `action` ("opened", "took", "replied", ...) with a ticket. (The
/// column outbox_id is no longer written: a reply's delivery is kept with its line in the record.)
pub async fn audit(c: &mut AnyConnection, ticket: TicketId, adviser: &str, action: &str, at: i64) -> Result<()> {
    sqlx::query("INSERT INTO audit (ticket_id, adviser, action, at) VALUES ($1, $2, $3, $4)")
        .bind(ticket)
        .bind(adviser)
        .bind(action)
        .bind(at)
        .execute(c)
        .await?;
    Ok(())
}

/// One line of a ticket's audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audited {
    /// Who.
    pub adviser: String,
    /// What ("opened", "took", "replied", ...).
    pub action: String,
    /// When.
    pub at: i64,
}

/// A ticket's audit log, oldest first.
pub async fn audit_of(c: &mut AnyConnection, ticket: TicketId) -> Result<Vec<Audited>> {
    let rows = sqlx::query("SELECT adviser, action, at FROM audit WHERE ticket_id = $1 ORDER BY id")
        .bind(ticket)
        .fetch_all(c)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Audited {
                adviser: r.try_get("adviser")?,
                action: r.try_get("action")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
}

/// Whether an adviser opened any ticket of `chat` (for /mydata).
pub async fn read_by_adviser(c: &mut AnyConnection, chat: &str) -> Result<bool> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM audit WHERE action = 'opened' AND ticket_id IN (SELECT id FROM tickets WHERE chat = $1)")
            .bind(chat)
            .fetch_one(c)
            .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}
