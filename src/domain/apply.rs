//! The fold: `State::apply` turns one stored command (a group of events) into
//! the next state, or says why it cannot. A group applies whole or not at all.

use super::brackets;
use super::event::Event;
use super::ids::{self, ItemNumber};
use super::meeting::{Category, Meeting, Status};
use super::message::Msg;
use super::paragraphs;
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
            [event] => apply_event(&self.meeting, &mut self.core, event, group.at, &group.author)?,
            events => {
                let mut core = self.core.clone();
                for event in events {
                    apply_event(&self.meeting, &mut core, event, group.at, &group.author)?;
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
        // Undoing the adoption itself (or its reopening) is how an adoption
        // may change; undoing anything else would change the adopted text.
        let events = &self.log[position].group.events;
        let adopts = events
            .iter()
            .any(|e| matches!(e, Event::CommuniqueAdopted | Event::CommuniqueReopened));
        if self.core.communique_adopted.is_some() && !adopts && events.iter().any(Event::changes_communique) {
            return Err(msg!("err-communique-final"));
        }
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

/// What a snapshot keeps of a state: the recent part of the log and the
/// state before it (see [`State::recent`]).
pub struct Recent<'a> {
    pub earlier: Earlier,
    /// The state before the first entry of `entries`.
    pub core: &'a Core,
    pub entries: Vec<&'a Entry>,
}

impl State {
    /// The log from a checkpoint at least `keep` entries before its end
    /// (or from its start), with the state kept at that checkpoint: enough
    /// to make the state again ([`State::resume`]) with undo reaching
    /// `keep` commands back. `None` if the checkpoint is missing.
    pub fn recent(&self, keep: usize) -> Option<Recent<'_>> {
        let len = self.log.len();
        let start = len.saturating_sub(keep) / CHECKPOINT_EVERY * CHECKPOINT_EVERY;
        let core = match self.log.get(start) {
            Some(entry) => entry.before.as_deref()?,
            None => &self.core,
        };
        let earlier = Earlier {
            entries: self.earlier.entries + start,
            last_seq: match start {
                0 => self.earlier.last_seq,
                _ => self.log[start - 1].group.seq,
            },
        };
        Some(Recent {
            earlier,
            core,
            entries: self.log.iter().skip(start).collect(),
        })
    }

    /// Makes a state again from what [`State::recent`] kept: `core` is the
    /// state before the first of `entries`, each a stored command and
    /// whether it was undone. The commands that count are applied again,
    /// and the checkpoints kept where the whole log keeps them.
    pub fn resume(
        meeting: Arc<Meeting>,
        earlier: Earlier,
        core: Core,
        entries: impl IntoIterator<Item = (Arc<Group>, bool)>,
    ) -> Result<State> {
        let mut state = State {
            meeting,
            core,
            log: imbl::Vector::new(),
            earlier,
        };
        for (group, undone) in entries {
            let before = checkpoint(state.log.len()).then(|| Arc::new(state.core.clone()));
            let entry = Entry { group, undone, before };
            if entry.counts() {
                replay(&state.meeting, &mut state.core, &entry.group)?;
            }
            state.log.push_back(entry);
        }
        Ok(state)
    }
}

fn checkpoint(position: usize) -> bool {
    position.is_multiple_of(CHECKPOINT_EVERY)
}

