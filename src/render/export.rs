//! The whole record as one document, for archives (`plenary export`).

use crate::domain::State;
use crate::domain::state::{At, CommuniqueStep, Outcome, ParagraphKind, Role, Step, Text, TranslationState};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct Export {
    pub plenary: String,
    pub meeting: MeetingFacts,
    pub attendance: Attendance,
    pub delegations: Vec<DelegationRow>,
    pub items: Vec<ItemRow>,
    pub decisions: Vec<DecisionRow>,
    pub paragraphs: Vec<ParagraphRow>,
    pub actions: Vec<ActionRow>,
    pub selections: Vec<SelectionRow>,
    pub communique: CommuniqueRow,
    pub events: Vec<EventRow>,
}

#[derive(Serialize)]
pub struct MeetingFacts {
    pub body: String,
    pub kind: String,
    pub host: String,
    pub city: String,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    pub chair: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vice_chair: Option<String>,
    pub languages: Vec<String>,
}

#[derive(Serialize)]
pub struct Attendance {
    pub participants_total: usize,
    pub countries_represented: usize,
    pub participants_present: Vec<String>,
    pub countries_present: usize,
    pub observers_present: Vec<String>,
    pub applicants_present: Vec<String>,
    pub guests_present: Vec<String>,
}

#[derive(Serialize)]
pub struct DelegationRow {
    pub id: String,
    pub name: String,
    pub category: String,
    pub status: String,
    /// "present", "absent", or "not-called".
    pub attendance: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admitted: Option<At>,
}

#[derive(Serialize)]
pub struct ItemRow {
    pub number: String,
    pub title: String,
    pub status: String,
    pub used_seconds: i64,
    pub queue: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floor: Option<String>,
    pub spoken: Vec<SpokeRow>,
}

#[derive(Serialize)]
pub struct SpokeRow {
    pub delegation: String,
    pub seconds: i64,
}

#[derive(Serialize)]
pub struct TextRow {
    pub original_language: String,
    pub original: String,
    pub version: u32,
    pub translations: BTreeMap<String, TranslationRow>,
    /// Languages without a final, current translation.
    pub pending: Vec<String>,
}

#[derive(Serialize)]
pub struct TranslationRow {
    pub text: String,
    pub state: TranslationState,
}

#[derive(Serialize)]
pub struct DecisionRow {
    pub id: String,
    pub item: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<At>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objected_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objection: Option<String>,
    /// Adopted by consensus and final in every official language (Rule 26).
    pub formally_adopted: bool,
    pub text: TextRow,
    pub reservations: Vec<ReservationRow>,
    /// Every objection, withdrawn ones included.
    pub objections: Vec<ObjectionRow>,
    /// The outcome's steps in order: objected, withdrawn, deferred, adopted.
    pub history: Vec<Step>,
}

#[derive(Serialize)]
pub struct ReservationRow {
    pub id: String,
    pub by: String,
    pub text: TextRow,
    pub at: At,
}

#[derive(Serialize)]
pub struct ObjectionRow {
    pub id: String,
    pub by: String,
    pub reason: TextRow,
    pub at: At,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<At>,
}

#[derive(Serialize)]
pub struct ParagraphRow {
    pub id: String,
    pub item: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub text: TextRow,
}

#[derive(Serialize)]
pub struct ActionRow {
    pub id: String,
    pub body: String,
    pub text: TextRow,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<At>,
}

#[derive(Serialize)]
pub struct SelectionRow {
    pub role: String,
    pub delegation: String,
    pub year: i32,
}

#[derive(Serialize)]
pub struct CommuniqueRow {
    pub adopted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<At>,
    /// Adoptions and reopenings, in order.
    pub history: Vec<CommuniqueStep>,
}

#[derive(Serialize)]
pub struct EventRow {
    pub seq: i64,
    pub at: At,
    pub author: String,
    pub command: String,
    pub undone: bool,
    pub events: Vec<crate::domain::Event>,
}

fn text_row(state: &State, text: &Text) -> TextRow {
    let languages = state.meeting.body.languages.iter().map(|l| l.code.as_str());
    TextRow {
        original_language: text.lang.clone(),
        original: text.original.clone(),
        version: text.version,
        translations: text
            .translations
            .iter()
            .map(|(lang, t)| {
                (
                    lang.clone(),
                    TranslationRow {
                        text: t.text.clone(),
                        state: text.state(lang),
                    },
                )
            })
            .collect(),
        pending: text.pending(languages),
    }
}

