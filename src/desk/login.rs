//! `/login`: a one-time link to the web inbox, valid 10 minutes, sent only in the adviser's own
//! chat with the bot (never in a shared room, where colleagues would see it).

use anyhow::Result;
use sqlx::AnyConnection;

use super::Desk;
use crate::store;

/// How long a login link works.
pub const LINK_SECONDS: i64 = 600;

/// Sends the adviser a fresh link, or says why not.
pub async fn run(desk: &mut Desk<'_>, tx: &mut AnyConnection) -> Result<()> {
    if !desk.private {
        desk.say("desk-login-private", &[]);
        return Ok(());
    }
    let Some(base) = desk.rt.config.web_url.clone() else {
        desk.say("desk-login-no-web", &[]);
        return Ok(());
    };
    let (token, hash) = store::web::new_token();
    store::web::add_link(tx, &hash, desk.name, desk.at + LINK_SECONDS).await?;
    let url = format!("{}/login/{token}", base.trim_end_matches('/'));
    desk.say("desk-login-link", &[("url", url), ("minutes", (LINK_SECONDS / 60).to_string())]);
    Ok(())
}
