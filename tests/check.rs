//! Acceptance tests of `plenary check` (docs/file-formats.md).
//!
//! Each directory under `tests/check/` is a meeting broken on purpose: `meeting.toml`,
//! its own small `body.toml` (so that the tests do not follow the real data under
//! `agendas/`), and `expected.txt`, the exact lines the check must print on standard
//! error (`path:line:column: message`, in order, without the closing count line). The
//! check runs from the crate root on the relative path, so the printed paths are stable.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const CASES_DIR: &str = "tests/check";
const FAILED: i32 = 2;

struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `plenary check PATH` from the crate root, in English.
fn check(path: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .arg(path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "en")
        .output()
        .expect("run plenary");
    Run {
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether `place` is `path:line:column`.
fn is_place(place: &str) -> bool {
    let mut parts = place.rsplitn(3, ':');
    let digits = |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    digits(parts.next()) && digits(parts.next()) && parts.next().is_some_and(|p| !p.is_empty())
}

/// Splits a problem line into its place (`path:line:column`) and message.
fn split_problem(line: &str) -> Option<(&str, &str)> {
    line.match_indices(": ")
        .map(|(i, _)| (&line[..i], &line[i + 2..]))
        .find(|(place, _)| is_place(place))
}

/// The lines of standard error that report a problem.
fn problem_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| split_problem(l).is_some()).collect()
}

fn count_line(n: usize) -> String {
    format!("{} {} found.", grouped(n), if n == 1 { "problem" } else { "problems" })
}

/// A count as English CLDR writes it: 12,345.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Fails unless the run ended with "bad input" and without a panic.
fn assert_failed_cleanly(what: &str, run: &Run) {
    assert!(
        !run.stderr.contains("panicked"),
        "{what}: plenary panicked:\n{}",
        run.stderr
    );
    assert_eq!(run.status, Some(FAILED), "{what}: exit status\nstderr:\n{}", run.stderr);
    assert!(run.stdout.is_empty(), "{what}: stdout:\n{}", run.stdout);
    // The terminal sees no raw control character from the file.
    assert!(
        !run.stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{what}: control characters on stderr: {:?}",
        run.stderr
    );
}

