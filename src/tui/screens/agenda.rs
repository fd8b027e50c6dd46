//! The agenda screen: open, close or defer the selected item.

use super::Screen;
use crate::commands::Command;
use crate::domain::State;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::{AgendaIntent, Intent};
use crate::tui::keymap::{self, Scope};
use crate::tui::selection::{RowCache, Selection};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};
use std::sync::Arc;

/// The agenda's rows are the meeting's items, by their place in the file
/// (items come from the meeting file: they are never added or removed).
#[derive(Default)]
pub struct Agenda {
    pub selection: Selection<usize>,
    rows: RowCache<usize>,
}

impl Agenda {
    /// Every item, in the order of the meeting file.
    pub fn rows(&self, state: &Arc<State>) -> Arc<Vec<usize>> {
        self.rows.get(state, "", || (0..state.meeting.items.len()).collect())
    }

    /// The item selected, by its place in the meeting.
    pub fn selected_item(&self, state: &Arc<State>) -> Option<usize> {
        self.selection.selected(&self.rows(state))
    }

    /// Selects an item (the open one, when the screen first shows).
    pub fn select_item(&self, state: &Arc<State>, item: usize) {
        self.selection.select_key(&self.rows(state), &item);
    }

    /// What the screen does for one of its keys.
    pub fn act(&mut self, app: &mut App, intent: AgendaIntent) {
        let Some(item) = self
            .selected_item(&app.state)
            .and_then(|i| app.state.meeting.items.get(i))
        else {
            return;
        };
        let item = item.number.clone();
        app.send(match intent {
            AgendaIntent::OpenItem => Command::Open { item },
            AgendaIntent::CloseItem => Command::Close { item },
            AgendaIntent::DeferItem => Command::DeferItem { item },
        });
    }
}

impl Screen for Agenda {
    fn move_by(&self, app: &App, delta: isize) {
        self.selection.move_by(&self.rows(&app.state), delta);
    }

    fn click(&self, app: &App, at: Position) {
        self.selection.click(&self.rows(&app.state), at);
    }
}

impl Component for Agenda {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let Some(Intent::Agenda(intent)) = keymap::lookup_in(Scope::Agenda, &key) else {
            return Handled::Ignored;
        };
        self.act(app, intent);
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::agenda::draw(frame, app, self, area)
    }
}
