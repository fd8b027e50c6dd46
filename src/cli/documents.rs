//! `plenary communique` and `plenary decision`.

use super::args::DocFormat;
use super::{EXIT_BAD_INPUT, emit, open, report};
use crate::i18n::Localizer;
use crate::msg;
use std::path::Path;

pub fn communique(l: &Localizer, path: &Path, _lang: Option<&str>, _format: DocFormat, output: Option<&Path>) -> u8 {
    let session = match open(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let doc = Localizer::new(session.state.meeting.original());
    emit(l, output, &crate::render::draft::communique(&session.state, &doc))
}

pub fn decision(
    l: &Localizer,
    path: &Path,
    id: &str,
    _lang: Option<&str>,
    _format: DocFormat,
    output: Option<&Path>,
) -> u8 {
    let session = match open(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let doc = Localizer::new(session.state.meeting.original());
    match crate::render::draft::decision(&session.state, id, &doc) {
        Some(text) => emit(l, output, &text),
        None => {
            report(l, &msg!("err-unknown-decision", id = id));
            EXIT_BAD_INPUT
        }
    }
}
