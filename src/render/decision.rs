//! One decision, printable: what it is, where it stands (Rule 26 included),
//! its text in the asked language, its reservations and its fingerprint.

use super::communique::translated;
use super::document::{Block, Document};
use super::lang::{Lang, WithTerm};
use crate::domain::State;
use crate::domain::meeting::DecisionKind;
use crate::domain::seal;
use crate::domain::state::{Decision, Outcome, Step, Text};
use crate::{msg, slot};

/// The fingerprint a document of `d` in `code` prints, and the language of
/// the words it covers: the text printed (a translation pending prints the
/// original), so that a copy in any language can be checked against the
/// record (`seal::fingerprint` says exactly what it covers).
pub fn fingerprint(d: &Decision, code: &str) -> (String, String) {
    let (words, lang) = seal::printed(&d.text, code);
    (seal::fingerprint(words), lang.to_string())
}

/// The fingerprint's line in a document's language.
pub fn fingerprint_line(l: &Lang<'_>, d: &Decision) -> String {
    let (fingerprint, lang) = fingerprint(d, &l.code);
    l.say(&msg!(
        "seal-fingerprint",
        language = l.language_name(&lang),
        fingerprint = fingerprint
    ))
}

/// "Corrected on 24 June 2009: …", one line for each corrigendum of the
/// words printed in `l`'s language: printed on the text, decision and
/// communique alike.
pub fn corrected_lines(l: &Lang<'_>, text: &Text) -> Vec<Block> {
    seal::corrigenda_printed(text, &l.code)
        .map(|c| {
            Block::Note(l.say(&msg!(
                "seal-corrected",
                date = l.date(c.at.date_naive()),
                reason = c.reason.clone()
            )))
        })
        .collect()
}

/// Languages (other than the original) still without a final, current translation.
pub fn missing_languages(state: &State, d: &Decision) -> Vec<String> {
    let langs = state.meeting.body.languages.iter().map(|l| l.code.as_str());
    d.text.pending(langs)
}

pub fn build(state: &State, d: &Decision, code: &str) -> Document {
    build_in(&Lang::new(&state.meeting, code), state, d)
}

/// [`build`] in a language already made: the delegates' site prints
/// thousands of decisions in each.
pub fn build_in(l: &Lang<'_>, state: &State, d: &Decision) -> Document {
    let m = &state.meeting;
    let code = l.code.as_str();
    let item = &m.items[d.item];
    let kind = match d.kind {
        DecisionKind::Decision => "decision",
        DecisionKind::Recommendation => "recommendation",
        DecisionKind::Administrative => "administrative",
    };
    let title = l.say(&msg!("dec-title", kind = kind, id = d.id.clone()));
    // The decision's own line is not a title line: plain text prints title
    // lines in capitals, and the id is printed exactly as recorded.
    let mut blocks = vec![
        Block::Title(vec![
            l.body_name(),
            l.say(&msg!(
                "dec-meeting",
                kind = m.kind.as_str(),
                city = l.city(),
                dates = l.meeting_dates()
            )),
        ]),
        Block::Status(title.clone()),
        Block::Status(l.say(&msg!(
            "dec-item",
            number = item.number.to_string(),
            title = item.title.get_or(code, l.original()).to_string()
        ))),
    ];
    let missing = missing_languages(state, d);
    if let Some(mark) = running(l, d, &missing) {
        blocks.insert(0, Block::Running(mark));
    }
    match &d.outcome {
        Outcome::Adopted { at } => {
            blocks.push(Block::Status(
                l.say(&msg!("dec-adopted", date = l.date(at.date_naive()))),
            ));
            let rule = m.body.formal_adoption_rule.clone().unwrap_or_default();
            let status = if missing.is_empty() {
                // What Rule 26 makes final is the decision's own text, not
                // what delegations attached to it.
                l.say(&msg!("sitedraft-formally-adopted", kind = kind, rule = rule))
            } else {
                // Each language in its own phrase: French repeats the
                // preposition (« en portugais, en espagnol et en russe »).
                let names: Vec<String> = missing
                    .iter()
                    .map(|c| l.say(&msg!("dec-awaiting-language", language = l.language_name(c))))
                    .collect();
                l.say(&msg!("dec-awaiting", languages = l.list(&names), rule = rule))
            };
            blocks.push(Block::Status(status));
            let attached = attached_pending(l, d);
            if missing.is_empty() && attached > 0 {
                blocks.push(Block::Status(
                    l.say(&msg!("sitedraft-attached-pending", count = attached)),
                ));
            }
        }
        Outcome::Drafted => blocks.push(Block::Status(l.say(&msg!("dec-draft")))),
        Outcome::Deferred { at } => blocks.push(Block::Status(
            l.say(&msg!("dec-deferred", date = l.date(at.date_naive()))),
        )),
        Outcome::NotAdopted { at } => {
            let standing: Vec<_> = d.standing_objections().map(|o| l.delegation_term(&o.by)).collect();
            // "blocked by the United States", « par les États-Unis »,
            // «pelos Estados Unidos», «возражением Канады».
            let (names, _) = l.term_list(&standing, "by");
            blocks.push(Block::Status(l.say(&msg!(
                "dec-blocked",
                delegations = names,
                count = standing.len(),
                date = l.date(at.date_naive())
            ))));
        }
    }
    if let Some(history) = history(l, d) {
        blocks.push(Block::Status(history));
    }
    if let Some(by) = &d.by {
        blocks.push(Block::Note(l.say(
            &msg!("dec-proposed-by").term(&slot!("by"), &l.body_or_delegation_term(by)),
        )));
    }
    blocks.push(Block::Note(
        l.say(&msg!("dec-original", language = l.language_name(&d.text.lang))),
    ));
    let (text, pending) = translated(l, &super::brackets::text(state, &d.id, &d.text), None, |t| {
        t.to_string()
    });
    let mut pending = pending as usize;
    blocks.push(text);
    blocks.extend(corrected_lines(l, &d.text));
    blocks.extend(super::brackets::note(l, state, &d.id, &d.text));
    blocks.extend(super::amendments::blocks(l, state, &d.id, &d.text));
    // The reasons given for objections, withdrawn ones too, and the
    // reservations: recorded texts, printed in the document's language or
    // waiting for translation like the decision's own text.
    for o in &d.objections {
        let by = l.delegation_term(&o.by);
        let id = if o.withdrawn.is_some() {
            "dec-objection-withdrawn"
        } else {
            "dec-objection"
        };
        let (block, is_pending) = translated(l, &o.reason, None, |t| {
            l.say(&msg!(id, objection = o.id.clone(), text = t).term(&slot!("delegation"), &by))
        });
        pending += is_pending as usize;
        blocks.push(block);
    }
    for r in &d.reservations {
        let by = l.delegation_term(&r.by);
        let (block, is_pending) = translated(l, &super::brackets::text(state, &r.id, &r.text), None, |t| {
            l.say(&msg!("dec-reservation", text = t).term(&slot!("delegation"), &by))
        });
        pending += is_pending as usize;
        blocks.push(block);
        blocks.extend(super::brackets::note(l, state, &r.id, &r.text));
    }
    blocks.push(Block::Note(fingerprint_line(l, d)));
    // Each earlier sealed version of the words printed: both values, so that
    // a copy printed before the corrigendum is told from a changed one.
    let (_, printed_lang) = seal::printed(&d.text, &l.code);
    for c in seal::corrigenda_in(&d.text, printed_lang) {
        let (before, after) = c.fingerprints();
        blocks.push(Block::Note(l.say(&msg!(
            "seal-fingerprint-corrected",
            date = l.date(c.at.date_naive()),
            language = l.language_name(&c.lang),
            before = before,
            after = after
        ))));
    }
    Document {
        lang: l.tag.clone(),
        title,
        blocks,
        pending,
        ids: Vec::new(),
    }
}

