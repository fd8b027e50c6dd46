//! `plenary record copy FROM TO`: a meeting's record moved between a
//! `.plenary` file and PostgreSQL, in either direction. The source's chain
//! is verified first, every row is checked again as it is written, and the
//! copy is verified after its commit: the two then export the same bytes.

use super::{EXIT_BAD_INPUT, report, store_failed};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::visible;
use crate::store::chain::{Row, to_hex};
use crate::store::postgres::{self, PgRecord};
use crate::store::record::{Problem, break_msg};
use crate::store::session::resolve;
use crate::store::{Engine, Record, StoreError};
use std::path::{Path, PathBuf};

/// A stored row, owned.
struct Stored {
    seq: i64,
    grp: i64,
    at: String,
    author: String,
    command: String,
    event: String,
    hash: Vec<u8>,
}

enum Place {
    File(PathBuf),
    Database(String),
}

fn place(arg: &str) -> Place {
    if postgres::is_url(arg) {
        Place::Database(arg.to_string())
    } else {
        Place::File(resolve(Path::new(arg)).1)
    }
}

/// Reports a problem `verify` found; false when there is none.
fn bad(l: &Localizer, shown: &Path, problem: Option<Problem>) -> bool {
    let shown_text = shown.display().to_string();
    match problem {
        None => return false,
        Some(Problem::Break(at)) => report(l, &break_msg(shown, &at)),
        Some(Problem::Unreadable { seq, detail }) => report(
            l,
            &msg!(
                "record-verify-unreadable",
                path = shown_text,
                seq = seq,
                detail = detail
            ),
        ),
        Some(Problem::Unchained) => report(l, &msg!("record-verify-unchained", path = shown_text)),
    }
    true
}

pub fn run(l: &Localizer, from: &str, to: &str) -> u8 {
    let source: Box<dyn Engine> = match place(from) {
        Place::Database(url) => match PgRecord::open_read(&url) {
            Ok(Some(r)) => Box::new(r),
            Ok(None) => {
                report(l, &msg!("record-none", path = postgres::redact(&url)));
                return EXIT_BAD_INPUT;
            }
            Err(e) => return store_failed(l, &e),
        },
        Place::File(path) => match Record::open_read(&path) {
            Ok(Some(r)) => Box::new(r),
            Ok(None) => {
                report(l, &msg!("record-none", path = path.display().to_string()));
                return EXIT_BAD_INPUT;
            }
            Err(e) => return store_failed(l, &e),
        },
    };
    match source.verify() {
        Ok(problem) if bad(l, source.path(), problem.clone()) => return EXIT_BAD_INPUT,
        Ok(_) => {}
        Err(e) => return store_failed(l, &e),
    }
    let Some(identity) = source.identity().map(str::to_string) else {
        report(
            l,
            &msg!("record-verify-unchained", path = source.path().display().to_string()),
        );
        return EXIT_BAD_INPUT;
    };
    let mut rows = Vec::new();
    if let Err(e) = source.each_row(&mut |row, hash| {
        rows.push(Stored {
            seq: row.seq,
            grp: row.grp,
            at: row.at.to_string(),
            author: row.author.to_string(),
            command: row.command.to_string(),
            event: row.event.to_string(),
            hash: hash.to_vec(),
        })
    }) {
        return store_failed(l, &e);
    }
    let opened: Result<Box<dyn Engine>, StoreError> = match place(to) {
        Place::Database(url) => PgRecord::open(&url, &identity).map(|r| Box::new(r) as Box<dyn Engine>),
        Place::File(path) => Record::open(&path, &identity).map(|r| Box::new(r) as Box<dyn Engine>),
    };
    let mut target = match opened {
        Ok(t) => t,
        Err(e) => return store_failed(l, &e),
    };
    let mut held = 0;
    if let Err(e) = target.each_row(&mut |_, _| held += 1) {
        return store_failed(l, &e);
    }
    if held > 0 {
        report(
            l,
            &msg!(
                "record-copy-not-empty",
                path = target.path().display().to_string(),
                events = held
            ),
        );
        return EXIT_BAD_INPUT;
    }
    let written = (|| {
        let mut writing = target.begin()?;
        for r in &rows {
            let row = Row {
                seq: r.seq,
                grp: r.grp,
                at: &r.at,
                author: &r.author,
                command: &r.command,
                event: &r.event,
            };
            writing.append_row(&row, &r.hash)?;
        }
        writing.commit()
    })();
    if let Err(e) = written {
        return store_failed(l, &e);
    }
    match target.verify() {
        Ok(problem) if bad(l, target.path(), problem.clone()) => return EXIT_BAD_INPUT,
        Ok(_) => {}
        Err(e) => return store_failed(l, &e),
    }
    let line = l.format(&msg!(
        "record-copy-done",
        from = source.path().display().to_string(),
        to = target.path().display().to_string(),
        events = rows.len() as i64,
        head = rows.last().map(|r| to_hex(&r.hash)).unwrap_or_default()
    ));
    super::emit(l, None, &format!("{}\n", visible(&line)))
}
