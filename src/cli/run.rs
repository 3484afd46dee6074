//! `wegwijzer run`: every configured channel in one process.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;

use crate::ops::serve::{Settings, serve};
use crate::runtime::Runtime;

/// The platform settings of `wegwijzer run`.
pub type Args = Settings;

/// Serves until stopped.
pub async fn run(rt: Arc<Runtime>, args: Args) -> Result<ExitCode> {
    serve(rt, args).await?;
    Ok(ExitCode::SUCCESS)
}
