//! The roll call: delegations by category, presence, live counts.

use super::{accent, dim, safe, selected, window};
use crate::domain::Msg;
use crate::domain::meeting::{Category, Status};
use crate::msg;
use crate::tui::app::{App, category_id};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let [head, filter, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(0)]).areas(area);

    let present = state.present(Category::Participant);
    let (total, countries) = state.participant_totals();
    let countries_present: usize = present.iter().map(|&i| m.delegations[i].countries()).sum();
    let count = |c: Category| {
        (
            state.present(c).len(),
            state.core.delegations.iter().filter(|d| d.category == c).count(),
        )
    };
    let (obs, obs_total) = count(Category::Observer);
    let (app_present, app_total) = count(Category::Applicant);
    let counts = app.say(&msg!(
        "roll-counts",
        present = present.len(),
        total = total,
        countries_present = countries_present,
        countries = countries,
        observers = obs,
        observers_total = obs_total,
        applicants = app_present,
        applicants_total = app_total
    ));
    frame.render_widget(Paragraph::new(Line::styled(counts, accent())), head);
    let filter_line = if app.filter.is_empty() {
        app.say(&msg!("roll-filter-none"))
    } else {
        app.say(&msg!("roll-filter", filter = safe(&app.filter)))
    };
    frame.render_widget(Paragraph::new(Line::styled(filter_line, dim())), filter);

    let rows = app.roll_rows();
    let height = list.height as usize;
    let start = window(app.roll_sel, height);
    let mut lines = Vec::new();
    for (row, &i) in rows.iter().enumerate().skip(start).take(height) {
        let d = &state.core.delegations[i];
        let mark = match d.present {
            Some(true) => "[x]",
            Some(false) => "[-]",
            None => "[ ]",
        };
        let status = match d.status {
            Status::Active => String::new(),
            s => format!(" ({})", app.say(&msg!("delegation-status", status = s.as_str()))),
        };
        let text = format!(
            "{mark} {:<5} {:<12} {}{status}",
            safe(&m.delegations[i].id),
            app.say(&Msg::new(category_id(d.category))),
            safe(app.name(i))
        );
        let mut style = match d.present {
            Some(true) => Style::default().fg(Color::Green),
            Some(false) => Style::default().fg(Color::DarkGray),
            None => Style::default(),
        };
        if row == app.roll_sel {
            style = style.patch(selected());
        }
        lines.push(Line::from(Span::styled(text, style)));
    }
    if rows.is_empty() {
        lines.push(Line::styled(app.say(&msg!("roll-no-match")), dim()));
    }
    frame.render_widget(Paragraph::new(lines), list);
}
