//! The texts a rapporteur translates (decisions, paragraphs, actions,
//! objections, reservations), as places in the state that stay cheap to
//! draw from, in the order the translation matrix lists them.

use crate::domain::State;
use crate::domain::state::{Text, TextKind};
use std::borrow::Cow;

/// A text that can be translated: a decision, a paragraph or an action.
pub struct TextRow<'a> {
    /// A decision's id as recorded (borrowed: thousands of rows are made at
    /// each frame of the matrix), or P3, A2.
    pub id: Cow<'a, str>,
    pub item: Option<usize>,
    pub text: &'a Text,
}

/// A translatable text of the state, by its place in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRef {
    Paragraph(usize),
    Decision(usize),
    Action(usize),
    /// An objection to a decision: the decision's place, the objection's.
    Objection(usize, usize),
    /// A reservation on a decision: the decision's place, the reservation's.
    Reservation(usize, usize),
    /// A generated paragraph frozen by its adoption, by its place in `Core::frozen`.
    Generated(usize),
}

impl TextRef {
    /// The text a command names: P3, A2, O1, R1, or a decision id.
    pub fn parse(state: &State, id: &str) -> Option<TextRef> {
        let numbered = |prefix: char| {
            id.strip_prefix(prefix)
                .or_else(|| id.strip_prefix(prefix.to_ascii_lowercase()))
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| n.checked_sub(1))
        };
        if let Some(i) = state.core.decision_position(id) {
            return Some(TextRef::Decision(i));
        }
        if crate::domain::paragraphs::is_generated_form(id) {
            return crate::domain::paragraphs::frozen_position(&state.core, id).map(TextRef::Generated);
        }
        if let Some(r) = numbered('P')
            .map(TextRef::Paragraph)
            .or_else(|| numbered('A').map(TextRef::Action))
        {
            return Some(r);
        }
        state.core.decisions.iter().enumerate().find_map(|(d, decision)| {
            let same = |other: &str| other.eq_ignore_ascii_case(id);
            decision
                .objections
                .iter()
                .position(|o| same(&o.id))
                .map(|k| TextRef::Objection(d, k))
                .or_else(|| {
                    decision
                        .reservations
                        .iter()
                        .position(|r| same(&r.id))
                        .map(|k| TextRef::Reservation(d, k))
                })
        })
    }

    /// The row of the matrix for this text.
    pub fn row(self, state: &State) -> Option<TextRow<'_>> {
        let core = &state.core;
        Some(match self {
            TextRef::Paragraph(i) => {
                let p = core.paragraphs.get(i)?;
                TextRow {
                    id: Cow::Owned(format!("P{}", i + 1)),
                    item: Some(p.item),
                    text: &p.text,
                }
            }
            TextRef::Decision(i) => {
                let d = core.decisions.get(i)?;
                TextRow {
                    id: Cow::Borrowed(d.id.as_str()),
                    item: Some(d.item),
                    text: &d.text,
                }
            }
            TextRef::Action(i) => {
                let a = core.actions.get(i)?;
                TextRow {
                    id: Cow::Owned(format!("A{}", i + 1)),
                    item: a.item,
                    text: &a.text,
                }
            }
            TextRef::Objection(d, k) => {
                let d = core.decisions.get(d)?;
                let o = d.objections.get(k)?;
                TextRow {
                    id: Cow::Borrowed(o.id.as_str()),
                    item: Some(d.item),
                    text: &o.reason,
                }
            }
            TextRef::Reservation(d, k) => {
                let d = core.decisions.get(d)?;
                let r = d.reservations.get(k)?;
                TextRow {
                    id: Cow::Borrowed(r.id.as_str()),
                    item: Some(d.item),
                    text: &r.text,
                }
            }
            TextRef::Generated(i) => {
                let f = core.frozen.get(i)?;
                let item = match crate::domain::paragraphs::Generated::parse(&state.meeting, &f.id) {
                    Some(crate::domain::paragraphs::Generated::Chair(item)) => item,
                    _ => None,
                };
                TextRow {
                    id: Cow::Borrowed(f.id.as_str()),
                    item,
                    text: &f.text,
                }
            }
        })
    }
}

/// Every translatable text of a state, in the order the domain lists them
/// (`State::texts`: agenda order, each objection and reservation after its
/// decision), as places that stay cheap to draw from.
pub fn matrix_index(state: &State) -> Vec<TextRef> {
    let (mut decision, mut objection, mut reservation) = (0, 0, 0);
    state
        .texts()
        .into_iter()
        .filter_map(|t| {
            Some(match t.kind {
                // A frozen generated paragraph is a note of the communique
                // too, named `G-…` rather than by a position.
                TextKind::Note if crate::domain::paragraphs::is_generated_form(&t.id) => {
                    TextRef::Generated(crate::domain::paragraphs::frozen_position(&state.core, &t.id)?)
                }
                TextKind::Note | TextKind::Report | TextKind::Statement => {
                    TextRef::Paragraph(t.id.strip_prefix('P')?.parse::<usize>().ok()?.checked_sub(1)?)
                }
                TextKind::Action => TextRef::Action(t.id.strip_prefix('A')?.parse::<usize>().ok()?.checked_sub(1)?),
                TextKind::Decision | TextKind::Recommendation | TextKind::AdministrativeDecision => {
                    decision = state.core.decision_position(&t.id)?;
                    (objection, reservation) = (0, 0);
                    TextRef::Decision(decision)
                }
                TextKind::Objection => {
                    objection += 1;
                    TextRef::Objection(decision, objection - 1)
                }
                TextKind::Reservation => {
                    reservation += 1;
                    TextRef::Reservation(decision, reservation - 1)
                }
            })
        })
        .collect()
}

/// A translatable text by what commands call it (P3, A2, a decision id).
pub fn text<'a>(state: &'a State, id: &str) -> Option<TextRow<'a>> {
    TextRef::parse(state, id).and_then(|r| r.row(state))
}
