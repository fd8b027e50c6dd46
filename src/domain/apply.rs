//! The fold: `State::apply` turns one stored command (a group of events) into
//! the next state, or says why it cannot. A group applies whole or not at all.

use super::event::Event;
use super::ids::{self, ItemNumber};
use super::meeting::{Category, Meeting, Status};
use super::message::Msg;
use super::state::*;
use crate::msg;
use std::sync::Arc;

type Result<T> = std::result::Result<T, Msg>;

impl State {
    /// Applies a group; on error the state is unchanged.
    pub fn apply(&mut self, group: Arc<Group>) -> Result<()> {
        if let [Event::Undone { group: target }] = group.events.as_slice() {
            return self.undo(*target, group.clone());
        }
        let before = checkpoint(self.log.len()).then(|| Arc::new(self.core.clone()));
        match group.events.as_slice() {
            // One event applies whole or not at all (`apply_event` checks
            // before it changes anything), so it can change the state in
            // place: no chunk of it is copied unless a checkpoint shares it.
            [event] => apply_event(&self.meeting, &mut self.core, event, group.at)?,
            events => {
                let mut core = self.core.clone();
                for event in events {
                    apply_event(&self.meeting, &mut core, event, group.at)?;
                }
                self.core = core;
            }
        }
        self.log.push_back(Entry {
            group,
            undone: false,
            before,
        });
        Ok(())
    }

    /// The last command by `author` that can still be undone.
    pub fn undo_target(&self, author: &str) -> Option<&Entry> {
        self.log.iter().rev().find(|e| e.counts() && e.group.author == author)
    }

    /// The state just before the entry at `position`: the nearest checkpoint
    /// at or before it, and the commands that count from there.
    fn core_before(&self, position: usize) -> Result<Core> {
        let start = position - position % CHECKPOINT_EVERY;
        let mut core = Core::clone(
            self.log[start]
                .before
                .as_ref()
                .expect("every CHECKPOINT_EVERYth entry keeps the state before it"),
        );
        for entry in self.log.iter().skip(start).take(position - start) {
            if entry.counts() {
                replay(&self.meeting, &mut core, &entry.group)?;
            }
        }
        Ok(core)
    }

    fn undo(&mut self, target: i64, group: Arc<Group>) -> Result<()> {
        let position = self
            .log
            .iter()
            .position(|e| e.group.seq == target && e.counts())
            .ok_or_else(|| msg!("undo-nothing"))?;
        let mut core = self.core_before(position)?;
        let mut log = self.log.clone();
        log[position].undone = true;
        // Later commands are replayed on the state without the undone one; if
        // one of them needed it, the undo is refused rather than losing work.
        for i in position + 1..log.len() {
            if checkpoint(i) {
                log[i].before = Some(Arc::new(core.clone()));
            }
            if !log[i].counts() {
                continue;
            }
            let later = log[i].group.clone();
            if replay(&self.meeting, &mut core, &later).is_err() {
                return Err(msg!(
                    "undo-later-depends",
                    command = later.command.clone(),
                    author = later.author.clone()
                ));
            }
        }
        log.push_back(Entry {
            group,
            undone: false,
            before: checkpoint(log.len()).then(|| Arc::new(core.clone())),
        });
        self.log = log;
        self.core = core;
        Ok(())
    }
}

fn checkpoint(position: usize) -> bool {
    position % CHECKPOINT_EVERY == 0
}

/// Applies a group that applied before; on error `core` is left part-changed
/// and the caller drops it.
fn replay(meeting: &Meeting, core: &mut Core, group: &Group) -> Result<()> {
    for event in &group.events {
        apply_event(meeting, core, event, group.at)?;
    }
    Ok(())
}

fn item(meeting: &Meeting, number: &str) -> Result<usize> {
    ItemNumber::parse(number)
        .and_then(|n| meeting.item_index(&n))
        .ok_or_else(|| msg!("err-unknown-item", item = number))
}

fn delegation(meeting: &Meeting, id: &str) -> Result<usize> {
    meeting
        .delegation_index(id)
        .ok_or_else(|| msg!("err-unknown-delegation", id = id, suggestions = "none"))
}

fn decision(core: &Core, id: &str) -> Result<usize> {
    core.decision_position(id)
        .ok_or_else(|| msg!("err-unknown-decision", id = id))
}

fn subsidiary(meeting: &Meeting, id: &str) -> Result<String> {
    meeting
        .body
        .subsidiary(id)
        .map(|s| s.id.clone())
        .ok_or_else(|| msg!("err-unknown-body", id = id))
}

fn translation_language(meeting: &Meeting, lang: &str) -> Result<()> {
    if !meeting.body.has_language(lang) {
        return Err(msg!(
            "err-unknown-language",
            lang = lang,
            languages = language_list(meeting)
        ));
    }
    if lang == meeting.original() {
        return Err(msg!("err-translate-original", lang = lang));
    }
    Ok(())
}

