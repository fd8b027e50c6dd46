//! Plain-text drafts of the communique and of one decision, in the original
//! language: the paragraphs of the record in agenda order.

use crate::domain::State;
use crate::domain::state::{Outcome, ParagraphKind};
use crate::i18n::Localizer;
use crate::msg;
use std::fmt::Write;

fn outcome_line(l: &Localizer, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Drafted => l.text("doc-status-draft"),
        Outcome::Adopted { at } => l.format(&msg!("doc-status-adopted", date = at.date_naive().to_string())),
        Outcome::NotAdopted { by, reason, .. } => l.format(&msg!("doc-status-not-adopted", by = by, reason = reason)),
        Outcome::Deferred { .. } => l.text("doc-status-deferred"),
    }
}

/// The communique draft as plain text.
pub fn communique(state: &State, l: &Localizer) -> String {
    let m = &state.meeting;
    let original = m.original();
    let mut out = String::new();
    let title = m.body.short_name.get_or(original, original);
    let heading = if state.core.communique_adopted.is_some() {
        "doc-communique-final"
    } else {
        "doc-communique-draft"
    };
    let _ = writeln!(
        out,
        "{}\n",
        l.format(
            &crate::domain::Msg::new(heading)
                .text("body", title)
                .text("city", m.city.get_or(original, original))
        )
    );
    let mut number = 0;
    for (index, item) in m.items.iter().enumerate() {
        let mut lines: Vec<String> = Vec::new();
        for p in state.core.paragraphs.iter().filter(|p| p.item == index) {
            let text = match &p.kind {
                ParagraphKind::Statement { by } => {
                    l.format(&msg!("doc-statement", by = by, text = p.text.original.clone()))
                }
                _ => p.text.original.clone(),
            };
            lines.push(text);
        }
        for d in state.core.decisions.iter().filter(|d| d.item == index) {
            if let Outcome::Adopted { .. } = d.outcome {
                lines.push(l.format(&msg!("doc-decision", id = d.id.clone(), text = d.text.original.clone())));
            }
        }
        if lines.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{} {}\n", item.number, item.title.get_or(original, original));
        for line in lines {
            number += 1;
            let _ = writeln!(out, "{number}. {line}\n");
        }
    }
    out
}

/// One decision as plain text, or `None` if there is no such decision.
pub fn decision(state: &State, id: &str, l: &Localizer) -> Option<String> {
    let d = state.core.decision(id)?;
    let m = &state.meeting;
    let original = m.original();
    let mut out = String::new();
    let _ = writeln!(out, "{}", m.body.name.get_or(original, original));
    let _ = writeln!(out, "{}\n", d.id);
    let _ = writeln!(out, "{}", outcome_line(l, &d.outcome));
    let _ = writeln!(out, "{}\n", l.format(&msg!("doc-original-language", lang = original)));
    let _ = writeln!(out, "{}", d.text.original);
    for r in &d.reservations {
        let _ = writeln!(
            out,
            "\n{}",
            l.format(&msg!("doc-reservation", by = r.by.clone(), text = r.statement.clone()))
        );
    }
    Some(out)
}
