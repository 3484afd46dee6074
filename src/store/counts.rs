//! Statistics as counts only: per day, topic, language and event. No chat id, no text; kept
//! after retention erases the rest.

use anyhow::{Result, anyhow};
use sqlx::{AnyConnection, Row};

use super::{CHUNK, rows};
use crate::core::ids::CountEvent;

/// One counter: day ("YYYY-MM-DD"), topic, language, event.
pub type Key = (String, String, String, CountEvent);

/// Adds to counters, many per statement.
pub async fn add_many(c: &mut AnyConnection, counts: &[(Key, i64)]) -> Result<()> {
    for chunk in counts.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO counts (day, topic, lang, event, n) VALUES {} ON CONFLICT (day, topic, lang, event) DO UPDATE SET n = counts.n + excluded.n",
            rows(chunk.len(), 5)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for ((day, topic, lang, event), n) in chunk {
            q = q
                .bind(day.clone())
                .bind(topic.clone())
                .bind(lang.clone())
                .bind(event.as_str())
                .bind(*n);
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

/// Every counter of the days in `[from, to)` (days compare as "YYYY-MM-DD" text).
pub async fn between(c: &mut AnyConnection, from: &str, to: &str) -> Result<Vec<(Key, i64)>> {
    let rows = sqlx::query("SELECT day, topic, lang, event, n FROM counts WHERE day >= $1 AND day < $2")
        .bind(from)
        .bind(to)
        .fetch_all(c)
        .await?;
    rows.iter()
        .map(|r| {
            let event: String = r.try_get("event")?;
            let event = CountEvent::parse(&event).ok_or_else(|| anyhow!("unknown count event '{event}'"))?;
            Ok(((r.try_get("day")?, r.try_get("topic")?, r.try_get("lang")?, event), r.try_get("n")?))
        })
        .collect()
}
