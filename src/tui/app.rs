//! The TUI's shared context (a snapshot of the meeting's state, the
//! interface language, who you are, the commands in flight) and the status,
//! with the routing of keys, pastes and clicks: to the top layer, else to
//! the screen shown, then to the keys of every screen. Keys that change the
//! record become commands for the store thread, each with a ticket so that
//! its result is matched to it. Screens own their selections; layers own
//! their input.

use super::component::Handled;
use super::intent::Intent;
use super::keymap::{self, Scope};
use super::layers::{Blocked, Confirm, Help, Layer, Log, Prompt, Yes};
use super::screens::{BuiltDocument, Communique, Screens};
use super::texts::{self, TextRef, TextRow};
use super::worker::{Saved, Ticket};
use crate::commands::Command;
use crate::domain::limits::check_text;
use crate::domain::meeting::Category;
use crate::domain::{Msg, State};
use crate::i18n::{LANGUAGES, Localizer};
use crate::msg;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Position;
use std::collections::BTreeMap;
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

/// Rows the mouse wheel moves.
const WHEEL: isize = 3;

/// What the main loop must do for the app.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Run a command on the store thread; its result comes back with the ticket.
    Send(Ticket, Command),
    Quit,
    /// Edit a text in `$EDITOR`, then run the command the purpose calls for.
    External {
        purpose: super::layers::EditPurpose,
        text: String,
    },
}

/// A message of the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusLine {
    pub text: String,
    pub error: bool,
}

/// A message of the log: when it was said, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Logged {
    pub time: String,
    pub status: StatusLine,
}

pub struct App {
    pub state: Arc<State>,
    pub words: Localizer,
    pub author: String,
    pub tab: usize,
    /// The five screens, each with its selection and scroll.
    pub screens: Screens,
    pub layers: Vec<Layer>,
    pub status: Option<StatusLine>,
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
}

impl App {
    pub fn new(state: Arc<State>, words: Localizer, author: String, now: chrono::DateTime<chrono::FixedOffset>) -> App {
        let screens = Screens {
            communique: Communique::new(&state, words.lang()),
            ..Screens::default()
        };
        if let Some(open) = state.core.open_item {
            screens.agenda.select_item(&state, open);
        }
        App {
            state,
            words,
            author,
            tab: 0,
            screens,
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
        }
    }

    pub fn scope(&self) -> Scope {
        TABS[self.tab].1
    }

    pub fn say(&self, msg: &Msg) -> String {
        self.words.format(msg)
    }

