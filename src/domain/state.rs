//! What has happened in the room: the state folded from the meeting file and
//! the session's events. Collections are persistent (imbl), so that a copy of
//! the state before each command costs little: undo and validation use it.

use super::meeting::{Category, DecisionKind, Localised, Meeting, Status};
use chrono::{DateTime, FixedOffset, NaiveDate};
use imbl::{OrdMap, Vector};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A moment, in the offset of the machine that recorded it.
pub type At = DateTime<FixedOffset>;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DelegationState {
    pub category: Category,
    pub status: Status,
    /// `None` until the roll call reaches it.
    pub present: Option<bool>,
    pub admitted: Option<At>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    Pending,
    Open,
    Closed,
    Deferred,
}

impl ItemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Pending => "pending",
            ItemStatus::Open => "open",
            ItemStatus::Closed => "closed",
            ItemStatus::Deferred => "deferred",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spoke {
    pub delegation: String,
    pub seconds: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemState {
    pub status: ItemStatus,
    /// When it was last opened, while it is open.
    pub opened_at: Option<At>,
    /// Seconds the item was open before its current opening.
    pub used_seconds: i64,
    /// Delegations waiting for the floor, in order.
    pub queue: Vector<String>,
    /// Who has the floor, and since when.
    pub floor: Option<(String, At)>,
    pub spoken: Vector<Spoke>,
}

/// A translation, and the version of the original it was made from: when
/// the original is amended after, the translation is stale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub text: String,
    pub draft: bool,
    pub version: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationState {
    Missing,
    Draft,
    Stale,
    Final,
}

/// Why a version of a text was made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "why", rename_all = "kebab-case")]
pub enum Why {
    /// Written: recorded by a command, or prepared in the meeting file.
    #[default]
    Drafted,
    /// The secretariat's editorial change (`amend`).
    Amended,
    /// A proposal accepted as it was made (`accept AMn`).
    Accepted { amendment: String, by: String },
    /// A proposal accepted with the words the room settled on (`accept AMn "text"`).
    AcceptedOrallyAmended { amendment: String, by: String },
    /// A corrigendum of the sealed original (`correct`), for this reason.
    Corrected { reason: String },
    /// A communique paragraph adopted as orally amended (`adopt Pn "text"`).
    AdoptedOrallyAmended,
    /// The words of a bracket deleted (`drop Bn`).
    BracketDropped {
        bracket: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<String>,
    },
}

/// Who made a version, when and why. A text prepared in the meeting file
/// has neither author nor time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    /// The record's author of the command (the officer who typed it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<At>,
    #[serde(flatten)]
    pub why: Why,
}

/// A version of a text that is no longer the current one: kept, never
/// overwritten, so that any two versions can be compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub text: String,
    pub lang: String,
    pub made: Made,
}

/// An original text with its translations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Text {
    /// The current version's text.
    pub original: String,
    /// The language the original was written in, as recorded with it: a
    /// body whose language order changes later still knows it.
    pub lang: String,
    /// 1 when written, one more at each amendment or accepted proposal.
    pub version: u32,
    /// A handful at most (one per language): a plain sorted map, not a
    /// persistent one, whose nodes are sized for thousands of entries.
    pub translations: BTreeMap<String, Translation>,
    /// How the current version was made.
    #[serde(default)]
    pub made: Made,
    /// The versions before the current one, oldest first: version `n` is
    /// `earlier[n - 1]` while `n < version`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Version>,
    /// The corrigenda of its sealed versions, in every language, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrigenda: Vec<super::seal::Corrigendum>,
}

impl Text {
    pub fn new(original: String, lang: String) -> Text {
        Text {
            original,
            lang,
            version: 1,
            translations: BTreeMap::new(),
            made: Made::default(),
            earlier: Vec::new(),
            corrigenda: Vec::new(),
        }
    }

    /// A text written by a command: version 1, by its author, at its time.
    pub fn drafted(original: String, lang: String, author: &str, at: At) -> Text {
        Text {
            made: Made {
                author: Some(author.to_string()),
                at: Some(at),
                why: Why::Drafted,
            },
            ..Text::new(original, lang)
        }
    }

    /// Makes `text` the next version; the current one is kept among the earlier.
    pub fn revise(&mut self, text: String, lang: String, made: Made) {
        let previous = Version {
            text: std::mem::replace(&mut self.original, text),
            lang: std::mem::replace(&mut self.lang, lang),
            made: std::mem::replace(&mut self.made, made),
        };
        self.earlier.push(previous);
        self.version += 1;
    }

