//! Where a meeting's record is kept: the `.plenary` file beside the meeting
//! file, unless `--record URL`, `PLENARY_RECORD` or a `record = "…"` line in
//! the meeting file names a PostgreSQL database (in that order of precedence).

use crate::domain::Msg;
use crate::files::Problem;
use crate::msg;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

static CHOSEN: OnceLock<String> = OnceLock::new();

/// `--record URL` from the command line, for every session this process opens.
pub fn choose(url: &str) {
    let _ = CHOSEN.set(url.to_string());
}

/// Where a record is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A SQLite file (beside the meeting file).
    File(PathBuf),
    /// A PostgreSQL URL.
    Database(String),
}

/// Where a record's location was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Given {
    Option,
    Environment,
    /// `record = "…"` in the meeting file, its value at this line and column.
    MeetingFile {
        file: PathBuf,
        line: usize,
        column: usize,
    },
}

/// Why a value is no place for a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    Empty,
    /// Neither a file name nor a PostgreSQL URL (`mysql://x`).
    Unknown,
    /// A path from the root: the record is kept beside the meeting.
    Absolute,
    /// A path with `..`, which could lead out of the meeting's folder.
    Escapes,
    /// A file name without the `.plenary` ending.
    NotRecordName,
    /// A folder.
    Folder,
    /// A URL that names no server (host or socket folder).
    NoHost,
    /// A URL that names no database.
    NoDatabase,
    /// A password written in the meeting file.
    Password,
    /// A URL that does not parse; what the parser said.
    BadUrl(String),
}

/// A location refused: where it was given, the value (a URL without its
/// password) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub given: Given,
    pub value: String,
    pub why: Why,
}

impl Refused {
    /// What is wrong and what to do, without the place.
    pub fn reason(&self) -> Msg {
        let value = self.value.clone();
        match &self.why {
            Why::Empty if matches!(self.given, Given::MeetingFile { .. }) => msg!("location-empty"),
            Why::Empty => msg!("store-pg-not-url", url = value),
            Why::Unknown if matches!(self.given, Given::MeetingFile { .. }) => msg!("location-unknown", value = value),
            Why::Unknown => msg!("store-pg-not-url", url = value),
            Why::Absolute => msg!("location-absolute", value = value),
            Why::Escapes => msg!("location-escapes", value = value),
            Why::NotRecordName => msg!("location-not-record-name", value = value),
            Why::Folder => msg!("location-folder", value = value),
            Why::NoHost => msg!("location-no-host", value = value),
            Why::NoDatabase => msg!("location-no-database", value = value),
            Why::Password => msg!("location-password", value = value),
            Why::BadUrl(detail) => msg!("location-bad-url", value = value, detail = detail.clone()),
        }
    }

    /// The message: a problem of the meeting file at the value's place,
    /// else the message alone (the value is the one typed or set).
    pub fn to_report(&self) -> (Option<Problem>, Msg) {
        let reason = self.reason();
        match &self.given {
            Given::MeetingFile { file, line, column } => {
                let problem = Problem {
                    file: file.clone(),
                    line: *line,
                    column: *column,
                    msg: reason.clone(),
                };
                (Some(problem), reason)
            }
            Given::Option | Given::Environment => (None, reason),
        }
    }
}

/// Judges a record's location. `folder`: the meeting file's folder, which
/// a file name is taken in. From `--record` or `PLENARY_RECORD`
/// (`in_meeting_file` false) only a URL is a place (the file beside the
/// meeting is the default), and a password is taken there, never in the
/// meeting file, which is shared and kept for years: a password belongs in
/// the password file (PGPASSFILE).
pub fn judge(value: &str, folder: &Path, in_meeting_file: bool) -> Result<Place, Why> {
    if value.trim().is_empty() {
        return Err(Why::Empty);
    }
    if super::postgres::is_url(value) {
        return judge_url(value, in_meeting_file).map(|()| Place::Database(value.to_string()));
    }
    if !in_meeting_file || value.contains("://") || value.contains('\0') {
        return Err(Why::Unknown);
    }
    let path = Path::new(value);
    if path.has_root() {
        return Err(Why::Absolute);
    }
    if path.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(Why::Escapes);
    }
    if path.extension().is_none_or(|e| e != super::session::RECORD_EXTENSION) || value.ends_with('/') {
        return Err(Why::NotRecordName);
    }
    let place = folder.join(path);
    if place.is_dir() {
        return Err(Why::Folder);
    }
    Ok(Place::File(place))
}

/// A PostgreSQL URL names a server and a database, and a password only
/// where it may be given.
fn judge_url(url: &str, in_meeting_file: bool) -> Result<(), Why> {
    use std::str::FromStr;
    // The modes the parser does not know (verify-full) are taken out first, as when connecting.
    let (parsed, _) = super::postgres::ssl_mode(url, None);
    let config = postgres::Config::from_str(&parsed)
        // The parser's words may quote the URL, password and all.
        .map_err(|e| Why::BadUrl(e.to_string().replace(url, &super::postgres::redact(url))))?;
    if in_meeting_file && config.get_password().is_some() {
        return Err(Why::Password);
    }
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        return Err(Why::NoHost);
    }
    if config.get_dbname().is_none_or(str::is_empty) {
        return Err(Why::NoDatabase);
    }
    Ok(())
}

