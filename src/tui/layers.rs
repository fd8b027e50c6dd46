//! What stands over the screens and takes the keys first: help, the prompt,
//! a question, the text editor, a confirmation.

use super::input::LineInput;
use crate::commands::Command;
use ratatui_textarea::TextArea;

/// What a question's answer is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    /// A delegation (by id or part of its name) to add to the speakers list.
    Speaker,
    /// The delegation objecting to a decision, then its reason.
    ObjectBy {
        decision: String,
    },
    ObjectReason {
        decision: String,
        by: String,
    },
    ReserveBy {
        decision: String,
    },
    ReserveText {
        decision: String,
        by: String,
    },
    /// The id of a new decision under an item.
    NewDecisionId {
        item: String,
    },
    /// A delegation name or id to filter the roll call.
    Filter,
}

/// What the editor's text is for.
#[derive(Clone, Debug, PartialEq)]
pub enum EditPurpose {
    Draft {
        item: String,
        decision: String,
    },
    /// Amend a decision or paragraph; `version` is the original's version when editing began.
    Amend {
        target: String,
        version: u32,
    },
    /// Translate a text; `version` as above, to notice an amendment meanwhile.
    Translate {
        target: String,
        lang: String,
        version: u32,
        original: String,
    },
}

pub struct Editor {
    pub purpose: EditPurpose,
    pub area: TextArea<'static>,
}

impl Editor {
    pub fn new(purpose: EditPurpose, text: &str) -> Editor {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(String::from).collect()
        };
        let mut area = TextArea::new(lines);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Editor { purpose, area }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n").trim().to_string()
    }
}

pub enum Layer {
    Help {
        scroll: u16,
    },
    Prompt {
        input: LineInput,
        history: Option<usize>,
        completions: Vec<String>,
        choice: usize,
    },
    Ask {
        ask: Ask,
        input: LineInput,
    },
    Editor(Box<Editor>),
    /// Another terminal changed the text being edited: keep going or not.
    Confirm {
        message: String,
        command: Command,
    },
}
