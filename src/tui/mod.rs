//! The live terminal interface. The only module that knows the terminal:
//! it reads keys, asks the store thread to run commands, and draws the views.

pub mod app;
pub mod clock;
pub mod complete;
pub mod component;
pub mod input;
pub mod intent;
pub mod keymap;
pub mod layers;
pub mod screens;
pub mod selection;
pub mod texts;
pub mod tty;
pub mod views;
pub mod worker;

use crate::domain::State;
use crate::i18n::Localizer;
use crate::render::communique;
use crate::store::Session;
use app::{App, Effect};
use ratatui::crossterm::event::{self, Event};
use screens::BuiltDocument;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::Duration;
use tty::Tty;
use worker::{Request, Response, Worker};

/// How long the screen waits for a key before it looks at the clock, the
/// store and the terminal again: well under the one second within which a
/// lost terminal must end the program.
const TICK: Duration = Duration::from_millis(100);

/// Runs the TUI on an open session until the user quits, the terminal is
/// lost, or a polite kill (SIGTERM, SIGHUP, SIGINT) arrives.
pub fn run(session: Session, words: Localizer, author: String) -> std::io::Result<()> {
    let state = Arc::new(session.state.clone());
    let worker = Worker::start(session, author.clone());
    let mut app = App::new(state, words, author, now());
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, stop.clone())?;
    }
    let mut tty = Tty::open()?;
    let input = Input::start(stop.clone());
    let documents = Builder::start();
    let result = main_loop(&mut tty, &mut app, &worker, &input, &documents, &stop);
    // Put back without a panic even if the terminal has gone, so that the
    // record below is always closed.
    drop(tty);
    // Dropping the worker runs the commands already sent, then closes the
    // record. The input thread may be stuck reading a lost terminal: it
    // ends with the process.
    drop(worker);
    result
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// What the input thread hands over.
enum Input {
    Event(Event),
    /// The terminal answered with an error or end-of-file: it is gone.
    Lost,
}

impl Input {
    /// Reads the terminal on a thread of its own: crossterm's reader loops
    /// inside `poll` when the terminal has hung up, so the screen must not
    /// wait on it.
    fn start(stop: Arc<AtomicBool>) -> Receiver<Input> {
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let next = match event::poll(TICK) {
                    Ok(false) => continue,
                    Ok(true) => event::read().map(Input::Event).unwrap_or(Input::Lost),
                    Err(_) => Input::Lost,
                };
                let lost = matches!(next, Input::Lost);
                if send.send(next).is_err() || lost {
                    return;
                }
            }
        });
        receive
    }
}

/// Whether the terminal has hung up (the window closed, SSH dropped, tmux
/// killed): standard input then reports a hang-up or an error to poll(2).
fn terminal_lost() -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout; poll only writes `revents`.
    let n = unsafe { libc::poll(&mut fd, 1, 0) };
    n > 0 && fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Builds the communique on a thread of its own, so that no frame waits for
/// it: the screen shows the last one built until the new one arrives.
struct Builder {
    requests: Sender<(Arc<State>, String)>,
    built: Receiver<BuiltDocument>,
}

impl Builder {
    fn start() -> Builder {
        let (requests, inbox) = std::sync::mpsc::channel::<(Arc<State>, String)>();
        let (outbox, built) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                // Only the latest request matters.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let (state, lang) = job;
                let doc = Arc::new(communique::build(&state, &lang));
                if outbox.send(BuiltDocument { state, lang, doc }).is_err() {
                    return;
                }
            }
        });
        Builder { requests, built }
    }
}

