//! `plenary xliff export` and `plenary xliff import`: the texts waiting for a
//! translation, out to a CAT tool and back, recorded through the same
//! `translate` commands as `plenary do`.

use super::{EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, emit, open, report};
use crate::commands::Command;
use crate::domain::state::{At, TranslationState};
use crate::domain::{State, brackets};
use crate::exchange::texts::{TextRef, fingerprint, texts};
use crate::exchange::xliff::{self, Unit, Xliff};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::{lang, visible};
use crate::store::ExecError;
use std::io::Write;
use std::path::Path;

/// The target language asked for: a language of the body other than the original.
fn target_language(l: &Localizer, state: &State, asked: &str) -> Result<String, u8> {
    let code = match lang::requested(state, Some(asked)) {
        Ok(codes) if codes.len() == 1 => codes.into_iter().next().unwrap_or_default(),
        Ok(_) => {
            report(l, &msg!("xliff-one-language"));
            return Err(EXIT_BAD_INPUT);
        }
        Err(m) => {
            report(l, &m);
            return Err(EXIT_BAD_INPUT);
        }
    };
    if code == state.meeting.original() {
        report(l, &msg!("xliff-target-is-original", lang = code));
        return Err(EXIT_BAD_INPUT);
    }
    Ok(code)
}

fn unit(l: &Localizer, record: &State, t: &TextRef<'_>, code: &str) -> Unit {
    let (state, translation) = t.text.translation(code);
    let kind = l.format(&msg!("xliff-kind", kind = t.kind));
    let mut notes = vec![match &t.item {
        Some(item) => l.format(&msg!("xliff-note", item = item.as_str(), kind = kind)),
        None => kind,
    }];
    let xliff_state = match state {
        TranslationState::Draft => Some("translated".to_string()),
        TranslationState::Stale => {
            notes.push(l.format(&msg!("xliff-note-stale")));
            Some("needs-review-translation".to_string())
        }
        TranslationState::Missing | TranslationState::Final => None,
    };
    Unit {
        id: t.id.clone(),
        source: t.text.original.clone(),
        target: translation.map(|tr| tr.text.clone()),
        state: xliff_state,
        approved: false,
        fingerprint: Some(fingerprint(&t.text.original)),
        notes,
        brackets: brackets::spans(&record.core, &t.id, &t.text.original)
            .into_iter()
            .map(|s| (s.id, s.start, s.end))
            .collect(),
        target_codes: Vec::new(),
    }
}

fn meeting_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn export(l: &Localizer, path: &Path, asked: &str, output: Option<&Path>) -> u8 {
    let session = match super::open_whole(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let state = &session.state;
    let code = match target_language(l, state, asked) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let units: Vec<Unit> = texts(state)
        .iter()
        .filter(|t| !t.text.original.trim().is_empty() && t.text.state(&code) != TranslationState::Final)
        .map(|t| unit(l, state, t, &code))
        .collect();
    let file = Xliff {
        original: meeting_name(&session.meeting_path),
        source_lang: state.meeting.original().to_string(),
        target_lang: code.clone(),
        units,
    };
    let exit = emit(l, output, &xliff::write(&file, env!("CARGO_PKG_VERSION")));
    if exit == EXIT_OK {
        report(l, &msg!("xliff-exported", count = file.units.len(), lang = code));
    }
    exit
}

/// The time to record: PLENARY_NOW (as for `plenary do`), else now.
fn now() -> At {
    std::env::var("PLENARY_NOW")
        .ok()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(&s).ok())
        .unwrap_or_else(|| chrono::Local::now().fixed_offset())
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase()
}

/// Says a problem of the file, with its place.
fn report_at(l: &Localizer, file: &Path, line: usize, column: usize, m: &crate::domain::Msg) {
    let _ = writeln!(
        std::io::stderr(),
        "{}:{line}:{column}: {}",
        visible(&file.display().to_string()),
        visible(&l.format(m))
    );
}

/// What an import will do with each unit.
enum Plan {
    Record(Command),
    Unchanged,
    Untranslated,
    Changed(String),
    /// The translation lost the brackets of this bracket (its id).
    BracketLost(String),
}

/// The first open bracket of the text whose two codes the target does not
/// have, in order: a translation must keep every bracket of its original.
fn lost_bracket(state: &State, t: &TextRef<'_>, unit: &Unit) -> Option<String> {
    brackets::open_on(&state.core, &t.id).map(|b| b.id.clone()).find(|id| {
        let open = unit.target_codes.iter().position(|c| *c == format!("{id}-open"));
        let close = unit.target_codes.iter().position(|c| *c == format!("{id}-close"));
        !matches!((open, close), (Some(o), Some(c)) if o < c)
    })
}