fn expected_lines(case: &str) -> Vec<String> {
    let path = root().join(CASES_DIR).join(case).join("expected.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Runs one case: exit status 2, and stderr is expected.txt then the count line.
fn check_case(case: &str) {
    let meeting = PathBuf::from(format!("{CASES_DIR}/{case}/meeting.toml"));
    let run = check(&meeting);
    assert_failed_cleanly(case, &run);
    let expected = expected_lines(case);
    let mut want = expected.join("\n");
    want.push('\n');
    want.push_str(&count_line(expected.len()));
    want.push('\n');
    assert_eq!(
        run.stderr, want,
        "{case}: stderr (left) differs from expected.txt and its count line (right)"
    );
}

macro_rules! cases {
    ($( $(#[$attr:meta])* $name:ident => $dir:literal, )*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                check_case($dir);
            }
        )*
        /// Every case directory, so that none is left untested.
        const CASES: &[&str] = &[$($dir),*];
    };
}

cases! {
    unknown_host => "unknown-host",
    unknown_expected => "unknown-expected",
    unknown_lead => "unknown-lead",
    duplicate_delegation_id => "duplicate-delegation-id",
    items_out_of_order => "items-out-of-order",
    duplicate_item_number => "duplicate-item-number",
    chair_is_observer => "chair-is-observer",
    vice_chair_is_chair => "vice-chair-is-chair",
    unknown_language => "unknown-language",
    missing_original => "missing-original",
    closes_before_opens => "closes-before-opens",
    missing_body_file => "missing-body-file",
    toml_syntax_error => "toml-syntax-error",
    unknown_keys => "unknown-keys",
    wrong_type => "wrong-type",
    unknown_subsidiary => "unknown-subsidiary",
    decision_id_without_letter => "decision-id-without-letter",
    membership_out_of_order => "membership-out-of-order",
    not_member_yet => "not-member-yet",
    body_languages => "body-languages",
    several_problems => "several-problems",
    wrong_type_date => "wrong-type-date",
    wrong_type_integer_array => "wrong-type-integer-array",
    not_member_in_expected_and_lead => "not-member-in-expected-and-lead",
    duplicate_item_number_spelling => "duplicate-item-number-spelling",
    toml_syntax_missing_equals => "toml-syntax-missing-equals",
    missing_opens => "missing-opens",
    body_syntax_error => "body-syntax-error",
    draft_and_final => "draft-and-final",
    item_number_unquoted => "item-number-unquoted",
    empty_body_file => "empty-body-file",
    keyword_ids => "keyword-ids",
}

/// Every directory under tests/check/ is a listed case with a meeting file and
/// an expected.txt whose lines point into the case's own files; none panics.
#[test]
fn every_case_directory_is_tested_and_well_formed() {
    let mut dirs: Vec<String> = fs::read_dir(root().join(CASES_DIR))
        .expect("tests/check")
        .map(|e| e.expect("entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.to_string()).collect();
    listed.sort();
    assert_eq!(dirs, listed, "directories under tests/check/ vs the cases! list");
    assert!(CASES.len() >= 14);

    for case in CASES {
        let dir = format!("{CASES_DIR}/{case}/");
        assert!(
            root().join(&dir).join("meeting.toml").is_file(),
            "{case}: no meeting.toml"
        );
        let expected = expected_lines(case);
        assert!(!expected.is_empty(), "{case}: expected.txt is empty");
        for line in &expected {
            let (place, message) = split_problem(line).unwrap_or_else(|| panic!("{case}: not a problem line: {line}"));
            assert!(!message.is_empty(), "{case}: no message: {line}");
            let mut parts = place.rsplitn(3, ':');
            let column: usize = parts.next().unwrap().parse().unwrap();
            let line_no: usize = parts.next().unwrap().parse().unwrap();
            let file = parts.next().unwrap();
            assert!(file.starts_with(&dir), "{case}: {file} is outside {dir}");
            let text = fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{case}: {file}: {e}"));
            let source_line = text
                .lines()
                .nth(line_no - 1)
                .unwrap_or_else(|| panic!("{case}: {file} has no line {line_no}"));
            assert!(
                column >= 1 && column <= source_line.chars().count() + 1,
                "{case}: {file}:{line_no} has no column {column}"
            );
        }
        let run = check(Path::new(&format!("{dir}meeting.toml")));
        assert!(!run.stderr.contains("panicked"), "{case}: panicked:\n{}", run.stderr);
    }
}

/// The several-problems case reports every problem, not just the first.
#[test]
fn several_problems_are_all_reported() {
    let run = check(Path::new("tests/check/several-problems/meeting.toml"));
    assert_failed_cleanly("several-problems", &run);
    let lines = problem_lines(&run.stderr);
    let places: std::collections::BTreeSet<&str> =
        lines.iter().filter_map(|l| split_problem(l)).map(|(p, _)| p).collect();
    assert!(places.len() >= 4, "{}", run.stderr);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("tests/check/several-problems/body.toml:")),
        "the body file's problem is reported with its own name:\n{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------
// Files that pass.

fn assert_passes(path: &str) {
    let run = check(Path::new(path));
    assert_eq!(run.status, Some(0), "{path}:\n{}", run.stderr);
    assert!(run.stderr.is_empty(), "{path}: stderr:\n{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!("{path}: ok")),
        "{path}: stdout:\n{}",
        run.stdout
    );
}

#[test]
fn windhoek_sample_passes() {
    assert_passes("agendas/windhoek-2009-intersessional.toml");
}

#[test]
fn sun_city_sample_passes() {
    assert_passes("agendas/sun-city-2003-plenary.toml");
}

/// The valid meeting from which the broken cases are made.
#[test]
fn minimal_valid_meeting_passes() {
    assert_passes("tests/check-ok/minimal/meeting.toml");
}

// ---------------------------------------------------------------------------------
// Robustness: whatever the path names, the check reports and does not panic.

/// Fails unless the check of `path` fails cleanly with problems in `path`
/// and the count line, and returns the run.
fn assert_reported(path: &Path) -> Run {
    let what = path.display().to_string();
    let run = check(path);
    assert_failed_cleanly(&what, &run);
    let lines = problem_lines(&run.stderr);
    assert!(!lines.is_empty(), "{what}: no problem line:\n{}", run.stderr);
    assert!(
        lines.iter().all(|l| l.starts_with(&format!("{what}:"))),
        "{what}: a problem elsewhere:\n{}",
        run.stderr
    );
    // Beyond the cap, a last line says how many more there are: the count line counts them all.
    let total: usize = lines
        .iter()
        .map(|l| {
            match l
                .split(": ")
                .nth(1)
                .and_then(|m| m.strip_suffix(" more problems not shown. Correct these first."))
            {
                // Counts are grouped as CLDR says (12,345).
                Some(n) => n.replace(',', "").parse::<usize>().expect("a count"),
                None => 1,
            }
        })
        .sum();
    assert!(
        run.stderr.ends_with(&format!("{}\n", count_line(total))),
        "{what}: count line:\n{}",
        run.stderr
    );
    run
}

/// Fails unless the check of `path` fails cleanly with a problem at `path:1:1:`
/// (that message, if given), and returns the run.
fn assert_reported_at_start(path: &Path, message: Option<&str>) -> Run {
    let what = path.display().to_string();
    let run = assert_reported(path);
    let prefix = format!("{what}:1:1: ");
    assert!(
        problem_lines(&run.stderr).iter().any(|l| match message {
            Some(m) => l.strip_prefix(&prefix) == Some(m),
            None => l.starts_with(&prefix),
        }),
        "{what}: no `{prefix}{}` line:\n{}",
        message.unwrap_or("…"),
        run.stderr
    );
    run
}

/// Bytes that look random, with NULs, the same on every run.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if i % 7 == 0 { 0 } else { (x >> 24) as u8 }
        })
        .collect()
}

#[test]
fn empty_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.toml");
    fs::write(&path, "").unwrap();
    let run = assert_reported_at_start(
        &path,
        Some("the file is empty. Write its keys as docs/file-formats.md describes."),
    );
    assert_eq!(problem_lines(&run.stderr).len(), 1, "{}", run.stderr);
}

