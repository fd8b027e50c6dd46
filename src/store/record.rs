//! The session record: an append-only table of events in SQLite. Each
//! command is one transaction, durable (WAL, `synchronous=FULL`) before the
//! caller is told it happened.

use crate::domain::{Event, Group, Msg};
use crate::msg;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The record layout this program writes. A record from a newer program is
/// refused untouched.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: database error: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("{path}: written by a newer plenary (record version {found}, this one reads up to {supported})")]
    Newer { path: PathBuf, found: i64, supported: i64 },
    #[error("{path}: not a plenary record")]
    Foreign { path: PathBuf },
    #[error("{path}: event {seq} cannot be read: {detail}")]
    Corrupt { path: PathBuf, seq: i64, detail: String },
}

impl StoreError {
    pub fn to_msg(&self) -> Msg {
        match self {
            StoreError::Sqlite { path, source } => {
                msg!(
                    "store-sqlite",
                    path = path.display().to_string(),
                    detail = source.to_string()
                )
            }
            StoreError::Newer { path, found, supported } => {
                msg!(
                    "store-newer",
                    path = path.display().to_string(),
                    found = *found,
                    supported = *supported
                )
            }
            StoreError::Foreign { path } => {
                msg!("store-foreign", path = path.display().to_string())
            }
            StoreError::Corrupt { path, seq, detail } => {
                msg!(
                    "store-corrupt",
                    path = path.display().to_string(),
                    seq = *seq,
                    detail = detail.clone()
                )
            }
        }
    }
}

pub struct Record {
    conn: Connection,
    path: PathBuf,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    grp INTEGER NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    command TEXT NOT NULL,
    event TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_grp ON events(grp);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
";

impl Record {
    /// Opens the record at `path`, creating it if `create` and it is absent.
    pub fn open(path: &Path, meeting_file: &str) -> Result<Record, StoreError> {
        Ok(Record::open_with(path, meeting_file, true)?.expect("made when absent"))
    }

    /// Opens a record that is already a record; `None` for a new or empty
    /// file, which is left untouched (`open` makes it a record).
    pub fn open_existing(path: &Path, meeting_file: &str) -> Result<Option<Record>, StoreError> {
        Record::open_with(path, meeting_file, false)
    }

    fn open_with(path: &Path, meeting_file: &str, create: bool) -> Result<Option<Record>, StoreError> {
        let err = |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(err)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(err)?;
        // Read the version before anything writes to the file.
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                    StoreError::Foreign {
                        path: path.to_path_buf(),
                    }
                }
                e => err(e),
            })?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: path.to_path_buf(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        if found == 0 && !create {
            return Ok(None);
        }
        if found == 0 {
            // A database with tables but no version is someone else's: leave
            // it as it is, WAL mode included. (Read the version again: another
            // plenary may have just created the record.)
            let tables: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| {
                    r.get(0)
                })
                .map_err(err)?;
            let again: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(err)?;
            if tables > 0 && again == 0 {
                return Err(StoreError::Foreign {
                    path: path.to_path_buf(),
                });
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        // Reading a long record through the page cache of the OS, not copies of it.
        conn.pragma_update(None, "mmap_size", 256 * 1024 * 1024).map_err(err)?;
        let mut record = Record {
            conn,
            path: path.to_path_buf(),
        };
        if found == 0 {
            // Another process may be creating the record at this moment: look
            // again inside the write lock.
            let tx = record
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(err)?;
            let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(err)?;
            if version == 0 {
                let tables: i64 = tx
                    .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| {
                        r.get(0)
                    })
                    .map_err(err)?;
                if tables > 0 {
                    return Err(StoreError::Foreign {
                        path: path.to_path_buf(),
                    });
                }
                tx.execute_batch(SCHEMA).map_err(err)?;
                tx.execute("INSERT INTO meta (key, value) VALUES ('meeting', ?1)", [meeting_file])
                    .map_err(err)?;
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('created-by', ?1)",
                    [concat!("plenary ", env!("CARGO_PKG_VERSION"))],
                )
                .map_err(err)?;
                tx.pragma_update(None, "user_version", SCHEMA_VERSION).map_err(err)?;
            } else if version > SCHEMA_VERSION {
                return Err(StoreError::Newer {
                    path: path.to_path_buf(),
                    found: version,
                    supported: SCHEMA_VERSION,
                });
            }
            tx.commit().map_err(err)?;
        }
        Ok(Some(record))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The groups stored after `seq`, in order.
    pub fn read_after(&self, seq: i64) -> Result<Vec<Group>, StoreError> {
        read_after(&self.conn, &self.path, seq)
    }

    /// The groups stored after `seq`, each handed to `sink` as soon as it is
    /// read; `sink` says false to stop.
    pub fn each_after(&self, seq: i64, mut sink: impl FnMut(Group) -> bool) -> Result<(), StoreError> {
        read_groups(&self.conn, &self.path, seq, &mut sink)
    }

    /// Starts a write: other writers wait until it commits or is dropped.
    pub fn begin(&mut self) -> Result<Writing<'_>, StoreError> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| StoreError::Sqlite {
                path: path.clone(),
                source,
            })?;
        Ok(Writing { tx, path })
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }
}

