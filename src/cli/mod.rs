//! Dispatches the command line to the engine, and turns outcomes into exit
//! statuses: 0 done, 2 bad input, 1 anything else.

pub mod args;
mod check;
mod copy;
mod documents;
mod export;
mod import;
mod overview;
mod run;
mod verify;

use crate::domain::Msg;
use crate::i18n::Localizer;
use crate::render::visible;
use crate::store::session::{Access, OpenError, Session, open_error_msg};
use args::{Cli, Cmd};
use std::io::Write;
use std::path::Path;

pub const EXIT_OK: u8 = 0;
pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;

/// Prints a problem or a message on standard error, made safe for the terminal.
pub(crate) fn report(l: &Localizer, msg: &Msg) {
    let _ = writeln!(std::io::stderr(), "{}", visible(&l.format(msg)));
}

pub(crate) fn report_problem(l: &Localizer, p: &crate::files::Problem) {
    let _ = writeln!(
        std::io::stderr(),
        "{}:{}:{}: {}",
        // A file's name is text from outside too: `ESC ]0;…` in it would retitle the terminal.
        crate::render::visible_line(&p.file.display().to_string()),
        p.line,
        p.column,
        visible(&l.format(&p.msg))
    );
}

/// Opens a session to record commands in, or reports why not, with the exit status to use.
pub(crate) fn open(l: &Localizer, path: &Path) -> Result<Session, u8> {
    open_with(l, path, Access::Write)
}

/// Opens a session to read, writing nothing, or reports why not.
pub(crate) fn open_read(l: &Localizer, path: &Path) -> Result<Session, u8> {
    open_with(l, path, Access::Read)
}

fn open_with(l: &Localizer, path: &Path, access: Access) -> Result<Session, u8> {
    match Session::open_with(path, access) {
        Ok(s) => {
            for w in &s.warnings {
                report(l, w);
            }
            for c in &s.conflicts {
                report(
                    l,
                    &crate::msg!(
                        "cli-conflict",
                        seq = c.seq,
                        command = c.command.clone(),
                        reason = l.format(&c.msg)
                    ),
                );
            }
            Ok(s)
        }
        Err(e) => Err(open_failed(l, &e)),
    }
}

/// Reports why a session did not open; the exit status to use.
pub(crate) fn open_failed(l: &Localizer, e: &OpenError) -> u8 {
    for (problem, msg) in open_error_msg(e) {
        match problem {
            Some(p) => report_problem(l, &p),
            None => report(l, &msg),
        }
    }
    match e {
        OpenError::Files(_) | OpenError::NoRecord(_) | OpenError::BadLocation(_) => EXIT_BAD_INPUT,
        OpenError::Store(e) if e.is_bad_input() => EXIT_BAD_INPUT,
        OpenError::Store(_) => EXIT_FAILURE,
    }
}

/// Writes a document to a file or standard output. A file is written whole
/// or not at all: into a temporary file beside it, then renamed over it, so
/// that a full disk or a crash leaves the file that was there.
pub(crate) fn emit(l: &Localizer, output: Option<&Path>, text: &str) -> u8 {
    match output {
        Some(path) => match write_whole(path, text.as_bytes()) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                report(
                    l,
                    &crate::msg!(
                        "record-write-kept",
                        path = path.display().to_string(),
                        reason = e.to_string()
                    ),
                );
                EXIT_FAILURE
            }
        },
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Ok(()) => EXIT_OK,
                // A closed pipe (`| head`) is the reader's choice, not a failure to report.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
                Err(e) => {
                    report(l, &crate::msg!("cli-write-failed", path = "-", reason = e.to_string()));
                    EXIT_FAILURE
                }
            }
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new().prefix(".plenary-").tempfile_in(folder)?;
    file.write_all(bytes)?;
    file.flush()?;
    file.as_file().sync_all()?;
    // The new file keeps the old one's permissions, or is readable by all
    // as a file made by `>` would be (a temporary file is private).
    let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
    file.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

pub fn run(cli: Cli) -> u8 {
    let l = Localizer::from_env(cli.ui_lang.as_deref());
    if let Some(url) = &cli.record {
        crate::store::location::choose(url);
    }
    match cli.command {
        Some(Cmd::Check { meeting }) => check::run(&l, &meeting),
        Some(Cmd::Do(args)) => run::run(&l, &args),
        Some(Cmd::Export {
            session,
            format,
            output,
        }) => export::run(&l, &session, format, output.as_deref()),
        Some(Cmd::Communique {
            session,
            lang,
            format,
            output,
        }) => documents::communique(&l, &session, lang.as_deref(), format, output.as_deref()),
        Some(Cmd::Decision {
            session,
            id,
            lang,
            format,
            output,
        }) => documents::decision(&l, &session, &id, lang.as_deref(), format, output.as_deref()),
        Some(Cmd::Verify { session }) => verify::run(&l, &session),
        Some(Cmd::Import { session, file }) => import::run(&l, &session, &file),
        Some(Cmd::RecordCmd(args::RecordCmd::Copy { from, to })) => copy::run(&l, &from, &to),
        None => match cli.session {
            Some(session) => overview::run(&l, &session),
            None => {
                report(&l, &crate::msg!("cli-no-session"));
                EXIT_BAD_INPUT
            }
        },
    }
}
