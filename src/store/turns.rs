//! Writers of one SQLite record take turns.
//!
//! SQLite's write lock is not a queue: a writer that finds it taken sleeps
//! and tries again, while the holder, a script of many commands, releases
//! it at each commit and takes it again within microseconds. The waiter
//! almost always wakes to find it taken again: a single command beside a
//! long script waited for most of the script (14.6 s was measured).
//!
//! So a writer that finds the lock taken says so, by holding a shared
//! `flock` on a small file beside the record (`NAME.plenary-writers`), for
//! as long as it waits; and every writer, before it takes the write lock,
//! lets those who said so go first (it waits until it could hold that file
//! exclusively, which is when every waiter has got the lock it waited
//! for). A script thus yields once to each command that arrived while it
//! wrote, and that command waits at most for the one command being written.
//!
//! Why a lock on a file of its own, not on the record: the kernel releases
//! it when a process ends, however it ends (a killed waiter leaves nothing
//! to clean up); `flock` and SQLite's own `fcntl` locks do not interfere;
//! and closing a file descriptor of the record itself would drop SQLite's
//! locks on it in this process. SQLite's lock stays the only guarantee of
//! one writer at a time: a program that does not take turns (an older
//! plenary, the `sqlite3` shell) is still excluded, only not served fairly.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The suffix of the file writers take turns on, beside the record.
pub const SUFFIX: &str = "-writers";

/// The longest pause between two looks at a lock: a waiter is served
/// within this much of the lock's release.
const LONGEST_PAUSE: Duration = Duration::from_millis(1);

/// The turns of the writers of one record.
pub struct Turns {
    path: PathBuf,
    /// Opened at the first write (a reader never makes the file); `None`
    /// also where it cannot be made (then this writer is served as before,
    /// by SQLite alone).
    file: Option<File>,
    opened: bool,
}

impl Turns {
    pub fn new(record: &Path) -> Turns {
        let mut path = record.as_os_str().to_owned();
        path.push(SUFFIX);
        Turns {
            path: PathBuf::from(path),
            file: None,
            opened: false,
        }
    }

    fn file(&mut self) -> Option<&File> {
        if !self.opened {
            self.opened = true;
            self.file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&self.path)
                .ok();
        }
        self.file.as_ref()
    }

    /// Takes a write lock with `try_take` (one attempt, no waiting; false:
    /// another writer holds it), after letting those already waiting go
    /// first, and waiting in line if it is taken. Gives up after `patience`
    /// with what the last attempt said.
    pub fn take<T, E>(
        &mut self,
        patience: Duration,
        mut try_take: impl FnMut() -> Result<Option<T>, E>,
        busy: impl FnOnce() -> E,
    ) -> Result<T, E> {
        let start = Instant::now();
        let Some(file) = self.file() else {
            return wait_for(start, patience, &mut try_take, busy);
        };
        // Those who said they wait go first.
        let mut pause = Duration::from_micros(20);
        while start.elapsed() < patience {
            match file.try_lock() {
                Ok(()) => {
                    let _ = file.unlock();
                    break;
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(LONGEST_PAUSE);
                }
                // A lock the file system does not offer: served by SQLite alone.
                Err(std::fs::TryLockError::Error(_)) => break,
            }
        }
        if let Some(taken) = try_take()? {
            return Ok(taken);
        }
        // Taken: say so for as long as this writer waits.
        let said = file.lock_shared().is_ok();
        let outcome = wait_for(start, patience, &mut try_take, busy);
        if said {
            let _ = file.unlock();
        }
        outcome
    }
}

/// Tries again, a short pause between attempts, until taken or `patience` is spent.
fn wait_for<T, E>(
    start: Instant,
    patience: Duration,
    try_take: &mut impl FnMut() -> Result<Option<T>, E>,
    busy: impl FnOnce() -> E,
) -> Result<T, E> {
    let mut pause = Duration::from_micros(20);
    loop {
        if let Some(taken) = try_take()? {
            return Ok(taken);
        }
        if start.elapsed() >= patience {
            return Err(busy());
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(LONGEST_PAUSE);
    }
}
