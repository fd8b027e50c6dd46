//! `plenary communique` and `plenary decision`.

use super::args::DocFormat;
use super::{EXIT_BAD_INPUT, EXIT_OK, emit, open_read, report};
use crate::domain::State;
use crate::i18n::Localizer;
use crate::msg;
use crate::render::document::Document;
use crate::render::{communique as comm, decision as dec, html, lang, markdown, text, visible};
use std::path::Path;

fn write(docs: &[Document], format: DocFormat) -> String {
    // Markdown and text may go to a terminal: no control characters.
    match format {
        DocFormat::Html => html::write(docs),
        DocFormat::Md => visible(&docs.iter().map(markdown::write).collect::<Vec<_>>().join("\n---\n\n")).into_owned(),
        DocFormat::Txt => {
            let rule = format!("{}\n\n", "=".repeat(text::WIDTH));
            visible(&docs.iter().map(text::write).collect::<Vec<_>>().join(&rule)).into_owned()
        }
    }
}

fn languages(l: &Localizer, state: &State, lang: Option<&str>) -> Result<Vec<String>, u8> {
    lang::requested(state, lang).map_err(|m| {
        report(l, &m);
        EXIT_BAD_INPUT
    })
}

/// Tells on standard error how many paragraphs wait for a translation, per language.
fn report_pending(l: &Localizer, docs: &[Document], codes: &[String]) {
    for (doc, code) in docs.iter().zip(codes) {
        if doc.pending > 0 {
            report(l, &msg!("cli-pending", lang = code.as_str(), count = doc.pending));
        }
    }
}

pub fn communique(l: &Localizer, path: &Path, lang: Option<&str>, format: DocFormat, output: Option<&Path>) -> u8 {
    let session = match open_read(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let codes = match languages(l, &session.state, lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let docs = comm::build_all(&session.state, &codes);
    let code = emit(l, output, &write(&docs, format));
    report_pending(l, &docs, &codes);
    code
}

pub fn decision(
    l: &Localizer,
    path: &Path,
    id: &str,
    lang: Option<&str>,
    format: DocFormat,
    output: Option<&Path>,
) -> u8 {
    let session = match open_read(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let Some(d) = session.state.core.decision(id) else {
        report(l, &msg!("err-unknown-decision", id = id));
        return EXIT_BAD_INPUT;
    };
    let codes = match languages(l, &session.state, lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let docs: Vec<Document> = codes.iter().map(|c| dec::build(&session.state, d, c)).collect();
    let code = emit(l, output, &write(&docs, format));
    report_pending(l, &docs, &codes);
    if code == EXIT_OK {
        // The fingerprint on stderr too, for checking a printed copy.
        report(
            l,
            &msg!("cli-fingerprint", id = d.id.clone(), fingerprint = dec::fingerprint(d)),
        );
    }
    code
}
