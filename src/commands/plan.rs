//! From a command to the events that record it, checked against the state.
//! The fold (`State::apply`) checks each event again; here go the checks that
//! need the command's intent, and the help that names what was meant.

use super::command::{Command, Who};
use crate::domain::meeting::{Category, DecisionKind};
use crate::domain::{Event, Msg, State};
use crate::msg;

/// The events a command makes, or why it cannot be done.
pub fn plan(state: &State, command: &Command, author: &str) -> Result<Vec<Event>, Msg> {
    use Command as C;
    let id = |s: &str| delegation_id(state, s);
    // Each text is recorded with the language it is written in: the body's
    // original language today, whatever order the body file has later.
    let lang = Some(state.meeting.original().to_string());
    let events = match command {
        C::Present { who } | C::Absent { who } => {
            vec![Event::Attendance {
                ids: expand(state, who)?,
                present: matches!(command, C::Present { .. }),
            }]
        }
        C::Open { item } => vec![Event::ItemOpened { item: item.to_string() }],
        C::Close { item } => vec![Event::ItemClosed { item: item.to_string() }],
        C::DeferItem { item } => vec![Event::ItemDeferred { item: item.to_string() }],
        C::SpeakerAdd { id: who } => {
            // A delegation asking for the floor is in the room: if the roll
            // call has it absent or not yet called, it is marked present in
            // the same command (undone with it), rather than refused.
            let who = id(who)?;
            let here = state
                .delegation_index(&who)
                .is_some_and(|i| state.core.delegations[i].present == Some(true));
            let mut events = Vec::new();
            // Once the communique is adopted its attendance is final.
            if !here && state.core.communique_adopted.is_none() {
                events.push(Event::Attendance {
                    ids: vec![who.clone()],
                    present: true,
                });
            }
            events.push(Event::SpeakerAdded { id: who });
            events
        }
        C::SpeakerNext => vec![Event::SpeakerNext],
        C::SpeakerRemove { id: who } => vec![Event::SpeakerRemoved { id: id(who)? }],
        C::Draft { item, decision, text } => vec![Event::Drafted {
            item: item.to_string(),
            decision: decision.clone(),
            kind: DecisionKind::Decision,
            by: None,
            text: text.clone(),
            lang: lang.clone(),
        }],
        C::Amend { target, text } => vec![Event::Amended {
            target: target.clone(),
            text: text.clone(),
            // An amendment keeps the language the text was written in.
            lang: state.core.text(target).map(|t| t.lang.clone()),
        }],
        C::Translate {
            target,
            lang,
            draft,
            text,
        } => {
            // Refused here, not in the fold: a record made before seals
            // may hold such a translation, and still folds as it did.
            if let Some(refusal) = crate::domain::seal::translation_sealed(state, target, lang) {
                return Err(refusal);
            }
            vec![Event::Translated {
                target: target.clone(),
                lang: lang.clone(),
                text: text.clone(),
                draft: *draft,
            }]
        }
        C::Adopt { decision } => vec![Event::Adopted {
            decision: decision.clone(),
        }],
        C::Object { decision, by, reason } => {
            vec![Event::Objected {
                decision: decision.clone(),
                by: id(by)?,
                reason: reason.clone(),
                lang: lang.clone(),
            }]
        }
        C::Withdraw { decision, by } => vec![Event::ObjectionWithdrawn {
            decision: decision.clone(),
            by: id(by)?,
        }],
        C::Reserve {
            decision,
            by,
            statement,
        } => {
            vec![Event::Reserved {
                decision: decision.clone(),
                by: id(by)?,
                statement: statement.clone(),
                lang: lang.clone(),
            }]
        }
        C::DeferDecision { decision } => vec![Event::DecisionDeferred {
            decision: decision.clone(),
        }],
        C::Note { item, lang: None, text } => vec![Event::Noted {
            item: item.to_string(),
            text: text.clone(),
            lang: lang.clone(),
        }],
        C::Note {
            item,
            lang: Some(into),
            text,
        } => {
            vec![Event::NoteTranslated {
                item: item.to_string(),
                lang: into.clone(),
                text: text.clone(),
            }]
        }
        C::Admit { id: who } => vec![Event::Admitted { id: id(who)? }],
        C::Suspend { id: who } => vec![Event::Suspended { id: id(who)? }],
        C::Reinstate { id: who } => vec![Event::Reinstated { id: id(who)? }],
        C::Chair { id: who, year } => vec![Event::ChairSelected {
            id: id(who)?,
            year: *year,
            item: open_item_number(state),
        }],
        C::ViceChair { id: who, year } => vec![Event::ViceChairSelected {
            id: id(who)?,
            year: *year,
            item: open_item_number(state),
        }],
        C::Statement { item, by, text } => vec![Event::Statement {
            item: item.to_string(),
            by: id(by)?,
            text: text.clone(),
            lang: lang.clone(),
        }],
        C::Wg { body, item, text } => vec![Event::Reported {
            body: body.clone(),
            item: item.to_string(),
            text: text.clone(),
            lang: lang.clone(),
        }],
        C::Recommend {
            body,
            item,
            decision,
            text,
        } => vec![Event::Drafted {
            item: item.to_string(),
            decision: decision.clone(),
            kind: DecisionKind::Recommendation,
            by: Some(body.clone()),
            text: text.clone(),
            lang: lang.clone(),
        }],
        C::Action { body, text, owner, due } => {
            vec![Event::ActionAdded {
                body: body.clone(),
                text: text.clone(),
                owner: owner.clone(),
                due: *due,
                lang: lang.clone(),
            }]
        }
        C::Done { action } => vec![Event::ActionDone { action: action.clone() }],
        C::AdoptCommunique => vec![Event::CommuniqueAdopted],
        C::ReopenCommunique => vec![Event::CommuniqueReopened],
        C::Reopen { decision } => vec![Event::Reopened {
            decision: decision.clone(),
        }],
        C::AdoptParagraph { paragraph, text } => vec![Event::ParagraphAdopted {
            paragraph: paragraph.clone(),
            text: text.clone(),
            words: super::paragraph_words::words(state, paragraph),
        }],
        C::Hold { paragraph } => vec![Event::ParagraphHeld {
            paragraph: paragraph.clone(),
        }],
        C::ReopenParagraph { paragraph } => vec![Event::ParagraphReopened {
            paragraph: paragraph.clone(),
        }],
        C::Propose { target, by, text } => vec![Event::Proposed {
            target: target.clone(),
            by: id(by)?,
            text: text.clone(),
            // Made on the version shown now; the fold refuses it if the
            // text changed before it is recorded.
            base: state.core.text(target).map_or(0, |t| t.version),
        }],
        C::Support { amendment, ids } => {
            let mut found: Vec<String> = Vec::with_capacity(ids.len());
            for typed in ids {
                let who = id(typed)?;
                if !found.contains(&who) {
                    found.push(who);
                }
            }
            vec![Event::ProposalSupported {
                amendment: amendment.clone(),
                ids: found,
            }]
        }
        C::Accept { amendment, text } => vec![Event::ProposalAccepted {
            amendment: amendment.clone(),
            text: text.clone(),
        }],
        C::Reject { amendment } => vec![Event::ProposalRejected {
            amendment: amendment.clone(),
        }],
        C::WithdrawAmendment { amendment } => vec![Event::ProposalWithdrawn {
            amendment: amendment.clone(),
        }],
        C::Bracket { target, words, by } => vec![Event::Bracketed {
            target: target.clone(),
            words: words.clone(),
            by: match by {
                Some(by) => Some(id(by)?),
                None => None,
            },
        }],
        C::Agree { bracket } => vec![Event::BracketAgreed {
            bracket: bracket.clone(),
        }],
        C::Drop { bracket } => vec![Event::BracketDropped {
            bracket: bracket.clone(),
        }],
        C::Undo => {
            let target = state.undo_target(author).ok_or_else(|| msg!("undo-nothing"))?;
            if let Some(refusal) = adoption_kept(&target.group) {
                return Err(refusal);
            }
            if let Some(refusal) = crate::domain::seal::undo_unseals(state, &target.group) {
                return Err(refusal);
            }
            vec![Event::Undone {
                group: target.group.seq,
            }]
        }
        C::Correct {
            target,
            lang,
            text,
            reason,
        } => vec![Event::Corrected {
            target: target.clone(),
            lang: lang.clone(),
            text: text.clone(),
            reason: reason.clone(),
        }],
    };
    Ok(events)
}

