//! The session record in SQLite: an append-only table of events, each with
//! its link in the hash chain ([`super::chain`]). Each command is one
//! transaction, durable (WAL, `synchronous=FULL`) before the caller is told
//! it happened. Everything SQLite-specific about the record is here.
//!
//! Reading opens the file read-only (and, where SQLite cannot share a
//! read-only WAL, as an immutable file), so a reader never changes the
//! record, its `-wal` or its folder. Writing checks what the reader checked
//! again inside the write lock.

pub use super::chain::Problem;
use super::chain::{self, Break, Checker, Hash, Row, Walk};
use super::snapshot::{self, Stored};
use super::turns::Turns;
use crate::domain::{Event, Group, Msg};
use crate::msg;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The record layout this program writes. A record from a newer program is
/// refused untouched; a version-1 record (before the chain) is upgraded the
/// first time it is opened for writing.
pub const SCHEMA_VERSION: i64 = 2;

/// `PRAGMA application_id` of a plenary record ("plny"): another program's
/// SQLite file is told apart from a record without reading its tables.
pub const APPLICATION_ID: i64 = 0x706c_6e79;

/// How long a writer waits for others (a busy handler, and the retries of
/// what SQLite refuses without calling it, such as the switch to WAL).
const PATIENCE: Duration = Duration::from_secs(20);

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
    #[error("{path}: the record of {recorded}, not of {expected}")]
    OtherMeeting {
        path: PathBuf,
        recorded: String,
        expected: String,
    },
    #[error("{path}: the chain breaks at event {}", .at.seq())]
    Broken { path: PathBuf, at: Break },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: a log that does not continue the record")]
    ForeignLog { path: PathBuf },
    /// The file at the record's path is no longer the one open (deleted,
    /// or another moved over it): what is written would be lost.
    #[error("{path}: the record was deleted or replaced while open")]
    Replaced { path: PathBuf },
    /// A PostgreSQL record; `unreachable`: the server could not be reached
    /// or the connection was cut, and nothing was saved.
    #[error("{path}: {detail}")]
    Postgres {
        path: PathBuf,
        detail: String,
        unreachable: bool,
    },
}

impl StoreError {
    pub fn to_msg(&self) -> Msg {
        let path_of = |p: &Path| p.display().to_string();
        match self {
            // SQLite's words ("malformed", "not a database") only as the detail of ours.
            StoreError::Sqlite { path, source } if is_damage(source) || is_foreign_schema(source) => {
                msg!("store-damaged", path = path_of(path), detail = source.to_string())
            }
            StoreError::Sqlite { path, source } => {
                msg!("store-sqlite", path = path_of(path), detail = source.to_string())
            }
            StoreError::Newer { path, found, supported } => {
                msg!(
                    "store-newer",
                    path = path_of(path),
                    found = *found,
                    supported = *supported
                )
            }
            StoreError::Foreign { path } => msg!("store-foreign", path = path_of(path)),
            StoreError::Corrupt { path, seq, detail } => {
                msg!(
                    "store-corrupt",
                    path = path_of(path),
                    seq = *seq,
                    detail = detail.clone()
                )
            }
            StoreError::OtherMeeting {
                path,
                recorded,
                expected,
            } => msg!(
                "record-other-meeting",
                path = path_of(path),
                recorded = recorded.clone(),
                expected = expected.clone()
            ),
            StoreError::Broken { path, at } => break_msg(path, at),
            StoreError::ForeignLog { path } => msg!("record-foreign-log", path = path_of(path)),
            StoreError::Replaced { path } => msg!("record-replaced", path = path_of(path)),
            StoreError::Io { path, source } => {
                msg!("store-sqlite", path = path_of(path), detail = source.to_string())
            }
            StoreError::Postgres {
                path,
                detail,
                unreachable: true,
            } => msg!("store-pg-unreachable", path = path_of(path), detail = detail.clone()),
            StoreError::Postgres { path, detail, .. } => {
                msg!("store-pg", path = path_of(path), detail = detail.clone())
            }
        }
    }

    /// Bad input (someone else's file, a damaged or foreign record) rather
    /// than a failure of the machine.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            StoreError::Newer { .. }
                | StoreError::Foreign { .. }
                | StoreError::OtherMeeting { .. }
                | StoreError::Broken { .. }
                | StoreError::Corrupt { .. }
                | StoreError::ForeignLog { .. }
        ) || matches!(self, StoreError::Sqlite { source, .. } if is_damage(source) || is_foreign_schema(source))
    }
}

/// What SQLite says when the record's own statements do not fit its
/// tables (a missing column or table, a schema that does not parse): the
/// statements are fixed and fit the record as this program makes it, so
/// the file was changed, byte or schema, by something else.
fn is_foreign_schema(e: &rusqlite::Error) -> bool {
    use rusqlite::Error::*;
    // A column of another type than the record's tables give it (a key
    // read as NULL) is the same.
    matches!(e, SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::Unknown)
        || matches!(
            e,
            InvalidColumnType(..) | FromSqlConversionFailure(..) | IntegralValueOutOfRange(..)
        )
}

