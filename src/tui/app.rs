//! The TUI's own state (which screen, what is selected, what stands over it)
//! beside a snapshot of the meeting's state, and how keys change it. Keys that
//! change the record become commands for the store thread, each with a ticket
//! so that its result is matched to it.

use super::component::Handled;
use super::intent::Intent;
use super::keymap::{self, Scope};
use super::layers::{Blocked, Confirm, EditPurpose, Help, Layer, Log, Prompt, Yes};
use super::screens;
use super::worker::{Saved, Ticket};
use crate::commands::Command;
use crate::domain::limits::check_text;
use crate::domain::lookup;
use crate::domain::meeting::Category;
use crate::domain::state::{Text, TextKind};
use crate::domain::{Msg, State};
use crate::i18n::{LANGUAGES, Localizer};
use crate::msg;
use crate::render::communique;
use crate::render::document::Document;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};
use ratatui::widgets::TableState;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

pub const TABS: [(&str, Scope); 5] = [
    ("tab-agenda", Scope::Agenda),
    ("tab-roll-call", Scope::RollCall),
    ("tab-floor", Scope::Floor),
    ("tab-decisions", Scope::Decisions),
    ("tab-communique", Scope::Communique),
];

/// The smallest terminal the screens fit in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// What the main loop must do for the app.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Run a command on the store thread; its result comes back with the ticket.
    Send(Ticket, Command),
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

/// A message of the log: when it was said, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Logged {
    pub time: String,
    pub status: Status,
}

/// A text that can be translated: a decision, a paragraph or an action.
pub struct Row<'a> {
    /// A decision's id as recorded (borrowed: thousands of rows are made at
    /// each frame of the matrix), or P3, A2.
    pub id: Cow<'a, str>,
    pub item: Option<usize>,
    pub text: &'a Text,
}

/// What a list's selection points at, to find it again in a new state.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    Delegation(usize),
    Speaker(String),
    Decision(String),
    Text(String),
}

/// Where the list of the screen shown was drawn, and its first row: a click
/// is mapped through it, so that scrolling is taken into account.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ListView {
    pub scope: Scope,
    pub area: Rect,
    pub offset: usize,
}

/// The communique of one state in one language, built away from the draw path.
pub struct BuiltDocument {
    pub state: Arc<State>,
    pub lang: String,
    pub doc: Arc<Document>,
}

