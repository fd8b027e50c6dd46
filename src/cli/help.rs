//! `--help` in the interface language. clap's derive takes its texts from
//! the doc comments of `args.rs` (English, also the man page's); the other
//! languages replace them at run time from `locales/<lang>/cli-help.ftl`,
//! where each text's id is its place in the command tree: `cli-help`, then
//! each subcommand's name after a `-`, then `--` and the argument's id
//! (`cli-help-xliff-export--lang`). clap's own words (Usage, Options, the
//! help and version flags) stay as clap writes them.

use crate::i18n::Localizer;
use clap::Command;
use std::ffi::OsString;

/// The message id of the help of a command (`path` from the root's
/// subcommand names) or of one of its arguments.
pub fn id(path: &[&str], arg: Option<&str>) -> String {
    let mut id = String::from("cli-help");
    for name in path {
        id.push('-');
        id.push_str(name);
    }
    if let Some(arg) = arg {
        id.push_str("--");
        id.push_str(arg);
    }
    id
}

/// The command with its descriptions in `l`'s language.
pub fn localize(cmd: Command, l: &Localizer) -> Command {
    if l.lang() == "en" {
        return cmd;
    }
    localize_at(cmd, &mut Vec::new(), l)
}

fn localize_at(mut cmd: Command, path: &mut Vec<String>, l: &Localizer) -> Command {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    if let Some(about) = l.plain(&id(&names, None)) {
        cmd = cmd.about(about);
    }
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for arg in args {
        if let Some(help) = l.plain(&id(&names, Some(&arg))) {
            cmd = cmd.mut_arg(arg, |a| a.help(help));
        }
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subcommands {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| localize_at(sub, path, l));
        path.pop();
    }
    cmd
}

/// Whether the command line asks for help (`-h`, `--help`, `help`), the
/// only output that shows the descriptions.
pub fn asked(args: &[OsString]) -> bool {
    args.iter().skip(1).any(|a| a == "-h" || a == "--help" || a == "help")
}

/// The value of `--ui-lang` on the command line, before clap has parsed it:
/// the help must be in that language.
pub fn ui_lang_argument(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(w) = words.next() {
        if w == "--" {
            return None;
        }
        if w == "--ui-lang" {
            return words.next().map(str::to_string);
        }
        if let Some(v) = w.strip_prefix("--ui-lang=") {
            return Some(v.to_string());
        }
    }
    None
}
