//! Tracked changes: what a proposal inserts into and deletes from the text
//! it was made on, word by word. The words are Unicode's (UAX #29), so a
//! language written without spaces is compared by its own word boundaries.

use similar::{ChangeTag, TextDiff};

/// One run of a text compared with another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Same(String),
    Deleted(String),
    Inserted(String),
}

/// The runs that turn `base` into `new`: unchanged words, and in each place
/// that changed the deleted words before the inserted ones (as Word shows
/// them). The spaces between two changed words belong to the change, so
/// that "a b" → "c d" reads as one replacement, not two.
pub fn changes(base: &str, new: &str) -> Vec<Change> {
    let diff = TextDiff::from_unicode_words(base, new);
    let tokens: Vec<(ChangeTag, &str)> = diff.iter_all_changes().map(|c| (c.tag(), c.value())).collect();
    let mut out: Vec<Change> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let flush = |out: &mut Vec<Change>, deleted: &mut String, inserted: &mut String| {
        if !deleted.is_empty() {
            out.push(Change::Deleted(std::mem::take(deleted)));
        }
        if !inserted.is_empty() {
            out.push(Change::Inserted(std::mem::take(inserted)));
        }
    };
    for (i, &(tag, value)) in tokens.iter().enumerate() {
        match tag {
            ChangeTag::Delete => deleted.push_str(value),
            ChangeTag::Insert => inserted.push_str(value),
            ChangeTag::Equal => {
                let between_changes = !(deleted.is_empty() && inserted.is_empty())
                    && value.chars().all(char::is_whitespace)
                    && tokens.get(i + 1).is_some_and(|(t, _)| *t != ChangeTag::Equal);
                if between_changes {
                    deleted.push_str(value);
                    inserted.push_str(value);
                    continue;
                }
                flush(&mut out, &mut deleted, &mut inserted);
                match out.last_mut() {
                    Some(Change::Same(s)) => s.push_str(value),
                    _ => out.push(Change::Same(value.to_string())),
                }
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// The text the runs make with their deletions (the base) or their insertions (the new text).
pub fn side(changes: &[Change], new: bool) -> String {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Same(s) => Some(s.as_str()),
            Change::Deleted(s) if !new => Some(s.as_str()),
            Change::Inserted(s) if new => Some(s.as_str()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Change::*;

    #[test]
    fn words_are_replaced_inserted_and_deleted() {
        assert_eq!(
            changes(
                "The Plenary agreed to send a review visit.",
                "The Plenary decided to send a review mission soon."
            ),
            vec![
                Same("The Plenary ".into()),
                Deleted("agreed".into()),
                Inserted("decided".into()),
                Same(" to send a review ".into()),
                Deleted("visit".into()),
                Inserted("mission soon".into()),
                Same(".".into()),
            ]
        );
    }

    #[test]
    fn neighbouring_changes_are_one_replacement() {
        assert_eq!(
            changes("one two three", "four five three"),
            vec![
                Deleted("one two".into()),
                Inserted("four five".into()),
                Same(" three".into())
            ]
        );
    }

    #[test]
    fn each_side_gives_its_text_back() {
        for (a, b) in [
            (
                "Пленарное заседание одобрило миссию.",
                "Пленарное заседание приветствовало миссию.",
            ),
            ("", "New."),
            ("Old.", ""),
            ("la  Namibie , et", "le Canada, et ensuite"),
        ] {
            let c = changes(a, b);
            assert_eq!(side(&c, false), a);
            assert_eq!(side(&c, true), b);
        }
    }
}
