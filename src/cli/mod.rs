//! Dispatches the command line to the engine, and turns outcomes into exit
//! statuses: 0 done, 2 bad input, 1 anything else.

pub mod args;
mod check;
pub mod complete;
mod documents;
mod export;
mod overview;
mod run;
mod xliff;

use crate::domain::Msg;
use crate::i18n::Localizer;
use crate::render::visible;
use crate::store::session::{OpenError, Session, open_error_msg};
use args::{Cli, Cmd, XliffCmd};
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
        p.file.display(),
        p.line,
        p.column,
        visible(&l.format(&p.msg))
    );
}

/// Opens a session or reports why not, with the exit status to use.
pub(crate) fn open(l: &Localizer, path: &Path) -> Result<Session, u8> {
    match Session::open(path) {
        Ok(s) => {
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
        Err(e) => {
            for (problem, msg) in open_error_msg(&e) {
                match problem {
                    Some(p) => report_problem(l, &p),
                    None => report(l, &msg),
                }
            }
            Err(match e {
                OpenError::Files(_) | OpenError::NoRecord(_) => EXIT_BAD_INPUT,
                OpenError::Store(crate::store::StoreError::Newer { .. } | crate::store::StoreError::Foreign { .. }) => {
                    EXIT_BAD_INPUT
                }
                OpenError::Store(_) => EXIT_FAILURE,
            })
        }
    }
}

/// Writes a document to a file or standard output.
pub(crate) fn emit(l: &Localizer, output: Option<&Path>, text: &str) -> u8 {
    emit_bytes(l, output, text.as_bytes())
}

/// Writes bytes to a file or standard output.
pub(crate) fn emit_bytes(l: &Localizer, output: Option<&Path>, bytes: &[u8]) -> u8 {
    match output {
        Some(path) => match std::fs::write(path, bytes) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                report(
                    l,
                    &crate::msg!(
                        "cli-write-failed",
                        path = path.display().to_string(),
                        reason = e.to_string()
                    ),
                );
                EXIT_FAILURE
            }
        },
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|_| out.flush()) {
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

pub fn run(cli: Cli) -> u8 {
    let l = Localizer::from_env(cli.ui_lang.as_deref());
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
        Some(Cmd::Xliff(XliffCmd::Export { session, lang, output })) => {
            xliff::export(&l, &session, &lang, output.as_deref())
        }
        Some(Cmd::Xliff(XliffCmd::Import { session, file })) => xliff::import(&l, &session, &file),
        Some(Cmd::Completions { shell }) => emit(&l, None, &complete::registration(shell)),
        Some(Cmd::Man) => man(&l),
        None => match cli.session {
            Some(session) => overview::run(&l, &session),
            None => {
                report(&l, &crate::msg!("cli-no-session"));
                EXIT_BAD_INPUT
            }
        },
    }
}

/// The man page, from the same definition as `--help`.
fn man(l: &Localizer) -> u8 {
    use clap::CommandFactory;
    let mut out = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut out) {
        Ok(()) => emit_bytes(l, None, &out),
        Err(e) => {
            report(l, &crate::msg!("cli-write-failed", path = "-", reason = e.to_string()));
            EXIT_FAILURE
        }
    }
}