fn language_list(meeting: &Meeting) -> String {
    meeting
        .body
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn nonempty(text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(msg!("err-empty-text"));
    }
    Ok(())
}

/// A participant in good standing, who may block consensus, make a
/// reservation or be selected.
fn participant(meeting: &Meeting, core: &Core, id: &str) -> Result<usize> {
    let i = delegation(meeting, id)?;
    let d = &core.delegations[i];
    let name = meeting.delegations[i].id.clone();
    if d.category != Category::Participant {
        return Err(msg!("err-not-participant", id = name, category = d.category.as_str()));
    }
    if d.status != Status::Active {
        return Err(msg!("err-participant-suspended", id = name, status = d.status.as_str()));
    }
    Ok(i)
}

/// The open item, required by the speakers list.
fn open_item(core: &Core) -> Result<usize> {
    core.open_item.ok_or_else(|| msg!("err-no-open-item"))
}

/// A decision (`KP/…`) or a paragraph (`P3`) whose text can be amended or translated.
fn text_mut<'a>(core: &'a mut Core, target: &str) -> Result<(&'a mut Text, bool)> {
    if core.decision_position(target).is_none() {
        if let Some(n) = ids::numbered_id('P', target) {
            let p = core
                .paragraphs
                .get_mut(n.wrapping_sub(1))
                .map(Arc::make_mut)
                .ok_or_else(|| msg!("err-unknown-paragraph", id = target))?;
            return Ok((&mut p.text, false));
        }
        if let Some(n) = ids::numbered_id('A', target) {
            let a = core
                .actions
                .get_mut(n.wrapping_sub(1))
                .map(Arc::make_mut)
                .ok_or_else(|| msg!("err-unknown-action", id = target))?;
            return Ok((&mut a.text, false));
        }
    }
    let i = decision(core, target)?;
    let d = Arc::make_mut(&mut core.decisions[i]);
    let adopted = matches!(d.outcome, Outcome::Adopted { .. });
    Ok((&mut d.text, adopted))
}

