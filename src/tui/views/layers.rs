//! What stands over the screens: each layer draws itself, bottom first.

use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    for layer in &app.layers {
        layer.view().draw(frame, app, area);
    }
}
