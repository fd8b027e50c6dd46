//! The tests that hold for any engine, from one source: each runs on the
//! `.plenary` file and on PostgreSQL (`PLENARY_TEST_PG`, see
//! `scripts/pg-test-server`). Concurrent writers, SIGKILL in mid-stream,
//! undo, refusal of another meeting's record, the chain and the append-only
//! rule.

mod common;
mod pg;

use plenary::domain::state::ParagraphKind;
use plenary::store::Session;
use plenary::store::session::Access;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

enum Engine {
    File,
    Postgres { url: String },
}

impl Engine {
    fn postgres() -> Engine {
        Engine::Postgres { url: pg::fresh() }
    }

    /// `plenary` with its record on this engine.
    fn plenary(&self) -> Command {
        let mut c = common::plenary();
        c.env_remove("PLENARY_RECORD");
        if let Engine::Postgres { url } = self {
            c.env("PLENARY_RECORD", url);
        }
        c
    }

    fn run(&self, dir: &Path, args: &[&str]) -> Output {
        self.plenary().args(args).current_dir(dir).output().expect("runs")
    }

    /// `plenary do` with `lines` on its standard input.
    fn do_lines(&self, meeting: &Path, who: &str, lines: &str) -> Output {
        let mut child = self
            .plenary()
            .args(["do", meeting.to_str().unwrap(), "--as", who])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(lines.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    }

    fn open(&self, meeting: &Path) -> Session {
        let opened = match self {
            Engine::File => Session::open(meeting),
            Engine::Postgres { url } => Session::open_in(meeting, url, Access::Write),
        };
        opened.unwrap_or_else(|e| panic!("the session opens: {e:?}"))
    }

    /// Runs `sql` on the record as its owner could, around the record's rules.
    fn tamper(&self, meeting: &Path, sql: &str) {
        match self {
            Engine::File => {
                let c = rusqlite::Connection::open(meeting.with_extension("plenary")).unwrap();
                c.execute_batch(&format!(
                    "DROP TRIGGER events_no_update; {}",
                    sql.replace("plenary_events", "events")
                ))
                .unwrap();
            }
            Engine::Postgres { url } => {
                let mut c = pg::admin(&pg::db_of(url));
                c.batch_execute(&format!(
                    "ALTER TABLE plenary_events DISABLE TRIGGER USER; {sql}; ALTER TABLE plenary_events ENABLE TRIGGER USER"
                ))
                .unwrap();
            }
        }
    }

    /// Tries `sql` on the record within its rules; the error if refused.
    fn try_sql(&self, meeting: &Path, sql: &str) -> Option<String> {
        match self {
            Engine::File => {
                let c = rusqlite::Connection::open(meeting.with_extension("plenary")).unwrap();
                c.execute_batch(&sql.replace("plenary_events", "events"))
                    .err()
                    .map(|e| e.to_string())
            }
            Engine::Postgres { url } => pg::admin(&pg::db_of(url))
                .batch_execute(sql)
                .err()
                .map(|e| format!("{:?}", e.as_db_error().map(|d| d.message().to_string()))),
        }
    }
}

/// Declares a test for each engine; the PostgreSQL one needs the server.
macro_rules! on_both {
    ($name:ident) => {
        mod $name {
            #[test]
            fn file() {
                super::$name(super::Engine::File)
            }
            #[test]
            #[ignore = "needs PostgreSQL: apt-get install postgresql"]
            fn postgres() {
                super::$name(super::Engine::postgres())
            }
        }
    };
}

fn notes(session: &Session) -> Vec<String> {
    session
        .state
        .core
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Note && p.text.original.starts_with("note "))
        .map(|p| p.text.original.clone())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

on_both!(three_writer_processes_lose_nothing_and_keep_the_chain);
fn three_writer_processes_lose_nothing_and_keep_the_chain(engine: Engine) {
    let (dir, path) = common::windhoek();
    let writers = ["a", "b", "c"];
    let children: Vec<_> = writers
        .iter()
        .map(|who| {
            let file = dir.path().join(format!("{who}.txt"));
            let body: String = (1..=500).map(|i| format!("note 1 \"note {who}-{i}\"\n")).collect();
            std::fs::write(&file, body).unwrap();
            // Three processes, three connections, one (new) record, all at once.
            engine
                .plenary()
                .args([
                    "do",
                    path.to_str().unwrap(),
                    "--as",
                    who,
                    "--file",
                    file.to_str().unwrap(),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let verified = engine.run(dir.path(), &["verify", path.to_str().unwrap()]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    let said = String::from_utf8_lossy(&verified.stdout);
    assert!(said.contains(" 1,500 events"), "{said}");
    let session = engine.open(&path);
    assert_eq!(session.record().verify().unwrap(), None);
    assert_eq!(session.record().head().0, 1500);
    let stored = notes(&session);
    assert_eq!(stored.len(), 1500);
    for who in writers {
        let mine: Vec<&str> = stored
            .iter()
            .filter(|t| t.starts_with(&format!("note {who}-")))
            .map(String::as_str)
            .collect();
        let expected: Vec<String> = (1..=500).map(|i| format!("note {who}-{i}")).collect();
        assert_eq!(mine, expected.iter().map(String::as_str).collect::<Vec<_>>());
    }
}

on_both!(sigkill_in_mid_stream_loses_no_saved_command);
fn sigkill_in_mid_stream_loses_no_saved_command(engine: Engine) {
    let (_dir, path) = common::windhoek();
    let mut child = engine
        .plenary()
        .args(["do", path.to_str().unwrap(), "--as", "officer"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for i in 1..=3000 {
            if writeln!(stdin, "note 1 \"note {i}\"").is_err() {
                break;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut saved = Vec::new();
    let mut line = String::new();
    while saved.len() < 100 {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "the child stopped early");
        saved.push(line.trim_end().to_string());
    }
    child.kill().expect("SIGKILL");
    child.wait().unwrap();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    saved.extend(rest.lines().map(str::to_string));
    writer.join().unwrap();
    assert!(saved.len() < 3000, "killed in mid-stream");
    let session = engine.open(&path);
    let (_, level) = session.record().durability().unwrap();
    assert_eq!(level, 2, "commits wait for the disk");
    let stored = notes(&session);
    for (i, line) in saved.iter().enumerate() {
        assert_eq!(line, &format!("stdin:{}: saved: note 1 \"note {}\"", i + 1, i + 1));
        assert_eq!(stored.get(i), Some(&format!("note {}", i + 1)));
    }
    for (i, text) in stored.iter().enumerate() {
        assert_eq!(text, &format!("note {}", i + 1));
    }
    assert_eq!(session.record().verify().unwrap(), None);
}

on_both!(undo_reverses_only_my_last_command_as_a_new_event);
fn undo_reverses_only_my_last_command_as_a_new_event(engine: Engine) {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    for (who, cmd) in [("a", "note 1 \"note a1\""), ("b", "note 1 \"note b1\""), ("a", "undo")] {
        let out = engine.do_lines(&path, who, cmd);
        assert!(out.status.success(), "{cmd}: {}", stderr(&out));
    }
    let session = engine.open(&path);
    assert_eq!(notes(&session), ["note b1"]);
    // History is kept: three commands stored, the undo among them.
    let mut commands = Vec::new();
    session
        .record()
        .each_row(&mut |row, _| commands.push(row.command.to_string()))
        .unwrap();
    assert_eq!(commands.len(), 3, "{commands:?}");
    assert_eq!(commands[2], "undo");
    // Nothing left for b to undo but b's own note.
    let out = engine.run(dir.path(), &["do", p, "--as", "b", "undo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(notes(&engine.open(&path)).is_empty());
}

on_both!(another_meetings_record_is_refused_untouched);
fn another_meetings_record_is_refused_untouched(engine: Engine) {
    let (dir, path) = common::windhoek();
    let out = engine.do_lines(&path, "a", "note 1 \"note x\"");
    assert!(out.status.success(), "{}", stderr(&out));
    let other = dir.path().join("sun-city-2003-plenary.toml");
    std::fs::copy(common::root().join("agendas/sun-city-2003-plenary.toml"), &other).unwrap();
    if let Engine::File = engine {
        std::fs::copy(path.with_extension("plenary"), other.with_extension("plenary")).unwrap();
    }
    for args in [
        vec!["do", other.to_str().unwrap(), "note", "1", "note y"],
        vec!["verify", other.to_str().unwrap()],
        vec!["communique", other.to_str().unwrap()],
    ] {
        let out = engine.run(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out)
                .contains("this is the record of the meeting kp intersessional NA 2009-06-23, not of kp plenary ZA"),
            "{}",
            stderr(&out)
        );
    }
    let session = engine.open(&path);
    assert_eq!(notes(&session), ["note x"]);
    assert_eq!(session.record().head().0, 1);
}

on_both!(the_record_refuses_changes_and_verify_names_a_changed_event);
fn the_record_refuses_changes_and_verify_names_a_changed_event(engine: Engine) {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let out = engine.do_lines(&path, "a", "note 1 \"note 1\"\nnote 1 \"note 2\"\npresent NA\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let ok = engine.run(dir.path(), &["verify", p]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    // Append-only in the engine itself.
    for sql in [
        "UPDATE plenary_events SET author = 'mallory' WHERE seq = 2",
        "DELETE FROM plenary_events WHERE seq = 3",
    ] {
        let refused = engine
            .try_sql(&path, sql)
            .unwrap_or_else(|| panic!("{sql} was allowed"));
        assert!(refused.contains("append-only"), "{refused}");
    }
    // Changed around the rules: verify names the event, and writing is refused.
    engine.tamper(&path, "UPDATE plenary_events SET author = 'mallory' WHERE seq = 2");
    let bad = engine.run(dir.path(), &["verify", p]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("damaged at event 2"), "{}", stderr(&bad));
    let write = engine.run(dir.path(), &["do", p, "present", "ZA"]);
    assert_eq!(write.status.code(), Some(2), "{}", stderr(&write));
    assert!(stderr(&write).contains("damaged at event 2"), "{}", stderr(&write));
}