    /// Version `n` (from 1): its text and language, if there is one.
    pub fn version_text(&self, n: u32) -> Option<(&str, &str)> {
        if n == self.version {
            return Some((&self.original, &self.lang));
        }
        let first = self.version - self.earlier.len() as u32;
        let v = self.earlier.get(n.checked_sub(first)? as usize)?;
        Some((&v.text, &v.lang))
    }

    /// Every version, oldest first, the current one last: number, text, language, how made.
    pub fn versions(&self) -> impl Iterator<Item = (u32, &str, &str, &Made)> {
        // Versions before this one may be missing from a state made before
        // versions were kept (none is: the fold makes them); numbered from
        // the current one backwards so that the numbers stay true.
        let first = self.version - self.earlier.len() as u32;
        self.earlier
            .iter()
            .enumerate()
            .map(move |(i, v)| (first + i as u32, v.text.as_str(), v.lang.as_str(), &v.made))
            .chain(std::iter::once((
                self.version,
                self.original.as_str(),
                self.lang.as_str(),
                &self.made,
            )))
    }

    /// A text prepared in the meeting file: the original, its final and draft translations.
    pub fn prepared(text: &Localised, draft: &Localised, original_lang: &str) -> Text {
        let mut t = Text::new(
            text.get(original_lang).unwrap_or_default().to_string(),
            original_lang.to_string(),
        );
        for (lang, s) in text.0.iter().filter(|(l, _)| l.as_str() != original_lang) {
            t.translations.insert(
                lang.clone(),
                Translation {
                    text: s.clone(),
                    draft: false,
                    version: 1,
                },
            );
        }
        for (lang, s) in draft.0.iter().filter(|(l, _)| l.as_str() != original_lang) {
            t.translations.insert(
                lang.clone(),
                Translation {
                    text: s.clone(),
                    draft: true,
                    version: 1,
                },
            );
        }
        t
    }

    pub fn state(&self, lang: &str) -> TranslationState {
        self.translation(lang).0
    }

    /// The translation into `lang`, if any, and its state: one lookup.
    pub fn translation(&self, lang: &str) -> (TranslationState, Option<&Translation>) {
        let t = self.translations.get(lang);
        let state = match t {
            None => TranslationState::Missing,
            Some(t) if t.version < self.version => TranslationState::Stale,
            Some(t) if t.draft => TranslationState::Draft,
            Some(_) => TranslationState::Final,
        };
        (state, t)
    }

    /// The languages (other than the original's) without a final, current translation.
    pub fn pending<'a>(&self, languages: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        languages
            .into_iter()
            .filter(|l| *l != self.lang && self.state(l) != TranslationState::Final)
            .map(str::to_string)
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    Drafted,
    Adopted {
        at: At,
    },
    /// Blocked: at least one objection stands (see `Decision::objections`).
    NotAdopted {
        at: At,
    },
    Deferred {
        at: At,
    },
}

/// A reservation on an adopted decision; its id is `R` and its number in
/// the meeting, from 1. Its statement is a text to translate like any other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reservation {
    pub id: String,
    pub by: String,
    pub text: Text,
    pub at: At,
}

/// An objection that blocked consensus; its id is `O` and its number in the
/// meeting. It stays in the record when it is withdrawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Objection {
    pub id: String,
    pub by: String,
    pub reason: Text,
    pub at: At,
    pub withdrawn: Option<At>,
}

/// One step of a decision's outcome, kept in order: objected, withdrawn,
/// deferred, adopted. The current outcome alone would lose the history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    Objected { objection: String, by: String, at: At },
    Withdrawn { objection: String, by: String, at: At },
    Deferred { at: At },
    Adopted { at: At },
    Reopened { at: At },
}

/// The communique's adoption as a whole, and its reopenings, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum CommuniqueStep {
    Adopted { at: At },
    Reopened { at: At },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub id: String,
    pub item: usize,
    pub kind: DecisionKind,
    /// The subsidiary body that recommended it.
    pub by: Option<String>,
    pub text: Text,
    pub outcome: Outcome,
    pub reservations: Vector<Reservation>,
    pub objections: Vector<Objection>,
    pub history: Vector<Step>,
}

