//! Parents' sessions: one row per chat, the engine's session as JSON.

use std::collections::HashMap;

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use super::{CHUNK, marks, rows};
use crate::core::engine::Session;

/// The sessions of `chats` that exist and still parse. A session written by an older version
/// that no longer parses starts afresh.
pub async fn load_many(c: &mut AnyConnection, chats: &[&str]) -> Result<HashMap<String, Session>> {
    let mut found = HashMap::new();
    for chunk in chats.chunks(CHUNK) {
        let sql = format!("SELECT chat, data FROM sessions WHERE chat IN ({})", marks(chunk.len()));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for chat in chunk {
            q = q.bind(*chat);
        }
        for r in q.fetch_all(&mut *c).await? {
            if let Ok(s) = serde_json::from_str(&r.try_get::<String, _>("data")?) {
                found.insert(r.try_get("chat")?, s);
            }
        }
    }
    Ok(found)
}

/// One chat's session, if it exists and parses.
pub async fn load(c: &mut AnyConnection, chat: &str) -> Result<Option<Session>> {
    Ok(load_many(c, &[chat]).await?.remove(chat))
}

/// Writes sessions (insert or replace), many per statement.
pub async fn save_many(c: &mut AnyConnection, sessions: &[(String, Session)], at: i64) -> Result<()> {
    for chunk in sessions.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO sessions (chat, data, updated_at) VALUES {} ON CONFLICT (chat) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            rows(chunk.len(), 3)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (chat, session) in chunk {
            q = q.bind(chat.clone()).bind(serde_json::to_string(session)?).bind(at);
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

/// Writes one session.
pub async fn save(c: &mut AnyConnection, chat: &str, session: &Session, at: i64) -> Result<()> {
    save_many(c, &[(chat.to_string(), session.clone())], at).await
}