fn read_after(conn: &Connection, path: &Path, seq: i64) -> Result<Vec<Group>, StoreError> {
    let mut groups = Vec::new();
    read_groups(conn, path, seq, &mut |g| {
        groups.push(g);
        true
    })?;
    Ok(groups)
}

/// Hands each group stored after `seq` to `sink`, in order, as soon as it
/// is read whole; stops early when `sink` says false.
fn read_groups(
    conn: &Connection,
    path: &Path,
    seq: i64,
    sink: &mut dyn FnMut(Group) -> bool,
) -> Result<(), StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    // `seq > ?1` says the same as `grp > ?1` for whole groups (a group's
    // events follow its first), but lets SQLite start at `seq` instead of
    // scanning the whole table in `seq` order: a command on a record of
    // 50,000 events costs 0.5 ms instead of 8.
    let mut stmt = conn
        .prepare_cached(
            "SELECT seq, grp, at, author, command, event FROM events WHERE seq > ?1 AND grp > ?1 ORDER BY seq",
        )
        .map_err(err)?;
    let mut rows = stmt.query([seq]).map_err(err)?;
    let mut current: Option<Group> = None;
    // Text is read in place: a group's time, author and command repeat on
    // each of its events, and are copied once.
    while let Some(row) = rows.next().map_err(err)? {
        let seq: i64 = row.get(0).map_err(err)?;
        let grp: i64 = row.get(1).map_err(err)?;
        let corrupt = |detail: String| StoreError::Corrupt {
            path: path.to_path_buf(),
            seq,
            detail,
        };
        let text = |i: usize| {
            row.get_ref(i)
                .map_err(err)?
                .as_str()
                .map_err(|e| corrupt(e.to_string()))
        };
        let event: Event = serde_json::from_str(text(5)?).map_err(|e| corrupt(e.to_string()))?;
        match current.as_mut() {
            Some(g) if g.seq == grp => g.events.push(event),
            _ => {
                let at = chrono::DateTime::parse_from_rfc3339(text(2)?).map_err(|e| corrupt(e.to_string()))?;
                let next = Group {
                    seq: grp,
                    at,
                    author: text(3)?.to_string(),
                    command: text(4)?.to_string(),
                    events: vec![event],
                };
                if let Some(done) = current.replace(next)
                    && !sink(done)
                {
                    return Ok(());
                }
            }
        }
    }
    if let Some(done) = current {
        sink(done);
    }
    Ok(())
}

/// A write in progress.
pub struct Writing<'a> {
    tx: Transaction<'a>,
    path: PathBuf,
}

impl Writing<'_> {
    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// What others stored after `seq`, seen inside this write.
    pub fn read_after(&self, seq: i64) -> Result<Vec<Group>, StoreError> {
        read_after(&self.tx, &self.path, seq)
    }

    /// Appends the events of one command; returns the group as stored.
    pub fn append(
        &self,
        at: chrono::DateTime<chrono::FixedOffset>,
        author: &str,
        command: &str,
        events: Vec<Event>,
    ) -> Result<Group, StoreError> {
        let at_text = at.to_rfc3339();
        // The group id is the sequence number of its first event.
        let first: i64 = self
            .tx
            .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM events", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let mut stmt = self
            .tx
            .prepare_cached("INSERT INTO events (seq, grp, at, author, command, event) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .map_err(|e| self.err(e))?;
        for (i, event) in events.iter().enumerate() {
            let json = serde_json::to_string(event).expect("events serialise");
            stmt.execute(params![first + i as i64, first, at_text, author, command, json])
                .map_err(|e| self.err(e))?;
        }
        Ok(Group {
            seq: first,
            at,
            author: author.to_string(),
            command: command.to_string(),
            events,
        })
    }

    /// Makes the write durable.
    pub fn commit(self) -> Result<(), StoreError> {
        let path = self.path.clone();
        self.tx.commit().map_err(|source| StoreError::Sqlite { path, source })
    }
}
