//! The live terminal interface. The only module that knows the terminal:
//! it reads keys, asks the store thread to run commands, and draws the views.

pub mod action;
pub mod app;
pub mod complete;
pub mod input;
pub mod keymap;
pub mod layers;
pub mod views;
pub mod worker;

use crate::i18n::Localizer;
use crate::store::Session;
use app::{App, Effect};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use worker::{Request, Response, Worker};

/// Runs the TUI on an open session until the user quits.
pub fn run(session: Session, words: Localizer, author: String) -> std::io::Result<()> {
    let state = Arc::new(session.state.clone());
    let worker = Worker::start(session, author.clone());
    let mut app = App::new(state, words, author, now());
    // ratatui::init sets raw mode and the alternate screen, and restores the
    // terminal on panic.
    // A polite kill (SIGTERM, SIGHUP, SIGINT) ends the loop, so the terminal is
    // restored as on `q`; every confirmed command is already durable.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, stop.clone())?;
    }
    let mut terminal = ratatui::init();
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = main_loop(&mut terminal, &mut app, &worker, &stop);
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

fn main_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    worker: &Worker,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let mut ticket = 0u64;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        while let Ok(response) = worker.responses.try_recv() {
            match response {
                Response::State(state) => app.set_state(state),
                Response::Done { result, retry, .. } => {
                    app.done(result);
                    if let Some(line) = retry {
                        app.offer_again(&line);
                    }
                }
            }
        }
        app.now = now();
        terminal.draw(|frame| views::draw(frame, app))?;
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        let effects = match event::read()? {
            Event::Key(key) => app.on_key(key),
            Event::Mouse(mouse) => app.on_mouse(mouse, &views::tab_spans(app), views::LIST_TOP),
            _ => vec![],
        };
        for effect in effects {
            match effect {
                Effect::Quit => return Ok(()),
                Effect::Send(command) => {
                    ticket += 1;
                    let _ = worker.requests.send(Request::Execute { command, ticket });
                }
                Effect::External { purpose, text } => {
                    if let Some(edited) = external_editor(terminal, &text)? {
                        for e in app.save(purpose, edited, false) {
                            if let Effect::Send(command) = e {
                                ticket += 1;
                                let _ = worker.requests.send(Request::Execute { command, ticket });
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Suspends the TUI while `$EDITOR` edits the text; `None` if it was left unchanged.
fn external_editor(terminal: &mut ratatui::DefaultTerminal, text: &str) -> std::io::Result<Option<String>> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_string());
    let file = std::env::temp_dir().join(format!("plenary-{}.txt", std::process::id()));
    std::fs::write(&file, text)?;
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&file)
        .status();
    *terminal = ratatui::init();
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    terminal.clear()?;
    let edited = std::fs::read_to_string(&file).unwrap_or_default();
    let _ = std::fs::remove_file(&file);
    match status {
        Ok(s) if s.success() && edited.trim() != text.trim() && !edited.trim().is_empty() => {
            Ok(Some(edited.trim().to_string()))
        }
        _ => Ok(None),
    }
}
