//! What stands over the screens and takes the keys first: help, the prompt,
//! a question, a choice among matches, the text editor, a confirmation, the
//! message log, and the blocking message when the record is out of reach.
//! Each is a component with its own keys and drawing, one module each.

mod confirm;
mod editor;
mod help;
mod prompt;
mod question;

pub use confirm::{Blocked, Confirm, Yes};
pub use editor::Editor;
pub use help::{Help, Log};
pub use prompt::Prompt;
pub use question::{Choice, Question};

use super::component::Component;
use crate::domain::ids::ItemNumber;
use crate::domain::state::Translation;
use ratatui::layout::Rect;

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

/// What stands over the screens, topmost last.
pub enum Layer {
    Help(Help),
    Prompt(Prompt),
    Ask(Question),
    Choose(Choice),
    Editor(Box<Editor>),
    Confirm(Confirm),
    Log(Log),
    Blocked(Blocked),
}

impl Layer {
    pub fn component(&mut self) -> &mut dyn Component {
        match self {
            Layer::Help(c) => c,
            Layer::Prompt(c) => c,
            Layer::Ask(c) => c,
            Layer::Choose(c) => c,
            Layer::Editor(c) => c.as_mut(),
            Layer::Confirm(c) => c,
            Layer::Log(c) => c,
            Layer::Blocked(c) => c,
        }
    }

    pub fn view(&self) -> &dyn Component {
        match self {
            Layer::Help(c) => c,
            Layer::Prompt(c) => c,
            Layer::Ask(c) => c,
            Layer::Choose(c) => c,
            Layer::Editor(c) => c.as_ref(),
            Layer::Confirm(c) => c,
            Layer::Log(c) => c,
            Layer::Blocked(c) => c,
        }
    }
}

/// A box of a width and height in the middle of an area.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
