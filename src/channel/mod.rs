//! Channel adapters: platform events in, replies out. No conversation logic here.

pub mod telegram;
pub mod terminal;
