//! Limits on what one command may carry, the same for every path a command
//! comes in by: `plenary do`, the live screen, XLIFF import and record
//! import all reach [`check_command`], and meeting files [`check_text`]. The
//! screen and the documents stay quick whatever is pasted, and no name in
//! the record can hide or reorder what is printed around it.

use super::Msg;
use super::event::Event;
use super::ids::{self, IdKind};
use crate::msg;

/// The most characters one text may have. The longest real decision is a
/// few thousand characters; a hundred thousand leaves room for any annex.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most characters an author's name may have: a person's or an
/// office's name, printed in the record's history beside every command.
pub const MAX_AUTHOR_CHARS: usize = 200;

/// Refuses a text longer than [`MAX_TEXT_CHARS`], saying how long it is.
pub fn check_text(text: &str) -> Result<(), Msg> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(msg!("err-text-too-long", chars = chars, max = MAX_TEXT_CHARS));
    }
    Ok(())
}

/// Refuses an author's name (`--as`, `PLENARY_USER`, the login name) that
/// is empty, too long, or holds a control character (a newline among
/// them), a line or paragraph separator, or a format character (the bidi
/// controls, zero-width ones): such a name could forge a line of the
/// history or reorder what is shown beside it.
pub fn check_author(author: &str) -> Result<(), Msg> {
    if author.trim().is_empty() {
        return Err(msg!("err-author-empty"));
    }
    if let Some(c) = author
        .chars()
        .find(|&c| c.is_control() || ids::is_format(c) || matches!(c, '\u{2028}' | '\u{2029}'))
    {
        return Err(msg!(
            "err-author-hidden-char",
            author = author.escape_debug().to_string(),
            code = format!("U+{:04X}", c as u32)
        ));
    }
    let chars = author.chars().count();
    if chars > MAX_AUTHOR_CHARS {
        return Err(msg!("err-author-too-long", chars = chars, max = MAX_AUTHOR_CHARS));
    }
    Ok(())
}

/// The texts an event carries.
fn texts(event: &Event) -> Vec<&str> {
    use Event::*;
    match event {
        Drafted { text, .. }
        | Amended { text, .. }
        | Translated { text, .. }
        | Noted { text, .. }
        | NoteTranslated { text, .. }
        | Statement { text, .. }
        | Reported { text, .. }
        | ActionAdded { text, .. } => vec![text],
        Objected { reason, .. } => vec![reason],
        Reserved { statement, .. } => vec![statement],
        _ => Vec::new(),
    }
}

/// The one check of what a command records, whatever it came in by: its
/// author's name, the length of every text, and the id of any decision it
/// makes (the ids it names must exist, which the fold checks).
pub fn check_command(author: &str, events: &[Event]) -> Result<(), Msg> {
    check_author(author)?;
    for event in events {
        for text in texts(event) {
            check_text(text)?;
        }
        if let Event::Drafted { decision, .. } = event
            && let Some(problem) = ids::id_problem(decision, IdKind::Decision)
        {
            return Err(problem);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_at_the_limit_passes_and_one_more_character_does_not() {
        assert!(check_text(&"a".repeat(MAX_TEXT_CHARS)).is_ok());
        let err = check_text(&"é".repeat(MAX_TEXT_CHARS + 1)).unwrap_err();
        assert_eq!(err.id, "err-text-too-long");
    }

    #[test]
    fn an_author_with_a_hidden_or_breaking_character_is_refused() {
        for good in [
            "secretariat",
            "Jean-Pierre Dupont",
            "Ана Иванова",
            "أحمد",
            "O'Brien (WGM)",
        ] {
            assert_eq!(check_author(good), Ok(()), "{good}");
        }
        for bad in [
            "a\nb",
            "a\rb",
            "a\tb",
            "\u{1b}[31mred",
            "a\u{85}b",
            "a\u{2028}b",
            "a\u{2029}b",
            "abc\u{202e}gpj",
            "a\u{2066}b",
            "a\u{200b}b",
            "a\u{feff}",
        ] {
            assert_eq!(check_author(bad).unwrap_err().id, "err-author-hidden-char", "{bad:?}");
        }
        assert_eq!(check_author(" ").unwrap_err().id, "err-author-empty");
        assert!(check_author(&"a".repeat(MAX_AUTHOR_CHARS)).is_ok());
        assert_eq!(
            check_author(&"a".repeat(MAX_AUTHOR_CHARS + 1)).unwrap_err().id,
            "err-author-too-long"
        );
    }

    #[test]
    fn a_command_is_checked_for_its_author_texts_and_new_ids() {
        let note = |text: String| Event::Noted {
            item: "1".into(),
            text,
            lang: None,
        };
        assert!(check_command("officer", &[note("a".repeat(MAX_TEXT_CHARS))]).is_ok());
        let long = check_command("officer", &[note("a".repeat(MAX_TEXT_CHARS + 1))]);
        assert_eq!(long.unwrap_err().id, "err-text-too-long");
        let reason = Event::Objected {
            decision: "KP/1".into(),
            by: "NA".into(),
            reason: "a".repeat(MAX_TEXT_CHARS + 1),
            lang: None,
        };
        assert_eq!(check_command("officer", &[reason]).unwrap_err().id, "err-text-too-long");
        let author = check_command("a\nb", &[note("x".into())]);
        assert_eq!(author.unwrap_err().id, "err-author-hidden-char");
        let drafted = Event::Drafted {
            item: "1".into(),
            decision: "KP/1\u{202e}".into(),
            kind: crate::domain::meeting::DecisionKind::Decision,
            by: None,
            text: "x".into(),
            lang: None,
        };
        assert_eq!(
            check_command("officer", &[drafted]).unwrap_err().id,
            "err-id-hidden-char"
        );
    }
}
