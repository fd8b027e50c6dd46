//! Questions on one line (a delegation, a reason, an id, a search), and the
//! choice among several delegations that fit what was typed.

use super::{Ask, EditPurpose, Editor, Layer, centered};
use crate::commands::Command;
use crate::domain::limits::check_text;
use crate::domain::lookup::{self, Found};
use crate::domain::meeting::{Category, Status as DelegationStatus};
use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::input::{LineInput, edit_line, one_line};
use crate::tui::views::{dim, safe, selected};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph};

#[derive(Debug, PartialEq)]
pub struct Question {
    pub ask: Ask,
    pub input: LineInput,
}

/// A delegation chosen among several matches, to answer a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub ask: Ask,
    pub typed: String,
    /// Delegation indexes, best first.
    pub options: Vec<usize>,
    pub sel: usize,
}

impl Question {
    pub fn new(ask: Ask, text: &str) -> Question {
        Question {
            ask,
            input: LineInput::new(text),
        }
    }
}

impl Component for Question {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match key.code {
            KeyCode::Esc => {
                if self.ask == Ask::Filter {
                    app.screens.roll_call.set_filter("");
                }
                Handled::Close
            }
            KeyCode::Enter => {
                let typed = self.input.text.trim().to_string();
                if let Err(m) = check_text(&typed) {
                    app.error(m);
                    return Handled::Consumed;
                }
                if self.ask.wants_delegation() {
                    // The question stays until a delegation that may act is found.
                    return answer_delegation(app, &self.ask, &typed);
                }
                answer(app, self.ask.clone(), typed);
                Handled::Close
            }
            _ => {
                edit_line(&mut self.input, key);
                if self.ask == Ask::Filter {
                    app.screens.roll_call.set_filter(&self.input.text);
                }
                Handled::Consumed
            }
        }
    }

    fn on_paste(&mut self, app: &mut App, text: &str) -> Handled {
        self.input.insert_str(&one_line(text));
        if self.ask == Ask::Filter {
            app.screens.roll_call.set_filter(&self.input.text);
        }
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        question(frame, app, area, &self.ask, &self.input)
    }
}

impl Component for Choice {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match key.code {
            KeyCode::Esc => return Handled::Close,
            KeyCode::Up | KeyCode::Char('k') => self.sel = self.sel.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.sel = (self.sel + 1).min(self.options.len().saturating_sub(1)),
            KeyCode::Enter => {
                if let Some(&index) = self.options.get(self.sel) {
                    // The question under the choice is answered with it,
                    // unless the delegation cannot act so.
                    let under = matches!(app.layers.last(), Some(Layer::Ask(_)));
                    let question = if under { app.layers.pop() } else { None };
                    if !chosen(app, &self.ask, index)
                        && let Some(q) = question
                    {
                        app.layers.push(q);
                    }
                }
                return Handled::Close;
            }
            _ => return Handled::Ignored,
        }
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        choose(frame, app, area, self)
    }
}

/// A delegation typed in answer to a question: one, or a choice among
/// several, or a word that none fits.
fn answer_delegation(app: &mut App, ask: &Ask, typed: &str) -> Handled {
    if typed.is_empty() {
        return Handled::Close;
    }
    match lookup::delegation(&app.state.meeting, typed) {
        Found::One(index) => {
            if chosen(app, ask, index) {
                Handled::Close
            } else {
                Handled::Consumed
            }
        }
        Found::Many(options) => {
            app.layers.push(Layer::Choose(Choice {
                ask: ask.clone(),
                typed: typed.to_string(),
                options,
                sel: 0,
            }));
            Handled::Consumed
        }
        Found::None => {
            app.error(msg!("status-no-delegation", typed = typed));
            Handled::Consumed
        }
    }
}

/// A delegation found for a question: checked for what the question asks
/// before anything more is typed. `false` if it cannot act so (the question stays).
fn chosen(app: &mut App, ask: &Ask, index: usize) -> bool {
    let id = app.state.meeting.delegations[index].id.clone();
    let d = &app.state.core.delegations[index];
    let may_object = d.category == Category::Participant && d.status == DelegationStatus::Active;
    let (category, status, present) = (d.category, d.status, d.present == Some(true));
    if let Ask::ObjectBy { .. } = ask
        && !may_object
    {
        // An observer's objection is refused now, not after its reason is typed.
        if category != Category::Participant {
            app.error(msg!("err-not-participant", id = id, category = category.as_str()));
        } else {
            app.error(msg!("err-participant-suspended", id = id, status = status.as_str()));
        }
        return false;
    }
    match ask.clone() {
        Ask::Speaker if !present => {
            let name = app.name(index).to_string();
            app.confirm(msg!("confirm-speaker-absent", name = name), Command::SpeakerAdd { id });
        }
        Ask::Speaker => app.send(Command::SpeakerAdd { id }),
        Ask::ObjectBy { decision } => app
            .layers
            .push(Layer::Ask(Question::new(Ask::ObjectReason { decision, by: id }, ""))),
        Ask::ReserveBy { decision } => app
            .layers
            .push(Layer::Ask(Question::new(Ask::ReserveText { decision, by: id }, ""))),
        // These questions do not name a delegation: no lookup leads here.
        Ask::ObjectReason { .. } | Ask::ReserveText { .. } | Ask::NewDecisionId { .. } | Ask::Filter => {}
    }
    true
}

/// The answer to a question that is not a delegation.
fn answer(app: &mut App, ask: Ask, answer: String) {
    if answer.is_empty() && ask != Ask::Filter {
        return;
    }
    match ask {
        Ask::Filter => {
            app.screens.roll_call.set_filter(&answer);
        }
        Ask::ObjectReason { decision, by } => app.send(Command::Object {
            decision,
            by,
            reason: answer,
        }),
        Ask::ReserveText { decision, by } => app.send(Command::Reserve {
            decision,
            by,
            statement: answer,
        }),
        Ask::NewDecisionId { item } => {
            if app.state.core.decision(&answer).is_some() {
                app.error(msg!("err-decision-exists", id = answer));
                return;
            }
            if !crate::domain::ids::is_decision_id(&answer) {
                app.error(msg!("err-bad-decision-id", id = answer));
                return;
            }
            let purpose = EditPurpose::Draft { item, decision: answer };
            app.layers.push(Layer::Editor(Box::new(Editor::new(purpose, ""))));
        }
        Ask::Speaker | Ask::ObjectBy { .. } | Ask::ReserveBy { .. } => {}
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
