//! Dispatches the command line to the engine, and turns outcomes into exit
//! statuses: 0 done, 2 bad input, 1 anything else.

pub mod args;
mod check;
pub mod complete;
mod copy;
mod documents;
mod export;
pub mod help;
mod import;
mod overview;
mod publish;
mod run;
mod verify;
mod xliff;

use crate::domain::Msg;
use crate::i18n::Localizer;
use crate::render::visible;
use crate::store::session::{Access, OpenError, Session, open_error_msg};
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
        // A file's name is text from outside too: `ESC ]0;…` in it would retitle the terminal.
        crate::render::visible_line(&p.file.display().to_string()),
        p.line,
        p.column,
        visible(&l.format(&p.msg))
    );
}

/// Leaves what a read command built (its state, its documents) to the
/// end of the process, which comes next ([`run`] is the last thing the
/// program does): on a long meeting, freeing the
/// state and the documents one text at a time is work the end of the
/// process does at once (it took 13 ms of 150 on the large session with
/// the system's allocator). Nothing is lost: the output is written and
/// flushed before, and the record itself is closed as usual (a PostgreSQL
/// server is told goodbye, not left with a dropped connection).
pub(crate) fn leave_to_exit<T>(built: T) {
    std::mem::forget(built);
}

/// Opens a session to record commands in, or reports why not, with the exit status to use.
pub(crate) fn open(l: &Localizer, path: &Path) -> Result<Session, u8> {
    open_with(l, path, Access::Write)
}

/// Opens a session to read, writing nothing, or reports why not. A
/// damaged record is read for rescue, with warnings (`plenary export`).
pub(crate) fn open_read(l: &Localizer, path: &Path) -> Result<Session, u8> {
    open_with(l, path, Access::Read)
}

/// Opens a session to make something from (a document, a site, an XLIFF
/// file, the overview), writing nothing; a damaged record is refused, exit
/// 2, naming the first bad event and what to do: nothing is made from it
/// as if nothing, or only part, had been recorded.
pub(crate) fn open_whole(l: &Localizer, path: &Path) -> Result<Session, u8> {
    match Session::open_with(path, Access::Read) {
        Ok(s) => whole(l, s),
        Err(e) => Err(open_failed(l, &e)),
    }
}

/// The session, told to the reader as [`open_read`] does, unless its
/// record is damaged: refused then, as [`open_whole`] says.
pub(crate) fn whole(l: &Localizer, session: Session) -> Result<Session, u8> {
    match session.record().broken() {
        None => {
            report_opened(l, &session);
            Ok(session)
        }
        Some(at) => {
            let shown = session.record_path();
            report(l, &crate::store::record::break_msg(shown, at));
            report(
                l,
                &crate::msg!("record-read-refused", path = shown.display().to_string()),
            );
            Err(EXIT_BAD_INPUT)
        }
    }
}

fn open_with(l: &Localizer, path: &Path, access: Access) -> Result<Session, u8> {
    match Session::open_with(path, access) {
        Ok(s) => {
            report_opened(l, &s);
            Ok(s)
        }
        Err(e) => Err(open_failed(l, &e)),
    }
}

/// Tells what the reader of an open session should know: its warnings and
/// the stored commands left out.
fn report_opened(l: &Localizer, s: &Session) {
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
}

