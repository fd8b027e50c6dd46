//! `plenary publish SESSION DIR [--watch]`: the delegates' view.

use super::{EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, open_whole, report};
use crate::i18n::Localizer;
use crate::msg;
use crate::publish::watch::{self, Progress};
use crate::publish::{Publisher, Tally};
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
    let mut session = match open_whole(l, path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Whatever serves the folder would serve the record too, drafts and all.
    let record = crate::publish::site_folder(session.record_path());
    if record.starts_with(crate::publish::site_folder(dir)) {
        report(
            l,
            &msg!(
                "pub-record-inside",
                path = dir.display().to_string(),
                record = session.record_path().display().to_string()
            ),
        );
        return EXIT_BAD_INPUT;
    }
    let shown = dir.display().to_string();
    let mut publisher = Publisher::new(dir);
    let written = |tally: Tally| {
        msg!(
            "pub-done",
            dir = shown.as_str(),
            written = tally.written,
            unchanged = tally.unchanged,
            removed = tally.removed
        )
    };
    match publisher.publish(&session.state) {
        Ok(tally) => report(l, &written(tally)),
        Err(e) => {
            report(
                l,
                &msg!("pub-write-failed", path = shown.as_str(), reason = e.to_string()),
            );
            return EXIT_FAILURE;
        }
    }
    if !follow {
        return EXIT_OK;
    }
    report(l, &msg!("pub-watching"));
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
        Progress::WriteFailed(e) => report(
            l,
            &msg!("pub-write-failed", path = shown.as_str(), reason = e.to_string()),
        ),
    });
    report(l, &msg!("pub-stopped"));
    EXIT_OK
}
