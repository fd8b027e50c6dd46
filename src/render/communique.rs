//! The communique: generated paragraphs (opening, attendance, totals,
//! admissions, selections, Rule 26, thanks) and the record's paragraphs in
//! agenda order, numbered the same in every language.

use super::document::{Block, Document};
use super::lang::Lang;
use crate::domain::State;
use crate::domain::meeting::{Category, DecisionKind};
use crate::domain::state::{Outcome, ParagraphKind, Role, Text, TranslationState};
use crate::msg;

/// The text of a record paragraph in `lang`, or the pending block carrying the original.
pub(super) fn translated(
    l: &Lang<'_>,
    text: &Text,
    number: Option<usize>,
    wrap: impl Fn(&str) -> String,
) -> (Block, bool) {
    // The text's own language, as recorded with it, not the body's first
    // language today: reordering the body's languages changes nothing here.
    let original = text.lang.as_str();
    if l.code == original {
        return (
            Block::Para {
                number,
                text: wrap(&text.original),
            },
            false,
        );
    }
    match text.translation(&l.code) {
        (TranslationState::Final, Some(t)) => (
            Block::Para {
                number,
                text: wrap(&t.text),
            },
            false,
        ),
        (state, _) => {
            let id = match state {
                TranslationState::Stale => "doc-pending-stale",
                TranslationState::Draft => "doc-pending-draft",
                _ => "doc-pending-missing",
            };
            let marker = l.pending_marker(id, original);
            (
                Block::Pending {
                    number,
                    marker,
                    original: wrap(&text.original),
                    original_lang: original.to_string(),
                },
                true,
            )
        }
    }
}

/// The communique in each of `codes`, built side by side on as many threads.
pub fn build_all(state: &State, codes: &[impl AsRef<str> + Sync]) -> Vec<Document> {
    super::on_threads(codes, |code| build(state, code.as_ref()))
}

