//! `plenary publish SESSION DIR [--watch]`: the delegates' view.

use super::{EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, open_failed, report, whole};
use crate::i18n::Localizer;
use crate::msg;
use crate::output::OutputError;
use crate::publish::watch::{self, Progress};
use crate::publish::{Publisher, Tally};
use crate::render::record_head::RecordHead;
use crate::store::session::resolve;
use crate::store::{Access, OpenError, Session, location};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

pub fn run(l: &Localizer, path: &Path, dir: &Path, follow: bool) -> u8 {
    if dir.exists() && !dir.is_dir() {
        report(l, &msg!("pub-not-a-folder", path = dir.display().to_string()));
        return EXIT_BAD_INPUT;
    }
    // Taken before the first pass, so that Ctrl-C during it stops after it.
    let stop = Arc::new(AtomicBool::new(false));
    if follow {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            if let Err(e) = signal_hook::flag::register(signal, stop.clone()) {
                report(l, &msg!("pub-signals-failed", reason = e.to_string()));
                return EXIT_FAILURE;
            }
        }
    }
    // Whatever serves the folder would serve the record too, drafts and
    // all: said before anything is read.
    let (meeting_path, beside) = resolve(path);
    let record_file = match location::record_place(path, &meeting_path) {
        Ok(None) => Some(beside),
        Ok(Some(location::Place::File(file))) => Some(file),
        Ok(Some(location::Place::Database(_))) | Err(_) => None,
    };
    if let Some(record) = record_file
        && crate::publish::site_folder(&record).starts_with(crate::publish::site_folder(dir))
    {
        report(
            l,
            &msg!(
                "pub-record-inside",
                path = dir.display().to_string(),
                record = record.display().to_string()
            ),
        );
        return EXIT_BAD_INPUT;
    }
    // Read only. With no record yet the site is the meeting as its file
    // has it, and `--watch` takes up the record once a writer makes it.
    let mut session = match Session::open_with(path, Access::Read) {
        Ok(s) => match whole(l, s) {
            Ok(s) => Some(s),
            Err(code) => return code,
        },
        Err(OpenError::NoRecord(_)) => None,
        Err(e) => return open_failed(l, &e),
    };
    let shown = dir.display().to_string();
    let mut publisher = Publisher::new(dir);
    let mut watching_said = false;
    if session.is_none() {
        let meeting = match super::load_meeting(l, &meeting_path) {
            Ok(m) => m,
            Err(code) => return code,
        };
        let state = crate::domain::State::new(Arc::new(meeting));
        let tally = match publisher.publish(&state, RecordHead { events: 0, hash: None }) {
            Ok(tally) => tally,
            Err(e) => return publish_failed(l, &shown, &e),
        };
        report(
            l,
            &msg!(
                "pub-done",
                dir = shown.as_str(),
                written = tally.written,
                unchanged = tally.unchanged,
                removed = tally.removed
            ),
        );
        if !follow {
            return EXIT_OK;
        }
        report(l, &msg!("pub-watching"));
        watching_said = true;
        session = loop {
            if stop.load(std::sync::atomic::Ordering::Relaxed) {
                report(l, &msg!("pub-stopped"));
                return EXIT_OK;
            }
            std::thread::sleep(watch::POLL);
            match Session::open_with(path, Access::Read) {
                Ok(s) => match whole(l, s) {
                    Ok(s) => break Some(s),
                    Err(code) => return code,
                },
                Err(OpenError::NoRecord(_)) => continue,
                Err(e) => return open_failed(l, &e),
            }
        };
    }
    let Some(mut session) = session else {
        return EXIT_OK;
    };
    let written = |tally: Tally| {
        msg!(
            "pub-done",
            dir = shown.as_str(),
            written = tally.written,
            unchanged = tally.unchanged,
            removed = tally.removed
        )
    };
    match publisher.publish(&session.state, RecordHead::of(session.record().head())) {
        Ok(tally) => report(l, &written(tally)),
        Err(e) => return publish_failed(l, &shown, &e),
    }
    if !follow {
        return EXIT_OK;
    }
    if !watching_said {
        report(l, &msg!("pub-watching"));
    }
    watch::follow(&mut session, &mut publisher, &stop, |progress| match progress {
        Progress::Published { seq, tally } => report(
            l,
            &msg!(
                "pub-updated",
                seq = seq,
                written = tally.written,
                unchanged = tally.unchanged,
                removed = tally.removed
            ),
        ),
        Progress::RecordFailed(e) => report(l, &msg!("pub-record-failed", reason = l.format(&e.to_msg()))),
        Progress::WriteFailed(e) => report(l, &write_failed(&shown, &e)),
    });
    report(l, &msg!("pub-stopped"));
    EXIT_OK
}

/// Why the site could not be written: a page's path that is not a file
/// (a folder, a device, a FIFO put in the site's folder) is named as
/// `-o` names it; anything else is the system's reason.
/// Says why the site was not written: exit 2 for a path that is not a file
/// (the input's fault), 1 for a failed write.
fn publish_failed(l: &Localizer, shown: &str, e: &std::io::Error) -> u8 {
    report(l, &write_failed(shown, e));
    if OutputError::inside(e).is_some() {
        EXIT_BAD_INPUT
    } else {
        EXIT_FAILURE
    }
}

fn write_failed(shown: &str, e: &std::io::Error) -> crate::domain::Msg {
    match OutputError::inside(e) {
        Some(refused @ OutputError::Refused { path, .. }) => refused.to_msg(path),
        _ => msg!("pub-write-failed", path = shown, reason = e.to_string()),
    }
}
