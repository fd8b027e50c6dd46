//! Every word the program writes is in every language: each message id the
//! code uses exists in locales/en, and each English message exists in every
//! other locale with the same variables (and the reverse).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 5] = ["en", "fr", "pt", "es", "ru"];
/// Message ids in code are string literals with one of these prefixes.
const PREFIXES: &[&str] = &[
    "cmd-",
    "err-",
    "file-",
    "store-",
    "cli-",
    "doc-",
    "undo-",
    "comm-",
    "dec-",
    "date-",
    "count-",
    "language-",
    "tab-",
    "key-",
    "help-",
    "status-",
    "col-",
    "item-",
    "agenda-",
    "category-",
    "delegation-",
    "roll-",
    "floor-",
    "decisions-",
    "outcome-",
    "rule-",
    "translation-",
    "detail-",
    "communique-",
    "matrix-",
    "editor-",
    "confirm-",
    "ask-",
    "prompt-",
    "too-",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Message id → the variables it uses, for one language.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let dir = root().join("locales").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} is missing", dir.display()))
        .collect();
    files.sort_by_key(|f| f.as_ref().unwrap().path());
    for file in files {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains('=');
            if starts_message {
                let id = line.split('=').next().unwrap().trim().to_string();
                assert!(
                    out.insert(id.clone(), BTreeSet::new()).is_none(),
                    "{lang}: {id} defined twice"
                );
                current = Some(id);
            } else if line.starts_with('#') || line.trim().is_empty() {
                current = None;
                continue;
            }
            if let Some(id) = &current {
                let vars = out.get_mut(id).unwrap();
                let mut rest = line;
                while let Some(i) = rest.find('$') {
                    rest = &rest[i + 1..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    vars.insert(name);
                }
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_id_in_the_code_is_in_english() {
    let en = messages("en");
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut missing = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let literal = &rest[..end];
            if PREFIXES.iter().any(|p| literal.starts_with(p))
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !en.contains_key(literal)
            {
                missing.push(format!("{}: {literal}", file.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "message ids used in code but missing from locales/en:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = messages("en");
    for lang in &LANGUAGES[1..] {
        let other = messages(lang);
        let mut problems = Vec::new();
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(v) if v != vars => problems.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}")),
                _ => {}
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in English"));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn every_bundle_parses() {
    for lang in LANGUAGES {
        // Builds the bundle, which panics on a syntax error in any file.
        let l = plenary::i18n::Localizer::new(lang);
        assert_eq!(l.lang(), lang);
        assert!(l.has("cli-no-session"), "{lang}");
    }
}
