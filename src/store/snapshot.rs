//! Snapshots of the folded state, so that opening a long record folds only
//! the commands stored since the latest one. Engine-independent: an engine
//! only keeps [`Stored`] rows beside its events ([`super::engine::Engine`]);
//! when to take one, how to check it and how to load it is decided here.
//!
//! A snapshot is a cache, never history: it is outside the hash chain, and
//! one that does not match the chain at its position, whose own digest does
//! not match, that cannot be read, that another program version wrote or
//! that was taken with another version of the meeting file is ignored, and
//! the whole record is folded instead. `plenary verify` folds everything and
//! compares each snapshot with the fold at its position.
//!
//! It holds the state before a checkpoint of the log and the commands since
//! (at least [`UNDO_REACH`] of them), not the whole log: reading back tens of
//! thousands of commands is what made opening slow. Undo and the history
//! reach that far; the session reads the rest from the record when asked
//! for more (an older undo, the export of the whole record).

use super::chain::Hash;
use super::engine::Engine;
use crate::domain::meeting::Meeting;
use crate::domain::state::{Core, Earlier};
use crate::domain::{Group, Msg, State};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// A writer stores a snapshot once this many events were stored since the
/// latest one: opening then folds at most this many.
pub const EVERY: i64 = 1000;

/// How many recent commands a snapshot keeps in the log.
pub const UNDO_REACH: usize = 1024;

/// How many snapshots an engine keeps (the latest ones).
pub const KEEP: i64 = 2;

/// The program and layout that wrote a snapshot: any other is ignored,
/// since another version may fold the same events differently. Layout 2:
/// texts keep their earlier versions, and the state its proposals. Layout
/// 3: texts keep their corrigenda. Layout 4: the state keeps its brackets.
pub const PROGRAM: &str = concat!("plenary ", env!("CARGO_PKG_VERSION"), "; snapshot 5");

/// A snapshot as an engine stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The last event folded into it.
    pub seq: i64,
    /// The chain's hash at that event.
    pub hash: Vec<u8>,
    /// [`PROGRAM`] of the program that wrote it.
    pub program: String,
    /// The digest of the meeting (and body) it was folded with.
    pub meeting: Vec<u8>,
    /// The state, as [`Payload`] in JSON.
    pub state: Vec<u8>,
    /// SHA-256 of all the above ([`seal`]).
    pub digest: Vec<u8>,
}

/// What a snapshot holds: the state before the first of `tail`, and the
/// recent commands with whether each was undone.
#[derive(Serialize)]
struct Payload<'a> {
    earlier_entries: usize,
    earlier_last_seq: i64,
    core: &'a Core,
    tail: Vec<TailEntry<'a>>,
}

#[derive(Serialize)]
struct TailEntry<'a> {
    group: &'a Group,
    undone: bool,
}

#[derive(Deserialize)]
struct PayloadRead {
    earlier_entries: usize,
    earlier_last_seq: i64,
    core: Core,
    tail: Vec<TailEntryRead>,
}

#[derive(Deserialize)]
struct TailEntryRead {
    group: Group,
    undone: bool,
}

/// Why a snapshot is not used.
#[derive(Clone, Debug, PartialEq)]
pub enum Unused {
    /// Written by another program (or layout): named.
    Program(String),
    /// Its own digest does not match what it holds.
    Digest,
    /// Its position is not an event of the chain with that hash, or not
    /// the end of a command.
    Chain,
    /// What it holds cannot be read.
    Unreadable(String),
    /// Taken with another version of the meeting or body file.
    Meeting,
    /// Its commands do not apply again to the state it holds.
    Replay(Msg),
}

/// The digest of what the fold reads besides the events: the meeting and
/// its body as loaded.
pub fn meeting_digest(meeting: &Meeting) -> Hash {
    let mut h = Sha256::new();
    // Serialised straight into the digest, not into a copy of the meeting
    // first. Serialisation of a loaded meeting cannot fail; if it did, the
    // digest would only make every snapshot look taken with another meeting.
    let _ = serde_json::to_writer(&mut h, meeting);
    h.finalize().into()
}

/// The digest of a snapshot's parts, each length-prefixed.
fn seal(seq: i64, hash: &[u8], program: &str, meeting: &[u8], state: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update(b"plenary snapshot\n");
    h.update(seq.to_be_bytes());
    for part in [hash, program.as_bytes(), meeting, state] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part);
    }
    h.finalize().into()
}

