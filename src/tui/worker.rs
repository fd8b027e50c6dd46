//! The store thread: it owns the session, so the draw path never waits on
//! SQLite. It runs commands in order, tells when each is durable, and looks
//! for other terminals' events a few times a second.

use crate::commands::Command;
use crate::domain::{Msg, State};
use crate::store::{ExecError, Session};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// How often the record is read for events from other processes.
pub const REFRESH: Duration = Duration::from_millis(300);

pub enum Request {
    Execute { command: Command, ticket: u64 },
    Stop,
}

pub enum Response {
    /// A new state: after a command, or after others' events arrived.
    State(Arc<State>),
    /// The command is durable (`Ok` with its text) or was refused.
    Done { ticket: u64, result: Result<String, Msg> },
}

pub struct Worker {
    pub requests: Sender<Request>,
    pub responses: Receiver<Response>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    pub fn start(mut session: Session, author: String) -> Worker {
        let (requests, inbox) = std::sync::mpsc::channel::<Request>();
        let (outbox, responses) = std::sync::mpsc::channel::<Response>();
        let handle = std::thread::spawn(move || {
            loop {
                match inbox.recv_timeout(REFRESH) {
                    Ok(Request::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                    Ok(Request::Execute { command, ticket }) => {
                        let now = chrono::Local::now().fixed_offset();
                        let result = match session.execute(&command, &author, now) {
                            Ok(group) => Ok(group.command.clone()),
                            Err(ExecError::Refused(m)) => Err(m),
                            Err(ExecError::Store(e)) => Err(e.to_msg()),
                        };
                        let _ = outbox.send(Response::State(Arc::new(session.state.clone())));
                        let _ = outbox.send(Response::Done { ticket, result });
                    }
                    Err(RecvTimeoutError::Timeout) => match session.refresh() {
                        Ok(0) => {}
                        Ok(_) => {
                            let _ = outbox.send(Response::State(Arc::new(session.state.clone())));
                        }
                        Err(e) => {
                            let _ = outbox.send(Response::Done {
                                ticket: 0,
                                result: Err(e.to_msg()),
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
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.requests.send(Request::Stop);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
