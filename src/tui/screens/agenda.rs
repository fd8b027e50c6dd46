//! The agenda screen: open, close or defer the selected item.

use crate::commands::Command;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::Intent;
use crate::tui::keymap::{self, Scope};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub struct Agenda;

impl Agenda {
    /// What the screen does for one of its keys.
    pub fn act(&self, app: &mut App, intent: Intent) {
        match intent {
            Intent::OpenItem | Intent::CloseItem | Intent::DeferItem => {
                let Some(item) = app.state.meeting.items.get(app.agenda_sel) else {
                    return;
                };
                let item = item.number.clone();
                app.send(match intent {
                    Intent::OpenItem => Command::Open { item },
                    Intent::CloseItem => Command::Close { item },
                    _ => Command::DeferItem { item },
                })
            }
            _ => {}
        }
    }
}

impl Component for Agenda {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match keymap::lookup_in(Scope::Agenda, &key) {
            Some(intent) => {
                self.act(app, intent);
                Handled::Consumed
            }
            None => Handled::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::agenda::draw(frame, app, area)
    }
}
