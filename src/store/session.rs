//! A session: the meeting file, its record, and the state folded from both.
//! Several processes may hold one session; each catches up with the others'
//! events before it writes, and when asked to refresh.

use super::record::{Record, StoreError};
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
}

pub struct Session {
    pub state: State,
    pub meeting_path: PathBuf,
    pub conflicts: Vec<Conflict>,
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

impl Session {
    pub fn open(path: &Path) -> Result<Session, OpenError> {
        let (meeting_path, record_path) = resolve(path);
        if path.extension().is_some_and(|e| e == RECORD_EXTENSION) && !record_path.exists() {
            return Err(OpenError::NoRecord(record_path));
        }
        let name = meeting_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // A record already there is read on a second thread while this one
        // reads the files and then folds what arrives: on a long session the
        // three take about as long each. (A new record, or an empty file, is
        // only made a record once the files are found good.)
        let (batches, arrive) = mpsc::sync_channel::<Vec<Group>>(BATCHES_IN_FLIGHT);
        std::thread::scope(|scope| {
            let reader = record_path.exists().then(|| {
                let (record_path, name) = (&record_path, &name);
                scope.spawn(move || -> Result<Option<Record>, StoreError> {
                    // A file that is not a record yet is left for after the files are checked.
                    let Some(record) = Record::open_existing(record_path, name)? else {
                        return Ok(None);
                    };
                    let mut batch = Vec::with_capacity(BATCH);
                    record.each_after(0, |group| {
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
                Ok(meeting) => meeting,
                Err(problems) => {
                    drop(arrive);
                    if let Some(reader) = reader {
                        let _ = reader.join();
                    }
                    return Err(OpenError::Files(problems));
                }
            };
            let mut state = State::new(Arc::new(meeting));
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
            let record = match existing.map_err(OpenError::Store)? {
                Some(record) => record,
                None => Record::open(&record_path, &name).map_err(OpenError::Store)?,
            };
            Ok(Session {
                state,
                meeting_path: meeting_path.clone(),
                conflicts,
                record,
                seen,
            })
        })
    }

    pub fn record_path(&self) -> &Path {
        self.record.path()
    }

    /// Reads what others have recorded since; returns how many commands arrived.
    pub fn refresh(&mut self) -> Result<usize, StoreError> {
        let groups = self.record.read_after(self.seen)?;
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
        let writing = self.record.begin()?;
        for g in writing.read_after(self.seen)? {
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

    /// Records several commands in one transaction, each planned against the
    /// state the ones before it leave: all are durable, or none is and the
    /// error names the position of the command refused.
    pub fn execute_all(&mut self, batch: &[(Command, String, At)]) -> Result<Vec<Arc<Group>>, (usize, ExecError)> {
        let writing = self.record.begin().map_err(|e| (0, e.into()))?;
        for g in writing.read_after(self.seen).map_err(|e| (0, e.into()))? {
            self.seen = g.seq;
            fold(&mut self.state, &mut self.conflicts, g);
        }
        let mut next = self.state.clone();
        let mut groups = Vec::with_capacity(batch.len());
        for (i, (command, author, at)) in batch.iter().enumerate() {
            let events = commands::plan(&next, command, author).map_err(|m| (i, ExecError::Refused(m)))?;
            let group = Arc::new(
                writing
                    .append(*at, author, &command.to_string(), events)
                    .map_err(|e| (i, e.into()))?,
            );
            next.apply(group.clone()).map_err(|m| (i, ExecError::Refused(m)))?;
            groups.push(group);
        }
        writing.commit().map_err(|e| (batch.len(), e.into()))?;
        if let Some(last) = groups.last() {
            self.seen = last.seq;
        }
        self.state = next;
        Ok(groups)
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
        });
    }
}

/// A message for an open error, for the CLI and the TUI.
pub fn open_error_msg(e: &OpenError) -> Vec<(Option<Problem>, Msg)> {
    match e {
        OpenError::Files(problems) => problems.iter().map(|p| (Some(p.clone()), p.msg.clone())).collect(),
        OpenError::Store(s) => vec![(None, s.to_msg())],
        OpenError::NoRecord(p) => vec![(None, msg!("store-no-record", path = p.display().to_string()))],
    }
}
