//! Limits on what one command may carry, the same for every path a text
//! comes in by (meeting files, `plenary do`, the prompt, the editor, XLIFF):
//! the screen and the documents stay quick whatever is pasted.

use super::Msg;
use crate::msg;

/// The most characters one text may have. The longest real decision is a
/// few thousand characters; a hundred thousand leaves room for any annex.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Refuses a text longer than [`MAX_TEXT_CHARS`], saying how long it is.
pub fn check_text(text: &str) -> Result<(), Msg> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(msg!("err-text-too-long", chars = chars, max = MAX_TEXT_CHARS));
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
}
