//! What stands over the screens: help, prompt, question, editor, confirmation.

use super::{accent, dim, safe, selected};
use crate::domain::Msg;
use crate::domain::lookup;
use crate::msg;
use crate::tui::app::App;
use crate::tui::input::LineInput;
use crate::tui::keymap::{self, BINDINGS, Scope};
use crate::tui::layers::{Ask, Choice, EditPurpose, Editor, Layer};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    for layer in &app.layers {
        match layer {
            Layer::Help { scroll } => help(frame, app, area, *scroll),
            Layer::Log { scroll } => log(frame, app, area, *scroll),
            Layer::Prompt { input, completions, .. } => prompt(frame, app, area, input, completions),
            Layer::Ask { ask, input } => question(frame, app, area, ask, input),
            Layer::Choose(choice) => choose(frame, app, area, choice),
            Layer::Editor(editor) => self::editor(frame, app, area, editor),
            Layer::Confirm { message, keys, .. } => {
                notice(frame, app, area, message, Some(keys), Color::Yellow);
            }
            Layer::Blocked { message } => notice(frame, app, area, message, None, Color::Red),
        }
    }
}

/// A box with a message and what the keys do: a question, or a message
/// that blocks (only q then).
fn notice(frame: &mut Frame<'_>, app: &App, area: Rect, message: &str, keys: Option<&&'static str>, color: Color) {
    let box_area = centered(area, 70, 9);
    frame.render_widget(Clear, box_area);
    let keys = match keys {
        Some(id) => app.say(&Msg::new(id)),
        None => app.say(&msg!("blocked-keys")),
    };
    let text = vec![Line::raw(safe(message)), Line::raw(""), Line::styled(keys, accent())];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(Style::default().fg(color));
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), box_area);
}

fn editor(frame: &mut Frame<'_>, app: &App, area: Rect, editor: &Editor) {
    let outer = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(4));
    frame.render_widget(Clear, outer);
    let title = match &editor.purpose {
        EditPurpose::Draft { decision, item } => {
            app.say(&msg!("editor-draft", id = safe(decision), item = item.to_string()))
        }
        EditPurpose::Amend { target, .. } => app.say(&msg!("editor-amend", id = safe(target))),
        EditPurpose::Translate { target, lang, .. } => {
            app.say(&msg!("editor-translate", id = safe(target), lang = lang.clone()))
        }
    };
    let keys = if editor.purpose.has_draft() {
        msg!("editor-keys")
    } else {
        msg!("editor-keys-final")
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .title_bottom(app.say(&keys));
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let text_area = if let EditPurpose::Translate { target, version, .. } = &editor.purpose {
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
        // The original as it stands now: if another terminal amended it
        // meanwhile, the new text is shown, and said.
        let rows = app.matrix_rows();
        let current = rows.iter().find(|r| r.id.eq_ignore_ascii_case(target));
        let (original, amended) = match current {
            Some(r) => (safe(&r.text.original), r.text.version != *version),
            None => (String::new(), false),
        };
        let mut lines = Vec::new();
        if amended {
            lines.push(Line::styled(
                app.say(&msg!("editor-original-amended")),
                Style::default().fg(Color::Magenta),
            ));
        }
        lines.push(Line::styled(original, dim()));
        let pane = Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((editor.original_scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::RIGHT)
                    .title_bottom(app.say(&msg!("editor-original-scroll"))),
            );
        frame.render_widget(pane, left);
        right
    } else {
        inner
    };
    frame.render_widget(&editor.area, text_area);
}

/// Every message of this run, whole, newest first.
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

