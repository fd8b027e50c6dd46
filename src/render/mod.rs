//! Documents built from the state: the communique, the printable decision,
//! the export; written as Markdown, HTML or plain text. Same state in, same
//! bytes out.

pub mod communique;
pub mod decision;
pub mod document;
pub mod export;
pub mod html;
pub mod lang;
pub mod markdown;
pub mod text;
pub mod visible;

pub use visible::{visible, visible_line};
