//! The texts a translator can translate, with the id the command language
//! gives them (`translate ID LANG "…"`), for the exchange formats: the
//! domain's one list ([`State::texts`]) with the agenda item's number.

use crate::domain::State;
use crate::domain::state::Text;
use sha2::{Digest, Sha256};

/// One translatable text and where it sits in the meeting.
pub struct TextRef<'a> {
    /// The id `translate` takes: a decision id, an objection's or a
    /// reservation's id, `P` or `A` and the paragraph's or action's position.
    pub id: String,
    /// The agenda item's number, such as "4" or "2.1"; none for an action
    /// recorded with no item open.
    pub item: Option<String>,
    /// What the text is, as [`crate::domain::state::TextKind::as_str`] names it.
    pub kind: &'static str,
    pub text: &'a Text,
}

/// Every translatable text, in the order the documents print them.
pub fn texts(state: &State) -> Vec<TextRef<'_>> {
    let items = &state.meeting.items;
    state
        .texts()
        .into_iter()
        .map(|t| TextRef {
            id: t.id,
            item: t.item.and_then(|i| items.get(i)).map(|i| i.number.to_string()),
            kind: t.kind.as_str(),
            text: t.text,
        })
        .collect()
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
