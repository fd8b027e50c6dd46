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
