//! The communique screen: the document in a language, the translation
//! matrix, translating. The document is built away from the draw path (on a
//! thread of the main loop); the screen asks for it once per state and
//! language and shows the last one built meanwhile.

use super::Screen;
use crate::domain::State;
use crate::msg;
use crate::render::communique;
use crate::render::document::Document;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::intent::{CommuniqueIntent, Intent};
use crate::tui::keymap::{self, Scope};
use crate::tui::layers::{EditPurpose, Editor, Layer};
use crate::tui::selection::{RowCache, Selection};
use crate::tui::texts::{TextRef, TextRow, matrix_index};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};
use std::cell::Cell;
use std::sync::Arc;

/// The communique of one state in one language, built away from the draw path.
pub struct BuiltDocument {
    pub state: Arc<State>,
    pub lang: String,
    pub doc: Arc<Document>,
}

#[derive(Default)]
pub struct Communique {
    /// The language the document and the matrix's bold column are in.
    pub doc_lang: String,
    /// The translation matrix is shown instead of the document.
    pub matrix: bool,
    /// The document's first row in view.
    pub doc_scroll: Cell<u16>,
    /// The paragraph selected for `a` (adopt) and `h` (hold): its position
    /// among the document's paragraphs taken one by one.
    pub paragraph: Cell<usize>,
    /// The next frame scrolls the selected paragraph into view.
    pub follow: Cell<bool>,
    /// The matrix's rows are its texts; the selection stays on its text as
    /// others are added above it, and while the document is shown.
    pub selection: Selection<TextRef>,
    rows: RowCache<TextRef>,
    /// The communique last built, perhaps for an older state.
    document: Option<BuiltDocument>,
    /// A build asked for and not yet back, so that it is asked once.
    document_asked: Option<(Arc<State>, String)>,
}

impl Communique {
    /// The document shown first: in the interface language if the body has it.
    pub fn new(state: &State, ui_lang: &str) -> Communique {
        let doc_lang = if state.meeting.body.has_language(ui_lang) {
            ui_lang.to_string()
        } else {
            state.meeting.original().to_string()
        };
        Communique {
            doc_lang,
            ..Communique::default()
        }
    }

    /// Every translatable text of the state, in agenda order.
    pub fn rows(&self, state: &Arc<State>) -> Arc<Vec<TextRef>> {
        self.rows.get(state, "", || matrix_index(state))
    }

    /// The matrix's rows made on the store thread with a new state, so that
    /// the first frame after a change does not make them.
    pub fn offer_rows(&self, state: &Arc<State>, rows: Arc<Vec<TextRef>>) {
        self.rows.offer(state, "", rows);
    }