impl Decision {
    /// The objections not withdrawn: while there is one, it cannot be adopted.
    pub fn standing_objections(&self) -> impl Iterator<Item = &Objection> {
        self.objections.iter().filter(|o| o.withdrawn.is_none())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ParagraphKind {
    Note,
    Report { by: String },
    Statement { by: String },
}

/// A paragraph for the communique that is not a decision: a note, a
/// working-group report, a statement for the record. Its id is `P` and its
/// position from 1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub item: usize,
    #[serde(flatten)]
    pub kind: ParagraphKind,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub body: String,
    pub text: Text,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub item: Option<usize>,
    pub done: Option<At>,
}

/// Where a proposal stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ProposalState {
    Open,
    /// Applied as the text's version `version`; `oral` when the room
    /// changed its words (accepted as orally amended).
    Accepted {
        at: At,
        version: u32,
        oral: bool,
    },
    Rejected {
        at: At,
    },
    Withdrawn {
        at: At,
    },
}

/// An amendment proposed by a delegation to a recorded text: `AM` and its
/// number in the meeting, from 1. It names the version it was made on, so
/// that its tracked changes are against the words the proposer saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub id: String,
    /// The id of the text, as `State::texts` gives it (a decision's as recorded).
    pub target: String,
    pub by: String,
    /// Co-sponsors, in the order they joined.
    pub supporters: Vec<String>,
    pub text: String,
    /// The version of the target it was made on.
    pub base: u32,
    pub at: At,
    pub state: ProposalState,
}

impl Proposal {
    pub fn is_open(&self) -> bool {
        self.state == ProposalState::Open
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Chair,
    ViceChair,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Selection {
    pub role: Role,
    pub delegation: String,
    pub year: i32,
    /// The agenda item it was made under (index into `Meeting::items`).
    pub item: Option<usize>,
}

/// Everything that can change during the meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Core {
    /// Same order as `Meeting::delegations`.
    pub delegations: Vector<DelegationState>,
    /// Same order as `Meeting::items`. Each behind an `Arc`, so that the
    /// copy of a chunk of items made at each change of one costs a count
    /// each, not a copy of each item's lists.
    pub items: Vector<Arc<ItemState>>,
    pub open_item: Option<usize>,
    /// Decisions, paragraphs and actions are behind an `Arc` for the same
    /// reason: the state kept before each command shares them all.
    pub decisions: Vector<Arc<Decision>>,
    /// Lower-cased id to position in `decisions`.
    #[serde(skip)]
    pub decision_index: OrdMap<String, usize>,
    pub paragraphs: Vector<Arc<Paragraph>>,
    pub actions: Vector<Arc<Action>>,
    pub selections: Vector<Selection>,
    pub communique_adopted: Option<At>,
    pub communique_history: Vector<CommuniqueStep>,
    /// Reservations and objections made so far: the next ids are R and O
    /// followed by one more.
    pub reservations_made: usize,
    pub objections_made: usize,
    /// Amendments proposed, in order: `AMn` is the n-th.
    #[serde(default)]
    pub proposals: Vector<Arc<Proposal>>,
    /// Brackets, in order: `Bn` is the n-th.
    #[serde(default)]
    pub brackets: Vector<Arc<super::brackets::Bracket>>,
    /// The communique's paragraphs held or adopted, by lower-cased id.
    #[serde(default)]
    pub paragraph_marks: OrdMap<String, super::paragraphs::Marked>,
    /// The generated paragraphs frozen by their adoption, in order.
    #[serde(default)]
    pub frozen: Vector<Arc<super::paragraphs::Frozen>>,
}

impl Core {
    /// The state as the meeting file leaves it, before anything happens.
    pub fn prepared(meeting: &Meeting) -> Core {
        let original = meeting.original();
        let delegations = meeting
            .delegations
            .iter()
            .map(|d| DelegationState {
                category: d.category,
                status: d.status,
                present: None,
                admitted: None,
            })
            .collect();
        let items = meeting
            .items
            .iter()
            .map(|_| {
                Arc::new(ItemState {
                    status: ItemStatus::Pending,
                    opened_at: None,
                    used_seconds: 0,
                    queue: Vector::new(),
                    floor: None,
                    spoken: Vector::new(),
                })
            })
            .collect();
        let mut core = Core {
            delegations,
            items,
            open_item: None,
            decisions: Vector::new(),
            decision_index: OrdMap::new(),
            paragraphs: Vector::new(),
            actions: Vector::new(),
            selections: Vector::new(),
            communique_adopted: None,
            communique_history: Vector::new(),
            reservations_made: 0,
            objections_made: 0,
            proposals: Vector::new(),
            brackets: Vector::new(),
            paragraph_marks: OrdMap::new(),
            frozen: Vector::new(),
        };
        for (index, item) in meeting.items.iter().enumerate() {
            for p in &item.reports {
                let by = p.by.clone().unwrap_or_default();
                core.paragraphs.push_back(Arc::new(Paragraph {
                    item: index,
                    kind: ParagraphKind::Report { by },
                    text: Text::prepared(&p.text, &Localised::default(), original),
                }));
            }
            for p in &item.notes {
                core.paragraphs.push_back(Arc::new(Paragraph {
                    item: index,
                    kind: ParagraphKind::Note,
                    text: Text::prepared(&p.text, &Localised::default(), original),
                }));
            }
            for d in &item.decisions {
                core.push_decision(Decision {
                    id: d.id.clone(),
                    item: index,
                    kind: d.kind,
                    by: d.by.clone(),
                    text: Text::prepared(&d.text, &d.draft, original),
                    outcome: Outcome::Drafted,
                    reservations: Vector::new(),
                    objections: Vector::new(),
                    history: Vector::new(),
                });
            }
        }
        core
    }

