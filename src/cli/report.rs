//! `wegwijzer report`: the office's figures per school year.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::core::config::Config;
use crate::ops::report::Report;
use crate::store::Store;

/// Prints the report (tables or JSON) and optionally writes the chart.
pub async fn run(config: &Config, year: Option<&str>, svg: Option<&Path>, json: bool) -> Result<ExitCode> {
    let store = Store::connect(&config.database_url).await?;
    let report = Report::build(&store, year).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report.to_json())?);
    } else {
        print!("{}", report.to_text());
    }
    if let Some(path) = svg {
        std::fs::write(path, report.to_svg()).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}
