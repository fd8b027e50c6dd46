//! The store thread: it owns the session, so the draw path never waits on
//! the record. It runs commands in order, tells when each is durable, and
//! looks for other terminals' events a few times a second, or, where the
//! engine tells of commits (PostgreSQL), as soon as one is made.

use crate::commands::Command;
use crate::domain::{Msg, State};
use crate::store::{ExecError, Session, StoreError};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// How often the record is read for events from other processes.
pub const REFRESH: Duration = Duration::from_millis(300);
/// With an engine that tells of commits, reading anyway this often is only a safety net.
const REFRESH_TOLD: Duration = Duration::from_secs(5);

pub enum Request {
    Execute {
        command: Command,
        ticket: u64,
    },
    /// Another process committed: read the record now.
    Refresh,
    Stop,
}

pub enum Response {
    /// A new state: after a command, or after others' events arrived.
    State(Arc<State>),
    /// The command is durable (`Ok` with its text) or was refused.
    /// `retry`: it was not saved because the record could not be reached;
    /// its text, to offer again.
    Done {
        ticket: u64,
        result: Result<String, Msg>,
        retry: Option<String>,
    },
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
            loop {
                match inbox.recv_timeout(every) {
                    Ok(Request::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                    Ok(Request::Execute { command, ticket }) => {
                        let now = chrono::Local::now().fixed_offset();
                        let mut retry = None;
                        let result = match session.execute(&command, &author, now) {
                            Ok(group) => Ok(group.command.clone()),
                            Err(ExecError::Refused(m)) => Err(m),
                            Err(ExecError::Store(e)) => {
                                if matches!(e, StoreError::Postgres { unreachable: true, .. }) {
                                    retry = Some(command.to_string());
                                }
                                Err(e.to_msg())
                            }
                        };
                        let _ = outbox.send(Response::State(Arc::new(session.state.clone())));
                        let _ = outbox.send(Response::Done { ticket, result, retry });
                    }
                    Ok(Request::Refresh) | Err(RecvTimeoutError::Timeout) => match session.refresh() {
                        Ok(0) => {}
                        Ok(_) => {
                            let _ = outbox.send(Response::State(Arc::new(session.state.clone())));
                        }
                        Err(e) => {
                            let _ = outbox.send(Response::Done {
                                ticket: 0,
                                result: Err(e.to_msg()),
                                retry: None,
                            });
                        }
                    },
                }
            }
        });
        Worker {
            requests,
            responses,
            handle: Some(handle),
            listening,
        }
    }
}

impl Drop for Worker {
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