/// What SQLite says of a damaged file.
fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// The message for a break in the chain, naming the first bad event.
pub fn break_msg(path: &Path, at: &Break) -> Msg {
    let path = path.display().to_string();
    match at {
        Break::Sequence { seq, expected } => {
            msg!("record-break-sequence", path = path, seq = *seq, expected = *expected)
        }
        Break::Group { seq, grp } => msg!("record-break-group", path = path, seq = *seq, grp = *grp),
        Break::Hash { seq } => msg!("record-break-hash", path = path, seq = *seq),
        Break::Missing { last, head } => {
            msg!("record-break-missing", path = path, last = *last, head = *head)
        }
    }
}

/// How far a record has been read, and whether its chain held so far.
#[derive(Clone, Debug)]
struct Position {
    last_seq: i64,
    /// `None` for a version-1 record, which has no chain.
    checker: Option<Checker>,
    /// The first break found while reading for rescue; nothing after it is checked.
    broken: Option<Break>,
    /// The last event and its hash as the record says it reached them
    /// (kept beside the events, written with each command): events lost
    /// from the end show as a difference.
    head: Option<(i64, Hash)>,
}

pub struct Record {
    conn: Connection,
    path: PathBuf,
    version: i64,
    identity: Option<String>,
    writable: bool,
    pos: Position,
    /// The file opened for writing, as (device, inode), for [`still_at_path`].
    file: Option<FileId>,
    /// A writer's place in line among the record's writers.
    turns: Turns,
    /// A reader of an immutable file: the file as it was when read. An
    /// immutable connection never sees a later commit, so a reader that
    /// follows the record (`publish --watch`) connects again when it changes.
    immutable: Option<Stamp>,
}

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    grp INTEGER NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    command TEXT NOT NULL,
    event TEXT NOT NULL,
    hash BLOB
);
CREATE INDEX events_grp ON events(grp);
";

/// The triggers that keep the events append-only.
const APPEND_ONLY: &str = "
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
";

/// What is at a record's path, judged from its first bytes alone.
#[derive(Debug, PartialEq, Eq)]
enum FileKind {
    Absent,
    /// Zero bytes: made by `touch`, or by a plenary about to make it a record.
    Empty,
    Sqlite,
    Other,
}

fn file_kind(path: &Path) -> Result<FileKind, StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Absent),
        Err(e) => return Err(io(e)),
    };
    let mut head = [0u8; 16];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..]).map_err(io)? {
            0 => break,
            n => got += n,
        }
    }
    Ok(match got {
        0 => FileKind::Empty,
        16 if &head == b"SQLite format 3\0" => FileKind::Sqlite,
        _ => FileKind::Other,
    })
}

/// What a SQLite file's header and tables say it is.
#[derive(Debug, PartialEq, Eq)]
enum Layout {
    /// No tables, no version: new, or being made a record by another plenary.
    Blank,
    Record(i64),
    Newer(i64),
    Other,
}

fn layout(conn: &Connection) -> rusqlite::Result<Layout> {
    // One statement, so one snapshot: another process may be making the
    // record at this moment.
    let (app, version, tables, has_events): (i64, i64, i64, bool) = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id()),
                (SELECT user_version FROM pragma_user_version()),
                (SELECT count(*) FROM sqlite_master WHERE type = 'table'),
                (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'events')",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? == 1)),
    )?;
    Ok(match (app, version) {
        (0, 0) if tables == 0 => Layout::Blank,
        (APPLICATION_ID, v) if v > SCHEMA_VERSION => Layout::Newer(v),
        (APPLICATION_ID, SCHEMA_VERSION) if has_events => Layout::Record(SCHEMA_VERSION),
        // Before the application id, a record said so by its version alone.
        (0, 1) if has_events => Layout::Record(1),
        (0, v) if v > SCHEMA_VERSION && has_events => Layout::Newer(v),
        _ => Layout::Other,
    })
}

/// A `file:` URI for SQLite, every byte that is not plainly safe escaped.
fn file_uri(path: &Path, query: &str) -> String {
    use std::os::unix::ffi::OsStrExt;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for &b in absolute.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Connects to the record at `path` to read it, writing nothing; true
/// when it is read as an immutable file (no writer had it open).
fn connect_read(path: &Path) -> rusqlite::Result<(Connection, Layout, bool)> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connect = |query: &str| -> rusqlite::Result<(Connection, Layout)> {
        let conn = Connection::open_with_flags(file_uri(path, query), flags)?;
        conn.busy_timeout(PATIENCE)?;
        // A snapshot is megabytes of overflow pages: read them mapped,
        // not a system call each.
        conn.pragma_update(None, "mmap_size", 256 * 1024 * 1024)?;
        let layout = layout(&conn)?;
        Ok((conn, layout))
    };
    let no_wal = !sibling(path, "-wal").exists();
    let first = if no_wal { "immutable=1" } else { "mode=ro" };
    match connect(first) {
        Ok((conn, layout)) => Ok((conn, layout, no_wal)),
        // A read-only folder or copy, or a full disk, where the shared
        // memory of WAL cannot be made: with no log to replay, the file
        // alone is the whole record and is read as immutable.
        Err(e) if !is_damage(&e) && wal_is_empty(path) => {
            connect("immutable=1").map(|(conn, layout)| (conn, layout, true))
        }
        Err(e) => Err(e),
    }
}

