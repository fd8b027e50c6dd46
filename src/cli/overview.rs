//! `plenary SESSION`: where the meeting stands.

use super::{EXIT_OK, emit, open};
use crate::domain::meeting::Category;
use crate::domain::state::Outcome;
use crate::i18n::Localizer;
use crate::msg;
use crate::render::visible;
use std::fmt::Write;
use std::io::IsTerminal;
use std::path::Path;

/// The live TUI on a terminal; where the meeting stands otherwise (a pipe, a script).
pub fn run(l: &Localizer, path: &Path, author: Option<&str>) -> u8 {
    let live = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    // The live screen records under this name: a name that cannot be
    // recorded is refused before the session is opened.
    let author = match live.then(|| super::run::author(author)).transpose() {
        Ok(a) => a,
        Err(m) => {
            super::report(l, &m);
            return super::EXIT_BAD_INPUT;
        }
    };
    // Only the live screen records; where the meeting stands is only read.
    let opened = if live {
        open(l, path)
    } else {
        super::open_whole(l, path)
    };
    let session = match opened {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some(author) = author {
        let words = Localizer::new(l.lang());
        return match crate::tui::run(session, words, author) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                super::report(l, &msg!("cli-terminal-failed", reason = e.to_string()));
                super::EXIT_FAILURE
            }
        };
    }
    let state = &session.state;
    let m = &state.meeting;
    let lang = if m.body.has_language(l.lang()) {
        l.lang()
    } else {
        m.original()
    };
    let original = m.original();
    let mut out = String::new();
    let (total, countries) = state.participant_totals();
    let present = state.present(Category::Participant);
    let _ = writeln!(
        out,
        "{}",
        l.format(&msg!(
            "cli-overview-meeting",
            kind = m.kind.as_str(),
            body = m.body.short_name.get_or(lang, original),
            city = m.city.get_or(lang, original),
            opens = m.opens.to_string(),
            closes = m.closes.to_string()
        ))
    );
    let _ = writeln!(
        out,
        "{}",
        l.format(&msg!(
            "cli-overview-attendance",
            present = present.len(),
            total = total,
            countries = countries,
            observers = state.present(Category::Observer).len(),
            applicants = state.present(Category::Applicant).len()
        ))
    );
    for (item, s) in m.items.iter().zip(state.core.items.iter()) {
        let _ = writeln!(
            out,
            "  {:<6} {:<9} {}",
            item.number.to_string(),
            l.text(status_id(s.status)),
            item.title.get_or(lang, original)
        );
    }
    for d in &state.core.decisions {
        let outcome = match d.outcome {
            Outcome::Drafted => "cli-outcome-drafted",
            Outcome::Adopted { .. } => "cli-outcome-adopted",
            Outcome::NotAdopted { .. } => "cli-outcome-not-adopted",
            Outcome::Deferred { .. } => "cli-outcome-deferred",
        };
        let _ = writeln!(out, "  {:<22} {}", d.id, l.text(outcome));
    }
    let _ = writeln!(
        out,
        "{}",
        l.format(&msg!(
            "cli-overview-record",
            path = session.record_path().display().to_string()
        ))
    );
    let code = emit(l, None, &visible(&out));
    if code == EXIT_OK { EXIT_OK } else { code }
}

fn status_id(s: crate::domain::state::ItemStatus) -> &'static str {
    use crate::domain::state::ItemStatus::*;
    match s {
        Pending => "cli-item-pending",
        Open => "cli-item-open",
        Closed => "cli-item-closed",
        Deferred => "cli-item-deferred",
    }
}
