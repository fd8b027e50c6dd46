//! A session on the Windhoek sample that a test types command lines into,
//! as the secretariat would: each line parsed, run a minute after the one
//! before on the meeting's first morning, and each refusal checked to have
//! changed nothing.

use plenary::commands::parse_line;
use plenary::domain::Msg;
use plenary::store::{ExecError, Session};
use std::path::PathBuf;

pub struct Room {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub s: Session,
    minute: i64,
}

impl Room {
    pub fn new() -> Room {
        let (dir, path) = super::windhoek();
        Room::of(dir, path)
    }

    /// The sample with its participants present, as the room is when a
    /// text is negotiated.
    pub fn with_participants() -> Room {
        let mut r = Room::new();
        r.ok("present participants");
        r
    }

    /// The room of the meeting at `path`, in `dir`.
    pub fn of(dir: tempfile::TempDir, path: PathBuf) -> Room {
        Room {
            s: Session::open(&path).unwrap(),
            dir,
            path,
            minute: 0,
        }
    }

    /// Runs a line: `Ok`, or the message that refused it (a line that does
    /// not parse included).
    pub fn try_line(&mut self, line: &str) -> Result<(), Msg> {
        self.minute += 1;
        let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:00+02:00").unwrap()
            + chrono::Duration::minutes(self.minute);
        let command = parse_line(line).map_err(|e| e.msg)?.expect("a command");
        let before = self.s.state.core.clone();
        match self.s.execute(&command, "officer", at) {
            Ok(_) => Ok(()),
            Err(ExecError::Refused(m)) => {
                assert_eq!(self.s.state.core, before, "a refused command changed nothing: {line}");
                Err(m)
            }
            Err(ExecError::Store(e)) => panic!("{e}"),
        }
    }

    /// Runs a line; `Ok` or the id of the message that refused it.
    pub fn run(&mut self, line: &str) -> Result<(), &'static str> {
        self.try_line(line).map_err(|m| m.id)
    }

    pub fn ok(&mut self, line: &str) {
        if let Err(m) = self.try_line(line) {
            panic!("{line}: refused with {m:?}");
        }
    }

    /// The line is refused with the message `id`, which is returned.
    pub fn refused(&mut self, line: &str, id: &str) -> Msg {
        let m = self.try_line(line).expect_err(line);
        assert_eq!(m.id, id, "{line}: {m:?}");
        m
    }
}
