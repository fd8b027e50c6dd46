//! What has happened in the room: the state folded from the meeting file and
//! the session's events. Collections are persistent (imbl), so that a copy of
//! the state before each command costs little: undo and validation use it.

use super::meeting::{Category, DecisionKind, Localised, Meeting, Status};
use chrono::{DateTime, FixedOffset, NaiveDate};
use imbl::{OrdMap, Vector};
use serde::Serialize;
use std::sync::Arc;

/// A moment, in the offset of the machine that recorded it.
pub type At = DateTime<FixedOffset>;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DelegationState {
    pub category: Category,
    pub status: Status,
    /// `None` until the roll call reaches it.
    pub present: Option<bool>,
    pub admitted: Option<At>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spoke {
    pub delegation: String,
    pub seconds: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Translation {
    pub text: String,
    pub draft: bool,
    pub version: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationState {
    Missing,
    Draft,
    Stale,
    Final,
}

/// An original text with its translations.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Text {
    pub original: String,
    /// 1 when written, one more at each amendment.
    pub version: u32,
    pub translations: OrdMap<String, Translation>,
}

impl Text {
    pub fn new(original: String) -> Text {
        Text {
            original,
            version: 1,
            translations: OrdMap::new(),
        }
    }

    /// A text prepared in the meeting file: the original, its final and draft translations.
    pub fn prepared(text: &Localised, draft: &Localised, original_lang: &str) -> Text {
        let mut t = Text::new(text.get(original_lang).unwrap_or_default().to_string());
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

    /// The languages (other than the original) without a final, current translation.
    pub fn pending<'a>(&self, languages: impl IntoIterator<Item = &'a str>, original: &str) -> Vec<String> {
        languages
            .into_iter()
            .filter(|l| *l != original && self.state(l) != TranslationState::Final)
            .map(str::to_string)
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    Drafted,
    Adopted { at: At },
    NotAdopted { by: String, reason: String, at: At },
    Deferred { at: At },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reservation {
    pub by: String,
    pub statement: String,
    pub at: At,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decision {
    pub id: String,
    pub item: usize,
    pub kind: DecisionKind,
    /// The subsidiary body that recommended it.
    pub by: Option<String>,
    pub text: Text,
    pub outcome: Outcome,
    pub reservations: Vector<Reservation>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ParagraphKind {
    Note,
    Report { by: String },
    Statement { by: String },
}

/// A paragraph for the communique that is not a decision: a note, a
/// working-group report, a statement for the record. Its id is `P` and its
/// position from 1.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Paragraph {
    pub item: usize,
    #[serde(flatten)]
    pub kind: ParagraphKind,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Action {
    pub body: String,
    pub text: Text,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub item: Option<usize>,
    pub done: Option<At>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Chair,
    ViceChair,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Selection {
    pub role: Role,
    pub delegation: String,
    pub year: i32,
}

/// Everything that can change during the meeting.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
                });
            }
        }
        core
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
}

/// One command as stored: its events, when and by whom.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
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
    pub log: Vector<Entry>,
}

impl State {
    pub fn new(meeting: Arc<Meeting>) -> State {
        let core = Core::prepared(&meeting);
        State {
            meeting,
            core,
            log: Vector::new(),
        }
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

    /// The sequence number of the last group applied.
    pub fn last_seq(&self) -> i64 {
        self.log.last().map(|e| e.group.seq).unwrap_or(0)
    }
}
