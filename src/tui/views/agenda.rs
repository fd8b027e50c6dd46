//! The agenda: items, status, lead, time used against time allotted.

use super::{accent, dim, duration, mark_list, safe, selected, window};
use crate::domain::Msg;
use crate::domain::state::ItemStatus;
use crate::msg;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn status_word(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Pending => "item-pending",
        ItemStatus::Open => "item-open",
        ItemStatus::Closed => "item-closed",
        ItemStatus::Deferred => "item-deferred",
    }
}

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let (lang, original) = (app.words.lang(), m.original());
    let [head, columns, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let closed = state
        .core
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Closed)
        .count();
    let summary = app.say(&msg!("agenda-summary", items = m.items.len(), closed = closed));
    frame.render_widget(Paragraph::new(Line::styled(summary, accent())), head);
    let header = format!(
        "{:<6} {:<10} {:<8} {:>16}  {}",
        app.say(&msg!("col-item")),
        app.say(&msg!("col-status")),
        app.say(&msg!("col-lead")),
        app.say(&msg!("col-time")),
        app.say(&msg!("col-title"))
    );
    frame.render_widget(Paragraph::new(Line::styled(header, dim())), columns);

    let height = list.height as usize;
    let start = window(app.agenda_sel, height);
    mark_list(app, list, start);
    let mut lines = Vec::new();
    for (i, (item, s)) in m
        .items
        .iter()
        .zip(state.core.items.iter())
        .enumerate()
        .skip(start)
        .take(height)
    {
        let mut used = s.used_seconds;
        if let Some(opened) = s.opened_at {
            used += (app.now - opened).num_seconds().max(0);
        }
        let allotted = item
            .minutes
            .map(|m| duration(m as i64 * 60))
            .unwrap_or_else(|| "–".into());
        // "chair" is a word of the file's vocabulary: said in the interface
        // language; ids of delegations and bodies stay as the body writes them.
        let lead = match item.lead.as_deref() {
            Some("chair") => app.say(&msg!("lead-chair")),
            Some(id) => id.to_string(),
            None => String::new(),
        };
        let text = format!(
            "{:<6} {:<10} {:<8} {:>16}  {}",
            item.number.to_string(),
            app.say(&Msg::new(status_word(s.status))),
            safe(&lead),
            format!("{} / {}", duration(used), allotted),
            safe(item.title.get_or(lang, original))
        );
        let mut style = Style::default();
        if s.status == ItemStatus::Open {
            style = style.add_modifier(Modifier::BOLD).fg(ratatui::style::Color::Green);
        }
        if s.status == ItemStatus::Closed {
            style = style.fg(ratatui::style::Color::DarkGray);
        }
        if i == app.agenda_sel {
            style = style.patch(selected());
        }
        lines.push(Line::from(Span::styled(text, style)));
    }
    frame.render_widget(Paragraph::new(lines), list);
}
