//! The store thread: it owns the session, so the draw path never waits on
//! the record. It runs commands in order, tells when each is durable (by the
//! ticket the screen gave it), and looks for other terminals' events a few
//! times a second, or, where the engine tells of commits (PostgreSQL), as
//! soon as one is made.

use crate::commands::Command;
use crate::domain::{Msg, State};
use crate::store::{ExecError, Session, StoreError};
use crate::tui::texts::{TextRef, matrix_index};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// How often the record is read for events from other processes.
pub const REFRESH: Duration = Duration::from_millis(300);
/// With an engine that tells of commits, reading anyway this often is only a safety net.
const REFRESH_TOLD: Duration = Duration::from_secs(5);

/// The number the screen gives a command, to match its result.
pub type Ticket = u64;

pub enum Request {
    Execute {
        command: Command,
        ticket: Ticket,
    },
    /// Another process committed: read the record now.
    Refresh,
    Stop,
}

/// What a durable command did, in words for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// The command as recorded.
    Command(String),
    /// An undo, with the command it reversed.
    Undone(String),
}

pub enum Response {
    /// A new state: after a command, or after others' events arrived; with
    /// the translation matrix's order of its texts, made here rather than in
    /// the screen's first frame.
    State(Arc<State>, Arc<Vec<TextRef>>),
    /// The command is durable or was refused. `retry`: it was not saved
    /// because the record could not be reached; its text, to offer again.
    Done {
        ticket: Ticket,
        result: Result<Saved, Msg>,
        retry: Option<String>,
    },
    /// Reading others' events failed; the state shown may be behind.
    RefreshFailed(Msg),
    /// Stored commands that no longer apply to the meeting file: (command, why).
    Conflicts(Vec<(String, Msg)>),
    /// The record's file was deleted or replaced: nothing more can be
    /// saved, and the thread ends. A command it was running is left
    /// unanswered, so the screen lists it as not saved.
    Lost(Msg),
}

pub struct Worker {
    pub requests: Sender<Request>,
    pub responses: Receiver<Response>,
    handle: Option<std::thread::JoinHandle<()>>,
    listening: Option<(Arc<AtomicBool>, std::thread::JoinHandle<()>)>,
}

impl Worker {
    pub fn start(mut session: Session, author: String) -> Worker {
        let (requests, inbox) = std::sync::mpsc::channel::<Request>();
        let (outbox, responses) = std::sync::mpsc::channel::<Response>();
        let listening = session.listener().map(|mut wait| {
            let stop = Arc::new(AtomicBool::new(false));
            let (stopped, wake) = (stop.clone(), requests.clone());
            let handle = std::thread::spawn(move || {
                while !stopped.load(Ordering::Relaxed) {
                    match wait(Duration::from_millis(250)) {
                        Ok(true) => {
                            if wake.send(Request::Refresh).is_err() {
                                break;
                            }
                        }
                        Ok(false) => {}
                        // The server is away: the store thread reports it when it reads.
                        Err(_) => std::thread::sleep(Duration::from_secs(1)),
                    }
                }
            });
            (stop, handle)
        });
        let every = if listening.is_some() { REFRESH_TOLD } else { REFRESH };
        let handle = std::thread::spawn(move || {
            let mut conflicts_told = 0;
            let tell_conflicts = |session: &Session, told: &mut usize| -> Option<Response> {
                if session.conflicts.len() <= *told {
                    return None;
                }
                let new = session.conflicts[*told..]
                    .iter()
                    .map(|c| (c.command.clone(), c.msg.clone()))
                    .collect();
                *told = session.conflicts.len();
                Some(Response::Conflicts(new))
            };
            if let Some(r) = tell_conflicts(&session, &mut conflicts_told) {
                let _ = outbox.send(r);
            }
            loop {
                // A send fails only when the screen has gone: then stop.
                let sent = match inbox.recv_timeout(every) {
                    Ok(Request::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                    Ok(Request::Execute { command, ticket }) => {
                        let undone = matches!(command, Command::Undo)
                            .then(|| session.undo_preview(&author))
                            .flatten();
                        let now = chrono::Local::now().fixed_offset();
                        let mut retry = None;
                        let result = match session.execute(&command, &author, now) {
                            Err(ExecError::Store(e @ StoreError::Replaced { .. })) => {
                                let _ = outbox.send(Response::Lost(e.to_msg()));
                                break;
                            }
                            Ok(group) => Ok(match undone {
                                Some(target) => Saved::Undone(target),
                                None => Saved::Command(group.command.clone()),
                            }),
                            Err(ExecError::Refused(m)) => Err(m),
                            Err(ExecError::Store(e)) => {
                                if matches!(e, StoreError::Postgres { unreachable: true, .. }) {
                                    retry = Some(command.to_string());
                                }
                                Err(e.to_msg())
                            }
                        };
                        let state = outbox.send(new_state(&session));
                        state.and_then(|_| outbox.send(Response::Done { ticket, result, retry }))
                    }
                    Ok(Request::Refresh) | Err(RecvTimeoutError::Timeout) => match session.refresh() {
                        Err(e @ StoreError::Replaced { .. }) => {
                            let _ = outbox.send(Response::Lost(e.to_msg()));
                            break;
                        }
                        Ok(0) => Ok(()),
                        Ok(_) => outbox.send(new_state(&session)),
                        Err(e) => outbox.send(Response::RefreshFailed(e.to_msg())),
                    },
                };
                let told = match tell_conflicts(&session, &mut conflicts_told) {
                    Some(r) => outbox.send(r),
                    None => Ok(()),
                };
                if sent.is_err() || told.is_err() {
                    break;
                }
            }
            // Dropping the session here closes the record, which folds its
            // write-ahead log back.
            drop(session);
        });
        Worker {
            requests,
            responses,
            handle: Some(handle),
            listening,
        }
    }

    /// A worker whose thread has already ended, as after a crash: for tests
    /// of what the screen shows then.
    pub fn dead() -> Worker {
        let (requests, _) = std::sync::mpsc::channel::<Request>();
        let (_, responses) = std::sync::mpsc::channel::<Response>();
        Worker {
            requests,
            responses,
            handle: None,
            listening: None,
        }
    }
}

fn new_state(session: &Session) -> Response {
    let state = Arc::new(session.state.clone());
    let matrix = Arc::new(matrix_index(&state));
    Response::State(state, matrix)
}

impl Drop for Worker {
    /// Stops after the commands already sent: each is made durable first.
    fn drop(&mut self) {
        let _ = self.requests.send(Request::Stop);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
        if let Some((stop, h)) = self.listening.take() {
            stop.store(true, Ordering::Relaxed);
            let _ = h.join();
        }
    }
}
