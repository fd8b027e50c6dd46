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
use plenary::store::snapshot::Stored;
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
                    "DROP TRIGGER IF EXISTS events_no_update; {}",
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

    /// A session that only reads the record.
    fn open_read(&self, meeting: &Path) -> Session {
        let opened = match self {
            Engine::File => Session::open_read(meeting),
            Engine::Postgres { url } => Session::open_in(meeting, url, Access::Read),
        };
        opened.unwrap_or_else(|e| panic!("the session opens to read: {e:?}"))
    }

    /// The record itself, opened for writing, below any session.
    fn raw(&self, meeting: &Path) -> Box<dyn plenary::store::Engine> {
        let identity = plenary::store::identity::of(&plenary::files::load(meeting).expect("the sample loads"));
        match self {
            Engine::File => {
                Box::new(plenary::store::Record::open(&meeting.with_extension("plenary"), &identity).unwrap())
            }
            Engine::Postgres { url } => Box::new(plenary::store::postgres::PgRecord::open(url, &identity).unwrap()),
        }
    }

    /// Runs `sql` on the snapshot table (`plenary_snapshots`, named so in both).
    fn snapshot_sql(&self, meeting: &Path, sql: &str) {
        match self {
            Engine::File => rusqlite::Connection::open(meeting.with_extension("plenary"))
                .unwrap()
                .execute_batch(&sql.replace("plenary_snapshots", "snapshots"))
                .unwrap(),
            Engine::Postgres { url } => pg::admin(&pg::db_of(url)).batch_execute(sql).unwrap(),
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

on_both!(verify_head_holds_the_printed_head_and_names_another_record);
fn verify_head_holds_the_printed_head_and_names_another_record(engine: Engine) {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let out = engine.do_lines(&path, "a", "note 1 \"note 1\"\nnote 1 \"note 2\"\npresent NA\n");
    assert!(out.status.success(), "{}", stderr(&out));
    // The head as the plain-text communique prints it.
    let txt = engine.run(dir.path(), &["communique", p]);
    let flat = String::from_utf8(txt.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let line = flat.rsplit("Record: ").next().unwrap();
    let (events, rest) = line
        .split_once(" events, chain head ")
        .unwrap_or_else(|| panic!("{flat}"));
    let head = format!("{events}:{}", &rest[..16]);
    assert_eq!(events, "3");
    let ok = engine.run(dir.path(), &["verify", p, "--head", &head]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    // Held as a prefix while the record grows.
    assert!(engine.do_lines(&path, "a", "present ZA\n").status.success());
    let ok = engine.run(dir.path(), &["verify", p, "--head", &head]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    // Other records of the same meeting, whole: one shorter, one as long
    // but made of other commands.
    for (lines, said) in [
        ("note 1 \"other\"\n", "fewer than 3"),
        ("present NA\nnote 1 \"note 2\"\nnote 1 \"note 1\"\n", "event 3 differs"),
    ] {
        let other = match &engine {
            Engine::File => Engine::File,
            Engine::Postgres { .. } => Engine::postgres(),
        };
        let (other_dir, other_path) = common::windhoek();
        let o = other_path.to_str().unwrap();
        assert!(other.do_lines(&other_path, "a", lines).status.success());
        assert!(other.run(other_dir.path(), &["verify", o]).status.success());
        let refused = other.run(other_dir.path(), &["verify", o, "--head", &head]);
        assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
        assert!(stderr(&refused).contains(said), "{}", stderr(&refused));
    }
}

/// Runs `line` as `who`, which must be saved.
fn exec(session: &mut Session, who: &str, line: &str) {
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T10:00:00+02:00").unwrap();
    let command = plenary::commands::parse_line(line).unwrap().unwrap();
    if let Err(e) = session.execute(&command, who, at) {
        panic!("{line}: {e:?}");
    }
}

on_both!(open_folds_only_the_events_after_the_latest_snapshot);
fn open_folds_only_the_events_after_the_latest_snapshot(engine: Engine) {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let mut writer = engine.open(&path);
    writer.set_snapshots(10, 1024);
    for i in 1..=45 {
        exec(&mut writer, "a", &format!("note 1 \"note {i}\""));
    }
    assert_eq!(writer.snapshot_at(), 40, "one every ten events");
    drop(writer);
    // An event before the snapshot changed around the record's rules: the
    // chain check at open starts at the snapshot, so opening does not read
    // it, and the state is the one the snapshot holds (`verify` reads it all).
    engine.tamper(
        &path,
        "UPDATE plenary_events SET event = replace(event, 'note 3', 'forged') WHERE seq = 3",
    );
    let reader = engine.open_read(&path);
    assert_eq!(reader.snapshot_at(), 40);
    let expected: Vec<String> = (1..=45).map(|i| format!("note {i}")).collect();
    assert_eq!(
        notes(&reader),
        expected,
        "the snapshot's state and the five events after it"
    );
    assert!(reader.warnings.is_empty(), "{:?}", reader.warnings);
    let verified = engine.run(dir.path(), &["verify", p]);
    assert_eq!(verified.status.code(), Some(2));
    assert!(
        stderr(&verified).contains("damaged at event 3"),
        "{}",
        stderr(&verified)
    );
    // An event after it is checked at every open: writing is refused.
    engine.tamper(
        &path,
        "UPDATE plenary_events SET event = replace(event, 'note 43', 'forged') WHERE seq = 43",
    );
    let write = engine.run(dir.path(), &["do", p, "present", "ZA"]);
    assert_eq!(write.status.code(), Some(2), "{}", stderr(&write));
    assert!(stderr(&write).contains("damaged at event 43"), "{}", stderr(&write));
}

/// A writer that recorded b's roll call, then 69 notes by a, with a
/// snapshot every 10 events keeping 4 commands: the latest at event 70
/// keeps none of b's.
fn b_then_69_by_a(engine: &Engine, path: &Path) -> Session {
    let mut writer = engine.open(path);
    writer.set_snapshots(10, 4);
    exec(&mut writer, "b", "present NA");
    for i in 1..=69 {
        exec(&mut writer, "a", &format!("note 1 \"note {i}\""));
    }
    assert_eq!(writer.snapshot_at(), 70);
    writer
}

on_both!(undo_and_export_reach_past_what_a_snapshot_keeps);
fn undo_and_export_reach_past_what_a_snapshot_keeps(engine: Engine) {
    let (dir, path) = common::windhoek();
    let writer = b_then_69_by_a(&engine, &path);
    let whole = writer.state.clone();
    drop(writer);
    let mut opened = engine.open(&path);
    assert_eq!(opened.snapshot_at(), 70);
    // The snapshot kept the log from the checkpoint at 64.
    assert!(!opened.state.has_whole_log());
    assert_eq!(opened.state.earlier.entries, 64);
    assert_eq!(opened.state.core, whole.core);
    assert_eq!(opened.state.last_seq(), 70);
    // b's only command is before that: undo reads the whole log first.
    exec(&mut opened, "b", "undo");
    assert!(opened.state.has_whole_log());
    assert_eq!(opened.state.log.len(), 71);
    let na = opened.state.delegation_index("NA").unwrap();
    assert_eq!(opened.state.core.delegations[na].present, None);
    let mut full = engine.open_read(&path);
    full.verify_snapshots().unwrap();
    assert_eq!(full.state, opened.state);
    // The export is the whole record, every command in it.
    let out = engine.run(dir.path(), &["export", path.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = export["events"].as_array().expect("the commands");
    assert_eq!(events.len(), 71);
    assert_eq!(events[0]["command"], "present NA");
}

on_both!(an_undo_of_a_command_older_than_a_snapshot_keeps_folds_in_every_session);
fn an_undo_of_a_command_older_than_a_snapshot_keeps_folds_in_every_session(engine: Engine) {
    let (_dir, path) = common::windhoek();
    let mut writer = b_then_69_by_a(&engine, &path);
    // A reader and a second writer open from the snapshot: neither holds
    // b's command, which the snapshot did not keep.
    let mut reader = engine.open_read(&path);
    let mut other = engine.open(&path);
    assert!(!reader.state.has_whole_log() && !other.state.has_whole_log());
    // b undoes it from the first writer, which holds the whole log.
    exec(&mut writer, "b", "undo");
    let na = writer.state.delegation_index("NA").unwrap();
    assert_eq!(writer.state.core.delegations[na].present, None);
    // The reader takes the undo in: it reads the whole record for it.
    assert_eq!(reader.refresh().unwrap(), 1);
    assert!(
        reader.conflicts.is_empty(),
        "{:?}",
        reader.conflicts.iter().map(|c| &c.msg).collect::<Vec<_>>()
    );
    assert_eq!(reader.state, writer.state);
    // The second writer meets it while it writes, and writes on the state with it.
    exec(&mut other, "a", "note 1 \"after the undo\"");
    assert!(
        other.conflicts.is_empty(),
        "{:?}",
        other.conflicts.iter().map(|c| &c.msg).collect::<Vec<_>>()
    );
    assert_eq!(other.state.core.delegations[na].present, None);
    // Opened again from the latest snapshot, the record folds whole.
    let reopened = engine.open(&path);
    assert!(reopened.conflicts.is_empty());
    let mut full = engine.open_read(&path);
    full.verify_snapshots().unwrap();
    assert_eq!(reopened.state.core, full.state.core);
    assert_eq!(other.state.core, full.state.core);
}

/// Replaces the latest snapshot with `forged` made from it.
fn forge(engine: &Engine, path: &Path, forged: impl FnOnce(Stored) -> Stored) {
    let mut raw = engine.raw(path);
    let latest = raw.latest_snapshot().unwrap().expect("a snapshot");
    raw.store_snapshot(&forged(latest)).unwrap();
}

on_both!(a_bad_snapshot_is_never_used_and_verify_reports_it);
fn a_bad_snapshot_is_never_used_and_verify_reports_it(engine: Engine) {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let mut writer = engine.open(&path);
    writer.set_snapshots(5, 1024);
    for (i, line) in ["present NA ZA", "open 1", "speaker add NA", "speaker next", "close 1"]
        .iter()
        .chain(&[
            "open 2",
            "note 2 \"note 1\"",
            "note 2 \"note 2\"",
            "undo",
            "absent ZA",
            "close 2",
        ])
        .enumerate()
    {
        exec(&mut writer, if i % 3 == 0 { "b" } else { "a" }, line);
    }
    assert_eq!(writer.snapshot_at(), 10);
    let whole = writer.state.clone();
    drop(writer);
    let pristine = engine.raw(&path).latest_snapshot().unwrap().unwrap();
    let ok = engine.run(dir.path(), &["verify", p]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert_eq!(engine.open_read(&path).snapshot_at(), 10, "a sound snapshot is used");

    type Forgery = Box<dyn FnOnce(Stored) -> Stored>;
    let cases: Vec<(&str, Forgery, Option<&str>)> = vec![
        (
            "a flipped byte",
            Box::new(|mut s: Stored| {
                s.state[20] ^= 0x04;
                s
            }),
            Some("its contents do not match its own digest"),
        ),
        (
            "another chain position",
            Box::new(|s: Stored| {
                let mut hash = s.hash.clone();
                hash[0] ^= 1;
                Stored::new(s.seq, &hash, &s.program, &s.meeting, s.state)
            }),
            Some("does not match the record's chain"),
        ),
        (
            "unreadable",
            Box::new(|s: Stored| Stored::new(s.seq, &s.hash, &s.program, &s.meeting, b"{\"core\":".to_vec())),
            Some("cannot be read"),
        ),
        (
            "another program",
            Box::new(|s: Stored| Stored::new(s.seq, &s.hash, "plenary 0.0.1; snapshot 0", &s.meeting, s.state)),
            None,
        ),
        (
            "another meeting file",
            Box::new(|s: Stored| Stored::new(s.seq, &s.hash, &s.program, &[0; 32], s.state)),
            None,
        ),
    ];
    for (what, forged, reported) in cases {
        forge(&engine, &path, forged);
        let reader = engine.open_read(&path);
        assert_eq!(reader.snapshot_at(), 0, "{what}: not used");
        assert_eq!(reader.state, whole, "{what}: the fold of every event");
        assert!(reader.warnings.is_empty(), "{what}: {:?}", reader.warnings);
        let out = engine.run(dir.path(), &["verify", p]);
        match reported {
            Some(words) => {
                assert_eq!(out.status.code(), Some(2), "{what}");
                assert!(stderr(&out).contains(words), "{what}: {}", stderr(&out));
                assert!(
                    stderr(&out).contains("snapshot at event 10"),
                    "{what}: {}",
                    stderr(&out)
                );
            }
            None => {
                assert!(out.status.success(), "{what}: {}", stderr(&out));
                let said = String::from_utf8_lossy(&out.stdout);
                assert!(said.contains("is not used"), "{what}: {said}");
            }
        }
        forge(&engine, &path, |_| pristine.clone());
    }
    // A sound snapshot whose state is not the fold: only something that
    // can write the file and compute digests makes one. Open trusts it (it
    // is sealed and sits on the chain); verify folds everything and says so.
    forge(&engine, &path, |s| {
        let text = String::from_utf8(s.state).unwrap().replace("note 2", "note 9");
        Stored::new(s.seq, &s.hash, &s.program, &s.meeting, text.into_bytes())
    });
    let out = engine.run(dir.path(), &["verify", p]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("snapshot at event 10 is not what the fold of the record gives"),
        "{}",
        stderr(&out)
    );
}

on_both!(a_record_without_the_snapshot_table_opens_and_readers_store_none);
fn a_record_without_the_snapshot_table_opens_and_readers_store_none(engine: Engine) {
    let (dir, path) = common::windhoek();
    let out = engine.do_lines(&path, "a", "present NA\nnote 1 \"note 1\"\nnote 1 \"note 2\"\n");
    assert!(out.status.success(), "{}", stderr(&out));
    // As a record made before snapshots.
    engine.snapshot_sql(&path, "DROP TABLE plenary_snapshots");
    let record = dir.path().join("windhoek-2009-intersessional.plenary");
    let before = std::fs::read(&record).ok();
    let reader = engine.open_read(&path);
    assert_eq!(notes(&reader), ["note 1", "note 2"]);
    assert_eq!(reader.snapshot_at(), 0);
    drop(reader);
    let p = path.to_str().unwrap();
    let ok = engine.run(dir.path(), &["verify", p]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let read = engine.run(dir.path(), &["communique", p]);
    assert!(read.status.success(), "{}", stderr(&read));
    if matches!(engine, Engine::File) {
        assert_eq!(std::fs::read(&record).ok(), before, "reading wrote nothing");
    }
    // A writer makes the table when it first stores one.
    let mut writer = engine.open(&path);
    writer.set_snapshots(1, 1024);
    exec(&mut writer, "a", "note 1 \"note 3\"");
    assert_eq!(writer.snapshot_at(), 4);
    drop(writer);
    assert_eq!(engine.open_read(&path).snapshot_at(), 4);
    // A reader never stores one, however many events passed since.
    let out = engine.do_lines(&path, "a", "note 1 \"note 4\"\nnote 1 \"note 5\"\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = engine.open_read(&path);
    reader.set_snapshots(1, 1024);
    assert!(!reader.store_snapshot().unwrap(), "a reader stores none");
    drop(reader);
    let latest = engine.raw(&path).latest_snapshot().unwrap().unwrap();
    assert_eq!(latest.seq, 4);
}
