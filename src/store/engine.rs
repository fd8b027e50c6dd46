//! The one interface the session has to a record, whichever engine keeps
//! it: SQLite beside the meeting file ([`super::record`]) or PostgreSQL
//! ([`super::postgres`]). Both store the same rows and the same chain
//! ([`super::chain`]), so what one exports the other exports byte for byte.

use super::chain::{Break, Hash, Row};
use super::record::{Problem, Record, StoreError, Writing};
use super::snapshot::Stored;
use crate::domain::{Event, Group};
use std::path::Path;
use std::time::Duration;

pub type At = chrono::DateTime<chrono::FixedOffset>;

/// Blocks up to the given time for a change by another process; true when
/// one arrived. Runs on its own thread.
pub type Listener = Box<dyn FnMut(Duration) -> Result<bool, StoreError> + Send>;

pub trait Engine: Send {
    /// Where the record is, as messages show it (a URL without its password).
    fn path(&self) -> &Path;
    /// The record layout version found (1: before the chain).
    fn version(&self) -> i64;
    /// The meeting the record says it belongs to.
    fn identity(&self) -> Option<&str>;
    /// Refuses the record of another meeting, naming both.
    fn check_identity(&self, expected: &str) -> Result<(), StoreError>;
    /// The first break in the chain met while reading for rescue.
    fn broken(&self) -> Option<&Break>;
    /// The last event read and the chain's hash there.
    fn head(&self) -> (i64, Option<Hash>);
    /// The groups stored since the last read, each checked against the
    /// chain and handed to `sink` in order; `sink` says false to stop.
    fn each_new(&mut self, sink: &mut dyn FnMut(Group) -> bool) -> Result<(), StoreError>;
    /// Every stored row as it is, with its stored hash, in order.
    fn each_row(&self, sink: &mut dyn FnMut(Row<'_>, &[u8])) -> Result<(), StoreError>;
    /// Checks the whole record from its first event; the first problem found.
    fn verify(&self) -> Result<Option<Problem>, StoreError>;
    /// The engine's own check of what holds the record (SQLite's
    /// `integrity_check`: pages, indexes; PostgreSQL: the tables and their
    /// columns as the record made them): what it finds wrong, none if
    /// nothing. The chain and the events are [`Engine::verify`]'s.
    fn integrity(&self) -> Result<Vec<String>, StoreError>;
    /// How a commit is made durable, read back from the connection: the
    /// journal mode and the `synchronous` level (SQLite: "wal", 2 for
    /// FULL; PostgreSQL: "postgresql", 2 when `synchronous_commit` is on).
    fn durability(&self) -> Result<(String, i64), StoreError>;
    /// Starts a write: other writers of the meeting wait until it commits or is dropped.
    fn begin(&mut self) -> Result<Box<dyn Writer + '_>, StoreError>;
    /// A way to wait for other processes' commits without polling, where
    /// the engine has one.
    fn listener(&self) -> Option<Listener> {
        None
    }

    /// The latest snapshot stored, if any (a record made before snapshots
    /// has none, and a reader copes with the table's absence).
    fn latest_snapshot(&self) -> Result<Option<Stored>, StoreError>;
    /// Every snapshot stored, oldest first.
    fn snapshots(&self) -> Result<Vec<Stored>, StoreError>;
    /// The command and the stored hash of the event `seq`, if there is one.
    fn event_link(&self, seq: i64) -> Result<Option<(i64, Vec<u8>)>, StoreError>;
    /// Reads on, at the next `each_new`, from after the event `seq` of the
    /// command `grp` whose chain hash is `hash` (a snapshot's position), or
    /// from the first event (`None`): the chain is checked from there.
    fn read_from(&mut self, after: Option<(i64, i64, Hash)>);
    /// Stores a snapshot in a transaction of its own, keeping only the
    /// latest few; makes the snapshot table if the record has none yet.
    fn store_snapshot(&mut self, snapshot: &Stored) -> Result<(), StoreError>;

    /// The groups stored since the last read.
    fn read_new(&mut self) -> Result<Vec<Group>, StoreError> {
        let mut groups = Vec::new();
        self.each_new(&mut |g| {
            groups.push(g);
            true
        })?;
        Ok(groups)
    }
}

/// A write in progress; dropped without `commit`, it leaves no trace.
pub trait Writer {
    /// What others stored since the record was last read, seen inside this write.
    fn read_new(&mut self) -> Result<Vec<Group>, StoreError>;
    /// Appends the events of one command; returns the group as stored.
    fn append(&mut self, at: At, author: &str, command: &str, events: Vec<Event>) -> Result<Group, StoreError>;
    /// Appends a row as another record stored it, checked against the chain.
    fn append_row(&mut self, row: &Row<'_>, stored: &[u8]) -> Result<(), StoreError>;
    /// Makes the write durable; only then has it happened.
    fn commit(self: Box<Self>) -> Result<(), StoreError>;
}

impl Engine for Record {
    fn path(&self) -> &Path {
        Record::path(self)
    }
    fn version(&self) -> i64 {
        Record::version(self)
    }
    fn identity(&self) -> Option<&str> {
        Record::identity(self)
    }
    fn check_identity(&self, expected: &str) -> Result<(), StoreError> {
        Record::check_identity(self, expected)
    }
    fn broken(&self) -> Option<&Break> {
        Record::broken(self)
    }
    fn head(&self) -> (i64, Option<Hash>) {
        Record::head(self)
    }
    fn each_new(&mut self, sink: &mut dyn FnMut(Group) -> bool) -> Result<(), StoreError> {
        Record::each_new(self, sink)
    }
    fn each_row(&self, sink: &mut dyn FnMut(Row<'_>, &[u8])) -> Result<(), StoreError> {
        Record::each_row(self, sink)
    }
    fn verify(&self) -> Result<Option<Problem>, StoreError> {
        Record::verify(self)
    }
    fn integrity(&self) -> Result<Vec<String>, StoreError> {
        Record::integrity(self)
    }
    fn durability(&self) -> Result<(String, i64), StoreError> {
        Record::durability(self)
    }
    fn begin(&mut self) -> Result<Box<dyn Writer + '_>, StoreError> {
        Ok(Box::new(Record::begin(self)?))
    }
    fn latest_snapshot(&self) -> Result<Option<Stored>, StoreError> {
        Record::latest_snapshot(self)
    }
    fn snapshots(&self) -> Result<Vec<Stored>, StoreError> {
        Record::snapshots(self)
    }
    fn event_link(&self, seq: i64) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        Record::event_link(self, seq)
    }
    fn read_from(&mut self, after: Option<(i64, i64, Hash)>) {
        Record::read_from(self, after)
    }
    fn store_snapshot(&mut self, snapshot: &Stored) -> Result<(), StoreError> {
        Record::store_snapshot(self, snapshot)
    }
}

impl Writer for Writing<'_> {
    fn read_new(&mut self) -> Result<Vec<Group>, StoreError> {
        Writing::read_new(self)
    }
    fn append(&mut self, at: At, author: &str, command: &str, events: Vec<Event>) -> Result<Group, StoreError> {
        Writing::append(self, at, author, command, events)
    }
    fn append_row(&mut self, row: &Row<'_>, stored: &[u8]) -> Result<(), StoreError> {
        Writing::append_row(self, row, stored)
    }
    fn commit(self: Box<Self>) -> Result<(), StoreError> {
        Writing::commit(*self)
    }
}
