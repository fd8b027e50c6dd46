//! The whole record as one document, for archives (`plenary export`).

use crate::domain::state::{At, CommuniqueStep, Outcome, ParagraphKind, Role, Step, Text, TranslationState};
use crate::domain::{Group, State};
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
    /// Every stored event exactly as stored, with its link in the hash
    /// chain: what `plenary import` makes a record of again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<RecordRows>,
}

#[derive(Serialize, serde::Deserialize)]
pub struct RecordRows {
    /// The meeting the record belongs to (the start of its chain).
    pub identity: String,
    /// The hash of the last event.
    pub head: String,
    pub rows: Vec<StoredRow>,
}

#[derive(Serialize, serde::Deserialize)]
pub struct StoredRow {
    pub seq: i64,
    pub group: i64,
    pub at: String,
    pub author: String,
    pub command: String,
    /// The event as stored (JSON), byte for byte.
    pub event: String,
    pub hash: String,
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
    /// False for a stored command that no longer applies to the meeting
    /// file (it was changed since); `why` says why. It stays in the record.
    pub applies: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
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

/// The state and every stored command: `left_out` are those that no longer
/// apply, each with why, in the order they were stored.
pub fn export(state: &State, left_out: &[(&Group, String)]) -> Export {
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
        events: {
            let row = |g: &Group, undone: bool, why: Option<String>| EventRow {
                seq: g.seq,
                at: g.at,
                author: g.author.clone(),
                command: g.command.clone(),
                undone,
                applies: why.is_none(),
                why,
                events: g.events.clone(),
            };
            let mut rows: Vec<EventRow> = state.log.iter().map(|e| row(&e.group, e.undone, None)).collect();
            rows.extend(left_out.iter().map(|(g, why)| row(g, false, Some(why.clone()))));
            rows.sort_by_key(|r| r.seq);
            rows
        },
        record: None,
    }
}

/// Characters a JSON or TOML reader keeps but a screen hides or turns
/// around: C1 controls and the bidi controls (marks, embeddings,
/// overrides, isolates), and the line and paragraph separators.
fn hidden(c: char) -> bool {
    matches!(
        c,
        '\u{80}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Writes hidden characters as `\uXXXX` escapes. In the JSON and TOML this
/// program writes they occur only inside basic (double-quoted) strings,
/// where the escape means the same character ([`to_toml`] sees to it for
/// TOML), so the export reads back the same.
pub fn escape_hidden(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{:04X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The export as TOML, every string written as a basic (double-quoted)
/// string, where an escape can stand for a hidden character: the writer
/// chooses literal strings for text with quotes or backslashes, in which
/// `\u` would mean itself.
pub fn to_toml(export: &Export) -> Result<String, String> {
    toml::to_string(export)
        .map(|t| literal_to_basic(&t))
        .map_err(|e| e.to_string())
}

/// Where a TOML lexer stands.
#[derive(PartialEq)]
enum In {
    Outside,
    Literal,
    MlLiteral,
    Basic,
    MlBasic,
}

/// Pushes `c` as a basic string has it.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '"' => out.push_str("\\\""),
        c if hidden(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
        c => out.push(c),
    }
}

/// Rewrites the literal strings of a TOML text as basic strings of the
/// same value, and escapes hidden characters in every string.
fn literal_to_basic(toml: &str) -> String {
    let mut out = String::with_capacity(toml.len() + 64);
    let mut state = In::Outside;
    let mut rest = toml;
    while let Some(c) = rest.chars().next() {
        let run = |q: char| rest.chars().take_while(|&x| x == q).count();
        let mut step = c.len_utf8();
        match state {
            In::Outside => {
                if rest.starts_with("'''") {
                    out.push_str("\"\"\"");
                    state = In::MlLiteral;
                    step = 3;
                } else if c == '\'' {
                    out.push('"');
                    state = In::Literal;
                } else if rest.starts_with("\"\"\"") {
                    out.push_str("\"\"\"");
                    state = In::MlBasic;
                    step = 3;
                } else if c == '"' {
                    out.push('"');
                    state = In::Basic;
                } else {
                    out.push(c);
                }
            }
            In::Literal if c == '\'' => {
                out.push('"');
                state = In::Outside;
            }
            In::Literal => push_escaped(&mut out, c),
            In::MlLiteral if c == '\'' && run('\'') >= 3 => {
                // Up to two quotes before the closing three belong to the text.
                let n = run('\'');
                for _ in 3..n {
                    out.push('\'');
                }
                out.push_str("\"\"\"");
                state = In::Outside;
                step = n;
            }
            In::MlLiteral if c == '\n' || c == '\'' => out.push(c),
            In::MlLiteral => push_escaped(&mut out, c),
            In::Basic | In::MlBasic if c == '\\' => {
                // An escape: the backslash and the character after it, as they are.
                let next = rest[1..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&rest[..1 + next]);
                step = 1 + next;
            }
            In::Basic if c == '"' => {
                out.push('"');
                state = In::Outside;
            }
            In::MlBasic if c == '"' && run('"') >= 3 => {
                let n = run('"');
                out.push_str(&rest[..n]);
                state = In::Outside;
                step = n;
            }
            In::Basic | In::MlBasic if hidden(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            In::Basic | In::MlBasic => out.push(c),
        }
        rest = &rest[step..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Texts {
        texts: Vec<String>,
    }

    #[test]
    fn toml_and_json_escape_hidden_characters_and_read_back_the_same() {
        let texts = Texts {
            texts: vec![
                "plain".into(),
                "a \"quoted\" \\ back \u{202e}evil\u{9b}".into(),
                "it's \u{2066}isolated\u{2069}".into(),
                "two\nlines with 'quotes' and \"\"\" and '''".into(),
                "many\nlines \u{202e}\n\"\"".into(),
                "many\nlines ending in quotes''".into(),
            ],
        };
        let raw = toml::to_string(&texts).unwrap();
        assert!(raw.contains('\''), "the writer uses literal strings: {raw}");
        let safe = literal_to_basic(&raw);
        assert!(!safe.chars().any(hidden), "{safe}");
        assert!(safe.contains("\\u202E"), "{safe}");
        assert_eq!(toml::from_str::<Texts>(&safe).unwrap(), texts, "{safe}");
        let json = escape_hidden(&serde_json::to_string(&texts).unwrap());
        assert!(!json.chars().any(hidden));
        assert_eq!(serde_json::from_str::<Texts>(&json).unwrap(), texts);
    }
}
