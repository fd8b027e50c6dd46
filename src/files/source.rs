//! A file's text and the problems found in it, placed by line and column.

use crate::domain::Msg;
use crate::msg;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A problem in an input file, shown as `file:line:column: message`.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub msg: Msg,
}

/// Files larger than this are refused before parsing: no agenda comes near it.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub struct Source {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(path: PathBuf, text: String) -> Source {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            path,
            text,
            line_starts,
        }
    }

    /// Reads a file as UTF-8 text, or gives the problem that prevents it.
    pub fn read(path: &Path) -> Result<Source, Problem> {
        let at_start = |msg: Msg| Problem {
            file: path.to_path_buf(),
            line: 1,
            column: 1,
            msg,
        };
        let meta = std::fs::metadata(path).map_err(|e| {
            at_start(if e.kind() == std::io::ErrorKind::NotFound {
                msg!("file-not-found")
            } else {
                msg!("file-unreadable", reason = e.to_string())
            })
        })?;
        if meta.is_dir() {
            return Err(at_start(msg!("file-is-directory")));
        }
        // A device or a pipe could block or never end.
        if !meta.is_file() {
            return Err(at_start(msg!("file-not-regular")));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(at_start(msg!(
                "file-too-large",
                megabytes = (meta.len() / (1024 * 1024)) as i64
            )));
        }
        let bytes = std::fs::read(path).map_err(|e| at_start(msg!("file-unreadable", reason = e.to_string())))?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source::new(path.to_path_buf(), text)),
            Err(e) => {
                let source = Source::new(
                    path.to_path_buf(),
                    String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]).into_owned(),
                );
                Err(source.problem(e.utf8_error().valid_up_to(), msg!("file-not-utf8")))
            }
        }
    }

    /// Line and column (both from 1, the column in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start)
            + 1;
        (line, column)
    }

    pub fn problem(&self, offset: usize, msg: Msg) -> Problem {
        let (line, column) = self.position(offset);
        Problem {
            file: self.path.clone(),
            line,
            column,
            msg,
        }
    }

    pub fn problem_at(&self, span: &Range<usize>, msg: Msg) -> Problem {
        self.problem(span.start, msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let s = Source::new("x.toml".into(), "a = 1\nnom = \"é\" x\n".into());
        assert_eq!(s.position(0), (1, 1));
        assert_eq!(s.position(6), (2, 1));
        let x = s.text.rfind('x').unwrap();
        assert_eq!(s.position(x), (2, 11));
        assert_eq!(s.position(10_000), (3, 1));
    }
}
