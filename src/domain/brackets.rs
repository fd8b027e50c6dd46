//! Brackets: words of a text that the room has not agreed yet (`B1`, `B2`,
//! …), attributed to the delegation that asked for them. A text with open
//! brackets cannot be adopted; `agree Bn` lifts them and keeps the words,
//! `drop Bn` deletes the words (a new version of the text).
//!
//! A bracket keeps its words, not a position: the text is versioned and
//! may change around the words (a proposal accepted elsewhere in it), and
//! the words are found again in the current version when it is printed.

use super::state::{At, Core, Made, Text, Why};
use super::{Msg, ids};
use crate::msg;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Where a bracket stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum BracketState {
    Open,
    /// The words are kept, the brackets lifted.
    Agreed {
        at: At,
    },
    /// The words were deleted: the text's version `version`.
    Dropped {
        at: At,
        version: u32,
    },
}

/// Words of a text not yet agreed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bracket {
    /// `B` and its number in the meeting, from 1.
    pub id: String,
    /// The id of the text, as `State::texts` gives it.
    pub target: String,
    pub words: String,
    /// The delegation that asked for the brackets, if the room named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub at: At,
    pub state: BracketState,
}

impl Bracket {
    pub fn is_open(&self) -> bool {
        self.state == BracketState::Open
    }
}

/// The number of a bracket's id (`B3`, any case).
pub fn bracket_number(s: &str) -> Option<usize> {
    ids::numbered_id('B', s).filter(|&n| n >= 1)
}

/// The open brackets on the text with this id, in the order they were made.
pub fn open_on<'a>(core: &'a Core, id: &'a str) -> impl Iterator<Item = &'a Bracket> + 'a {
    let key = ids::key(id);
    core.brackets
        .iter()
        .map(Arc::as_ref)
        .filter(move |b| b.is_open() && ids::key(&b.target) == key)
}

/// The ids of the open brackets on a text, joined for a message ("B1, B3").
pub fn open_ids(core: &Core, id: &str) -> Vec<String> {
    open_on(core, id).map(|b| b.id.clone()).collect()
}

