//! The TUI's own state (which screen, what is selected, what stands over it)
//! beside a snapshot of the meeting's state, and how keys change it. Keys that
//! change the record become commands for the store thread.

use super::action::Action;
use super::complete;
use super::input::LineInput;
use super::keymap::{self, Scope};
use super::layers::{Ask, EditPurpose, Editor, Layer};
use crate::commands::{Command, Who, parse_line};
use crate::domain::ids::ItemNumber;
use crate::domain::meeting::Category;
use crate::domain::state::{Outcome, Text};
use crate::domain::{Msg, State};
use crate::i18n::{LANGUAGES, Localizer};
use crate::msg;
use crate::render::communique;
use crate::render::document::Document;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::cell::RefCell;
use std::sync::Arc;

pub const TABS: [(&str, Scope); 5] = [
    ("tab-agenda", Scope::Agenda),
    ("tab-roll-call", Scope::RollCall),
    ("tab-floor", Scope::Floor),
    ("tab-decisions", Scope::Decisions),
    ("tab-communique", Scope::Communique),
];

/// What the main loop must do for the app.
#[derive(Debug, PartialEq)]
pub enum Effect {
    Send(Command),
    Quit,
    /// Edit a text in `$EDITOR`, then run the command the purpose calls for.
    External {
        purpose: EditPurpose,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// A text that can be translated: a decision, a paragraph or an action.
pub struct Row<'a> {
    pub id: String,
    pub item: Option<usize>,
    pub text: &'a Text,
}

/// A communique built for a state (compared by pointer) and a language.
type DocCache = (Arc<State>, String, Arc<Document>);

pub struct App {
    pub state: Arc<State>,
    pub words: Localizer,
    pub author: String,
    pub tab: usize,
    pub agenda_sel: usize,
    pub roll_sel: usize,
    pub filter: String,
    pub floor_sel: usize,
    pub decision_sel: usize,
    pub doc_lang: String,
    pub matrix: bool,
    pub matrix_sel: usize,
    pub doc_scroll: u16,
    pub layers: Vec<Layer>,
    pub status: Option<Status>,
    /// The last command that is durable, for the undo hint.
    pub last_saved: Option<String>,
    pub in_flight: usize,
    pub history: Vec<String>,
    /// The time the views show; set by the main loop, never read from the clock in a view.
    pub now: chrono::DateTime<chrono::FixedOffset>,
    /// The communique last built, for the state and language it was built from.
    doc_cache: RefCell<Option<DocCache>>,
}

impl App {
    pub fn new(state: Arc<State>, words: Localizer, author: String, now: chrono::DateTime<chrono::FixedOffset>) -> App {
        let doc_lang = if state.meeting.body.has_language(words.lang()) {
            words.lang().to_string()
        } else {
            state.meeting.original().to_string()
        };
        let agenda_sel = state.core.open_item.unwrap_or(0);
        App {
            state,
            words,
            author,
            tab: 0,
            agenda_sel,
            roll_sel: 0,
            filter: String::new(),
            floor_sel: 0,
            decision_sel: 0,
            doc_lang,
            matrix: false,
            matrix_sel: 0,
            doc_scroll: 0,
            layers: Vec::new(),
            status: None,
            last_saved: None,
            in_flight: 0,
            history: Vec::new(),
            now,
            doc_cache: RefCell::new(None),
        }
    }

    pub fn scope(&self) -> Scope {
        TABS[self.tab].1
    }

    pub fn say(&self, msg: &Msg) -> String {
        self.words.format(msg)
    }

    fn info(&mut self, msg: Msg) {
        self.status = Some(Status {
            text: self.say(&msg),
            error: false,
        });
    }

    fn error(&mut self, msg: Msg) {
        self.status = Some(Status {
            text: self.say(&msg),
            error: true,
        });
    }

    /// Name of a delegation in the UI language (the original where the body file has none).
    pub fn name(&self, index: usize) -> &str {
        let original = self.state.meeting.original();
        self.state.meeting.delegations[index]
            .name
            .get_or(self.words.lang(), original)
    }

