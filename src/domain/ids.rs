//! Identifiers. Ids are case-insensitive (DESIGN §4): they are compared by a
//! folded key while the spelling of their definition is kept for display.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The case-folded form used to look an id up.
pub fn key(id: &str) -> String {
    id.to_lowercase()
}

/// An agenda item number: digits separated by dots (`3`, `2.1`).
///
/// Numbers compare by their numeric parts, for equality as for order: `02`
/// and `2` are the same item (the spelling of the definition is kept for
/// display), `2.9` comes before `2.10`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemNumber(String);

impl ItemNumber {
    /// Parses `3` or `2.1`; `None` if it is not digits and single dots.
    pub fn parse(s: &str) -> Option<ItemNumber> {
        let ok = !s.is_empty()
            && s.split('.')
                .all(|part| !part.is_empty() && part.len() <= 9 && part.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| ItemNumber(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn parts(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.split('.').map(|p| p.parse::<u64>().unwrap_or(0))
    }
}

impl PartialEq for ItemNumber {
    fn eq(&self, other: &Self) -> bool {
        self.parts().eq(other.parts())
    }
}

impl Eq for ItemNumber {}

impl std::hash::Hash for ItemNumber {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for part in self.parts() {
            part.hash(state);
        }
        // Ends the sequence, so that [1, 2] and [12] cannot be confused.
        u64::MAX.hash(state);
    }
}

impl Ord for ItemNumber {
    fn cmp(&self, other: &Self) -> Ordering {
        self.parts().cmp(other.parts())
    }
}

impl PartialOrd for ItemNumber {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Display for ItemNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a word is a decision id: it contains a letter, so that `defer 3`
/// and `defer KP/2009/IS/3` cannot be confused.
pub fn is_decision_id(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_whitespace() || c == '"')
}

/// Paragraph ids (`P4`) and action ids (`A2`) are made by the program: a
/// letter followed by digits.
pub fn numbered_id(prefix: char, s: &str) -> Option<usize> {
    let mut chars = s.chars();
    let first = chars.next()?;
    if !first.eq_ignore_ascii_case(&prefix) {
        return None;
    }
    let rest = chars.as_str();
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) || rest.len() > 9 {
        return None;
    }
    rest.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_numbers_order_numerically() {
        let a = ItemNumber::parse("2.10").unwrap();
        let b = ItemNumber::parse("2.9").unwrap();
        let c = ItemNumber::parse("10").unwrap();
        assert!(b < a);
        assert!(a < c);
        assert!(ItemNumber::parse("2.").is_none());
        assert!(ItemNumber::parse("a").is_none());
        assert!(ItemNumber::parse("").is_none());
    }

    #[test]
    fn item_numbers_are_equal_when_their_parts_are() {
        use std::collections::HashSet;
        let two = ItemNumber::parse("2").unwrap();
        let zero_two = ItemNumber::parse("02").unwrap();
        assert_eq!(two, zero_two);
        assert_eq!(two.cmp(&zero_two), Ordering::Equal);
        assert_eq!(zero_two.to_string(), "02", "the spelling is kept");
        assert_eq!(ItemNumber::parse("2.01").unwrap(), ItemNumber::parse("2.1").unwrap());
        assert_ne!(ItemNumber::parse("2.1").unwrap(), ItemNumber::parse("21").unwrap());
        assert_ne!(ItemNumber::parse("2").unwrap(), ItemNumber::parse("2.0").unwrap());
        let set: HashSet<ItemNumber> = [two, zero_two].into_iter().collect();
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn decision_ids_contain_a_letter() {
        assert!(is_decision_id("KP/2009/IS/3"));
        assert!(!is_decision_id("3"));
        assert!(!is_decision_id("2.1"));
    }

    #[test]
    fn numbered_ids() {
        assert_eq!(numbered_id('P', "p12"), Some(12));
        assert_eq!(numbered_id('A', "A3"), Some(3));
        assert_eq!(numbered_id('A', "A"), None);
        assert_eq!(numbered_id('A', "AB"), None);
    }
}
