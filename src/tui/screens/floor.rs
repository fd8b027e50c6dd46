//! The floor screen: the speakers list of the open item.

use super::Screen;
use crate::commands::Command;
use crate::domain::State;
use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::{FloorIntent, Intent};
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{Ask, Layer, Question};
use crate::tui::selection::{RowCache, Selection};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};
use std::sync::Arc;

/// Rows are the ids of the delegations waiting for the floor; the selection
/// stays on its speaker as others are called or added.
#[derive(Default)]
pub struct Floor {
    pub selection: Selection<String>,
    rows: RowCache<String>,
}

impl Floor {
    /// The speakers waiting under the open item.
    pub fn rows(&self, state: &Arc<State>) -> Arc<Vec<String>> {
        self.rows.get(state, "", || {
            state
                .core
                .open_item
                .map(|i| state.core.items[i].queue.iter().cloned().collect())
                .unwrap_or_default()
        })
    }

    /// What the screen does for one of its keys.
    pub fn act(&mut self, app: &mut App, intent: FloorIntent) {
        if intent != FloorIntent::SpeakerNext && app.state.core.open_item.is_none() {
            app.error(msg!("err-no-open-item"));
            return;
        }
        match intent {
            FloorIntent::SpeakerAdd => app.layers.push(Layer::Ask(Question::new(Ask::Speaker, ""))),
            FloorIntent::SpeakerNext => app.send(Command::SpeakerNext),
            FloorIntent::SpeakerRemove => {
                if let Some(id) = self.selection.selected(&self.rows(&app.state)) {
                    app.send(Command::SpeakerRemove { id })
                }
            }
        }
    }
}

impl Screen for Floor {
    fn move_by(&self, app: &App, delta: isize) {
        self.selection.move_by(&self.rows(&app.state), delta);
    }

    fn click(&self, app: &App, at: Position) {
        self.selection.click(&self.rows(&app.state), at);
    }
}

impl Component for Floor {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let Some(Intent::Floor(intent)) = keymap::lookup_in(Scope::Floor, &key) else {
            return Handled::Ignored;
        };
        self.act(app, intent);
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::floor::draw(frame, app, self, area)
    }
}