/// What every printed page of a decision not yet formally adopted says.
fn running(l: &Lang<'_>, d: &Decision, missing: &[String]) -> Option<String> {
    let outcome = match d.outcome {
        Outcome::Adopted { .. } if missing.is_empty() => return None,
        Outcome::Adopted { .. } => "adopted",
        _ => "other",
    };
    Some(l.say(&msg!(
        "sitedraft-running-decision",
        id = d.id.clone(),
        outcome = outcome
    )))
}

/// How many reservations and objection reasons the document in `l`
/// prints waiting for their translation (as [`translated`] decides).
fn attached_pending(l: &Lang<'_>, d: &Decision) -> usize {
    let texts = d
        .objections
        .iter()
        .map(|o| &o.reason)
        .chain(d.reservations.iter().map(|r| &r.text));
    texts.filter(|t| !t.pending([l.code.as_str()]).is_empty()).count()
}

/// The outcome's steps in order ("objected to by …; withdrawn …; deferred
/// …; adopted …"), when there is more to say than the current outcome.
fn history(l: &Lang<'_>, d: &Decision) -> Option<String> {
    if d.history.len() < 2 && d.objections.is_empty() {
        return None;
    }
    let steps: Vec<String> = d
        .history
        .iter()
        .map(|step| match step {
            Step::Objected { objection, by, at } => l.say(
                &msg!(
                    "dec-step-objected",
                    objection = objection.clone(),
                    date = l.date(at.date_naive())
                )
                .term(&slot!("delegation"), &l.delegation_term(by)),
            ),
            Step::Withdrawn { objection, by, at } => l.say(
                &msg!(
                    "dec-step-withdrawn",
                    objection = objection.clone(),
                    date = l.date(at.date_naive())
                )
                .term(&slot!("delegation"), &l.delegation_term(by)),
            ),
            Step::Deferred { at } => l.say(&msg!("dec-step-deferred", date = l.date(at.date_naive()))),
            Step::Adopted { at } => l.say(&msg!("dec-step-adopted", date = l.date(at.date_naive()))),
            Step::Reopened { at } => l.say(&msg!("dec-step-reopened", date = l.date(at.date_naive()))),
        })
        .collect();
    let separator = l.say(&msg!("dec-step-separator"));
    let mut line = l.say(&msg!("dec-history", steps = steps.join(&separator)));
    // A Russian date ends with "г.": the sentence's full stop is not doubled.
    if line.ends_with("..") {
        line.pop();
    }
    Some(line)
}
