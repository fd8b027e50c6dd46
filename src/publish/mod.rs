//! The delegates' view: the meeting, its decisions and its communique in
//! every official language, as a folder of self-contained HTML pages that
//! any web server (or a USB stick) can serve. Only what the meeting has made
//! public goes in; each file is replaced whole, and a file whose bytes would
//! not change is left as it is.

mod folder;
mod pages;
pub mod public;
mod stamp;
pub mod watch;

pub use folder::Tally;

use crate::domain::State;
use crate::domain::meeting::Meeting;
use crate::domain::state::{Decision, Outcome};
use crate::render::lang::Lang;
use crate::render::record_head::RecordHead;
use folder::Folder;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the pages of the decisions of one language are; files there that
/// the site no longer holds are removed (a decision whose adoption was undone).
const DECISIONS: &str = "decisions";

/// Whether the site shows a decision's text: once adopted, or always when
/// the meeting file says its drafts are public.
pub fn is_public(m: &Meeting, d: &Decision) -> bool {
    m.publish_drafts || matches!(d.outcome, Outcome::Adopted { .. })
}

/// The file name of each decision's page, in the order of the decisions:
/// its id in lower-case ASCII letters, digits and dashes ("kp-2009-is-3"),
/// made unique in that order. Every decision has one, public or not, so a
/// name does not change when another decision is adopted.
pub fn page_names(state: &State) -> Vec<String> {
    let mut taken = HashSet::new();
    state
        .core
        .decisions
        .iter()
        .map(|d| {
            let base = slug(&d.id);
            let mut name = base.clone();
            let mut n = 1;
            while !taken.insert(name.clone()) {
                n += 1;
                name = format!("{base}-{n}");
            }
            name
        })
        .collect()
}

fn slug(id: &str) -> String {
    let mut s = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    // Short enough for any file system, a FAT-formatted USB stick included.
    s.truncate(80);
    let s = s.trim_end_matches('-');
    if s.is_empty() {
        "decision".to_string()
    } else {
        s.to_string()
    }
}

/// A decision's page, relative to its language's folder.
pub fn decision_file(name: &str) -> String {
    format!("{DECISIONS}/{name}.html")
}

/// A decision's page in a language, relative to the site's folder.
pub fn decision_path(code: &str, name: &str) -> String {
    format!("{code}/{}", decision_file(name))
}

/// Writes the site into a folder and keeps it current: a decision the fold
/// has not touched since the last time is the same `Arc`, and its pages are
/// neither built nor written again.
pub struct Publisher {
    folder: Folder,
    /// The decisions whose pages are on disk, by page name, as last built.
    built: HashMap<String, Arc<Decision>>,
    /// Each official language's name in itself, for the links between languages.
    self_names: Vec<String>,
    /// The record's head the pages on disk print: every page prints it, so
    /// a new head means every page again.
    head: Option<RecordHead>,
}

impl Publisher {
    pub fn new(root: &Path) -> Publisher {
        Publisher {
            folder: Folder::new(root),
            built: HashMap::new(),
            self_names: Vec::new(),
            head: None,
        }
    }

    pub fn root(&self) -> &Path {
        self.folder.root()
    }

    /// Brings the folder to the site of `state`, each page ending with the
    /// record's `head`; says what it did.
    pub fn publish(&mut self, state: &State, head: RecordHead) -> std::io::Result<Tally> {
        if self.head != Some(head) {
            self.built.clear();
        }
        let result = self.publish_unchecked(state, &head);
        self.head = Some(head);
        if result.is_err() {
            // Which pages made it is not known: next time, all are checked again.
            self.built.clear();
            self.folder.forget();
        }
        result
    }

    fn publish_unchecked(&mut self, whole: &State, head: &RecordHead) -> std::io::Result<Tally> {
        // Only what the meeting has taken up, unless its drafts are public.
        let shown = public::public(whole, page_names(whole));
        let state = &shown.state;
        let names = &shown.names;
        let m = &state.meeting;
        let public: Vec<(&Arc<Decision>, &str)> = state
            .core
            .decisions
            .iter()
            .zip(names)
            .filter(|(d, _)| is_public(m, d))
            .map(|(d, n)| (d, n.as_str()))
            .collect();
        let changed: Vec<(&Decision, &str)> = public
            .iter()
            .filter(|(d, name)| !self.built.get(*name).is_some_and(|b| Arc::ptr_eq(b, d)))
            .map(|(d, name)| (d.as_ref(), *name))
            .collect();
        let codes: Vec<&str> = m.body.languages.iter().map(|l| l.code.as_str()).collect();
        if self.self_names.len() != codes.len() {
            self.self_names = codes
                .iter()
                .map(|c| crate::i18n::Localizer::new(c).text("pub-language-self"))
                .collect();
        }
        let site = pages::Site {
            state,
            names,
            codes: &codes,
            self_names: &self.self_names,
            head,
            closing: shown.closing,
            withheld: shown.withheld,
        };
        let built = crate::render::on_threads(&codes, |code| {
            let l = Lang::new(m, code);
            let stamp = pages::stamp(&l, state);
            let mut files = vec![
                (format!("{code}/index.html"), site.index(&l, &stamp)),
                (format!("{code}/communique.html"), site.communique(&l, &stamp)),
                (format!("{code}/fingerprints.html"), site.fingerprints(&l, &stamp)),
            ];
            files.extend(
                changed
                    .iter()
                    .map(|(d, name)| (decision_path(code, name), site.decision(&l, &stamp, d, name))),
            );
            (files, site.choice(&l))
        });
        let choices: Vec<String> = built.iter().map(|(_, choice)| choice.clone()).collect();
        let original = Lang::new(m, m.original());
        let first = site.languages(&original, &pages::stamp(&original, state), &choices);
        let groups: Vec<Vec<(String, String)>> = built.into_iter().map(|(files, _)| files).collect();
        let mut tally = self.folder.put_groups(&groups)?;
        tally.count(self.folder.put("index.html", first.as_bytes())?);
        let keep: HashSet<String> = codes
            .iter()
            .flat_map(|code| public.iter().map(move |(_, name)| decision_path(code, name)))
            .collect();
        let folders: Vec<String> = codes.iter().map(|c| format!("{c}/{DECISIONS}")).collect();
        tally.removed += self.folder.remove_others(&folders, &keep)?;
        tally.unchanged += (public.len() - changed.len()) * codes.len();
        self.built = public.iter().map(|(d, n)| (n.to_string(), Arc::clone(d))).collect();
        Ok(tally)
    }
}

/// A path made absolute (without touching the disk), to compare the site's
/// folder with the record's place.
pub fn site_folder(dir: &Path) -> PathBuf {
    std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_are_plain_ascii() {
        assert_eq!(slug("KP/2009/IS/3"), "kp-2009-is-3");
        assert_eq!(
            slug("KP/2017/Plenary/Administrative Decision 1"),
            "kp-2017-plenary-administrative-decision-1"
        );
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("Решение"), "decision");
        assert!(slug(&"x".repeat(500)).len() <= 80);
    }
}
