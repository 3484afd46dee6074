//! Operations: serving every channel (`wegwijzer run`), health and metrics, the report, the
//! posters.

pub mod http;
pub mod metrics;
pub mod poster;
pub mod report;
pub mod serve;
