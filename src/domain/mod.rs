//! The meeting as plain data, and the pure fold of its events. No I/O, no
//! terminal, no clock: every event carries its own time.

pub mod apply;
pub mod brackets;
pub mod changes;
pub mod event;
pub mod ids;
pub mod limits;
pub mod lookup;
pub mod meeting;
pub mod message;
pub mod paragraphs;
pub mod seal;
pub mod state;

pub use event::Event;
pub use message::Msg;
pub use state::{Group, State};