#[test]
fn binary_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("binary.toml");
    // A PNG signature (0x89 is never UTF-8), then noise with NULs.
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(noise(64 * 1024));
    fs::write(&path, bytes).unwrap();
    let run = assert_reported_at_start(
        &path,
        Some("the file is not UTF-8 text from here on. Save it as UTF-8 text."),
    );
    assert_eq!(problem_lines(&run.stderr).len(), 1, "{}", run.stderr);
}

/// UTF-8 text full of NULs and control characters: parsed, reported, and
/// shown without putting raw control characters on the terminal.
#[test]
fn control_characters_are_reported_safely() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("controls.toml");
    let text: String = noise(64 * 1024).into_iter().map(|b| char::from(b & 0x7f)).collect();
    fs::write(&path, format!("\u{1b}[2J\0 = 1\n{text}")).unwrap();
    assert_reported_at_start(&path, None);
}

#[test]
fn missing_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-meeting.toml");
    assert_reported_at_start(&path, Some("file not found. Check the path."));
}

#[test]
fn directory_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    assert_reported_at_start(
        dir.path(),
        Some("this is a directory, not a file. Name the meeting's .toml file."),
    );
}

/// At most about 200 problem lines, the last a summary when some are left out.
fn assert_bounded(run: &Run, more_than_200: bool) {
    let lines = problem_lines(&run.stderr);
    assert!(lines.len() <= 201, "{} problem lines", lines.len());
    if more_than_200 {
        assert_eq!(lines.len(), 201, "200 problems and a summary");
        assert!(
            lines
                .last()
                .is_some_and(|l| l.ends_with("not shown. Correct these first.")),
            "no summary line: {:?}",
            lines.last()
        );
    }
    assert!(run.stderr.len() < 100_000, "{} bytes on stderr", run.stderr.len());
}

