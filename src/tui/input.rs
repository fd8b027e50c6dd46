//! A one-line text input with a cursor, for the `:` prompt and questions.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineInput {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
}

impl LineInput {
    pub fn new(text: &str) -> LineInput {
        LineInput {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map(|(i, _)| i)
            .unwrap_or(self.text.len())
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    pub fn insert_str(&mut self, text: &str) {
        for c in text.chars() {
            self.insert(c);
        }
    }

    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.chars().count();
    }

    pub fn set(&mut self, text: &str) {
        *self = LineInput::new(text);
    }

    /// The word before the cursor, for completion: its start (in characters) and text.
    pub fn current_word(&self) -> (usize, String) {
        let before: Vec<char> = self.text.chars().take(self.cursor).collect();
        let start = before
            .iter()
            .rposition(|c| c.is_whitespace())
            .map(|i| i + 1)
            .unwrap_or(0);
        (start, before[start..].iter().collect())
    }

    /// Replaces the word before the cursor.
    pub fn replace_word(&mut self, start: usize, with: &str) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut text: String = chars[..start].iter().collect();
        text.push_str(with);
        let cursor = text.chars().count();
        text.extend(chars[self.cursor..].iter());
        self.text = text;
        self.cursor = cursor;
    }
}

/// A key in a one-line input: characters, deletion and movement.
pub fn edit_line(input: &mut LineInput, key: KeyEvent) {
    match key.code {
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => input.insert(c),
        KeyCode::Backspace => input.backspace(),
        KeyCode::Delete => input.delete(),
        KeyCode::Left => input.left(),
        KeyCode::Right => input.right(),
        KeyCode::Home => input.home(),
        KeyCode::End => input.end(),
        _ => {}
    }
}

/// Pasted lines joined by spaces, for a one-line input: a paste never runs.
pub fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_at_the_cursor_in_characters() {
        let mut i = LineInput::new("présent");
        i.left();
        i.backspace();
        assert_eq!(i.text, "préset");
        i.home();
        i.insert('x');
        assert_eq!(i.text, "xpréset");
        i.end();
        i.delete();
        assert_eq!(i.cursor, 7);
    }

    #[test]
    fn completes_the_current_word() {
        let mut i = LineInput::new("present na");
        let (start, word) = i.current_word();
        assert_eq!((start, word.as_str()), (8, "na"));
        i.replace_word(start, "NA ");
        assert_eq!(i.text, "present NA ");
    }
}
