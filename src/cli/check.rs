//! `wegwijzer check`: every flow and language, with every problem at once.

use std::process::ExitCode;

use anyhow::Result;

use crate::core::catalog::Catalog;

/// Prints the problems; exit 1 when there is any.
pub fn run(catalog: &Catalog) -> Result<ExitCode> {
    let problems = catalog.completeness();
    for p in &problems {
        println!("{p}");
    }
    let today = crate::core::calendar::date_of(crate::runtime::Clock::now(&crate::runtime::SystemClock));
    for w in catalog.warnings(today) {
        println!("warning: {w}");
    }
    if problems.is_empty() {
        println!("ok: {} flows, {} languages", catalog.flows.len(), catalog.locales.codes().count());
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{} problem(s)", problems.len());
        Ok(ExitCode::FAILURE)
    }
}
