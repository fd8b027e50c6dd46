//! What stands over the screens: help, prompt, question, editor, confirmation.

use super::{accent, dim, safe};
use crate::domain::Msg;
use crate::msg;
use crate::tui::app::App;
use crate::tui::input::LineInput;
use crate::tui::keymap::{self, BINDINGS, Scope};
use crate::tui::layers::{Ask, EditPurpose, Layer};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

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
            Layer::Prompt { input, completions, .. } => prompt(frame, app, area, input, completions),
            Layer::Ask { ask, input } => question(frame, app, area, ask, input),
            Layer::Editor(editor) => {
                let outer = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(4));
                frame.render_widget(Clear, outer);
                let title = match &editor.purpose {
                    EditPurpose::Draft { decision, item } => {
                        app.say(&msg!("editor-draft", id = safe(decision), item = item.clone()))
                    }
                    EditPurpose::Amend { target, .. } => app.say(&msg!("editor-amend", id = safe(target))),
                    EditPurpose::Translate { target, lang, .. } => {
                        app.say(&msg!("editor-translate", id = safe(target), lang = lang.clone()))
                    }
                };
                let block = Block::default()
                    .borders(Borders::ALL)
                    .title(title)
                    .title_bottom(app.say(&msg!("editor-keys")));
                let inner = block.inner(outer);
                frame.render_widget(block, outer);
                let text_area = if let EditPurpose::Translate { original, .. } = &editor.purpose {
                    let [left, right] =
                        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
                    let original = Paragraph::new(safe(original))
                        .wrap(Wrap { trim: false })
                        .style(dim())
                        .block(Block::default().borders(Borders::RIGHT));
                    frame.render_widget(original, left);
                    right
                } else {
                    inner
                };
                frame.render_widget(&editor.area, text_area);
            }
            Layer::Confirm { message, .. } => {
                let box_area = centered(area, 64, 7);
                frame.render_widget(Clear, box_area);
                let text = vec![
                    Line::raw(safe(message)),
                    Line::raw(""),
                    Line::styled(app.say(&msg!("confirm-keys")), accent()),
                ];
                let block = Block::default()
                    .borders(Borders::ALL)
                    .border_style(Style::default().fg(Color::Yellow));
                frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), box_area);
            }
        }
    }
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
    // The command language, from the one table the parser reads.
    lines.push(Line::styled(app.say(&msg!("help-commands")), accent()));
    for c in crate::commands::parse::COMMANDS {
        lines.push(Line::styled(
            format!("  {}", c.usage),
            Style::default().fg(Color::Yellow),
        ));
        lines.push(Line::raw(format!("      {}", app.say(&Msg::new(c.help)))));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.say(&msg!("help-prompt-keys")), dim()));
    lines.push(Line::styled(app.say(&msg!("help-editor-keys")), dim()));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(app.say(&msg!("help-title")))
        .title_bottom(app.say(&msg!("help-close")));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        box_area,
    );
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
        Ask::NewDecisionId { item } => app.say(&msg!("ask-decision-id", item = item.clone())),
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
        let names: Vec<String> = (0..app.state.meeting.delegations.len())
            .filter(|&i| app.matches(i, &input.text))
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