/// Reports a failure of the record; the exit status to use: 2 when it is
/// the input's fault (a damaged or foreign record), else 1.
pub(crate) fn store_failed(l: &Localizer, e: &crate::store::StoreError) -> u8 {
    report(l, &e.to_msg());
    if e.is_bad_input() { EXIT_BAD_INPUT } else { EXIT_FAILURE }
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
/// or not at all, and only a regular file is replaced
/// ([`crate::output::write_whole`]): a device, a FIFO or a folder at that
/// path is refused (exit 2) and left as it was.
pub(crate) fn emit(l: &Localizer, output: Option<&Path>, text: &str) -> u8 {
    emit_bytes(l, output, text.as_bytes())
}

/// Writes bytes to a file or standard output.
pub(crate) fn emit_bytes(l: &Localizer, output: Option<&Path>, bytes: &[u8]) -> u8 {
    emit_parts(l, output, &[bytes])
}

/// Writes a document made of `parts`, one after the other, to a file or
/// standard output: a long document need not be copied into one piece.
pub(crate) fn emit_parts(l: &Localizer, output: Option<&Path>, parts: &[&[u8]]) -> u8 {
    match output {
        Some(path) => match crate::output::write_whole(path, parts) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                report(l, &e.to_msg(path));
                if e.is_bad_input() { EXIT_BAD_INPUT } else { EXIT_FAILURE }
            }
        },
        None => {
            let mut out = std::io::stdout().lock();
            match parts
                .iter()
                .try_for_each(|part| out.write_all(part))
                .and_then(|_| out.flush())
            {
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

/// The meeting file and its body file, each problem said with its place
/// (exit 2) when they do not load.
pub(crate) fn load_meeting(l: &Localizer, path: &Path) -> Result<crate::domain::meeting::Meeting, u8> {
    crate::files::load(path).map_err(|problems| {
        for p in &problems {
            report_problem(l, p);
        }
        EXIT_BAD_INPUT
    })
}

/// What clap has to say (the help, the version, a usage error), with its
/// exit status; `Error::exit` would ignore a failed write (`--help >
/// /dev/full` said nothing and exited 0), so a failure is said and exits 1.
/// A closed pipe (`--help | head -1`) is the reader's choice.
pub fn said_by_clap(lang: &str, e: &clap::Error) -> u8 {
    match e.print().and_then(|()| std::io::stdout().flush()) {
        Ok(()) => u8::try_from(e.exit_code()).unwrap_or(EXIT_FAILURE),
        Err(w) if w.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(w) => {
            let l = Localizer::new(lang);
            report(&l, &crate::msg!("cli-write-failed", path = "-", reason = w.to_string()));
            EXIT_FAILURE
        }
    }
}

/// The language of the program's own words: `--ui-lang` if it is one plenary
/// speaks (else `Err` with what was given), then the locale (LC_ALL,
/// LC_MESSAGES, LANG), then English.
pub fn ui_language(choice: Option<&str>) -> Result<String, String> {
    let language = |tag: &str| {
        let code = tag.split(['-', '_', '.', '@']).next().unwrap_or("").to_lowercase();
        crate::i18n::LANGUAGES.contains(&code.as_str()).then_some(code)
    };
    if let Some(choice) = choice {
        return language(choice).ok_or_else(|| choice.to_string());
    }
    Ok(sys_locale::get_locales()
        .find_map(|tag| language(&tag))
        .unwrap_or_else(|| "en".to_string()))
}

/// Runs one command line and returns its exit status. The program ends
/// right after: read commands leave their state to that end
/// ([`leave_to_exit`]), so a long-lived caller would keep it.
pub fn run(cli: Cli) -> u8 {
    let l = match ui_language(cli.ui_lang.as_deref()) {
        Ok(lang) => Localizer::new(&lang),
        Err(bad) => {
            let l = Localizer::new(&ui_language(None).unwrap_or_else(|_| "en".into()));
            report(
                &l,
                &crate::msg!(
                    "cli-bad-ui-lang",
                    lang = bad,
                    languages = crate::i18n::LANGUAGES.join(", ")
                ),
            );
            return EXIT_BAD_INPUT;
        }
    };
    if let Some(url) = &cli.record {
        crate::store::location::choose(url);
    }
    match cli.command {
        Some(Cmd::Check { meeting }) => check::run(&l, &meeting),
        Some(Cmd::Do(mut args)) => {
            args.author = args.author.or(cli.author);
            run::run(&l, &args)
        }
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
        Some(Cmd::Verify { session, head }) => verify::run(&l, &session, head.as_deref()),
        Some(Cmd::Import { session, file }) => import::run(&l, &session, &file),
        Some(Cmd::Publish { session, dir, watch }) => publish::run(&l, &session, &dir, watch),
        Some(Cmd::Xliff(XliffCmd::Export { session, lang, output })) => {
            xliff::export(&l, &session, &lang, output.as_deref())
        }
        Some(Cmd::Xliff(XliffCmd::Import { session, file })) => xliff::import(&l, &session, &file),
        Some(Cmd::Completions { shell }) => emit(&l, None, &complete::registration(shell)),
        Some(Cmd::Man) => man(&l),
        Some(Cmd::RecordCmd(args::RecordCmd::Copy { from, to })) => copy::run(&l, &from, &to),
        None => match cli.session {
            Some(session) => overview::run(&l, &session, cli.author.as_deref()),
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
