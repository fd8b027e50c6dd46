//! Boxes to read: the keys (from the key map) and the message log.

use super::centered;
use crate::domain::Msg;
use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::keymap::{self, BINDINGS, Scope};
use crate::tui::views::{accent, dim, safe};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// The keys of every screen, from the key map.
#[derive(Debug, Default, PartialEq)]
pub struct Help {
    pub scroll: u16,
}

/// Every status message of the session, whole, newest first.
#[derive(Debug, Default, PartialEq)]
pub struct Log {
    pub scroll: u16,
}

/// Scroll keys move; any other key closes.
fn scroll_or_close(scroll: &mut u16, key: KeyEvent) -> Handled {
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => *scroll = scroll.saturating_add(1),
        KeyCode::PageDown => *scroll = scroll.saturating_add(10),
        KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
        _ => return Handled::Close,
    }
    Handled::Consumed
}

impl Component for Help {
    fn on_key(&mut self, _app: &mut App, key: KeyEvent) -> Handled {
        scroll_or_close(&mut self.scroll, key)
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        help(frame, app, area, self.scroll)
    }
}

impl Component for Log {
    fn on_key(&mut self, _app: &mut App, key: KeyEvent) -> Handled {
        scroll_or_close(&mut self.scroll, key)
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        log(frame, app, area, self.scroll)
    }
}

fn help(frame: &mut Frame<'_>, app: &App, area: Rect, scroll: u16) {
    let box_area = centered(area, 76, area.height.saturating_sub(2));
    frame.render_widget(Clear, box_area);
    let scopes = [
        (Scope::Global, "help-global"),
        (Scope::Agenda, "tab-agenda"),
        (Scope::RollCall, "tab-roll-call"),
        (Scope::Floor, "tab-floor"),
        (Scope::Decisions, "tab-decisions"),
        (Scope::Communique, "tab-communique"),
    ];
    let mut lines = Vec::new();
    for (scope, title) in scopes {
        lines.push(Line::styled(app.say(&Msg::new(title)), accent()));
        for b in BINDINGS.iter().filter(|b| b.scope == scope) {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<11}", keymap::label(b, &app.words)),
                    Style::default().fg(Color::Yellow),
                ),
                Span::raw(app.say(&Msg::new(b.help))),
            ]));
        }
        lines.push(Line::raw(""));
    }
    // The command language, from the one table the parser reads.
    lines.push(Line::styled(app.say(&msg!("help-commands")), accent()));
    for c in crate::commands::parse::COMMANDS {
        lines.push(Line::styled(
            format!("  {}", c.usage),
            Style::default().fg(Color::Yellow),
        ));
        lines.push(Line::raw(format!("      {}", app.say(&Msg::new(c.help)))));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.say(&msg!("help-prompt-keys")), dim()));
    lines.push(Line::styled(app.say(&msg!("help-editor-keys")), dim()));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(app.say(&msg!("help-title")))
        .title_bottom(app.say(&msg!("help-close")));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        box_area,
    );
}

fn log(frame: &mut Frame<'_>, app: &App, area: Rect, scroll: u16) {
    let box_area = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(2));
    frame.render_widget(Clear, box_area);
    let mut lines = Vec::new();
    for entry in app.log.iter().rev() {
        let style = if entry.status.error {
            Style::default().fg(Color::Red)
        } else {
            Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", entry.time), dim()),
            Span::styled(safe(&entry.status.text), style),
        ]));
    }
    if lines.is_empty() {
        lines.push(Line::styled(app.say(&msg!("log-empty")), dim()));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(app.say(&msg!("log-title")))
        .title_bottom(app.say(&msg!("help-close")));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block)
            .scroll((scroll, 0)),
        box_area,
    );
}
