//! `plenary communique` and `plenary decision`.

use super::args::DocFormat;
use super::{EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, emit_bytes, emit_parts, leave_to_exit, open_whole, report};
use crate::domain::State;
use crate::i18n::Localizer;
use crate::msg;
use crate::render::document::Document;
use crate::render::record_head::{self, RecordHead};
use crate::render::{communique as comm, decision as dec, docx, html, lang, markdown, pdf, text, visible};
use std::io::IsTerminal;
use std::path::Path;

/// The document bytes, or why they could not be made. `footers`: a line for
/// the foot of every page of each document (the PDF's).
fn write(
    l: &Localizer,
    state: &State,
    docs: &[Document],
    format: DocFormat,
    footers: &[Option<String>],
) -> Result<Vec<u8>, String> {
    // The body's regional tag of a language (en-GB, pt-PT), for `lang` attributes.
    let tags = |code: &str| {
        let languages = &state.meeting.body.languages;
        languages
            .iter()
            .find(|l| l.code == code)
            .map_or_else(|| code.to_string(), |l| l.tag.clone())
    };
    Ok(match format {
        DocFormat::Docx => docx::write(docs, &tags),
        DocFormat::Pdf => {
            let pdf = pdf::write(docs, footers, state.meeting.closes, &tags)?;
            for warning in pdf::missing_warnings(&pdf.missing) {
                report(l, &warning);
            }
            pdf.bytes
        }
        DocFormat::Html => html::write(docs).into_bytes(),
        DocFormat::Md | DocFormat::Txt => write_text(docs, format).into_bytes(),
    })
}

/// Writes documents in `format` to `output`, refusing binary bytes on a terminal.
fn deliver(
    l: &Localizer,
    state: &State,
    docs: &[Document],
    format: DocFormat,
    footers: &[Option<String>],
    output: Option<&Path>,
) -> u8 {
    if format.is_binary() && output.is_none() && std::io::stdout().is_terminal() {
        report(
            l,
            &msg!(
                "formats-binary-to-terminal",
                format = format!("{format:?}").to_lowercase()
            ),
        );
        return EXIT_BAD_INPUT;
    }
    match write(l, state, docs, format, footers) {
        Ok(bytes) => emit_bytes(l, output, &bytes),
        Err(reason) => {
            report(l, &msg!("formats-pdf-failed", reason = reason));
            EXIT_FAILURE
        }
    }
}

/// Markdown or plain text.
fn write_text(docs: &[Document], format: DocFormat) -> String {
    // Markdown and text may go to a terminal: no control characters.
    match format {
        DocFormat::Md => visible(&docs.iter().map(markdown::write).collect::<Vec<_>>().join("\n---\n\n")).into_owned(),
        _ => {
            let rule = format!("{}\n\n", "=".repeat(text::WIDTH));
            visible(&docs.iter().map(text::write).collect::<Vec<_>>().join(&rule)).into_owned()
        }
    }
}

/// Ends `doc` with the record's head in its language, so that a printed
/// copy carries the anchor that `plenary verify --head` checks.
fn with_head(doc: &mut Document, state: &State, code: &str, head: &RecordHead) {
    doc.blocks
        .push(record_head::note(&lang::Lang::new(&state.meeting, code), head));
}

fn languages(l: &Localizer, state: &State, lang: Option<&str>) -> Result<Vec<String>, u8> {
    lang::requested(state, lang).map_err(|m| {
        report(l, &m);
        EXIT_BAD_INPUT
    })
}

/// Tells on standard error how many paragraphs wait for a translation, per language.
fn report_pending(l: &Localizer, pending: impl IntoIterator<Item = usize>, codes: &[String]) {
    for (count, code) in pending.into_iter().zip(codes) {
        if count > 0 {
            report(l, &msg!("cli-pending", lang = code.as_str(), count = count));
        }
    }
}

pub fn communique(l: &Localizer, path: &Path, lang: Option<&str>, format: DocFormat, output: Option<&Path>) -> u8 {
    let session = match open_whole(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let codes = match languages(l, &session.state, lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let head = RecordHead::of(session.record().head());
    let build = |code: &str| {
        let mut doc = comm::build(&session.state, code);
        with_head(&mut doc, &session.state, code, &head);
        doc
    };
    if matches!(format, DocFormat::Html) {
        // The page in parts, each language built and written on one thread.
        let (parts, pending) = html::write_built(&codes, |code| build(code));
        let bytes: Vec<&[u8]> = parts.iter().map(|p| p.as_bytes()).collect();
        let code = emit_parts(l, output, &bytes);
        report_pending(l, pending, &codes);
        leave_to_exit((session.state, parts));
        return code;
    }
    let docs: Vec<Document> = crate::render::on_threads(&codes, |code| build(code));
    let code = deliver(l, &session.state, &docs, format, &[], output);
    report_pending(l, docs.iter().map(|d| d.pending), &codes);
    leave_to_exit((session.state, docs));
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
    let session = match open_whole(l, path) {
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
    let head = RecordHead::of(session.record().head());
    let docs: Vec<Document> = codes
        .iter()
        .map(|c| {
            let mut doc = dec::build(&session.state, d, c);
            with_head(&mut doc, &session.state, c, &head);
            doc
        })
        .collect();
    // The fingerprint at the foot of every page, in each document's language.
    let footers: Vec<Option<String>> = codes
        .iter()
        .map(|c| {
            let lang = lang::Lang::new(&session.state.meeting, c);
            Some(dec::fingerprint_line(&lang, d))
        })
        .collect();
    let code = deliver(l, &session.state, &docs, format, &footers, output);
    report_pending(l, docs.iter().map(|d| d.pending), &codes);
    if code == EXIT_OK {
        // The fingerprint on stderr too, for checking a printed copy.
        // Each language's: each is of the words its copy prints.
        for c in &codes {
            let (fingerprint, _) = dec::fingerprint(d, c);
            let language = lang::Lang::new(&session.state.meeting, c).language_name(c);
            report(
                l,
                &msg!(
                    "cli-fingerprint-lang",
                    id = d.id.clone(),
                    language = language,
                    fingerprint = fingerprint
                ),
            );
        }
    }
    leave_to_exit((session.state, docs));
    code
}
