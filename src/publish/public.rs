//! What of the record the delegates' site may show: what the meeting has
//! taken up. A paragraph or decision prepared for an agenda item the
//! meeting has not reached (in the meeting file, or typed into the record
//! ahead of time) is the secretariat's draft, not the meeting's: it stays
//! private until the item is taken up, or the meeting file says its drafts
//! are public.
//!
//! An item is **taken up** when the meeting has acted on it:
//! - it was opened (it is open, or was closed after), or deferred;
//! - or something happened under it that only the meeting does: a decision
//!   under it was adopted, objected to, deferred or reopened; a chair or
//!   vice-chair was selected under it; a delegation made a statement under
//!   it; a working group's action was recorded while it was open.
//!
//! Writing a note, a report or a draft decision under an item is
//! preparation, whoever types it and wherever: it does not take the item up.
//! The closing paragraphs of the communique (the thanks to the host, the next
//! meeting) belong to the end of the meeting: they are shown once the last
//! item of the agenda is taken up. Once the communique is adopted, all of it
//! is public: the meeting adopted every paragraph in it.

use crate::domain::State;
use crate::domain::state::{ItemStatus, Outcome, ParagraphKind};
use std::sync::Arc;

/// Whether each agenda item (in the meeting's order) is taken up.
pub fn taken_up(state: &State) -> Vec<bool> {
    let core = &state.core;
    let mut up: Vec<bool> = core
        .items
        .iter()
        .map(|s| s.status != ItemStatus::Pending || s.opened_at.is_some() || s.used_seconds > 0 || !s.spoken.is_empty())
        .collect();
    let mut mark = |item: usize| {
        if let Some(u) = up.get_mut(item) {
            *u = true;
        }
    };
    for d in core.decisions.iter() {
        if !matches!(d.outcome, Outcome::Drafted) || !d.history.is_empty() {
            mark(d.item);
        }
    }
    for p in core.paragraphs.iter() {
        if matches!(p.kind, ParagraphKind::Statement { .. }) {
            mark(p.item);
        }
    }
    for s in core.selections.iter() {
        if let Some(item) = s.item {
            mark(item);
        }
    }
    for a in core.actions.iter() {
        if let Some(item) = a.item {
            mark(item);
        }
    }
    up
}

/// The part of the record the site shows, and what it left out.
pub struct Public {
    /// The state with the texts of items not taken up removed (the same
    /// `Arc`s for what stays, so that the pages of unchanged decisions are
    /// known as such).
    pub state: State,
    /// The page name of each decision of `state`, in its order (the names of
    /// the whole record's decisions: a name does not change as items are
    /// taken up).
    pub names: Vec<String>,
    /// Whether the communique's closing paragraphs (thanks to the host,
    /// next meeting) are shown.
    pub closing: bool,
    /// Whether anything prepared was left out.
    pub withheld: bool,
}

/// What the site shows of `state`; `names`: the page name of each of its decisions.
pub fn public(state: &State, names: Vec<String>) -> Public {
    let everything = state.meeting.publish_drafts || state.core.communique_adopted.is_some();
    if everything {
        return Public {
            state: state.clone(),
            names,
            closing: true,
            withheld: false,
        };
    }
    let up = taken_up(state);
    let shown = |item: usize| up.get(item).copied().unwrap_or(true);
    let mut out = state.clone();
    let core = &mut out.core;
    let before = core.paragraphs.len() + core.decisions.len() + core.actions.len();
    core.paragraphs.retain(|p| shown(p.item));
    core.actions.retain(|a| a.item.is_none_or(shown));
    let (decisions, names): (Vec<_>, Vec<_>) = state
        .core
        .decisions
        .iter()
        .zip(names)
        .filter(|(d, _)| shown(d.item))
        .map(|(d, n)| (Arc::clone(d), n))
        .unzip();
    core.decisions = decisions.into_iter().collect();
    core.reindex();
    let after = core.paragraphs.len() + core.decisions.len() + core.actions.len();
    let closing = up.last().copied().unwrap_or(true);
    Public {
        state: out,
        names,
        closing,
        withheld: after < before || !closing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Event;
    use crate::domain::meeting::Meeting;

    fn windhoek() -> State {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("agendas/windhoek-2009-intersessional.toml");
        let meeting: Meeting = crate::files::meeting::load(&path).expect("the sample loads");
        State::new(Arc::new(meeting))
    }

    fn apply(state: &mut State, events: Vec<Event>) {
        let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T10:00:00+02:00").unwrap();
        let group = crate::domain::state::Group {
            seq: state.log.len() as i64 + 1,
            at,
            author: "secretariat".into(),
            command: "test".into(),
            events,
        };
        state.apply(Arc::new(group)).expect("applies");
    }

    #[test]
    fn an_item_is_taken_up_by_the_meeting_not_by_its_preparation() {
        let mut state = windhoek();
        assert!(
            taken_up(&state).iter().all(|u| !u),
            "nothing is taken up before the meeting"
        );
        apply(&mut state, vec![Event::ItemOpened { item: "3".into() }]);
        apply(
            &mut state,
            vec![Event::Noted {
                item: "8".into(),
                text: "Prepared the night before.".into(),
                lang: None,
            }],
        );
        apply(
            &mut state,
            vec![Event::DecisionDeferred {
                decision: "KP/2009/IS/4".into(),
            }],
        );
        let up = taken_up(&state);
        let number = |i: usize| state.meeting.items[i].number.to_string();
        let taken: Vec<String> = (0..up.len()).filter(|&i| up[i]).map(number).collect();
        // Item 3 opened; item 6's decision deferred; item 8 only prepared.
        assert_eq!(taken, ["3", "6"]);
        let shown = public(&state, super::super::page_names(&state));
        assert!(
            !shown
                .state
                .core
                .paragraphs
                .iter()
                .any(|p| p.text.original == "Prepared the night before."),
            "a note prepared under an item not taken up is private"
        );
        assert!(shown.withheld && !shown.closing);
        assert_eq!(shown.names.len(), shown.state.core.decisions.len());
    }
}
