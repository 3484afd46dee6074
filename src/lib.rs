//! Wegwijzer: a multilingual signpost bot for parents of children at home without school.
//!
//! Pure core: `flow`, `i18n`, `triage`, `engine`, `queue` (no I/O).
//! Around it: `store` (sqlx), `hub` (runs the engine, carries out effects), `channel` (adapters).

pub mod adviser;
pub mod bench;
pub mod catalog;
pub mod channel;
pub mod config;
pub mod engine;
pub mod fake_telegram;
pub mod flow;
pub mod hub;
pub mod i18n;
pub mod metrics;
pub mod pii;
pub mod privacy;
pub mod problem;
pub mod queue;
pub mod report;
pub mod run;
pub mod store;
pub mod text;
pub mod triage;