/// Several delegations fit what was typed: the officer picks one.
fn choose(frame: &mut Frame<'_>, app: &App, area: Rect, choice: &Choice) {
    let height = (choice.options.len() as u16)
        .saturating_add(2)
        .min(area.height.saturating_sub(2));
    let box_area = centered(area, 70, height);
    frame.render_widget(Clear, box_area);
    let items: Vec<ListItem<'_>> = choice
        .options
        .iter()
        .map(|&i| {
            ListItem::new(format!(
                "{:<6} {}",
                safe(&app.state.meeting.delegations[i].id),
                safe(app.name(i))
            ))
        })
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .title(app.say(&msg!("choose-title", typed = safe(&choice.typed))))
        .title_bottom(app.say(&msg!("choose-keys")));
    let list = List::new(items).block(block).highlight_style(selected());
    let mut state = ListState::default().with_selected(Some(choice.sel));
    frame.render_stateful_widget(list, box_area, &mut state);
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
                Span::styled(format!("  {:<8}", keymap::label(b)), Style::default().fg(Color::Yellow)),
                Span::raw(app.say(&Msg::new(b.help))),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(app.say(&msg!("help-prompt-keys")), dim()));
    lines.push(Line::styled(app.say(&msg!("help-editor-keys")), dim()));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(app.say(&msg!("help-title")))
        .title_bottom(app.say(&msg!("help-close")));
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), box_area);
}

fn prompt(frame: &mut Frame<'_>, app: &App, area: Rect, input: &LineInput, completions: &[String]) {
    let line_area = Rect {
        x: area.x,
        y: area.y + area.height.saturating_sub(2),
        width: area.width,
        height: 1,
    };
    frame.render_widget(Clear, line_area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(":", accent()),
            Span::raw(safe(&input.text)),
        ])),
        line_area,
    );
    frame.set_cursor_position(Position {
        x: line_area.x + 1 + input.cursor as u16,
        y: line_area.y,
    });
    if completions.len() > 1 {
        let above = Rect {
            y: line_area.y.saturating_sub(1),
            ..line_area
        };
        frame.render_widget(Clear, above);
        frame.render_widget(
            Paragraph::new(Line::styled(safe(&completions.join("  ")), dim())),
            above,
        );
    } else if input.text.is_empty() {
        let above = Rect {
            y: line_area.y.saturating_sub(1),
            ..line_area
        };
        frame.render_widget(Clear, above);
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("prompt-hint")), dim())),
            above,
        );
    }
}

fn question(frame: &mut Frame<'_>, app: &App, area: Rect, ask: &Ask, input: &LineInput) {
    let q = match ask {
        Ask::Speaker => app.say(&msg!("ask-speaker")),
        Ask::ObjectBy { decision } => app.say(&msg!("ask-object-by", id = safe(decision))),
        Ask::ObjectReason { decision, by } => {
            app.say(&msg!("ask-object-reason", id = safe(decision), delegation = safe(by)))
        }
        Ask::ReserveBy { decision } => app.say(&msg!("ask-reserve-by", id = safe(decision))),
        Ask::ReserveText { decision, by } => {
            app.say(&msg!("ask-reserve-text", id = safe(decision), delegation = safe(by)))
        }
        Ask::NewDecisionId { item } => app.say(&msg!("ask-decision-id", item = item.to_string())),
        Ask::Filter => app.say(&msg!("ask-filter")),
    };
    let box_area = centered(area, 70, 5);
    frame.render_widget(Clear, box_area);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(q)
        .title_bottom(app.say(&msg!("ask-keys")));
    let inner = block.inner(box_area);
    frame.render_widget(Paragraph::new(safe(&input.text)).block(block), box_area);
    frame.set_cursor_position(Position {
        x: inner.x + input.cursor as u16,
        y: inner.y,
    });
    // Matches for a delegation question, so that "nam" shows Namibia.
    if matches!(ask, Ask::Speaker | Ask::ObjectBy { .. } | Ask::ReserveBy { .. }) && !input.text.is_empty() {
        let names: Vec<String> = lookup::matches(&app.state.meeting, &input.text)
            .into_iter()
            .take(4)
            .map(|i| format!("{} {}", app.state.meeting.delegations[i].id, app.name(i)))
            .collect();
        let hint = Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        };
        frame.render_widget(Paragraph::new(Line::styled(safe(&names.join(" · ")), dim())), hint);
    }
}
