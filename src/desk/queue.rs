//! `/queue`: every open and claimed ticket, most pressing first.

use anyhow::Result;
use sqlx::AnyConnection;

use super::{Desk, notices};
use crate::core::engine::Reply;
use crate::core::ids::TicketStatus;
use crate::store;

/// Lists the queue, one line per ticket.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection) -> Result<()> {
    let tickets = store::tickets::queue(tx).await?;
    if tickets.is_empty() {
        desk.say("desk-queue-empty", &[]);
        return Ok(());
    }
    let lines: Vec<String> = tickets
        .iter()
        .map(|t| {
            let mut args = notices::queue_args(desk.rt, t, desk.at);
            args.push(("adviser", t.adviser.clone().unwrap_or_else(|| "-".into())));
            let overdue = desk.at > t.due_at && t.status == TicketStatus::Open;
            args.push(("overdue", if overdue { "yes" } else { "no" }.into()));
            desk.rt.desk_text("desk-queue-line", &args)
        })
        .collect();
    desk.replies.push(Reply::text(lines.join("\n")));
    Ok(())
}
