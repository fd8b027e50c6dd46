//! A session: the meeting file, its record, and the state folded from both.
//! Several processes may hold one session; each catches up with the others'
//! events before it writes, and when asked to refresh.

use super::identity;
use super::record::{Record, StoreError, break_msg};
use crate::commands::{self, Command};
use crate::domain::state::At;
use crate::domain::{Group, Msg, State};
use crate::files::{self, Problem};
use crate::msg;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

pub const RECORD_EXTENSION: &str = "plenary";

/// Groups handed from the reading thread to the folding one at a time, and
/// how many batches may wait.
const BATCH: usize = 512;
const BATCHES_IN_FLIGHT: usize = 8;

#[derive(Debug)]
pub enum OpenError {
    /// The meeting or body file has problems.
    Files(Vec<Problem>),
    Store(StoreError),
    /// A `.plenary` file was named but does not exist.
    NoRecord(PathBuf),
}

#[derive(Debug)]
pub enum ExecError {
    /// The command cannot be done; nothing was written.
    Refused(Msg),
    Store(StoreError),
}

impl From<StoreError> for ExecError {
    fn from(e: StoreError) -> Self {
        ExecError::Store(e)
    }
}

/// A stored command that no longer applies (the meeting file changed since
/// it was recorded): it is kept in the record and left out of the state.
#[derive(Clone, Debug)]
pub struct Conflict {
    pub seq: i64,
    pub command: String,
    pub msg: Msg,
    /// The command as stored, for the export of the whole record.
    pub group: Arc<Group>,
}

pub struct Session {
    pub state: State,
    pub meeting_path: PathBuf,
    pub conflicts: Vec<Conflict>,
    /// What the reader should know about the record (a broken chain read
    /// for rescue, an old record without a chain).
    pub warnings: Vec<Msg>,
    record: Record,
    /// The last group read from the record, applied or not.
    seen: i64,
}

/// The meeting file and the record for what the user named: a meeting file
/// (its record is beside it) or a record.
pub fn resolve(path: &Path) -> (PathBuf, PathBuf) {
    if path.extension().is_some_and(|e| e == RECORD_EXTENSION) {
        (path.with_extension("toml"), path.to_path_buf())
    } else {
        (path.to_path_buf(), path.with_extension(RECORD_EXTENSION))
    }
}

/// How a session opens its record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// To record commands: the record is made if there is none, and a
    /// damaged one is refused.
    Write,
    /// To read it: nothing is written, a missing record is an error, and a
    /// broken chain is read for rescue with a warning.
    Read,
}

impl Session {
    /// Opens a session to record commands in.
    pub fn open(path: &Path) -> Result<Session, OpenError> {
        Session::open_with(path, Access::Write)
    }

    /// Opens a session to read; nothing is written to the record or its folder.
    pub fn open_read(path: &Path) -> Result<Session, OpenError> {
        Session::open_with(path, Access::Read)
    }

