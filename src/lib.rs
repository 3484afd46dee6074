//! Wegwijzer: a multilingual signpost bot for parents of children at home without school.
//!
//! # Layout
//!
//! Dependencies point one way, from the top of this list down:
//!
//! - [`cli`]: one function per `wegwijzer` subcommand; wiring only.
//! - [`ops`]: `wegwijzer run` (signals, leader election), `/metrics` and `/healthz`, the report
//!   and its charts, the QR posters.
//! - [`channel`]: thin adapters for Telegram, Matrix and the terminal: platform events in,
//!   outbox messages out.
//! - [`service`]: routes an inbound message to a parent's turn or an adviser's command, runs the
//!   engine in one transaction per batch and carries out its effects, one handler each.
//! - [`desk`]: the advisers' commands, one module each, and the notices advisers get.
//! - [`runtime`]: the services everything above receives: store, catalog, config, clock, locks.
//! - [`store`]: the only module with SQL (SQLite or PostgreSQL through sqlx).
//! - [`core`]: pure: flows, messages, triage, the conversation engine, the queue rules. No
//!   network, no database, no clock.
//!
//! Errors: the library returns `anyhow::Result` on its I/O paths, as an application does: the
//! callers only log or show them. Problems in content and configuration are data instead
//! ([`core::problem::Problem`], with file, place and a fix hint), because `wegwijzer check`
//! lists them all.

pub mod channel;
pub mod cli;
pub mod core;
pub mod desk;
pub mod ops;
pub mod runtime;
pub mod service;
pub mod store;
