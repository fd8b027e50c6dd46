//! The secretariat's day on the Windhoek sample, run as a script through the
//! binary, then exported: the export shows all of it.

mod common;

use serde_json::Value;

fn ids(v: &Value) -> Vec<&str> {
    v.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect()
}

#[test]
fn the_days_script_is_all_in_the_export() {
    let (dir, path, out) = common::windhoek_day();
    let script = common::root().join("tests/scripts/windhoek-day.txt");
    assert!(out.lines().all(|l| l.contains(": saved: ")), "{out}");
    let json = common::run_ok(&["export", path.to_str().unwrap(), "--format", "json"], dir.path());
    let v: Value = serde_json::from_str(&json).unwrap();

    let a = &v["attendance"];
    assert_eq!(a["participants_total"], 49);
    assert_eq!(a["countries_represented"], 75);
    let present = ids(&a["participants_present"]);
    assert_eq!(present.len(), 22);
    for id in ["NA", "ZW", "ZA", "EU", "US", "VE", "CD"] {
        assert!(present.contains(&id), "{id} present");
    }
    assert_eq!(ids(&a["observers_present"]), ["WDC", "CSC"]);
    let mut applicants = ids(&a["applicants_present"]);
    applicants.sort();
    assert_eq!(applicants, ["DZ", "KE"]);

    let decisions = v["decisions"].as_array().unwrap();
    assert_eq!(decisions.len(), 5);
    for d in decisions {
        assert_eq!(d["outcome"], "adopted", "{}", d["id"]);
        assert_eq!(d["at"], "2009-06-23T11:42:00+02:00");
    }
    // The decision prepared with a Portuguese draft waits for its translation (Rule 26).
    let pending: Vec<&Value> = decisions.iter().filter(|d| d["formally_adopted"] == false).collect();
    assert_eq!(pending.len(), 1);
    assert!(ids(&pending[0]["text"]["pending"]).contains(&"pt"));
    assert!(
        decisions
            .iter()
            .any(|d| !d["reservations"].as_array().unwrap().is_empty())
    );

    let paragraphs = v["paragraphs"].as_array().unwrap();
    assert!(paragraphs.iter().any(|p| p["kind"] == "statement" && p["by"] == "VE"));
    let actions = v["actions"].as_array().unwrap();
    assert!(actions.iter().any(|a| a["owner"] == "WGS" && a["due"] == "2009-07-15"));
    let items = v["items"].as_array().unwrap();
    assert!(items.iter().all(|i| i["status"] == "closed"), "every item closed");
    assert!(
        items.iter().any(|i| !i["spoken"].as_array().unwrap().is_empty()),
        "a speaker was recorded"
    );
    assert_eq!(v["communique"]["adopted"], true);
    let script_lines = std::fs::read_to_string(&script)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count();
    assert_eq!(v["events"].as_array().unwrap().len(), script_lines);

    // The TOML export carries the same record.
    let toml_text = common::run_ok(&["export", path.to_str().unwrap(), "--format", "toml"], dir.path());
    let t: toml::Table = toml_text.parse().unwrap();
    assert_eq!(t["attendance"]["countries_represented"].as_integer(), Some(75));
    assert_eq!(t["decisions"].as_array().unwrap().len(), 5);
}

#[test]
fn a_refused_command_stops_the_script_with_its_line() {
    let (dir, path) = common::windhoek();
    let script = dir.path().join("bad.txt");
    std::fs::write(
        &script,
        "present NA\n# a comment\nadopt KP/2009/IS/1\nadopt KP/2009/IS/1\npresent ZW\n",
    )
    .unwrap();
    let out = common::plenary()
        .args(["do", path.to_str().unwrap(), "--file", script.to_str().unwrap()])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.txt:4:1: KP/2009/IS/1 is already adopted."),
        "{stderr}"
    );
    let json = common::run_ok(&["export", path.to_str().unwrap(), "--format", "json"], dir.path());
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["events"].as_array().unwrap().len(),
        2,
        "the commands before the failure stay; none after"
    );
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let (dir, path) = common::windhoek();
    let out = common::plenary()
        .args(["do", path.to_str().unwrap()])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"present NA\nnote 3 \"unclosed\n")?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("stdin:2:8: the quoted text is not closed"),
        "{stderr}"
    );
}

