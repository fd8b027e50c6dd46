//! The record as the body's archive: it names its meeting, its history
//! cannot change unnoticed, reading it writes nothing, a new one is made
//! safely by any number of processes, and its export is the whole of it.

mod common;

use plenary::store::{Session, identity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

const WINDHOEK: &str = "windhoek-2009-intersessional.toml";
const RECORD: &str = "windhoek-2009-intersessional.plenary";

/// Every file in `dir` (not below), with its length and a digest of its
/// bytes: to show nothing changed.
fn files_in(dir: &Path) -> BTreeMap<String, (usize, String)> {
    use sha2::Digest;
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            let digest = plenary::store::chain::to_hex(&sha2::Sha256::digest(&bytes));
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                (bytes.len(), digest),
            )
        })
        .collect()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    common::plenary().args(args).current_dir(dir).output().expect("runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What a reader of the record gets: every command's fate and the state,
/// without the stored rows (compared on their own).
fn fold_of(session: &Session) -> String {
    let left_out: Vec<_> = session
        .conflicts
        .iter()
        .map(|c| (&*c.group, format!("{:?}", c.msg)))
        .collect();
    serde_json::to_string(&plenary::render::export::export(&session.state, &left_out)).unwrap()
}

fn identity_of(meeting: &Path) -> String {
    identity::of(&plenary::files::load(meeting).expect("the sample loads"))
}

#[test]
fn another_meetings_record_is_refused_untouched() {
    let (dir, windhoek) = common::windhoek();
    let sun_city = dir.path().join("sun-city-2003-plenary.toml");
    std::fs::copy(common::root().join("agendas/sun-city-2003-plenary.toml"), &sun_city).unwrap();
    let out = run(dir.path(), &["do", "sun-city-2003-plenary.toml", "open", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The Sun City record, put beside the Windhoek meeting.
    std::fs::copy(
        dir.path().join("sun-city-2003-plenary.plenary"),
        dir.path().join(RECORD),
    )
    .unwrap();
    let before = files_in(dir.path());
    let (theirs, ours) = (identity_of(&sun_city), identity_of(&windhoek));
    assert_ne!(theirs, ours);
    for args in [
        &["do", WINDHOEK, "note", "1", "\"lost\""][..],
        &["export", WINDHOEK],
        &["communique", WINDHOEK],
        &["verify", WINDHOEK],
        &["do", RECORD, "present", "NA"],
        &[WINDHOEK],
    ] {
        let out = run(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(&theirs) && err.contains(&ours),
            "{args:?} names both meetings: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(files_in(dir.path()), before, "nothing was touched");
}

#[test]
fn a_file_that_is_not_a_record_is_refused_untouched() {
    let (dir, _) = common::windhoek();
    let record = dir.path().join(RECORD);
    // Someone else's SQLite database, too.
    let foreign = rusqlite::Connection::open(dir.path().join("other.db")).unwrap();
    foreign
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(foreign);
    let other_db = std::fs::read(dir.path().join("other.db")).unwrap();
    for content in [&b"x"[..], b"SQLite format 3", b"\0\0\0\0", &other_db] {
        std::fs::write(&record, content).unwrap();
        let before = files_in(dir.path());
        for args in [
            &["do", WINDHOEK, "present", "NA"][..],
            &["export", WINDHOEK],
            &["communique", WINDHOEK],
            &["verify", WINDHOEK],
        ] {
            let out = run(dir.path(), args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains("not a plenary record"), "{args:?}: {err}");
        }
        assert_eq!(
            files_in(dir.path()),
            before,
            "a {}-byte file was touched",
            content.len()
        );
    }
}

#[test]
fn an_empty_file_becomes_a_record() {
    let (dir, _) = common::windhoek();
    std::fs::write(dir.path().join(RECORD), "").unwrap();
    let out = run(dir.path(), &["do", WINDHOEK, "present", "NA"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(dir.path(), &["verify", WINDHOEK]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 events"));
}

#[test]
fn a_read_command_without_a_record_makes_none() {
    let (dir, _) = common::windhoek();
    let before = files_in(dir.path());
    for args in [
        &["export", WINDHOEK][..],
        &["communique", WINDHOEK],
        &["decision", WINDHOEK, "KP/2009/IS/1"],
        &["verify", WINDHOEK],
        &[WINDHOEK],
        &["xliff", "export", WINDHOEK, "--lang", "fr"],
    ] {
        let out = run(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("there is no record of this meeting yet"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(files_in(dir.path()), before);
    // The site of a meeting with nothing recorded is the meeting as its file has it.
    let site = run(dir.path(), &["publish", WINDHOEK, "site"]);
    assert_eq!(site.status.code(), Some(0), "{}", stderr(&site));
    assert!(dir.path().join("site/en/index.html").is_file());
    assert_eq!(files_in(dir.path()), before, "no record was made");
}

/// Runs plenary as `nobody`; `None` where that user cannot be taken.
fn as_nobody(dir: &Path, args: &[&str]) -> Option<Output> {
    let probe = std::process::Command::new("runuser")
        .args(["-u", "nobody", "--", "true"])
        .output()
        .ok()?;
    if !probe.status.success() {
        return None;
    }
    Some(
        std::process::Command::new("runuser")
            .args(["-u", "nobody", "--", env!("CARGO_BIN_EXE_plenary")])
            .args(args)
            .current_dir(dir)
            .env("LANG", "en")
            .output()
            .expect("runs"),
    )
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn reading_needs_no_write_access() {
    let (dir, _, _) = common::windhoek_day();
    // Readable by all, writable by its owner (root) only.
    chmod(dir.path(), 0o755);
    let before = files_in(dir.path());
    // The site goes to a folder the reader may write to, outside this one.
    let site = tempfile::tempdir().unwrap();
    chmod(site.path(), 0o777);
    let site = site.path().join("site");
    let site = site.to_str().unwrap();
    let reads: [&[&str]; 7] = [
        &["export", WINDHOEK, "--format", "json"],
        &["communique", WINDHOEK, "--lang", "all", "--format", "html"],
        &["decision", WINDHOEK, "KP/2009/IS/1", "--format", "md"],
        &["verify", WINDHOEK],
        &[WINDHOEK],
        &["xliff", "export", WINDHOEK, "--lang", "fr"],
        &["publish", WINDHOEK, site],
    ];
    let Some(_) = as_nobody(dir.path(), &["--version"]) else {
        eprintln!("skipped: runuser -u nobody is not available here");
        return;
    };
    for args in reads {
        let out = as_nobody(dir.path(), args).unwrap();
        assert!(out.status.success(), "{args:?} as nobody: {}", stderr(&out));
        assert!(!out.stdout.is_empty() || args[0] == "publish");
    }
    let write = as_nobody(dir.path(), &["do", WINDHOEK, "present", "NA"]).unwrap();
    assert_ne!(write.status.code(), Some(0), "nobody cannot record here");
    assert_eq!(files_in(dir.path()), before, "reading wrote nothing");

    // A read-only copy in a folder the reader may write to.
    chmod(dir.path(), 0o777);
    chmod(&dir.path().join(RECORD), 0o444);
    let before = files_in(dir.path());
    for args in reads {
        let out = as_nobody(dir.path(), args).unwrap();
        assert!(out.status.success(), "{args:?} on a read-only copy: {}", stderr(&out));
    }
    assert_eq!(files_in(dir.path()), before, "reading made no -wal or -shm");
    chmod(dir.path(), 0o700);
}

/// A folder on a small tmpfs, unmounted when dropped; `None` where this
/// process may not mount one.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        SmallDisk::of_size("2m")
    }

    fn of_size(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .ok()?
            .status
            .success();
        ok.then_some(SmallDisk(dir))
    }

    fn fill(&self) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.0.path().join("filler")).unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
        // The last partial block too.
        while f.write_all(&[0u8]).is_ok() {}
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(self.0.path()).output();
    }
}

/// Runs plenary with at most `bytes` of file size (RLIMIT_FSIZE), SIGXFSZ
/// ignored, so that a write fails as on a full disk.
fn with_file_limit(dir: &Path, bytes: u64, args: &[&str]) -> Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("trap '' XFSZ; ulimit -f {}; exec \"$0\" \"$@\"", bytes / 512))
        .arg(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "en")
        .output()
        .unwrap()
}

#[test]
fn reading_and_writing_documents_on_a_full_disk() {
    let (day, _, _) = common::windhoek_day();
    let disk = SmallDisk::mount();
    let dir: PathBuf = match &disk {
        Some(d) => d.0.path().to_path_buf(),
        None => day.path().to_path_buf(),
    };
    if disk.is_some() {
        for name in ["kimberley-process.toml", WINDHOEK, RECORD] {
            std::fs::copy(day.path().join(name), dir.join(name)).unwrap();
        }
    }
    let good = run(&dir, &["communique", WINDHOEK, "--format", "html", "-o", "c.html"]);
    assert!(good.status.success(), "{}", stderr(&good));
    let old = std::fs::read(dir.join("c.html")).unwrap();
    let args = [
        "communique",
        WINDHOEK,
        "--lang",
        "all",
        "--format",
        "html",
        "-o",
        "c.html",
    ];
    let failed = match &disk {
        Some(d) => {
            d.fill();
            // Reading works with no space left.
            for read in [
                &["export", WINDHOEK][..],
                &["verify", WINDHOEK],
                &["communique", WINDHOEK],
                &["xliff", "export", WINDHOEK, "--lang", "fr"],
            ] {
                let out = run(&dir, read);
                assert!(out.status.success(), "{read:?} on a full disk: {}", stderr(&out));
            }
            run(&dir, &args)
        }
        None => {
            eprintln!("no tmpfs here: a file size limit stands for the full disk");
            with_file_limit(&dir, 16 * 1024, &args)
        }
    };
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    let err = stderr(&failed);
    assert!(err.contains("c.html") && err.contains("unchanged"), "{err}");
    assert_eq!(
        std::fs::read(dir.join("c.html")).unwrap(),
        old,
        "the old document is whole"
    );
    let leftovers: Vec<String> = files_in(&dir)
        .into_keys()
        .filter(|n| n.starts_with(".plenary"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Changes stored event `seq` behind the program's back.
fn tamper(record: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(record).unwrap();
    conn.execute_batch(&format!(
        "DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete; {sql}"
    ))
    .unwrap();
}

#[test]
fn verify_names_the_first_bad_event_and_a_broken_record_is_only_read() {
    let (dir, _, _) = common::windhoek_day();
    let record = dir.path().join(RECORD);
    let ok = run(dir.path(), &["verify", WINDHOEK]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("the record is whole"));

    let cases = [
        (
            "UPDATE events SET event = event || ' ' WHERE seq = 3",
            "damaged at event 3",
        ),
        (
            "UPDATE events SET author = 'someone' WHERE seq = 5",
            "damaged at event 5",
        ),
        ("DELETE FROM events WHERE seq = 4", "event 5: event 4 was due"),
        (
            "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)",
            "events at the end are missing",
        ),
    ];
    let pristine = std::fs::read(&record).unwrap();
    for (sql, said) in cases {
        std::fs::write(&record, &pristine).unwrap();
        tamper(&record, sql);
        let out = run(dir.path(), &["verify", WINDHOEK]);
        assert_eq!(out.status.code(), Some(2), "{sql}: {}", stderr(&out));
        assert!(stderr(&out).contains(said), "{sql}: {}", stderr(&out));
        let tampered = files_in(dir.path());
        // Refused for writing, the files as they were.
        let write = run(dir.path(), &["do", WINDHOEK, "present", "ZA"]);
        assert_eq!(write.status.code(), Some(2), "{sql}");
        assert!(stderr(&write).contains(said), "{sql}: {}", stderr(&write));
        assert_eq!(files_in(dir.path()), tampered, "{sql}");
        // Exported for rescue, with a warning, and the exit status says it is damaged.
        let export = run(dir.path(), &["export", WINDHOEK, "--format", "json"]);
        assert_eq!(export.status.code(), Some(2), "{sql}: {}", stderr(&export));
        assert!(stderr(&export).contains("for rescue"), "{sql}: {}", stderr(&export));
        assert!(!export.stdout.is_empty(), "{sql}: the rows are exported");
        // Nothing is made from it as if it were whole.
        let doc = run(dir.path(), &["communique", WINDHOEK, "--format", "txt"]);
        assert_eq!(doc.status.code(), Some(2), "{sql}: {}", stderr(&doc));
        assert!(stderr(&doc).contains(said), "{sql}: {}", stderr(&doc));
        assert!(doc.stdout.is_empty(), "{sql}");
    }
}

/// Every read command, and what it must say, on a record whose schema
/// was changed by one byte: the events' key is no longer the row id, so
/// the file reads as holding no events while its head says 50.
#[test]
fn nothing_is_made_from_a_record_with_a_damaged_schema() {
    let (dir, _, _) = common::windhoek_day();
    let record = dir.path().join(RECORD);
    assert!(
        !dir.path().join(format!("{RECORD}-wal")).exists(),
        "the log was folded in"
    );
    let mut bytes = std::fs::read(&record).unwrap();
    let table = find(&bytes, b"CREATE TABLE events").expect("the schema is in the file");
    let key = table + find(&bytes[table..], b"PRIMARY KEY").unwrap();
    bytes[key] ^= 1;
    std::fs::write(&record, &bytes).unwrap();
    let before = files_in(dir.path());
    // What the documents read (the record as it says it ends) and what
    // reads every row as stored (export, verify) each find.
    let missing = "events at the end are missing";
    let damaged = "the record is damaged: its file cannot be read as a record";
    let reads: [(&[&str], &str); 9] = [
        (&["communique", WINDHOEK, "--format", "txt"], missing),
        (&["communique", WINDHOEK, "--lang", "all", "--format", "html"], missing),
        (&["decision", WINDHOEK, "KP/2009/IS/1"], missing),
        (&["export", WINDHOEK, "--format", "json"], damaged),
        (&["verify", WINDHOEK], damaged),
        (&["xliff", "export", WINDHOEK, "--lang", "fr"], missing),
        (&["publish", WINDHOEK, "site"], missing),
        (&[WINDHOEK], missing),
        (&["do", WINDHOEK, "present", "ZA"], missing),
    ];
    for (args, said) in reads {
        let out = run(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        // Ours, with what to do; never SQLite's words alone.
        assert!(err.contains(said), "{args:?}: {err}");
        if args[0] != "do" {
            assert!(err.contains("plenary verify"), "{args:?}: what to do: {err}");
        }
        assert!(
            !err.starts_with("Invalid column") && !err.contains("(no such column"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}: nothing is printed");
    }
    assert!(!dir.path().join("site").exists());
    assert_eq!(files_in(dir.path()), before, "nothing was written");
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// SQLite's words for a file it cannot read come after ours, and the exit
/// status is that of bad input.
#[test]
fn a_record_sqlite_cannot_read_is_bad_input_in_our_words() {
    let (dir, _, _) = common::windhoek_day();
    let record = dir.path().join(RECORD);
    let mut bytes = std::fs::read(&record).unwrap();
    // The schema's page, past the header: every table unreadable.
    for b in &mut bytes[200..4096] {
        *b = 0xa5;
    }
    std::fs::write(&record, &bytes).unwrap();
    for args in [
        &["communique", WINDHOEK][..],
        &["verify", WINDHOEK],
        &["export", WINDHOEK],
        &["do", WINDHOEK, "present", "ZA"],
    ] {
        let out = run(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(first.contains("the record is damaged"), "{args:?}: {err}");
        assert!(first.contains("malformed"), "SQLite's words as the detail: {err}");
        assert!(first.find("damaged") < first.find("malformed"), "{err}");
    }
}

/// An index page of zeros leaves every event readable (the chain holds),
/// but SQLite's own check finds it, and so does `verify`.
#[test]
fn verify_reports_what_sqlites_own_check_finds() {
    let (dir, _, _) = common::windhoek_day();
    let record = dir.path().join(RECORD);
    let (page_size, root): (i64, i64) = {
        let conn = rusqlite::Connection::open(&record).unwrap();
        let size = conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        let root = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'events_grp'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        (size, root)
    };
    let _ = std::fs::remove_file(dir.path().join(format!("{RECORD}-wal")));
    let _ = std::fs::remove_file(dir.path().join(format!("{RECORD}-shm")));
    let mut bytes = std::fs::read(&record).unwrap();
    let start = ((root - 1) * page_size) as usize;
    bytes[start..start + page_size as usize].fill(0);
    std::fs::write(&record, &bytes).unwrap();
    let out = run(dir.path(), &["verify", WINDHOEK]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("the database's own check finds"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("whole"));
}

#[test]
fn export_is_the_whole_record_and_import_makes_it_again() {
    let (dir, meeting, _) = common::windhoek_day();
    let out = run(
        dir.path(),
        &[
            "do",
            WINDHOEK,
            "reopen",
            "communique",
            ";",
            "note",
            "4",
            "\"Under item four.\"",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The meeting file changes: item 4 is now item 4.5, and the commands on
    // item 4 no longer apply.
    let text = std::fs::read_to_string(&meeting).unwrap();
    assert!(text.contains("number = \"4\"\n"));
    std::fs::write(&meeting, text.replace("number = \"4\"\n", "number = \"4.5\"\n")).unwrap();
    let export = run(dir.path(), &["export", WINDHOEK, "--format", "json"]);
    assert!(export.status.success(), "{}", stderr(&export));
    let json: serde_json::Value = serde_json::from_slice(&export.stdout).unwrap();
    let events = json["events"].as_array().unwrap();
    let rows = json["record"]["rows"].as_array().unwrap();
    let stored = rows
        .iter()
        .map(|r| r["group"].as_i64())
        .collect::<std::collections::BTreeSet<_>>();
    assert_eq!(events.len(), stored.len(), "every stored command is exported");
    let left_out: Vec<&serde_json::Value> = events.iter().filter(|e| e["applies"] == false).collect();
    assert!(!left_out.is_empty());
    for e in &left_out {
        assert!(e["why"].as_str().is_some_and(|w| !w.is_empty()), "{e}");
    }
    assert!(
        left_out
            .iter()
            .any(|e| e["command"].as_str().unwrap().contains("Under item four")),
        "{left_out:?}"
    );

    for (format, name) in [("json", "export.json"), ("toml", "export.toml")] {
        let out = run(dir.path(), &["export", WINDHOEK, "--format", format, "-o", name]);
        assert!(out.status.success(), "{}", stderr(&out));
        let fresh = tempfile::tempdir().unwrap();
        for file in ["kimberley-process.toml", WINDHOEK] {
            std::fs::copy(dir.path().join(file), fresh.path().join(file)).unwrap();
        }
        let import = run(
            fresh.path(),
            &["import", WINDHOEK, dir.path().join(name).to_str().unwrap()],
        );
        assert!(import.status.success(), "{format}: {}", stderr(&import));
        let again = run(fresh.path(), &["export", WINDHOEK, "--format", "json"]);
        assert_eq!(
            String::from_utf8_lossy(&again.stdout),
            String::from_utf8_lossy(&export.stdout),
            "{format}: the same state and the same chain"
        );
        let verify = run(fresh.path(), &["verify", WINDHOEK]);
        assert!(verify.status.success(), "{}", stderr(&verify));
        // Import makes a new record only.
        let twice = run(
            fresh.path(),
            &["import", WINDHOEK, dir.path().join(name).to_str().unwrap()],
        );
        assert_eq!(twice.status.code(), Some(2));
    }

    // An export changed by hand does not import.
    let text = String::from_utf8(export.stdout)
        .unwrap()
        .replacen("\\\"NA\\\"", "\\\"ZA\\\"", 1);
    std::fs::write(dir.path().join("forged.json"), text).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    for file in ["kimberley-process.toml", WINDHOEK] {
        std::fs::copy(dir.path().join(file), fresh.path().join(file)).unwrap();
    }
    let forged = run(
        fresh.path(),
        &["import", WINDHOEK, dir.path().join("forged.json").to_str().unwrap()],
    );
    assert_eq!(forged.status.code(), Some(2), "{}", stderr(&forged));
    assert!(stderr(&forged).contains("damaged at event"), "{}", stderr(&forged));
    assert!(!fresh.path().join(RECORD).exists(), "a failed import leaves nothing");
}

#[test]
fn exports_escape_c1_and_bidi_controls() {
    let (dir, _) = common::windhoek();
    let out = run(
        dir.path(),
        &[
            "do",
            WINDHOEK,
            "note",
            "1",
            "a \"quoted\" \u{202e}evil\u{9b}[2J \u{2066}x\u{2069}",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for format in ["json", "toml"] {
        let out = run(dir.path(), &["export", WINDHOEK, "--format", format]);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        for c in ['\u{202e}', '\u{9b}', '\u{2066}', '\u{2069}'] {
            assert!(!text.contains(c), "{format} holds U+{:04X} raw", c as u32);
        }
        assert!(text.contains("\\u202E"), "{format}");
        // And reads back as the text recorded.
        let value: serde_json::Value = if format == "json" {
            serde_json::from_str(&text).unwrap()
        } else {
            serde_json::to_value(toml::from_str::<toml::Value>(&text).unwrap()).unwrap()
        };
        let note = value["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["text"]["original"].as_str().is_some_and(|t| t.contains("evil")))
            .unwrap();
        assert_eq!(
            note["text"]["original"], "a \"quoted\" \u{202e}evil\u{9b}[2J \u{2066}x\u{2069}",
            "{format}"
        );
    }
}

#[test]
fn a_file_name_with_escapes_is_shown_harmless() {
    let (dir, _) = common::windhoek();
    let name = "bad\u{1b}]0;owned\u{7}.toml";
    std::fs::write(dir.path().join(name), "kind = ").unwrap();
    let out = run(dir.path(), &["check", name]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(err.contains("bad␛]0;owned␇.toml:"), "{err}");
}

#[test]
fn eight_processes_make_a_new_record_at_once() {
    let (sample, _) = common::windhoek();
    // In memory where a tmpfs can be mounted: the race is the same (SQLite
    // locks the same way), without waiting 1,600 times for the disk.
    let memory = SmallDisk::of_size("64m");
    let dir = match &memory {
        Some(m) => m.0.path().to_path_buf(),
        None => sample.path().to_path_buf(),
    };
    if memory.is_some() {
        for name in ["kimberley-process.toml", WINDHOEK] {
            std::fs::copy(sample.path().join(name), dir.join(name)).unwrap();
        }
    }
    let meeting = dir.join(WINDHOEK);
    let record = dir.join(RECORD);
    for round in 0..200 {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", record.display()));
        }
        let children: Vec<_> = (0..8)
            .map(|i| {
                common::plenary()
                    .args(["do", WINDHOEK, "--as", &format!("p{i}"), "present", "NA"])
                    .current_dir(&dir)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        }
        let session = Session::open_read(&meeting).unwrap();
        assert_eq!(session.state.log.len(), 8, "round {round}");
        assert_eq!(session.record().verify().unwrap(), None, "round {round}");
    }
}

/// A small record, its folder, and its fold as read back.
fn small_record() -> (tempfile::TempDir, PathBuf, String) {
    let (dir, meeting) = common::windhoek();
    let script = "present NA ZA CA\nopen 1\nnote 1 \"First.\"\nspeaker add NA\nclose 1\nopen 2\n\
                  note 2 \"Second, with ‘quotes’ and Кириллица.\"\nundo\nnote 2 \"Third.\"\nabsent CA\n";
    std::fs::write(dir.path().join("script.txt"), script).unwrap();
    let at = "2009-06-23T10:00:00+02:00";
    let out = run(
        dir.path(),
        &["do", WINDHOEK, "--as", "s", "--at", at, "--file", "script.txt"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // With a snapshot of the state at its end, so that damage to it is tried too.
    assert!(Session::open(&meeting).unwrap().store_snapshot().unwrap());
    let fold = fold_of(&Session::open_read(&meeting).unwrap());
    (dir, meeting, fold)
}

/// What opening a damaged copy gives: refused, reported, or the same fold.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Seen {
    Refused,
    Reported,
    Same,
}

fn judge(meeting: &Path, fold: &str, what: &str) -> Seen {
    match Session::open_read(meeting) {
        Err(e) => {
            let msgs = plenary::store::session::open_error_msg(&e);
            assert!(!msgs.is_empty(), "{what}: refused without a word");
            Seen::Refused
        }
        Ok(s) if !s.warnings.is_empty() => Seen::Reported,
        Ok(mut s) => match s.record().verify() {
            Ok(Some(_)) | Err(_) => Seen::Reported,
            Ok(None) => {
                // What open gave (from the snapshot, when it is sound),
                // then the fold of every event, against which verify
                // judges each snapshot.
                assert_eq!(fold_of(&s), fold, "{what}: a silent difference");
                match s.verify_snapshots() {
                    Ok(found) if found.iter().any(|(_, f)| f.is_bad()) => Seen::Reported,
                    Err(_) => Seen::Reported,
                    Ok(_) => {
                        assert_eq!(fold_of(&s), fold, "{what}: a silent difference in the whole fold");
                        Seen::Same
                    }
                }
            }
        },
    }
}

#[test]
fn no_damage_to_the_record_goes_unnoticed() {
    let (dir, meeting, fold) = small_record();
    let record = dir.path().join(RECORD);
    let pristine = std::fs::read(&record).unwrap();
    assert!(pristine.len() >= 4 * 4096, "a few pages: {}", pristine.len());
    let mut seen: BTreeMap<Seen, usize> = BTreeMap::new();
    // A fixed sequence of places and values, so that a failure repeats.
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for _ in 0..2000 {
        let at = (next() % pristine.len() as u64) as usize;
        let flip = (next() % 255 + 1) as u8;
        let mut damaged = pristine.clone();
        damaged[at] ^= flip;
        std::fs::write(&record, &damaged).unwrap();
        *seen
            .entry(judge(&meeting, &fold, &format!("byte {at} ^ {flip:#04x}")))
            .or_default() += 1;
    }
    // Cut at every page boundary.
    for pages in 0..pristine.len() / 4096 {
        std::fs::write(&record, &pristine[..pages * 4096]).unwrap();
        let seen_here = judge(&meeting, &fold, &format!("cut to {pages} pages"));
        assert_ne!(seen_here, Seen::Same, "cut to {pages} pages");
    }
    std::fs::write(&record, &pristine).unwrap();
    assert_eq!(judge(&meeting, &fold, "the record itself"), Seen::Same);
    eprintln!("2,000 flipped bytes: {seen:?}");
    // Most of a small SQLite file is free space and slack where a flip
    // changes nothing; the flips that land in the events or the chain (about
    // a tenth) must have been seen, so that the loop above tested something.
    assert!(
        seen.get(&Seen::Refused).unwrap_or(&0) + seen.get(&Seen::Reported).unwrap_or(&0) > 100,
        "{seen:?}"
    );
}

/// The record and its `-wal` as they are while a session has it open.
fn with_log(dir: &Path, meeting: &Path, commands: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let mut s = Session::open(meeting).unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T12:00:00+02:00").unwrap();
    for c in commands {
        s.execute(&plenary::commands::parse_line(c).unwrap().unwrap(), "w", at)
            .unwrap();
    }
    let record = dir.join(RECORD);
    let out = (
        std::fs::read(&record).unwrap(),
        std::fs::read(format!("{}-wal", record.display())).unwrap(),
    );
    drop(s);
    out
}

#[test]
fn a_log_from_elsewhere_never_rewrites_the_record() {
    let (dir, meeting, _) = small_record();
    let record = dir.path().join(RECORD);
    let wal = PathBuf::from(format!("{}-wal", record.display()));
    let base = std::fs::read(&record).unwrap();
    // Copy B goes on with its own commands, its log not yet folded in.
    let (_, log_b) = with_log(dir.path(), &meeting, &["note 1 \"B only.\"", "present CA"]);
    // Copy A (this one) goes on with others, and is closed.
    std::fs::write(&record, &base).unwrap();
    let _ = std::fs::remove_file(&wal);
    let _ = std::fs::remove_file(format!("{}-shm", record.display()));
    let (_, _) = with_log(dir.path(), &meeting, &["note 1 \"A only.\"", "note 1 \"A again.\""]);
    assert!(!wal.exists());
    let a = std::fs::read(&record).unwrap();
    let fold_a = fold_of(&Session::open_read(&meeting).unwrap());

    // The log of another meeting's record, too.
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join("kimberley-process.toml"),
        other.path().join("kimberley-process.toml"),
    )
    .unwrap();
    let sun_city = other.path().join("sun-city-2003-plenary.toml");
    std::fs::copy(common::root().join("agendas/sun-city-2003-plenary.toml"), &sun_city).unwrap();
    let mut s = Session::open(&sun_city).unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2003-10-29T12:00:00+02:00").unwrap();
    s.execute(&plenary::commands::parse_line("open 1").unwrap().unwrap(), "w", at)
        .unwrap();
    let log_other = std::fs::read(other.path().join("sun-city-2003-plenary.plenary-wal")).unwrap();
    drop(s);

    for (name, log) in [("another copy's log", &log_b), ("another meeting's log", &log_other)] {
        std::fs::write(&record, &a).unwrap();
        std::fs::write(&wal, log).unwrap();
        let _ = std::fs::remove_file(format!("{}-shm", record.display()));
        let seen = judge(&meeting, &fold_a, name);
        assert_ne!(seen, Seen::Same, "{name}");
        // Neither reading nor an attempt to write changes the files.
        let write = run(dir.path(), &["do", WINDHOEK, "present", "ZA"]);
        assert_eq!(write.status.code(), Some(2), "{name}: {}", stderr(&write));
        assert_eq!(std::fs::read(&record).unwrap(), a, "{name}: the record is as it was");
        assert_eq!(&std::fs::read(&wal).unwrap(), log, "{name}: the log is as it was");
    }
}

#[test]
fn every_connection_keeps_the_durability_promise() {
    let (_dir, meeting) = common::windhoek();
    let s = Session::open(&meeting).unwrap();
    let (mode, sync) = s.record().durability().unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(sync, 2, "synchronous=FULL");
}

/// The layout of version 1, before the chain, as the first plenary wrote it.
const VERSION_1: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (seq INTEGER PRIMARY KEY, grp INTEGER NOT NULL, at TEXT NOT NULL,
    author TEXT NOT NULL, command TEXT NOT NULL, event TEXT NOT NULL);
CREATE INDEX events_grp ON events(grp);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
INSERT INTO meta VALUES ('meeting', 'windhoek-2009-intersessional.toml');
PRAGMA user_version = 1;
";

#[test]
fn a_version_1_record_is_read_then_upgraded_on_first_write() {
    let (dir, meeting) = common::windhoek();
    let record = dir.path().join(RECORD);
    let conn = rusqlite::Connection::open(&record).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL;").unwrap();
    conn.execute_batch(VERSION_1).unwrap();
    let at = "2009-06-23T09:00:00+02:00";
    let rows = [
        (
            1,
            1,
            "present NA ZA",
            r#"{"type":"attendance","ids":["NA","ZA"],"present":true}"#,
        ),
        (2, 2, "open 1", r#"{"type":"item-opened","item":"1"}"#),
        (3, 3, "note 1 \"Old.\"", r#"{"type":"noted","item":"1","text":"Old."}"#),
    ];
    for (seq, grp, command, event) in rows {
        conn.execute(
            "INSERT INTO events VALUES (?1, ?2, ?3, 'secretariat', ?4, ?5)",
            rusqlite::params![seq, grp, at, command, event],
        )
        .unwrap();
    }
    drop(conn);
    let before = files_in(dir.path());

    // Read as it is, with a warning; verify asks for the upgrade.
    let export = run(dir.path(), &["export", WINDHOEK, "--format", "json"]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(
        stderr(&export).contains("from before the hash chain"),
        "{}",
        stderr(&export)
    );
    let old: serde_json::Value = serde_json::from_slice(&export.stdout).unwrap();
    assert_eq!(old["events"].as_array().unwrap().len(), 3);
    let verify = run(dir.path(), &["verify", WINDHOEK]);
    assert_eq!(verify.status.code(), Some(2));
    assert!(stderr(&verify).contains("cannot be verified"), "{}", stderr(&verify));
    assert_eq!(files_in(dir.path()), before, "reading did not upgrade it");

    // The first write upgrades it: the same history, now chained.
    let write = run(dir.path(), &["do", WINDHOEK, "note", "1", "\"New.\""]);
    assert!(write.status.success(), "{}", stderr(&write));
    let verify = run(dir.path(), &["verify", WINDHOEK]);
    assert!(verify.status.success(), "{}", stderr(&verify));
    assert!(String::from_utf8_lossy(&verify.stdout).contains("4 events"));
    let session = Session::open_read(&meeting).unwrap();
    assert!(session.warnings.is_empty());
    let commands: Vec<&str> = session.state.log.iter().map(|e| e.group.command.as_str()).collect();
    assert_eq!(
        commands,
        ["present NA ZA", "open 1", "note 1 \"Old.\"", "note 1 \"New.\""]
    );
}

#[test]
fn markdown_from_the_record_holds_no_live_structure() {
    let (dir, _) = common::windhoek();
    let attacks = [
        "\\<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "![](http://tracker.example/p.gif)",
        "# Not a heading",
        "1. Not a list",
        "<img src=x onerror=alert(1)>",
    ];
    let mut commands = vec!["open 1".to_string()];
    for (i, attack) in attacks.iter().enumerate() {
        let quoted = attack.replace('\\', "\\\\").replace('"', "\\\"");
        commands.push(format!("note 1 \"{quoted}\""));
        commands.push(format!("draft 1 KP/2009/IS/X{i} \"{quoted}\""));
    }
    std::fs::write(dir.path().join("attacks.txt"), commands.join("\n")).unwrap();
    let out = run(dir.path(), &["do", WINDHOEK, "--file", "attacks.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut documents = vec![run(
        dir.path(),
        &["communique", WINDHOEK, "--lang", "all", "--format", "md"],
    )];
    for i in 0..attacks.len() {
        let id = format!("KP/2009/IS/X{i}");
        documents.push(run(dir.path(), &["decision", WINDHOEK, &id, "--format", "md"]));
    }
    for (n, out) in documents.into_iter().enumerate() {
        assert!(out.status.success(), "{}", stderr(&out));
        let md = String::from_utf8(out.stdout).unwrap();
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(!html.contains("<ol"), "{html}");
        for heading in html.match_indices("<h").map(|(i, _)| &html[i..]) {
            assert!(!heading.contains("Not a heading</h"), "a text became a heading: {html}");
        }
        if n == 0 || n == 4 {
            // The communique and the decision with that text show it, as text.
            assert!(html.contains("# Not a heading"), "{html}");
        }
    }
}