/// The matrix's order of texts and the state it was made from.
type MatrixCache = (Arc<State>, Arc<Vec<TextRef>>);

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
    /// Every status message of this run, oldest first.
    pub log: Vec<Logged>,
    /// The last command that is durable, for the undo hint.
    pub last_saved: Option<String>,
    /// Effects of the key being handled, for the main loop.
    outbox: Vec<Effect>,
    /// Commands sent and not yet answered, by ticket.
    pub pending: BTreeMap<Ticket, Command>,
    next_ticket: Ticket,
    /// The store thread has ended: nothing more can be saved.
    pub store_gone: bool,
    pub history: Vec<String>,
    /// The terminal's size, when known; below the minimum only quit works.
    pub size: Option<(u16, u16)>,
    /// The time the views show; set by the main loop, never read from the clock in a view.
    pub now: chrono::DateTime<chrono::FixedOffset>,
    /// The communique last built, perhaps for an older state.
    pub document: Option<BuiltDocument>,
    /// A build asked for and not yet back, so that it is asked once.
    document_asked: Option<(Arc<State>, String)>,
    /// What hidden screens had selected when they were left.
    picks: HashMap<Scope, Option<Pick>>,
    /// The matrix's order of texts, for the state it was made from.
    matrix_cache: RefCell<Option<MatrixCache>>,
    /// The roll call's table: its selection and scroll, kept between frames.
    pub roll_table: RefCell<TableState>,
    /// Set by the views at each frame, read by the mouse.
    pub list_view: Cell<Option<ListView>>,
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
            log: Vec::new(),
            last_saved: None,
            outbox: Vec::new(),
            pending: BTreeMap::new(),
            next_ticket: 0,
            store_gone: false,
            history: Vec::new(),
            size: None,
            now,
            document: None,
            document_asked: None,
            picks: HashMap::new(),
            matrix_cache: RefCell::new(None),
            roll_table: RefCell::new(TableState::default()),
            list_view: Cell::new(None),
        }
    }

    pub fn scope(&self) -> Scope {
        TABS[self.tab].1
    }

    pub fn say(&self, msg: &Msg) -> String {
        self.words.format(msg)
    }

    fn tell(&mut self, msg: Msg, error: bool) {
        let status = Status {
            text: self.say(&msg),
            error,
        };
        self.log.push(Logged {
            time: super::views::clock(&self.words, &self.now),
            status: status.clone(),
        });
        self.status = Some(status);
    }

    pub fn info(&mut self, msg: Msg) {
        self.tell(msg, false);
    }

    pub fn error(&mut self, msg: Msg) {
        self.tell(msg, true);
    }

    /// Whether the terminal is too small for the screens: only quit works then.
    pub fn too_small(&self) -> bool {
        self.size.is_some_and(|(w, h)| w < MIN_WIDTH || h < MIN_HEIGHT)
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = Some((width, height));
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
        let typed = lookup::fold(self.filter.trim());
        let mut rows: Vec<usize> = (0..self.state.meeting.delegations.len())
            .filter(|&i| lookup::fits(&self.state.meeting.delegations[i], &typed))
            .collect();
        rows.sort_by_cached_key(|&i| (self.state.category(i), self.name(i)));
        rows
    }

    /// The decisions shown: those of the open item, else all.
    pub fn decision_rows(&self) -> Vec<usize> {
        let core = &self.state.core;
        match core.open_item {
            Some(item) => (0..core.decisions.len())
                .filter(|&i| core.decisions[i].item == item)
                .collect(),
            None => (0..core.decisions.len()).collect(),
        }
    }

    /// The speakers waiting under the open item.
    pub fn queue(&self) -> Vec<String> {
        self.state
            .core
            .open_item
            .map(|i| self.state.core.items[i].queue.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Every translatable text in agenda order, as the domain lists them.
    pub fn matrix_rows(&self) -> Vec<Row<'_>> {
        matrix_rows(&self.state)
    }

    /// The matrix's order of texts for the current state, made once per state.
    pub fn matrix(&self) -> Arc<Vec<TextRef>> {
        let mut cache = self.matrix_cache.borrow_mut();
        if let Some((state, index)) = cache.as_ref()
            && Arc::ptr_eq(state, &self.state)
        {
            return index.clone();
        }
        let index = Arc::new(matrix_index(&self.state));
        *cache = Some((self.state.clone(), index.clone()));
        index
    }

    /// A translatable text by what commands call it (P3, A2, a decision id).
    pub fn text(&self, id: &str) -> Option<Row<'_>> {
        TextRef::parse(&self.state, id).and_then(|r| r.row(&self.state))
    }

    /// The matrix row at a place.
    pub fn matrix_row(&self, n: usize) -> Option<Row<'_>> {
        self.matrix().get(n).and_then(|r| r.row(&self.state))
    }

    /// Where a text (P3, A2, a decision id) stands in the matrix.
    pub fn matrix_position(&self, id: &str) -> Option<usize> {
        let target = TextRef::parse(&self.state, id)?;
        self.matrix().iter().position(|r| *r == target)
    }

    /// The communique in the language shown, if it has been built (perhaps
    /// for the state before the last change: the next build replaces it).
    pub fn communique(&self) -> Option<Arc<Document>> {
        self.document
            .as_ref()
            .filter(|b| b.lang == self.doc_lang)
            .map(|b| b.doc.clone())
    }

    /// What the communique screen needs built, if it is shown and its
    /// document is not for the current state and language; asked once.
    pub fn wants_document(&mut self) -> Option<(Arc<State>, String)> {
        if self.scope() != Scope::Communique || self.matrix {
            return None;
        }
        let current = |s: &Arc<State>, l: &str| Arc::ptr_eq(s, &self.state) && l == self.doc_lang;
        if self.document.as_ref().is_some_and(|b| current(&b.state, &b.lang))
            || self.document_asked.as_ref().is_some_and(|(s, l)| current(s, l))
        {
            return None;
        }
        let ask = (self.state.clone(), self.doc_lang.clone());
        self.document_asked = Some(ask.clone());
        Some(ask)
    }

    /// A document built for a state and language.
    pub fn set_document(&mut self, built: BuiltDocument) {
        self.document = Some(built);
    }

    /// Builds what the communique screen needs here and now (tests and benchmarks).
    pub fn build_document(&mut self) {
        if let Some((state, lang)) = self.wants_document() {
            let doc = Arc::new(communique::build(&state, &lang));
            self.set_document(BuiltDocument { state, lang, doc });
        }
    }

    pub fn selected_decision(&self) -> Option<String> {
        let rows = self.decision_rows();
        rows.get(self.decision_sel)
            .map(|&i| self.state.core.decisions[i].id.clone())
    }

    /// A new state from the store thread. The list shown keeps its selected
    /// delegation or text where it is still there, whatever was added above
    /// it; the hidden lists find theirs when they are shown again, so that a
    /// refresh costs the work of one list.
    pub fn set_state(&mut self, state: Arc<State>) {
        self.set_state_indexed(state, None);
    }

    /// A new state with the matrix's order of its texts, made on the store
    /// thread so that the first frame after a change does not make it.
    pub fn set_state_indexed(&mut self, state: Arc<State>, matrix: Option<Arc<Vec<TextRef>>>) {
        let scope = self.scope();
        let pick = self.pick(scope);
        if let Some(index) = matrix {
            *self.matrix_cache.borrow_mut() = Some((state.clone(), index));
        }
        self.state = state;
        self.restore(scope, pick);
        let items = self.state.meeting.items.len();
        self.agenda_sel = self.agenda_sel.min(items.saturating_sub(1));
    }

    /// What the selection of a screen's list points at.
    fn pick(&self, scope: Scope) -> Option<Pick> {
        match scope {
            Scope::RollCall => self.roll_rows().get(self.roll_sel).map(|&i| Pick::Delegation(i)),
            Scope::Floor => self.queue().get(self.floor_sel).cloned().map(Pick::Speaker),
            Scope::Decisions => self.selected_decision().map(Pick::Decision),
            Scope::Communique if self.matrix => self.matrix_row(self.matrix_sel).map(|r| Pick::Text(r.id.to_string())),
            Scope::Communique | Scope::Agenda | Scope::Global => None,
        }
    }

    /// Selects again what a screen's list pointed at, or the nearest row.
    fn restore(&mut self, scope: Scope, pick: Option<Pick>) {
        let find = |sel: &mut usize, at: Option<usize>, len: usize| {
            *sel = at.unwrap_or(*sel).min(len.saturating_sub(1));
        };
        match scope {
            Scope::RollCall => {
                let rows = self.roll_rows();
                let at = rows.iter().position(|&i| pick == Some(Pick::Delegation(i)));
                find(&mut self.roll_sel, at, rows.len());
            }
            Scope::Floor => {
                let queue = self.queue();
                let at = queue
                    .iter()
                    .position(|q| matches!(&pick, Some(Pick::Speaker(p)) if p == q));
                find(&mut self.floor_sel, at, queue.len());
            }
            Scope::Decisions => {
                let rows = self.decision_rows();
                let decisions = &self.state.core.decisions;
                let at = rows
                    .iter()
                    .position(|&i| matches!(&pick, Some(Pick::Decision(id)) if *id == decisions[i].id));
                find(&mut self.decision_sel, at, rows.len());
            }
            Scope::Communique if self.matrix => {
                let rows = self.matrix_rows();
                let at = rows
                    .iter()
                    .position(|r| matches!(&pick, Some(Pick::Text(id)) if *id == r.id));
                let len = rows.len();
                find(&mut self.matrix_sel, at, len);
            }
            Scope::Communique | Scope::Agenda | Scope::Global => {}
        }
    }

    /// Shows or hides the translation matrix; its selection is kept apart
    /// while the document is shown, like a hidden screen's.
    pub fn set_matrix(&mut self, on: bool) {
        if on == self.matrix {
            return;
        }
        if on {
            self.matrix = true;
            let pick = self.picks.remove(&Scope::Communique).flatten();
            self.restore(Scope::Communique, pick);
        } else {
            let pick = self.pick(Scope::Communique);
            self.picks.insert(Scope::Communique, pick);
            self.matrix = false;
        }
    }

    /// Shows another screen: the one left notes what it had selected, the
    /// one shown finds what it had.
    fn switch_tab(&mut self, to: usize) {
        let from = self.scope();
        let pick = self.pick(from);
        self.picks.insert(from, pick);
        self.tab = to.min(TABS.len() - 1);
        let scope = self.scope();
        let pick = self.picks.remove(&scope).flatten();
        self.restore(scope, pick);
    }

    /// A command's outcome from the store thread, matched by its ticket.
    pub fn done(&mut self, ticket: Ticket, result: Result<Saved, Msg>) {
        let command = self.pending.remove(&ticket);
        match result {
            Ok(Saved::Command(text)) => {
                // A new decision is the one to act on next.
                if let Some(Command::Draft { decision, .. } | Command::Recommend { decision, .. }) = &command
                    && let Some(row) = self
                        .decision_rows()
                        .iter()
                        .position(|&i| self.state.core.decisions[i].id == *decision)
                {
                    self.decision_sel = row;
                }
                self.info(msg!("status-saved-command", command = text.clone()));
                self.last_saved = Some(text);
            }
            Ok(Saved::Undone(target)) => {
                self.info(msg!("status-undone", command = target));
                self.last_saved = None;
            }
            Err(m) => self.error(m),
        }
    }

    /// Reading others' events failed: said, and kept in the log.
    pub fn refresh_failed(&mut self, m: Msg) {
        let reason = self.say(&m);
        self.error(msg!("status-refresh-failed", reason = reason));
    }

    /// Stored commands that no longer apply to the meeting file.
    pub fn conflicts(&mut self, conflicts: Vec<(String, Msg)>) {
        for (command, m) in &conflicts {
            let reason = self.say(m);
            self.error(msg!("status-conflict", command = command.clone(), reason = reason));
        }
        if !conflicts.is_empty() {
            self.error(msg!("status-conflicts", count = conflicts.len()));
        }
    }

    /// The store thread has ended: commands not answered are not saved,
    /// and no more are taken.
    pub fn store_gone(&mut self) {
        if self.store_gone {
            return;
        }
        self.store_gone = true;
        let lost: Vec<String> = self.pending.values().map(|c| c.to_string()).collect();
        self.pending.clear();
        let message = self.say(&msg!(
            "blocked-store-gone",
            count = lost.len(),
            commands = lost.join("; ")
        ));
        self.error(msg!("status-store-gone"));
        self.layers.push(Layer::Blocked(Blocked { message }));
    }

    /// Puts a command that was not saved back at the prompt, to send again
    /// once the record can be reached (the error stays on the status line).
    pub fn offer_again(&mut self, line: &str) {
        if matches!(self.layers.last(), Some(Layer::Prompt(_))) {
            return;
        }
        self.layers.push(Layer::Prompt(Prompt {
            input: crate::tui::input::LineInput::new(line),
            ..Prompt::default()
        }));
    }

    /// An effect for the main loop, such as editing in `$EDITOR`.
    pub fn post(&mut self, effect: Effect) {
        self.outbox.push(effect);
    }

    /// What the last keys asked of the main loop, taken once.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.outbox)
    }

    /// Sends a command and hands over what waits in the outbox.
    fn sent(&mut self, command: Command) -> Vec<Effect> {
        self.send(command);
        std::mem::take(&mut self.outbox)
    }

    /// Gives a command a ticket and puts it in the outbox for the store thread.
    pub fn send(&mut self, command: Command) {
        if self.store_gone {
            self.error(msg!("status-store-gone"));
            return;
        }
        self.next_ticket += 1;
        self.pending.insert(self.next_ticket, command.clone());
        self.outbox.push(Effect::Send(self.next_ticket, command));
    }

    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if key.kind != KeyEventKind::Press {
            return vec![];
        }
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        if self.too_small() || matches!(self.layers.last(), Some(Layer::Blocked(_))) {
            // Behind a screen that shows only a message, nothing else may act.
            let quit =
                ctrl_c || (key.code == KeyCode::Char('q') && key.modifiers.difference(KeyModifiers::SHIFT).is_empty());
            return if quit { vec![Effect::Quit] } else { vec![] };
        }
        if ctrl_c && self.layers.is_empty() {
            return vec![Effect::Quit];
        }
        if !self.layers.is_empty() {
            self.on_layer_key(key);
            return std::mem::take(&mut self.outbox);
        }
        // The screen shown first, then the keys of every screen.
        let mut screen = screens::of(self.scope());
        if screen.on_key(self, key) == Handled::Consumed {
            return std::mem::take(&mut self.outbox);
        }
        match keymap::lookup(Scope::Global, &key) {
            Some(intent) => self.on_intent(intent),
            None => vec![],
        }
    }

    /// Pasted text: it goes whole into the box that has focus, and is never
    /// taken as keys. Without a box, it is refused with a word.
    pub fn on_paste(&mut self, text: &str) {
        if self.too_small() {
            return;
        }
        if let Err(m) = check_text(text) {
            self.error(m);
            return;
        }
        let handled = match self.layers.pop() {
            Some(mut top) => {
                let depth = self.layers.len();
                let handled = top.component().on_paste(self, text);
                self.layers.insert(depth.min(self.layers.len()), top);
                handled
            }
            None => Handled::Ignored,
        };
        if handled == Handled::Ignored {
            self.error(msg!("status-paste-nowhere"));
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
                let len = self.queue().len();
                (&mut self.floor_sel, len)
            }
            Scope::Decisions => {
                let len = self.decision_rows().len();
                (&mut self.decision_sel, len)
            }
            Scope::Communique if self.matrix => {
                let len = self.matrix().len();
                (&mut self.matrix_sel, len)
            }
            Scope::Communique | Scope::Global => {
                self.doc_scroll = (self.doc_scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
                return;
            }
        };
        if len == 0 {
            *sel = 0;
            return;
        }
        *sel = (*sel as isize + delta).clamp(0, len as isize - 1) as usize;
    }

    /// Asks y/n before a command.
    pub fn confirm(&mut self, message: Msg, command: Command) {
        let message = self.say(&message);
        self.layers.push(Layer::Confirm(Confirm {
            message,
            yes: Yes::Send(command),
            keys: "confirm-yes-no",
        }));
    }

    pub fn on_intent(&mut self, intent: Intent) -> Vec<Effect> {
        match intent {
            Intent::Quit => return vec![Effect::Quit],
            Intent::Help => self.layers.push(Layer::Help(Help::default())),
            Intent::Messages => self.layers.push(Layer::Log(Log::default())),
            Intent::Prompt => self.layers.push(Layer::Prompt(Prompt::default())),
            Intent::Undo => return self.sent(Command::Undo),
            Intent::NextTab => self.switch_tab((self.tab + 1) % TABS.len()),
            Intent::PrevTab => self.switch_tab((self.tab + TABS.len() - 1) % TABS.len()),
            Intent::Tab(n) => self.switch_tab(n),
            Intent::Up => self.move_sel(-1),
            Intent::Down => self.move_sel(1),
            Intent::PageUp => self.move_sel(-10),
            Intent::PageDown => self.move_sel(10),
            Intent::CycleUiLanguage => {
                let next = LANGUAGES
                    .iter()
                    .position(|l| *l == self.words.lang())
                    .map(|i| (i + 1) % LANGUAGES.len())
                    .unwrap_or(0);
                self.words = Localizer::new(LANGUAGES[next]);
            }
            // The rest belong to one screen each, which acts on them.
            screen_intent => {
                if let Some(screen) = screens::owner(screen_intent) {
                    screen.act(self, screen_intent);
                }
            }
        }
        std::mem::take(&mut self.outbox)
    }

    /// The top layer takes the key. It is taken off the stack meanwhile, so
    /// that it can open layers above itself; it goes back unless it closed.
    fn on_layer_key(&mut self, key: KeyEvent) {
        let Some(mut top) = self.layers.pop() else {
            return;
        };
        let depth = self.layers.len();
        if top.component().on_key(self, key) != Handled::Close {
            self.layers.insert(depth.min(self.layers.len()), top);
        }
    }

    /// Sends the command an edit calls for (`true`); if another terminal
    /// changed the same text (or its translation) meanwhile, asks first, and
    /// a text over the limit is refused (`false`).
    pub fn save(&mut self, purpose: EditPurpose, text: String, draft: bool) -> bool {
        if let Err(m) = check_text(&text) {
            self.error(m);
            return false;
        }
        let now = |target: &str| self.text(target).map(|r| (r.text.version, r.text.translations.clone()));
        let (command, changed) = match purpose {
            EditPurpose::Draft { item, decision } => (Command::Draft { item, decision, text }, None),
            EditPurpose::Amend { target, version } => {
                let changed = now(&target)
                    .filter(|(v, _)| *v != version)
                    .map(|_| msg!("confirm-changed-meanwhile", id = target.clone()));
                (Command::Amend { target, text }, changed)
            }
            EditPurpose::Translate {
                target,
                lang,
                version,
                before,
            } => {
                let changed = now(&target).and_then(|(v, translations)| {
                    if translations.get(&lang) != before.as_ref() {
                        Some(msg!(
                            "confirm-translation-changed",
                            id = target.clone(),
                            lang = lang.clone()
                        ))
                    } else if v != version {
                        Some(msg!(
                            "confirm-original-amended",
                            id = target.clone(),
                            lang = lang.clone()
                        ))
                    } else {
                        None
                    }
                });
                (
                    Command::Translate {
                        target,
                        lang,
                        draft,
                        text,
                    },
                    changed,
                )
            }
        };
        if let Some(question) = changed {
            let message = self.say(&question);
            self.layers.push(Layer::Confirm(Confirm {
                message,
                yes: Yes::Send(command),
                keys: "confirm-keys",
            }));
            return false;
        }
        self.send(command);
        true
    }

    /// `$EDITOR` could not be run, or ended in failure: said in the status line.
    pub fn editor_failed(&mut self, reason: String) {
        self.error(msg!("status-editor-failed", reason = reason));
    }

    pub fn on_mouse(&mut self, mouse: MouseEvent, tab_spans: &[(u16, u16)]) -> Vec<Effect> {
        if !self.layers.is_empty() || self.too_small() {
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
                        self.switch_tab(tab);
                    }
                    return vec![];
                }
                let Some(view) = self.list_view.get() else {
                    return vec![];
                };
                if view.scope != self.scope() || !view.area.contains(Position::new(mouse.column, mouse.row)) {
                    return vec![];
                }
                let row = view.offset + usize::from(mouse.row - view.area.y);
                let len = match self.scope() {
                    Scope::Agenda => self.state.meeting.items.len(),
                    Scope::RollCall => self.roll_rows().len(),
                    Scope::Decisions => self.decision_rows().len(),
                    Scope::Communique if self.matrix => self.matrix().len(),
                    _ => 0,
                };
                if row >= len {
                    return vec![];
                }
                match self.scope() {
                    Scope::Agenda => self.agenda_sel = row,
                    Scope::RollCall => self.roll_sel = row,
                    Scope::Decisions => self.decision_sel = row,
                    Scope::Communique => self.matrix_sel = row,
                    _ => {}
                }
            }
            _ => {}
        }
        vec![]
    }
}

