//! The roll call: delegations by category, presence, live counts.

use super::{accent, dim, safe, table_in_view};
use crate::domain::Msg;
use crate::domain::meeting::{Category, Status};
use crate::msg;
use crate::tui::app::{App, category_id};
use crate::tui::screens::RollCall;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row};

pub fn draw(frame: &mut Frame<'_>, app: &App, screen: &RollCall, area: Rect) {
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
    let filter_line = if screen.filter().is_empty() {
        app.say(&msg!("roll-filter-none"))
    } else {
        app.say(&msg!("roll-filter", filter = safe(screen.filter())))
    };
    frame.render_widget(Paragraph::new(Line::styled(filter_line, dim())), filter);

    let rows = screen.rows(app);
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("roll-no-match")), dim())),
            list,
        );
        return;
    }
    // Each category's word once, not once a row.
    let categories: Vec<(Category, String)> = [
        Category::Participant,
        Category::Observer,
        Category::Applicant,
        Category::Guest,
    ]
    .into_iter()
    .map(|c| (c, app.say(&Msg::new(category_id(c)))))
    .collect();
    let category_word = |c: Category| {
        categories
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, w)| w.clone())
            .unwrap_or_default()
    };
    let widths = [
        Constraint::Length(3),
        Constraint::Length(5),
        Constraint::Length(12),
        Constraint::Min(10),
    ];
    table_in_view(frame, list, None, &widths, &screen.selection, &rows, |_, &i| {
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
        let style = match d.present {
            Some(true) => Style::default().fg(Color::Green),
            Some(false) => Style::default().fg(Color::DarkGray),
            None => Style::default(),
        };
        Row::new(vec![
            Cell::from(mark),
            Cell::from(safe(&m.delegations[i].id)),
            Cell::from(category_word(d.category)),
            Cell::from(format!("{}{status}", safe(app.name(i)))),
        ])
        .style(style)
    });
}
