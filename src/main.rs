use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = plenary::cli::args::Cli::parse();
    ExitCode::from(plenary::cli::run(cli))
}
