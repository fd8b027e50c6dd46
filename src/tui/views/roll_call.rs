//! The roll call: delegations by category, presence, live counts.

use super::{accent, dim, mark_list, safe, selected};
use crate::domain::Msg;
use crate::domain::meeting::{Category, Status};
use crate::msg;
use crate::tui::app::{App, category_id};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

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
    let table_rows: Vec<Row<'_>> = rows
        .iter()
        .map(|&i| {
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
        })
        .collect();
    let table = Table::new(
        table_rows,
        [
            Constraint::Length(3),
            Constraint::Length(5),
            Constraint::Length(12),
            Constraint::Min(10),
        ],
    )
    .row_highlight_style(selected());
    // The table keeps its scroll between frames; a click is mapped through it.
    let mut table_state = app.roll_table.borrow_mut();
    table_state.select(Some(app.roll_sel));
    frame.render_stateful_widget(table, list, &mut table_state);
    mark_list(app, list, table_state.offset());
}
