//! The agenda: items, status, lead, time used against time allotted.

use super::{accent, duration, safe, table_in_view};
use crate::domain::Msg;
use crate::domain::state::ItemStatus;
use crate::msg;
use crate::tui::app::App;
use crate::tui::screens::Agenda;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row};

pub fn status_word(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Pending => "item-pending",
        ItemStatus::Open => "item-open",
        ItemStatus::Closed => "item-closed",
        ItemStatus::Deferred => "item-deferred",
    }
}

pub fn draw(frame: &mut Frame<'_>, app: &App, screen: &Agenda, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let (lang, original) = (app.words.lang(), m.original());
    let [head, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let closed = state
        .core
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Closed)
        .count();
    let summary = app.say(&msg!("agenda-summary", items = m.items.len(), closed = closed));
    frame.render_widget(Paragraph::new(Line::styled(summary, accent())), head);
    let header = Row::new([
        Cell::from(app.say(&msg!("col-item"))),
        Cell::from(app.say(&msg!("col-status"))),
        Cell::from(app.say(&msg!("col-lead"))),
        Cell::from(Line::from(app.say(&msg!("col-time"))).right_aligned()),
        Cell::from(app.say(&msg!("col-title"))),
    ]);
    let widths = [
        Constraint::Length(6),
        Constraint::Length(10),
        Constraint::Length(8),
        Constraint::Length(16),
        Constraint::Min(10),
    ];
    // "chair" is a word of the file's vocabulary: said in the interface
    // language; ids of delegations and bodies stay as the body writes them.
    let chair = app.say(&msg!("lead-chair"));
    let rows = screen.rows(state);
    table_in_view(frame, list, Some(header), &widths, &screen.selection, &rows, |_, &i| {
        let (item, s) = (&m.items[i], &state.core.items[i]);
        let mut used = s.used_seconds;
        if let Some(opened) = s.opened_at {
            used += (app.now - opened).num_seconds().max(0);
        }
        let allotted = item
            .minutes
            .map(|m| duration(m as i64 * 60))
            .unwrap_or_else(|| "–".into());
        let lead = match item.lead.as_deref() {
            Some("chair") => chair.clone(),
            Some(id) => safe(id),
            None => String::new(),
        };
        let style = match s.status {
            ItemStatus::Open => Style::default().add_modifier(Modifier::BOLD).fg(Color::Green),
            ItemStatus::Closed => Style::default().fg(Color::DarkGray),
            ItemStatus::Pending | ItemStatus::Deferred => Style::default(),
        };
        Row::new([
            Cell::from(item.number.to_string()),
            Cell::from(app.say(&Msg::new(status_word(s.status)))),
            Cell::from(lead),
            Cell::from(Line::from(format!("{} / {}", duration(used), allotted)).right_aligned()),
            Cell::from(safe(item.title.get_or(lang, original))),
        ])
        .style(style)
    });
}
