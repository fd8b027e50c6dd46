//! The texts a translator can translate, with the id the command language
//! gives them (`translate ID LANG "…"`).
//!
//! This is the one place that lists them for the exchange formats: when the
//! domain gets its own list of every translatable text, [`texts`] becomes a
//! call to it.

use crate::domain::State;
use crate::domain::meeting::DecisionKind;
use crate::domain::state::{ParagraphKind, Text};
use sha2::{Digest, Sha256};

/// One translatable text and where it sits in the meeting.
pub struct TextRef<'a> {
    /// The id `translate` takes: a decision id, or `P` and the paragraph's position.
    pub id: String,
    /// The agenda item's number, such as "4" or "2.1".
    pub item: String,
    /// decision, recommendation, administrative, note, report or statement.
    pub kind: &'static str,
    pub text: &'a Text,
}

/// The decisions, then the communique paragraphs, in the order recorded.
pub fn texts(state: &State) -> Vec<TextRef<'_>> {
    let items = &state.meeting.items;
    let decisions = state.core.decisions.iter().map(|d| TextRef {
        id: d.id.clone(),
        item: items[d.item].number.to_string(),
        kind: match d.kind {
            DecisionKind::Decision => "decision",
            DecisionKind::Recommendation => "recommendation",
            DecisionKind::Administrative => "administrative",
        },
        text: &d.text,
    });
    let paragraphs = state.core.paragraphs.iter().enumerate().map(|(i, p)| TextRef {
        id: format!("P{}", i + 1),
        item: items[p.item].number.to_string(),
        kind: match p.kind {
            ParagraphKind::Note => "note",
            ParagraphKind::Report { .. } => "report",
            ParagraphKind::Statement { .. } => "statement",
        },
        text: &p.text,
    });
    decisions.chain(paragraphs).collect()
}

/// The first 16 hex digits of the SHA-256 of an original text: a translation
/// made from another version of the original does not match it.
pub fn fingerprint(original: &str) -> String {
    Sha256::digest(original.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}
