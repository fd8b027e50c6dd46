//! What a serious command offers: help with examples and every argument
//! described, "did you mean", a version with the commit, a man page, and
//! shell completion that knows the session's ids.

mod common;

use clap::CommandFactory;
use common::{plenary, root, run_ok};
use std::process::Command;

#[test]
fn every_argument_and_subcommand_is_described() {
    fn walk(cmd: &clap::Command, path: &str) {
        assert!(cmd.get_about().is_some(), "{path} has no description");
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            assert!(arg.get_help().is_some(), "{path} {id} has no description");
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()));
        }
    }
    walk(&plenary::cli::args::Cli::command(), "plenary");
}

/// Every place of the command tree, with the English the derive gives it:
/// (message id, text).
fn help_texts() -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        out.push((
            plenary::cli::help::id(&names, None),
            cmd.get_about().map(|a| a.to_string()).unwrap_or_default(),
        ));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" || arg.is_global_set() && !path.is_empty() {
                continue;
            }
            out.push((
                plenary::cli::help::id(&names, Some(id)),
                arg.get_help().map(|h| h.to_string()).unwrap_or_default(),
            ));
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&plenary::cli::args::Cli::command(), &mut Vec::new(), &mut out);
    out
}

/// The help's messages are exactly the places of the command tree, in every
/// language, and the English ones are the derive's own text.
#[test]
fn the_help_has_a_text_for_every_place_in_every_language() {
    let texts = help_texts();
    assert!(texts.len() > 40, "{}", texts.len());
    let english = plenary::i18n::Localizer::new("en");
    for (id, text) in &texts {
        assert_eq!(english.plain(id).as_deref(), Some(text.as_str()), "{id}");
    }
    for lang in ["en", "fr", "pt", "es", "ru"] {
        let source = std::fs::read_to_string(root().join(format!("locales/{lang}/cli-help.ftl"))).unwrap();
        let ids: Vec<&str> = source
            .lines()
            .filter(|l| l.starts_with("cli-help"))
            .filter_map(|l| l.split(" = ").next())
            .collect();
        let places: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        for id in &ids {
            assert!(places.contains(id), "{lang}: {id} is no place of the command tree");
        }
        assert_eq!(ids.len(), places.len(), "{lang}: one text per place");
    }
}

#[test]
fn help_speaks_the_interface_language() {
    let out = run_ok(&["--ui-lang", "fr", "communique", "--help"], &root());
    assert!(out.contains("Écrire le projet de communiqué"), "{out}");
    assert!(
        out.contains("Écrire dans ce fichier plutôt que sur la sortie standard"),
        "{out}"
    );
    let out = plenary()
        .env("LANG", "ru_RU.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["xliff", "--help"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("Обмен текстами"), "{out}");
    // A global option after the subcommand counts too.
    let out = run_ok(&["verify", "--help", "--ui-lang", "es"], &root());
    assert!(out.contains("Comprobar el registro"), "{out}");
    let out = run_ok(&["--help"], &root());
    assert!(out.contains("A terminal secretariat"), "{out}");
}

#[test]
fn help_shows_examples() {
    let out = run_ok(&["--help"], &root());
    assert!(out.contains("Examples:"), "{out}");
    assert!(out.contains("plenary communique"), "{out}");
    let out = run_ok(&["xliff", "export", "--help"], &root());
    assert!(out.contains("plenary xliff export agendas/"), "{out}");
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    let out = plenary().args(["comunique", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("'communique'"), "{stderr}");
}

#[test]
fn the_version_names_the_build() {
    let out = run_ok(&["--version"], &root());
    assert_eq!(out.trim(), format!("plenary {}", env!("PLENARY_VERSION")));
    assert!(out.starts_with(&format!("plenary {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn the_man_page_is_roff() {
    let out = run_ok(&["man"], &root());
    assert!(out.contains(".TH plenary 1"));
    assert!(out.contains("communique"));
}

/// Completes the last word of `line` in bash with plenary's registered
/// completion; returns the candidates.
fn complete_in_bash(line: &str) -> Vec<String> {
    let script = run_ok(&["completions", "bash"], &root());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plenary.bash");
    std::fs::write(&file, script).unwrap();
    let words: Vec<String> = line.split(' ').map(|w| format!("'{w}'")).collect();
    let program = format!(
        r#"source {file}
COMP_WORDS=({words})
COMP_CWORD={cword}
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
COMP_TYPE=9
_clap_complete_plenary plenary '{last}' '{prev}'
printf '%s\n' "${{COMPREPLY[@]}}""#,
        file = file.display(),
        words = words.join(" "),
        cword = words.len() - 1,
        last = line.rsplit(' ').next().unwrap(),
        prev = line.rsplit(' ').nth(1).unwrap_or(""),
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .current_dir(root())
        .env("LANG", "en")
        .output()
        .expect("bash runs: see the #[ignore] reason");
    assert!(out.status.success(), "bash: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
#[ignore = "needs bash: apt-get install bash"]
fn bash_completes_subcommands_and_decision_ids_from_the_session() {
    let record = root().join("agendas/windhoek-2009-intersessional.plenary");
    let existed = record.exists();
    let got = complete_in_bash("plenary comm");
    assert_eq!(got, vec!["communique".to_string()]);
    let got = complete_in_bash("plenary decision agendas/windhoek-2009-intersessional.toml KP");
    for id in ["KP/2009/IS/1", "KP/2009/IS/3", "KP/2009/IS/5"] {
        assert!(got.iter().any(|c| c == id), "{id} not offered: {got:?}");
    }
    assert_eq!(record.exists(), existed, "completing writes no record");
}

/// The README's reliability figures come from `scripts/adversarial`: one
/// round of every part runs to its end and prints the part's line and the
/// command that reruns it.
#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn the_adversarial_script_prints_every_part() {
    let out = Command::new(root().join("scripts/adversarial"))
        .env("PLENARY", env!("CARGO_BIN_EXE_plenary"))
        .env("ROUNDS", "1")
        .env("SECONDS_PER_PART", "30")
        .output()
        .expect("bash runs the script");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let parts = [
        "flips",
        "kills",
        "writers",
        "commands",
        "files",
        "injection",
        "environment",
        "terminal",
    ];
    for part in parts {
        assert!(
            text.lines().any(|l| l.split_whitespace().next() == Some(part)),
            "no line for {part}:\n{text}"
        );
        assert!(
            text.contains(&format!("scripts/adversarial {part}\n")),
            "no rerun command for {part}:\n{text}"
        );
    }
}
