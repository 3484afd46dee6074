//! The update log: platform update ids already handled, so a redelivered update is processed
//! once, also when another instance handled it.

use std::collections::HashSet;

use anyhow::Result;
use sqlx::{AnyConnection, Row};

use super::{CHUNK, rows};

/// Writes the update log for `updates` (channel, update id); returns those not seen before.
pub async fn mark_processed(c: &mut AnyConnection, updates: &[(&str, &str)], at: i64) -> Result<HashSet<(String, String)>> {
    let mut fresh = HashSet::new();
    for chunk in updates.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO processed_updates (channel, update_id, at) VALUES {} ON CONFLICT DO NOTHING RETURNING channel, update_id",
            rows(chunk.len(), 3)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (channel, update) in chunk {
            q = q.bind(*channel).bind(*update).bind(at);
        }
        for r in q.fetch_all(&mut *c).await? {
            fresh.insert((r.try_get("channel")?, r.try_get("update_id")?));
        }
    }
    Ok(fresh)
}

/// Forgets update ids logged before `before` (a redelivery comes within minutes, not days).
pub async fn prune(c: &mut AnyConnection, before: i64) -> Result<()> {
    sqlx::query("DELETE FROM processed_updates WHERE at < $1")
        .bind(before)
        .execute(c)
        .await?;
    Ok(())
}
