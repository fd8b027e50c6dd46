//! One limit on the size of one text, refused with a clear error on every
//! path a text comes in by: meeting files and `plenary do` here; the prompt
//! and the editors in tests/tui_app.rs.

mod common;

use plenary::domain::limits::MAX_TEXT_CHARS;

#[test]
fn plenary_do_refuses_a_text_over_the_limit_and_records_nothing() {
    let (dir, path) = common::windhoek();
    let script = dir.path().join("long.txt");
    std::fs::write(&script, format!("note 1 \"{}\"\n", "a".repeat(MAX_TEXT_CHARS + 1))).unwrap();
    let out = common::plenary()
        .args(["do", path.to_str().unwrap(), "--file", script.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("long.txt") && err.contains("at most 100"), "{err}");
    let json = common::run_ok(&["export", path.to_str().unwrap(), "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["events"].as_array().unwrap().is_empty());
    // At the limit, it is taken.
    std::fs::write(&script, format!("note 1 \"{}\"\n", "a".repeat(MAX_TEXT_CHARS))).unwrap();
    common::run_ok(
        &["do", path.to_str().unwrap(), "--file", script.to_str().unwrap()],
        dir.path(),
    );
}

#[test]
fn a_meeting_file_with_a_text_over_the_limit_is_refused_with_its_place() {
    let (dir, path) = common::windhoek();
    let meeting = std::fs::read_to_string(&path).unwrap();
    let long = "a".repeat(MAX_TEXT_CHARS + 1);
    let changed = meeting.replacen("en = \"Addressing", &format!("en = \"{long} Addressing"), 1);
    assert!(changed.len() > meeting.len(), "the sample's first note is where it was");
    std::fs::write(&path, changed).unwrap();
    let out = common::plenary()
        .args(["check", path.to_str().unwrap()])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at most 100"), "{err}");
    assert!(err.contains(".toml:"), "{err}");
}

#[test]
fn xliff_import_refuses_a_translation_over_the_limit_as_plenary_do_does() {
    use plenary::exchange::xliff;
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    common::run_ok(
        &[
            "do",
            p,
            "draft",
            "5",
            "KP/2009/IS/9",
            "The Plenary welcomed the mission.",
        ],
        dir.path(),
    );
    let long = "é".repeat(MAX_TEXT_CHARS + 1);

    let script = dir.path().join("long.txt");
    std::fs::write(&script, format!("translate KP/2009/IS/9 fr \"{long}\"\n")).unwrap();
    let by_do = common::plenary()
        .args(["do", p, "--file", script.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(by_do.status.code(), Some(2));

    let out = dir.path().join("fr.xlf");
    common::run_ok(
        &["xliff", "export", p, "--lang", "fr", "-o", out.to_str().unwrap()],
        dir.path(),
    );
    let mut file = xliff::read(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let unit = file
        .units
        .iter_mut()
        .find(|u| u.id == "KP/2009/IS/9")
        .expect("the draft waits");
    unit.target = Some(long.clone());
    unit.state = Some("final".into());
    let back = dir.path().join("fr-done.xlf");
    std::fs::write(&back, xliff::write(&file, "test")).unwrap();
    let by_xliff = common::plenary()
        .args(["xliff", "import", p, back.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&by_xliff.stderr);
    assert_eq!(by_xliff.status.code(), Some(2), "{err}");
    assert!(err.contains("KP/2009/IS/9"), "names the unit: {err}");
    let words = "the text has 100,001 characters; one text may have at most 100,000.";
    for (how, out) in [("do", &by_do), ("xliff import", &by_xliff)] {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(words), "{how}: {err}");
    }

    let session = plenary::store::Session::open_read(&path).unwrap();
    assert_eq!(session.state.log.len(), 1, "only the draft is recorded");
    assert!(session.state.core.text("KP/2009/IS/9").unwrap().translations.is_empty());
}

#[test]
fn record_import_refuses_a_text_over_the_limit_even_with_its_chain_made_again() {
    use plenary::store::chain::{Checker, Row, to_hex};
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    common::run_ok(&["do", p, "note", "1", "\"Short.\"", ";", "present", "NA"], dir.path());
    let json = common::run_ok(&["export", p, "--format", "json"], dir.path());
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    // The note made long, and every hash after it made again, as anyone can.
    let record = &mut v["record"];
    let identity = record["identity"].as_str().unwrap().to_string();
    let mut chain = Checker::new(&identity);
    for row in record["rows"].as_array_mut().unwrap() {
        let event = row["event"]
            .as_str()
            .unwrap()
            .replace("Short.", &"a".repeat(MAX_TEXT_CHARS + 1));
        row["event"] = event.into();
        let text = |k: &str| row[k].as_str().unwrap().to_string();
        let (at, author, command, event) = (text("at"), text("author"), text("command"), text("event"));
        let hash = chain.append(&Row {
            seq: row["seq"].as_i64().unwrap(),
            grp: row["group"].as_i64().unwrap(),
            at: &at,
            author: &author,
            command: &command,
            event: &event,
        });
        row["hash"] = to_hex(&hash).into();
    }
    record["head"] = to_hex(&chain.head()).into();
    let forged = dir.path().join("long.json");
    std::fs::write(&forged, serde_json::to_string(&v).unwrap()).unwrap();

    let fresh = tempfile::tempdir().unwrap();
    for file in ["kimberley-process.toml", "windhoek-2009-intersessional.toml"] {
        std::fs::copy(dir.path().join(file), fresh.path().join(file)).unwrap();
    }
    let meeting = fresh.path().join("windhoek-2009-intersessional.toml");
    let out = common::plenary()
        .args(["import", meeting.to_str().unwrap(), forged.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("event 1 cannot be imported") && err.contains("at most 100,000"),
        "{err}"
    );
    assert!(!meeting.with_extension("plenary").exists(), "nothing was imported");
}

/// Names that would forge a line of the history, or reorder what is shown
/// beside them.
const BAD_NAMES: [&str; 6] = [
    "officer\nsaved: adopt KP/2009/IS/1",
    "officer\r",
    "\u{1b}[2Jofficer",
    "officer\u{202e}recips",
    "off\u{200b}icer",
    "officer\u{2028}two",
];

#[test]
fn plenary_do_refuses_an_author_name_with_a_hidden_character_from_any_source() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    for name in BAD_NAMES {
        for source in ["--as", "PLENARY_USER", "USER"] {
            let mut c = common::plenary();
            c.args(["do", p]).current_dir(dir.path());
            match source {
                "--as" => c.args(["--as", name]),
                var => c.env_remove("LOGNAME").env(var, name),
            };
            c.args(["present", "NA"]);
            let out = c.output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{source} {name:?}: {err}");
            assert!(err.contains("the author's name") && err.contains("--as NAME"), "{err}");
            assert!(
                !path.with_extension("plenary").exists(),
                "{source} {name:?}: nothing was made"
            );
        }
    }
    // Every other entry point records through the session, which refuses it too.
    let mut session = plenary::store::Session::open(&path).unwrap();
    let present = plenary::commands::parse_line("present NA").unwrap().unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:00+02:00").unwrap();
    for name in BAD_NAMES {
        match session.execute(&present, name, at) {
            Err(plenary::store::ExecError::Refused(m)) => assert_eq!(m.id, "err-author-hidden-char"),
            other => panic!("{name:?}: {other:?}"),
        }
    }
    assert!(session.state.log.is_empty());
}

/// Runs plenary on a pseudo-terminal of its own, so that it starts the live
/// screen; returns its exit status (None: still running after a generous
/// wait, then killed) and what it wrote.
fn on_a_terminal(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    use std::io::Read;
    use std::os::fd::{FromRawFd, OwnedFd};
    let (master, slave) = common::openpty();
    // SAFETY: both descriptors are new and owned from here on.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut command = common::plenary();
    command
        .args(args)
        .current_dir(dir)
        .env("TERM", "xterm")
        .stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave);
    let mut child = command.spawn().unwrap();
    drop(command);
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        // Ends with an error once the program's side is closed.
        let _ = std::fs::File::from(master).read_to_end(&mut all);
        String::from_utf8_lossy(&all).into_owned()
    });
    let mut status = None;
    for _ in 0..400 {
        if let Some(s) = child.try_wait().unwrap() {
            status = s.code();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    (status, reader.join().unwrap())
}

#[test]
fn the_live_screen_refuses_an_author_name_with_a_hidden_character_before_it_opens() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    for name in ["officer\nforged", "officer\u{202e}recips", "\u{1b}]52;c;SGk=\u{7}"] {
        let (status, said) = on_a_terminal(dir.path(), &[p, "--as", name]);
        let start: String = said.chars().take(300).collect();
        assert_eq!(status, Some(2), "{name:?} ends by itself with bad input: {start}");
        assert!(said.contains("the author's name"), "{said}");
        assert!(!path.with_extension("plenary").exists(), "{name:?}: no record was made");
    }
}