/// What tells that a record's file, or its log, changed: their sizes,
/// times and inodes.
type Stamp = [Option<(u64, std::time::SystemTime, u64)>; 2];

fn stamp(path: &Path) -> Stamp {
    use std::os::unix::fs::MetadataExt;
    let of = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .map(|m| (m.len(), m.modified().unwrap_or(std::time::UNIX_EPOCH), m.ino()))
    };
    [of(path), of(&sibling(path, "-wal"))]
}

/// Runs `f` again while another process holds a lock SQLite did not wait for.
fn patiently<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match f() {
            Err(e) if is_busy(&e) && start.elapsed() < PATIENCE => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// Begins a transaction holding the write lock, in turn with the record's
/// other writers ([`super::turns`]): each attempt does not wait inside
/// SQLite, whose own waiting is the unfair part.
fn immediate<'c>(conn: &'c Connection, turns: &mut Turns, path: &Path) -> Result<Transaction<'c>, StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    conn.busy_timeout(Duration::ZERO).map_err(err)?;
    let taken = turns.take(
        PATIENCE,
        || match Transaction::new_unchecked(conn, TransactionBehavior::Immediate) {
            Ok(tx) => Ok(Some(tx)),
            Err(e) if is_busy(&e) => Ok(None),
            Err(e) => Err(e),
        },
        || {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                Some(format!("another writer held the record for {} s", PATIENCE.as_secs())),
            )
        },
    );
    // Reading inside the transaction, and everything else, waits as before.
    conn.busy_timeout(PATIENCE).map_err(err)?;
    taken.map_err(err)
}

/// Another process holds a lock SQLite did not wait for.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

