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
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// A new original text of a decision (`D…`) or paragraph (`P…`).
    Amended {
        target: String,
        text: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
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
    /// An adopted decision is reopened: it may change, and be adopted again.
    Reopened {
        decision: String,
    },
    Objected {
        decision: String,
        by: String,
        reason: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    Reserved {
        decision: String,
        by: String,
        statement: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// The standing objection of `by` to a decision is withdrawn.
    ObjectionWithdrawn {
        decision: String,
        by: String,
    },
    DecisionDeferred {
        decision: String,
    },
    Noted {
        item: String,
        text: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
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
        /// The agenda item open when the selection was made, under which
        /// the communique prints it (older records have none: printed
        /// after the business of the meeting).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<String>,
    },
    ViceChairSelected {
        id: String,
        year: i32,
        /// The agenda item open when the selection was made, under which
        /// the communique prints it (older records have none: printed
        /// after the business of the meeting).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<String>,
    },
    Statement {
        item: String,
        by: String,
        text: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    Reported {
        body: String,
        item: String,
        text: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    ActionAdded {
        body: String,
        text: String,
        /// The language of `text` (older records have none: the body's first).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    ActionDone {
        action: String,
    },
    CommuniqueAdopted,
    /// The communique's adoption is reopened: it may change again.
    CommuniqueReopened,
    /// A delegation proposes a new text for a recorded text (`AMn`, the
    /// next number), made on its version `base`.
    Proposed {
        target: String,
        by: String,
        text: String,
        base: u32,
    },
    /// Delegations join a proposal as co-sponsors.
    ProposalSupported {
        amendment: String,
        ids: Vec<String>,
    },
    /// A proposal is applied: its text, or (`text`) the words the room
    /// settled on, becomes the target's next version.
    ProposalAccepted {
        amendment: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    ProposalRejected {
        amendment: String,
    },
    ProposalWithdrawn {
        amendment: String,
    },
    /// Reverses the group whose first event has this sequence number.
    Undone {
        group: i64,
    },
    /// A corrigendum: the sealed text of `target` in `lang` becomes `text`,
    /// for `reason`.
    Corrected {
        target: String,
        lang: String,
        text: String,
        reason: String,
    },
    /// Words of a text marked as not agreed: the bracket `Bn`, the next number.
    Bracketed {
        target: String,
        words: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<String>,
    },
    /// The brackets of `Bn` lifted: its words are agreed and stay.
    BracketAgreed {
        bracket: String,
    },
    /// The words of `Bn` deleted: a new version of its text.
    BracketDropped {
        bracket: String,
    },
    /// One paragraph of the communique adopted (`P3`, `G-totals`): as it
    /// stands, or (`text`) as orally amended, in its original language. A
    /// generated paragraph not yet frozen carries its `words` in every
    /// official language as printed at that moment, which it keeps from
    /// then on (empty for any other).
    ParagraphAdopted {
        paragraph: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
        words: std::collections::BTreeMap<String, String>,
    },
    /// One paragraph of the communique held for consultations.
    ParagraphHeld {
        paragraph: String,
    },
    /// A paragraph's adoption reopened: it may change, and be adopted again.
    ParagraphReopened {
        paragraph: String,
    },
}

impl Event {
    /// Whether it changes what the communique says (its text in the original
    /// language): once the communique is adopted, such events are refused
    /// until `reopen communique`. Translations render the adopted text in
    /// the other languages (Rule 26 expects them after adoption), and the
    /// speakers list, item status and actions done are not printed in it.
    /// A proposal is not printed in it either, but one made after the
    /// adoption could never be accepted: it is refused with the rest; its
    /// co-sponsors and its closing change nothing printed. A corrigendum
    /// changes a sealed text after adoption: that is what it is for.
    pub fn changes_communique(&self) -> bool {
        !matches!(
            self,
            Event::SpeakerAdded { .. }
                | Event::SpeakerNext
                | Event::SpeakerRemoved { .. }
                | Event::ItemOpened { .. }
                | Event::ItemClosed { .. }
                | Event::ItemDeferred { .. }
                | Event::Translated { .. }
                | Event::NoteTranslated { .. }
                | Event::ActionDone { .. }
                | Event::CommuniqueAdopted
                | Event::CommuniqueReopened
                | Event::ProposalSupported { .. }
                | Event::ProposalRejected { .. }
                | Event::ProposalWithdrawn { .. }
                | Event::Undone { .. }
                | Event::Corrected { .. }
        )
    }
}