pub fn export(state: &State) -> Export {
    let m = &state.meeting;
    let original = m.original();
    let ids = |list: Vec<usize>| {
        list.into_iter()
            .map(|i| m.delegations[i].id.clone())
            .collect::<Vec<_>>()
    };
    let (participants_total, countries_represented) = state.participant_totals();
    let present_participants = state.present(crate::domain::meeting::Category::Participant);
    let countries_present = present_participants.iter().map(|&i| m.delegations[i].countries()).sum();
    let item_number = |i: usize| m.items[i].number.to_string();
    Export {
        plenary: env!("CARGO_PKG_VERSION").to_string(),
        meeting: MeetingFacts {
            body: m.body.id.clone(),
            kind: m.kind.as_str().to_string(),
            host: m.host.clone(),
            city: m.city.get_or(original, original).to_string(),
            opens: m.opens,
            closes: m.closes,
            chair: m.chair.clone(),
            vice_chair: m.vice_chair.clone(),
            languages: m.body.languages.iter().map(|l| l.tag.clone()).collect(),
        },
        attendance: Attendance {
            participants_total,
            countries_represented,
            participants_present: ids(present_participants),
            countries_present,
            observers_present: ids(state.present(crate::domain::meeting::Category::Observer)),
            applicants_present: ids(state.present(crate::domain::meeting::Category::Applicant)),
            guests_present: ids(state.present(crate::domain::meeting::Category::Guest)),
        },
        delegations: m
            .delegations
            .iter()
            .zip(state.core.delegations.iter())
            .map(|(d, s)| DelegationRow {
                id: d.id.clone(),
                name: d.name.get_or(original, original).to_string(),
                category: s.category.as_str().to_string(),
                status: s.status.as_str().to_string(),
                attendance: match s.present {
                    Some(true) => "present",
                    Some(false) => "absent",
                    None => "not-called",
                }
                .to_string(),
                admitted: s.admitted,
            })
            .collect(),
        items: m
            .items
            .iter()
            .zip(state.core.items.iter())
            .map(|(item, s)| ItemRow {
                number: item.number.to_string(),
                title: item.title.get_or(original, original).to_string(),
                status: s.status.as_str().to_string(),
                used_seconds: s.used_seconds,
                queue: s.queue.iter().cloned().collect(),
                floor: s.floor.as_ref().map(|(who, _)| who.clone()),
                spoken: s
                    .spoken
                    .iter()
                    .map(|sp| SpokeRow {
                        delegation: sp.delegation.clone(),
                        seconds: sp.seconds,
                    })
                    .collect(),
            })
            .collect(),
        decisions: state
            .core
            .decisions
            .iter()
            .map(|d| {
                let (outcome, at, objected_by, objection) = match &d.outcome {
                    Outcome::Drafted => ("drafted", None, None, None),
                    Outcome::Adopted { at } => ("adopted", Some(*at), None, None),
                    Outcome::NotAdopted { at } => {
                        let standing = d.standing_objections().next();
                        (
                            "not-adopted",
                            Some(*at),
                            standing.map(|o| o.by.clone()),
                            standing.map(|o| o.reason.original.clone()),
                        )
                    }
                    Outcome::Deferred { at } => ("deferred", Some(*at), None, None),
                };
                let text = text_row(state, &d.text);
                DecisionRow {
                    id: d.id.clone(),
                    item: item_number(d.item),
                    kind: serde_json::to_value(d.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    by: d.by.clone(),
                    outcome: outcome.to_string(),
                    at,
                    objected_by,
                    objection,
                    formally_adopted: outcome == "adopted" && text.pending.is_empty(),
                    text,
                    reservations: d
                        .reservations
                        .iter()
                        .map(|r| ReservationRow {
                            id: r.id.clone(),
                            by: r.by.clone(),
                            text: text_row(state, &r.text),
                            at: r.at,
                        })
                        .collect(),
                    objections: d
                        .objections
                        .iter()
                        .map(|o| ObjectionRow {
                            id: o.id.clone(),
                            by: o.by.clone(),
                            reason: text_row(state, &o.reason),
                            at: o.at,
                            withdrawn: o.withdrawn,
                        })
                        .collect(),
                    history: d.history.iter().cloned().collect(),
                }
            })
            .collect(),
        paragraphs: state
            .core
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (kind, by) = match &p.kind {
                    ParagraphKind::Note => ("note", None),
                    ParagraphKind::Report { by } => ("report", Some(by.clone())),
                    ParagraphKind::Statement { by } => ("statement", Some(by.clone())),
                };
                ParagraphRow {
                    id: format!("P{}", i + 1),
                    item: item_number(p.item),
                    kind: kind.to_string(),
                    by,
                    text: text_row(state, &p.text),
                }
            })
            .collect(),
        actions: state
            .core
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| ActionRow {
                id: format!("A{}", i + 1),
                body: a.body.clone(),
                text: text_row(state, &a.text),
                owner: a.owner.clone(),
                due: a.due,
                item: a.item.map(item_number),
                done: a.done,
            })
            .collect(),
        selections: state
            .core
            .selections
            .iter()
            .map(|s| SelectionRow {
                role: match s.role {
                    Role::Chair => "chair",
                    Role::ViceChair => "vice-chair",
                }
                .to_string(),
                delegation: s.delegation.clone(),
                year: s.year,
            })
            .collect(),
        communique: CommuniqueRow {
            adopted: state.core.communique_adopted.is_some(),
            at: state.core.communique_adopted,
            history: state.core.communique_history.iter().cloned().collect(),
        },
        events: state
            .log
            .iter()
            .map(|e| EventRow {
                seq: e.group.seq,
                at: e.group.at,
                author: e.group.author.clone(),
                command: e.group.command.clone(),
                undone: e.undone,
                events: e.group.events.clone(),
            })
            .collect(),
    }
}
