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

/// The words of the command language. None of them can be an id, in a file
/// or in a command: `adopt communique` must never mean a decision called
/// "communique". `commands::table` checks that every command word is here.
pub const KEYWORDS: &[&str] = &[
    "present",
    "absent",
    "open",
    "close",
    "defer",
    "speaker",
    "draft",
    "amend",
    "translate",
    "adopt",
    "object",
    "withdraw",
    "reserve",
    "note",
    "admit",
    "suspend",
    "reinstate",
    "chair",
    "vice-chair",
    "statement",
    "wg",
    "recommend",
    "action",
    "done",
    "reopen",
    "propose",
    "support",
    "accept",
    "reject",
    "undo",
    "communique",
    "all",
    "participants",
    "observers",
    "applicants",
    "add",
    "next",
    "remove",
    "--draft",
    "--owner",
    "--due",
    "bracket",
    "agree",
    "drop",
    "--by",
    "correct",
    "hold",
];

/// The dashes a word may start with to be an option of the command
/// language (`--draft`): the hyphen, and the dashes a word processor makes
/// of two hyphens. No id starts with one, so a mistyped option is never
/// read as an id.
pub const DASHES: [char; 4] = ['-', '\u{2013}', '\u{2014}', '\u{2212}'];

/// Unicode's format characters (general category Cf): invisible, and some
/// (the bidi controls) reorder what is shown around them, so an id holding
/// one looks like another id. The one definition: the outputs' filter
/// (`render::visible`) asks it too.
pub fn is_format(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    c.general_category() == GeneralCategory::Format
}

/// What an id may hold. Delegation and body ids are single words; decision
/// ids may hold plain spaces (`KP/2017/Plenary/Administrative Decision 1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Word,
    Decision,
}

/// Why `s` cannot be an id, as a message naming the fault; `None` if it can.
pub fn id_problem(s: &str, kind: IdKind) -> Option<crate::domain::Msg> {
    use crate::msg;
    if s.is_empty() {
        return Some(msg!("err-id-empty"));
    }
    if KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(s)) {
        return Some(msg!("err-id-keyword", id = s));
    }
    if s.starts_with(DASHES) {
        return Some(msg!("err-id-dash", id = s));
    }
    if let Some(c) = s.chars().find(|&c| c.is_control() || is_format(c)) {
        return Some(msg!("err-id-hidden-char", code = format!("U+{:04X}", c as u32)));
    }
    if let Some(c) = s.chars().find(|&c| c.is_whitespace() && c != ' ') {
        return Some(msg!("err-id-hidden-char", code = format!("U+{:04X}", c as u32)));
    }
    if s.contains(' ') && (kind == IdKind::Word || s.starts_with(' ') || s.ends_with(' ') || s.contains("  ")) {
        return Some(msg!("err-id-spaces", id = s));
    }
    if s.contains('"') {
        return Some(msg!("err-id-quote", id = s));
    }
    if kind == IdKind::Decision {
        if !s.chars().any(char::is_alphabetic) {
            return Some(msg!("err-id-no-letter", id = s));
        }
        if PROGRAM_PREFIXES.iter().any(|&p| numbered_id(p, s).is_some())
            || amendment_number(s).is_some()
            || super::paragraphs::is_generated_form(s)
        {
            return Some(msg!("err-id-program-made", id = s));
        }
    }
    None
}

/// The letters of the ids the program makes: paragraphs `P3`, actions `A2`,
/// reservations `R1`, objections `O1`. A decision id cannot look like one.
pub const PROGRAM_PREFIXES: [char; 4] = ['P', 'A', 'R', 'O'];

/// Whether a word is a decision id: it contains a letter, so that `defer 3`
/// and `defer KP/2009/IS/3` cannot be confused, and nothing an id may not hold.
pub fn is_decision_id(s: &str) -> bool {
    id_problem(s, IdKind::Decision).is_none()
}

/// An id as one word of the command language: quoted when it holds a space
/// (`adopt "KP/2017/Plenary/Administrative Decision 1"`).
pub fn as_word(id: &str) -> std::borrow::Cow<'_, str> {
    if id.contains(' ') || id.contains('"') || id.is_empty() {
        let escaped = id.replace('\\', "\\\\").replace('"', "\\\"");
        std::borrow::Cow::Owned(format!("\"{escaped}\""))
    } else {
        std::borrow::Cow::Borrowed(id)
    }
}

/// The number of an amendment's id (`AM3`, any case): `AM` and digits.
/// `withdraw AM3` is told from `withdraw DECISION ID` by this form, so no
/// decision id can have it.
pub fn amendment_number(s: &str) -> Option<usize> {
    let head = s.get(..2)?;
    if !head.eq_ignore_ascii_case("am") {
        return None;
    }
    let rest = &s[2..];
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) || rest.len() > 9 {
        return None;
    }
    rest.parse().ok()
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
    fn ids_with_plain_spaces_are_decision_ids_only() {
        assert!(is_decision_id("KP/2017/Plenary/Administrative Decision 1"));
        assert!(id_problem("Administrative Decision 1", IdKind::Word).is_some());
        assert!(!is_decision_id(" KP/1"), "a leading space");
        assert!(!is_decision_id("KP/1 "), "a trailing space");
        assert!(!is_decision_id("KP  1"), "two spaces");
    }

    #[test]
    fn keywords_and_hidden_characters_are_refused() {
        for word in ["communique", "ALL", "undo", "--draft", "participants", "withdraw"] {
            let m = id_problem(word, IdKind::Word).expect(word);
            assert_eq!(m.id, "err-id-keyword", "{word}");
        }
        for bad in [
            "KP/1\u{202e}",
            "KP\u{200b}/1",
            "KP/1\t",
            "KP/\u{a0}1",
            "KP/1\u{1b}[2J",
            "KP/1\u{85}",
        ] {
            let m = id_problem(bad, IdKind::Decision).expect(bad);
            assert_eq!(m.id, "err-id-hidden-char", "{bad:?}");
        }
        assert_eq!(id_problem("", IdKind::Word).unwrap().id, "err-id-empty");
        assert_eq!(id_problem("R1", IdKind::Decision).unwrap().id, "err-id-program-made");
        assert_eq!(id_problem("KP\"1", IdKind::Decision).unwrap().id, "err-id-quote");
        assert!(id_problem("NA", IdKind::Word).is_none());
        assert!(id_problem("Côte", IdKind::Word).is_none());
    }

    #[test]
    fn numbered_ids() {
        assert_eq!(numbered_id('P', "p12"), Some(12));
        assert_eq!(numbered_id('A', "A3"), Some(3));
        assert_eq!(numbered_id('A', "A"), None);
        assert_eq!(numbered_id('A', "AB"), None);
        assert_eq!(amendment_number("am12"), Some(12));
        assert_eq!(amendment_number("AM"), None);
        assert_eq!(amendment_number("AMX1"), None);
        assert_eq!(amendment_number("Aé1"), None);
        assert_eq!(id_problem("AM3", IdKind::Decision).unwrap().id, "err-id-program-made");
    }
}
