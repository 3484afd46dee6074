//! The pure core: content (flows, messages, triage), the conversation engine and the queue
//! rules. Nothing here touches the network, a database or the clock; loading reads files once
//! at start.

pub mod calendar;
pub mod catalog;
pub mod config;
pub mod dates;
pub mod engine;
pub mod files;
pub mod flow;
pub mod i18n;
pub mod ids;
pub mod inbound;
pub mod office;
pub mod pii;
pub mod problem;
pub mod queue;
pub mod region;
pub mod text;
pub mod triage;
pub mod words;