    fn tell(&mut self, msg: Msg, error: bool) {
        let status = StatusLine {
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

    /// A translatable text by what commands call it (P3, A2, a decision id).
    pub fn text(&self, id: &str) -> Option<TextRow<'_>> {
        texts::text(&self.state, id)
    }

    /// What the communique screen needs built, if it is shown and its
    /// document is not for the current state and language; asked once.
    pub fn wants_document(&mut self) -> Option<(Arc<State>, String)> {
        if self.scope() != Scope::Communique {
            return None;
        }
        self.screens.communique.wants_document(&self.state)
    }

    /// A document built for a state and language.
    pub fn set_document(&mut self, built: BuiltDocument) {
        self.screens.communique.set_document(built);
    }

    /// Builds what the communique screen needs here and now (tests and benchmarks).
    pub fn build_document(&mut self) {
        if self.scope() == Scope::Communique {
            self.screens.communique.build_document(&self.state);
        }
    }

    /// A new state from the store thread. Each screen finds what it had
    /// selected (a delegation, a text) when it next draws or takes a key,
    /// whatever was added above it, so that a refresh costs nothing here.
    pub fn set_state(&mut self, state: Arc<State>) {
        self.set_state_indexed(state, None);
    }

    /// A new state with the matrix's order of its texts, made on the store
    /// thread so that the first frame after a change does not make it.
    pub fn set_state_indexed(&mut self, state: Arc<State>, matrix: Option<Arc<Vec<TextRef>>>) {
        if let Some(rows) = matrix {
            self.screens.communique.offer_rows(&state, rows);
        }
        self.state = state;
    }

    /// Shows another screen; each keeps its own selection meanwhile.
    fn switch_tab(&mut self, to: usize) {
        self.tab = to.min(TABS.len() - 1);
    }

    /// Lends the screens to `act` with the app: a screen's keys may open
    /// layers and send commands while it changes its own state.
    fn with_screens(&mut self, act: impl FnOnce(&mut Screens, &mut App)) {
        let mut screens = std::mem::take(&mut self.screens);
        act(&mut screens, self);
        self.screens = screens;
    }

    /// A command's outcome from the store thread, matched by its ticket.
    pub fn done(&mut self, ticket: Ticket, result: Result<Saved, Msg>) {
        let command = self.pending.remove(&ticket);
        match result {
            Ok(Saved::Command(text)) => {
                // A new decision is the one to act on next.
                if let Some(Command::Draft { decision, .. } | Command::Recommend { decision, .. }) = &command {
                    self.screens.decisions.select_decision(&self.state, decision);
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
        self.stop_saving(false);
    }

    /// The record's file is gone from under the store thread, which has
    /// ended: blocked as when the record cannot be reached, saying why (the
    /// whole reason, with the path, stays in the log).
    pub fn record_lost(&mut self, reason: Msg) {
        if !self.store_gone {
            self.error(reason);
        }
        self.stop_saving(true);
    }

    /// `replaced`: the record's file went, rather than the record's thread.
    fn stop_saving(&mut self, replaced: bool) {
        if self.store_gone {
            return;
        }
        self.store_gone = true;
        let lost: Vec<String> = self.pending.values().map(|c| c.to_string()).collect();
        self.pending.clear();
        let (count, commands) = (lost.len(), lost.join("; "));
        let message = self.say(&if replaced {
            msg!("blocked-record-replaced", count = count, commands = commands)
        } else {
            msg!("blocked-store-gone", count = count, commands = commands)
        });
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

    /// Asks y/n before a command.
    pub fn confirm(&mut self, message: Msg, command: Command) {
        let message = self.say(&message);
        self.layers.push(Layer::Confirm(Confirm {
            message,
            yes: Yes::Send(command),
            keys: "confirm-yes-no",
        }));
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
            return self.take_effects();
        }
        // The screen shown first, then the keys of every screen.
        let scope = self.scope();
        let mut handled = Handled::Ignored;
        self.with_screens(|screens, app| handled = screens.get_mut(scope).on_key(app, key));
        if handled == Handled::Consumed {
            return self.take_effects();
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

    /// Moves the selection (or the page) of the screen shown.
    fn move_by(&mut self, delta: isize) {
        self.screens.get(self.scope()).move_by(self, delta);
    }

    pub fn on_intent(&mut self, intent: Intent) -> Vec<Effect> {
        match intent {
            Intent::Quit => return vec![Effect::Quit],
            Intent::Help => self.layers.push(Layer::Help(Help::default())),
            Intent::Messages => self.layers.push(Layer::Log(Log::default())),
            Intent::Prompt => self.layers.push(Layer::Prompt(Prompt::default())),
            Intent::Undo => self.send(Command::Undo),
            Intent::NextTab => self.switch_tab((self.tab + 1) % TABS.len()),
            Intent::PrevTab => self.switch_tab((self.tab + TABS.len() - 1) % TABS.len()),
            Intent::Tab(n) => self.switch_tab(n),
            Intent::Up => self.move_by(-1),
            Intent::Down => self.move_by(1),
            Intent::PageUp => self.move_by(-super::selection::PAGE),
            Intent::PageDown => self.move_by(super::selection::PAGE),
            Intent::CycleUiLanguage => {
                let next = LANGUAGES
                    .iter()
                    .position(|l| *l == self.words.lang())
                    .map(|i| (i + 1) % LANGUAGES.len())
                    .unwrap_or(0);
                self.words = Localizer::new(LANGUAGES[next]);
            }
            // Each screen's own intents, acted on by that screen.
            Intent::Agenda(i) => self.with_screens(|s, app| s.agenda.act(app, i)),
            Intent::RollCall(i) => self.with_screens(|s, app| s.roll_call.act(app, i)),
            Intent::Floor(i) => self.with_screens(|s, app| s.floor.act(app, i)),
            Intent::Decisions(i) => self.with_screens(|s, app| s.decisions.act(app, i)),
            Intent::Communique(i) => self.with_screens(|s, app| s.communique.act(app, i)),
        }
        self.take_effects()
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

    /// The wheel moves the list; a click on a tab shows it, a click on a
    /// list selects the row under the pointer (the screen maps it through
    /// its scroll). Over a layer or the too-small message, nothing happens.
    pub fn on_mouse(&mut self, mouse: MouseEvent, tab_spans: &[(u16, u16)]) -> Vec<Effect> {
        if !self.layers.is_empty() || self.too_small() {
            return vec![];
        }
        match mouse.kind {
            MouseEventKind::ScrollDown => self.move_by(WHEEL),
            MouseEventKind::ScrollUp => self.move_by(-WHEEL),
            MouseEventKind::Down(MouseButton::Left) if mouse.row == 0 => {
                if let Some(tab) = tab_spans
                    .iter()
                    .position(|(from, to)| (*from..*to).contains(&mouse.column))
                {
                    self.switch_tab(tab);
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                let at = Position::new(mouse.column, mouse.row);
                self.screens.get(self.scope()).click(self, at);
            }
            MouseEventKind::Down(MouseButton::Right | MouseButton::Middle)
            | MouseEventKind::Up(_)
            | MouseEventKind::Drag(_)
            | MouseEventKind::Moved
            | MouseEventKind::ScrollLeft
            | MouseEventKind::ScrollRight => {}
        }
        vec![]
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