    pub fn open_with(path: &Path, access: Access) -> Result<Session, OpenError> {
        let (meeting_path, record_path) = resolve(path);
        if path.extension().is_some_and(|e| e == RECORD_EXTENSION) && !record_path.exists() {
            return Err(OpenError::NoRecord(record_path));
        }
        // A record already there is read (read-only) on a second thread
        // while this one reads the files and then folds what arrives: on a
        // long session the three take about as long each. Nothing is written
        // before the files, the meeting and the chain are found good.
        let (batches, arrive) = mpsc::sync_channel::<Vec<Group>>(BATCHES_IN_FLIGHT);
        let (meeting, state, conflicts, seen, existing) = std::thread::scope(|scope| {
            let reader = record_path.exists().then(|| {
                let record_path = &record_path;
                scope.spawn(move || -> Result<Option<Record>, StoreError> {
                    let Some(mut record) = Record::open_read(record_path, access == Access::Read)? else {
                        return Ok(None);
                    };
                    let mut batch = Vec::with_capacity(BATCH);
                    record.each_new(|group| {
                        batch.push(group);
                        batch.len() < BATCH
                            || batches
                                .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                                .is_ok()
                    })?;
                    // The last batch; the receiver may have gone, having found the files bad.
                    let _ = batches.send(batch);
                    Ok(Some(record))
                })
            });
            let meeting = match files::load(&meeting_path) {
                Ok(meeting) => Arc::new(meeting),
                Err(problems) => {
                    drop(arrive);
                    if let Some(reader) = reader {
                        let _ = reader.join();
                    }
                    return Err(OpenError::Files(problems));
                }
            };
            let mut state = State::new(meeting.clone());
            let mut conflicts = Vec::new();
            let mut seen = 0;
            let existing = match reader {
                Some(reader) => {
                    for group in arrive.iter().flatten() {
                        seen = group.seq;
                        fold(&mut state, &mut conflicts, group);
                    }
                    reader.join().expect("the record reader does not panic")
                }
                None => Ok(None),
            };
            Ok((meeting, state, conflicts, seen, existing.map_err(OpenError::Store)?))
        })?;
        let identity = identity::of(&meeting);
        let mut warnings = Vec::new();
        if let Some(found) = &existing {
            found.check_identity(&identity).map_err(OpenError::Store)?;
            if let Some(at) = found.broken() {
                if access == Access::Write {
                    return Err(OpenError::Store(StoreError::Broken {
                        path: record_path.clone(),
                        at: at.clone(),
                    }));
                }
                warnings.push(break_msg(&record_path, at));
                warnings.push(msg!("record-rescue", path = record_path.display().to_string()));
            }
            if found.version() < 2 && access == Access::Read {
                warnings.push(msg!("record-unchained", path = record_path.display().to_string()));
            }
        }
        let record = match (access, existing) {
            (Access::Read, Some(record)) => record,
            (Access::Read, None) => return Err(OpenError::NoRecord(record_path)),
            (Access::Write, existing) => {
                let mut record = Record::open(&record_path, &identity).map_err(OpenError::Store)?;
                match existing {
                    // Carry on from where the reader stopped (the chain is the same).
                    Some(read) if read.version() == record.version() => record.continue_from(&read),
                    // Just upgraded, or new: read it all again.
                    _ => {
                        let mut session = Session {
                            state: State::new(meeting.clone()),
                            meeting_path: meeting_path.clone(),
                            conflicts: Vec::new(),
                            warnings,
                            record,
                            seen: 0,
                        };
                        session.refresh().map_err(OpenError::Store)?;
                        return Ok(session);
                    }
                }
                record
            }
        };
        let mut session = Session {
            state,
            meeting_path,
            conflicts,
            warnings,
            record,
            seen,
        };
        if access == Access::Write {
            // What others recorded between the read and the write open.
            session.refresh().map_err(OpenError::Store)?;
        }
        Ok(session)
    }

    /// The record under the session.
    pub fn record(&self) -> &Record {
        &self.record
    }

    pub fn record_path(&self) -> &Path {
        self.record.path()
    }

    /// Reads what others have recorded since; returns how many commands arrived.
    pub fn refresh(&mut self) -> Result<usize, StoreError> {
        let groups = self.record.read_new()?;
        let n = groups.len();
        for g in groups {
            self.fold(g);
        }
        Ok(n)
    }

    fn fold(&mut self, group: Group) {
        self.seen = group.seq;
        fold(&mut self.state, &mut self.conflicts, group);
    }

    /// Records one command, durably, or refuses it and records nothing.
    pub fn execute(&mut self, command: &Command, author: &str, at: At) -> Result<Arc<Group>, ExecError> {
        let mut writing = self.record.begin()?;
        for g in writing.read_new()? {
            // Not `self.fold`: `writing` holds the record.
            self.seen = g.seq;
            fold(&mut self.state, &mut self.conflicts, g);
        }
        let events = commands::plan(&self.state, command, author).map_err(ExecError::Refused)?;
        let group = Arc::new(writing.append(at, author, &command.to_string(), events)?);
        let mut next = self.state.clone();
        next.apply(group.clone()).map_err(ExecError::Refused)?;
        writing.commit()?;
        self.seen = group.seq;
        self.state = next;
        Ok(group)
    }

    /// A short description of what undo would reverse for `author`, if anything.
    pub fn undo_preview(&self, author: &str) -> Option<String> {
        self.state.undo_target(author).map(|e| e.group.command.clone())
    }
}

/// Applies a stored group, or keeps it aside as a conflict.
fn fold(state: &mut State, conflicts: &mut Vec<Conflict>, group: Group) {
    let group = Arc::new(group);
    if let Err(msg) = state.apply(group.clone()) {
        conflicts.push(Conflict {
            seq: group.seq,
            command: group.command.clone(),
            msg,
            group: group.clone(),
        });
    }
}

/// A message for an open error, for the CLI and the TUI.
pub fn open_error_msg(e: &OpenError) -> Vec<(Option<Problem>, Msg)> {
    match e {
        OpenError::Files(problems) => problems.iter().map(|p| (Some(p.clone()), p.msg.clone())).collect(),
        OpenError::Store(s) => vec![(None, s.to_msg())],
        OpenError::NoRecord(p) => vec![(None, msg!("record-none", path = p.display().to_string()))],
    }
}
