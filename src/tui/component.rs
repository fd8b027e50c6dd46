//! One shape for what takes keys and draws over the screens, as helix's
//! compositor and gitui's components: a layer handles a key and says whether
//! it used it, or is done. The app routes keys to the top layer and owns what
//! they share (the state, the status, the commands in flight).

use super::app::App;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

/// What a component did with a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Handled {
    /// Used; the component stays.
    Consumed,
    /// Not for it; the component stays.
    Ignored,
    /// Done: the component goes (layers it opened meanwhile stay above it).
    Close,
}

pub trait Component {
    /// Handles one key. Layers it opens (`app.layers.push`) go above it;
    /// commands it sends (`app.send`) wait in the app's outbox.
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled;

    /// Pasted text: only boxes that take text take it.
    fn on_paste(&mut self, _app: &mut App, _text: &str) -> Handled {
        Handled::Ignored
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect);
}
