//! Shell completion: the static parts come from clap's definition of the
//! command line; decision and delegation ids come from the SESSION named on
//! the line being completed (clap_complete's `CompleteEnv` runs this program
//! at each <Tab>, so the shell needs no knowledge of meetings).

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::EnvCompleter;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The environment variable that turns the program into its own completer.
pub const VAR: &str = "COMPLETE";

/// Answers a completion request from the shell and exits, if this run is one.
pub fn answer_if_asked() {
    clap_complete::CompleteEnv::with_factory(super::args::Cli::command)
        .var(VAR)
        .complete();
}

/// The script that registers plenary's completion in `shell`.
pub fn registration(shell: clap_complete::Shell) -> String {
    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &clap_complete::env::Bash,
        clap_complete::Shell::Elvish => &clap_complete::env::Elvish,
        clap_complete::Shell::Fish => &clap_complete::env::Fish,
        clap_complete::Shell::PowerShell => &clap_complete::env::Powershell,
        // Zsh, and any shell clap adds later, through zsh's script.
        _ => &clap_complete::env::Zsh,
    };
    // The program as installed: the script calls it back at each <Tab>.
    let program = std::env::current_exe()
        .ok()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "plenary".to_string());
    let mut out = Vec::new();
    completer
        .write_registration(VAR, "plenary", "plenary", &program, &mut out)
        .expect("writing to memory");
    String::from_utf8_lossy(&out).into_owned()
}

/// The meeting or record named on the command line being completed.
fn session_on_line(args: impl Iterator<Item = OsString>) -> Option<PathBuf> {
    args.map(PathBuf::from).find(|p| {
        p.extension()
            .is_some_and(|e| e == "toml" || e == crate::store::session::RECORD_EXTENSION)
            && p.is_file()
    })
}

/// Completion candidates: each value with the text shown beside it.
type Candidates = Vec<(String, String)>;

/// Decision and delegation ids of a session, read without writing anything.
fn ids(path: &Path) -> (Candidates, Candidates) {
    let (meeting_path, record) = crate::store::session::resolve(path);
    let state = if record.is_file() {
        match crate::store::Session::open_read(path) {
            Ok(s) => s.state,
            Err(_) => return (Vec::new(), Vec::new()),
        }
    } else {
        match crate::files::load(&meeting_path) {
            Ok(m) => crate::domain::State::new(std::sync::Arc::new(m)),
            Err(_) => return (Vec::new(), Vec::new()),
        }
    };
    let items = &state.meeting.items;
    let decisions = state
        .core
        .decisions
        .iter()
        .map(|d| (d.id.clone(), format!("item {}", items[d.item].number)))
        .collect();
    let original = state.meeting.original().to_string();
    let delegations = state
        .meeting
        .delegations
        .iter()
        .map(|d| (d.id.clone(), d.name.get_or(&original, &original).to_string()))
        .collect();
    (decisions, delegations)
}

fn candidates(list: Vec<(String, String)>) -> Vec<CompletionCandidate> {
    list.into_iter()
        .map(|(id, help)| CompletionCandidate::new(id).help(Some(help.into())))
        .collect()
}

/// The decision ids of the SESSION on the line.
pub fn decision_ids() -> ArgValueCandidates {
    ArgValueCandidates::new(|| match session_on_line(std::env::args_os().skip(1)) {
        Some(path) => candidates(ids(&path).0),
        None => Vec::new(),
    })
}

/// Words of the command language, then the ids a command takes.
pub fn command_words() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        let mut out: Vec<CompletionCandidate> = crate::commands::parse::command_words()
            .map(CompletionCandidate::new)
            .collect();
        if let Some(path) = session_on_line(std::env::args_os().skip(1)) {
            let (decisions, delegations) = ids(&path);
            out.extend(candidates(delegations));
            out.extend(candidates(decisions));
        }
        out
    })
}