/// The state's payload as a snapshot holds it; `None` when the state
/// cannot be snapshot (a checkpoint missing).
fn payload(state: &State, undo_reach: usize) -> Option<Vec<u8>> {
    let recent = state.recent(undo_reach)?;
    let payload = Payload {
        earlier_entries: recent.earlier.entries,
        earlier_last_seq: recent.earlier.last_seq,
        core: recent.core,
        tail: recent
            .entries
            .into_iter()
            .map(|e| TailEntry {
                group: &e.group,
                undone: e.undone,
            })
            .collect(),
    };
    serde_json::to_vec(&payload).ok()
}

/// A snapshot of `state`, which is the fold of the record up to the event
/// `seq` whose chain hash is `hash`, with the meeting of digest `meeting`;
/// its log keeps at least `undo_reach` recent commands.
pub fn take(state: &State, seq: i64, hash: &Hash, meeting: &Hash, undo_reach: usize) -> Option<Stored> {
    let state_bytes = payload(state, undo_reach)?;
    Some(Stored::new(seq, hash, PROGRAM, meeting, state_bytes))
}

impl Stored {
    /// A snapshot of these parts, sealed with their digest.
    pub fn new(seq: i64, hash: &[u8], program: &str, meeting: &[u8], state: Vec<u8>) -> Stored {
        let digest = seal(seq, hash, program, meeting, &state);
        Stored {
            seq,
            hash: hash.to_vec(),
            program: program.to_string(),
            meeting: meeting.to_vec(),
            state,
            digest: digest.to_vec(),
        }
    }
}

/// A snapshot found sound against the record, not yet against the meeting.
pub struct Opened {
    /// Its position: the last event, the command it ends, and the chain's hash there.
    pub seq: i64,
    pub grp: i64,
    pub hash: Hash,
    meeting: Vec<u8>,
    payload: PayloadRead,
}

/// Checks a stored snapshot against itself and the chain of `engine`, and
/// reads it.
pub fn open(engine: &dyn Engine, stored: &Stored) -> Result<Opened, Unused> {
    if stored.program != PROGRAM {
        return Err(Unused::Program(stored.program.clone()));
    }
    // The seal is made on a thread of its own while the state is parsed:
    // both read the whole state, and opening waits for this. The state is
    // used only once the seal matches; parsing damaged bytes only fails.
    let (sealed, parsed) = std::thread::scope(|scope| {
        let sealed = scope.spawn(|| {
            seal(
                stored.seq,
                &stored.hash,
                &stored.program,
                &stored.meeting,
                &stored.state,
            )
        });
        let parsed = parse(&stored.state);
        (sealed.join(), parsed)
    });
    let sealed = sealed.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    if stored.digest != sealed {
        return Err(Unused::Digest);
    }
    let hash: Hash = stored.hash.as_slice().try_into().map_err(|_| Unused::Chain)?;
    let grp = at_command_end(engine, stored.seq, &hash).ok_or(Unused::Chain)?;
    Ok(Opened {
        seq: stored.seq,
        grp,
        hash,
        meeting: stored.meeting.clone(),
        payload: parsed?,
    })
}

/// What a snapshot's state holds. Checked as UTF-8 once, then parsed as
/// text: serde_json checks each string of a byte slice on its own, which
/// made reading take twice as long.
fn parse(state: &[u8]) -> Result<PayloadRead, Unused> {
    let text = std::str::from_utf8(state).map_err(|e| Unused::Unreadable(e.to_string()))?;
    serde_json::from_str(text).map_err(|e| Unused::Unreadable(e.to_string()))
}

/// The command of event `seq` if the record stores `hash` with that event
/// and the next event, if any, starts another command.
fn at_command_end(engine: &dyn Engine, seq: i64, hash: &Hash) -> Option<i64> {
    let (grp, stored) = engine.event_link(seq).ok()??;
    if stored != hash {
        return None;
    }
    match engine.event_link(seq + 1).ok()? {
        Some((next, _)) if next != seq + 1 => None,
        _ => Some(grp),
    }
}

