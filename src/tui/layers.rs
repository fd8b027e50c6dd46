//! What stands over the screens and takes the keys first: help, the prompt,
//! a question, a choice among matches, the text editor, a confirmation, the
//! message log, and the blocking message when the record is out of reach.

use super::input::LineInput;
use crate::commands::Command;
use crate::domain::ids::ItemNumber;
use crate::domain::state::Translation;
use ratatui_textarea::{TextArea, WrapMode};

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
        item: ItemNumber,
    },
    /// A delegation name or id to filter the roll call.
    Filter,
}

impl Ask {
    /// Whether the answer names a delegation (looked up, perhaps chosen among several).
    pub fn wants_delegation(&self) -> bool {
        matches!(self, Ask::Speaker | Ask::ObjectBy { .. } | Ask::ReserveBy { .. })
    }
}

/// What the editor's text is for.
#[derive(Clone, Debug, PartialEq)]
pub enum EditPurpose {
    Draft {
        item: ItemNumber,
        decision: String,
    },
    /// Amend a decision or paragraph; `version` is the original's version when editing began.
    Amend {
        target: String,
        version: u32,
    },
    /// Translate a text; `version` as above, to notice an amendment
    /// meanwhile, and the translation as it stood, to notice another
    /// rapporteur's save.
    Translate {
        target: String,
        lang: String,
        version: u32,
        before: Option<Translation>,
    },
}

impl EditPurpose {
    /// Only a translation has a draft state: Ctrl-D means nothing elsewhere.
    pub fn has_draft(&self) -> bool {
        matches!(self, EditPurpose::Translate { .. })
    }
}

pub struct Editor {
    pub purpose: EditPurpose,
    pub area: TextArea<'static>,
    /// The text when editing began, to know whether Esc loses anything.
    pub initial: String,
    /// How far the original's pane is scrolled.
    pub original_scroll: u16,
}

impl Editor {
    pub fn new(purpose: EditPurpose, text: &str) -> Editor {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(String::from).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        let mut editor = Editor {
            purpose,
            area,
            initial: String::new(),
            original_scroll: 0,
        };
        editor.initial = editor.text();
        editor
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n").trim().to_string()
    }

    pub fn changed(&self) -> bool {
        self.text() != self.initial
    }
}

/// What `y` does in a confirmation.
#[derive(Clone, Debug, PartialEq)]
pub enum Yes {
    /// Run the command (closing the editor under the question, if any).
    Send(Command),
    /// Close the editor under the question, losing its text.
    Discard,
}

/// A delegation chosen among several matches, to answer a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub ask: Ask,
    pub typed: String,
    /// Delegation indexes, best first.
    pub options: Vec<usize>,
    pub sel: usize,
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
    Choose(Choice),
    Editor(Box<Editor>),
    /// A question before something that cannot be taken back silently.
    Confirm {
        message: String,
        yes: Yes,
        /// Fluent id of the line that says what y and n do.
        keys: &'static str,
    },
    /// Every status message of this run, whole.
    Log {
        scroll: u16,
    },
    /// The record cannot be reached: nothing more can be saved. Only quit.
    Blocked {
        message: String,
    },
}
