//! `plenary verify SESSION`: the record belongs to the meeting, its hash
//! chain holds from the first event to the last, none is missing, and each
//! can be read. Exit 0, or 2 naming the first bad event.

use super::{EXIT_BAD_INPUT, emit, open_failed, report};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::visible;
use crate::store::chain::to_hex;
use crate::store::record::{Problem, break_msg};
use crate::store::{Session, identity};
use std::path::Path;

pub fn run(l: &Localizer, path: &Path) -> u8 {
    let session = match Session::open_read(path) {
        Ok(s) => s,
        Err(e) => return open_failed(l, &e),
    };
    let record = session.record();
    let shown = record.path().display().to_string();
    match record.verify() {
        Ok(None) => {
            let (events, head) = record.head();
            let line = l.format(&msg!(
                "record-verify-ok",
                path = shown,
                events = events,
                meeting = identity::of(&session.state.meeting),
                head = head.map(|h| to_hex(&h)).unwrap_or_default()
            ));
            emit(l, None, &format!("{}\n", visible(&line)))
        }
        Ok(Some(Problem::Break(at))) => {
            report(l, &break_msg(record.path(), &at));
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
        Err(e) => {
            report(l, &e.to_msg());
            if e.is_bad_input() {
                EXIT_BAD_INPUT
            } else {
                super::EXIT_FAILURE
            }
        }
    }
}
