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

/// A single command beside a long script is served in turn: while it
/// waits, the script records at most a few commands (it yields to the
/// waiter at its next command), not the rest of the script; and both are
/// recorded whole. Counted in commands, not timed.
#[test]
fn a_single_command_beside_a_long_script_waits_its_turn() {
    const SCRIPT: usize = 3000;
    const SINGLES: usize = 8;
    let (dir, path) = common::windhoek();
    let file = dir.path().join("long.txt");
    let body: String = (1..=SCRIPT).map(|i| format!("note 1 \"note s-{i}\"\n")).collect();
    std::fs::write(&file, body).unwrap();
    // The record exists before either starts.
    let mut single = Session::open(&path).unwrap();
    let mut script = common::plenary()
        .args([
            "do",
            path.to_str().unwrap(),
            "--as",
            "s",
            "--file",
            file.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut said = BufReader::new(script.stdout.take().unwrap()).lines();
    // The record's last event at this moment, as any reader sees it.
    let live = rusqlite::Connection::open(path.with_extension("plenary")).unwrap();
    let mut passed = Vec::new();
    let mut seen = 0;
    for k in 0..SINGLES {
        // Well into the script before each single command.
        let until = (k + 1) * SCRIPT / (SINGLES + 2);
        while seen < until {
            said.next().expect("the script goes on").unwrap();
            seen += 1;
        }
        // Folded first, so that the single command itself is quick.
        single.refresh().unwrap();
        let before: i64 = live.query_row("SELECT max(seq) FROM events", [], |r| r.get(0)).unwrap();
        let command = plenary::commands::parse_line(&format!("note 2 \"note single-{k}\""))
            .unwrap()
            .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T10:00:00+02:00").unwrap();
        let group = single.execute(&command, "single", at).unwrap();
        // Script commands recorded between the single's look at the record and its own.
        passed.push(group.seq - before - 1);
    }
    for line in said {
        line.unwrap();
    }
    let out = script.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    eprintln!("script commands recorded while a single command waited: {passed:?}");
    // One or two here; before the writers took turns, hundreds (the rest
    // of the script). The margin is for a loaded machine, where the
    // single command may be held up between its look and its turn.
    assert!(
        passed.iter().all(|&n| n <= 50),
        "the single command waited for {passed:?} of the script's commands"
    );
    let mut session = Session::open_read(&path).unwrap();
    // Every command, not only those a snapshot keeps.
    session.complete().unwrap();
    let all = notes(&session);
    assert_eq!(all.len(), SCRIPT + SINGLES);
    let script_notes: Vec<String> = all.iter().filter(|t| t.starts_with("note s-")).cloned().collect();
    let expected: Vec<String> = (1..=SCRIPT).map(|i| format!("note s-{i}")).collect();
    assert_eq!(script_notes, expected, "the script's commands, each once, in order");
    for k in 0..SINGLES {
        let mine = format!("note single-{k}");
        assert_eq!(all.iter().filter(|t| **t == mine).count(), 1, "{mine}");
    }
    assert_eq!(session.state.log.len(), SCRIPT + SINGLES);
}