#[test]
fn ten_megabytes_of_repeated_keys_give_a_bounded_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    let line = format!("x = \"{}\"\n", "…".repeat(30));
    let text = line.repeat(10 * 1024 * 1024 / line.len() + 1);
    assert!(text.len() >= 10 * 1024 * 1024);
    fs::write(&path, &text).unwrap();
    let run = assert_reported_at_start(&path, None);
    // Every line but the first repeats the key `x`: far more than 200 problems,
    // all counted in the summary line.
    assert_bounded(&run, true);
    let repeats = text.len() / line.len() - 1;
    let summary = format!(
        "{} more problems not shown. Correct these first.",
        grouped(repeats - 200)
    );
    assert!(
        problem_lines(&run.stderr).last().is_some_and(|l| l.ends_with(&summary)),
        "want `{summary}`:\n{}",
        &run.stderr[run.stderr.len().saturating_sub(300)..]
    );
}

#[test]
fn ten_megabytes_of_garbage_give_a_bounded_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.toml");
    const ALPHABET: &[u8] = b"[]{}=\"'.,#ab 12\n\t";
    let text: Vec<u8> = noise(10 * 1024 * 1024)
        .into_iter()
        .map(|b| ALPHABET[b as usize % ALPHABET.len()])
        .collect();
    fs::write(&path, text).unwrap();
    // Syntax errors only, wherever they fall: no check runs on what is salvaged.
    let run = assert_reported(&path);
    assert!(
        problem_lines(&run.stderr)
            .iter()
            .all(|l| l.contains(": TOML syntax: ") || l.ends_with("not shown. Correct these first.")),
        "{}",
        run.stderr
    );
    assert_bounded(&run, false);
}

#[test]
fn a_device_is_refused_without_reading_it() {
    let run = check(Path::new("/dev/zero"));
    assert_eq!(run.status, Some(2));
    assert!(
        run.stderr.contains("/dev/zero:1:1: this is not a regular file"),
        "{}",
        run.stderr
    );
}

/// A copy of the Windhoek sample whose meeting file starts with `record = VALUE`
/// (`VALUE` as TOML writes it), in a folder of its own.
fn meeting_with_record(value: &str) -> (tempfile::TempDir, PathBuf) {
    let quoted = toml::Value::String(value.to_string()).to_string();
    meeting_starting_with(&format!("record = {quoted}\n"))
}

/// A copy of the Windhoek sample whose meeting file starts with `head`.
fn meeting_starting_with(head: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let agendas = root().join("agendas");
    fs::copy(
        agendas.join("kimberley-process.toml"),
        dir.path().join("kimberley-process.toml"),
    )
    .unwrap();
    let text = fs::read_to_string(agendas.join("windhoek-2009-intersessional.toml")).unwrap();
    let path = dir.path().join("windhoek-2009-intersessional.toml");
    fs::write(&path, format!("{head}{text}")).unwrap();
    (dir, path)
}

fn plenary_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "en")
        .env_remove("PLENARY_RECORD")
        .output()
        .expect("run plenary");
    Run {
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `check` refuses each value of `record =` that no command can use, at
/// its place and with the words every other command refuses it with.
#[test]
fn check_refuses_a_record_place_that_no_command_could_use() {
    let cases: [(&str, &str); 11] = [
        ("", "the record's place is empty"),
        ("mysql://x", "\"mysql://x\" is not a place for a record"),
        ("/etc/passwd", "is a path from the root"),
        ("../elsewhere.plenary", "leads out of the meeting's folder"),
        ("notes.txt", "is not the name of a record"),
        ("records.plenary", "is a folder"),
        ("postgres://db.example", "names no database"),
        ("postgres:///kp", "names no server"),
        ("postgres://clerk:s3cret@db.example/kp", "PGPASSFILE"),
        ("postgresql:///kp?host=/run/postgresql&password=s3cret", "PGPASSFILE"),
        (
            "postgres://db.example:notaport/kp",
            "is not a PostgreSQL URL that can be read",
        ),
    ];
    for (value, said) in cases {
        let (dir, path) = meeting_with_record(value);
        fs::create_dir(dir.path().join("records.plenary")).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        let checked = plenary_in(dir.path(), &["check", name]);
        assert_failed_cleanly(value, &checked);
        let first = checked.stderr.lines().next().unwrap_or_default().to_string();
        assert!(
            first.starts_with(&format!("{name}:1:10: ")),
            "{value}: the value's place: {first}"
        );
        assert!(first.contains(said), "{value}: {first}");
        assert!(!checked.stderr.contains("s3cret"), "{value}: {}", checked.stderr);
        // Every other command: the same words, and nothing made.
        for args in [
            &["do", name, "present", "NA"][..],
            &["communique", name],
            &["verify", name],
            &[name],
        ] {
            let out = plenary_in(dir.path(), args);
            assert_eq!(out.status, Some(2), "{value} {args:?}: {}", out.stderr);
            assert_eq!(out.stderr.lines().next(), Some(first.as_str()), "{value} {args:?}");
        }
        let made: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".plenary") && n != "records.plenary")
            .collect();
        assert!(made.is_empty(), "{value}: {made:?}");
    }
}

