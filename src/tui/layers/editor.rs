//! The text editor: a new decision, an amendment, a translation beside the
//! original as it stands now.

use super::confirm::{Confirm, Yes};
use super::{EditPurpose, Layer, centered};
use crate::commands::Command;
use crate::domain::limits::check_text;
use crate::msg;
use crate::tui::app::App;
use crate::tui::component::{Component, Handled};
use crate::tui::texts;
use crate::tui::views::{dim, safe};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui_textarea::{TextArea, WrapMode};

pub struct Editor {
    pub purpose: EditPurpose,
    pub area: TextArea<'static>,
    /// The text when editing began, to know whether Esc loses anything.
    pub initial: String,
    /// How far the original's pane is scrolled.
    pub original_scroll: u16,
}

impl Editor {
    pub fn new(purpose: EditPurpose, text: &str) -> Editor {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(String::from).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        let mut editor = Editor {
            purpose,
            area,
            initial: String::new(),
            original_scroll: 0,
        };
        editor.initial = editor.text();
        editor
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n").trim().to_string()
    }

    pub fn changed(&self) -> bool {
        self.text() != self.initial
    }
}

impl Component for Editor {
    fn on_key(&mut self, app: &mut App, key: KeyEvent) -> Handled {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Esc if self.changed() => {
                let message = app.say(&msg!("confirm-discard"));
                app.layers.push(Layer::Confirm(Confirm {
                    message,
                    yes: Yes::Discard,
                    keys: "confirm-discard-keys",
                }));
            }
            KeyCode::Esc => {
                app.info(msg!("status-edit-cancelled"));
                return Handled::Close;
            }
            KeyCode::Up if alt => self.original_scroll = self.original_scroll.saturating_sub(1),
            KeyCode::Down if alt => self.original_scroll = self.original_scroll.saturating_add(1),
            // Ctrl-D saves a draft only where a draft exists; elsewhere it does nothing.
            KeyCode::Char('d') if ctrl && !self.purpose.has_draft() => {}
            KeyCode::Char('s') | KeyCode::Char('d') if ctrl => {
                let draft = key.code == KeyCode::Char('d');
                let text = self.text();
                if text.is_empty() {
                    app.error(msg!("err-empty-text"));
                    return Handled::Consumed;
                }
                // Sent: the editor closes. Asked first, or refused: it stays.
                if app.save(self.purpose.clone(), text, draft) {
                    return Handled::Close;
                }
            }
            _ => {
                self.area.input(key);
            }
        }
        Handled::Consumed
    }

    fn on_paste(&mut self, _app: &mut App, text: &str) -> Handled {
        self.area.insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
        Handled::Consumed
    }

    fn draw(&self, frame: &mut Frame<'_>, app: &App, area: Rect) {
        editor(frame, app, area, self)
    }
}

fn editor(frame: &mut Frame<'_>, app: &App, area: Rect, editor: &Editor) {
    let outer = centered(area, area.width.saturating_sub(4), area.height.saturating_sub(4));
    frame.render_widget(Clear, outer);
    let title = match &editor.purpose {
        EditPurpose::Draft { decision, item } => {
            app.say(&msg!("editor-draft", id = safe(decision), item = item.to_string()))
        }
        EditPurpose::Amend { target, .. } => app.say(&msg!("editor-amend", id = safe(target))),
        EditPurpose::Translate { target, lang, .. } => {
            app.say(&msg!("editor-translate", id = safe(target), lang = lang.clone()))
        }
    };
    let keys = if editor.purpose.has_draft() {
        msg!("editor-keys")
    } else {
        msg!("editor-keys-final")
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .title_bottom(app.say(&keys));
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let text_area = if let EditPurpose::Translate { target, version, .. } = &editor.purpose {
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
        // The original as it stands now: if another terminal amended it
        // meanwhile, the new text is shown, and said.
        let (original, amended) = match app.text(target) {
            Some(r) => (safe(&r.text.original), r.text.version != *version),
            None => (String::new(), false),
        };
        let mut lines = Vec::new();
        if amended {
            lines.push(Line::styled(
                app.say(&msg!("editor-original-amended")),
                Style::default().fg(Color::Magenta),
            ));
        }
        lines.push(Line::styled(original, dim()));
        let pane = Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((editor.original_scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::RIGHT)
                    .title_bottom(app.say(&msg!("editor-original-scroll"))),
            );
        frame.render_widget(pane, left);
        right
    } else {
        inner
    };
    frame.render_widget(&editor.area, text_area);
}

/// Saving an edit, from the editor or from `$EDITOR`: what the command is,
/// and whether another terminal changed the text meanwhile.
impl App {
    /// Sends the command an edit calls for (`true`); if another terminal
    /// changed the same text (or its translation) meanwhile, asks first, and
    /// a text over the limit is refused (`false`).
    pub fn save(&mut self, purpose: EditPurpose, text: String, draft: bool) -> bool {
        if let Err(m) = check_text(&text) {
            self.error(m);
            return false;
        }
        let now =
            |target: &str| texts::text(&self.state, target).map(|r| (r.text.version, r.text.translations.clone()));
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
}