/// A translatable text of the state, by its place in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRef {
    Paragraph(usize),
    Decision(usize),
    Action(usize),
    /// An objection to a decision: the decision's place, the objection's.
    Objection(usize, usize),
    /// A reservation on a decision: the decision's place, the reservation's.
    Reservation(usize, usize),
}

impl TextRef {
    /// The text a command names: P3, A2, O1, R1, or a decision id.
    fn parse(state: &State, id: &str) -> Option<TextRef> {
        let numbered = |prefix: char| {
            id.strip_prefix(prefix)
                .or_else(|| id.strip_prefix(prefix.to_ascii_lowercase()))
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| n.checked_sub(1))
        };
        if let Some(i) = state.core.decision_position(id) {
            return Some(TextRef::Decision(i));
        }
        if let Some(r) = numbered('P')
            .map(TextRef::Paragraph)
            .or_else(|| numbered('A').map(TextRef::Action))
        {
            return Some(r);
        }
        state.core.decisions.iter().enumerate().find_map(|(d, decision)| {
            let same = |other: &str| other.eq_ignore_ascii_case(id);
            decision
                .objections
                .iter()
                .position(|o| same(&o.id))
                .map(|k| TextRef::Objection(d, k))
                .or_else(|| {
                    decision
                        .reservations
                        .iter()
                        .position(|r| same(&r.id))
                        .map(|k| TextRef::Reservation(d, k))
                })
        })
    }

    /// The row of the matrix for this text.
    pub fn row(self, state: &State) -> Option<Row<'_>> {
        let core = &state.core;
        Some(match self {
            TextRef::Paragraph(i) => {
                let p = core.paragraphs.get(i)?;
                Row {
                    id: Cow::Owned(format!("P{}", i + 1)),
                    item: Some(p.item),
                    text: &p.text,
                }
            }
            TextRef::Decision(i) => {
                let d = core.decisions.get(i)?;
                Row {
                    id: Cow::Borrowed(d.id.as_str()),
                    item: Some(d.item),
                    text: &d.text,
                }
            }
            TextRef::Action(i) => {
                let a = core.actions.get(i)?;
                Row {
                    id: Cow::Owned(format!("A{}", i + 1)),
                    item: a.item,
                    text: &a.text,
                }
            }
            TextRef::Objection(d, k) => {
                let d = core.decisions.get(d)?;
                let o = d.objections.get(k)?;
                Row {
                    id: Cow::Borrowed(o.id.as_str()),
                    item: Some(d.item),
                    text: &o.reason,
                }
            }
            TextRef::Reservation(d, k) => {
                let d = core.decisions.get(d)?;
                let r = d.reservations.get(k)?;
                Row {
                    id: Cow::Borrowed(r.id.as_str()),
                    item: Some(d.item),
                    text: &r.text,
                }
            }
        })
    }
}