/// Why `undo` leaves this command as it is: an adoption (of a decision, a
/// recommendation endorsed, or the communique) is what delegates print and
/// cite, so it is reversed only by a recorded reopening, never by `undo`
/// (DESIGN §2b). `None` for any other command. The fold still applies an
/// undone adoption found in a record made before this rule.
fn adoption_kept(group: &crate::domain::Group) -> Option<Msg> {
    group.events.iter().find_map(|e| match e {
        Event::Adopted { decision } => Some(msg!(
            "undo-adoption-decision",
            id = decision.clone(),
            command = group.command.clone(),
            reopen = format!("reopen {}", crate::domain::ids::as_word(decision))
        )),
        Event::CommuniqueAdopted => Some(msg!("undo-adoption-communique")),
        // Undoing a reopening would bring the adoption back without a
        // record of it: adopting again is the recorded way.
        Event::Reopened { decision } => Some(msg!(
            "undo-reopening-decision",
            id = decision.clone(),
            adopt = format!("adopt {}", crate::domain::ids::as_word(decision))
        )),
        Event::CommuniqueReopened => Some(msg!("undo-reopening-communique")),
        Event::ParagraphAdopted { paragraph, .. } => Some(msg!(
            "undo-adoption-paragraph",
            id = paragraph.clone(),
            reopen = format!("reopen {paragraph}")
        )),
        Event::ParagraphReopened { paragraph } => Some(msg!(
            "undo-reopening-paragraph",
            id = paragraph.clone(),
            adopt = format!("adopt {paragraph}")
        )),
        // A corrigendum is a seal: another corrigendum is the recorded way back.
        Event::Corrected { target, lang, .. } => Some(msg!(
            "undo-correction",
            id = target.clone(),
            lang = lang.clone(),
            correct = format!(
                "correct {} {lang} \"text\" \"reason\"",
                crate::domain::ids::as_word(target)
            )
        )),
        _ => None,
    })
}

