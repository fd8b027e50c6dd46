//! Killing `plenary do` in mid-stream loses no command it had reported saved,
//! and two processes writing one record at once lose nothing.

mod common;

use plenary::domain::state::ParagraphKind;
use plenary::store::Session;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::Stdio;

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

/// The connection a session writes through commits with `synchronous=FULL`
/// in WAL mode: what a confirmed command relies on to survive SIGKILL.
/// (`plenary do`, the live screen and `import` write through this same
/// `Record::open`; reading connections are read-only and commit nothing.)
fn assert_durable(session: &Session) {
    let (journal, synchronous) = session.record().durability().expect("pragmas read back");
    assert_eq!(journal, "wal");
    assert_eq!(synchronous, 2, "synchronous=FULL (2)");
}

/// The record file says WAL in its header (bytes 18 and 19 are 2): the
/// processes that wrote it used WAL.
fn assert_wal(meeting: &std::path::Path) {
    let record = std::fs::read(meeting.with_extension("plenary")).expect("a record");
    assert_eq!(&record[..16], b"SQLite format 3\0");
    assert_eq!((record[18], record[19]), (2, 2), "the record is in WAL mode");
}

#[test]
fn every_writing_connection_is_durable() {
    let (_dir, path) = common::windhoek();
    let session = Session::open(&path).expect("opens");
    assert_durable(&session);
    drop(session);
    assert_wal(&path);
    // An existing record, opened again.
    assert_durable(&Session::open(&path).expect("opens again"));
    let meeting = plenary::files::load(&path).unwrap();
    let record =
        plenary::store::Record::open(&path.with_extension("plenary"), &plenary::store::identity::of(&meeting)).unwrap();
    assert_eq!(record.durability().unwrap(), ("wal".to_string(), 2));
}

#[test]
fn sigkill_loses_no_saved_command() {
    let (_dir, path) = common::windhoek();
    let mut child = common::plenary()
        .args(["do", path.to_str().unwrap(), "--as", "officer"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().unwrap();
    // The writer keeps the pipe full: the child is killed with commands in
    // flight, some read, some not, one perhaps half-done.
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
    while saved.len() < 150 {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "the child stopped early");
        saved.push(line.trim_end().to_string());
    }
    child.kill().expect("SIGKILL");
    child.wait().unwrap();
    // Lines the child wrote before it died are still in the pipe.
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    saved.extend(rest.lines().map(str::to_string));
    writer.join().unwrap();
    assert!(
        saved.len() >= 150 && saved.len() < 3000,
        "killed in mid-stream: {} saved",
        saved.len()
    );

    assert_wal(&path);
    let session = Session::open(&path).expect("the record opens cleanly after SIGKILL");
    assert_durable(&session);
    assert!(session.conflicts.is_empty());
    let stored = notes(&session);
    for (i, line) in saved.iter().enumerate() {
        let expected = format!("stdin:{}: saved: note 1 \"note {}\"", i + 1, i + 1);
        assert_eq!(line, &expected);
        assert_eq!(
            stored.get(i),
            Some(&format!("note {}", i + 1)),
            "saved command {} is in the record",
            i + 1
        );
    }
    // Nothing beyond what the child read, and in order.
    for (i, text) in stored.iter().enumerate() {
        assert_eq!(text, &format!("note {}", i + 1));
    }
}

#[test]
fn two_writers_lose_nothing() {
    let (dir, path) = common::windhoek();
    let script = |name: &str| {
        let file = dir.path().join(format!("{name}.txt"));
        let body: String = (1..=500).map(|i| format!("note 1 \"note {name}-{i}\"\n")).collect();
        std::fs::write(&file, body).unwrap();
        file
    };
    let (a, b) = (script("a"), script("b"));
    // Both processes open the same (new) record at once.
    let spawn = |file: &std::path::Path, who: &str| {
        common::plenary()
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
    };
    let (ca, cb) = (spawn(&a, "a"), spawn(&b, "b"));
    for child in [ca, cb] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_wal(&path);
    let session = Session::open(&path).unwrap();
    assert_durable(&session);
    let stored: Vec<String> = session
        .state
        .core
        .paragraphs
        .iter()
        .filter(|p| p.text.original.starts_with("note "))
        .map(|p| p.text.original.clone())
        .collect();
    assert_eq!(stored.len(), 1000);
    for who in ["a", "b"] {
        let mine: Vec<&String> = stored
            .iter()
            .filter(|t| t.starts_with(&format!("note {who}-")))
            .collect();
        let expected: Vec<String> = (1..=500).map(|i| format!("note {who}-{i}")).collect();
        assert_eq!(
            mine.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            expected.iter().map(|s| s.as_str()).collect::<Vec<_>>()
        );
    }
    assert_eq!(session.state.log.len(), 1000);
}

#[test]
fn a_second_session_sees_the_first_on_refresh() {
    let (_dir, path) = common::windhoek();
    let mut one = Session::open(&path).unwrap();
    let mut two = Session::open(&path).unwrap();
    let at = chrono::Local::now().fixed_offset();
    one.execute(
        &plenary::commands::parse_line("present NA").unwrap().unwrap(),
        "one",
        at,
    )
    .unwrap();
    assert_eq!(two.refresh().unwrap(), 1);
    assert_eq!(two.state.core, one.state.core);
    two.execute(&plenary::commands::parse_line("open 1").unwrap().unwrap(), "two", at)
        .unwrap();
    assert_eq!(one.refresh().unwrap(), 1);
    assert_eq!(one.state.core, two.state.core);
}
