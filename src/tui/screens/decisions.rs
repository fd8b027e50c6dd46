//! The decisions screen: draft, amend, adopt (asked first), object, reserve, defer (asked first).

use super::Screen;
use crate::commands::Command;
use crate::domain::State;
use crate::domain::state::Outcome;
use crate::msg;
use crate::tui::app::{App, Effect};
use crate::tui::component::{Component, Handled};
use crate::tui::intent::{DecisionsIntent, Intent};
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{Ask, EditPurpose, Editor, Layer, Question};
use crate::tui::selection::{RowCache, Selection};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};
use std::sync::Arc;

/// A row of the list: a decision by its place in the state, known by its
/// id (two rows are the same decision if their ids are).
#[derive(Clone, Debug)]
pub struct DecisionRow {
    pub at: usize,
    pub id: String,
}

impl PartialEq for DecisionRow {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// Rows are the decisions of the open item (all when none is open); the
/// selection stays on its decision as others are drafted.
#[derive(Default)]
pub struct Decisions {
    pub selection: Selection<DecisionRow>,
    rows: RowCache<DecisionRow>,
}

impl Decisions {
    /// The decisions shown: those of the open item, else all.
    pub fn rows(&self, state: &Arc<State>) -> Arc<Vec<DecisionRow>> {
        self.rows.get(state, "", || {
            let core = &state.core;
            core.decisions
                .iter()
                .enumerate()
                .filter(|(_, d)| core.open_item.is_none_or(|item| d.item == item))
                .map(|(at, d)| DecisionRow { at, id: d.id.clone() })
                .collect()
        })
    }

    /// The id of the decision selected.
    pub fn selected_decision(&self, state: &Arc<State>) -> Option<String> {
        self.selection.selected(&self.rows(state)).map(|r| r.id)
    }

    /// Selects a decision by its id, if it is shown (a new one, to act on next).
    pub fn select_decision(&self, state: &Arc<State>, id: &str) {
        let rows = self.rows(state);
        if let Some(at) = rows.iter().position(|r| r.id == id) {
            self.selection.select_index(&rows, at);
        }
    }

    /// What the screen does for one of its keys.
    pub fn act(&mut self, app: &mut App, intent: DecisionsIntent) {
        let selected = self.selected_decision(&app.state);
        match intent {
            DecisionsIntent::NewDecision => {
                let Some(open) = app.state.core.open_item else {
                    app.error(msg!("err-no-open-item"));
                    return;
                };
                let item = app.state.meeting.items[open].number.clone();
                let suggestion = next_decision_id(app);
                app.layers
                    .push(Layer::Ask(Question::new(Ask::NewDecisionId { item }, &suggestion)));
            }
            DecisionsIntent::EditDecision | DecisionsIntent::EditExternal => {
                let Some(d) = selected.and_then(|id| app.state.core.decision(&id)) else {
                    return;
                };
                if matches!(d.outcome, Outcome::Adopted { .. }) {
                    let reopen = format!("reopen {}", crate::domain::ids::as_word(&d.id));
                    let refusal = crate::domain::seal::sealed_refusal("amend", &d.id, &d.text.lang, reopen);
                    app.error(refusal);
                    return;
                }
                let purpose = EditPurpose::Amend {
                    target: d.id.clone(),
                    version: d.text.version,
                };
                let text = d.text.original.clone();
                if intent == DecisionsIntent::EditExternal {
                    app.post(Effect::External { purpose, text });
                    return;
                }
                app.layers.push(Layer::Editor(Box::new(Editor::new(purpose, &text))));
            }
            // Adoption and deferral are decisions of the meeting, taken on one
            // letter: they ask first. Roll call and the agenda act at once and
            // say what they did, with `u` to undo.
            DecisionsIntent::Adopt => {
                if let Some(decision) = selected {
                    app.confirm(
                        msg!("confirm-adopt", id = decision.clone()),
                        Command::Adopt { decision },
                    );
                }
            }
            DecisionsIntent::Object => {
                if let Some(decision) = selected {
                    app.layers
                        .push(Layer::Ask(Question::new(Ask::ObjectBy { decision }, "")));
                }
            }
            DecisionsIntent::Reserve => {
                if let Some(decision) = selected {
                    app.layers
                        .push(Layer::Ask(Question::new(Ask::ReserveBy { decision }, "")));
                }
            }
            DecisionsIntent::DeferDecision => {
                if let Some(decision) = selected {
                    app.confirm(
                        msg!("confirm-defer", id = decision.clone()),
                        Command::DeferDecision { decision },
                    );
                }
            }
        }
    }
}

impl Screen for Decisions {
    fn move_by(&self, app: &App, delta: isize) {
        self.selection.move_by(&self.rows(&app.state), delta);
    }

    fn click(&self, app: &App, at: Position) {
        self.selection.click(&self.rows(&app.state), at);
    }
}

impl Component for Decisions {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let Some(Intent::Decisions(intent)) = keymap::lookup_in(Scope::Decisions, &key) else {
            return Handled::Ignored;
        };
        self.act(app, intent);
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::decisions::draw(frame, app, self, area)
    }
}

/// The next id in the style of the meeting's last decision: KP/2009/IS/6 → KP/2009/IS/7.
fn next_decision_id(app: &App) -> String {
    let Some(last) = app.state.core.decisions.last() else {
        return String::new();
    };
    let digits = last.id.chars().rev().take_while(char::is_ascii_digit).count();
    let (stem, number) = last.id.split_at(last.id.len() - digits);
    let mut n = number.parse::<u64>().unwrap_or(0).saturating_add(1);
    while app.state.core.decision(&format!("{stem}{n}")).is_some() {
        n = n.saturating_add(1);
    }
    format!("{stem}{n}")
}
