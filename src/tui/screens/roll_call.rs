//! The roll-call screen: presence one by one or by category, and the search.

use super::Screen;
use crate::commands::{Command, Who};
use crate::domain::{State, lookup};
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::{Intent, RollCallIntent};
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{Ask, Layer, Question};
use crate::tui::selection::{RowCache, Selection};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};
use std::sync::Arc;

/// Rows are delegations by their place in the meeting; the selection stays
/// on its delegation whatever the filter or others' changes do to the rows.
#[derive(Default)]
pub struct RollCall {
    pub selection: Selection<usize>,
    rows: RowCache<usize>,
    /// What the officer typed to find delegations.
    filter: String,
}

impl RollCall {
    /// Delegations shown: by category, then name in the interface language; filtered.
    pub fn rows(&self, app: &App) -> Arc<Vec<usize>> {
        let lang = app.words.lang();
        // The order depends on the interface language, the rows on the filter.
        let key = format!("{lang}\u{0}{}", self.filter);
        self.rows.get(&app.state, &key, || rows(&app.state, lang, &self.filter))
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// A new filter: the first delegation that fits is selected.
    pub fn set_filter(&mut self, filter: &str) {
        if filter != self.filter {
            self.filter = filter.to_string();
            self.selection.reset();
        }
    }

    /// The delegation selected, by its place in the meeting.
    pub fn selected_delegation(&self, app: &App) -> Option<usize> {
        self.selection.selected(&self.rows(app))
    }
}

fn rows(state: &State, lang: &str, filter: &str) -> Vec<usize> {
    let m = &state.meeting;
    let original = m.original();
    let typed = lookup::fold(filter.trim());
    let mut rows: Vec<usize> = (0..m.delegations.len())
        .filter(|&i| lookup::fits(&m.delegations[i], &typed))
        .collect();
    rows.sort_by_cached_key(|&i| (state.category(i), m.delegations[i].name.get_or(lang, original)));
    rows
}

impl RollCall {
    /// What the screen does for one of its keys.
    pub fn act(&mut self, app: &mut App, intent: RollCallIntent) {
        let everyone = |who| Command::Present { who: vec![who] };
        match intent {
            RollCallIntent::TogglePresent => {
                let Some(index) = self.selected_delegation(app) else {
                    return;
                };
                let id = app.state.meeting.delegations[index].id.clone();
                let present = app.state.core.delegations[index].present == Some(true);
                let who = vec![Who::Id(id)];
                app.send(if present {
                    Command::Absent { who }
                } else {
                    Command::Present { who }
                })
            }
            RollCallIntent::Filter => app.layers.push(Layer::Ask(Question::new(Ask::Filter, &self.filter))),
            RollCallIntent::AllParticipantsPresent => app.send(everyone(Who::Participants)),
            RollCallIntent::AllObserversPresent => app.send(everyone(Who::Observers)),
            RollCallIntent::AllApplicantsPresent => app.send(everyone(Who::Applicants)),
        }
    }
}

impl Screen for RollCall {
    fn move_by(&self, app: &App, delta: isize) {
        self.selection.move_by(&self.rows(app), delta);
    }

    fn click(&self, app: &App, at: Position) {
        self.selection.click(&self.rows(app), at);
    }
}

impl Component for RollCall {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let Some(Intent::RollCall(intent)) = keymap::lookup_in(Scope::RollCall, &key) else {
            return Handled::Ignored;
        };
        self.act(app, intent);
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::roll_call::draw(frame, app, self, area)
    }
}
