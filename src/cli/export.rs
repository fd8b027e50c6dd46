//! `plenary export SESSION`: the whole record, for archives. Every stored
//! command is in it, those that no longer apply marked with why, and every
//! stored event as stored with its link in the hash chain.

use super::args::ExportFormat;
use super::{EXIT_FAILURE, emit, open_read, report};
use crate::domain::Group;
use crate::i18n::Localizer;
use crate::msg;
use crate::render::export::{RecordRows, StoredRow};
use crate::store::chain::to_hex;
use std::path::Path;

pub fn run(l: &Localizer, path: &Path, format: ExportFormat, output: Option<&Path>) -> u8 {
    let mut session = match open_read(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Opened from a snapshot, the state holds only the recent commands:
    // the export is every one of them.
    let warned = session.warnings.len();
    if let Err(e) = session.complete() {
        return super::store_failed(l, &e);
    }
    for w in &session.warnings[warned..] {
        report(l, w);
    }
    let left_out: Vec<(&Group, String)> = session
        .conflicts
        .iter()
        .map(|c| (&*c.group, l.format(&c.msg)))
        .collect();
    let mut export = crate::render::export::export(&session.state, &left_out);
    let record = session.record();
    let mut rows = Vec::new();
    let read = record.each_row(&mut |row, hash| {
        rows.push(StoredRow {
            seq: row.seq,
            group: row.grp,
            at: row.at.to_string(),
            author: row.author.to_string(),
            command: row.command.to_string(),
            event: row.event.to_string(),
            hash: to_hex(hash),
        })
    });
    if let Err(e) = read {
        return super::store_failed(l, &e);
    }
    export.record = Some(RecordRows {
        identity: record.identity().unwrap_or_default().to_string(),
        head: rows.last().map(|r| r.hash.clone()).unwrap_or_default(),
        rows,
    });
    let text = match format {
        ExportFormat::Json => serde_json::to_string_pretty(&export)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Toml => crate::render::export::to_toml(&export),
    };
    // A damaged record is exported for rescue, all it holds, and the exit
    // status says it is damaged (the warnings said where).
    let broken = session.record().broken().is_some();
    match text {
        Ok(text) => match emit(l, output, &crate::render::export::escape_hidden(&text)) {
            super::EXIT_OK if broken => super::EXIT_BAD_INPUT,
            code => code,
        },
        Err(reason) => {
            report(l, &msg!("cli-export-failed", reason = reason));
            EXIT_FAILURE
        }
    }
}
