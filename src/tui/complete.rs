//! Completion for the `:` prompt: command words first, then the ids the
//! meeting knows (delegations, bodies, items, decisions, languages).

use crate::commands::parse::command_words;
use crate::domain::State;
use crate::domain::lookup;

/// Candidates for the word being typed, in a stable order.
pub fn candidates(state: &State, first_word: bool, prefix: &str) -> Vec<String> {
    let lower = prefix.to_lowercase();
    let mut all: Vec<String> = Vec::new();
    if first_word {
        all.extend(command_words().map(String::from));
    } else {
        let m = &state.meeting;
        // The command language's other words (`communique`, `all`, `--draft` …).
        all.extend(
            crate::domain::ids::KEYWORDS
                .iter()
                .filter(|k| command_words().all(|w| w != **k))
                .map(|k| k.to_string()),
        );
        all.extend(m.delegations.iter().map(|d| d.id.clone()));
        all.extend(m.body.subsidiaries.iter().map(|s| s.id.clone()));
        all.extend(m.items.iter().map(|i| i.number.to_string()));
        all.extend(state.core.decisions.iter().map(|d| d.id.clone()));
        all.extend(m.body.languages.iter().map(|l| l.code.clone()));
    }
    let mut out: Vec<String> = all
        .into_iter()
        .filter(|c| c.to_lowercase().starts_with(&lower))
        .collect();
    if out.is_empty() && !first_word && !lower.is_empty() {
        // "zim" or "cote" completes to the id: a delegation by the start of a
        // word of its name in any language, as everywhere (domain::lookup).
        out = lookup::matches(&state.meeting, prefix)
            .into_iter()
            .map(|i| state.meeting.delegations[i].id.clone())
            .collect();
    }
    out.dedup();
    out
}
