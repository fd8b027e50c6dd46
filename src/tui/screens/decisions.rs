//! The decisions screen: draft, amend, adopt (asked first), object, reserve, defer (asked first).

use crate::commands::Command;
use crate::domain::state::Outcome;
use crate::msg;
use crate::tui::app::{App, Effect};
use crate::tui::component::{Component, Handled};
use crate::tui::intent::Intent;
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{Ask, EditPurpose, Editor, Layer, Question};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub struct Decisions;

impl Decisions {
    /// What the screen does for one of its keys.
    pub fn act(&self, app: &mut App, intent: Intent) {
        match intent {
            Intent::NewDecision => {
                let Some(open) = app.state.core.open_item else {
                    app.error(msg!("err-no-open-item"));
                    return;
                };
                let item = app.state.meeting.items[open].number.clone();
                let suggestion = next_decision_id(app);
                app.layers
                    .push(Layer::Ask(Question::new(Ask::NewDecisionId { item }, &suggestion)));
            }
            Intent::EditDecision | Intent::EditExternal => {
                let Some(d) = app.selected_decision().and_then(|id| app.state.core.decision(&id)) else {
                    return;
                };
                if matches!(d.outcome, Outcome::Adopted { .. }) {
                    let id = d.id.clone();
                    app.error(msg!("err-amend-adopted", id = id));
                    return;
                }
                let purpose = EditPurpose::Amend {
                    target: d.id.clone(),
                    version: d.text.version,
                };
                let text = d.text.original.clone();
                if intent == Intent::EditExternal {
                    app.post(Effect::External { purpose, text });
                    return;
                }
                app.layers.push(Layer::Editor(Box::new(Editor::new(purpose, &text))));
            }
            // Adoption and deferral are decisions of the meeting, taken on one
            // letter: they ask first. Roll call and the agenda act at once and
            // say what they did, with `u` to undo.
            Intent::Adopt => {
                if let Some(decision) = app.selected_decision() {
                    app.confirm(
                        msg!("confirm-adopt", id = decision.clone()),
                        Command::Adopt { decision },
                    );
                }
            }
            Intent::Object => {
                if let Some(decision) = app.selected_decision() {
                    app.layers
                        .push(Layer::Ask(Question::new(Ask::ObjectBy { decision }, "")));
                }
            }
            Intent::Reserve => {
                if let Some(decision) = app.selected_decision() {
                    app.layers
                        .push(Layer::Ask(Question::new(Ask::ReserveBy { decision }, "")));
                }
            }
            Intent::DeferDecision => {
                if let Some(decision) = app.selected_decision() {
                    app.confirm(
                        msg!("confirm-defer", id = decision.clone()),
                        Command::DeferDecision { decision },
                    );
                }
            }
            _ => {}
        }
    }
}

impl Component for Decisions {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match keymap::lookup_in(Scope::Decisions, &key) {
            Some(intent) => {
                self.act(app, intent);
                Handled::Consumed
            }
            None => Handled::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::decisions::draw(frame, app, area)
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
