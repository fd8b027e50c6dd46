//! The session record and the session built on it. `chain` and `identity`
//! hold what any engine needs (the hash chain over plain rows, the meeting a
//! record belongs to); `record` is the SQLite engine.

pub mod chain;
pub mod engine;
pub mod identity;
pub mod location;
mod pgpass;
pub mod postgres;
pub mod record;
pub mod session;
pub mod snapshot;
pub mod turns;

pub use engine::{Engine, Writer};
pub use record::{Record, StoreError};
pub use session::{Access, ExecError, OpenError, Session};