    /// Builds the index of decision ids again (it is not stored with a
    /// snapshot: it follows from the decisions).
    pub fn reindex(&mut self) {
        self.decision_index = self
            .decisions
            .iter()
            .enumerate()
            .map(|(i, d)| (super::ids::key(&d.id), i))
            .collect();
    }

    pub fn push_decision(&mut self, d: Decision) {
        self.decision_index.insert(super::ids::key(&d.id), self.decisions.len());
        self.decisions.push_back(Arc::new(d));
    }

    pub fn decision_position(&self, id: &str) -> Option<usize> {
        self.decision_index.get(&super::ids::key(id)).copied()
    }

    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.decision_position(id)
            .and_then(|i| self.decisions.get(i))
            .map(Arc::as_ref)
    }

    /// Where the text with this id is: a decision's id, or one the program
    /// made (`P3`, `A2`, `R1`, `O1`). Decision ids cannot look like the
    /// others (`ids::id_problem`), so the order of the tests does not matter.
    pub fn locate(&self, id: &str) -> Option<TextPlace> {
        use super::ids::numbered_id;
        if let Some(i) = self.decision_position(id) {
            return Some(TextPlace::Decision(i));
        }
        if let Some(n) = numbered_id('P', id) {
            return (n >= 1 && n <= self.paragraphs.len()).then(|| TextPlace::Paragraph(n - 1));
        }
        if let Some(n) = numbered_id('A', id) {
            return (n >= 1 && n <= self.actions.len()).then(|| TextPlace::Action(n - 1));
        }
        if super::paragraphs::is_generated_form(id) {
            return super::paragraphs::frozen_position(self, id).map(TextPlace::Generated);
        }
        let key = super::ids::key(id);
        if numbered_id('R', id).is_some() {
            return self.decisions.iter().enumerate().find_map(|(d, dec)| {
                dec.reservations
                    .iter()
                    .position(|r| super::ids::key(&r.id) == key)
                    .map(|r| TextPlace::Reservation(d, r))
            });
        }
        if numbered_id('O', id).is_some() {
            return self.decisions.iter().enumerate().find_map(|(d, dec)| {
                dec.objections
                    .iter()
                    .position(|o| super::ids::key(&o.id) == key)
                    .map(|o| TextPlace::Objection(d, o))
            });
        }
        None
    }

    /// The proposal `AMn`, if there is one.
    pub fn proposal(&self, id: &str) -> Option<&Proposal> {
        let n = super::ids::amendment_number(id)?;
        self.proposals.get(n.checked_sub(1)?).map(Arc::as_ref)
    }

    /// The proposals made on the text with this id, in order.
    pub fn proposals_on<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Proposal> + 'a {
        let key = super::ids::key(id);
        self.proposals
            .iter()
            .map(Arc::as_ref)
            .filter(move |p| super::ids::key(&p.target) == key)
    }

    /// The text with this id, if there is one.
    pub fn text(&self, id: &str) -> Option<&Text> {
        Some(match self.locate(id)? {
            TextPlace::Decision(i) => &self.decisions[i].text,
            TextPlace::Paragraph(i) => &self.paragraphs[i].text,
            TextPlace::Action(i) => &self.actions[i].text,
            TextPlace::Reservation(d, r) => &self.decisions[d].reservations[r].text,
            TextPlace::Objection(d, o) => &self.decisions[d].objections[o].reason,
            TextPlace::Generated(i) => &self.frozen[i].text,
        })
    }
}

