//! Questions that take y or n, and the message that blocks the screen.

use super::centered;
use crate::commands::Command;
use crate::domain::Msg;
use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::views::{accent, safe};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// What `y` does in a confirmation.
#[derive(Clone, Debug, PartialEq)]
pub enum Yes {
    /// Run the command (closing the editor under the question, if any).
    Send(Command),
    /// Close the editor under the question, losing its text.
    Discard,
}

/// A question before something that cannot be taken back silently.
#[derive(Debug, PartialEq)]
pub struct Confirm {
    pub message: String,
    pub yes: Yes,
    /// Fluent id of the line that says what y and n do.
    pub keys: &'static str,
}

/// The record cannot be reached: nothing more can be saved. Only quit
/// (handled by the app before any layer).
#[derive(Debug, PartialEq)]
pub struct Blocked {
    pub message: String,
}

impl Component for Confirm {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => {
                // The editor the question was about closes with it.
                if matches!(app.layers.last(), Some(super::Layer::Editor(_))) {
                    app.layers.pop();
                }
                match self.yes.clone() {
                    Yes::Send(command) => app.send(command),
                    Yes::Discard => app.info(msg!("status-edit-cancelled")),
                }
                Handled::Close
            }
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => Handled::Close,
            _ => Handled::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        notice(frame, app, area, &self.message, Some(&self.keys), Color::Yellow);
    }
}

impl Component for Blocked {
    fn on_key(&mut self, _app: &mut App, _key: KeyEvent) -> Handled {
        Handled::Ignored
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        notice(frame, app, area, &self.message, None, Color::Red);
    }
}

fn notice(frame: &mut Frame<'_>, app: &App, area: Rect, message: &str, keys: Option<&&'static str>, color: Color) {
    let box_area = centered(area, 70, 9);
    frame.render_widget(Clear, box_area);
    let keys = match keys {
        Some(id) => app.say(&Msg::new(id)),
        None => app.say(&msg!("blocked-keys")),
    };
    let text = vec![Line::raw(safe(message)), Line::raw(""), Line::styled(keys, accent())];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(Style::default().fg(color));
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), box_area);
}