/// A delegation's id as the meeting spells it, or an error that suggests
/// the delegations whose id or name starts with what was typed.
pub fn delegation_id(state: &State, typed: &str) -> Result<String, Msg> {
    if let Some(d) = state.meeting.delegation(typed) {
        return Ok(d.id.clone());
    }
    if state.meeting.body.subsidiary(typed).is_some() {
        return Err(msg!("err-body-not-delegation", id = typed));
    }
    // The one lookup (domain::lookup): any word of a name, any language, no accents.
    let original = state.meeting.original();
    let matches: Vec<String> = crate::domain::lookup::matches(&state.meeting, typed)
        .into_iter()
        .take(5)
        .map(|i| &state.meeting.delegations[i])
        .map(|d| format!("{} ({})", d.id, d.name.get_or(original, original)))
        .collect();
    let suggestions = if matches.is_empty() {
        "none".to_string()
    } else {
        matches.join(", ")
    };
    Err(msg!("err-unknown-delegation", id = typed).text("suggestions", suggestions))
}

fn expand(state: &State, who: &[Who]) -> Result<Vec<String>, Msg> {
    let mut ids: Vec<String> = Vec::new();
    for w in who {
        let category = match w {
            Who::Id(typed) => {
                let id = delegation_id(state, typed)?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
                continue;
            }
            Who::Participants => Some(Category::Participant),
            Who::Observers => Some(Category::Observer),
            Who::Applicants => Some(Category::Applicant),
            Who::All => None,
        };
        for (d, s) in state.meeting.delegations.iter().zip(state.core.delegations.iter()) {
            if category.is_none_or(|c| c == s.category) && !ids.contains(&d.id) {
                ids.push(d.id.clone());
            }
        }
    }
    if ids.is_empty() {
        return Err(msg!("err-nobody"));
    }
    Ok(ids)
}

/// The number of the item open now: a selection made under it is printed
/// under it in the communique, as KP communiques do.
fn open_item_number(state: &State) -> Option<String> {
    state
        .core
        .open_item
        .and_then(|i| state.meeting.items.get(i))
        .map(|item| item.number.to_string())
}
