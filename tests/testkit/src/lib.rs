//! Test support for Wegwijzer, kept out of the shipped library and binary:
//!
//! - [`FakeTelegram`]: a Telegram Bot API stand-in that speaks Telegram's JSON and injects faults;
//! - [`load`]: simulated parents that drive any Telegram bot through it and measure replies.
//!
//! Binaries: `fake-telegram` serves the stand-in on a port (for another framework's bot, or a
//! manual run); `bench` starts it, runs `wegwijzer run` against it and prints the figures.

mod fake;
pub mod load;

pub use fake::*;
