//! A session: the meeting file, its record, and the state folded from both.
//! Several processes may hold one session; each catches up with the others'
//! events before it writes, and when asked to refresh.

use super::engine::{Engine, Listener};
use super::identity;
use super::location::Place;
use super::postgres::{self, PgRecord};
use super::record::{Record, StoreError, break_msg};
use super::snapshot::{self, Finding};
use crate::commands::{self, Command};
use crate::domain::state::At;
use crate::domain::{Group, Msg, State, limits};
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
    /// The record's location is not a file nor a PostgreSQL URL.
    BadLocation(super::location::Refused),
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
    record: Box<dyn Engine>,
    /// The last group read from the record, applied or not.
    seen: i64,
    access: Access,
    /// The last event of the latest snapshot this session loaded or stored.
    snapshot_at: i64,
    /// The last event at which this session tried to store one and could
    /// not: it tries again only as many events later.
    snapshot_tried: i64,
    /// How many events a writer lets pass before it stores the next snapshot.
    snapshot_every: i64,
    /// How many recent commands a snapshot keeps in the log.
    undo_reach: usize,
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
        let (meeting_path, mut record_path) = resolve(path);
        match super::location::record_place(path, &meeting_path) {
            Ok(None) => {}
            Ok(Some(Place::Database(url))) => return Session::open_database(meeting_path, &url, access),
            Ok(Some(Place::File(named))) => record_path = named,
            Err(refused) => {
                // The meeting file's own problems come first.
                files::load(&meeting_path).map_err(OpenError::Files)?;
                return Err(OpenError::BadLocation(refused));
            }
        }
        if path.extension().is_some_and(|e| e == RECORD_EXTENSION) && !record_path.exists() {
            return Err(OpenError::NoRecord(record_path));
        }
        // A record without a log is read as an immutable file, which writes
        // nothing beside it; but a writer that starts and folds its log into
        // the file meanwhile can tear what is read (file times are too
        // coarse to tell). So a refusal is only believed when a second
        // reading, a moment later, refuses it in the same words.
        let mut refused: Option<String> = None;
        let mut readings = 0;
        let mut use_snapshot = true;
        let (read, warnings) = loop {
            readings += 1;
            let outcome = read_existing(&meeting_path, &record_path, use_snapshot).and_then(|read| match read {
                Some(read) => judge(&read, access, &record_path).map(|w| Some((read, w))),
                None => Ok(None),
            });
            match outcome {
                Ok(Some(done)) => break done,
                // The snapshot was taken with another meeting file, or what
                // follows it does not fold on what it kept: fold it all.
                Ok(None) => use_snapshot = false,
                Err(OpenError::Store(e)) => {
                    let words = e.to_string();
                    if refused.as_ref() == Some(&words) || readings == 10 {
                        return Err(OpenError::Store(e));
                    }
                    refused = Some(words);
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(e) => return Err(e),
            }
        };
        let Read {
            meeting,
            state,
            conflicts,
            seen,
            existing,
            snapshot_at,
        } = read;
        let record = match (access, existing) {
            (Access::Read, Some(record)) => record,
            (Access::Read, None) => return Err(OpenError::NoRecord(record_path)),
            (Access::Write, existing) => {
                let mut record = Record::open(&record_path, &identity::of(&meeting)).map_err(OpenError::Store)?;
                match existing {
                    // Carry on from where the reader stopped (the chain is the same).
                    Some(read) if read.version() == record.version() => record.continue_from(&read),
                    // Just upgraded, or new: read it all again.
                    _ => {
                        let mut session =
                            Session::with(State::new(meeting.clone()), meeting_path, Box::new(record), access, 0);
                        session.warnings = warnings;
                        session.refresh().map_err(OpenError::Store)?;
                        session.maybe_snapshot();
                        return Ok(session);
                    }
                }
                record
            }
        };
        let mut session = Session::with(state, meeting_path, Box::new(record), access, snapshot_at);
        session.conflicts = conflicts;
        session.warnings = warnings;
        session.seen = seen;
        if access == Access::Write {
            // What others recorded between the read and the write open.
            session.refresh().map_err(OpenError::Store)?;
            session.maybe_snapshot();
        }
        Ok(session)
    }

    /// Opens a session of the meeting named by `path` whose record is at
    /// `url` (a PostgreSQL URL), whatever the environment says.
    pub fn open_in(path: &Path, url: &str, access: Access) -> Result<Session, OpenError> {
        Session::open_database(resolve(path).0, url, access)
    }

    /// Opens a session whose record is in PostgreSQL at `url`.
    fn open_database(meeting_path: PathBuf, url: &str, access: Access) -> Result<Session, OpenError> {
        // The meeting file first: its own problems come before what is said
        // of the location, wherever that came from (`--record`,
        // `PLENARY_RECORD`, or `record = "…"` read from the file's root table
        // alone by `location::record_place`, which a broken file can mislead).
        let meeting = Arc::new(files::load(&meeting_path).map_err(OpenError::Files)?);
        if let Err(why) = super::location::judge(url, Path::new("."), false) {
            return Err(OpenError::BadLocation(super::location::Refused {
                given: super::location::Given::Option,
                value: postgres::redact(url),
                why,
            }));
        }
        let expected = identity::of(&meeting);
        let record = match access {
            Access::Write => PgRecord::open(url, &expected),
            Access::Read => match PgRecord::open_read(url) {
                Ok(Some(r)) => Ok(r),
                Ok(None) => return Err(OpenError::NoRecord(PathBuf::from(postgres::redact(url)))),
                Err(e) => Err(e),
            },
        }
        .map_err(OpenError::Store)?;
        record.check_identity(&expected).map_err(OpenError::Store)?;
        let mut record: Box<dyn Engine> = Box::new(record);
        let (state, snapshot_at) = match snapshot::latest(&*record) {
            Some(found) => {
                let at = (found.seq, found.grp, found.hash);
                match found.state(meeting.clone(), &snapshot::meeting_digest(&meeting)) {
                    Ok(state) => {
                        record.read_from(Some(at));
                        (state, at.0)
                    }
                    Err(_) => (State::new(meeting), 0),
                }
            }
            None => (State::new(meeting), 0),
        };
        let mut session = Session::with(state, meeting_path, record, access, snapshot_at);
        session.refresh().map_err(OpenError::Store)?;
        if access == Access::Write {
            session.maybe_snapshot();
        }
        session.warn_if_broken();
        Ok(session)
    }

    /// A session of `state` (read up to its last event) over `record`,
    /// loaded from the snapshot at `snapshot_at` (0: none), with nothing
    /// set aside and nothing to warn of yet.
    fn with(state: State, meeting_path: PathBuf, record: Box<dyn Engine>, access: Access, snapshot_at: i64) -> Session {
        Session {
            seen: state.last_seq(),
            state,
            meeting_path,
            conflicts: Vec::new(),
            warnings: Vec::new(),
            record,
            access,
            snapshot_at,
            snapshot_tried: 0,
            snapshot_every: snapshot::EVERY,
            undo_reach: snapshot::UNDO_REACH,
        }
    }

    /// The record under the session.
    pub fn record(&self) -> &dyn Engine {
        &*self.record
    }

    /// A way to wait for other processes' commits, where the engine has one.
    pub fn listener(&self) -> Option<Listener> {
        self.record.listener()
    }

    pub fn record_path(&self) -> &Path {
        self.record.path()
    }

    /// Reads what others have recorded since; returns how many commands arrived.
    pub fn refresh(&mut self) -> Result<usize, StoreError> {
        let groups = self.record.read_new()?;
        let new = groups.iter().filter(|g| g.seq > self.seen).count();
        if fold_arrived(&mut self.state, &mut self.conflicts, &mut self.seen, groups) {
            self.complete()?;
        }
        Ok(new)
    }

    /// Records one command, durably, or refuses it and records nothing.
    /// Every entry point comes here or to [`Session::execute_all`], where the
    /// limits on what a command carries are checked, once
    /// ([`limits::check_command`]).
    pub fn execute(&mut self, command: &Command, author: &str, at: At) -> Result<Arc<Group>, ExecError> {
        if matches!(command, Command::Undo) {
            self.reach_undo_target(author)?;
        }
        let mut writing = self.record.begin()?;
        if fold_arrived(
            &mut self.state,
            &mut self.conflicts,
            &mut self.seen,
            writing.read_new()?,
        ) {
            // Nothing is written yet: let the write go, read the whole
            // record, and begin again.
            drop(writing);
            self.complete()?;
            writing = self.record.begin()?;
            fold_arrived(
                &mut self.state,
                &mut self.conflicts,
                &mut self.seen,
                writing.read_new()?,
            );
        }
        let events = commands::plan(&self.state, command, author).map_err(ExecError::Refused)?;
        limits::check_command(author, &events).map_err(ExecError::Refused)?;
        let group = Arc::new(writing.append(at, author, &command.to_string(), events)?);
        let mut next = self.state.clone();
        next.apply(group.clone()).map_err(ExecError::Refused)?;
        writing.commit()?;
        self.seen = group.seq;
        self.state = next;
        self.maybe_snapshot();
        Ok(group)
    }

    /// Records several commands in one transaction, each planned against the
    /// state the ones before it leave: all are durable, or none is and the
    /// error names the position of the command refused.
    pub fn execute_all(&mut self, batch: &[(Command, String, At)]) -> Result<Vec<Arc<Group>>, (usize, ExecError)> {
        if let Some((i, (_, author, _))) = batch
            .iter()
            .enumerate()
            .find(|(_, (c, _, _))| matches!(c, Command::Undo))
        {
            self.reach_undo_target(author).map_err(|e| (i, e.into()))?;
        }
        let mut writing = self.record.begin().map_err(|e| (0, e.into()))?;
        let arrived = writing.read_new().map_err(|e| (0, e.into()))?;
        if fold_arrived(&mut self.state, &mut self.conflicts, &mut self.seen, arrived) {
            // Nothing is written yet: let the write go, read the whole
            // record, and begin again.
            drop(writing);
            self.complete().map_err(|e| (0, e.into()))?;
            writing = self.record.begin().map_err(|e| (0, e.into()))?;
            let arrived = writing.read_new().map_err(|e| (0, e.into()))?;
            fold_arrived(&mut self.state, &mut self.conflicts, &mut self.seen, arrived);
        }
        let mut next = self.state.clone();
        let mut groups = Vec::with_capacity(batch.len());
        for (i, (command, author, at)) in batch.iter().enumerate() {
            let events = commands::plan(&next, command, author).map_err(|m| (i, ExecError::Refused(m)))?;
            limits::check_command(author, &events).map_err(|m| (i, ExecError::Refused(m)))?;
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
        self.maybe_snapshot();
        Ok(groups)
    }

    /// A short description of what undo would reverse for `author`, if anything.
    pub fn undo_preview(&mut self, author: &str) -> Option<String> {
        self.reach_undo_target(author).ok()?;
        self.state.undo_target(author).map(|e| e.group.command.clone())
    }

    /// Reads the whole log from the record if `author`'s last command is
    /// not in the recent part a snapshot kept.
    fn reach_undo_target(&mut self, author: &str) -> Result<(), StoreError> {
        if self.state.has_whole_log() || self.state.undo_target(author).is_some() {
            return Ok(());
        }
        self.complete()
    }

    /// Makes the state's log whole, reading the record again from its
    /// first event, if it was loaded from a snapshot (which keeps only the
    /// recent commands): for what needs every command, such as the export
    /// of the whole record or an undo reaching further back.
    pub fn complete(&mut self) -> Result<(), StoreError> {
        if self.state.has_whole_log() {
            return Ok(());
        }
        self.record.read_from(None);
        let mut state = State::new(self.state.meeting.clone());
        let mut conflicts = Vec::new();
        let mut seen = 0;
        // On an error the record's position stays where reading stopped;
        // `seen` keeps what the state already holds from being applied twice.
        self.record.each_new(&mut |g| {
            seen = g.seq;
            fold(&mut state, &mut conflicts, g);
            true
        })?;
        self.state = state;
        self.conflicts = conflicts;
        self.seen = self.seen.max(seen);
        self.warn_if_broken();
        Ok(())
    }

    fn warn_if_broken(&mut self) {
        if let Some(at) = self.record.broken() {
            let path = self.record.path().to_path_buf();
            let warning = break_msg(&path, at);
            if !self.warnings.contains(&warning) {
                self.warnings.push(warning);
                self.warnings
                    .push(msg!("record-rescue", path = path.display().to_string()));
            }
        }
    }

    /// How many events a writer lets pass before it stores the next
    /// snapshot, and how many recent commands a snapshot keeps in the log
    /// (tests make both small).
    pub fn set_snapshots(&mut self, every: i64, undo_reach: usize) {
        self.snapshot_every = every.max(1);
        self.undo_reach = undo_reach;
    }

    /// The last event of the latest snapshot this session loaded or
    /// stored (0: none), for tests and benchmarks.
    pub fn snapshot_at(&self) -> i64 {
        self.snapshot_at
    }

    /// Stores a snapshot when enough events have passed since the last.
    /// A snapshot is a cache: failing to store one costs only speed, and
    /// the command that led here is already durable.
    fn maybe_snapshot(&mut self) {
        let (head, _) = self.record.head();
        if head - self.snapshot_at.max(self.snapshot_tried) >= self.snapshot_every
            && !matches!(self.store_snapshot(), Ok(true))
        {
            self.snapshot_tried = head;
        }
    }

    /// Stores a snapshot of the state now (a writer only); false when none
    /// can be taken: a reader, a record without a chain, commands that no
    /// longer apply (kept aside, not in the state), or a state that is not
    /// yet the fold of the record up to its last event read.
    pub fn store_snapshot(&mut self) -> Result<bool, StoreError> {
        let (seq, Some(hash)) = self.record.head() else {
            return Ok(false);
        };
        let state_ends_at = self
            .state
            .log
            .last()
            .map_or(0, |e| e.group.seq + e.group.events.len() as i64 - 1);
        if self.access != Access::Write
            || seq == 0
            || !self.conflicts.is_empty()
            || self.record.broken().is_some()
            || state_ends_at != seq
        {
            return Ok(false);
        }
        let digest = snapshot::meeting_digest(&self.state.meeting);
        let Some(stored) = snapshot::take(&self.state, seq, &hash, &digest, self.undo_reach) else {
            return Ok(false);
        };
        self.record.store_snapshot(&stored)?;
        self.snapshot_at = seq;
        Ok(true)
    }

    /// Folds the whole record again from its first event and compares each
    /// stored snapshot with the fold at its position (`plenary verify`);
    /// the session keeps the whole fold.
    pub fn verify_snapshots(&mut self) -> Result<Vec<(i64, Finding)>, StoreError> {
        let snapshot::Verified {
            findings,
            state,
            left_out,
        } = snapshot::verify(&mut *self.record, self.state.meeting.clone())?;
        self.seen = left_out
            .iter()
            .map(|(g, _)| g.seq)
            .chain([state.last_seq()])
            .max()
            .unwrap_or(0);
        self.state = state;
        self.conflicts = left_out
            .into_iter()
            .map(|(group, msg)| Conflict {
                seq: group.seq,
                command: group.command.clone(),
                msg,
                group,
            })
            .collect();
        self.warn_if_broken();
        Ok(findings)
    }
}

