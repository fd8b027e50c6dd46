//! `plenary verify SESSION`: the record belongs to the meeting, its hash
//! chain holds from the first event to the last, none is missing, and each
//! can be read; then it folds them all and compares each snapshot of the
//! record with the fold at its position. With `--head EVENTS:HEAD` (the
//! head printed on a document), it also checks that the record still holds
//! that head as the prefix of its history. Exit 0, or 2 naming the first
//! bad event, a snapshot that is damaged or disagrees, or the head it no
//! longer holds.

use super::{EXIT_BAD_INPUT, EXIT_OK, emit, open_failed, report, store_failed};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::record_head::PRINTED_DIGITS;
use crate::render::visible;
use crate::store::chain::to_hex;
use crate::store::record::{Problem, break_msg};
use crate::store::snapshot::{Finding, Unused};
use crate::store::{Session, identity};
use std::path::Path;

pub fn run(l: &Localizer, path: &Path, head: Option<&str>) -> u8 {
    // A head that cannot be read is told before the record is opened.
    let head = match head.map(|given| parse_head(given).ok_or(given)).transpose() {
        Ok(head) => head,
        Err(given) => {
            report(l, &msg!("anchor-head-bad", given = visible(given).into_owned()));
            return EXIT_BAD_INPUT;
        }
    };
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
        Ok(None) => match verify_snapshots(l, &mut session, shown.clone()) {
            EXIT_OK => match head {
                Some(head) => verify_head(l, &session, &shown, &head),
                None => EXIT_OK,
            },
            code => code,
        },
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

/// A head given to `--head`: the event and the first hexadecimal digits of
/// the chain's hash there.
#[derive(Clone, Debug, PartialEq, Eq)]
struct GivenHead {
    seq: i64,
    /// Lower-case hexadecimal digits, at least [`PRINTED_DIGITS`], at most the whole hash.
    digits: String,
}

/// Reads `EVENTS:HEAD` as a human copies it from a document: the number of
/// events grouped the way the document's language groups digits (1,234 ·
/// 1 234 · 1.234), the digits in either case, an ellipsis after them
/// tolerated. `None` when it is not that.
fn parse_head(given: &str) -> Option<GivenHead> {
    let (events, digits) = given.trim().split_once(':')?;
    let grouping = |c: char| matches!(c, ',' | '.' | ' ' | '\'' | '’' | '_' | '\u{a0}' | '\u{202f}');
    let events: String = events.chars().filter(|&c| !grouping(c)).collect();
    if events.is_empty() || !events.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let seq: i64 = events.parse().ok().filter(|&n| n > 0)?;
    let digits = digits.trim().trim_end_matches(['…', '.']).to_ascii_lowercase();
    let hex = digits.bytes().all(|b| b.is_ascii_hexdigit());
    (hex && (PRINTED_DIGITS..=64).contains(&digits.len())).then_some(GivenHead { seq, digits })
}

/// The record is whole: checks that it still holds `head`, the event and
/// the chain's hash there printed on a document. A record cut short has
/// fewer events; one swapped for another record of the same meeting, or
/// rewritten and rechained, has another hash at that event. Only a head
/// kept outside the file can tell.
fn verify_head(l: &Localizer, session: &Session, shown: &str, head: &GivenHead) -> u8 {
    let (events, _) = session.record().head();
    if events < head.seq {
        report(
            l,
            &msg!("anchor-head-short", path = shown, events = events, expected = head.seq),
        );
        return EXIT_BAD_INPUT;
    }
    match session.record().event_link(head.seq) {
        Ok(Some((_, stored))) if to_hex(&stored).starts_with(&head.digits) => emit(
            l,
            None,
            &format!(
                "{}\n",
                visible(&l.format(&msg!(
                    "anchor-head-ok",
                    path = shown,
                    seq = head.seq,
                    head = head.digits.clone()
                )))
            ),
        ),
        // A row that is there but not found would be a record changed
        // under this process since the check: the head is not held either.
        Ok(_) => {
            report(l, &msg!("anchor-head-differs", path = shown, seq = head.seq));
            EXIT_BAD_INPUT
        }
        Err(e) => store_failed(l, &e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_is_read_as_a_human_copies_it() {
        let head = |seq: i64, digits: &str| {
            Some(GivenHead {
                seq,
                digits: digits.to_string(),
            })
        };
        let sixteen = "3f2a8c1d9e0b7a65";
        assert_eq!(parse_head(&format!("1234:{sixteen}")), head(1234, sixteen));
        // Grouped as each language prints the count, with an ellipsis, in capitals.
        for events in ["1,234", "1 234", "1\u{202f}234", "1\u{a0}234", "1.234"] {
            assert_eq!(
                parse_head(&format!("{events}:{sixteen}…")),
                head(1234, sixteen),
                "{events}"
            );
        }
        assert_eq!(parse_head("7:3F2A8C1D9E0B7A65"), head(7, sixteen));
        let whole = "ab".repeat(32);
        assert_eq!(parse_head(&format!("7:{whole}")), head(7, &whole));
        for bad in [
            "",
            "1234",
            ":3f2a8c1d9e0b7a65",
            "0:3f2a8c1d9e0b7a65",
            "-3:3f2a8c1d9e0b7a65",
            "12a:3f2a8c1d9e0b7a65",
            "1234:3f2a8c1d9e0b7a6",
            "1234:3f2a8c1d9e0b7a6g",
            &format!("1234:{whole}0"),
            "99999999999999999999:3f2a8c1d9e0b7a65",
        ] {
            assert_eq!(parse_head(bad), None, "{bad:?}");
        }
    }
}
