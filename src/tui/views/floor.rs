//! The floor: the open item, who speaks and for how long, who waits.

use super::{accent, dim, duration, safe, table_in_view};
use crate::msg;
use crate::tui::app::App;
use crate::tui::screens::Floor;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

pub fn draw(frame: &mut Frame<'_>, app: &App, screen: &Floor, area: Rect) {
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
    // Each list under a title of its own; the queue is selected by speaker.
    let titled = |title: String, area: Rect| {
        let block = Block::default().borders(Borders::TOP).title(title);
        let inner = block.inner(area);
        (block, inner)
    };
    let (queue_block, queue_list) = titled(app.say(&msg!("floor-queue", count = s.queue.len())), queue_area);
    frame.render_widget(queue_block, queue_area);
    let rows = screen.rows(state);
    let widths = [Constraint::Length(3), Constraint::Min(10)];
    table_in_view(frame, queue_list, None, &widths, &screen.selection, &rows, |i, id| {
        Row::new([Cell::from(format!("{:>2}.", i + 1)), Cell::from(name(id))])
    });
    let (spoken_block, spoken_list) = titled(app.say(&msg!("floor-spoken", count = s.spoken.len())), spoken_area);
    let spoken: Vec<Row<'_>> = s
        .spoken
        .iter()
        .rev()
        .take(usize::from(spoken_list.height))
        .map(|sp| {
            Row::new([
                Cell::from(Line::from(duration(sp.seconds)).right_aligned()),
                Cell::from(name(&sp.delegation)),
            ])
        })
        .collect();
    frame.render_widget(
        Table::new(spoken, [Constraint::Length(6), Constraint::Min(10)])
            .column_spacing(2)
            .block(spoken_block),
        spoken_area,
    );
}