impl Opened {
    /// The state it holds, if it was taken with this meeting; its recent
    /// commands are applied again to the state before them.
    pub fn state(self, meeting: Arc<Meeting>, digest: &Hash) -> Result<State, Unused> {
        if self.meeting != digest {
            return Err(Unused::Meeting);
        }
        let PayloadRead {
            earlier_entries,
            earlier_last_seq,
            mut core,
            tail,
        } = self.payload;
        core.reindex();
        let earlier = Earlier {
            entries: earlier_entries,
            last_seq: earlier_last_seq,
        };
        let entries = tail.into_iter().map(|e| (Arc::new(e.group), e.undone));
        State::resume(meeting, earlier, core, entries).map_err(Unused::Replay)
    }
}

/// The latest snapshot of `engine` that is sound against the record, if
/// any; nothing else is said of one that is not (it is only a cache).
pub fn latest(engine: &dyn Engine) -> Option<Opened> {
    let stored = engine.latest_snapshot().ok()??;
    open(engine, &stored).ok()
}

/// What `verify` finds of a stored snapshot.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// It is what the fold of the record gives at its position.
    Agrees,
    /// Not used, harmlessly: another program, or another meeting file.
    Unused(Unused),
    /// Damaged, or not what the fold gives: never used, but it means the
    /// record's file was changed by something other than this program.
    Bad(Unused),
    /// Sound, and not what the fold of the whole record gives there.
    Disagrees,
}

impl Finding {
    pub fn is_bad(&self) -> bool {
        matches!(self, Finding::Bad(_) | Finding::Disagrees)
    }
}

/// Whether `stored` is the payload `state` gives, with the recent part of
/// the log starting where the stored one does (the writer chose how far
/// back undo reaches).
fn same_state(state: &State, stored: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Start {
        earlier_entries: usize,
    }
    let Ok(Start { earlier_entries }) = serde_json::from_slice::<Start>(stored) else {
        return false;
    };
    let Some(kept) = state.log.len().checked_sub(earlier_entries) else {
        return false;
    };
    // The reach that starts the recent part at `earlier_entries` exactly.
    payload(state, kept).is_some_and(|p| p == stored)
}

/// What [`verify`] finds: each snapshot's finding by position, and the fold
/// of every event (the state, and the commands that no longer apply).
pub struct Verified {
    pub findings: Vec<(i64, Finding)>,
    pub state: State,
    pub left_out: Vec<(Arc<Group>, Msg)>,
}

/// Judges each stored snapshot of `engine` against the fold of the whole
/// record, read again from its first event; returns the findings, by
/// position, and the whole fold (the state and the commands that no longer
/// apply), which the caller keeps.
pub fn verify(engine: &mut dyn Engine, meeting: Arc<Meeting>) -> Result<Verified, super::StoreError> {
    let digest = meeting_digest(&meeting);
    let mut pending: Vec<(i64, Vec<u8>)> = Vec::new();
    let mut findings: Vec<(i64, Finding)> = Vec::new();
    // A record's damage is reported; a reader that may not see the
    // snapshots (a role without rights on them) checks the events alone.
    let stored_snapshots = match engine.snapshots() {
        Ok(all) => all,
        Err(e) if e.is_bad_input() => return Err(e),
        Err(_) => Vec::new(),
    };
    for stored in stored_snapshots {
        let seq = stored.seq;
        match open(engine, &stored) {
            Ok(opened) if opened.meeting != digest => findings.push((seq, Finding::Unused(Unused::Meeting))),
            Ok(_) => pending.push((seq, stored.state)),
            Err(why @ Unused::Program(_)) => findings.push((seq, Finding::Unused(why))),
            Err(why) => findings.push((seq, Finding::Bad(why))),
        }
    }
    engine.read_from(None);
    let mut state = State::new(meeting);
    let mut left_out: Vec<(Arc<Group>, Msg)> = Vec::new();
    engine.each_new(&mut |group| {
        let end = group.seq + group.events.len() as i64 - 1;
        let group = Arc::new(group);
        if let Err(msg) = state.apply(group.clone()) {
            left_out.push((group, msg));
        }
        if let Some(i) = pending.iter().position(|(seq, _)| *seq == end) {
            let (seq, stored) = pending.swap_remove(i);
            let agrees = left_out.is_empty() && same_state(&state, &stored);
            findings.push((seq, if agrees { Finding::Agrees } else { Finding::Disagrees }));
        }
        true
    })?;
    // A sound snapshot past the end of what was read.
    findings.extend(pending.into_iter().map(|(seq, _)| (seq, Finding::Disagrees)));
    findings.sort_by_key(|(seq, _)| *seq);
    Ok(Verified {
        findings,
        state,
        left_out,
    })
}