/// A bracket in a text: its id, and the byte range of its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub id: String,
    pub by: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Where the open brackets stand in `text` (the current version's words),
/// in the order of the text. Each takes the first place of its words that
/// no earlier bracket holds; brackets whose words the text no longer has
/// (changed by a later version) are left out here and named by the caller.
pub fn spans(core: &Core, id: &str, text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for b in open_on(core, id) {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|t| t.find(&b.words)) {
            let start = from + found;
            let end = start + b.words.len();
            if out.iter().all(|s| end <= s.start || start >= s.end) {
                out.push(Span {
                    id: b.id.clone(),
                    by: b.by.clone(),
                    start,
                    end,
                });
                break;
            }
            from = start + b.words.chars().next().map_or(1, char::len_utf8);
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

/// `text` with `[` and `]` around each span, written by `open` and `close`
/// (the writers mark them in their own way: escaped in Markdown, locked
/// codes in XLIFF).
pub fn marked(text: &str, spans: &[Span], open: impl Fn(&Span) -> String, close: impl Fn(&Span) -> String) -> String {
    let mut out = String::with_capacity(text.len() + 4 * spans.len());
    let mut at = 0;
    for s in spans {
        out.push_str(&text[at..s.start]);
        out.push_str(&open(s));
        out.push_str(&text[s.start..s.end]);
        out.push_str(&close(s));
        at = s.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The text without the words of a dropped bracket: the first place they
/// stand, with the space that separated them from the rest, so that no
/// double space or space before a full stop is left.
pub fn without(text: &str, words: &str) -> Option<String> {
    let start = text.find(words)?;
    let end = start + words.len();
    let (mut before, mut after) = (&text[..start], &text[end..]);
    let space_before = before.ends_with(char::is_whitespace);
    let space_after = after.starts_with(char::is_whitespace);
    let punct_after = after.starts_with(|c: char| ".,;:!?)".contains(c));
    if space_before && (space_after || punct_after || after.is_empty()) {
        before = before.trim_end();
        if space_after && !punct_after {
            // Keep one space between the words on either side.
            after = &after[after.len() - after.trim_start().len() - 1..];
        }
    } else if before.is_empty() && space_after {
        after = after.trim_start();
    }
    Some(format!("{before}{after}"))
}

/// Checks and records `bracket ID "words"`. The words must stand in the
/// current version exactly once: if they stand several times the command is
/// refused, naming how many, rather than bracketing the first — the room
/// disputes particular words, and a guess could bracket the wrong ones; more
/// of the surrounding words make them unique.
pub fn bracket(core: &mut Core, id: String, words: &str, by: Option<String>, at: At) -> Result<(), Msg> {
    let t = core.text(&id).expect("located by the caller");
    if words.trim().is_empty() {
        return Err(msg!("err-empty-text"));
    }
    let count = t.original.matches(words).count();
    if count == 0 {
        return Err(msg!("err-bracket-not-found", id = id, words = words.to_string()));
    }
    if count > 1 {
        return Err(msg!(
            "err-bracket-ambiguous",
            id = id,
            words = words.to_string(),
            count = count
        ));
    }
    let taken = spans(core, &id, &t.original);
    let start = t.original.find(words).expect("counted above");
    let end = start + words.len();
    if let Some(other) = taken.iter().find(|s| start < s.end && end > s.start) {
        return Err(msg!("err-bracket-overlap", id = id, other = other.id.clone()));
    }
    let number = core.brackets.len() + 1;
    core.brackets.push_back(Arc::new(Bracket {
        id: format!("B{number}"),
        target: id,
        words: words.to_string(),
        by,
        at,
        state: BracketState::Open,
    }));
    Ok(())
}

/// The position of the bracket `Bn`, which must still be open.
pub fn open_bracket(core: &Core, id: &str) -> Result<usize, Msg> {
    let n = bracket_number(id);
    let b = n
        .and_then(|n| core.brackets.get(n - 1))
        .ok_or_else(|| msg!("err-unknown-bracket", id = id, count = core.brackets.len()))?;
    let state = match b.state {
        BracketState::Open => return Ok(n.expect("found by its number") - 1),
        BracketState::Agreed { .. } => "agreed",
        BracketState::Dropped { .. } => "dropped",
    };
    Err(msg!("err-bracket-closed", id = b.id.clone(), state = state))
}

/// `agree Bn`: the words stay, the brackets go. The text does not change.
pub fn agree(core: &mut Core, n: usize, at: At) {
    Arc::make_mut(&mut core.brackets[n]).state = BracketState::Agreed { at };
}

/// The new text for `drop Bn`, checked before anything changes.
pub fn dropped_text(text: &Text, b: &Bracket) -> Result<String, Msg> {
    let new = without(&text.original, &b.words)
        .ok_or_else(|| msg!("err-bracket-gone", id = b.id.clone(), target = b.target.clone()))?;
    if new.trim().is_empty() {
        return Err(msg!("err-bracket-whole", id = b.id.clone(), target = b.target.clone()));
    }
    Ok(new)
}

/// How the version made by `drop Bn` was made.
pub fn dropped_made(b: &Bracket, author: &str, at: At) -> Made {
    Made {
        author: Some(author.to_string()),
        at: Some(at),
        why: Why::BracketDropped {
            bracket: b.id.clone(),
            by: b.by.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_words_leave_no_double_space() {
        assert_eq!(
            without("send a review mission soon.", "review ").unwrap(),
            "send a mission soon."
        );
        assert_eq!(
            without("send a review mission soon.", "review").unwrap(),
            "send a mission soon."
        );
        assert_eq!(without("send a mission soon.", " soon").unwrap(), "send a mission.");
        assert_eq!(without("send a mission soon.", "soon").unwrap(), "send a mission.");
        assert_eq!(without("Soon send a mission.", "Soon").unwrap(), "send a mission.");
        assert_eq!(without("a b", "c"), None);
    }
}
