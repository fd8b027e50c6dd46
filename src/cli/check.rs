//! `plenary check MEETING`.

use super::{EXIT_BAD_INPUT, report_problem};
use crate::i18n::Localizer;
use crate::msg;
use crate::render::visible;
use crate::store::session::resolve;
use std::path::Path;

pub fn run(l: &Localizer, path: &Path) -> u8 {
    let (meeting_path, _) = resolve(path);
    match crate::files::load_with_notes(&meeting_path) {
        Ok((m, notes)) => {
            // Names lacking forms: the meeting loads and every sentence has a
            // fallback, so these are listed without failing the check.
            for p in &notes {
                report_problem(l, p);
            }
            // One line per name and language; the count is of names.
            let names: std::collections::BTreeSet<_> = notes.iter().map(|p| (&p.file, p.line, p.column)).collect();
            if !names.is_empty() {
                super::report(l, &msg!("cli-check-missing-forms", count = names.len()));
            }
            // Where the record is kept: the words every other command would refuse it with.
            if let Err(refused) = crate::store::location::named_in(&meeting_path) {
                report_refused(l, &refused);
                super::report(l, &msg!("cli-check-failed", count = 1));
                return EXIT_BAD_INPUT;
            }
            let original = m.original();
            let decisions: usize = m.items.iter().map(|i| i.decisions.len()).sum();
            let line = format!(
                "{}\n",
                visible(&l.format(&msg!(
                    "cli-check-ok",
                    file = meeting_path.display().to_string(),
                    city = m.city.get_or(original, original),
                    opens = m.opens.to_string(),
                    closes = m.closes.to_string(),
                    delegations = m.delegations.len(),
                    items = m.items.len(),
                    decisions = decisions
                )))
            );
            super::emit(l, None, &line)
        }
        Err(problems) => {
            for p in &problems {
                report_problem(l, p);
            }
            let refused = crate::store::location::named_in(&meeting_path).err();
            if let Some(refused) = &refused {
                report_refused(l, refused);
            }
            let count = crate::files::problem_count(&problems) + usize::from(refused.is_some());
            super::report(l, &msg!("cli-check-failed", count = count));
            EXIT_BAD_INPUT
        }
    }
}

fn report_refused(l: &Localizer, refused: &crate::store::location::Refused) {
    match refused.to_report() {
        (Some(p), _) => report_problem(l, &p),
        (None, msg) => super::report(l, &msg),
    }
}
