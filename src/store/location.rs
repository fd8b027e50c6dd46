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
    let file = std::fs::File::open(meeting_path).ok()?;
    root_string(std::io::BufReader::new(file), "record")
}

/// The string at `key` of a TOML document's root table. The root's keys
/// all come before its first table header, and a long meeting file is
/// mostly tables (its agenda, its delegations): reading and parsing only
/// the part before the first line that starts with `[` spares reading the
/// whole file on the way to the first frame. Hand-written because no TOML
/// crate parses only the root table. If that line is inside a multi-line
/// string or array, the part before it is not a whole document and fails
/// to parse; the whole file is read and parsed then. For a file with
/// errors after its first header this may find a key that a parse of the
/// whole file would refuse: the session loads the meeting file, and says
/// its problems, before it uses the location found here.
fn root_string(mut file: impl std::io::BufRead, key: &str) -> Option<String> {
    let mut text = String::new();
    let mut head_end = None;
    while head_end.is_none() {
        let start = text.len();
        if file.read_line(&mut text).ok()? == 0 {
            break;
        }
        // TOML's whitespace is the space and the tab only.
        if text[start..].trim_start_matches([' ', '\t']).starts_with('[') {
            head_end = Some(start);
        }
    }
    let head = head_end.and_then(|end| toml::from_str::<toml::Table>(&text[..end]).ok());
    let table = match head {
        Some(table) => table,
        None => {
            file.read_to_string(&mut text).ok()?;
            toml::from_str::<toml::Table>(&text).ok()?
        }
    };
    table.get(key)?.as_str().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::root_string;

    #[test]
    fn the_root_key_is_found_before_the_tables_and_not_inside_them() {
        let url = "postgres://clerk@db/kp";
        let before = format!("body = \"kp.toml\"\nrecord = \"{url}\"\n\n[[items]]\ntitle = \"Opening\"\n");
        assert_eq!(root_string(before.as_bytes(), "record").as_deref(), Some(url));
        // A `record` key inside a table is not the meeting's.
        let inside = "body = \"kp.toml\"\n[[items]]\nrecord = \"postgres://x\"\n";
        assert_eq!(root_string(inside.as_bytes(), "record"), None);
        // A line starting with `[` inside a multi-line string or array is
        // not a header: the whole file is read, and the key after it found.
        let string = format!("venue = \"\"\"\n[not a table]\n\"\"\"\nrecord = \"{url}\"\n[[items]]\n");
        assert_eq!(root_string(string.as_bytes(), "record").as_deref(), Some(url));
        let array = format!("expected = [\n  [\"a\"],\n]\nrecord = \"{url}\"\n");
        assert_eq!(root_string(array.as_bytes(), "record").as_deref(), Some(url));
        // A file that is not TOML names no record.
        assert_eq!(root_string("record = \n[".as_bytes(), "record"), None);
        // A line that only Unicode, not TOML, calls indented is no header.
        let nbsp = format!("record = \"{url}\"\n\u{a0}[a]\n");
        assert_eq!(root_string(nbsp.as_bytes(), "record"), None);
        // A header indented, as TOML allows.
        let indented = format!("record = \"{url}\"\n  [[items]]\n  record = \"postgres://y\"\n");
        assert_eq!(root_string(indented.as_bytes(), "record").as_deref(), Some(url));
    }
}
