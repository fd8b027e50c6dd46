use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

// mimalloc, not the system's allocator: opening a long meeting and writing
// its documents make and free hundreds of thousands of texts, and with it
// they took a third less time and a tenth of the page faults (README,
// "Speed").
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A <Tab> in a shell whose completion is registered runs this program
    // with COMPLETE set: it answers and exits here.
    plenary::cli::complete::answer_if_asked();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // A bad --ui-lang is said after parsing (cli::run); the help then
    // speaks the locale's language.
    let lang = plenary::cli::ui_language(plenary::cli::help::ui_lang_argument(&args).as_deref())
        .or_else(|_| plenary::cli::ui_language(None))
        .unwrap_or_else(|_| "en".to_string());
    let mut command = plenary::cli::args::Cli::command().version(env!("PLENARY_VERSION"));
    // English is the derive's own text, and only help shows descriptions:
    // no bundle to build on the way to the live screen's first frame.
    if lang != "en" && plenary::cli::help::asked(&args) {
        command = plenary::cli::help::localize(command, &plenary::i18n::Localizer::new(&lang));
    }
    if let Some(e) = plenary::cli::args::mistyped_subcommand(&command, &args) {
        return ExitCode::from(plenary::cli::said_by_clap(&lang, &e));
    }
    let cli = match command
        .try_get_matches_from(args)
        .and_then(|matches| plenary::cli::args::Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(plenary::cli::said_by_clap(&lang, &e)),
    };
    ExitCode::from(plenary::cli::run(cli))
}