/// A file name beside the meeting is a place for its record, and a URL
/// with a server and a database (its password kept elsewhere) is one too.
#[test]
fn check_accepts_a_record_beside_the_meeting_or_a_full_url() {
    let (dir, path) = meeting_with_record("kp-2009.plenary");
    let name = path.file_name().unwrap().to_str().unwrap();
    let checked = plenary_in(dir.path(), &["check", name]);
    assert_eq!(checked.status, Some(0), "{}", checked.stderr);
    let done = plenary_in(dir.path(), &["do", name, "present", "NA"]);
    assert_eq!(done.status, Some(0), "{}", done.stderr);
    assert!(
        dir.path().join("kp-2009.plenary").is_file(),
        "the record is where the file says"
    );
    assert!(!path.with_extension("plenary").exists());
    let read = plenary_in(dir.path(), &["verify", name]);
    assert!(read.stdout.contains("1 events"), "{}", read.stderr);
    for url in [
        "postgres://clerk@db.example/kp",
        "postgresql:///kp?host=/var/run/postgresql",
    ] {
        let (dir, path) = meeting_with_record(url);
        let checked = plenary_in(dir.path(), &["check", path.to_str().unwrap()]);
        assert_eq!(checked.status, Some(0), "{url}: {}", checked.stderr);
    }
}

/// A full standard output is a failure said on standard error, never a panic;
/// a closed pipe is the reader's choice.
#[test]
fn check_on_a_full_or_closed_output_fails_cleanly() {
    let meeting = root().join("agendas/windhoek-2009-intersessional.toml");
    let full = on_a_full_output(&["check".as_ref(), meeting.as_os_str()]);
    let err = String::from_utf8_lossy(&full.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(full.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write"), "{err}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .arg(&meeting)
        .env("LANG", "en")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let closed = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&closed.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(closed.status.code(), Some(0), "{err}");
}

/// plenary with `args`, its standard output on a full disk (`/dev/full`).
fn on_a_full_output<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("LANG", "en")
        .stdout(fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap()
}

/// clap's own words (the help, the version) are written like any output: a
/// full disk is said and exits 1, never a silent success.
#[test]
fn the_help_and_the_version_on_a_full_output_fail_cleanly() {
    for args in [&["--help"][..], &["--version"], &["communique", "--help"]] {
        let full = on_a_full_output(args);
        let err = String::from_utf8_lossy(&full.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(full.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("cannot write -"), "{args:?}: {err}");
    }
}

/// Line numbers are places, not quantities: never grouped, in any language.
#[test]
fn line_numbers_are_never_grouped() {
    let (dir, path) = meeting_starting_with("");
    let name = path.file_name().unwrap().to_str().unwrap();
    let mut script = "# a long script\n".repeat(999);
    script.push_str("present NA\n");
    script.push_str(&"\n".repeat(200));
    script.push_str("open 99\n");
    fs::write(dir.path().join("long.txt"), script).unwrap();
    for lang in ["en", "fr", "pt", "es", "ru"] {
        let _ = fs::remove_file(path.with_extension("plenary"));
        let out = plenary_in(dir.path(), &["do", name, "--ui-lang", lang, "--file", "long.txt"]);
        assert_eq!(out.status, Some(2), "{lang}: {}", out.stderr);
        assert!(out.stdout.starts_with("long.txt:1000: "), "{lang}: {}", out.stdout);
        assert!(out.stderr.starts_with("long.txt:1201:1: "), "{lang}: {}", out.stderr);
    }
}
