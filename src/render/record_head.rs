//! The record's head, printed at the end of every document and every page
//! of the site: how many events the record held and the hash of the chain
//! at the last one. No check inside the file can tell a record swapped for
//! another of the same meeting, or cut and rechained; a head kept outside it
//! (on paper, in an e-mail) can: `plenary verify --head EVENTS:HEAD` checks
//! that the record still holds it as the prefix of its history.

use super::document::Block;
use super::lang::Lang;
use crate::msg;

/// How many hexadecimal digits of the head are printed: as many as the
/// fingerprints of the decisions, short enough to copy by hand from paper,
/// long enough (64 bits) that no other history of the meeting has them by
/// chance. `verify --head` accepts these or more.
pub const PRINTED_DIGITS: usize = 16;

/// The record's head: its events and the chain's hash at the last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordHead {
    pub events: i64,
    pub hash: Option<[u8; 32]>,
}

impl RecordHead {
    /// From a record's `head()`: the last event read and the hash there.
    pub fn of((events, hash): (i64, Option<[u8; 32]>)) -> RecordHead {
        RecordHead { events, hash }
    }

    /// The digits printed, or `None` for a record without events.
    pub fn printed(&self) -> Option<String> {
        let hash = self.hash.filter(|_| self.events > 0)?;
        Some(
            hash.iter()
                .take(PRINTED_DIGITS / 2)
                .map(|b| format!("{b:02x}"))
                .collect(),
        )
    }
}

/// The head's line in a document's language: "Record: 1,234 events, chain
/// head 3f2a8c1d9e0b7a65 (first 16 hexadecimal digits)."
pub fn line(l: &Lang<'_>, head: &RecordHead) -> String {
    match head.printed() {
        Some(digits) => l.say(&msg!("anchor-head", events = head.events, head = digits)),
        None => l.say(&msg!("anchor-head-empty")),
    }
}

/// The head as the last block of a document: small print, after the fingerprint.
pub fn note(l: &Lang<'_>, head: &RecordHead) -> Block {
    Block::Note(line(l, head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_digits_are_printed_and_none_without_events() {
        let mut hash = [0u8; 32];
        hash[0] = 0x3f;
        hash[7] = 0x65;
        hash[8] = 0xff;
        let head = RecordHead::of((1234, Some(hash)));
        assert_eq!(head.printed().as_deref(), Some("3f00000000000065"));
        assert_eq!(RecordHead::of((0, Some(hash))).printed(), None);
        assert_eq!(RecordHead::of((0, None)).printed(), None);
    }
}
