//! Channel adapters: platform events in, replies out. No conversation logic here.

pub mod matrix;
pub mod telegram;
pub mod terminal;

use crate::engine::Reply;

/// A reply as plain text with its choices as numbered lines, for channels without buttons.
pub fn numbered(reply: &Reply) -> String {
    let mut s = reply.text.clone();
    for (i, c) in reply.choices.iter().enumerate() {
        s.push_str(&format!("\n  {}. {c}", i + 1));
    }
    s
}