/// Where a translatable text lives in the state, by positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextPlace {
    Decision(usize),
    Paragraph(usize),
    Action(usize),
    /// Decision position, reservation position.
    Reservation(usize, usize),
    /// Decision position, objection position.
    Objection(usize, usize),
    /// A generated paragraph frozen by its adoption, by position in `Core::frozen`.
    Generated(usize),
}

/// What a translatable text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextKind {
    Decision,
    Recommendation,
    AdministrativeDecision,
    Note,
    Report,
    Statement,
    Reservation,
    Objection,
    Action,
}

impl TextKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TextKind::Decision => "decision",
            TextKind::Recommendation => "recommendation",
            TextKind::AdministrativeDecision => "administrative-decision",
            TextKind::Note => "note",
            TextKind::Report => "report",
            TextKind::Statement => "statement",
            TextKind::Reservation => "reservation",
            TextKind::Objection => "objection",
            TextKind::Action => "action",
        }
    }
}

/// One translatable text of the record, as `State::texts` lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct TextEntry<'a> {
    /// The id `translate` and `amend` take.
    pub id: String,
    pub kind: TextKind,
    /// The agenda item it stands under (an action recorded with no item open has none).
    pub item: Option<usize>,
    pub text: &'a Text,
}

impl TextEntry<'_> {
    /// The language of the original.
    pub fn lang(&self) -> &str {
        &self.text.lang
    }

    pub fn state(&self, lang: &str) -> TranslationState {
        if lang == self.text.lang {
            TranslationState::Final
        } else {
            self.text.state(lang)
        }
    }
}

/// One command as stored: its events, when and by whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The record's sequence number of the group's first event.
    pub seq: i64,
    pub at: At,
    pub author: String,
    /// The command as typed, for the record.
    pub command: String,
    pub events: Vec<super::event::Event>,
}

/// How often the log keeps the state before a command. Undo replays from
/// the nearest one; between them the fold changes the state in place, which
/// a copy kept at every command would prevent.
pub const CHECKPOINT_EVERY: usize = 32;

/// A command applied to the state, kept so that it can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub group: Arc<Group>,
    pub undone: bool,
    /// The fold of the commands before it that count (neither undone nor
    /// undos), kept at every [`CHECKPOINT_EVERY`]th entry of the log.
    pub before: Option<Arc<Core>>,
}

impl Entry {
    pub fn is_undo(&self) -> bool {
        matches!(self.group.events.as_slice(), [super::event::Event::Undone { .. }])
    }

    /// Whether replaying the log applies it.
    pub fn counts(&self) -> bool {
        !self.undone && !self.is_undo()
    }
}

/// The meeting, what has happened, and the commands that made it so.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub meeting: Arc<Meeting>,
    pub core: Core,
    /// The commands applied, from the first, or (a state loaded from a
    /// snapshot of the record) the recent ones after `earlier`.
    pub log: Vector<Entry>,
    /// The commands folded before `log` starts: none unless the state was
    /// loaded from a snapshot, which keeps only the recent part of the log
    /// (undo and the history reach that far; the session reads the rest
    /// from the record when something needs it).
    pub earlier: Earlier,
}

/// The part of the log a state loaded from a snapshot does not hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Earlier {
    /// How many entries come before the first one of `State::log`; a
    /// multiple of [`CHECKPOINT_EVERY`], so that the log's own positions
    /// keep their checkpoints where the whole log has them.
    pub entries: usize,
    /// The sequence number of the last of them (0 when there is none).
    pub last_seq: i64,
}

impl State {
    pub fn new(meeting: Arc<Meeting>) -> State {
        let core = Core::prepared(&meeting);
        State {
            meeting,
            core,
            log: Vector::new(),
            earlier: Earlier::default(),
        }
    }

    /// Whether the log holds every command applied since the meeting file.
    pub fn has_whole_log(&self) -> bool {
        self.earlier.entries == 0
    }

    /// The position of a delegation in the meeting, by case-insensitive id.
    pub fn delegation_index(&self, id: &str) -> Option<usize> {
        self.meeting.delegation_index(id)
    }

    pub fn category(&self, index: usize) -> Category {
        self.core.delegations[index].category
    }

