//! The session record in SQLite and the session built on it.

pub mod record;
pub mod session;

pub use record::{Record, StoreError};
pub use session::{ExecError, OpenError, Session};
