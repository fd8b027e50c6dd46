//! `plenary publish --watch`: follows the record as the TUI does (reading
//! what other processes committed, a few times a second) and brings the
//! site up to date whenever something arrived.

use super::{Publisher, Tally};
use crate::render::record_head::RecordHead;
use crate::store::{Session, StoreError};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How often the record is read for new commands: with the time to write
/// the pages, a commit is on the site within a second.
pub const POLL: Duration = Duration::from_millis(200);

/// How long a wait lasts at most before the stop flag is looked at.
const NAP: Duration = Duration::from_millis(50);

/// What happened at one look at the record.
pub enum Progress {
    /// Commands arrived (up to `seq`) and the site was brought up to date.
    Published { seq: i64, tally: Tally },
    /// The record could not be read; it is read again at the next look.
    RecordFailed(StoreError),
    /// The site could not be written; it is written again at the next look.
    WriteFailed(std::io::Error),
}

/// Follows the session until `stop` is set (by SIGINT or SIGTERM), telling
/// `tell` each time something happened. A page being written when the
/// signal comes is finished first: nothing is left half done.
pub fn follow(session: &mut Session, publisher: &mut Publisher, stop: &AtomicBool, mut tell: impl FnMut(Progress)) {
    // After a failed write, the next look writes again even if no command came.
    let mut behind = false;
    loop {
        let until = Instant::now() + POLL;
        while Instant::now() < until {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(NAP.min(until.saturating_duration_since(Instant::now())));
        }
        match session.refresh() {
            Ok(0) if !behind => continue,
            Ok(_) => {}
            Err(e) => {
                tell(Progress::RecordFailed(e));
                continue;
            }
        }
        let head = RecordHead::of(session.record().head());
        match publisher.publish(&session.state, head) {
            Ok(tally) => {
                behind = false;
                tell(Progress::Published {
                    seq: session.state.last_seq(),
                    tally,
                });
            }
            Err(e) => {
                behind = true;
                tell(Progress::WriteFailed(e));
            }
        }
    }
}