    /// Participants, and the countries they represent ("49 representing 75").
    pub fn participant_totals(&self) -> (usize, usize) {
        self.meeting
            .delegations
            .iter()
            .zip(self.core.delegations.iter())
            .filter(|(_, s)| s.category == Category::Participant)
            .fold((0, 0), |(n, c), (d, _)| (n + 1, c + d.countries()))
    }

    /// Delegations of a category marked present.
    pub fn present(&self, category: Category) -> Vec<usize> {
        self.core
            .delegations
            .iter()
            .enumerate()
            .filter(|(_, s)| s.category == category && s.present == Some(true))
            .map(|(i, _)| i)
            .collect()
    }

    /// Every translatable text of the record that can reach a document, in
    /// agenda order: under each item its paragraphs, then its decisions each
    /// followed by its objections and reservations, then its actions (and a
    /// frozen `G-chair-…` paragraph); last the actions recorded with no item
    /// open and the other generated paragraphs frozen by their adoption
    /// (`G-thanks` …). The translation matrix, the
    /// XLIFF export and the counts of what waits for translation read this
    /// one list.
    pub fn texts(&self) -> Vec<TextEntry<'_>> {
        let core = &self.core;
        // One pass over each list into a bucket per item, not one pass per
        // item: the large session has 500 items and thousands of texts.
        let items = self.meeting.items.len();
        let mut by_item: Vec<Vec<TextEntry<'_>>> = (0..items).map(|_| Vec::new()).collect();
        for (i, p) in core.paragraphs.iter().enumerate() {
            if let Some(bucket) = by_item.get_mut(p.item) {
                let kind = match p.kind {
                    ParagraphKind::Note => TextKind::Note,
                    ParagraphKind::Report { .. } => TextKind::Report,
                    ParagraphKind::Statement { .. } => TextKind::Statement,
                };
                bucket.push(TextEntry {
                    id: format!("P{}", i + 1),
                    kind,
                    item: Some(p.item),
                    text: &p.text,
                });
            }
        }
        for d in core.decisions.iter() {
            let Some(bucket) = by_item.get_mut(d.item) else {
                continue;
            };
            let kind = match d.kind {
                DecisionKind::Decision => TextKind::Decision,
                DecisionKind::Recommendation => TextKind::Recommendation,
                DecisionKind::Administrative => TextKind::AdministrativeDecision,
            };
            bucket.push(TextEntry {
                id: d.id.clone(),
                kind,
                item: Some(d.item),
                text: &d.text,
            });
            for o in &d.objections {
                bucket.push(TextEntry {
                    id: o.id.clone(),
                    kind: TextKind::Objection,
                    item: Some(d.item),
                    text: &o.reason,
                });
            }
            for r in &d.reservations {
                bucket.push(TextEntry {
                    id: r.id.clone(),
                    kind: TextKind::Reservation,
                    item: Some(d.item),
                    text: &r.text,
                });
            }
        }
        let mut loose = Vec::new();
        for (i, a) in core.actions.iter().enumerate() {
            let entry = TextEntry {
                id: format!("A{}", i + 1),
                kind: TextKind::Action,
                item: a.item,
                text: &a.text,
            };
            match a.item.and_then(|index| by_item.get_mut(index)) {
                Some(bucket) => bucket.push(entry),
                None => loose.push(entry),
            }
        }
        // A generated paragraph adopted (or adopted as orally amended) is
        // frozen into a recorded text with translations of its own: it waits
        // for translators like any other. The one paragraph that belongs to
        // an item (`G-chair-3`) stands under it; the others under none.
        for f in core.frozen.iter() {
            let item = match super::paragraphs::Generated::parse(&self.meeting, &f.id) {
                Some(super::paragraphs::Generated::Chair(Some(i))) => Some(i),
                _ => None,
            };
            let entry = TextEntry {
                id: f.id.clone(),
                kind: TextKind::Note,
                item,
                text: &f.text,
            };
            match item.and_then(|index| by_item.get_mut(index)) {
                Some(bucket) => bucket.push(entry),
                None => loose.push(entry),
            }
        }
        let mut out: Vec<TextEntry<'_>> = by_item.into_iter().flatten().collect();
        out.extend(loose);
        out
    }

    /// The sequence number of the last group applied.
    pub fn last_seq(&self) -> i64 {
        self.log.last().map_or(self.earlier.last_seq, |e| e.group.seq)
    }
}
