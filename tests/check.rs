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
