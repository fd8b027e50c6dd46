//! Every word the program writes is in every language: each message id the
//! code uses exists in locales/en, each English message exists in every
//! other locale (and the reverse), formats there without a fault with the
//! arguments the code passes, and is used.

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
fn every_language_has_every_message() {
    let en = messages("en");
    for lang in &LANGUAGES[1..] {
        let other = messages(lang);
        let mut problems = Vec::new();
        for id in en.keys().filter(|id| !other.contains_key(*id)) {
            problems.push(format!("{lang}: missing {id}"));
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in English"));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// The forms a name slot carries (`$host-article`, `$host-gen` …): the code
/// passes all of them whenever it passes one (render::lang::WithTerm).
const FORMS: [&str; 11] = [
    "article", "gender", "number", "agree", "initial", "gen", "dat", "acc", "ins", "pre", "forms",
];

/// The arguments the code passes to a message: the variables its English
/// text uses (checked at compile time by `msg!`), and for a name slot every
/// form of it.
fn arguments_passed(english: &[&str]) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = english.iter().map(|v| v.to_string()).collect();
    for v in english {
        if let Some((slot, form)) = v.rsplit_once('-')
            && FORMS.contains(&form)
        {
            out.insert(slot.to_string());
            out.extend(FORMS.iter().map(|f| format!("{slot}-{f}")));
        }
    }
    out
}

/// No wording fault anywhere: every message of every language formats
/// without a Fluent error (an unknown variable, a missing message) with the
/// arguments the code passes, as text and as numbers.
#[test]
fn every_message_formats_in_every_language_with_the_arguments_the_code_passes() {
    let mut faults = Vec::new();
    for lang in LANGUAGES {
        // Fluent resolves only the variant it selects: every variable of every
        // variant must be one the code passes.
        let vars = messages(lang);
        for (id, english) in plenary::i18n::ids::MESSAGES {
            let passed = arguments_passed(english);
            let used = vars.get(*id).into_iter().flatten();
            for v in used.filter(|v| !passed.contains(*v) && !is_plain_text(lang, id, v)) {
                faults.push(format!("{lang}/{id}: ${v} is not an argument the code passes"));
            }
        }
        let l = plenary::i18n::Localizer::new(lang);
        for (id, vars) in plenary::i18n::ids::MESSAGES {
            let passed = arguments_passed(vars);
            for as_number in [false, true] {
                let mut msg = plenary::domain::Msg::new(id);
                for name in &passed {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    msg = if as_number {
                        msg.number(name, 1)
                    } else {
                        msg.text(name, "x")
                    };
                }
                let (text, errors) = l.format_checked(&msg);
                if !errors.is_empty() {
                    faults.push(format!("{lang}/{id}: {errors:?}"));
                }
                if text.contains("{$") || text.contains("{ $") {
                    faults.push(format!("{lang}/{id}: a placeholder came through: {text}"));
                }
            }
        }
    }
    faults.dedup();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// A `$NAME` that stands in a message's text, outside any placeable
/// ("set $EDITOR"): not a variable.
fn is_plain_text(lang: &str, id: &str, name: &str) -> bool {
    let dir = root().join("locales").join(lang);
    std::fs::read_dir(dir).unwrap().any(|f| {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        text.lines()
            .skip_while(|l| !l.starts_with(&format!("{id} =")))
            .take_while(|l| l.starts_with(&format!("{id} =")) || l.starts_with(' '))
            .any(|l| l.contains(&format!("${name}")) && !l.contains(&format!("{{ ${name}")))
    })
}

/// Every English message is used: its id is written in the code, or another
/// message names it.
#[test]
fn every_english_message_is_used() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let code: String = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let mut ftl = String::new();
    for entry in std::fs::read_dir(root().join("locales/en")).unwrap() {
        ftl.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let unused: Vec<&str> = plenary::i18n::ids::MESSAGES
        .iter()
        .map(|(id, _)| *id)
        // The help's ids are places in the command tree, built at run time:
        // tests/conventions.rs checks they are exactly the tree's.
        .filter(|id| !id.starts_with("cli-help"))
        .filter(|id| !code.contains(&format!("\"{id}\"")) && !ftl.contains(&format!("{{ {id} }}")))
        .collect();
    assert!(
        unused.is_empty(),
        "English messages nothing uses:\n{}",
        unused.join("\n")
    );
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

/// French sets a no-break space before « : » and inside « », and a narrow
/// one before « ; ! ? » (the convention of the documents), in every file the
/// CLI and the TUI print too. A plain space there lets a line break before
/// the colon. Compiler-style places (`file:line:column:`) are not prose.
#[test]
fn french_messages_use_no_break_spaces() {
    let dir = root().join("locales").join("fr");
    let mut bad = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|f| f.unwrap().path()).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let chars: Vec<char> = line.chars().collect();
            for (i, w) in chars.windows(2).enumerate() {
                let wrong = match (w[0], w[1]) {
                    (' ', ':' | ';' | '!' | '?' | '»') => {
                        // A key named in a help line (« ? affiche … ») is not punctuation.
                        i > 0 && !line.contains("status-help-hint")
                    }
                    ('«', ' ') => true,
                    ('}', ':') => chars.get(i + 2) == Some(&' ') && !line.contains("{ $line }"),
                    _ => false,
                };
                if wrong {
                    bad.push(format!(
                        "{}:{}: {line}",
                        path.file_name().unwrap().to_string_lossy(),
                        n + 1
                    ));
                    break;
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "plain spaces where French sets a no-break space:\n{}",
        bad.join("\n")
    );
}
