//! One decision, printable: what it is, where it stands (Rule 26 included),
//! its text in the asked language, its reservations and its fingerprint.

use super::communique::translated;
use super::document::{Block, Document};
use super::lang::{Lang, WithTerm};
use crate::domain::State;
use crate::domain::meeting::DecisionKind;
use crate::domain::state::Text;
use crate::domain::state::{Decision, Outcome};
use crate::msg;
use crate::slot;
use sha2::{Digest, Sha256};

/// The first 16 hex digits of the SHA-256 of the original text: a printed
/// copy can be checked against the record.
pub fn fingerprint(d: &Decision) -> String {
    let digest = Sha256::digest(d.text.original.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Languages (other than the original) still without a final, current translation.
pub fn missing_languages(state: &State, d: &Decision) -> Vec<String> {
    let langs = state.meeting.body.languages.iter().map(|l| l.code.as_str());
    d.text.pending(langs, state.meeting.original())
}

pub fn build(state: &State, d: &Decision, code: &str) -> Document {
    let m = &state.meeting;
    let l = Lang::new(m, code);
    let item = &m.items[d.item];
    let kind = match d.kind {
        DecisionKind::Decision => "decision",
        DecisionKind::Recommendation => "recommendation",
        DecisionKind::Administrative => "administrative",
    };
    let title = l.say(&msg!("dec-title", kind = kind, id = d.id.clone()));
    let mut blocks = vec![Block::Title(vec![
        l.body_name(),
        l.say(&msg!(
            "dec-meeting",
            kind = m.kind.as_str(),
            city = l.city(),
            dates = l.meeting_dates()
        )),
        title.clone(),
        l.say(&msg!(
            "dec-item",
            number = item.number.to_string(),
            title = item.title.get_or(code, l.original()).to_string()
        )),
    ])];
    let missing = missing_languages(state, d);
    match &d.outcome {
        Outcome::Adopted { at } => {
            blocks.push(Block::Status(
                l.say(&msg!("dec-adopted", date = l.date(at.date_naive()))),
            ));
            let rule = m.body.formal_adoption_rule.clone().unwrap_or_default();
            let status = if missing.is_empty() {
                l.say(&msg!("dec-formally-adopted", rule = rule))
            } else {
                let names: Vec<String> = missing.iter().map(|c| l.language_name(c)).collect();
                l.say(&msg!("dec-awaiting", languages = l.list(&names), rule = rule))
            };
            blocks.push(Block::Status(status));
        }
        Outcome::Drafted => blocks.push(Block::Status(l.say(&msg!("dec-draft")))),
        Outcome::Deferred { at } => blocks.push(Block::Status(
            l.say(&msg!("dec-deferred", date = l.date(at.date_naive()))),
        )),
        Outcome::NotAdopted { by, at, .. } => blocks.push(Block::Status(l.say(
            &msg!("dec-not-adopted", date = l.date(at.date_naive())).term(&slot!("delegation"), &l.delegation_term(by)),
        ))),
    }
    if let Some(by) = &d.by {
        blocks.push(Block::Note(l.say(
            &msg!("dec-proposed-by").term(&slot!("by"), &l.body_or_delegation_term(by)),
        )));
    }
    blocks.push(Block::Note(
        l.say(&msg!("dec-original", language = l.language_name(l.original()))),
    ));
    let (text, pending) = translated(&l, &d.text, None, |t| t.to_string());
    let mut pending = pending as usize;
    blocks.push(text);
    // The reason given for an objection and the reservations are recorded in
    // the original language: elsewhere they wait for a translation.
    if let Outcome::NotAdopted { by, reason, .. } = &d.outcome {
        let by = l.delegation_term(by);
        let (block, waits) = translated(&l, &Text::new(reason.clone()), None, |t| {
            l.say(&msg!("dec-objection-reason", text = t).term(&slot!("delegation"), &by))
        });
        pending += waits as usize;
        blocks.push(block);
    }
    for r in &d.reservations {
        let by = l.delegation_term(&r.by);
        let (block, waits) = translated(&l, &Text::new(r.statement.clone()), None, |t| {
            l.say(&msg!("dec-reservation", text = t).term(&slot!("delegation"), &by))
        });
        pending += waits as usize;
        blocks.push(block);
    }
    blocks.push(Block::Note(
        l.say(&msg!("dec-fingerprint", fingerprint = fingerprint(d))),
    ));
    Document {
        lang: l.tag.clone(),
        title,
        blocks,
        pending,
    }
}
