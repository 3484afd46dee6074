//! `wegwijzer report`: the office's figures per school year, as tables, CSV or JSON, and its
//! charts as SVG and PNG.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::core::catalog::Catalog;
use crate::core::config::Config;
use crate::ops::report::{Labels, Report, chart};
use crate::store::Store;

/// What `wegwijzer report` takes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// One school year, e.g. 2024/2025 (default: every year with data).
    #[arg(long)]
    year: Option<String>,
    /// For publication: every count under 5 reads "<5" (tables, CSV and charts), so a small
    /// office cannot identify a family.
    #[arg(long)]
    publish: bool,
    /// Print CSV for a spreadsheet (one line per cell) instead of tables.
    #[arg(long, conflicts_with = "json")]
    csv: bool,
    /// Print JSON (never masked) instead of tables.
    #[arg(long)]
    json: bool,
    /// Also write the charts to this folder: onderwerpen.svg/.png (conversations per topic per
    /// school year) and thuiszitters.svg/.png (children at home without school over the years).
    #[arg(long, value_name = "DIR")]
    charts: Option<PathBuf>,
}

/// Prints the report and writes the charts asked for.
pub async fn run(config: &Config, catalog: &Catalog, args: Args) -> Result<ExitCode> {
    if args.json && args.publish {
        bail!("--json gives the office's own unmasked figures; use --publish with the tables or --csv");
    }
    let store = Store::connect(&config.database_url).await?;
    let labels = Labels::new(catalog, config, args.publish);
    let report = Report::build(&store, args.year.as_deref(), labels).await?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report.to_json())?);
    } else if args.csv {
        print!("{}", report.to_csv()?);
    } else {
        print!("{}", report.to_text());
    }
    if let Some(dir) = &args.charts {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, svg) in [("onderwerpen", report.topics_svg()), ("thuiszitters", report.trend_svg())] {
            let write = |ext: &str, bytes: &[u8]| {
                let path = dir.join(format!("{name}.{ext}"));
                std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))
            };
            write("svg", svg.as_bytes())?;
            write("png", &chart::png(&svg)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
