//! Views: functions of the app state that draw a frame. No I/O, no clock, no
//! waiting: everything they show is already in memory.

pub(crate) mod agenda;
pub(crate) mod communique;
pub(crate) mod decisions;
pub(crate) mod floor;
mod layers;
pub(crate) mod roll_call;

use super::app::{App, ListView, TABS};
use super::keymap::{self, BINDINGS, Scope};
use crate::domain::Msg;
use crate::msg;
use crate::render::visible_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub use crate::tui::app::{MIN_HEIGHT, MIN_WIDTH};

pub fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

pub fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}

pub fn accent() -> Style {
    Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Text from a file or a command, safe for the terminal, on one line.
pub fn safe(text: &str) -> String {
    visible_line(text)
}

/// The first visible row of a list so that `sel` stays in view.
pub fn window(sel: usize, height: usize) -> usize {
    if height == 0 { 0 } else { sel.saturating_sub(height - 1) }
}

/// The time of day in the interface language's form.
pub fn clock(words: &crate::i18n::Localizer, at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    crate::tui::clock::time(words.lang(), at)
}

/// Notes where a screen's list was drawn and from which row, for the mouse.
pub fn mark_list(app: &App, area: Rect, offset: usize) {
    app.list_view.set(Some(ListView {
        scope: app.scope(),
        area,
        offset,
    }));
}

/// Columns of each tab title on the first row, for clicks.
pub fn tab_spans(app: &App) -> Vec<(u16, u16)> {
    let mut x = 0u16;
    TABS.iter()
        .enumerate()
        .map(|(i, (id, _))| {
            let width = format!(" {} {} ", i + 1, app.say(&Msg::new(id))).chars().count() as u16;
            let span = (x, x + width);
            x += width + 1;
            span
        })
        .collect()
}

pub fn draw(frame: &mut Frame<'_>, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = app.say(&msg!(
            "too-small",
            width = area.width as i64,
            height = area.height as i64,
            min_width = MIN_WIDTH as i64,
            min_height = MIN_HEIGHT as i64
        ));
        frame.render_widget(Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true }), area);
        return;
    }
    let [tabs, body, hints, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    app.list_view.set(None);
    draw_tabs(frame, app, tabs);
    // The screen shown draws itself.
    crate::tui::screens::of(app.scope()).draw(frame, app, body);
    draw_hints(frame, app, hints);
    draw_status(frame, app, status);
    layers::draw(frame, app, area);
}

fn draw_tabs(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let mut spans = Vec::new();
    for (i, (id, _)) in TABS.iter().enumerate() {
        let title = format!(" {} {} ", i + 1, app.say(&Msg::new(id)));
        let style = if i == app.tab {
            selected().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        spans.push(Span::styled(title, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_hints(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let scope = app.scope();
    let mut spans = Vec::new();
    for b in BINDINGS
        .iter()
        .filter(|b| b.hint && b.scope == scope)
        .chain(BINDINGS.iter().filter(|b| b.hint && b.scope == Scope::Global))
    {
        spans.push(Span::styled(keymap::label(b, &app.words), accent()));
        spans.push(Span::raw(format!(" {}  ", app.say(&Msg::new(b.help)))));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_status(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let lang = app.words.lang();
    let original = m.original();
    let open = match state.core.open_item {
        Some(i) => app.say(&msg!("status-open-item", item = m.items[i].number.to_string())),
        None => app.say(&msg!("status-no-open-item")),
    };
    let record = if app.store_gone {
        app.say(&msg!("status-not-saving"))
    } else if !app.pending.is_empty() {
        app.say(&msg!("status-saving"))
    } else {
        app.say(&msg!("status-saved"))
    };
    let left = format!(
        " {} · {} · {} · {} · {} · {} ",
        safe(m.body.acronym.get_or(lang, original)),
        safe(m.city.get_or(lang, original)),
        open,
        clock(&app.words, &app.now),
        app.say(&msg!("status-you", author = safe(&app.author))),
        record
    );
    let right = match (&app.status, &app.last_saved) {
        (Some(s), _) => safe(&s.text),
        (None, Some(_)) => app.say(&msg!("status-undo-hint")),
        (None, None) => app.say(&msg!("status-help-hint")),
    };
    // A message longer than the line is read whole in the log (L).
    let room = usize::from(area.width).saturating_sub(left.chars().count() + 1);
    let right = if right.chars().count() > room && room > 1 {
        let more = app.say(&msg!("status-more"));
        let keep = if room > more.chars().count() + 20 {
            room.saturating_sub(more.chars().count() + 1)
        } else {
            room - 1
        };
        let cut: String = right.chars().take(keep).collect();
        if keep == room - 1 {
            format!("{cut}…")
        } else {
            format!("{cut}…{more}")
        }
    } else {
        right
    };
    let error = app.status.as_ref().is_some_and(|s| s.error);
    let right_style = if error {
        Style::default().fg(Color::White).bg(Color::Red)
    } else {
        Style::default()
    };
    let line = Line::from(vec![
        Span::styled(left, selected()),
        Span::raw(" "),
        Span::styled(right, right_style),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// "12:05" from seconds.
pub fn duration(seconds: i64) -> String {
    let s = seconds.max(0);
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
