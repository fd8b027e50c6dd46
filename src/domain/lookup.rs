//! Finding a delegation from what an officer typed: its id, or the start of
//! any word of its name in any official language, ignoring case and accents
//! ("cote" and "ivoire" both find Côte d'Ivoire). One lookup for the command
//! parser, completion, the roll-call search, the speakers list and the files.

use super::meeting::{Delegation, Meeting};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What a lookup found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Exactly one delegation: by its id, or the only name that fits.
    One(usize),
    /// Several names fit: the officer must choose. Names that begin with
    /// what was typed come first ("nam": Namibia before Viet Nam).
    Many(Vec<usize>),
    None,
}

/// Whether two ids name the same thing: ids are case-insensitive ("na",
/// "NA"), as in the command language and the files.
pub fn same_id(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The place of the entry whose id is `id`, in any case: a delegation of a
/// meeting, a member of a body file. Ids are exact (no part of a name):
/// files name delegations by id.
pub fn by_id<T>(entries: &[T], id: &str, id_of: impl Fn(&T) -> &str) -> Option<usize> {
    entries.iter().position(|e| same_id(id_of(e), id))
}

/// Lower case without accents, for comparing what was typed with names.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a folded name: split at spaces, hyphens, apostrophes and
/// punctuation ("d'Ivoire" gives "d" and "ivoire").
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Whether a delegation fits what was typed (already folded): its id starts
/// with it, or a word of one of its names (ordinary or formal, any language)
/// does. Several typed words must each start a word of the same name.
pub fn fits(d: &Delegation, typed: &str) -> bool {
    let wanted: Vec<&str> = words(typed).collect();
    if wanted.is_empty() {
        return true;
    }
    if wanted.len() == 1 && fold(&d.id).starts_with(wanted[0]) {
        return true;
    }
    names(d).any(|name| {
        let name = fold(name);
        let have: Vec<&str> = words(&name).collect();
        wanted.iter().all(|w| have.iter().any(|h| h.starts_with(w)))
    })
}

fn names(d: &Delegation) -> impl Iterator<Item = &String> {
    d.name.0.values().chain(d.formal_name.iter().flat_map(|f| f.0.values()))
}

/// Whether a name of the delegation begins with what was typed.
fn begins(d: &Delegation, typed: &str) -> bool {
    names(d).any(|n| fold(n).starts_with(typed))
}

/// Every delegation that fits, those whose name begins with it first, each
/// group in the meeting's order.
pub fn matches(meeting: &Meeting, typed: &str) -> Vec<usize> {
    let typed = fold(typed.trim());
    let all: Vec<usize> = (0..meeting.delegations.len())
        .filter(|&i| fits(&meeting.delegations[i], &typed))
        .collect();
    let (first, rest): (Vec<usize>, Vec<usize>) =
        all.into_iter().partition(|&i| begins(&meeting.delegations[i], &typed));
    first.into_iter().chain(rest).collect()
}

/// The delegation meant by what was typed: an id (any case) is exact;
/// otherwise one name must fit, or the officer chooses among several.
pub fn delegation(meeting: &Meeting, typed: &str) -> Found {
    let typed = typed.trim();
    if typed.is_empty() {
        return Found::None;
    }
    if let Some(i) = meeting.delegation_index(typed) {
        return Found::One(i);
    }
    match matches(meeting, typed).as_slice() {
        [] => Found::None,
        [one] => Found::One(*one),
        many => Found::Many(many.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_in_any_case_and_never_by_part() {
        let ids = ["NA", "EU", "WDC"];
        assert_eq!(by_id(&ids, "eu", |s| s), Some(1));
        assert_eq!(by_id(&ids, "Wdc", |s| s), Some(2));
        assert_eq!(by_id(&ids, "W", |s| s), None);
        assert!(same_id("ci", "CI"));
        assert!(!same_id("CI", "CIV"));
    }

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Côte d'Ivoire"), "cote d'ivoire");
        assert_eq!(fold("ÉTATS-UNIS"), "etats-unis");
        // Both sides are folded alike: ё finds е, й finds и, whichever was typed.
        assert_eq!(fold("Российская"), fold("российская"));
        assert_eq!(fold("Объединённые"), "объединенные");
    }
}