/// Applies one event. It checks everything before it changes anything: on
/// error `core` is as it was (`State::apply` relies on this).
fn apply_event(meeting: &Meeting, core: &mut Core, event: &Event, at: At) -> Result<()> {
    match event {
        Event::Attendance { ids, present } => {
            if ids.is_empty() {
                return Err(msg!("err-nobody"));
            }
            let found = ids
                .iter()
                .map(|id| delegation(meeting, id))
                .collect::<Result<Vec<_>>>()?;
            for i in found {
                core.delegations[i].present = Some(*present);
            }
        }
        Event::ItemOpened { item: number } => {
            let i = item(meeting, number)?;
            if let Some(open) = core.open_item {
                let open = meeting.items[open].number.to_string();
                return Err(if open == meeting.items[i].number.to_string() {
                    msg!("err-item-already-open", item = open)
                } else {
                    msg!("err-other-item-open", item = open)
                });
            }
            let state = Arc::make_mut(&mut core.items[i]);
            state.status = ItemStatus::Open;
            state.opened_at = Some(at);
            core.open_item = Some(i);
        }
        Event::ItemClosed { item: number } | Event::ItemDeferred { item: number } => {
            let i = item(meeting, number)?;
            let closing = matches!(event, Event::ItemClosed { .. });
            let state = Arc::make_mut(&mut core.items[i]);
            match state.status {
                ItemStatus::Open => {}
                ItemStatus::Pending if !closing => {}
                status => {
                    return Err(msg!("err-item-status", item = number.clone(), status = status.as_str()));
                }
            }
            if let Some(opened) = state.opened_at.take() {
                state.used_seconds += (at - opened).num_seconds().max(0);
            }
            if let Some((who, since)) = state.floor.take() {
                state.spoken.push_back(Spoke {
                    delegation: who,
                    seconds: (at - since).num_seconds().max(0),
                });
            }
            state.queue.clear();
            state.status = if closing {
                ItemStatus::Closed
            } else {
                ItemStatus::Deferred
            };
            if core.open_item == Some(i) {
                core.open_item = None;
            }
        }
        Event::SpeakerAdded { id } => {
            let i = open_item(core)?;
            let d = delegation(meeting, id)?;
            let id = meeting.delegations[d].id.clone();
            let state = Arc::make_mut(&mut core.items[i]);
            if state.queue.contains(&id) {
                return Err(msg!("err-speaker-queued", id = id));
            }
            state.queue.push_back(id);
        }
        Event::SpeakerNext => {
            let i = open_item(core)?;
            let state = Arc::make_mut(&mut core.items[i]);
            if state.queue.is_empty() && state.floor.is_none() {
                return Err(msg!("err-no-speakers"));
            }
            if let Some((who, since)) = state.floor.take() {
                state.spoken.push_back(Spoke {
                    delegation: who,
                    seconds: (at - since).num_seconds().max(0),
                });
            }
            state.floor = state.queue.pop_front().map(|id| (id, at));
        }
        Event::SpeakerRemoved { id } => {
            let i = open_item(core)?;
            let d = delegation(meeting, id)?;
            let id = &meeting.delegations[d].id;
            let state = Arc::make_mut(&mut core.items[i]);
            if let Some(pos) = state.queue.index_of(id) {
                state.queue.remove(pos);
            } else if state.floor.as_ref().is_some_and(|(who, _)| who == id) {
                let (who, since) = state.floor.take().expect("checked above");
                state.spoken.push_back(Spoke {
                    delegation: who,
                    seconds: (at - since).num_seconds().max(0),
                });
            } else {
                return Err(msg!("err-not-speaker", id = id.clone()));
            }
        }
        Event::Drafted {
            item: number,
            decision: id,
            kind,
            by,
            text,
        } => {
            let i = item(meeting, number)?;
            if !ids::is_decision_id(id) || ids::numbered_id('P', id).is_some() || ids::numbered_id('A', id).is_some() {
                return Err(msg!("err-bad-decision-id", id = id.clone()));
            }
            if core.decision_position(id).is_some() {
                return Err(msg!("err-decision-exists", id = id.clone()));
            }
            nonempty(text)?;
            let by = by.as_deref().map(|b| subsidiary(meeting, b)).transpose()?;
            core.push_decision(Decision {
                id: id.clone(),
                item: i,
                kind: *kind,
                by,
                text: Text::new(text.clone()),
                outcome: Outcome::Drafted,
                reservations: imbl::Vector::new(),
            });
        }
        Event::Amended { target, text } => {
            nonempty(text)?;
            let adopted_communique = core.communique_adopted.is_some();
            let (t, adopted) = text_mut(core, target)?;
            if adopted {
                return Err(msg!("err-amend-adopted", id = target.clone()));
            }
            if adopted_communique {
                return Err(msg!("err-communique-adopted"));
            }
            if t.original == *text {
                return Err(msg!("err-same-text", id = target.clone()));
            }
            t.original = text.clone();
            t.version += 1;
        }
        Event::Translated {
            target,
            lang,
            text,
            draft,
        } => {
            translation_language(meeting, lang)?;
            nonempty(text)?;
            let (t, _) = text_mut(core, target)?;
            let version = t.version;
            t.translations.insert(
                lang.clone(),
                Translation {
                    text: text.clone(),
                    draft: *draft,
                    version,
                },
            );
        }
        Event::Adopted { decision: id } => {
            let i = decision(core, id)?;
            let d = Arc::make_mut(&mut core.decisions[i]);
            if let Outcome::Adopted { .. } = d.outcome {
                return Err(msg!("err-already-adopted", id = d.id.clone()));
            }
            d.outcome = Outcome::Adopted { at };
        }
        Event::Objected {
            decision: id,
            by,
            reason,
        } => {
            let who = participant(meeting, core, by)?;
            let i = decision(core, id)?;
            let d = Arc::make_mut(&mut core.decisions[i]);
            if let Outcome::Adopted { .. } = d.outcome {
                return Err(msg!("err-object-adopted", id = d.id.clone()));
            }
            d.outcome = Outcome::NotAdopted {
                by: meeting.delegations[who].id.clone(),
                reason: reason.clone(),
                at,
            };
        }
        Event::Reserved {
            decision: id,
            by,
            statement,
        } => {
            let who = participant(meeting, core, by)?;
            nonempty(statement)?;
            let i = decision(core, id)?;
            let d = Arc::make_mut(&mut core.decisions[i]);
            if !matches!(d.outcome, Outcome::Adopted { .. }) {
                return Err(msg!("err-reserve-not-adopted", id = d.id.clone()));
            }
            d.reservations.push_back(Reservation {
                by: meeting.delegations[who].id.clone(),
                statement: statement.clone(),
                at,
            });
        }
        Event::DecisionDeferred { decision: id } => {
            let i = decision(core, id)?;
            let d = Arc::make_mut(&mut core.decisions[i]);
            match d.outcome {
                Outcome::Adopted { .. } => {
                    return Err(msg!("err-defer-adopted", id = d.id.clone()));
                }
                Outcome::Deferred { .. } => {
                    return Err(msg!("err-already-deferred", id = d.id.clone()));
                }
                _ => d.outcome = Outcome::Deferred { at },
            }
        }
        Event::Noted { item: number, text } => {
            let i = item(meeting, number)?;
            nonempty(text)?;
            core.paragraphs.push_back(Arc::new(Paragraph {
                item: i,
                kind: ParagraphKind::Note,
                text: Text::new(text.clone()),
            }));
        }
        Event::NoteTranslated {
            item: number,
            lang,
            text,
        } => {
            let i = item(meeting, number)?;
            translation_language(meeting, lang)?;
            nonempty(text)?;
            // Found before taken mutably, so that only its chunk is copied.
            let position = core
                .paragraphs
                .iter()
                .rposition(|p| p.item == i && p.kind == ParagraphKind::Note)
                .ok_or_else(|| msg!("err-no-note", item = number.clone()))?;
            let p = Arc::make_mut(&mut core.paragraphs[position]);
            let version = p.text.version;
            p.text.translations.insert(
                lang.clone(),
                Translation {
                    text: text.clone(),
                    draft: false,
                    version,
                },
            );
        }
        Event::Admitted { id } => {
            let i = delegation(meeting, id)?;
            let d = &mut core.delegations[i];
            if d.category != Category::Applicant {
                return Err(msg!(
                    "err-admit-not-applicant",
                    id = meeting.delegations[i].id.clone(),
                    category = d.category.as_str()
                ));
            }
            d.category = Category::Participant;
            d.admitted = Some(at);
        }
        Event::Suspended { id } => {
            let i = participant(meeting, core, id)?;
            core.delegations[i].status = Status::Suspended;
        }
        Event::Reinstated { id } => {
            let i = delegation(meeting, id)?;
            let d = &mut core.delegations[i];
            if d.category != Category::Participant || d.status == Status::Active {
                return Err(msg!("err-not-suspended", id = meeting.delegations[i].id.clone()));
            }
            d.status = Status::Active;
        }
        Event::ChairSelected { id, year } | Event::ViceChairSelected { id, year } => {
            let who = participant(meeting, core, id)?;
            if !(1900..=2999).contains(year) {
                return Err(msg!("err-bad-year", year = year.to_string()));
            }
            let role = if matches!(event, Event::ChairSelected { .. }) {
                Role::Chair
            } else {
                Role::ViceChair
            };
            let delegation = meeting.delegations[who].id.clone();
            // The other role of the year, which this selection does not replace.
            if core
                .selections
                .iter()
                .any(|s| s.year == *year && s.role != role && s.delegation == delegation)
            {
                return Err(msg!("err-both-roles", id = delegation, year = year.to_string()));
            }
            core.selections.retain(|s| !(s.role == role && s.year == *year));
            core.selections.push_back(Selection {
                role,
                delegation,
                year: *year,
            });
        }
        Event::Statement { item: number, by, text } => {
            let i = item(meeting, number)?;
            let who = delegation(meeting, by)?;
            nonempty(text)?;
            core.paragraphs.push_back(Arc::new(Paragraph {
                item: i,
                kind: ParagraphKind::Statement {
                    by: meeting.delegations[who].id.clone(),
                },
                text: Text::new(text.clone()),
            }));
        }
        Event::Reported {
            body,
            item: number,
            text,
        } => {
            let by = subsidiary(meeting, body)?;
            let i = item(meeting, number)?;
            nonempty(text)?;
            core.paragraphs.push_back(Arc::new(Paragraph {
                item: i,
                kind: ParagraphKind::Report { by },
                text: Text::new(text.clone()),
            }));
        }
        Event::ActionAdded { body, text, owner, due } => {
            let body = subsidiary(meeting, body)?;
            nonempty(text)?;
            let owner = match owner {
                None => None,
                Some(o) => Some(match meeting.body.subsidiary(o) {
                    Some(s) => s.id.clone(),
                    None => meeting.delegations[delegation(meeting, o)?].id.clone(),
                }),
            };
            core.actions.push_back(Arc::new(super::state::Action {
                body,
                text: Text::new(text.clone()),
                owner,
                due: *due,
                item: core.open_item,
                done: None,
            }));
        }
        Event::ActionDone { action } => {
            let n = ids::numbered_id('A', action).ok_or_else(|| msg!("err-unknown-action", id = action.clone()))?;
            let a = core
                .actions
                .get_mut(n.wrapping_sub(1))
                .map(Arc::make_mut)
                .ok_or_else(|| msg!("err-unknown-action", id = action.clone()))?;
            if a.done.is_some() {
                return Err(msg!("err-action-done", id = action.clone()));
            }
            a.done = Some(at);
        }
        Event::CommuniqueAdopted => {
            if core.communique_adopted.is_some() {
                return Err(msg!("err-communique-adopted"));
            }
            core.communique_adopted = Some(at);
        }
        Event::Undone { .. } => return Err(msg!("undo-nothing")),
    }
    Ok(())
}
