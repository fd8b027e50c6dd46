//! Brackets as printed: the words not agreed between `[` and `]` in the
//! text, and after it a note naming each bracket in the order of the text
//! with the delegation that asked for it ("B1 (Namibia)"). Every writer
//! prints the text it is given, so the brackets reach each format, the
//! printed decision and the communique alike.

use super::document::Block;
use super::lang::Lang;
use crate::domain::State;
use crate::domain::brackets::{self, Span};
use crate::domain::state::Text;
use crate::msg;
use std::borrow::Cow;

/// The closing bracket, as Markdown inline source: a `]` followed by `(`,
/// `[` or `:` would make a link of the words (a link's text loses its
/// brackets), so there it is escaped; elsewhere it is the plain character,
/// which the plain-text writer and the screen print as it is.
fn close(text: &str, s: &Span) -> String {
    match text[s.end..].chars().next() {
        Some('(' | '[' | ':') => "\\]".to_string(),
        _ => "]".to_string(),
    }
}

/// The original with its open brackets marked, or the text as it is.
pub fn marked_original(state: &State, id: &str, original: &str) -> Option<String> {
    if state.core.brackets.is_empty() {
        return None;
    }
    let spans = brackets::spans(&state.core, id, original);
    (!spans.is_empty()).then(|| brackets::marked(original, &spans, |_| "[".to_string(), |s| close(original, s)))
}

/// The text with brackets marked in its original.
pub fn text<'a>(state: &State, id: &str, text: &'a Text) -> Cow<'a, Text> {
    match marked_original(state, id, &text.original) {
        Some(original) => Cow::Owned(Text {
            original,
            ..text.clone()
        }),
        None => Cow::Borrowed(text),
    }
}

/// The note after a bracketed text: each open bracket, in the order of the
/// text, with its delegation; one whose words this version no longer has
/// is named with its words.
pub fn note(l: &Lang<'_>, state: &State, id: &str, text: &Text) -> Option<Block> {
    let open: Vec<_> = brackets::open_on(&state.core, id).collect();
    if open.is_empty() {
        return None;
    }
    let spans = brackets::spans(&state.core, id, &text.original);
    let by = |by: &Option<String>| by.as_deref().map_or_else(|| "none".to_string(), |b| l.delegation(b));
    let mut names: Vec<String> = spans
        .iter()
        .map(|s| l.say(&msg!("doc-bracket", id = s.id.clone(), by = by(&s.by), words = "none")))
        .collect();
    for b in open.iter().filter(|b| spans.iter().all(|s| s.id != b.id)) {
        names.push(l.say(&msg!(
            "doc-bracket",
            id = b.id.clone(),
            by = by(&b.by),
            words = b.words.clone()
        )));
    }
    Some(Block::Note(l.say(&msg!("doc-brackets", brackets = l.list(&names)))))
}