fn plan_unit(state: &State, t: &TextRef<'_>, unit: &Unit, code: &str) -> Plan {
    let Some(target) = unit.target.as_deref().filter(|s| !s.trim().is_empty()) else {
        return Plan::Untranslated;
    };
    // Made from the original as it is today? The fingerprint says so; a file
    // from another tool that dropped it is judged by its source text.
    let current = match &unit.fingerprint {
        Some(fp) => *fp == fingerprint(&t.text.original),
        None => unit.source == t.text.original,
    };
    if !current {
        return Plan::Changed(t.id.clone());
    }
    if let Some(bracket) = lost_bracket(state, t, unit) {
        return Plan::BracketLost(bracket);
    }
    let draft = !unit.is_final();
    if let (state, Some(tr)) = t.text.translation(code)
        && state != TranslationState::Stale
        && tr.text == target
        && tr.draft == draft
    {
        return Plan::Unchanged;
    }
    Plan::Record(Command::Translate {
        target: t.id.clone(),
        lang: code.to_string(),
        draft,
        text: target.to_string(),
    })
}

pub fn import(l: &Localizer, path: &Path, file: &Path) -> u8 {
    let xml = match read_file(file) {
        Ok(s) => s,
        Err(m) => {
            report(l, &m);
            return EXIT_BAD_INPUT;
        }
    };
    let parsed = match xliff::read(&xml) {
        Ok(f) => f,
        Err(e) => {
            report_at(l, file, e.line, e.column, &e.msg);
            return EXIT_BAD_INPUT;
        }
    };
    let mut session = match open(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let state = &session.state;
    let original = state.meeting.original().to_string();
    if primary(&parsed.source_lang) != original {
        report(
            l,
            &msg!(
                "xliff-source-language",
                file = file.display().to_string(),
                found = parsed.source_lang.clone(),
                expected = original
            ),
        );
        return EXIT_BAD_INPUT;
    }
    let code = match target_language(l, state, &parsed.target_lang) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let all = texts(state);
    let find = |id: &str| all.iter().find(|t| t.id == id || t.id.eq_ignore_ascii_case(id));
    // Every unit is checked before anything is recorded: an unknown id means
    // the file is for another meeting, and nothing of it is taken.
    let unknown: Vec<&Unit> = parsed.units.iter().filter(|u| find(&u.id).is_none()).collect();
    if !unknown.is_empty() {
        for u in unknown {
            report(
                l,
                &msg!(
                    "xliff-unknown-unit",
                    file = file.display().to_string(),
                    id = u.id.clone()
                ),
            );
        }
        return EXIT_BAD_INPUT;
    }
    let at = now();
    let author = match super::run::author(None) {
        Ok(a) => a,
        Err(m) => {
            report(l, &m);
            return EXIT_BAD_INPUT;
        }
    };
    let mut batch = Vec::new();
    let mut refused = 0usize;
    let mut unchanged = 0usize;
    for unit in &parsed.units {
        let t = find(&unit.id).expect("checked above");
        match plan_unit(state, t, unit, &code) {
            Plan::Record(c) => batch.push((c, author.clone(), at)),
            Plan::Unchanged => unchanged += 1,
            Plan::Untranslated => {}
            Plan::Changed(id) => {
                refused += 1;
                report(l, &msg!("xliff-unit-changed", id = id, lang = code.as_str()));
            }
            Plan::BracketLost(bracket) => {
                refused += 1;
                report(
                    l,
                    &msg!(
                        "xliff-unit-bracket-lost",
                        id = t.id.clone(),
                        bracket = bracket,
                        lang = code.as_str()
                    ),
                );
            }
        }
    }
    drop(all);
    let recorded = batch.len();
    if !batch.is_empty()
        && let Err((i, e)) = session.execute_all(&batch)
    {
        return match e {
            ExecError::Refused(m) => {
                let id = match &batch[i.min(batch.len() - 1)].0 {
                    Command::Translate { target, .. } => target.clone(),
                    other => other.to_string(),
                };
                report(l, &msg!("xliff-unit-refused", id = id, reason = l.format(&m)));
                EXIT_BAD_INPUT
            }
            ExecError::Store(e) => {
                report(l, &e.to_msg());
                EXIT_FAILURE
            }
        };
    }
    report(
        l,
        &msg!(
            "xliff-imported",
            count = recorded,
            unchanged = unchanged,
            refused = refused,
            lang = code
        ),
    );
    if refused > 0 { EXIT_BAD_INPUT } else { EXIT_OK }
}

fn read_file(file: &Path) -> Result<String, crate::domain::Msg> {
    let cannot = || msg!("cli-cannot-read", path = file.display().to_string());
    let meta = std::fs::metadata(file).map_err(|_| cannot())?;
    if !meta.is_file() || meta.len() > crate::files::source::MAX_FILE_BYTES {
        return Err(cannot());
    }
    let bytes = std::fs::read(file).map_err(|_| cannot())?;
    String::from_utf8(bytes).map_err(|_| msg!("xliff-not-utf8", file = file.display().to_string()))
}