/// Every translatable text of a state, in the order the domain lists them
/// (`State::texts`: agenda order, each objection and reservation after its
/// decision), as places that stay cheap to draw from.
pub fn matrix_index(state: &State) -> Vec<TextRef> {
    let (mut decision, mut objection, mut reservation) = (0, 0, 0);
    state
        .texts()
        .into_iter()
        .filter_map(|t| {
            Some(match t.kind {
                TextKind::Note | TextKind::Report | TextKind::Statement => {
                    TextRef::Paragraph(t.id.strip_prefix('P')?.parse::<usize>().ok()?.checked_sub(1)?)
                }
                TextKind::Action => TextRef::Action(t.id.strip_prefix('A')?.parse::<usize>().ok()?.checked_sub(1)?),
                TextKind::Decision | TextKind::Recommendation | TextKind::AdministrativeDecision => {
                    decision = state.core.decision_position(&t.id)?;
                    (objection, reservation) = (0, 0);
                    TextRef::Decision(decision)
                }
                TextKind::Objection => {
                    objection += 1;
                    TextRef::Objection(decision, objection - 1)
                }
                TextKind::Reservation => {
                    reservation += 1;
                    TextRef::Reservation(decision, reservation - 1)
                }
            })
        })
        .collect()
}

/// Every translatable text of a state in agenda order, as rows.
pub fn matrix_rows(state: &State) -> Vec<Row<'_>> {
    matrix_index(state).into_iter().filter_map(|r| r.row(state)).collect()
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