#[test]
fn a_newer_record_is_refused_untouched() {
    let (dir, path) = common::windhoek();
    common::run_ok(&["do", path.to_str().unwrap(), "present", "NA"], dir.path());
    let record = path.with_extension("plenary");
    {
        let conn = rusqlite::Connection::open(&record).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&record).unwrap();
    let out = common::plenary()
        .args(["export", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("written by a newer plenary (record version 99"));
    assert_eq!(std::fs::read(&record).unwrap(), before);
}

/// The record is read on a second thread while the files are checked: bad
/// files are reported the same whether a record is there or not, a new
/// record (or an empty file) is only made a record for good files, and an
/// existing one is left as it was.
#[test]
fn bad_files_are_reported_before_any_record_is_made_or_read() {
    let (dir, path) = common::windhoek();
    let record = path.with_extension("plenary");
    let good = std::fs::read_to_string(&path).unwrap();
    let broken = good.replacen("opens = 2009-06-23", "opens = \"not a date\"", 1);
    assert_ne!(broken, good, "the sample opens on 23 June 2009");

    std::fs::write(&path, &broken).unwrap();
    let first = common::plenary()
        .args(["export", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        first.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(!record.exists(), "a record was made for a meeting file with problems");
    std::fs::write(&record, "").unwrap();
    let empty = common::plenary()
        .args(["export", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(empty.status.code(), Some(2));
    assert_eq!(
        std::fs::metadata(&record).unwrap().len(),
        0,
        "an empty file was made a record"
    );
    std::fs::remove_file(&record).unwrap();

    std::fs::write(&path, &good).unwrap();
    common::run_ok(
        &["do", "windhoek-2009-intersessional.toml", "present", "NA", "ZA"],
        dir.path(),
    );
    let size = std::fs::metadata(&record).unwrap().len();
    std::fs::write(&path, &broken).unwrap();
    let second = common::plenary()
        .args(["export", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&first.stderr),
        String::from_utf8_lossy(&second.stderr),
        "the same problems, record or not"
    );
    assert_eq!(std::fs::metadata(&record).unwrap().len(), size, "the record changed");

    std::fs::write(&path, &good).unwrap();
    let export = common::run_ok(
        &["export", "--format", "json", "windhoek-2009-intersessional.toml"],
        dir.path(),
    );
    assert!(
        export.contains("\"attendance\": \"present\""),
        "the roll call is still there"
    );
}

/// The plenary as the room has it: an objection withdrawn and one kept
/// until a deferral, an id with spaces, the communique adopted and then
/// reopened; every step through the binary, as the secretariat types it.
#[test]
fn objections_withdrawals_and_a_final_communique_through_the_binary() {
    let (dir, path) = common::windhoek();
    let session = path.to_str().unwrap();
    let run = |args: &[&str]| {
        common::plenary()
            .args([
                "do",
                session,
                "--as",
                "secretariat",
                "--at",
                "2009-06-23T10:00:00+02:00",
            ])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let script = dir.path().join("day.txt");
    std::fs::write(
        &script,
        r#"present ZW ZA NA
object KP/2009/IS/3 ZW "The figures are not final."
object KP/2009/IS/3 ZA "South Africa needs more time."
withdraw KP/2009/IS/3 ZW
defer KP/2009/IS/3
withdraw KP/2009/IS/3 ZA
adopt KP/2009/IS/3
draft 4 "KP/2009/IS/Administrative Decision 1" "The Plenary agreed to meet again."
adopt "KP/2009/IS/Administrative Decision 1"
adopt communique
"#,
    )
    .unwrap();
    let out = run(&["--file", script.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // A paragraph after adoption: refused, naming the way out.
    let out = run(&["note", "11", "A late paragraph."]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("reopen communique"), "{err}");
    let out = run(&["reopen", "communique"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(&["note", "11", "A late paragraph."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // The printed decision keeps the whole history and the id as recorded.
    let text = common::run_ok(&["decision", session, "KP/2009/IS/3", "--format", "txt"], dir.path());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Outcome: objected to by Zimbabwe on 23 June 2009 (O1); objected to by South Africa on 23 June 2009 (O2); \
             objection O1 withdrawn by Zimbabwe on 23 June 2009; deferred on 23 June 2009; \
             objection O2 withdrawn by South Africa on 23 June 2009; adopted on 23 June 2009."
        ),
        "{text}"
    );
    let text = common::run_ok(
        &[
            "decision",
            session,
            "kp/2009/is/administrative decision 1",
            "--format",
            "txt",
        ],
        dir.path(),
    );
    assert!(
        text.contains("Decision KP/2009/IS/Administrative Decision 1\n"),
        "{text}"
    );

    let json = common::run_ok(&["export", session, "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let history: Vec<&str> = v["communique"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(history, ["adopted", "reopened"]);
    assert_eq!(v["communique"]["adopted"], false);
}