    /// Delegations on the roll-call screen: by category, then name; filtered.
    pub fn roll_rows(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..self.state.meeting.delegations.len())
            .filter(|&i| self.matches(i, &self.filter))
            .collect();
        rows.sort_by(|&a, &b| (self.state.category(a), self.name(a)).cmp(&(self.state.category(b), self.name(b))));
        rows
    }

    /// Whether a delegation matches what was typed: its id, or the start of a word of its name.
    pub fn matches(&self, index: usize, query: &str) -> bool {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return true;
        }
        let d = &self.state.meeting.delegations[index];
        d.id.to_lowercase().starts_with(&q)
            || d.name.0.values().any(|n| {
                n.to_lowercase().starts_with(&q) || n.to_lowercase().split([' ', '-', '\'']).any(|w| w.starts_with(&q))
            })
    }

    /// The decisions shown: those of the open item, else all.
    pub fn decision_rows(&self) -> Vec<usize> {
        let core = &self.state.core;
        let rows: Vec<usize> = match core.open_item {
            Some(item) => (0..core.decisions.len())
                .filter(|&i| core.decisions[i].item == item)
                .collect(),
            None => (0..core.decisions.len()).collect(),
        };
        rows
    }

    /// Every translatable text in agenda order: paragraphs, decisions, actions.
    pub fn matrix_rows(&self) -> Vec<Row<'_>> {
        let core = &self.state.core;
        // One pass over each list into a bucket per item (paragraphs, then
        // decisions, then actions in each), not one pass per item: the large
        // session has 500 items and thousands of texts.
        let items = self.state.meeting.items.len();
        let mut by_item: Vec<Vec<Row<'_>>> = (0..items).map(|_| Vec::new()).collect();
        for (i, p) in core.paragraphs.iter().enumerate() {
            if let Some(bucket) = by_item.get_mut(p.item) {
                bucket.push(Row {
                    id: format!("P{}", i + 1),
                    item: Some(p.item),
                    text: &p.text,
                });
            }
        }
        for d in core.decisions.iter() {
            if let Some(bucket) = by_item.get_mut(d.item) {
                bucket.push(Row {
                    id: d.id.clone(),
                    item: Some(d.item),
                    text: &d.text,
                });
            }
        }
        let mut loose = Vec::new();
        for (i, a) in core.actions.iter().enumerate() {
            let row = Row {
                id: format!("A{}", i + 1),
                item: a.item,
                text: &a.text,
            };
            match a.item {
                Some(index) => {
                    if let Some(bucket) = by_item.get_mut(index) {
                        bucket.push(row);
                    }
                }
                None => loose.push(row),
            }
        }
        let mut rows: Vec<Row<'_>> = by_item.into_iter().flatten().collect();
        rows.extend(loose);
        rows
    }

    /// The communique in the language shown, built once for each state and
    /// language rather than at every frame.
    pub fn communique(&self) -> Arc<Document> {
        let mut cache = self.doc_cache.borrow_mut();
        if let Some((state, lang, doc)) = cache.as_ref()
            && Arc::ptr_eq(state, &self.state)
            && *lang == self.doc_lang
        {
            return doc.clone();
        }
        let doc = Arc::new(communique::build(&self.state, &self.doc_lang));
        *cache = Some((self.state.clone(), self.doc_lang.clone(), doc.clone()));
        doc
    }

    fn selected_decision(&self) -> Option<String> {
        let rows = self.decision_rows();
        rows.get(self.decision_sel.min(rows.len().saturating_sub(1)))
            .map(|&i| self.state.core.decisions[i].id.clone())
    }

    /// A new state from the store thread. Selections stay within their lists.
    pub fn set_state(&mut self, state: Arc<State>) {
        self.state = state;
        let clamp = |sel: &mut usize, len: usize| *sel = (*sel).min(len.saturating_sub(1));
        let (roll, decisions, matrix) = (
            self.roll_rows().len(),
            self.decision_rows().len(),
            self.matrix_rows().len(),
        );
        clamp(&mut self.agenda_sel, self.state.meeting.items.len());
        clamp(&mut self.roll_sel, roll);
        clamp(&mut self.decision_sel, decisions);
        clamp(&mut self.matrix_sel, matrix);
        let queue = self
            .state
            .core
            .open_item
            .map(|i| self.state.core.items[i].queue.len())
            .unwrap_or(0);
        clamp(&mut self.floor_sel, queue);
    }

    /// A command's outcome from the store thread.
    pub fn done(&mut self, result: Result<String, Msg>) {
        self.in_flight = self.in_flight.saturating_sub(1);
        match result {
            Ok(command) => {
                // A new decision is the one to act on next.
                if let Ok(Some(Command::Draft { decision, .. } | Command::Recommend { decision, .. })) =
                    parse_line(&command)
                    && let Some(row) = self
                        .decision_rows()
                        .iter()
                        .position(|&i| self.state.core.decisions[i].id == decision)
                {
                    self.decision_sel = row;
                }
                self.status = Some(Status {
                    text: self.say(&msg!("status-saved-command", command = command.clone())),
                    error: false,
                });
                self.last_saved = Some(command);
            }
            Err(m) => self.error(m),
        }
    }

    /// Puts a command that was not saved back at the prompt, to send again
    /// once the record can be reached (the error stays on the status line).
    pub fn offer_again(&mut self, line: &str) {
        if matches!(self.layers.last(), Some(Layer::Prompt { .. })) {
            return;
        }
        let mut input = LineInput::default();
        input.set(line);
        self.layers.push(Layer::Prompt {
            input,
            history: None,
            completions: vec![],
            choice: 0,
        });
    }

    fn send(&mut self, command: Command) -> Vec<Effect> {
        self.in_flight += 1;
        vec![Effect::Send(command)]
    }

    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if key.kind != KeyEventKind::Press {
            return vec![];
        }
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) && self.layers.is_empty() {
            return vec![Effect::Quit];
        }
        if !self.layers.is_empty() {
            return self.on_layer_key(key);
        }
        match keymap::lookup(self.scope(), &key) {
            Some(action) => self.on_action(action),
            None => vec![],
        }
    }

    fn move_sel(&mut self, delta: isize) {
        let (sel, len) = match self.scope() {
            Scope::Agenda => (&mut self.agenda_sel, self.state.meeting.items.len()),
            Scope::RollCall => {
                let len = self.roll_rows().len();
                (&mut self.roll_sel, len)
            }
            Scope::Floor => {
                let len = self
                    .state
                    .core
                    .open_item
                    .map(|i| self.state.core.items[i].queue.len())
                    .unwrap_or(0);
                (&mut self.floor_sel, len)
            }
            Scope::Decisions => {
                let len = self.decision_rows().len();
                (&mut self.decision_sel, len)
            }
            Scope::Communique if self.matrix => {
                let len = self.matrix_rows().len();
                (&mut self.matrix_sel, len)
            }
            Scope::Communique | Scope::Global => {
                self.doc_scroll = (self.doc_scroll as isize + delta).max(0) as u16;
                return;
            }
        };
        if len == 0 {
            *sel = 0;
            return;
        }
        *sel = (*sel as isize + delta).clamp(0, len as isize - 1) as usize;
    }

    pub fn on_action(&mut self, action: Action) -> Vec<Effect> {
        let items = &self.state.meeting.items;
        match action {
            Action::Quit => return vec![Effect::Quit],
            Action::Help => self.layers.push(Layer::Help { scroll: 0 }),
            Action::Prompt => self.layers.push(Layer::Prompt {
                input: LineInput::default(),
                history: None,
                completions: vec![],
                choice: 0,
            }),
            Action::Undo => return self.send(Command::Undo),
            Action::NextTab => self.tab = (self.tab + 1) % TABS.len(),
            Action::PrevTab => self.tab = (self.tab + TABS.len() - 1) % TABS.len(),
            Action::Tab(n) => self.tab = n.min(TABS.len() - 1),
            Action::Up => self.move_sel(-1),
            Action::Down => self.move_sel(1),
            Action::PageUp => self.move_sel(-10),
            Action::PageDown => self.move_sel(10),
            Action::CycleUiLanguage => {
                let next = LANGUAGES
                    .iter()
                    .position(|l| *l == self.words.lang())
                    .map(|i| (i + 1) % LANGUAGES.len())
                    .unwrap_or(0);
                self.words = Localizer::new(LANGUAGES[next]);
            }
            Action::OpenItem | Action::CloseItem | Action::DeferItem => {
                let Some(item) = items.get(self.agenda_sel) else {
                    return vec![];
                };
                let item = item.number.clone();
                return self.send(match action {
                    Action::OpenItem => Command::Open { item },
                    Action::CloseItem => Command::Close { item },
                    _ => Command::DeferItem { item },
                });
            }
            Action::TogglePresent => {
                let rows = self.roll_rows();
                let Some(&index) = rows.get(self.roll_sel) else {
                    return vec![];
                };
                let id = self.state.meeting.delegations[index].id.clone();
                let present = self.state.core.delegations[index].present == Some(true);
                let who = vec![Who::Id(id)];
                return self.send(if present {
                    Command::Absent { who }
                } else {
                    Command::Present { who }
                });
            }
            Action::Filter => self.layers.push(Layer::Ask {
                ask: Ask::Filter,
                input: LineInput::new(&self.filter),
            }),
            Action::AllParticipantsPresent => {
                return self.send(Command::Present {
                    who: vec![Who::Participants],
                });
            }
            Action::AllObserversPresent => {
                return self.send(Command::Present {
                    who: vec![Who::Observers],
                });
            }
            Action::AllApplicantsPresent => {
                return self.send(Command::Present {
                    who: vec![Who::Applicants],
                });
            }
            Action::SpeakerAdd => {
                if self.state.core.open_item.is_none() {
                    self.error(msg!("err-no-open-item"));
                } else {
                    self.layers.push(Layer::Ask {
                        ask: Ask::Speaker,
                        input: LineInput::default(),
                    });
                }
            }
            Action::SpeakerNext => return self.send(Command::SpeakerNext),
            Action::SpeakerRemove => {
                let Some(open) = self.state.core.open_item else {
                    self.error(msg!("err-no-open-item"));
                    return vec![];
                };
                let Some(id) = self.state.core.items[open].queue.get(self.floor_sel).cloned() else {
                    return vec![];
                };
                return self.send(Command::SpeakerRemove { id });
            }
            Action::NewDecision => {
                let Some(open) = self.state.core.open_item else {
                    self.error(msg!("err-no-open-item"));
                    return vec![];
                };
                let item = items[open].number.to_string();
                let suggestion = self.next_decision_id();
                self.layers.push(Layer::Ask {
                    ask: Ask::NewDecisionId { item },
                    input: LineInput::new(&suggestion),
                });
            }
            Action::EditDecision | Action::EditExternal => {
                let Some(id) = self.selected_decision() else {
                    return vec![];
                };
                let d = self.state.core.decision(&id).expect("selected decision exists");
                if matches!(d.outcome, Outcome::Adopted { .. }) {
                    self.error(msg!("err-amend-adopted", id = id));
                    return vec![];
                }
                let purpose = EditPurpose::Amend {
                    target: id,
                    version: d.text.version,
                };
                if action == Action::EditExternal {
                    return vec![Effect::External {
                        purpose,
                        text: d.text.original.clone(),
                    }];
                }
                self.layers
                    .push(Layer::Editor(Box::new(Editor::new(purpose, &d.text.original))));
            }
            Action::Adopt => {
                if let Some(decision) = self.selected_decision() {
                    return self.send(Command::Adopt { decision });
                }
            }
            Action::Object => {
                if let Some(decision) = self.selected_decision() {
                    self.layers.push(Layer::Ask {
                        ask: Ask::ObjectBy { decision },
                        input: LineInput::default(),
                    });
                }
            }
            Action::Reserve => {
                if let Some(decision) = self.selected_decision() {
                    self.layers.push(Layer::Ask {
                        ask: Ask::ReserveBy { decision },
                        input: LineInput::default(),
                    });
                }
            }
            Action::DeferDecision => {
                if let Some(decision) = self.selected_decision() {
                    return self.send(Command::DeferDecision { decision });
                }
            }
            Action::CycleDocLanguage => {
                let langs = &self.state.meeting.body.languages;
                let next = langs
                    .iter()
                    .position(|l| l.code == self.doc_lang)
                    .map(|i| (i + 1) % langs.len())
                    .unwrap_or(0);
                self.doc_lang = langs[next].code.clone();
            }
            Action::ToggleMatrix => self.matrix = !self.matrix,
            Action::Translate => return self.start_translation(),
        }
        vec![]
    }

    fn start_translation(&mut self) -> Vec<Effect> {
        if self.doc_lang == self.state.meeting.original() {
            self.error(msg!("status-choose-language"));
            return vec![];
        }
        self.matrix = true;
        let rows = self.matrix_rows();
        let Some(row) = rows.get(self.matrix_sel) else {
            return vec![];
        };
        let current = row
            .text
            .translations
            .get(&self.doc_lang)
            .map(|t| t.text.clone())
            .unwrap_or_default();
        let purpose = EditPurpose::Translate {
            target: row.id.clone(),
            lang: self.doc_lang.clone(),
            version: row.text.version,
            original: row.text.original.clone(),
        };
        self.layers
            .push(Layer::Editor(Box::new(Editor::new(purpose, &current))));
        vec![]
    }

    /// The next id in the style of the meeting's last decision: KP/2009/IS/6 → KP/2009/IS/7.
    fn next_decision_id(&self) -> String {
        let Some(last) = self.state.core.decisions.last() else {
            return String::new();
        };
        let digits = last.id.chars().rev().take_while(char::is_ascii_digit).count();
        let (stem, number) = last.id.split_at(last.id.len() - digits);
        let mut n: u64 = number.parse().unwrap_or(0) + 1;
        while self.state.core.decision(&format!("{stem}{n}")).is_some() {
            n += 1;
        }
        format!("{stem}{n}")
    }

    fn on_layer_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(layer) = self.layers.last_mut() else {
            return vec![];
        };
        match layer {
            Layer::Help { scroll } => match key.code {
                KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
                KeyCode::Down | KeyCode::Char('j') => *scroll += 1,
                KeyCode::PageDown => *scroll += 10,
                KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
                _ => {
                    self.layers.pop();
                }
            },
            Layer::Prompt { .. } => return self.on_prompt_key(key),
            Layer::Ask { .. } => return self.on_ask_key(key),
            Layer::Editor(_) => return self.on_editor_key(key),
            Layer::Confirm { command, .. } => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => {
                    let command = command.clone();
                    self.layers.pop();
                    if matches!(self.layers.last(), Some(Layer::Editor(_))) {
                        self.layers.pop();
                    }
                    return self.send(command);
                }
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => {
                    self.layers.pop();
                }
                _ => {}
            },
        }
        vec![]
    }

    fn on_prompt_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let state = self.state.clone();
        let history_len = self.history.len();
        let Some(Layer::Prompt {
            input,
            history,
            completions,
            choice,
        }) = self.layers.last_mut()
        else {
            return vec![];
        };
        if key.code != KeyCode::Tab {
            completions.clear();
        }
        match key.code {
            KeyCode::Esc => {
                self.layers.pop();
            }
            KeyCode::Enter => {
                let line = input.text.clone();
                match parse_line(&line) {
                    Ok(None) => {
                        self.layers.pop();
                    }
                    Ok(Some(command)) => {
                        self.layers.pop();
                        self.history.push(line);
                        return self.send(command);
                    }
                    Err(e) => {
                        let message = self.say(&e.msg);
                        self.status = Some(Status {
                            text: self.say(&msg!("status-prompt-error", column = e.column, message = message)),
                            error: true,
                        });
                    }
                }
            }
            KeyCode::Tab => {
                let (start, word) = input.current_word();
                if completions.is_empty() {
                    let first = input.text.chars().take(start).all(char::is_whitespace);
                    *completions = complete::candidates(&state, first, &word);
                    *choice = 0;
                } else {
                    *choice = (*choice + 1) % completions.len();
                }
                if let Some(c) = completions.get(*choice) {
                    input.replace_word(start, c);
                }
            }
            KeyCode::Up if history_len > 0 => {
                let i = history.map(|h| h.saturating_sub(1)).unwrap_or(history_len - 1);
                *history = Some(i);
                input.set(&self.history[i]);
            }
            KeyCode::Down => {
                if let Some(h) = *history {
                    if h + 1 < history_len {
                        *history = Some(h + 1);
                        input.set(&self.history[h + 1]);
                    } else {
                        *history = None;
                        input.set("");
                    }
                }
            }
            _ => edit_line(input, key),
        }
        vec![]
    }

    fn on_ask_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(Layer::Ask { ask, input }) = self.layers.last_mut() else {
            return vec![];
        };
        match key.code {
            KeyCode::Esc => {
                if *ask == Ask::Filter {
                    self.filter.clear();
                }
                self.layers.pop();
            }
            KeyCode::Enter => {
                let (ask, answer) = (ask.clone(), input.text.trim().to_string());
                self.layers.pop();
                return self.answer(ask, answer);
            }
            _ => {
                edit_line(input, key);
                if *ask == Ask::Filter {
                    self.filter = input.text.clone();
                    self.roll_sel = 0;
                }
            }
        }
        vec![]
    }

    /// A delegation from what was typed: an id, or a part of a name that only one matches.
    fn resolve(&mut self, typed: &str) -> Option<String> {
        if let Some(d) = self.state.meeting.delegation(typed) {
            return Some(d.id.clone());
        }
        // Names that start with what was typed come before names with a later
        // word that does ("nam": Namibia before Viet Nam).
        let q = typed.to_lowercase();
        let all: Vec<usize> = (0..self.state.meeting.delegations.len())
            .filter(|&i| self.matches(i, typed))
            .collect();
        let starts: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| {
                self.state.meeting.delegations[i]
                    .name
                    .0
                    .values()
                    .any(|n| n.to_lowercase().starts_with(&q))
            })
            .collect();
        let found = if starts.is_empty() { all } else { starts };
        match found.as_slice() {
            [one] => Some(self.state.meeting.delegations[*one].id.clone()),
            [] => {
                self.error(msg!("err-unknown-delegation", id = typed, suggestions = "none"));
                None
            }
            many => {
                let names: Vec<String> = many
                    .iter()
                    .take(5)
                    .map(|&i| format!("{} ({})", self.state.meeting.delegations[i].id, self.name(i)))
                    .collect();
                self.error(msg!("status-ambiguous", typed = typed, names = names.join(", ")));
                None
            }
        }
    }

    fn answer(&mut self, ask: Ask, answer: String) -> Vec<Effect> {
        if answer.is_empty() && ask != Ask::Filter {
            return vec![];
        }
        match ask {
            Ask::Filter => {
                self.filter = answer;
                self.roll_sel = 0;
            }
            Ask::Speaker => {
                if let Some(id) = self.resolve(&answer) {
                    return self.send(Command::SpeakerAdd { id });
                }
            }
            Ask::ObjectBy { decision } => {
                if let Some(by) = self.resolve(&answer) {
                    self.layers.push(Layer::Ask {
                        ask: Ask::ObjectReason { decision, by },
                        input: LineInput::default(),
                    });
                }
            }
            Ask::ObjectReason { decision, by } => {
                return self.send(Command::Object {
                    decision,
                    by,
                    reason: answer,
                });
            }
            Ask::ReserveBy { decision } => {
                if let Some(by) = self.resolve(&answer) {
                    self.layers.push(Layer::Ask {
                        ask: Ask::ReserveText { decision, by },
                        input: LineInput::default(),
                    });
                }
            }
            Ask::ReserveText { decision, by } => {
                return self.send(Command::Reserve {
                    decision,
                    by,
                    statement: answer,
                });
            }
            Ask::NewDecisionId { item } => {
                if !crate::domain::ids::is_decision_id(&answer) || self.state.core.decision(&answer).is_some() {
                    self.error(if self.state.core.decision(&answer).is_some() {
                        msg!("err-decision-exists", id = answer)
                    } else {
                        msg!("err-bad-decision-id", id = answer)
                    });
                    return vec![];
                }
                let purpose = EditPurpose::Draft { item, decision: answer };
                self.layers.push(Layer::Editor(Box::new(Editor::new(purpose, ""))));
            }
        }
        vec![]
    }

    fn on_editor_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let Some(Layer::Editor(editor)) = self.layers.last_mut() else {
            return vec![];
        };
        match key.code {
            KeyCode::Esc => {
                self.layers.pop();
                self.info(msg!("status-edit-cancelled"));
            }
            KeyCode::Char('s') | KeyCode::Char('d') if ctrl => {
                let draft = key.code == KeyCode::Char('d');
                let (purpose, text) = (editor.purpose.clone(), editor.text());
                if text.is_empty() {
                    self.error(msg!("err-empty-text"));
                    return vec![];
                }
                return self.save(purpose, text, draft);
            }
            _ => {
                editor.area.input(key);
            }
        }
        vec![]
    }

    /// Sends the command an edit calls for; if another terminal changed the
    /// same text meanwhile, asks first.
    pub fn save(&mut self, purpose: EditPurpose, text: String, draft: bool) -> Vec<Effect> {
        let (command, version) = match &purpose {
            EditPurpose::Draft { item, decision } => {
                let item = ItemNumber::parse(item).expect("an item number");
                (
                    Command::Draft {
                        item,
                        decision: decision.clone(),
                        text,
                    },
                    None,
                )
            }
            EditPurpose::Amend { target, version } => (
                Command::Amend {
                    target: target.clone(),
                    text,
                },
                Some((target.clone(), *version)),
            ),
            EditPurpose::Translate {
                target, lang, version, ..
            } => (
                Command::Translate {
                    target: target.clone(),
                    lang: lang.clone(),
                    draft,
                    text,
                },
                Some((target.clone(), *version)),
            ),
        };
        if let Some((target, version)) = version
            && let Some(now) = self
                .matrix_rows()
                .iter()
                .find(|r| r.id.eq_ignore_ascii_case(&target))
                .map(|r| r.text.version)
            && now != version
        {
            let message = self.say(&msg!("confirm-changed-meanwhile", id = target));
            self.layers.push(Layer::Confirm { message, command });
            return vec![];
        }
        if matches!(self.layers.last(), Some(Layer::Editor(_))) {
            self.layers.pop();
        }
        self.send(command)
    }

    pub fn on_mouse(&mut self, mouse: MouseEvent, tab_spans: &[(u16, u16)], list_top: u16) -> Vec<Effect> {
        if !self.layers.is_empty() {
            return vec![];
        }
        match mouse.kind {
            MouseEventKind::ScrollDown => self.move_sel(3),
            MouseEventKind::ScrollUp => self.move_sel(-3),
            MouseEventKind::Down(MouseButton::Left) => {
                if mouse.row == 0 {
                    if let Some(tab) = tab_spans
                        .iter()
                        .position(|(from, to)| (*from..*to).contains(&mouse.column))
                    {
                        self.tab = tab;
                    }
                } else if mouse.row >= list_top {
                    let row = (mouse.row - list_top) as usize;
                    match self.scope() {
                        Scope::Agenda => self.agenda_sel = row.min(self.state.meeting.items.len().saturating_sub(1)),
                        Scope::RollCall => self.roll_sel = row.min(self.roll_rows().len().saturating_sub(1)),
                        Scope::Decisions => self.decision_sel = row.min(self.decision_rows().len().saturating_sub(1)),
                        Scope::Communique if self.matrix => {
                            self.matrix_sel = row.min(self.matrix_rows().len().saturating_sub(1))
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        vec![]
    }
}

fn edit_line(input: &mut LineInput, key: KeyEvent) {
    match key.code {
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => input.insert(c),
        KeyCode::Backspace => input.backspace(),
        KeyCode::Delete => input.delete(),
        KeyCode::Left => input.left(),
        KeyCode::Right => input.right(),
        KeyCode::Home => input.home(),
        KeyCode::End => input.end(),
        _ => {}
    }
}

/// Category of a delegation as it stands now, for the views.
pub fn category_id(c: Category) -> &'static str {
    match c {
        Category::Participant => "category-participant",
        Category::Observer => "category-observer",
        Category::Applicant => "category-applicant",
        Category::Guest => "category-guest",
    }
}
