//! The floor screen: the speakers list of the open item.

use crate::commands::Command;
use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::Intent;
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{Ask, Layer, Question};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub struct Floor;

impl Floor {
    /// What the screen does for one of its keys.
    pub fn act(&self, app: &mut App, intent: Intent) {
        match intent {
            Intent::SpeakerAdd => {
                if app.state.core.open_item.is_none() {
                    app.error(msg!("err-no-open-item"));
                } else {
                    app.layers.push(Layer::Ask(Question::new(Ask::Speaker, "")));
                }
            }
            Intent::SpeakerNext => app.send(Command::SpeakerNext),
            Intent::SpeakerRemove => {
                if app.state.core.open_item.is_none() {
                    app.error(msg!("err-no-open-item"));
                    return;
                }
                let Some(id) = app.queue().get(app.floor_sel).cloned() else {
                    return;
                };
                app.send(Command::SpeakerRemove { id })
            }
            _ => {}
        }
    }
}

impl Component for Floor {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match keymap::lookup_in(Scope::Floor, &key) {
            Some(intent) => {
                self.act(app, intent);
                Handled::Consumed
            }
            None => Handled::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::floor::draw(frame, app, area)
    }
}
