//! Embeds every `locales/<lang>/*.ftl` file in the binary, so that the
//! program carries its own words wherever it is copied; and, from the
//! English messages, generates the table of message ids with the variables
//! each uses, and the macros through which `msg!` makes an unknown id or
//! argument name a compile error.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

fn main() {
    version_with_commit();
    embed_locales();
}

/// `PLENARY_VERSION` for `--version`: the package version and, when built
/// from a git checkout, the commit ("0.1.0 (7088a85 2026-12-01)"). Without
/// git or outside a checkout (a crate tarball), the version alone.
fn version_with_commit() {
    let git = |args: &[&str]| -> Option<String> {
        let out = std::process::Command::new("git").args(args).output().ok()?;
        let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (out.status.success() && !text.is_empty()).then_some(text)
    };
    let version = env!("CARGO_PKG_VERSION");
    let full = match git(&["log", "-1", "--format=%h %cs"]) {
        Some(commit) => format!("{version} ({commit})"),
        None => version.to_string(),
    };
    println!("cargo:rustc-env=PLENARY_VERSION={full}");
    // A new commit moves the reflog of HEAD: the version is read again.
    if let Some(log) = git(&["rev-parse", "--git-path", "logs/HEAD"])
        && Path::new(&log).exists()
    {
        println!("cargo:rerun-if-changed={log}");
    }
}

fn embed_locales() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ exists") {
        let lang = lang.expect("readable locales/").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("readable locale folder") {
            let file = file.expect("readable locale file").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                let code = lang.file_name().unwrap().to_string_lossy().into_owned();
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                files.push((code, name, file));
            }
        }
    }
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for (code, name, path) in &files {
        writeln!(
            out,
            "    ({code:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out_dir).join("locales.rs"), out).expect("OUT_DIR is writable");

    let english = english_messages(files.iter().filter(|(c, _, _)| c == "en").map(|(_, _, p)| p.as_path()));
    std::fs::write(Path::new(&out_dir).join("message_ids.rs"), ids_source(&english)).expect("OUT_DIR is writable");
}

/// Message id → the variables it uses (its own, and those of the messages
/// it names, which Fluent formats with the same arguments).
fn english_messages<'a>(paths: impl Iterator<Item = &'a Path>) -> BTreeMap<String, BTreeSet<String>> {
    let mut own: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for path in paths {
        let text = std::fs::read_to_string(path).expect("readable .ftl");
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}: {errors:?}", path.display()),
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                let mut refs = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars, &mut refs);
                }
                own.insert(m.id.name.to_string(), (vars, refs));
            }
        }
    }
    own.keys()
        .map(|id| {
            let mut vars = BTreeSet::new();
            let mut seen = BTreeSet::new();
            let mut todo = vec![id.clone()];
            while let Some(next) = todo.pop() {
                if !seen.insert(next.clone()) {
                    continue;
                }
                if let Some((v, r)) = own.get(&next) {
                    vars.extend(v.iter().cloned());
                    todo.extend(r.iter().cloned());
                }
            }
            (id.clone(), vars)
        })
        .collect()
}

fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            self::expression(expression, vars, refs);
        }
    }
}

fn expression(e: &Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, vars, refs);
            for v in variants {
                pattern(&v.value, vars, refs);
            }
        }
        Expression::Inline(i) => inline(i, vars, refs),
    }
}

fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, vars, refs);
            }
        }
        InlineExpression::Placeable { expression } => self::expression(expression, vars, refs),
        _ => {}
    }
}

/// `MESSAGES` (id → variables, for the tests that format every message)
/// and the two macros `msg!` calls: one arm per message id, then per
/// argument name a Rust identifier can spell; anything else is a
/// `compile_error!` naming the message.
fn ids_source(messages: &BTreeMap<String, BTreeSet<String>>) -> String {
    let mut out = String::from(
        "/// Every English message id and the variables it uses (from locales/en).\n\
         pub static MESSAGES: &[(&str, &[&str])] = &[\n",
    );
    for (id, vars) in messages {
        let vars: Vec<String> = vars.iter().map(|v| format!("{v:?}")).collect();
        writeln!(out, "    ({id:?}, &[{}]),", vars.join(", ")).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Checks a message id and its argument names at compile time (used by `msg!`).\n\
         macro_rules! __msg_check {\n",
    );
    for id in messages.keys() {
        writeln!(
            out,
            "    ({id:?} $(, $arg:ident)*) => {{ $( $crate::i18n::ids::msg_arg!({id:?}, $arg); )* }};"
        )
        .unwrap();
    }
    out.push_str(
        "    ($id:literal $(, $arg:ident)*) => { compile_error!(concat!(\"no message \", $id, \" in locales/en\")) };\n    ($id:ident $(, $arg:ident)*) => {};\n}\n\n",
    );
    out.push_str("pub(crate) use __msg_check as msg_check;\n\nmacro_rules! __msg_arg {\n");
    for (id, vars) in messages {
        for v in vars {
            let ident = v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && v.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if ident {
                writeln!(out, "    ({id:?}, {v}) => {{}};").unwrap();
            }
        }
    }
    out.push_str(
        "    ($id:literal, $arg:ident) => { compile_error!(concat!(\"message \", $id, \" in locales/en has no variable $\", stringify!($arg))) };\n}\npub(crate) use __msg_arg as msg_arg;\n",
    );
    out
}