impl Record {
    /// Opens the record at `path` for reading only; `None` when there is no
    /// record yet (no file, an empty one, or one a plenary is just making).
    /// Nothing is written to the record or its `-wal`, nor to the folder: a
    /// record without a `-wal` (no writer has it open) is read as an
    /// immutable file, which makes no `-shm`. (A writer that starts and
    /// folds its log into the file meanwhile can tear what is read: the
    /// caller reads again if the file changed.)
    pub fn open_read(path: &Path) -> Result<Option<Record>, StoreError> {
        let err = |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        match file_kind(path)? {
            FileKind::Absent | FileKind::Empty => return Ok(None),
            FileKind::Other => {
                return Err(StoreError::Foreign {
                    path: path.to_path_buf(),
                });
            }
            FileKind::Sqlite => {}
        }
        let (conn, layout, immutable) = connect_read(path).map_err(err)?;
        let version = match layout {
            Layout::Blank => return Ok(None),
            Layout::Record(v) => v,
            Layout::Newer(found) => {
                return Err(StoreError::Newer {
                    path: path.to_path_buf(),
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Layout::Other => {
                return Err(StoreError::Foreign {
                    path: path.to_path_buf(),
                });
            }
        };
        if !wal_is_empty(path) && version >= 2 {
            check_log(path, &conn)?;
        }
        let mut record = Record::with(conn, path, version, false)?;
        record.immutable = immutable.then(|| stamp(path));
        Ok(Some(record))
    }

    /// Opens the record at `path` for writing, making it a record of the
    /// meeting `identity` if there is none (no file, or an empty one).
    /// Anything else that is not a record of this meeting is refused and left
    /// as it was. Any number of processes may do this at once.
    pub fn open(path: &Path, identity: &str) -> Result<Record, StoreError> {
        let err = |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        if file_kind(path)? == FileKind::Other {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(err)?;
        // SQLite does not tell which file it opened: the path is looked up
        // at once, before anyone has had time to move another file there.
        let file = file_id(path).map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(PATIENCE).map_err(err)?;
        // Judge the file before anything writes to it.
        let found = patiently(|| layout(&conn)).map_err(err)?;
        match found {
            Layout::Other => {
                return Err(StoreError::Foreign {
                    path: path.to_path_buf(),
                });
            }
            Layout::Newer(found) => {
                return Err(StoreError::Newer {
                    path: path.to_path_buf(),
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Layout::Blank | Layout::Record(_) => {}
        }
        // Switching to WAL takes a lock SQLite does not wait for.
        patiently(|| conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0)))
            .map_err(err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        // Reading a long record through the page cache of the OS, not copies of it.
        conn.pragma_update(None, "mmap_size", 256 * 1024 * 1024).map_err(err)?;
        // Make or upgrade the record inside the write lock, looking again:
        // another process may have done it in the meantime.
        let mut turns = Turns::new(path);
        let tx = immediate(&conn, &mut turns, path)?;
        match layout(&tx).map_err(err)? {
            Layout::Blank => {
                tx.execute_batch(SCHEMA).map_err(err)?;
                tx.execute_batch(APPEND_ONLY).map_err(err)?;
                tx.execute_batch(SNAPSHOTS).map_err(err)?;
                write_meta(&tx, identity).map_err(err)?;
            }
            Layout::Record(1) => upgrade(&tx, path, identity)?,
            Layout::Record(_) => {}
            Layout::Newer(found) => {
                return Err(StoreError::Newer {
                    path: path.to_path_buf(),
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
            Layout::Other => {
                return Err(StoreError::Foreign {
                    path: path.to_path_buf(),
                });
            }
        }
        tx.commit().map_err(err)?;
        let mut record = Record::with(conn, path, SCHEMA_VERSION, true)?;
        record.file = Some(file);
        record.turns = turns;
        record.check_identity(identity)?;
        Ok(record)
    }

    fn with(conn: Connection, path: &Path, version: i64, writable: bool) -> Result<Record, StoreError> {
        let identity: Option<String> = if version >= 2 {
            conn.query_row("SELECT value FROM meta WHERE key = 'identity'", [], |r| r.get(0))
                .optional()
                .map_err(|source| StoreError::Sqlite {
                    path: path.to_path_buf(),
                    source,
                })?
        } else {
            None
        };
        let head = if version >= 2 {
            read_head(&conn).map_err(|source| StoreError::Sqlite {
                path: path.to_path_buf(),
                source,
            })?
        } else {
            None
        };
        let checker = match (&identity, version) {
            (Some(id), _) => Some(Checker::new(id)),
            (None, 1) => None,
            (None, _) => {
                return Err(StoreError::Foreign {
                    path: path.to_path_buf(),
                });
            }
        };
        Ok(Record {
            conn,
            path: path.to_path_buf(),
            version,
            identity,
            writable,
            pos: Position {
                last_seq: 0,
                checker,
                broken: None,
                head,
            },
            file: None,
            turns: Turns::new(path),
            immutable: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The record layout version found (1: before the chain).
    pub fn version(&self) -> i64 {
        self.version
    }

    /// The meeting the record says it belongs to (none in a version-1 record).
    pub fn identity(&self) -> Option<&str> {
        self.identity.as_deref()
    }

    /// Refuses the record of another meeting, naming both.
    pub fn check_identity(&self, expected: &str) -> Result<(), StoreError> {
        match &self.identity {
            Some(recorded) if recorded != expected => Err(StoreError::OtherMeeting {
                path: self.path.clone(),
                recorded: recorded.clone(),
                expected: expected.to_string(),
            }),
            _ => Ok(()),
        }
    }

    /// The first break in the chain met while reading, if any (only a
    /// record opened for reading goes on past one).
    pub fn broken(&self) -> Option<&Break> {
        self.pos.broken.as_ref()
    }

    /// The last event read and the chain's hash there.
    pub fn head(&self) -> (i64, Option<Hash>) {
        (self.pos.last_seq, self.pos.checker.as_ref().map(Checker::head))
    }

    /// Takes up reading where `other`, a reader of the same record, stopped.
    pub fn continue_from(&mut self, other: &Record) {
        self.pos = other.pos.clone();
    }

    /// `journal_mode` and `synchronous` as this connection has them, for
    /// checking the durability promise.
    pub fn durability(&self) -> Result<(String, i64), StoreError> {
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let sync: i64 = self
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        Ok((mode, sync))
    }

    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The groups stored since the last read, in order, each checked
    /// against the chain.
    pub fn read_new(&mut self) -> Result<Vec<Group>, StoreError> {
        let mut groups = Vec::new();
        self.each_new(|g| {
            groups.push(g);
            true
        })?;
        Ok(groups)
    }

    /// The groups stored since the last read, each handed to `sink` as soon
    /// as it is read whole; `sink` says false to stop (the rest is read next time).
    pub fn each_new(&mut self, mut sink: impl FnMut(Group) -> bool) -> Result<(), StoreError> {
        // A writer that reads others' commands a few times a second learns
        // here, before its next command, that the record has gone.
        still_at_path(&self.path, self.file)?;
        let strict = self.writable;
        let Some(was) = self.immutable else {
            return read_groups(&self.conn, &self.path, &mut self.pos, strict, &mut sink);
        };
        if stamp(&self.path) == was {
            return read_groups(&self.conn, &self.path, &mut self.pos, strict, &mut sink);
        }
        self.follow_change(&mut sink)
    }

    /// Reads what arrived in a record read as an immutable file since it
    /// changed: connects again (through the log if a writer has it open
    /// now). A writer that starts while an immutable file is read can tear
    /// what is read, so what is read is kept only if the file did not
    /// change meanwhile; else it is read again at the next look.
    fn follow_change(&mut self, sink: &mut dyn FnMut(Group) -> bool) -> Result<(), StoreError> {
        let before = stamp(&self.path);
        let (conn, _, immutable) = connect_read(&self.path).map_err(|e| self.err(e))?;
        let mut pos = self.pos.clone();
        pos.head = read_head(&conn).map_err(|e| self.err(e))?;
        let mut groups = Vec::new();
        let read = read_groups(&conn, &self.path, &mut pos, false, &mut |g| {
            groups.push(g);
            true
        });
        if immutable && stamp(&self.path) != before {
            return Ok(());
        }
        read?;
        self.conn = conn;
        self.immutable = immutable.then_some(before);
        self.pos = pos;
        for g in groups {
            if !sink(g) {
                break;
            }
        }
        Ok(())
    }

    /// Every stored row as it is, with its stored hash, in order.
    pub fn each_row(&self, mut sink: impl FnMut(Row<'_>, &[u8])) -> Result<(), StoreError> {
        let hash = if self.version >= 2 { "hash" } else { "NULL" };
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT seq, grp, at, author, command, event, {hash} FROM events ORDER BY seq"
            ))
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let (row, stored) = raw_row(r, &self.path)?;
            sink(row, stored);
        }
        Ok(())
    }

    /// Checks the whole record from its first event: the chain, the
    /// sequence, and that every event can be read. The first problem found.
    pub fn verify(&self) -> Result<Option<Problem>, StoreError> {
        let Some(identity) = &self.identity else {
            return Ok(Some(Problem::Unchained));
        };
        let mut walk = Walk::new(identity, self.pos.head);
        self.each_row(|row, stored| walk.row(&row, stored))?;
        Ok(walk.finish())
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`): every
    /// page, every index against its table. A damaged index or page can
    /// leave every event readable, and fail the next write.
    pub fn integrity(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").map_err(|e| self.err(e))?;
        let found = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<String>>>());
        match found {
            Ok(lines) if lines.len() == 1 && lines[0] == "ok" => Ok(Vec::new()),
            Ok(lines) => Ok(lines),
            // So damaged that the check itself stops: that is what it found.
            Err(e) if is_damage(&e) => Ok(vec![e.to_string()]),
            Err(e) => Err(self.err(e)),
        }
    }

    /// Starts a write: other writers wait until it commits or is dropped.
    pub fn begin(&mut self) -> Result<Writing<'_>, StoreError> {
        let path = self.path.clone();
        if let Some(at) = &self.pos.broken {
            return Err(StoreError::Broken { path, at: at.clone() });
        }
        let pending = self.pos.clone();
        let tx = immediate(&self.conn, &mut self.turns, &path)?;
        Ok(Writing {
            tx,
            path,
            committed: &mut self.pos,
            pending,
            file: self.file,
        })
    }

    fn has_snapshots(&self) -> Result<bool, StoreError> {
        if self.version < 2 {
            return Ok(false);
        }
        self.conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n == 1)
            .map_err(|e| self.err(e))
    }

    /// The latest snapshot stored, if any.
    pub fn latest_snapshot(&self) -> Result<Option<Stored>, StoreError> {
        if !self.has_snapshots()? {
            return Ok(None);
        }
        self.conn
            .query_row(
                &format!("{SELECT_SNAPSHOTS} ORDER BY seq DESC LIMIT 1"),
                [],
                stored_snapshot,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Every snapshot stored, oldest first.
    pub fn snapshots(&self) -> Result<Vec<Stored>, StoreError> {
        if !self.has_snapshots()? {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT_SNAPSHOTS} ORDER BY seq"))
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], stored_snapshot).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
    }

    /// The command and the stored hash of the event `seq`.
    pub fn event_link(&self, seq: i64) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        self.conn
            .query_row("SELECT grp, hash FROM events WHERE seq = ?1", [seq], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Option<Vec<u8>>>(1)?.unwrap_or_default()))
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Reads on from after the event `seq` of command `grp` whose chain
    /// hash is `hash`, or from the first event.
    pub fn read_from(&mut self, after: Option<(i64, i64, Hash)>) {
        let checker = match (&self.identity, after) {
            (Some(id), None) => Some(Checker::new(id)),
            (Some(_), Some((seq, grp, hash))) => Some(Checker::at(hash, seq, grp)),
            (None, _) => None,
        };
        self.pos = Position {
            last_seq: after.map_or(0, |(seq, _, _)| seq),
            checker,
            broken: None,
            head: self.pos.head,
        };
    }

    /// Stores a snapshot, keeping the latest [`snapshot::KEEP`]. A reader
    /// stores nothing.
    pub fn store_snapshot(&mut self, snapshot: &Stored) -> Result<(), StoreError> {
        if !self.writable {
            return Ok(());
        }
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = immediate(&self.conn, &mut self.turns, &path)?;
        tx.execute_batch(SNAPSHOTS).map_err(err)?;
        tx.execute(
            "INSERT OR REPLACE INTO snapshots (seq, hash, program, meeting, state, digest)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                snapshot.seq,
                snapshot.hash,
                snapshot.program,
                snapshot.meeting,
                snapshot.state,
                snapshot.digest
            ],
        )
        .map_err(err)?;
        tx.execute(
            "DELETE FROM snapshots WHERE seq NOT IN (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT ?1)",
            [snapshot::KEEP],
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }
}

/// The head the record says it reached (`meta` key `head`: "SEQ HEX").
fn read_head(conn: &Connection) -> rusqlite::Result<Option<(i64, Hash)>> {
    // A record still being made (its tables only in the log) has no head yet.
    let has_meta: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        [],
        |r| r.get(0),
    )?;
    if has_meta == 0 {
        return Ok(None);
    }
    let text: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'head'", [], |r| r.get(0))
        .optional()?;
    // A head that does not parse is damage: it will not match any event.
    Ok(text.map(|t| {
        let (seq, hash) = t.split_once(' ').unwrap_or((&t, ""));
        (seq.parse().unwrap_or(-1), chain::from_hex(hash).unwrap_or_default())
    }))
}

/// Checks that the `-wal` beside a record continues the record in the file
/// itself: the head the file alone says it reached must be an event, with
/// the same hash, of the record read through the log. A log copied from
/// another copy of the record, or from another record, fails this.
fn check_log(path: &Path, conn: &Connection) -> Result<(), StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    // A writer checkpointing at this moment may show the file half copied:
    // look again before calling the log foreign.
    for attempt in 0..4 {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(50));
        }
        let file_alone = Connection::open_with_flags(file_uri(path, "immutable=1"), flags).map_err(err)?;
        let (seq, hash) = match read_head(&file_alone) {
            Ok(Some(head)) => head,
            // No head in the file alone (no event folded into it yet): nothing to compare.
            Ok(None) => return Ok(()),
            // Torn by a checkpoint, or damaged: look again, then let the log be judged by its chain.
            Err(_) if attempt < 3 => continue,
            Err(_) => return Ok(()),
        };
        let through_log: Option<Vec<u8>> = conn
            .query_row("SELECT hash FROM events WHERE seq = ?1", [seq], |r| r.get(0))
            .optional()
            .map_err(err)?;
        if seq == 0 || through_log.as_deref() == Some(&hash[..]) {
            return Ok(());
        }
    }
    Err(StoreError::ForeignLog {
        path: sibling(path, "-wal"),
    })
}

/// The snapshots of the folded state ([`super::snapshot`]): a cache beside
/// the events, outside the chain. Records made before it get it when a
/// writer first stores one.
const SNAPSHOTS: &str = "
CREATE TABLE IF NOT EXISTS snapshots (
    seq INTEGER PRIMARY KEY,
    hash BLOB NOT NULL,
    program TEXT NOT NULL,
    meeting BLOB NOT NULL,
    state BLOB NOT NULL,
    digest BLOB NOT NULL
);
";

const SELECT_SNAPSHOTS: &str = "SELECT seq, hash, program, meeting, state, digest FROM snapshots";

/// A stored snapshot as it is; a column of the wrong type reads as its
/// bytes, so that the digest, not SQLite, judges it.
fn stored_snapshot(r: &rusqlite::Row<'_>) -> rusqlite::Result<Stored> {
    let bytes = |i: usize| -> rusqlite::Result<Vec<u8>> {
        Ok(match r.get_ref(i)? {
            rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => b.to_vec(),
            _ => Vec::new(),
        })
    };
    Ok(Stored {
        seq: r.get(0)?,
        hash: bytes(1)?,
        program: String::from_utf8_lossy(&bytes(2)?).into_owned(),
        meeting: bytes(3)?,
        state: bytes(4)?,
        digest: bytes(5)?,
    })
}

fn write_meta(tx: &Transaction<'_>, identity: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('identity', ?1)",
        [identity],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('created-by', ?1)",
        [concat!("plenary ", env!("CARGO_PKG_VERSION"))],
    )?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

/// Upgrades a version-1 record in place, in the caller's transaction: the
/// chain is computed over the events as they are (they are taken to be the
/// record of the meeting it is first opened for writing with), after
/// checking that none is missing.
fn upgrade(tx: &Transaction<'_>, path: &Path, identity: &str) -> Result<(), StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    tx.execute_batch(
        "DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;
         ALTER TABLE events ADD COLUMN hash BLOB;",
    )
    .map_err(err)?;
    let mut checker = Checker::new(identity);
    let mut hashes: Vec<(i64, Hash)> = Vec::new();
    {
        let mut stmt = tx
            .prepare("SELECT seq, grp, at, author, command, event, NULL FROM events ORDER BY seq")
            .map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        while let Some(r) = rows.next().map_err(err)? {
            let (row, _) = raw_row(r, path)?;
            let hash = checker.expected(&row);
            checker.check(&row, &hash).map_err(|at| StoreError::Broken {
                path: path.to_path_buf(),
                at,
            })?;
            hashes.push((row.seq, hash));
        }
    }
    {
        let mut stmt = tx.prepare("UPDATE events SET hash = ?2 WHERE seq = ?1").map_err(err)?;
        for (seq, hash) in &hashes {
            stmt.execute(params![seq, &hash[..]]).map_err(err)?;
        }
    }
    tx.execute_batch(APPEND_ONLY).map_err(err)?;
    tx.execute_batch(SNAPSHOTS).map_err(err)?;
    write_meta(tx, identity).map_err(err)
}

fn raw_row<'r>(r: &'r rusqlite::Row<'_>, path: &Path) -> Result<(Row<'r>, &'r [u8]), StoreError> {
    let seq: i64 = r.get(0).map_err(|source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    })?;
    let corrupt = |detail: String| StoreError::Corrupt {
        path: path.to_path_buf(),
        seq,
        detail,
    };
    let grp: i64 = r.get(1).map_err(|e| corrupt(e.to_string()))?;
    let text = |i: usize| -> Result<&'r str, StoreError> {
        r.get_ref(i)
            .map_err(|e| corrupt(e.to_string()))?
            .as_str()
            .map_err(|e| corrupt(e.to_string()))
    };
    let stored: &[u8] = match r.get_ref(6).map_err(|e| corrupt(e.to_string()))? {
        rusqlite::types::ValueRef::Blob(b) => b,
        _ => &[],
    };
    Ok((
        Row {
            seq,
            grp,
            at: text(2)?,
            author: text(3)?,
            command: text(4)?,
            event: text(5)?,
        },
        stored,
    ))
}

/// Hands each group stored after `pos` to `sink`, in order, as soon as it
/// is read whole, checking each event against the chain; stops early when
/// `sink` says false. `strict`: a break is an error (a record to write to);
/// else it is kept in `pos` and reading goes on, unchecked (a rescue).
fn read_groups(
    conn: &Connection,
    path: &Path,
    pos: &mut Position,
    strict: bool,
    sink: &mut dyn FnMut(Group) -> bool,
) -> Result<(), StoreError> {
    let err = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let hash = if pos.checker.is_some() || pos.broken.is_some() {
        "hash"
    } else {
        "NULL"
    };
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT seq, grp, at, author, command, event, {hash} FROM events WHERE seq > ?1 ORDER BY seq"
        ))
        .map_err(err)?;
    let mut rows = stmt.query([pos.last_seq]).map_err(err)?;
    let mut current: Option<Group> = None;
    // A group is handed on once the next one starts: remember where the
    // position stood before it, to stop cleanly between groups.
    let mut before_current = pos.clone();
    while let Some(r) = rows.next().map_err(err)? {
        let (row, stored) = raw_row(r, path)?;
        let corrupt = |detail: String| StoreError::Corrupt {
            path: path.to_path_buf(),
            seq: row.seq,
            detail,
        };
        let starts_group = !matches!(&current, Some(g) if g.seq == row.grp);
        if starts_group {
            let before = pos.clone();
            if let Some(done) = current.take()
                && !sink(done)
            {
                *pos = before;
                return Ok(());
            }
            before_current = before;
        }
        if pos.broken.is_none()
            && let Some(checker) = pos.checker.as_mut()
            && let Err(at) = checker.check(&row, stored)
        {
            if strict {
                *pos = before_current;
                return Err(StoreError::Broken {
                    path: path.to_path_buf(),
                    at,
                });
            }
            pos.broken = Some(at);
            pos.checker = None;
        }
        pos.last_seq = row.seq;
        if pos.broken.is_none()
            && let (Some((head_seq, head_hash)), Some(checker)) = (pos.head, pos.checker.as_ref())
            && head_seq == row.seq
            && checker.head() != head_hash
        {
            let at = Break::Hash { seq: row.seq };
            if strict {
                *pos = before_current;
                return Err(StoreError::Broken {
                    path: path.to_path_buf(),
                    at,
                });
            }
            pos.broken = Some(at);
            pos.checker = None;
        }
        let event: Event = serde_json::from_str(row.event).map_err(|e| corrupt(e.to_string()))?;
        match current.as_mut() {
            Some(g) if !starts_group => g.events.push(event),
            _ => {
                let at = chrono::DateTime::parse_from_rfc3339(row.at).map_err(|e| corrupt(e.to_string()))?;
                current = Some(Group {
                    seq: row.grp,
                    at,
                    author: row.author.to_string(),
                    command: row.command.to_string(),
                    events: vec![event],
                });
            }
        }
    }
    if let Some((head, _)) = pos.head
        && pos.last_seq < head
        && pos.broken.is_none()
    {
        let at = Break::Missing {
            last: pos.last_seq,
            head,
        };
        if strict {
            return Err(StoreError::Broken {
                path: path.to_path_buf(),
                at,
            });
        }
        pos.broken = Some(at);
        pos.checker = None;
    }
    if let Some(done) = current {
        sink(done);
    }
    Ok(())
}

/// True when there is no `-wal` beside the record, or an empty one: the
/// file alone then holds every committed event.
fn wal_is_empty(path: &Path) -> bool {
    std::fs::metadata(sibling(path, "-wal")).map_or(true, |m| m.len() == 0)
}

/// A write in progress.
pub struct Writing<'a> {
    tx: Transaction<'a>,
    path: PathBuf,
    committed: &'a mut Position,
    /// The position as this write moves it; the record's once it commits.
    pending: Position,
    file: Option<FileId>,
}

impl Writing<'_> {
    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// What others stored since the record was last read, seen inside this write.
    pub fn read_new(&mut self) -> Result<Vec<Group>, StoreError> {
        let mut groups = Vec::new();
        read_groups(&self.tx, &self.path, &mut self.pending, true, &mut |g| {
            groups.push(g);
            true
        })?;
        Ok(groups)
    }

    /// Appends the events of one command; returns the group as stored.
    /// Whatever others stored before must have been read first (`read_new`).
    pub fn append(
        &mut self,
        at: chrono::DateTime<chrono::FixedOffset>,
        author: &str,
        command: &str,
        events: Vec<Event>,
    ) -> Result<Group, StoreError> {
        let at_text = at.to_rfc3339();
        let last: i64 = self
            .tx
            .query_row("SELECT COALESCE(MAX(seq), 0) FROM events", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        if last != self.pending.last_seq {
            // Events this write has not read: it cannot continue the chain.
            return Err(StoreError::Broken {
                path: self.path.clone(),
                at: Break::Sequence {
                    seq: last,
                    expected: self.pending.last_seq,
                },
            });
        }
        // The group id is the sequence number of its first event.
        let first = last + 1;
        let mut stmt = self
            .tx
            .prepare_cached(
                "INSERT INTO events (seq, grp, at, author, command, event, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .map_err(|source| StoreError::Sqlite {
                path: self.path.clone(),
                source,
            })?;
        let linked = match self.pending.checker.as_mut() {
            Some(checker) => checker.append_command(first, &at_text, author, command, &events),
            None if events.is_empty() => Vec::new(),
            None => {
                return Err(StoreError::Foreign {
                    path: self.path.clone(),
                });
            }
        };
        for event in linked {
            self.pending.last_seq = event.seq;
            stmt.execute(params![
                event.seq,
                first,
                at_text,
                author,
                command,
                event.event,
                &event.hash[..]
            ])
            .map_err(|source| StoreError::Sqlite {
                path: self.path.clone(),
                source,
            })?;
        }
        Ok(Group {
            seq: first,
            at,
            author: author.to_string(),
            command: command.to_string(),
            events,
        })
    }

    /// Appends rows as they were exported, each checked against the chain
    /// (`plenary import`).
    pub fn append_row(&mut self, row: &Row<'_>, stored: &[u8]) -> Result<(), StoreError> {
        let Some(checker) = self.pending.checker.as_mut() else {
            return Err(StoreError::Foreign {
                path: self.path.clone(),
            });
        };
        checker.check(row, stored).map_err(|at| StoreError::Broken {
            path: self.path.clone(),
            at,
        })?;
        self.pending.last_seq = row.seq;
        self.tx
            .prepare_cached(
                "INSERT INTO events (seq, grp, at, author, command, event, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    row.seq,
                    row.grp,
                    row.at,
                    row.author,
                    row.command,
                    row.event,
                    stored
                ])
            })
            .map_err(|source| StoreError::Sqlite {
                path: self.path.clone(),
                source,
            })?;
        Ok(())
    }

    /// Makes the write durable.
    pub fn commit(mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        if self.pending.last_seq != self.committed.last_seq
            && let Some(checker) = &self.pending.checker
        {
            let head = (self.pending.last_seq, checker.head());
            let value = format!("{} {}", head.0, chain::to_hex(&head.1));
            self.tx
                .execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?1)", [value])
                .map_err(err)?;
            self.pending.head = Some(head);
        }
        // Before: a record already gone is not written (the write is rolled
        // back). After: one that went during the commit is not said saved.
        still_at_path(&path, self.file)?;
        self.tx.commit().map_err(err)?;
        *self.committed = self.pending;
        still_at_path(&path, self.file)
    }
}

/// A file as the system knows it: (device, inode).
type FileId = (u64, u64);

fn file_id(path: &Path) -> std::io::Result<FileId> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path)?;
    Ok((m.dev(), m.ino()))
}

/// Refuses when `path` no longer names `file`, the record opened (none:
/// not opened for writing): `rm` of the record, or another file moved over
/// it, leaves the connection writing into a file that no one will read
/// again, and every command after would be said saved and be lost. One
/// `stat`, a few microseconds.
fn still_at_path(path: &Path, file: Option<FileId>) -> Result<(), StoreError> {
    let Some(open) = file else {
        return Ok(());
    };
    match file_id(path) {
        Ok(now) if now == open => Ok(()),
        Err(source) if source.kind() != std::io::ErrorKind::NotFound => Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
        _ => Err(StoreError::Replaced {
            path: path.to_path_buf(),
        }),
    }
}
