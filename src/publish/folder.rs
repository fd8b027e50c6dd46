//! The site's folder: each file replaced whole (a temporary file beside it,
//! then a rename), so that a reader sees the old page or the new one, never
//! half of one, and only a regular file replaced, as `-o` does
//! ([`crate::output`]); a file whose bytes would not change is not touched, so its
//! modification time stays and web caches and rsync have nothing to do.

use crate::output::{self, OutputError};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What a pass over the site did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl Tally {
    pub(super) fn count(&mut self, written: bool) {
        if written {
            self.written += 1;
        } else {
            self.unchanged += 1;
        }
    }
}

pub(super) struct Folder {
    root: PathBuf,
    /// The SHA-256 of each file as this process last wrote or found it, by
    /// path under `root`: a page is compared without reading it back.
    known: HashMap<String, [u8; 32]>,
}

impl Folder {
    pub fn new(root: &Path) -> Folder {
        Folder {
            root: root.to_path_buf(),
            known: HashMap::new(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Forgets what is on disk: the next pass reads every file again.
    pub fn forget(&mut self) {
        self.known.clear();
    }

    /// Makes the file at `rel` hold `bytes`; whether it had to be written.
    pub fn put(&mut self, rel: &str, bytes: &[u8]) -> std::io::Result<bool> {
        let (hash, written) = put_one(&self.root, self.known.get(rel), rel, bytes)?;
        self.known.insert(rel.to_string(), hash);
        Ok(written)
    }

    /// [`Folder::put`] for each group of (path, page), the groups side by
    /// side: creating thousands of files waits on the disk more than on the
    /// processor.
    pub fn put_groups(&mut self, groups: &[Vec<(String, String)>]) -> std::io::Result<Tally> {
        let (root, known) = (&self.root, &self.known);
        let done = crate::render::each_on_a_thread(groups, |files| {
            files
                .iter()
                .map(|(rel, page)| {
                    put_one(root, known.get(rel), rel, page.as_bytes())
                        .map(|(hash, written)| (rel.clone(), hash, written))
                })
                .collect::<std::io::Result<Vec<_>>>()
        });
        let mut tally = Tally::default();
        for group in done {
            for (rel, hash, written) in group? {
                self.known.insert(rel, hash);
                tally.count(written);
            }
        }
        Ok(tally)
    }

    /// Removes the `.html` files in `folders` (under the root) that are not
    /// in `keep`; how many.
    pub fn remove_others(&mut self, folders: &[String], keep: &HashSet<String>) -> std::io::Result<usize> {
        let mut removed = 0;
        for folder in folders {
            let entries = match std::fs::read_dir(self.root.join(folder)) {
                Ok(entries) => entries,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e),
            };
            for entry in entries {
                let entry = entry?;
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                let rel = format!("{folder}/{name}");
                if name.ends_with(".html") && !keep.contains(&rel) && entry.file_type()?.is_file() {
                    std::fs::remove_file(entry.path())?;
                    self.known.remove(&rel);
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}

/// Makes the file at `rel` under `root` hold `bytes`, unless it does
/// already (by `known`, the hash of what was last written there, else by
/// reading it); its hash, and whether it was written. Only a regular file
/// is read or replaced ([`crate::output`]): a FIFO would block the reading,
/// a device would be replaced by a page.
fn put_one(root: &Path, known: Option<&[u8; 32]>, rel: &str, bytes: &[u8]) -> std::io::Result<([u8; 32], bool)> {
    let hash: [u8; 32] = Sha256::digest(bytes).into();
    let path = root.join(rel);
    let target = output::resolve(&path).map_err(OutputError::into_io)?;
    let same = target.existing.is_some()
        && match known {
            Some(known) => *known == hash,
            None => std::fs::read(&target.path).is_ok_and(|old| old == bytes),
        };
    if !same {
        if let Some(dir) = target.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        output::write_to(&target, &[bytes])?;
    }
    Ok((hash, !same))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_file_is_not_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut folder = Folder::new(dir.path());
        assert!(folder.put("en/index.html", b"one").unwrap());
        assert!(!folder.put("en/index.html", b"one").unwrap());
        assert!(folder.put("en/index.html", b"two").unwrap());
        assert_eq!(std::fs::read(dir.path().join("en/index.html")).unwrap(), b"two");
        // Another process, found on disk with the same bytes.
        let mut again = Folder::new(dir.path());
        assert!(!again.put("en/index.html", b"two").unwrap());
        let left: Vec<_> = std::fs::read_dir(dir.path().join("en")).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn only_pages_outside_the_site_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let mut folder = Folder::new(dir.path());
        folder.put("en/decisions/a.html", b"a").unwrap();
        folder.put("en/decisions/b.html", b"b").unwrap();
        folder.put("en/decisions/notes.txt", b"n").unwrap();
        let keep: HashSet<String> = ["en/decisions/a.html".to_string()].into();
        let removed = folder.remove_others(&["en/decisions".to_string()], &keep).unwrap();
        assert_eq!(removed, 1);
        assert!(dir.path().join("en/decisions/a.html").exists());
        assert!(!dir.path().join("en/decisions/b.html").exists());
        assert!(dir.path().join("en/decisions/notes.txt").exists());
    }
}
