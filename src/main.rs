use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

fn main() -> ExitCode {
    // A <Tab> in a shell whose completion is registered runs this program
    // with COMPLETE set: it answers and exits here.
    plenary::cli::complete::answer_if_asked();
    let command = plenary::cli::args::Cli::command().version(env!("PLENARY_VERSION"));
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(e) = plenary::cli::args::mistyped_subcommand(&command, &args) {
        e.exit();
    }
    let matches = command.get_matches_from(args);
    let cli = plenary::cli::args::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    ExitCode::from(plenary::cli::run(cli))
}