/// Where the record of a session named by `named` (a meeting file or a
/// `.plenary` file) whose meeting file is `meeting_path` is kept: `None`
/// for the file beside the meeting (`MEETING.plenary`); else `--record`,
/// `PLENARY_RECORD` or `record = "…"` in the meeting file, in that order
/// of precedence, each judged by [`judge`].
pub fn record_place(named: &Path, meeting_path: &Path) -> Result<Option<Place>, Refused> {
    let folder = folder_of(meeting_path);
    let outside = |value: String, given: Given| {
        judge(&value, folder, false).map(Some).map_err(|why| Refused {
            given,
            value: super::postgres::redact(&value),
            why,
        })
    };
    if let Some(url) = CHOSEN.get() {
        return outside(url.clone(), Given::Option);
    }
    if let Ok(url) = std::env::var("PLENARY_RECORD")
        && !url.is_empty()
    {
        return outside(url, Given::Environment);
    }
    // A `.plenary` file named on purpose is the record.
    if named.extension().is_some_and(|e| e == super::session::RECORD_EXTENSION) {
        return Ok(None);
    }
    named_in(meeting_path)
}

/// The place `record = "…"` in the meeting file names, if it names one
/// (`plenary check` judges it too, with the same words).
pub fn named_in(meeting_path: &Path) -> Result<Option<Place>, Refused> {
    // The meeting file's own problems are reported by its loader; a device
    // or a pipe is not read here (it could never end).
    let regular =
        std::fs::metadata(meeting_path).is_ok_and(|m| m.is_file() && m.len() <= crate::files::source::MAX_FILE_BYTES);
    let Some((value, line, column)) = std::fs::File::open(meeting_path)
        .ok()
        .filter(|_| regular)
        .and_then(|file| root_string(std::io::BufReader::new(file), "record"))
    else {
        return Ok(None);
    };
    judge(&value, folder_of(meeting_path), true)
        .map(Some)
        .map_err(|why| Refused {
            given: Given::MeetingFile {
                file: meeting_path.to_path_buf(),
                line,
                column,
            },
            value: super::postgres::redact(&value),
            why,
        })
}

/// The folder a meeting file is in.
fn folder_of(meeting_path: &Path) -> &Path {
    match meeting_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
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
fn root_string(mut file: impl std::io::BufRead, key: &str) -> Option<(String, usize, usize)> {
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
    let found = |text: &str| -> Option<Option<(String, usize)>> {
        let table = toml::de::DeTable::parse(text).ok()?;
        let Some(value) = table.get_ref().get(key) else {
            return Some(None);
        };
        let toml::de::DeValue::String(s) = value.get_ref() else {
            return Some(None);
        };
        Some(Some((s.to_string(), value.span().start)))
    };
    let (value, offset) = match head_end.and_then(|end| found(&text[..end])) {
        Some(found) => found?,
        None => {
            file.read_to_string(&mut text).ok()?;
            found(&text)??
        }
    };
    let (line, column) = crate::files::source::Source::new(PathBuf::new(), text).position(offset);
    Some((value, line, column))
}

#[cfg(test)]
mod tests {
    use super::root_string;

    #[test]
    fn the_root_key_is_found_before_the_tables_and_not_inside_them() {
        let url = "postgres://clerk@db/kp";
        let before = format!("body = \"kp.toml\"\nrecord = \"{url}\"\n\n[[items]]\ntitle = \"Opening\"\n");
        assert_eq!(
            root_string(before.as_bytes(), "record").map(|f| f.0).as_deref(),
            Some(url)
        );
        // A `record` key inside a table is not the meeting's.
        let inside = "body = \"kp.toml\"\n[[items]]\nrecord = \"postgres://x\"\n";
        assert_eq!(root_string(inside.as_bytes(), "record"), None);
        // A line starting with `[` inside a multi-line string or array is
        // not a header: the whole file is read, and the key after it found.
        let string = format!("venue = \"\"\"\n[not a table]\n\"\"\"\nrecord = \"{url}\"\n[[items]]\n");
        assert_eq!(
            root_string(string.as_bytes(), "record").map(|f| f.0).as_deref(),
            Some(url)
        );
        let array = format!("expected = [\n  [\"a\"],\n]\nrecord = \"{url}\"\n");
        assert_eq!(
            root_string(array.as_bytes(), "record").map(|f| f.0).as_deref(),
            Some(url)
        );
        // A file that is not TOML names no record.
        assert_eq!(root_string("record = \n[".as_bytes(), "record"), None);
        // A line that only Unicode, not TOML, calls indented is no header.
        let nbsp = format!("record = \"{url}\"\n\u{a0}[a]\n");
        assert_eq!(root_string(nbsp.as_bytes(), "record"), None);
        // A header indented, as TOML allows.
        let indented = format!("record = \"{url}\"\n  [[items]]\n  record = \"postgres://y\"\n");
        assert_eq!(
            root_string(indented.as_bytes(), "record").map(|f| f.0).as_deref(),
            Some(url)
        );
    }
}