    /// The text selected in the matrix.
    pub fn selected_text<'a>(&self, state: &'a Arc<State>) -> Option<TextRow<'a>> {
        self.selection.selected(&self.rows(state))?.row(state)
    }

    /// The communique in the language shown, if it has been built (perhaps
    /// for the state before the last change: the next build replaces it).
    pub fn document(&self) -> Option<Arc<Document>> {
        self.document
            .as_ref()
            .filter(|b| b.lang == self.doc_lang)
            .map(|b| b.doc.clone())
    }

    /// What needs building for `state`, if the document is shown and not
    /// built for it and its language; asked once.
    pub fn wants_document(&mut self, state: &Arc<State>) -> Option<(Arc<State>, String)> {
        if self.matrix {
            return None;
        }
        let current = |s: &Arc<State>, l: &str| Arc::ptr_eq(s, state) && l == self.doc_lang;
        if self.document.as_ref().is_some_and(|b| current(&b.state, &b.lang))
            || self.document_asked.as_ref().is_some_and(|(s, l)| current(s, l))
        {
            return None;
        }
        let ask = (state.clone(), self.doc_lang.clone());
        self.document_asked = Some(ask.clone());
        Some(ask)
    }

    pub fn set_document(&mut self, built: BuiltDocument) {
        self.document = Some(built);
    }

    /// Builds the document here and now (tests and benchmarks).
    pub fn build_document(&mut self, state: &Arc<State>) {
        if let Some((state, lang)) = self.wants_document(state) {
            let doc = Arc::new(communique::build(&state, &lang));
            self.set_document(BuiltDocument { state, lang, doc });
        }
    }

    /// What the screen does for one of its keys.
    pub fn act(&mut self, app: &mut App, intent: CommuniqueIntent) {
        match intent {
            CommuniqueIntent::CycleDocLanguage => {
                let langs = &app.state.meeting.body.languages;
                let next = langs
                    .iter()
                    .position(|l| l.code == self.doc_lang)
                    .map(|i| (i + 1) % langs.len())
                    .unwrap_or(0);
                if let Some(l) = langs.get(next) {
                    self.doc_lang = l.code.clone();
                }
            }
            CommuniqueIntent::ToggleMatrix => self.matrix = !self.matrix,
            CommuniqueIntent::Translate => self.start_translation(app),
            CommuniqueIntent::NextParagraph | CommuniqueIntent::PrevParagraph => {
                let count = self.document().map_or(0, |d| adoptable(&d).len());
                let now = self.paragraph.get().min(count.saturating_sub(1));
                let to = match intent {
                    CommuniqueIntent::NextParagraph => (now + 1).min(count.saturating_sub(1)),
                    _ => now.saturating_sub(1),
                };
                self.paragraph.set(to);
                self.follow.set(true);
            }
            // The matrix's rows are texts, not paragraphs: the keys act on the document.
            CommuniqueIntent::AdoptParagraph | CommuniqueIntent::HoldParagraph if !self.matrix => {
                let Some(paragraph) = self.selected_paragraph() else {
                    return;
                };
                app.send(match intent {
                    CommuniqueIntent::AdoptParagraph => {
                        crate::commands::Command::AdoptParagraph { paragraph, text: None }
                    }
                    _ => crate::commands::Command::Hold { paragraph },
                });
            }
            CommuniqueIntent::AdoptParagraph | CommuniqueIntent::HoldParagraph => {}
        }
    }

    /// The id of the paragraph selected, if the document is built and has one.
    pub fn selected_paragraph(&self) -> Option<String> {
        let doc = self.document()?;
        let ids = adoptable(&doc);
        let i = self.paragraph.get().min(ids.len().checked_sub(1)?);
        Some(ids[i].1.clone())
    }

    fn start_translation(&mut self, app: &mut App) {
        if self.doc_lang == app.state.meeting.original() {
            app.error(msg!("status-choose-language"));
            return;
        }
        self.matrix = true;
        let Some(row) = self.selected_text(&app.state) else {
            return;
        };
        let before = row.text.translations.get(&self.doc_lang).cloned();
        let current = before.as_ref().map(|t| t.text.clone()).unwrap_or_default();
        let purpose = EditPurpose::Translate {
            target: row.id.to_string(),
            lang: self.doc_lang.clone(),
            version: row.text.version,
            before,
        };
        app.layers.push(Layer::Editor(Box::new(Editor::new(purpose, &current))));
    }
}

/// The paragraphs of a communique the plenary adopts or holds one by one
/// (`P…` and generated ones), with the positions of their blocks: a
/// decision's paragraph was adopted with the decision.
pub fn adoptable(doc: &Document) -> Vec<&(usize, String)> {
    doc.ids
        .iter()
        .filter(|(_, id)| {
            crate::domain::ids::numbered_id('P', id).is_some() || crate::domain::paragraphs::is_generated_form(id)
        })
        .collect()
}

impl Screen for Communique {
    fn move_by(&self, app: &App, delta: isize) {
        if self.matrix {
            self.selection.move_by(&self.rows(&app.state), delta);
        } else {
            let to = self
                .doc_scroll
                .get()
                .saturating_add_signed(delta.clamp(-1000, 1000) as i16);
            self.doc_scroll.set(to);
        }
    }

    fn click(&self, app: &App, at: Position) {
        if self.matrix {
            self.selection.click(&self.rows(&app.state), at);
        }
    }
}

impl Component for Communique {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let Some(Intent::Communique(intent)) = keymap::lookup_in(Scope::Communique, &key) else {
            return Handled::Ignored;
        };
        self.act(app, intent);
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        crate::tui::views::communique::draw(frame, app, self, area)
    }
}