fn main_loop(
    tty: &mut Tty,
    app: &mut App,
    worker: &Worker,
    input: &Receiver<Input>,
    documents: &Builder,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let size = tty.terminal()?.size()?;
    app.resize(size.width, size.height);
    loop {
        if stop.load(Ordering::Relaxed) || terminal_lost() {
            return Ok(());
        }
        take_responses(app, &worker.responses);
        while let Ok(built) = documents.built.try_recv() {
            app.set_document(built);
        }
        if let Some(job) = app.wants_document() {
            let _ = documents.requests.send(job);
        }
        app.now = now();
        if let Err(e) = tty.terminal()?.draw(|frame| views::draw(frame, app)) {
            // A terminal that has gone answers writes with EIO (or ENXIO
            // once its other side is closed): the end of the screen, as a
            // hang-up is.
            let gone = matches!(e.raw_os_error(), Some(libc::EIO | libc::ENXIO));
            return if gone || terminal_lost() { Ok(()) } else { Err(e) };
        }
        let effects = match input.recv_timeout(TICK) {
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) | Ok(Input::Lost) => return Ok(()),
            Ok(Input::Event(Event::Key(key))) => app.on_key(key),
            Ok(Input::Event(Event::Mouse(mouse))) => app.on_mouse(mouse, &views::tab_spans(app)),
            Ok(Input::Event(Event::Paste(text))) => {
                app.on_paste(&text);
                vec![]
            }
            Ok(Input::Event(Event::Resize(width, height))) => {
                app.resize(width, height);
                vec![]
            }
            Ok(Input::Event(_)) => vec![],
        };
        for effect in effects {
            match effect {
                Effect::Quit => return Ok(()),
                Effect::Send(ticket, command) => send(app, worker, ticket, command),
                Effect::External { purpose, text } => match external_editor(tty, &text) {
                    Ok(Some(edited)) => {
                        app.save(purpose, edited, false);
                        for e in app.take_effects() {
                            if let Effect::Send(ticket, command) = e {
                                send(app, worker, ticket, command);
                            }
                        }
                    }
                    Ok(None) => {}
                    Err(reason) => app.editor_failed(reason),
                },
            }
        }
    }
}

/// Takes in what the store thread said since the last frame. If the thread
/// has ended, the screen says so and blocks: nothing unanswered is saved.
pub fn take_responses(app: &mut App, responses: &Receiver<Response>) {
    loop {
        match responses.try_recv() {
            Ok(Response::State(state, matrix)) => app.set_state_indexed(state, Some(matrix)),
            Ok(Response::Done { ticket, result, retry }) => {
                app.done(ticket, result);
                if let Some(line) = retry {
                    app.offer_again(&line);
                }
            }
            Ok(Response::RefreshFailed(m)) => app.refresh_failed(m),
            Ok(Response::Conflicts(c)) => app.conflicts(c),
            Ok(Response::Lost(m)) => {
                app.record_lost(m);
                return;
            }
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                app.store_gone();
                return;
            }
        }
    }
}

/// Hands a command to the store thread; if that thread has ended, the
/// command is not taken as if it would be saved.
fn send(app: &mut App, worker: &Worker, ticket: worker::Ticket, command: crate::commands::Command) {
    if worker.requests.send(Request::Execute { command, ticket }).is_err() {
        app.store_gone();
    }
}

/// Suspends the TUI while `$VISUAL` or `$EDITOR` edits the text in a private
/// temporary file; `Ok(None)` if it was left unchanged, `Err` with the reason
/// if the editor could not run or failed.
fn external_editor(tty: &mut Tty, text: &str) -> Result<Option<String>, String> {
    use std::io::Write;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_string());
    // A random name, readable by this user only, removed when dropped.
    let mut file = tempfile::Builder::new()
        .prefix("plenary-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes())
        .and_then(|_| file.flush())
        .map_err(|e| e.to_string())?;
    tty.suspend();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status();
    // Not taken back (the terminal went while the editor ran): the next
    // frame finds the screen suspended and ends it.
    let _ = tty.resume();
    let status = status.map_err(|e| format!("{editor}: {e}"))?;
    if !status.success() {
        return Err(format!("{editor}: {status}"));
    }
    let edited = std::fs::read_to_string(file.path()).map_err(|e| e.to_string())?;
    let edited = edited.trim();
    if edited == text.trim() || edited.is_empty() {
        return Ok(None);
    }
    Ok(Some(edited.to_string()))
}
