//! Documents built from the state: the export, drafts, and safe text for terminals.

pub mod draft;
pub mod export;
pub mod visible;

pub use visible::{visible, visible_line};