/// Applies a group that applied before; on error `core` is left part-changed
/// and the caller drops it.
fn replay(meeting: &Meeting, core: &mut Core, group: &Group) -> Result<()> {
    for event in &group.events {
        apply_event(meeting, core, event, group.at, &group.author)?;
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

/// One of the body's languages.
fn official_language(meeting: &Meeting, lang: &str) -> Result<()> {
    if !meeting.body.has_language(lang) {
        return Err(msg!(
            "err-unknown-language",
            lang = lang,
            languages = language_list(meeting)
        ));
    }
    Ok(())
}

/// A language to translate `text` into: official, and not its original's.
fn translation_language(meeting: &Meeting, text: &Text, lang: &str) -> Result<()> {
    official_language(meeting, lang)?;
    if lang == text.lang {
        return Err(msg!("err-translate-original", lang = lang));
    }
    Ok(())
}

/// The language a recorded text was written in: the one its event carries,
/// else (a record made before events carried it) the body's first language.
fn written_in(meeting: &Meeting, lang: &Option<String>) -> Result<String> {
    match lang {
        Some(l) => {
            official_language(meeting, l)?;
            Ok(l.clone())
        }
        None => Ok(meeting.original().to_string()),
    }
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

/// Why no text has this id, in the words of what the id looks like.
fn unknown_text(target: &str) -> Msg {
    if ids::numbered_id('P', target).is_some() {
        msg!("err-unknown-paragraph", id = target)
    } else if ids::numbered_id('A', target).is_some() {
        msg!("err-unknown-action", id = target)
    } else if ids::numbered_id('R', target).is_some() || ids::numbered_id('O', target).is_some() {
        msg!("err-unknown-text", id = target)
    } else {
        msg!("err-unknown-decision", id = target)
    }
}

/// A text that can be amended or translated, by its id (`KP/…`, `P3`, `A2`,
/// `R1`, `O1`), and whether it is an adopted decision's.
fn text_mut<'a>(core: &'a mut Core, target: &str) -> Result<(&'a mut Text, bool)> {
    let place = core.locate(target).ok_or_else(|| unknown_text(target))?;
    Ok(match place {
        TextPlace::Decision(i) => {
            let d = Arc::make_mut(&mut core.decisions[i]);
            let adopted = matches!(d.outcome, Outcome::Adopted { .. });
            (&mut d.text, adopted)
        }
        TextPlace::Paragraph(i) => {
            let adopted = paragraphs::is_adopted(core, &format!("P{}", i + 1));
            (&mut Arc::make_mut(&mut core.paragraphs[i]).text, adopted)
        }
        TextPlace::Generated(i) => {
            let adopted = paragraphs::is_adopted(core, &core.frozen[i].id);
            (&mut Arc::make_mut(&mut core.frozen[i]).text, adopted)
        }
        TextPlace::Action(i) => (&mut Arc::make_mut(&mut core.actions[i]).text, false),
        TextPlace::Reservation(d, r) => (&mut Arc::make_mut(&mut core.decisions[d]).reservations[r].text, false),
        TextPlace::Objection(d, o) => (&mut Arc::make_mut(&mut core.decisions[d]).objections[o].reason, false),
    })
}

/// The id of the text at `place`, as `State::texts` gives it, and whether
/// it is an adopted decision's (whose words change only by `reopen`).
fn text_id(core: &Core, place: TextPlace) -> (String, bool) {
    match place {
        TextPlace::Decision(i) => {
            let d = &core.decisions[i];
            (d.id.clone(), matches!(d.outcome, Outcome::Adopted { .. }))
        }
        TextPlace::Paragraph(i) => {
            let id = format!("P{}", i + 1);
            let adopted = paragraphs::is_adopted(core, &id);
            (id, adopted)
        }
        TextPlace::Generated(i) => {
            let id = core.frozen[i].id.clone();
            let adopted = paragraphs::is_adopted(core, &id);
            (id, adopted)
        }
        TextPlace::Action(i) => (format!("A{}", i + 1), false),
        TextPlace::Reservation(d, r) => (core.decisions[d].reservations[r].id.clone(), false),
        TextPlace::Objection(d, o) => (core.decisions[d].objections[o].id.clone(), false),
    }
}

/// `adopt communique` waits for every paragraph held for consultations,
/// and for every bracket in a text it prints: the paragraphs (generated
/// ones frozen included), actions and reservations (a decision with
/// brackets is never adopted, so never printed).
fn communique_unsettled(core: &Core) -> Result<()> {
    let held = paragraphs::held(core);
    if !held.is_empty() {
        return Err(msg!("para-err-communique-held", paragraphs = held.join(", ")));
    }
    let bracketed: Vec<String> = core
        .brackets
        .iter()
        .filter(|b| {
            b.is_open()
                && (['P', 'A', 'R']
                    .iter()
                    .any(|&p| ids::numbered_id(p, &b.target).is_some())
                    || paragraphs::is_generated_form(&b.target))
        })
        .map(|b| format!("{} ({})", b.id, b.target))
        .collect();
    if !bracketed.is_empty() {
        return Err(msg!("err-communique-brackets", brackets = bracketed.join(", ")));
    }
    Ok(())
}

fn reopen_line(id: &str) -> String {
    format!("reopen {}", ids::as_word(id))
}

/// The position of the proposal `AMn`, which must still be open.
fn open_proposal(core: &Core, amendment: &str) -> Result<usize> {
    let p = core
        .proposal(amendment)
        .ok_or_else(|| msg!("err-unknown-amendment", id = amendment, count = core.proposals.len()))?;
    let state = match p.state {
        ProposalState::Open => return Ok(ids::amendment_number(amendment).expect("found by its number") - 1),
        ProposalState::Accepted { .. } => "accepted",
        ProposalState::Rejected { .. } => "rejected",
        ProposalState::Withdrawn { .. } => "withdrawn",
    };
    Err(msg!("err-proposal-closed", id = p.id.clone(), state = state))
}

/// Who may object to a decision, checked before any reason is typed: the
/// decision exists and is not adopted; the delegation is a participant in
/// good standing, present, without an objection already standing to it.
/// Returns the positions of the decision and the delegation.
fn objection_allowed(meeting: &Meeting, core: &Core, id: &str, by: &str) -> Result<(usize, usize)> {
    let i = decision(core, id)?;
    let d = &core.decisions[i];
    if let Outcome::Adopted { .. } = d.outcome {
        return Err(msg!("err-object-adopted", id = d.id.clone()));
    }
    let who = participant(meeting, core, by)?;
    let name = &meeting.delegations[who].id;
    if core.delegations[who].present != Some(true) {
        return Err(msg!("err-objector-absent", id = name.clone()));
    }
    if d.standing_objections().any(|o| o.by == *name) {
        return Err(msg!("err-already-objected", id = d.id.clone(), by = name.clone()));
    }
    Ok((i, who))
}

impl State {
    /// Whether `by` may object to decision `id` now, said before the
    /// officer types a reason (the TUI asks this first); the fold checks
    /// the same when the objection is recorded.
    pub fn may_object(&self, id: &str, by: &str) -> Result<()> {
        if self.core.communique_adopted.is_some() {
            return Err(msg!("err-communique-final"));
        }
        objection_allowed(&self.meeting, &self.core, id, by).map(|_| ())
    }
}

/// Applies one event. It checks everything before it changes anything: on
/// error `core` is as it was (`State::apply` relies on this).
fn apply_event(meeting: &Meeting, core: &mut Core, event: &Event, at: At, author: &str) -> Result<()> {
    if core.communique_adopted.is_some() && event.changes_communique() {
        return Err(msg!("err-communique-final"));
    }
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
            lang,
        } => {
            let i = item(meeting, number)?;
            if let Some(problem) = ids::id_problem(id, ids::IdKind::Decision) {
                return Err(problem);
            }
            if core.decision_position(id).is_some() {
                return Err(msg!("err-decision-exists", id = id.clone()));
            }
            nonempty(text)?;
            let lang = written_in(meeting, lang)?;
            let by = by.as_deref().map(|b| subsidiary(meeting, b)).transpose()?;
            core.push_decision(Decision {
                id: id.clone(),
                item: i,
                kind: *kind,
                by,
                text: Text::drafted(text.clone(), lang, author, at),
                outcome: Outcome::Drafted,
                reservations: imbl::Vector::new(),
                objections: imbl::Vector::new(),
                history: imbl::Vector::new(),
            });
        }
        Event::Amended { target, text, lang } => {
            nonempty(text)?;
            if let Some(l) = lang {
                official_language(meeting, l)?;
            }
            let (t, adopted) = text_mut(core, target)?;
            if adopted {
                let (lang, reopen) = (t.lang.clone(), reopen_line(target));
                return Err(super::seal::sealed_refusal("amend", target, &lang, reopen));
            }
            let lang = lang.clone().unwrap_or_else(|| t.lang.clone());
            if t.original == *text && t.lang == lang {
                return Err(msg!("err-same-text", id = target.clone()));
            }
            // An original rewritten in another language: a translation into
            // that language has no more reason to be.
            if lang != t.lang {
                t.translations.remove(&lang);
            }
            let made = Made {
                author: Some(author.to_string()),
                at: Some(at),
                why: Why::Amended,
            };
            t.revise(text.clone(), lang, made);
        }
        Event::Translated {
            target,
            lang,
            text,
            draft,
        } => {
            official_language(meeting, lang)?;
            nonempty(text)?;
            let (t, _) = text_mut(core, target)?;
            translation_language(meeting, t, lang)?;
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
            let d = &core.decisions[i];
            if let Outcome::Adopted { .. } = d.outcome {
                return Err(msg!("err-already-adopted", id = d.id.clone()));
            }
            let standing: Vec<String> = d.standing_objections().map(|o| o.by.clone()).collect();
            if !standing.is_empty() {
                return Err(msg!(
                    "err-adopt-objected",
                    id = d.id.clone(),
                    by = standing.join(", "),
                    withdraw = format!("withdraw {} {}", ids::as_word(&d.id), standing[0])
                ));
            }
            // Every amendment is disposed of before the text is adopted:
            // after, the text changes only by `reopen`.
            let open: Vec<String> = core
                .proposals_on(&d.id)
                .filter(|p| p.is_open())
                .map(|p| p.id.clone())
                .collect();
            if let Some(first) = open.first() {
                return Err(msg!(
                    "err-adopt-proposals",
                    id = d.id.clone(),
                    amendments = open.join(", "),
                    first = first.clone()
                ));
            }
            let bracketed = brackets::open_ids(core, &d.id);
            if let Some(first) = bracketed.first() {
                return Err(msg!(
                    "err-adopt-brackets",
                    id = d.id.clone(),
                    brackets = bracketed.join(", "),
                    first = first.clone()
                ));
            }
            let d = Arc::make_mut(&mut core.decisions[i]);
            d.outcome = Outcome::Adopted { at };
            d.history.push_back(Step::Adopted { at });
        }
        Event::Reopened { decision: id } => {
            let i = decision(core, id)?;
            let d = Arc::make_mut(&mut core.decisions[i]);
            if !matches!(d.outcome, Outcome::Adopted { .. }) {
                return Err(msg!("err-reopen-not-adopted", id = d.id.clone()));
            }
            // Its reservations stay: they were made on this decision, and
            // are still the delegations' words when it is adopted again.
            d.outcome = Outcome::Drafted;
            d.history.push_back(Step::Reopened { at });
        }
        Event::Objected {
            decision: id,
            by,
            reason,
            lang,
        } => {
            let (i, who) = objection_allowed(meeting, core, id, by)?;
            nonempty(reason)?;
            let lang = written_in(meeting, lang)?;
            let by = meeting.delegations[who].id.clone();
            let objection = format!("O{}", core.objections_made + 1);
            core.objections_made += 1;
            let d = Arc::make_mut(&mut core.decisions[i]);
            d.objections.push_back(Objection {
                id: objection.clone(),
                by: by.clone(),
                reason: Text::drafted(reason.clone(), lang, author, at),
                at,
                withdrawn: None,
            });
            d.history.push_back(Step::Objected { objection, by, at });
            d.outcome = Outcome::NotAdopted { at };
        }
        Event::ObjectionWithdrawn { decision: id, by } => {
            let i = decision(core, id)?;
            let who = delegation(meeting, by)?;
            let by = meeting.delegations[who].id.clone();
            let d = Arc::make_mut(&mut core.decisions[i]);
            let position = d
                .objections
                .iter()
                .position(|o| o.withdrawn.is_none() && o.by == by)
                .ok_or_else(|| msg!("err-no-objection", id = id.clone(), by = by.clone()))?;
            let o = &mut d.objections[position];
            o.withdrawn = Some(at);
            let objection = o.id.clone();
            d.history.push_back(Step::Withdrawn { objection, by, at });
            // The last objection gone, the decision is open to adoption
            // again; a deferral stays what it was.
            if d.standing_objections().next().is_none() && matches!(d.outcome, Outcome::NotAdopted { .. }) {
                d.outcome = Outcome::Drafted;
            }
        }
        Event::Reserved {
            decision: id,
            by,
            statement,
            lang,
        } => {
            let who = participant(meeting, core, by)?;
            nonempty(statement)?;
            let lang = written_in(meeting, lang)?;
            let i = decision(core, id)?;
            if !matches!(core.decisions[i].outcome, Outcome::Adopted { .. }) {
                return Err(msg!("err-reserve-not-adopted", id = core.decisions[i].id.clone()));
            }
            let reservation = format!("R{}", core.reservations_made + 1);
            core.reservations_made += 1;
            Arc::make_mut(&mut core.decisions[i])
                .reservations
                .push_back(Reservation {
                    id: reservation,
                    by: meeting.delegations[who].id.clone(),
                    text: Text::drafted(statement.clone(), lang, author, at),
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
                _ => {
                    d.outcome = Outcome::Deferred { at };
                    d.history.push_back(Step::Deferred { at });
                }
            }
        }
        Event::Noted {
            item: number,
            text,
            lang,
        } => {
            let i = item(meeting, number)?;
            nonempty(text)?;
            let lang = written_in(meeting, lang)?;
            core.paragraphs.push_back(Arc::new(Paragraph {
                item: i,
                kind: ParagraphKind::Note,
                text: Text::drafted(text.clone(), lang, author, at),
            }));
        }
        Event::NoteTranslated {
            item: number,
            lang,
            text,
        } => {
            let i = item(meeting, number)?;
            official_language(meeting, lang)?;
            nonempty(text)?;
            // Found before taken mutably, so that only its chunk is copied.
            let position = core
                .paragraphs
                .iter()
                .rposition(|p| p.item == i && p.kind == ParagraphKind::Note)
                .ok_or_else(|| msg!("err-no-note", item = number.clone()))?;
            translation_language(meeting, &core.paragraphs[position].text, lang)?;
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
        Event::ChairSelected { id, year, item: number } | Event::ViceChairSelected { id, year, item: number } => {
            let who = participant(meeting, core, id)?;
            let under = number.as_deref().map(|n| item(meeting, n)).transpose()?;
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
                item: under,
            });
        }
        Event::Statement {
            item: number,
            by,
            text,
            lang,
        } => {
            let i = item(meeting, number)?;
            let who = delegation(meeting, by)?;
            nonempty(text)?;
            let lang = written_in(meeting, lang)?;
            core.paragraphs.push_back(Arc::new(Paragraph {
                item: i,
                kind: ParagraphKind::Statement {
                    by: meeting.delegations[who].id.clone(),
                },
                text: Text::drafted(text.clone(), lang, author, at),
            }));
        }
        Event::Reported {
            body,
            item: number,
            text,
            lang,
        } => {
            let by = subsidiary(meeting, body)?;
            let i = item(meeting, number)?;
            nonempty(text)?;
            let lang = written_in(meeting, lang)?;
            core.paragraphs.push_back(Arc::new(Paragraph {
                item: i,
                kind: ParagraphKind::Report { by },
                text: Text::drafted(text.clone(), lang, author, at),
            }));
        }
        Event::ActionAdded {
            body,
            text,
            owner,
            due,
            lang,
        } => {
            let body = subsidiary(meeting, body)?;
            nonempty(text)?;
            let lang = written_in(meeting, lang)?;
            let owner = match owner {
                None => None,
                Some(o) => Some(match meeting.body.subsidiary(o) {
                    Some(s) => s.id.clone(),
                    None => meeting.delegations[delegation(meeting, o)?].id.clone(),
                }),
            };
            core.actions.push_back(Arc::new(super::state::Action {
                body,
                text: Text::drafted(text.clone(), lang, author, at),
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
            communique_unsettled(core)?;
            core.communique_adopted = Some(at);
            core.communique_history.push_back(CommuniqueStep::Adopted { at });
        }
        Event::CommuniqueReopened => {
            if core.communique_adopted.take().is_none() {
                return Err(msg!("err-communique-not-adopted"));
            }
            core.communique_history.push_back(CommuniqueStep::Reopened { at });
        }
        Event::Proposed { target, by, text, base } => {
            let who = participant(meeting, core, by)?;
            nonempty(text)?;
            let place = core.locate(target).ok_or_else(|| unknown_text(target))?;
            let (id, adopted) = text_id(core, place);
            if adopted {
                let lang = core.text(&id).map(|t| t.lang.clone()).unwrap_or_default();
                return Err(super::seal::sealed_refusal("propose", &id, &lang, reopen_line(&id)));
            }
            let t = core.text(&id).expect("located above");
            if *base != t.version {
                return Err(msg!("err-proposal-base", id = id, base = *base, version = t.version));
            }
            if t.original == *text {
                return Err(msg!("err-proposal-same", id = id));
            }
            let number = core.proposals.len() + 1;
            core.proposals.push_back(Arc::new(Proposal {
                id: format!("AM{number}"),
                target: id,
                by: meeting.delegations[who].id.clone(),
                supporters: Vec::new(),
                text: text.clone(),
                base: *base,
                at,
                state: ProposalState::Open,
            }));
        }
        Event::ProposalSupported { amendment, ids } => {
            let n = open_proposal(core, amendment)?;
            if ids.is_empty() {
                return Err(msg!("err-nobody"));
            }
            let p = &core.proposals[n];
            let mut joining: Vec<String> = Vec::with_capacity(ids.len());
            for typed in ids {
                let who = participant(meeting, core, typed)?;
                let id = meeting.delegations[who].id.clone();
                if id == p.by {
                    return Err(msg!("err-support-own", amendment = p.id.clone(), id = id));
                }
                if p.supporters.contains(&id) || joining.contains(&id) {
                    return Err(msg!("err-already-supports", amendment = p.id.clone(), id = id));
                }
                joining.push(id);
            }
            Arc::make_mut(&mut core.proposals[n]).supporters.extend(joining);
        }
        Event::ProposalAccepted { amendment, text } => {
            let n = open_proposal(core, amendment)?;
            let p = &core.proposals[n];
            let place = core.locate(&p.target).ok_or_else(|| unknown_text(&p.target))?;
            let (id, adopted) = text_id(core, place);
            if adopted {
                let lang = core.text(&id).map(|t| t.lang.clone()).unwrap_or_default();
                return Err(
                    super::seal::sealed_refusal("accept", &id, &lang, reopen_line(&id)).text("amendment", p.id.clone())
                );
            }
            let t = core.text(&id).expect("located above");
            // A proposal made on an earlier version would silently undo what
            // changed since: only the words the room settles on now apply.
            if text.is_none() && p.base != t.version {
                return Err(msg!(
                    "err-accept-stale",
                    amendment = p.id.clone(),
                    id = id,
                    base = p.base,
                    version = t.version
                ));
            }
            let new = text.clone().unwrap_or_else(|| p.text.clone());
            nonempty(&new)?;
            if new == t.original {
                return Err(msg!("err-same-text", id = id));
            }
            let amendment = p.id.clone();
            let by = p.by.clone();
            let why = match text {
                None => Why::Accepted { amendment, by },
                Some(_) => Why::AcceptedOrallyAmended { amendment, by },
            };
            let made = Made {
                author: Some(author.to_string()),
                at: Some(at),
                why,
            };
            let (t, _) = text_mut(core, &id)?;
            let lang = t.lang.clone();
            t.revise(new, lang, made);
            let version = t.version;
            Arc::make_mut(&mut core.proposals[n]).state = ProposalState::Accepted {
                at,
                version,
                oral: text.is_some(),
            };
        }
        Event::ProposalRejected { amendment } | Event::ProposalWithdrawn { amendment } => {
            let n = open_proposal(core, amendment)?;
            Arc::make_mut(&mut core.proposals[n]).state = match event {
                Event::ProposalRejected { .. } => ProposalState::Rejected { at },
                _ => ProposalState::Withdrawn { at },
            };
        }
        Event::Undone { .. } => return Err(msg!("undo-nothing")),
        Event::Corrected {
            target,
            lang,
            text,
            reason,
        } => {
            official_language(meeting, lang)?;
            nonempty(text)?;
            if reason.trim().is_empty() {
                return Err(msg!("err-correct-no-reason"));
            }
            let place = core.locate(target).ok_or_else(|| unknown_text(target))?;
            let (id, adopted) = text_id(core, place);
            let t = core.text(&id).expect("located above");
            if let Some(problem) = super::seal::correction_problem(t, adopted, &id, lang, text) {
                return Err(problem);
            }
            let (t, _) = text_mut(core, &id)?;
            super::seal::correct(t, lang, text, reason, author, at);
        }
        Event::Bracketed { target, words, by } => {
            let by = match by {
                Some(by) => Some(meeting.delegations[delegation(meeting, by)?].id.clone()),
                None => None,
            };
            let place = core.locate(target).ok_or_else(|| unknown_text(target))?;
            let (id, adopted) = text_id(core, place);
            if adopted {
                let reopen = reopen_line(&id);
                return Err(msg!("err-bracket-adopted", id = id, reopen = reopen));
            }
            brackets::bracket(core, id, words, by, at)?;
        }
        Event::BracketAgreed { bracket } => {
            let n = brackets::open_bracket(core, bracket)?;
            brackets::agree(core, n, at);
        }
        Event::BracketDropped { bracket } => {
            let n = brackets::open_bracket(core, bracket)?;
            let b = Arc::clone(&core.brackets[n]);
            let place = core.locate(&b.target).ok_or_else(|| unknown_text(&b.target))?;
            let (id, _) = text_id(core, place);
            let new = brackets::dropped_text(core.text(&id).expect("located above"), &b)?;
            let (t, _) = text_mut(core, &id)?;
            let lang = t.lang.clone();
            t.revise(new, lang, brackets::dropped_made(&b, author, at));
            let version = t.version;
            Arc::make_mut(&mut core.brackets[n]).state = brackets::BracketState::Dropped { at, version };
        }
        Event::ParagraphAdopted { paragraph, text, words } => {
            paragraphs::adopt(meeting, core, paragraph, text.as_deref(), words, at, author)?;
        }
        Event::ParagraphHeld { paragraph } => paragraphs::hold(meeting, core, paragraph, at)?,
        Event::ParagraphReopened { paragraph } => paragraphs::reopen(meeting, core, paragraph)?,
    }
    Ok(())
}
