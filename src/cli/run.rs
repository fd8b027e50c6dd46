//! `plenary do SESSION`: commands from arguments, a file or standard input,
//! each made durable before it is reported done; the first failure stops.

use super::args::DoArgs;
use super::{EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, open, report};
use crate::commands::{Command, LineError, parse_line, parse_words};
use crate::domain::Msg;
use crate::domain::limits::check_author;
use crate::domain::state::At;
use crate::i18n::Localizer;
use crate::msg;
use crate::render::visible;
use crate::store::ExecError;
use std::io::{BufRead, Write};

/// Who is recording: `--as`, else PLENARY_USER, else the login name; or
/// why that name cannot be recorded (the session checks it again with
/// every command: this says so before anything is opened).
pub fn author(choice: Option<&str>) -> Result<String, Msg> {
    let name = choice
        .map(str::to_string)
        .or_else(|| std::env::var("PLENARY_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "secretariat".to_string());
    check_author(&name)?;
    Ok(name)
}

/// The time to record: `--at`, else PLENARY_NOW, else now.
fn clock(choice: Option<&str>) -> Result<Option<At>, String> {
    let fixed = choice.map(str::to_string).or_else(|| std::env::var("PLENARY_NOW").ok());
    match fixed {
        None => Ok(None),
        Some(s) => chrono::DateTime::parse_from_rfc3339(&s).map(Some).map_err(|_| s),
    }
}

fn now(fixed: Option<At>) -> At {
    fixed.unwrap_or_else(|| chrono::Local::now().fixed_offset())
}

pub fn run(l: &Localizer, args: &DoArgs) -> u8 {
    let fixed = match clock(args.at.as_deref()) {
        Ok(t) => t,
        Err(bad) => {
            report(l, &msg!("cli-bad-time", time = bad));
            return EXIT_BAD_INPUT;
        }
    };
    // An empty name would record commands by nobody (it used to become
    // "secretariat" without a word): refused before the record is opened.
    if args.author.as_deref().is_some_and(|a| a.trim().is_empty()) {
        report(l, &msg!("cli-empty-author"));
        return EXIT_BAD_INPUT;
    }
    let author = match author(args.author.as_deref()) {
        Ok(a) => a,
        Err(m) => {
            report(l, &m);
            return EXIT_BAD_INPUT;
        }
    };
    let mut session = match open(l, &args.session) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut out = std::io::stdout();

    // Every source yields (place, line number, parsed command or error).
    let mut run_one = |place: &str, line: usize, parsed: Result<Option<Command>, LineError>| -> Option<u8> {
        let command = match parsed {
            Ok(None) => return None,
            Ok(Some(c)) => c,
            Err(e) => {
                report(
                    l,
                    &msg!(
                        "cli-do-line-error",
                        place = place,
                        line = line.to_string(),
                        column = e.column.to_string(),
                        message = l.format(&e.msg)
                    ),
                );
                return Some(EXIT_BAD_INPUT);
            }
        };
        match session.execute(&command, &author, now(fixed)) {
            Ok(group) => {
                let text = l.format(&msg!(
                    "cli-do-saved",
                    place = place,
                    line = line.to_string(),
                    command = group.command.clone()
                ));
                // Said only once durable; a reader that has gone away is not an error of the record.
                let _ = writeln!(out, "{}", visible(&text)).and_then(|_| out.flush());
                None
            }
            Err(ExecError::Refused(m)) => {
                report(
                    l,
                    &msg!(
                        "cli-do-line-error",
                        place = place,
                        line = line.to_string(),
                        column = "1",
                        message = l.format(&m)
                    ),
                );
                Some(EXIT_BAD_INPUT)
            }
            Err(ExecError::Store(e)) => {
                report(l, &e.to_msg());
                Some(EXIT_FAILURE)
            }
        }
    };

    if !args.command.is_empty() {
        for (i, words) in args.command.split(|w| w == ";").enumerate() {
            if words.is_empty() {
                continue;
            }
            if let Some(code) = run_one("argv", i + 1, parse_words(words).map(Some)) {
                return code;
            }
        }
        return EXIT_OK;
    }

    let (place, reader): (String, Box<dyn BufRead>) = match &args.file {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) if !path.is_dir() => (path.display().to_string(), Box::new(std::io::BufReader::new(f))),
            _ => {
                report(l, &msg!("cli-cannot-read", path = path.display().to_string()));
                return EXIT_BAD_INPUT;
            }
        },
        None => ("stdin".to_string(), Box::new(std::io::stdin().lock())),
    };
    for (i, line) in reader.split(b'\n').enumerate() {
        let line = match line {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(_) => {
                    report(
                        l,
                        &msg!(
                            "cli-do-line-error",
                            place = place.as_str(),
                            line = (i + 1).to_string(),
                            column = "1",
                            message = l.text("cli-not-utf8")
                        ),
                    );
                    return EXIT_BAD_INPUT;
                }
            },
            Err(e) => {
                report(l, &msg!("cli-cannot-read", path = format!("{place}: {e}")));
                return EXIT_FAILURE;
            }
        };
        if let Some(code) = run_one(&place, i + 1, parse_line(line.trim_end_matches('\r'))) {
            return code;
        }
    }
    EXIT_OK
}
