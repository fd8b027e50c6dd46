//! The communique as it stands in a chosen language, or the translation
//! matrix: every text against every official language.

use super::decisions::{state_style, state_word};
use super::{accent, dim, mark_list, safe, selected, window};
use crate::domain::Msg;
use crate::msg;
use crate::render::document::Block as DocBlock;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    if app.matrix {
        matrix(frame, app, area)
    } else {
        document(frame, app, area)
    }
}

fn document(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    // Built away from the draw path; until the first build arrives, say so.
    let Some(doc) = app.communique() else {
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("communique-building")), dim())),
            head,
        );
        return;
    };
    let head_text = app.say(&msg!(
        "communique-head",
        lang = app.doc_lang.clone(),
        pending = doc.pending
    ));
    frame.render_widget(Paragraph::new(Line::styled(head_text, accent())), head);
    let mut lines: Vec<Line<'_>> = Vec::new();
    for block in &doc.blocks {
        match block {
            DocBlock::Title(t) => {
                for l in t {
                    lines.push(Line::styled(safe(l), Style::default().add_modifier(Modifier::BOLD)));
                }
            }
            DocBlock::Status(s) | DocBlock::Note(s) => lines.push(Line::styled(safe(s), dim())),
            DocBlock::Para { number, text } => {
                let n = number.map(|n| format!("{n}. ")).unwrap_or_default();
                lines.push(Line::raw(format!("{n}{}", safe(text))));
            }
            DocBlock::Pending {
                number,
                marker,
                before,
                original,
                after,
                original_lang,
            } => {
                let n = number.map(|n| format!("{n}. ")).unwrap_or_default();
                lines.push(Line::styled(
                    format!("{n}[{}]", safe(marker)),
                    Style::default().fg(Color::Red),
                ));
                lines.push(Line::styled(
                    format!("   {}({original_lang}) {}{}", safe(before), safe(original), safe(after)),
                    dim(),
                ));
            }
        }
        lines.push(Line::raw(""));
        // Every line takes at least one row: lines past the scroll and the
        // height of the area cannot show, and need not be made.
        if lines.len() >= usize::from(app.doc_scroll) + usize::from(body.height) {
            break;
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((app.doc_scroll, 0)),
        body,
    );
}

fn matrix(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let m = &app.state.meeting;
    let [head, columns, list, preview] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(6),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(
            app.say(&msg!("matrix-head", lang = app.doc_lang.clone())),
            accent(),
        )),
        head,
    );
    let mut header = format!("{:<6} {:<16}", app.say(&msg!("col-item")), app.say(&msg!("col-text")));
    for l in &m.body.languages {
        header.push_str(&format!(" {:<8}", l.code));
    }
    frame.render_widget(Paragraph::new(Line::styled(header, dim())), columns);
    // Only the rows in view are made: the large session has thousands.
    let index = app.matrix();
    let height = list.height as usize;
    let start = window(app.matrix_sel, height);
    mark_list(app, list, start);
    let mut lines = Vec::new();
    for (i, text) in index.iter().enumerate().skip(start).take(height) {
        let Some(row) = text.row(&app.state) else {
            continue;
        };
        let item = row.item.map(|i| m.items[i].number.to_string()).unwrap_or_default();
        let mut spans = vec![Span::raw(format!("{:<6} {:<16}", item, safe(&row.id)))];
        for l in &m.body.languages {
            if l.code == m.original() {
                spans.push(Span::styled(
                    format!(" {:<8}", app.say(&msg!("translation-original"))),
                    dim(),
                ));
            } else {
                let st = row.text.state(&l.code);
                let mut style = state_style(st);
                if l.code == app.doc_lang {
                    style = style.add_modifier(Modifier::BOLD);
                }
                spans.push(Span::styled(
                    format!(" {:<8}", app.say(&Msg::new(state_word(st)))),
                    style,
                ));
            }
        }
        let mut line = Line::from(spans);
        if i == app.matrix_sel {
            line = line.style(selected());
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(row) = app.matrix_row(app.matrix_sel) {
        let translation = row
            .text
            .translations
            .get(&app.doc_lang)
            .map(|t| safe(&t.text))
            .unwrap_or_default();
        let text = vec![
            Line::styled(safe(&row.text.original), Style::default()),
            Line::styled(translation, Style::default().fg(Color::Cyan)),
        ];
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), preview);
    }
}
