//! Events: what the record stores. Each names its objects by id, so that a
//! record stays readable without the program.

use super::meeting::DecisionKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Event {
    Attendance {
        ids: Vec<String>,
        present: bool,
    },
    ItemOpened {
        item: String,
    },
    ItemClosed {
        item: String,
    },
    ItemDeferred {
        item: String,
    },
    SpeakerAdded {
        id: String,
    },
    SpeakerNext,
    SpeakerRemoved {
        id: String,
    },
    Drafted {
        item: String,
        decision: String,
        kind: DecisionKind,
        by: Option<String>,
        text: String,
    },
    /// A new original text of a decision (`D…`) or paragraph (`P…`).
    Amended {
        target: String,
        text: String,
    },
    Translated {
        target: String,
        lang: String,
        text: String,
        draft: bool,
    },
    Adopted {
        decision: String,
    },
    Objected {
        decision: String,
        by: String,
        reason: String,
    },
    Reserved {
        decision: String,
        by: String,
        statement: String,
    },
    DecisionDeferred {
        decision: String,
    },
    Noted {
        item: String,
        text: String,
    },
    /// A translation of the last note under an item.
    NoteTranslated {
        item: String,
        lang: String,
        text: String,
    },
    Admitted {
        id: String,
    },
    Suspended {
        id: String,
    },
    Reinstated {
        id: String,
    },
    ChairSelected {
        id: String,
        year: i32,
    },
    ViceChairSelected {
        id: String,
        year: i32,
    },
    Statement {
        item: String,
        by: String,
        text: String,
    },
    Reported {
        body: String,
        item: String,
        text: String,
    },
    ActionAdded {
        body: String,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    ActionDone {
        action: String,
    },
    CommuniqueAdopted,
    /// Reverses the group whose first event has this sequence number.
    Undone {
        group: i64,
    },
}
