//! The communique as it stands in a chosen language, or the translation
//! matrix: every text against every official language.

use super::decisions::{state_style, state_word};
use super::{accent, dim, safe, table_in_view};
use crate::domain::Msg;
use crate::domain::state::TranslationState;
use crate::msg;
use crate::render::document::Block as DocBlock;
use crate::tui::app::App;
use crate::tui::screens::Communique;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Wrap};

pub fn draw(frame: &mut Frame<'_>, app: &App, screen: &Communique, area: Rect) {
    if screen.matrix {
        matrix(frame, app, screen, area)
    } else {
        document(frame, app, screen, area)
    }
}

fn document(frame: &mut Frame<'_>, app: &App, screen: &Communique, area: Rect) {
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    // Built away from the draw path; until the first build arrives, say so.
    let Some(doc) = screen.document() else {
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("communique-building")), dim())),
            head,
        );
        return;
    };
    let head_text = app.say(&msg!(
        "communique-head",
        lang = screen.doc_lang.clone(),
        pending = doc.pending
    ));
    frame.render_widget(Paragraph::new(Line::styled(head_text, accent())), head);
    let mut lines: Vec<Line<'_>> = Vec::new();
    // Each paragraph's id, for the secretariat to type (`adopt G-totals`),
    // and whether the plenary has adopted it already.
    let adopted_word = app.say(&msg!("para-screen-adopted"));
    // The selected paragraph's id is shown reversed, so that it is seen
    // without colour too.
    let selected = screen.selected_paragraph();
    let id_span = |index: usize| -> Span<'static> {
        let span = match doc.id_of(index) {
            Some(id) if crate::domain::paragraphs::is_adopted(&app.state.core, id) => {
                Span::styled(format!("[{}, {adopted_word}] ", safe(id)), dim())
            }
            Some(id) => Span::styled(format!("[{}] ", safe(id)), accent()),
            None => Span::raw(""),
        };
        match doc.id_of(index) {
            Some(id) if selected.as_deref() == Some(id) => {
                let style = span.style.add_modifier(Modifier::REVERSED);
                span.style(style)
            }
            _ => span,
        }
    };
    // Where the selected paragraph's first line is, when the screen is to
    // bring it into view (after `n` or `p`).
    let follow = screen.follow.replace(false);
    let selected_block = selected
        .as_deref()
        .and_then(|id| doc.ids.iter().find(|(_, i)| i == id).map(|(b, _)| *b));
    let mut selected_line = None;
    for (index, block) in doc.blocks.iter().enumerate() {
        if Some(index) == selected_block {
            selected_line = Some(lines.len());
        }
        // The head line of the screen says draft; a page's running head is for paper.
        if matches!(block, DocBlock::Running(_)) {
            continue;
        }
        match block {
            DocBlock::Title(t) => {
                for l in t {
                    lines.push(Line::styled(safe(l), Style::default().add_modifier(Modifier::BOLD)));
                }
            }
            DocBlock::Status(s) | DocBlock::Note(s) => lines.push(Line::styled(safe(s), dim())),
            // The communique prints no proposal; marked, should one come.
            DocBlock::Changes { changes, .. } => {
                lines.push(Line::raw(safe(&crate::render::document::marked(changes))));
            }
            DocBlock::Running(_) => {}
            DocBlock::Para { number, text } => {
                let n = number.map(|n| format!("{n}. ")).unwrap_or_default();
                lines.push(Line::from(vec![Span::raw(n), id_span(index), Span::raw(safe(text))]));
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
                lines.push(Line::from(vec![
                    Span::raw(n),
                    id_span(index),
                    Span::styled(format!("[{}]", safe(marker)), Style::default().fg(Color::Red)),
                ]));
                lines.push(Line::styled(
                    format!("   {}({original_lang}) {}{}", safe(before), safe(original), safe(after)),
                    dim(),
                ));
            }
        }
        lines.push(Line::raw(""));
        // Every line takes at least one row: lines past the scroll and the
        // height of the area cannot show, and need not be made.
        if lines.len() >= usize::from(screen.doc_scroll.get()) + usize::from(body.height)
            && !(follow && selected_line.is_none())
        {
            break;
        }
    }
    if let (true, Some(line)) = (follow, selected_line) {
        // Rows as wrapped, near enough: a line takes its width over the
        // area's, at least one row.
        let width = usize::from(body.width.max(1));
        let row: usize = lines[..line].iter().map(|l| l.width().div_ceil(width).max(1)).sum();
        let (scroll, height) = (usize::from(screen.doc_scroll.get()), usize::from(body.height));
        if row < scroll || row + 2 > scroll + height {
            screen.doc_scroll.set(u16::try_from(row).unwrap_or(u16::MAX));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((screen.doc_scroll.get(), 0)),
        body,
    );
}

fn matrix(frame: &mut Frame<'_>, app: &App, screen: &Communique, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let [head, list, preview] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(6)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(
            app.say(&msg!("matrix-head", lang = screen.doc_lang.clone())),
            accent(),
        )),
        head,
    );
    let mut header = vec![
        Cell::from(app.say(&msg!("col-item"))),
        Cell::from(app.say(&msg!("col-text"))),
    ];
    header.extend(m.body.languages.iter().map(|l| Cell::from(l.code.clone())));
    let mut widths = vec![Constraint::Length(6), Constraint::Length(16)];
    widths.extend(m.body.languages.iter().map(|_| Constraint::Length(8)));
    // Each word once a frame, not once a cell: the rows in view have
    // hundreds of cells.
    let original_word = app.say(&msg!("translation-original"));
    let words: Vec<(TranslationState, String)> = [
        TranslationState::Missing,
        TranslationState::Draft,
        TranslationState::Stale,
        TranslationState::Final,
    ]
    .into_iter()
    .map(|st| (st, app.say(&Msg::new(state_word(st)))))
    .collect();
    let word = |st: TranslationState| {
        words
            .iter()
            .find(|(k, _)| *k == st)
            .map(|(_, w)| w.clone())
            .unwrap_or_default()
    };
    let rows = screen.rows(state);
    table_in_view(
        frame,
        list,
        Some(Row::new(header)),
        &widths,
        &screen.selection,
        &rows,
        |_, text| {
            let Some(row) = text.row(state) else {
                return Row::default();
            };
            let item = row.item.map(|i| m.items[i].number.to_string()).unwrap_or_default();
            let mut cells = vec![Cell::from(item), Cell::from(safe(&row.id))];
            for l in &m.body.languages {
                if l.code == m.original() {
                    cells.push(Cell::from(original_word.clone()).style(dim()));
                } else {
                    let st = row.text.state(&l.code);
                    let mut style = state_style(st);
                    if l.code == screen.doc_lang {
                        style = style.add_modifier(Modifier::BOLD);
                    }
                    cells.push(Cell::from(word(st)).style(style));
                }
            }
            Row::new(cells)
        },
    );
    if let Some(row) = screen.selected_text(state) {
        let translation = row
            .text
            .translations
            .get(&screen.doc_lang)
            .map(|t| safe(&t.text))
            .unwrap_or_default();
        let text = vec![
            Line::styled(safe(&row.text.original), Style::default()),
            Line::styled(translation, Style::default().fg(Color::Cyan)),
        ];
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), preview);
    }
}
