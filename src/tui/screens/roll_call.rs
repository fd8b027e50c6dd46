//! The roll-call screen: presence one by one or by category, and the search.

use crate::commands::{Command, Who};
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::Intent;
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{Ask, Layer, Question};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub struct RollCall;

impl RollCall {
    /// What the screen does for one of its keys.
    pub fn act(&self, app: &mut App, intent: Intent) {
        match intent {
            Intent::TogglePresent => {
                let rows = app.roll_rows();
                let Some(&index) = rows.get(app.roll_sel) else {
                    return;
                };
                let id = app.state.meeting.delegations[index].id.clone();
                let present = app.state.core.delegations[index].present == Some(true);
                let who = vec![Who::Id(id)];
                app.send(if present {
                    Command::Absent { who }
                } else {
                    Command::Present { who }
                })
            }
            Intent::Filter => app.layers.push(Layer::Ask(Question::new(Ask::Filter, &app.filter))),
            Intent::AllParticipantsPresent => app.send(Command::Present {
                who: vec![Who::Participants],
            }),
            Intent::AllObserversPresent => app.send(Command::Present {
                who: vec![Who::Observers],
            }),
            Intent::AllApplicantsPresent => app.send(Command::Present {
                who: vec![Who::Applicants],
            }),
            _ => {}
        }
    }
}

impl Component for RollCall {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match keymap::lookup_in(Scope::RollCall, &key) {
            Some(intent) => {
                self.act(app, intent);
                Handled::Consumed
            }
            None => Handled::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::roll_call::draw(frame, app, area)
    }
}
