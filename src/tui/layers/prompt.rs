//! The `:` prompt: one line of the command language, with completion and history.

use crate::commands::parse_line;
use crate::domain::limits::check_text;
use crate::msg;
use crate::tui::app::App;
use crate::tui::complete;
use crate::tui::component::{Component, Handled};
use crate::tui::input::{LineInput, edit_line};
use crate::tui::views::{accent, dim, safe};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

#[derive(Debug, Default, PartialEq)]
pub struct Prompt {
    pub input: LineInput,
    /// Which earlier command ↑ ↓ brought back, if any.
    pub history: Option<usize>,
    pub completions: Vec<String>,
    pub choice: usize,
}

impl Component for Prompt {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let history_len = app.history.len();
        if key.code != KeyCode::Tab {
            self.completions.clear();
        }
        match key.code {
            KeyCode::Esc => return Handled::Close,
            KeyCode::Enter => {
                let line = self.input.text.clone();
                if let Err(m) = check_text(&line) {
                    app.error(m);
                    return Handled::Consumed;
                }
                match parse_line(&line) {
                    Ok(None) => return Handled::Close,
                    Ok(Some(command)) => {
                        app.history.push(line);
                        app.send(command);
                        return Handled::Close;
                    }
                    Err(e) => {
                        let message = app.say(&e.msg);
                        app.error(msg!(
                            "status-prompt-error",
                            column = e.column.to_string(),
                            message = message
                        ));
                    }
                }
            }
            KeyCode::Tab => {
                let (start, word) = self.input.current_word();
                if self.completions.is_empty() {
                    let first = self.input.text.chars().take(start).all(char::is_whitespace);
                    self.completions = complete::candidates(&app.state, first, &word);
                    self.choice = 0;
                } else {
                    self.choice = (self.choice + 1) % self.completions.len();
                }
                if let Some(c) = self.completions.get(self.choice) {
                    self.input.replace_word(start, c);
                }
            }
            KeyCode::Up if history_len > 0 => {
                let i = self.history.map(|h| h.saturating_sub(1)).unwrap_or(history_len - 1);
                self.history = Some(i);
                self.input.set(&app.history[i]);
            }
            KeyCode::Down => {
                if let Some(h) = self.history {
                    if h + 1 < history_len {
                        self.history = Some(h + 1);
                        self.input.set(&app.history[h + 1]);
                    } else {
                        self.history = None;
                        self.input.set("");
                    }
                }
            }
            _ => edit_line(&mut self.input, key),
        }
        Handled::Consumed
    }

    /// A paste goes in on one line: it never runs.
    fn on_paste(&mut self, _app: &mut App, text: &str) -> Handled {
        self.completions.clear();
        self.input.insert_str(&crate::tui::input::one_line(text));
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        prompt(frame, app, area, &self.input, &self.completions)
    }
}

fn prompt(frame: &mut Frame<'_>, app: &App, area: Rect, input: &LineInput, completions: &[String]) {
    let line_area = Rect {
        x: area.x,
        y: area.y + area.height.saturating_sub(2),
        width: area.width,
        height: 1,
    };
    frame.render_widget(Clear, line_area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(":", accent()),
            Span::raw(safe(&input.text)),
        ])),
        line_area,
    );
    frame.set_cursor_position(Position {
        x: line_area.x + 1 + input.cursor as u16,
        y: line_area.y,
    });
    if completions.len() > 1 {
        let above = Rect {
            y: line_area.y.saturating_sub(1),
            ..line_area
        };
        frame.render_widget(Clear, above);
        frame.render_widget(
            Paragraph::new(Line::styled(safe(&completions.join("  ")), dim())),
            above,
        );
    } else if input.text.is_empty() {
        let above = Rect {
            y: line_area.y.saturating_sub(1),
            ..line_area
        };
        frame.render_widget(Clear, above);
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("prompt-hint")), dim())),
            above,
        );
    }
}
