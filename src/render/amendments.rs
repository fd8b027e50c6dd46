//! What a printed text says of its negotiation: its earlier versions (who,
//! when, why) and the proposals made on it, the open ones as tracked
//! changes against the version each was made on. The communique prints
//! none of this: it prints the current text.

use super::document::Block;
use super::lang::Lang;
use crate::domain::State;
use crate::domain::changes::changes;
use crate::domain::state::{At, Made, ProposalState, Text, Why};
use crate::msg;

/// The blocks for the text with id `id`: its versions when it has more than
/// one, then each proposal on it.
pub fn blocks(l: &Lang<'_>, state: &State, id: &str, text: &Text) -> Vec<Block> {
    let mut out = Vec::new();
    if text.version > 1 {
        out.push(Block::Note(l.say(&msg!(
            "am-versions",
            count = text.version,
            language = l.language_name(&text.lang)
        ))));
        for (number, words, _, made) in text.versions() {
            let current = number == text.version;
            out.push(Block::Note(version_line(l, number, current, made)));
            // The current version is the text printed above.
            if !current {
                out.push(Block::Para {
                    number: None,
                    text: words.to_string(),
                });
            }
        }
    }
    for p in state.core.proposals_on(id) {
        let by = l.delegation(&p.by);
        let supporters: Vec<String> = p.supporters.iter().map(|s| l.delegation(s)).collect();
        let supporters = if supporters.is_empty() {
            "none".to_string()
        } else {
            l.list(&supporters)
        };
        let head = msg!(
            "am-proposal",
            id = p.id.clone(),
            by = by.clone(),
            date = l.date(p.at.date_naive()),
            supporters = supporters,
            base = p.base
        );
        match &p.state {
            ProposalState::Open => {
                out.push(Block::Note(l.say(&head)));
                if p.base != text.version {
                    out.push(Block::Note(l.say(&msg!(
                        "am-proposal-stale",
                        base = p.base,
                        version = text.version
                    ))));
                }
                let base = text.version_text(p.base).map_or("", |(t, _)| t);
                out.push(Block::Changes {
                    changes: changes(base, &p.text),
                    author: by,
                    date: utc(&p.at),
                    lang: text.lang.clone(),
                });
            }
            closed => {
                let (state, version, at) = match closed {
                    ProposalState::Accepted { at, version, oral } => {
                        (if *oral { "oral" } else { "accepted" }, *version, at)
                    }
                    ProposalState::Rejected { at } => ("rejected", 0, at),
                    ProposalState::Withdrawn { at } => ("withdrawn", 0, at),
                    ProposalState::Open => unreachable!("matched above"),
                };
                out.push(Block::Note(l.say(&msg!(
                    "am-proposal-closed",
                    id = p.id.clone(),
                    by = by,
                    state = state,
                    version = version,
                    date = l.date(at.date_naive())
                ))));
            }
        }
    }
    out
}

/// "Version 2: AM1 (Namibia) accepted as orally amended, 23 June 2009."
fn version_line(l: &Lang<'_>, number: u32, current: bool, made: &Made) -> String {
    if let Why::BracketDropped { bracket, by } = &made.why {
        return l.say(&msg!(
            "doc-version-dropped",
            number = number,
            current = if current { "yes" } else { "no" },
            bracket = bracket.clone(),
            by = by.as_deref().map_or_else(|| "none".to_string(), |b| l.delegation(b)),
            date = made.at.map_or_else(|| "none".to_string(), |at| l.date(at.date_naive()))
        ));
    }
    // `why` selects the message's variant; a reason said in words of its
    // own (a corrigendum's, an oral amendment of a paragraph) falls to the
    // last variant, which prints it as given.
    let (why, amendment, by) = match &made.why {
        Why::Drafted => ("drafted".to_string(), String::new(), String::new()),
        Why::Amended => ("amended".to_string(), String::new(), String::new()),
        Why::Accepted { amendment, by } => ("accepted".to_string(), amendment.clone(), l.delegation(by)),
        Why::AcceptedOrallyAmended { amendment, by } => ("oral".to_string(), amendment.clone(), l.delegation(by)),
        Why::Corrected { reason } => (
            l.say(&msg!("seal-version-corrected", reason = reason.clone())),
            String::new(),
            String::new(),
        ),
        Why::AdoptedOrallyAmended => (l.say(&msg!("para-version-oral")), String::new(), String::new()),
        Why::BracketDropped { .. } => unreachable!("returned above"),
    };
    let date = made.at.map_or_else(|| "none".to_string(), |at| l.date(at.date_naive()));
    l.say(&msg!(
        "am-version",
        number = number,
        current = if current { "yes" } else { "no" },
        why = why,
        amendment = amendment,
        by = by,
        date = date
    ))
}

/// A moment as `xsd:dateTime` in UTC, as Word writes a revision's date.
pub fn utc(at: &At) -> String {
    at.with_timezone(&chrono::Utc).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
