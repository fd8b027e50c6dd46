//! Where a meeting's record is kept: the `.plenary` file beside the meeting
//! file, unless `--record URL`, `PLENARY_RECORD` or a `record = "…"` line in
//! the meeting file names a PostgreSQL database (in that order of precedence).

use std::path::Path;
use std::sync::OnceLock;

static CHOSEN: OnceLock<String> = OnceLock::new();

/// `--record URL` from the command line, for every session this process opens.
pub fn choose(url: &str) {
    let _ = CHOSEN.set(url.to_string());
}

/// The record URL for a session named by `named` (a meeting file or a
/// `.plenary` file) whose meeting file is `meeting_path`; `None`: the file.
pub fn record_url(named: &Path, meeting_path: &Path) -> Option<String> {
    if let Some(url) = CHOSEN.get() {
        return Some(url.clone());
    }
    if let Ok(url) = std::env::var("PLENARY_RECORD")
        && !url.is_empty()
    {
        return Some(url);
    }
    // A `.plenary` file named on purpose is the record.
    if named.extension().is_some_and(|e| e == super::session::RECORD_EXTENSION) {
        return None;
    }
    // The meeting file's own problems are reported by its loader.
    let text = std::fs::read_to_string(meeting_path).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    table.get("record")?.as_str().map(str::to_string)
}
