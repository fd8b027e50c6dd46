//! The command language: words → typed commands → events.

pub mod command;
pub mod paragraph_words;
pub mod parse;
pub mod plan;
pub mod tokens;

pub use command::{Command, Who};
pub use parse::{parse_line, parse_words};
pub use plan::plan;
pub use tokens::LineError;
