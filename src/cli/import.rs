//! `plenary import SESSION FILE`: a new record made from an export of the
//! same meeting, event by event as exported, each checked against the
//! chain, so the new record has the same state and the same chain.

use super::{EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, report, store_failed};
use crate::domain::{Event, limits};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::export::RecordRows;
use crate::store::chain::{Row, from_hex, to_hex};
use crate::store::session::resolve;
use crate::store::{Record, StoreError, identity};
use std::path::Path;

#[derive(serde::Deserialize)]
struct ExportFile {
    record: RecordRows,
}

fn read_export(file: &Path) -> Result<RecordRows, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let parsed: ExportFile = if file.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| e.to_string())?
    } else {
        toml::from_str(&text).map_err(|e| e.to_string())?
    };
    Ok(parsed.record)
}

pub fn run(l: &Localizer, session: &Path, file: &Path) -> u8 {
    let exported = match read_export(file) {
        Ok(r) => r,
        Err(detail) => {
            let path = file.display().to_string();
            report(l, &msg!("record-import-unreadable", path = path, detail = detail));
            return EXIT_BAD_INPUT;
        }
    };
    let (meeting_path, record_path) = resolve(session);
    let meeting = match super::load_meeting(l, &meeting_path) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let expected = identity::of(&meeting);
    if exported.identity != expected {
        let e = StoreError::OtherMeeting {
            path: file.to_path_buf(),
            recorded: exported.identity.clone(),
            expected,
        };
        report(l, &e.to_msg());
        return EXIT_BAD_INPUT;
    }
    // What a command may carry is checked as for a command typed now: an
    // export can be edited, and its chain made again, by anyone.
    for r in &exported.rows {
        let event = serde_json::from_str::<Event>(&r.event);
        // An event this program cannot read is left to the fold, which sets it aside.
        if let Err(m) = event.map_or(Ok(()), |e| limits::check_command(&r.author, &[e])) {
            let path = file.display().to_string();
            let reason = l.format(&m);
            report(
                l,
                &msg!(
                    "record-import-refused",
                    path = path,
                    seq = r.seq.to_string(),
                    reason = reason
                ),
            );
            return EXIT_BAD_INPUT;
        }
    }
    match Record::open_read(&record_path) {
        Ok(None) => {}
        Ok(Some(_)) => {
            let path = record_path.display().to_string();
            report(l, &msg!("record-import-exists", path = path));
            return EXIT_BAD_INPUT;
        }
        Err(e) => return store_failed(l, &e),
    }
    // The record is made aside and moved into place whole: a failed import
    // leaves nothing, and no one sees half of one.
    let folder = record_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let aside = match tempfile::Builder::new().prefix(".plenary-import").tempfile_in(folder) {
        Ok(f) => f.into_temp_path(),
        Err(e) => {
            let path = record_path.display().to_string();
            report(l, &msg!("record-write-kept", path = path, reason = e.to_string()));
            return EXIT_FAILURE;
        }
    };
    let mut record = match Record::open(&aside, &expected) {
        Ok(r) => r,
        Err(e) => return store_failed(l, &e),
    };
    let imported = (|| -> Result<(), StoreError> {
        let mut writing = record.begin()?;
        for r in &exported.rows {
            let row = Row {
                seq: r.seq,
                grp: r.group,
                at: &r.at,
                author: &r.author,
                command: &r.command,
                event: &r.event,
            };
            let hash = from_hex(&r.hash).unwrap_or_default();
            writing.append_row(&row, &hash)?;
        }
        writing.commit()
    })();
    if let Err(e) = imported {
        return store_failed(l, &e);
    }
    let (events, head) = record.head();
    // Closing the record folds its log into the file; then it is one file.
    drop(record);
    // An empty file in the way is no record (it was checked above).
    let _ = std::fs::remove_file(&record_path).or_else(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Ok(()),
        _ => Err(e),
    });
    if let Err(e) = aside.persist_noclobber(&record_path) {
        let path = record_path.display().to_string();
        report(l, &msg!("record-write-kept", path = path, reason = e.error.to_string()));
        return EXIT_FAILURE;
    }
    let path = record_path.display().to_string();
    let head = head.map(|h| to_hex(&h)).unwrap_or_default();
    report(
        l,
        &msg!("record-import-done", path = path, events = events, head = head),
    );
    EXIT_OK
}
