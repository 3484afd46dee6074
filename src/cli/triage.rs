//! `wegwijzer triage`: one message per line in, one JSON verdict per line out; or the figures of
//! triage on labelled data it was not trained on.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use crate::core::catalog::Catalog;
use crate::core::triage::{Triage, Tuning, eval};

/// What a threshold sweep measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sweep {
    /// Rules and model together, as the bot decides.
    All,
    /// The model alone.
    Model,
}

/// Classifies standard input line by line, or evaluates.
/// `tuning` other than the default retrains the model for the measurement.
pub fn run(
    catalog: &Catalog,
    root: &Path,
    tables: &[PathBuf],
    cv: Option<usize>,
    explain: bool,
    tuning: Tuning,
    sweep: Option<Sweep>,
) -> Result<ExitCode> {
    let locales = root.join("locales");
    if let Some(k) = cv {
        let examples = crate::core::triage::load_examples(&locales);
        if let Some(sweep) = sweep {
            let model_only = sweep == Sweep::Model;
            let ts: Vec<f32> = (2..=19).map(|i| i as f32 * 0.05).collect();
            println!(
                "threshold  recall  false crises (cross-validated{})",
                if model_only { ", model alone" } else { "" }
            );
            let rules = || {
                if model_only {
                    vec![]
                } else {
                    crate::core::triage::load_rules(&locales)
                }
            };
            for (t, hit, n, fals, calm) in eval::crisis_sweep(&examples, k.max(2), tuning, &rules, &ts) {
                println!(
                    "{t:>9.2} {hit:>5}/{n:<5} {fals:>5}/{calm:<5} ({:.1}%)",
                    100.0 * fals as f64 / calm.max(1) as f64
                );
            }
            return Ok(ExitCode::SUCCESS);
        }
        let ev = eval::cross_validate(&examples, k.max(2), tuning, &|| crate::core::triage::load_rules(&locales));
        print!("{ev}");
        return Ok(ExitCode::SUCCESS);
    }
    if !tables.is_empty() {
        let mut cases = vec![];
        for t in tables {
            cases.extend(eval::load_table(t).map_err(|e| anyhow!(e))?);
        }
        let retrained;
        let triage = if tuning == Tuning::default() {
            &catalog.triage
        } else {
            let examples = crate::core::triage::load_examples(&locales);
            retrained = Triage::train(&examples, crate::core::triage::load_rules(&locales), tuning);
            &retrained
        };
        print!("{}", eval::evaluate(triage, &cases));
        return Ok(ExitCode::SUCCESS);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let v = catalog.triage.classify(&line);
        // The three fields existing tools read; flow is null when the bot asks.
        let mut json = serde_json::json!({"lang": v.lang, "flow": v.flow, "urgent": v.urgent});
        if explain {
            let (rule, p) = catalog.triage.explain_crisis(&line);
            json["crisis"] = serde_json::json!(v.crisis.map(|k| k.as_str()));
            json["rule"] = serde_json::json!(rule.map(|(k, lang)| format!("{lang}:{}", k.as_str())));
            json["crisis_model"] = serde_json::json!((f64::from(p) * 1000.0).round() / 1000.0);
            json["ask"] = serde_json::json!(v.candidates);
        }
        writeln!(out, "{json}")?;
    }
    Ok(ExitCode::SUCCESS)
}
