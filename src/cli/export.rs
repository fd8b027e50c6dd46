//! `plenary export SESSION`.

use super::args::ExportFormat;
use super::{EXIT_FAILURE, emit, open_read, report};
use crate::i18n::Localizer;
use crate::msg;
use std::path::Path;

pub fn run(l: &Localizer, path: &Path, format: ExportFormat, output: Option<&Path>) -> u8 {
    let session = match open_read(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let export = crate::render::export::export(&session.state);
    let text = match format {
        ExportFormat::Json => serde_json::to_string_pretty(&export)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Toml => toml::to_string(&export).map_err(|e| e.to_string()),
    };
    match text {
        Ok(text) => emit(l, output, &text),
        Err(reason) => {
            report(l, &msg!("cli-export-failed", reason = reason));
            EXIT_FAILURE
        }
    }
}
