//! The integration tests, in one binary: one link of the library instead of one per file.

mod common;

mod adviser;
mod bench;
mod cli;
mod content;
mod conversation;
mod engine;
mod letters;
mod matrix;
mod metrics;
mod postgres;
mod privacy;
mod report;
mod telegram;
mod transcripts;
mod triage;
mod web;
