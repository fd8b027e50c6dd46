//! `plenary verify SESSION`: the record belongs to the meeting, its hash
//! chain holds from the first event to the last, none is missing, and each
//! can be read; then it folds them all and compares each snapshot of the
//! record with the fold at its position. Exit 0, or 2 naming the first bad
//! event or a snapshot that is damaged or disagrees.

use super::{EXIT_BAD_INPUT, emit, open_failed, report, store_failed};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::visible;
use crate::store::chain::to_hex;
use crate::store::record::{Problem, break_msg};
use crate::store::snapshot::{Finding, Unused};
use crate::store::{Session, identity};
use std::path::Path;

pub fn run(l: &Localizer, path: &Path) -> u8 {
    let mut session = match Session::open_read(path) {
        Ok(s) => s,
        Err(e) => return open_failed(l, &e),
    };
    let shown = session.record().path().display().to_string();
    if let Some(code) = engine_check(l, &session, &shown) {
        return code;
    }
    let problem = session.record().verify();
    match problem {
        Ok(None) => verify_snapshots(l, &mut session, shown),
        Ok(Some(Problem::Break(at))) => {
            report(l, &break_msg(session.record().path(), &at));
            EXIT_BAD_INPUT
        }
        Ok(Some(Problem::Unreadable { seq, detail })) => {
            report(
                l,
                &msg!("record-verify-unreadable", path = shown, seq = seq, detail = detail),
            );
            EXIT_BAD_INPUT
        }
        Ok(Some(Problem::Unchained)) => {
            report(l, &msg!("record-verify-unchained", path = shown));
            EXIT_BAD_INPUT
        }
        Err(e) => store_failed(l, &e),
    }
}

/// The engine's own check of the record's storage ([`Engine::integrity`]):
/// what it finds is reported, exit 2, before the chain is walked (a
/// damaged index leaves the events readable and the next write failing).
/// `None`: nothing found.
///
/// [`Engine::integrity`]: crate::store::Engine::integrity
fn engine_check(l: &Localizer, session: &Session, shown: &str) -> Option<u8> {
    /// SQLite lists up to a hundred problems: the first few say enough.
    const SHOWN: usize = 5;
    let found = match session.record().integrity() {
        Ok(found) => found,
        Err(e) => return Some(store_failed(l, &e)),
    };
    if found.is_empty() {
        return None;
    }
    let mut detail = found.iter().take(SHOWN).cloned().collect::<Vec<_>>().join("; ");
    if found.len() > SHOWN {
        detail.push_str(&format!("; … (+{})", found.len() - SHOWN));
    }
    report(
        l,
        &msg!(
            "record-integrity",
            path = shown.to_string(),
            count = found.len(),
            detail = detail
        ),
    );
    Some(EXIT_BAD_INPUT)
}

/// The events are whole: folds them all and compares each stored snapshot
/// with the fold at its position. A snapshot that is damaged or disagrees
/// is never used, but it means something else changed the file: exit 2.
fn verify_snapshots(l: &Localizer, session: &mut Session, shown: String) -> u8 {
    let findings = match session.verify_snapshots() {
        Ok(f) => f,
        Err(e) => return store_failed(l, &e),
    };
    let mut bad = false;
    let mut notes = Vec::new();
    for (seq, finding) in findings {
        let path = shown.clone();
        match finding {
            Finding::Agrees => {}
            Finding::Unused(Unused::Program(program)) => notes.push(msg!(
                "snapshot-unused-program",
                path = path,
                seq = seq,
                program = program
            )),
            Finding::Unused(_) => notes.push(msg!("snapshot-unused-meeting", path = path, seq = seq)),
            Finding::Bad(Unused::Unreadable(detail)) => {
                bad = true;
                report(
                    l,
                    &msg!("snapshot-bad-unreadable", path = path, seq = seq, detail = detail),
                );
            }
            Finding::Bad(Unused::Chain) => {
                bad = true;
                report(l, &msg!("snapshot-bad-chain", path = path, seq = seq));
            }
            Finding::Bad(_) => {
                bad = true;
                report(l, &msg!("snapshot-bad-digest", path = path, seq = seq));
            }
            Finding::Disagrees => {
                bad = true;
                report(l, &msg!("snapshot-disagrees", path = path, seq = seq));
            }
        }
    }
    if bad {
        report(l, &msg!("snapshot-bad-advice", path = shown));
        return EXIT_BAD_INPUT;
    }
    let (events, head) = session.record().head();
    let line = l.format(&msg!(
        "record-verify-ok",
        path = shown,
        events = events,
        meeting = identity::of(&session.state.meeting),
        head = head.map(|h| to_hex(&h)).unwrap_or_default()
    ));
    let mut out = format!("{}\n", visible(&line));
    for note in notes {
        out.push_str(&format!("{}\n", visible(&l.format(&note))));
    }
    emit(l, None, &out)
}