pub fn build(state: &State, code: &str) -> Document {
    let m = &state.meeting;
    let l = Lang::new(m, code);
    let mut blocks = Vec::new();
    let mut number = 0usize;
    let mut pending = 0usize;
    let mut next = || {
        number += 1;
        Some(number)
    };

    let kind = m.kind.as_str();
    let host = l.delegation(&m.host);
    let title = l.say(&msg!("comm-title", body = l.short_name(), kind = kind));
    blocks.push(Block::Title(vec![
        title.clone(),
        l.say(&msg!("comm-place", city = l.city(), country = host.clone())),
        l.meeting_dates(),
    ]));
    let heading = if state.core.communique_adopted.is_some() {
        "comm-heading-final"
    } else {
        "comm-heading-draft"
    };
    blocks.push(Block::Status(l.say(&msg!(heading))));

    // Opening.
    let opening = l.say(&msg!(
        "comm-opening",
        kind = kind,
        body = l.short_name(),
        city = l.city(),
        country = host.clone(),
        dates = l.meeting_dates()
    ));
    blocks.push(Block::Para {
        number: next(),
        text: opening,
    });

    // Attendance: who was marked present, by category.
    // Lists stand mid-sentence, where the body's formal names read right ("the World Diamond Council").
    let names = |category: Category| -> Vec<String> {
        state
            .present(category)
            .iter()
            .map(|&i| l.formal(&m.delegations[i].id))
            .collect()
    };
    let participants = state.present(Category::Participant).len();
    let mut attendance = Vec::new();
    if participants > 0 {
        attendance.push(l.say(&msg!(
            "comm-attendance",
            count = participants,
            body = l.body_name(),
            acronym = l.acronym()
        )));
    }
    let observers = names(Category::Observer);
    if !observers.is_empty() {
        attendance.push(l.say(&msg!(
            "comm-observers",
            list = l.list(&observers),
            count = observers.len()
        )));
    }
    let applicants = names(Category::Applicant);
    if !applicants.is_empty() {
        attendance.push(l.say(&msg!(
            "comm-applicants",
            list = l.list(&applicants),
            count = applicants.len(),
            acronym = l.acronym()
        )));
    }
    let guests = names(Category::Guest);
    if !guests.is_empty() {
        attendance.push(l.say(&msg!("comm-guests", list = l.list(&guests), count = guests.len())));
    }
    if !attendance.is_empty() {
        blocks.push(Block::Para {
            number: next(),
            text: attendance.join(" "),
        });
    }

    // Totals, with the member states of regional organisations.
    let (total, countries) = state.participant_totals();
    let orgs: Vec<(String, usize)> = m
        .delegations
        .iter()
        .zip(state.core.delegations.iter())
        .filter(|(d, s)| s.category == Category::Participant && !d.represents.is_empty())
        .map(|(d, _)| (l.delegation(&d.id), d.represents.len()))
        .collect();
    let totals = match orgs.as_slice() {
        [(org, members)] => l.say(&msg!(
            "comm-totals-org",
            participants = total,
            countries = countries,
            acronym = l.acronym(),
            org = org.clone(),
            members = *members
        )),
        _ => l.say(&msg!(
            "comm-totals",
            participants = total,
            countries = countries,
            acronym = l.acronym()
        )),
    };
    blocks.push(Block::Para {
        number: next(),
        text: totals,
    });

    // Admissions.
    let admitted: Vec<String> = m
        .delegations
        .iter()
        .zip(state.core.delegations.iter())
        .filter(|(_, s)| s.admitted.is_some())
        .map(|(d, _)| l.delegation(&d.id))
        .collect();
    if !admitted.is_empty() {
        let text = l.say(&msg!(
            "comm-admitted",
            list = l.list(&admitted),
            count = admitted.len(),
            acronym = l.acronym()
        ));
        blocks.push(Block::Para { number: next(), text });
    }

    // Selection of the chair and vice-chair.
    let mut selections = Vec::new();
    for s in &state.core.selections {
        let id = match s.role {
            Role::Chair => "comm-chair",
            Role::ViceChair => "comm-vice-chair",
        };
        selections.push(l.say(&msg!(
            id,
            delegation = l.formal(&s.delegation),
            year = s.year.to_string(),
            acronym = l.acronym()
        )));
    }
    if !selections.is_empty() {
        blocks.push(Block::Para {
            number: next(),
            text: selections.join(" "),
        });
    }

    // The record, item by item. Each list is sorted out by item in one pass
    // (in its own order), not searched once per item.
    let items = m.items.len();
    let mut paragraphs_of = vec![Vec::new(); items];
    for p in state.core.paragraphs.iter() {
        if let Some(bucket) = paragraphs_of.get_mut(p.item) {
            bucket.push(p);
        }
    }
    let mut decisions_of = vec![Vec::new(); items];
    for d in state.core.decisions.iter() {
        if let Some(bucket) = decisions_of.get_mut(d.item) {
            bucket.push(d);
        }
    }
    let mut actions_of = vec![Vec::new(); items];
    for a in state.core.actions.iter() {
        if let Some(bucket) = a.item.and_then(|i| actions_of.get_mut(i)) {
            bucket.push(a);
        }
    }
    let mut any_adopted = false;
    for index in 0..items {
        for p in paragraphs_of[index].iter().copied() {
            let (block, is_pending) = match &p.kind {
                ParagraphKind::Statement { by } => {
                    let by = l.formal(by);
                    translated(&l, &p.text, next(), |t| {
                        l.say(&msg!("comm-statement", delegation = by.clone(), text = t))
                    })
                }
                _ => translated(&l, &p.text, next(), |t| t.to_string()),
            };
            pending += is_pending as usize;
            blocks.push(block);
        }
        for d in decisions_of[index].iter().copied() {
            if !matches!(d.outcome, Outcome::Adopted { .. }) {
                continue;
            }
            any_adopted = true;
            let id = d.id.clone();
            let (block, is_pending) = match (&d.kind, &d.by) {
                (DecisionKind::Recommendation, Some(by)) => {
                    let body = l.body_or_delegation(by);
                    translated(&l, &d.text, next(), |t| {
                        l.say(&msg!(
                            "comm-recommendation",
                            body = body.clone(),
                            text = t,
                            id = id.clone()
                        ))
                    })
                }
                _ => translated(&l, &d.text, next(), |t| {
                    l.say(&msg!("comm-decision", text = t, id = id.clone()))
                }),
            };
            pending += is_pending as usize;
            blocks.push(block);
            for r in &d.reservations {
                let by = l.formal(&r.by);
                let (block, is_pending) = translated(&l, &r.text, next(), |t| {
                    l.say(&msg!(
                        "comm-reservation",
                        delegation = by.clone(),
                        id = id.clone(),
                        text = t
                    ))
                });
                pending += is_pending as usize;
                blocks.push(block);
            }
        }
        for a in actions_of[index].iter().copied() {
            let (block, is_pending) = translated(&l, &a.text, next(), |t| action(&l, a, t));
            pending += is_pending as usize;
            blocks.push(block);
        }
    }
    for a in state.core.actions.iter().filter(|a| a.item.is_none()) {
        let (block, is_pending) = translated(&l, &a.text, next(), |t| action(&l, a, t));
        pending += is_pending as usize;
        blocks.push(block);
    }

    if any_adopted {
        let rule = m.body.formal_adoption_rule.clone().unwrap_or_default();
        let id = if rule.is_empty() {
            "comm-formal-adoption"
        } else {
            "comm-formal-adoption-rule"
        };
        let text = l.say(&msg!(
            id,
            languages = l.official_languages(),
            rule = rule,
            acronym = l.acronym()
        ));
        blocks.push(Block::Para { number: next(), text });
    }
    blocks.push(Block::Para {
        number: next(),
        text: l.say(&msg!("comm-thanks", host = host)),
    });

    Document {
        lang: l.tag.clone(),
        title,
        blocks,
        pending,
    }
}

fn action(l: &Lang<'_>, a: &crate::domain::state::Action, text: &str) -> String {
    let body = l.body_or_delegation(&a.body);
    let owner = a
        .owner
        .as_deref()
        .map(|o| l.body_or_delegation(o))
        .unwrap_or_else(|| "none".to_string());
    let due = a.due.map(|d| l.date(d)).unwrap_or_else(|| "none".to_string());
    l.say(&msg!("comm-action", body = body, text = text, owner = owner, due = due))
        .trim_end()
        .to_string()
}