/// The meeting, and the record as read so far (if there is one).
struct Read {
    meeting: Arc<crate::domain::meeting::Meeting>,
    state: State,
    conflicts: Vec<Conflict>,
    seen: i64,
    existing: Option<Record>,
    /// The last event of the snapshot the state was loaded from (0: none).
    snapshot_at: i64,
}

/// Reads the meeting and, on a second thread, the record already there
/// (read-only), folding what arrives: on a long session the three take
/// about as long each. With `use_snapshot`, the fold starts from the
/// record's latest sound snapshot and reads only the events after it;
/// `None` when that snapshot was taken with another meeting file, or when
/// a command after it is refused on what it kept (read again without).
/// Nothing is written.
fn read_existing(meeting_path: &Path, record_path: &Path, use_snapshot: bool) -> Result<Option<Read>, OpenError> {
    let (batches, arrive) = mpsc::sync_channel::<Vec<Group>>(BATCHES_IN_FLIGHT);
    let (found, found_arrives) = mpsc::sync_channel::<snapshot::Opened>(1);
    std::thread::scope(|scope| {
        let reader = record_path.exists().then(|| {
            scope.spawn(move || -> Result<Option<Record>, StoreError> {
                let Some(mut record) = Record::open_read(record_path)? else {
                    return Ok(None);
                };
                if let Some(opened) = use_snapshot.then(|| snapshot::latest(&record)).flatten() {
                    record.read_from(Some((opened.seq, opened.grp, opened.hash)));
                    let _ = found.send(opened);
                }
                drop(found);
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
        let meeting = match files::load(meeting_path) {
            Ok(meeting) => Arc::new(meeting),
            Err(problems) => {
                drop(arrive);
                drop(found_arrives);
                if let Some(reader) = reader {
                    let _ = reader.join();
                }
                return Err(OpenError::Files(problems));
            }
        };
        // The meeting's digest, made while the reader is still reading
        // the snapshot it is compared with.
        let digest = reader
            .as_ref()
            .filter(|_| use_snapshot)
            .map(|_| snapshot::meeting_digest(&meeting));
        let (mut state, snapshot_at) = match digest.and_then(|d| Some((found_arrives.recv().ok()?, d))) {
            Some((opened, digest)) => {
                let at = opened.seq;
                match opened.state(meeting.clone(), &digest) {
                    Ok(state) => (state, at),
                    Err(_) => {
                        drop(arrive);
                        if let Some(reader) = reader {
                            let _ = reader.join();
                        }
                        return Ok(None);
                    }
                }
            }
            None => (State::new(meeting.clone()), 0),
        };
        let mut conflicts = Vec::new();
        let mut seen = state.last_seq();
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
        let existing = existing.map_err(OpenError::Store)?;
        if !conflicts.is_empty() && !state.has_whole_log() {
            // A command refused after the snapshot may only undo one older
            // than what the snapshot kept: read it all again without it.
            return Ok(None);
        }
        Ok(Some(Read {
            meeting,
            state,
            conflicts,
            seen,
            existing,
            snapshot_at,
        }))
    })
}

/// Whether what was read may be used: the record of another meeting is
/// refused; a broken one is refused for writing and read with warnings.
fn judge(read: &Read, access: Access, record_path: &Path) -> Result<Vec<Msg>, OpenError> {
    let mut warnings = Vec::new();
    if let Some(found) = &read.existing {
        found
            .check_identity(&identity::of(&read.meeting))
            .map_err(OpenError::Store)?;
        if let Some(at) = found.broken() {
            if access == Access::Write {
                return Err(OpenError::Store(StoreError::Broken {
                    path: record_path.to_path_buf(),
                    at: at.clone(),
                }));
            }
            warnings.push(break_msg(record_path, at));
            warnings.push(msg!("record-rescue", path = record_path.display().to_string()));
        }
        if found.version() < 2 && access == Access::Read {
            warnings.push(msg!("record-unchained", path = record_path.display().to_string()));
        }
    }
    Ok(warnings)
}

/// Folds the groups others stored since `seen`, unless already folded (a
/// write refused after reading what others stored leaves the record's
/// position behind the state). True when one was refused while the state
/// holds only the recent commands a snapshot kept: the refusal may only
/// mean that it undoes an older one, and the caller reads the whole record
/// again ([`Session::complete`]).
fn fold_arrived(state: &mut State, conflicts: &mut Vec<Conflict>, seen: &mut i64, groups: Vec<Group>) -> bool {
    let before = conflicts.len();
    for g in groups {
        if g.seq > *seen {
            *seen = g.seq;
            fold(state, conflicts, g);
        }
    }
    conflicts.len() > before && !state.has_whole_log()
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
        OpenError::BadLocation(refused) => vec![refused.to_report()],
    }
}
