//! Decisions of the open item (all when none is open): outcome, what Rule 26
//! still needs, the text, translation states and reservations.

use super::{accent, dim, safe, table_in_view};
use crate::domain::Msg;
use crate::domain::state::{Outcome, Text, TranslationState};
use crate::msg;
use crate::tui::app::App;
use crate::tui::screens::Decisions;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};

pub fn outcome_word(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Drafted => "outcome-drafted",
        Outcome::Adopted { .. } => "outcome-adopted",
        Outcome::NotAdopted { .. } => "outcome-not-adopted",
        Outcome::Deferred { .. } => "outcome-deferred",
    }
}

pub fn state_word(state: TranslationState) -> &'static str {
    match state {
        TranslationState::Missing => "translation-missing",
        TranslationState::Draft => "translation-draft",
        TranslationState::Stale => "translation-stale",
        TranslationState::Final => "translation-final",
    }
}

pub fn state_style(state: TranslationState) -> Style {
    match state {
        TranslationState::Missing => Style::default().fg(Color::Red),
        TranslationState::Draft => Style::default().fg(Color::Yellow),
        TranslationState::Stale => Style::default().fg(Color::Magenta),
        TranslationState::Final => Style::default().fg(Color::Green),
    }
}

/// "en fr ✓ pt draft …": the state of a text in every official language.
pub fn language_states<'a>(app: &App, text: &Text) -> Vec<Span<'a>> {
    let m = &app.state.meeting;
    let mut spans = Vec::new();
    for l in &m.body.languages {
        if l.code == m.original() {
            spans.push(Span::styled(
                format!("{} {}  ", l.code, app.say(&msg!("translation-original"))),
                dim(),
            ));
            continue;
        }
        let st = text.state(&l.code);
        spans.push(Span::styled(
            format!("{} {}  ", l.code, app.say(&Msg::new(state_word(st)))),
            state_style(st),
        ));
    }
    spans
}

pub fn draw(frame: &mut Frame<'_>, app: &App, screen: &Decisions, area: Rect) {
    let state = &app.state;
    let m = &state.meeting;
    let (lang, original) = (app.words.lang(), m.original());
    let rows = screen.rows(state);
    // The header and at most eight decisions; the detail of the selected one below.
    let [head, list, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length((rows.len() as u16).clamp(1, 8) + 1),
        Constraint::Min(0),
    ])
    .areas(area);
    let title = match state.core.open_item {
        Some(i) => app.say(&msg!(
            "decisions-of-item",
            number = m.items[i].number.to_string(),
            title = safe(m.items[i].title.get_or(lang, original))
        )),
        None => app.say(&msg!("decisions-all")),
    };
    frame.render_widget(Paragraph::new(Line::styled(title, accent())), head);
    let header = Row::new([
        Cell::from(app.say(&msg!("col-decision"))),
        Cell::from(app.say(&msg!("col-outcome"))),
        Cell::from(app.say(&msg!("col-rule"))),
    ]);
    let widths = [Constraint::Length(22), Constraint::Length(14), Constraint::Min(10)];
    if rows.is_empty() {
        let [_, none] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(list);
        frame.render_widget(
            Table::new(Vec::<Row<'_>>::new(), widths).header(header.style(dim())),
            list,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(app.say(&msg!("decisions-none")), dim())),
            none,
        );
        return;
    }
    let languages = m.body.languages.iter().map(|l| l.code.as_str());
    table_in_view(
        frame,
        list,
        Some(header),
        &widths,
        &screen.selection,
        &rows,
        |_, row| {
            let d = &state.core.decisions[row.at];
            let pending = d.text.pending(languages.clone());
            let rule = match (&d.outcome, pending.is_empty()) {
                (Outcome::Adopted { .. }, true) => app.say(&msg!("rule-formally-adopted")),
                (_, true) => app.say(&msg!("rule-all-languages")),
                (_, false) => app.say(&msg!("rule-pending", languages = pending.join(", "))),
            };
            Row::new([
                Cell::from(safe(&d.id)),
                Cell::from(app.say(&Msg::new(outcome_word(&d.outcome)))),
                Cell::from(rule),
            ])
        },
    );

    let Some(selected) = screen.selection.selected(&rows) else {
        return;
    };
    let i = selected.at;
    let d = &state.core.decisions[i];
    let mut text = vec![Line::from(language_states(app, &d.text))];
    let outcome = match &d.outcome {
        Outcome::Adopted { at } => app.say(&msg!(
            "detail-adopted",
            time = crate::tui::clock::date_time(app.words.lang(), at)
        )),
        Outcome::NotAdopted { .. } => {
            let (by, reason) = d
                .standing_objections()
                .next()
                .map(|o| (o.by.as_str(), o.reason.original.as_str()))
                .unwrap_or_default();
            app.say(&msg!(
                "detail-not-adopted",
                delegation = safe(by),
                reason = safe(reason)
            ))
        }
        Outcome::Deferred { .. } => app.say(&msg!("outcome-deferred")),
        Outcome::Drafted => app.say(&msg!("outcome-drafted")),
    };
    text.push(Line::styled(outcome, Style::default().fg(Color::Cyan)));
    text.push(Line::raw(""));
    for line in d.text.original.lines() {
        text.push(Line::raw(safe(line)));
    }
    text.extend(proposal_lines(app, &d.id, &d.text));
    for r in &d.reservations {
        text.push(Line::styled(
            app.say(&msg!(
                "detail-reservation",
                delegation = safe(&r.by),
                text = safe(&r.text.original)
            )),
            Style::default().fg(Color::Yellow),
        ));
    }
    let block = Block::default().borders(Borders::TOP).title(safe(&d.id));
    frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: false }), detail);
}

/// The open proposals on a text, each as its heading and its tracked
/// changes: deletions red and struck through, insertions green and
/// underlined, each also between CriticMarkup's marks (`{--…--}`,
/// `{++…++}`), so that they read without colour (NO_COLOR, a monochrome
/// terminal) as in the plain-text documents.
fn proposal_lines<'a>(app: &App, id: &str, text: &Text) -> Vec<Line<'a>> {
    use crate::domain::changes::{Change, changes};
    use ratatui::style::Modifier;
    let mut lines = Vec::new();
    for p in app.state.core.proposals_on(id).filter(|p| p.is_open()) {
        let supporters = if p.supporters.is_empty() {
            "none".to_string()
        } else {
            p.supporters.join(", ")
        };
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            app.say(&msg!(
                "detail-proposal",
                id = p.id.clone(),
                by = safe(&p.by),
                supporters = safe(&supporters),
                base = p.base,
                stale = if p.base == text.version { "no" } else { "yes" },
                version = text.version
            )),
            accent(),
        ));
        let base = text.version_text(p.base).map_or("", |(t, _)| t);
        let spans: Vec<Span<'a>> = changes(base, &p.text)
            .into_iter()
            .map(|c| match c {
                Change::Same(s) => Span::raw(safe(&s)),
                Change::Deleted(s) => Span::styled(
                    format!("{{--{}--}}", safe(&s)),
                    Style::default().fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
                ),
                Change::Inserted(s) => Span::styled(
                    format!("{{++{}++}}", safe(&s)),
                    Style::default().fg(Color::Green).add_modifier(Modifier::UNDERLINED),
                ),
            })
            .collect();
        lines.push(Line::from(spans));
    }
    lines
}
