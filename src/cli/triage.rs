//! `wegwijzer triage`: one message per line in, one JSON verdict per line out.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::core::catalog::Catalog;

/// Classifies standard input line by line.
pub fn run(catalog: &Catalog) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let v = catalog.triage.classify(&line?);
        writeln!(out, "{}", serde_json::to_string(&v)?)?;
    }
    Ok(ExitCode::SUCCESS)
}
