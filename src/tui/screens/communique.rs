//! The communique screen: the document in a language, the translation matrix, translating.

use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::Intent;
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{EditPurpose, Editor, Layer};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub struct Communique;

impl Communique {
    /// What the screen does for one of its keys.
    pub fn act(&self, app: &mut App, intent: Intent) {
        match intent {
            Intent::CycleDocLanguage => {
                let langs = &app.state.meeting.body.languages;
                let next = langs
                    .iter()
                    .position(|l| l.code == app.doc_lang)
                    .map(|i| (i + 1) % langs.len())
                    .unwrap_or(0);
                if let Some(l) = langs.get(next) {
                    app.doc_lang = l.code.clone();
                }
            }
            Intent::ToggleMatrix => app.set_matrix(!app.matrix),
            Intent::Translate => start_translation(app),
            _ => {}
        }
    }
}

impl Component for Communique {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        match keymap::lookup_in(Scope::Communique, &key) {
            Some(intent) => {
                self.act(app, intent);
                Handled::Consumed
            }
            None => Handled::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::communique::draw(frame, app, area)
    }
}

fn start_translation(app: &mut App) {
    if app.doc_lang == app.state.meeting.original() {
        app.error(msg!("status-choose-language"));
        return;
    }
    app.set_matrix(true);
    let Some(row) = app.matrix_row(app.matrix_sel) else {
        return;
    };
    let before = row.text.translations.get(&app.doc_lang).cloned();
    let current = before.as_ref().map(|t| t.text.clone()).unwrap_or_default();
    let purpose = EditPurpose::Translate {
        target: row.id.to_string(),
        lang: app.doc_lang.clone(),
        version: row.text.version,
        before,
    };
    app.layers.push(Layer::Editor(Box::new(Editor::new(purpose, &current))));
}
