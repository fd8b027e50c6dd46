//! Views: functions of the app state that draw a frame. No I/O, no clock, no
//! waiting: everything they show is already in memory.

pub(crate) mod agenda;
pub(crate) mod communique;
pub(crate) mod decisions;
pub(crate) mod floor;
mod layers;
pub(crate) mod roll_call;

use super::app::{App, TABS};
use super::keymap::{self, BINDINGS, Scope};
use super::selection::Selection;
use crate::domain::Msg;
use crate::msg;
use crate::render::visible_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Table, TableState};
use std::sync::Arc;

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

/// The time of day in the interface language's form.
pub fn clock(words: &crate::i18n::Localizer, at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    crate::tui::clock::time(words.lang(), at)
}

/// Draws the rows of a list that are in view as a `Table`, under its header if any:
/// only those rows are made (a list of the large session has thousands),
/// the selection's scroll is kept between frames, and where the rows were
/// drawn is noted for clicks. Cells are laid out by display width, so wide
/// characters keep the columns straight.
pub fn table_in_view<'a, K: Clone + PartialEq>(
    frame: &mut Frame<'_>,
    area: Rect,
    header: Option<Row<'a>>,
    widths: &[Constraint],
    selection: &Selection<K>,
    rows: &Arc<Vec<K>>,
    mut make: impl FnMut(usize, &K) -> Row<'a>,
) {
    let above = u16::from(header.is_some());
    let body = Rect {
        y: area.y.saturating_add(above).min(area.bottom()),
        height: area.height.saturating_sub(above),
        ..area
    };
    let (range, selected_row) = selection.window(rows, body);
    let start = range.start;
    let shown: Vec<Row<'a>> = rows[range]
        .iter()
        .enumerate()
        .map(|(n, k)| make(start + n, k))
        .collect();
    let mut view = TableState::default().with_selected(selected_row.map(|s| s.saturating_sub(start)));
    let mut table = Table::new(shown, widths.iter().copied()).row_highlight_style(selected());
    if let Some(header) = header {
        table = table.header(header.style(dim()));
    }
    frame.render_stateful_widget(table, area, &mut view);
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
    draw_tabs(frame, app, tabs);
    // The screen shown draws itself.
    app.screens.get(app.scope()).draw(frame, app, body);
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
