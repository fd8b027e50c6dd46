//! The floor: the open item, who speaks and for how long, who waits.

use super::{accent, dim, duration, safe, selected, window};
use crate::msg;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let (lang, original) = (app.words.lang(), m.original());
    let name = |id: &str| {
        state
            .delegation_index(id)
            .map(|i| format!("{} ({})", safe(app.name(i)), safe(id)))
            .unwrap_or_else(|| safe(id))
    };
    let [head, floor, lists] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let Some(open) = state.core.open_item else {
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("floor-no-item")), dim())),
            head,
        );
        return;
    };
    let item = &m.items[open];
    let s = &state.core.items[open];
    let elapsed = s.opened_at.map(|t| (app.now - t).num_seconds()).unwrap_or(0) + s.used_seconds;
    let title = app.say(&msg!(
        "floor-item",
        number = item.number.to_string(),
        title = safe(item.title.get_or(lang, original)),
        elapsed = duration(elapsed)
    ));
    frame.render_widget(Paragraph::new(Line::styled(title, accent())), head);
    let speaking = match &s.floor {
        Some((who, since)) => app.say(&msg!(
            "floor-speaking",
            delegation = name(who),
            elapsed = duration((app.now - *since).num_seconds())
        )),
        None => app.say(&msg!("floor-nobody")),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(speaking, Style::default().add_modifier(Modifier::BOLD))),
        floor,
    );

    let [queue_area, spoken_area] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lists);
    let height = queue_area.height.saturating_sub(1) as usize;
    let start = window(app.floor_sel, height);
    let queue: Vec<Line<'_>> = s
        .queue
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, id)| {
            let text = format!("{:>2}. {}", i + 1, name(id));
            if i == app.floor_sel {
                Line::styled(text, selected())
            } else {
                Line::raw(text)
            }
        })
        .collect();
    let queue_title = app.say(&msg!("floor-queue", count = s.queue.len()));
    frame.render_widget(
        Paragraph::new(queue).block(Block::default().borders(Borders::TOP).title(queue_title)),
        queue_area,
    );
    let spoken: Vec<Line<'_>> = s
        .spoken
        .iter()
        .rev()
        .take(height)
        .map(|sp| Line::raw(format!("{:>6}  {}", duration(sp.seconds), name(&sp.delegation))))
        .collect();
    let spoken_title = app.say(&msg!("floor-spoken", count = s.spoken.len()));
    frame.render_widget(
        Paragraph::new(spoken).block(Block::default().borders(Borders::TOP).title(spoken_title)),
        spoken_area,
    );
}
