//! The fuzz targets' checks (fuzz/src/lib.rs) on the inputs kept under
//! `tests/fuzz-regressions/<target>/`: inputs that once made a target fail,
//! and a few small corpus inputs that show what each target asserts. Runs in
//! plain `cargo test`, without cargo-fuzz or nightly.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::{Path, PathBuf};

/// Every file under `tests/fuzz-regressions/<target>/`, sorted; at least one.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no inputs under {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, bytes)
        })
        .collect()
}

/// Runs `check` on every input of `target`, naming the file that fails.
fn run(target: &str, mut check: impl FnMut(&[u8])) {
    for (path, bytes) in inputs(target) {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bytes)));
        if let Err(e) = outcome {
            eprintln!("{target}: {} fails", path.display());
            std::panic::resume_unwind(e);
        }
    }
}

#[test]
fn meeting_loader() {
    let tmp = tempfile::tempdir().expect("temporary directory");
    let dir = checks::loader_dir(tmp.path()).expect("meeting directory");
    run("meeting_loader", |bytes| checks::check_meeting(&dir, bytes));
}

#[test]
fn command_parser() {
    run("command_parser", checks::check_command);
}

#[test]
fn html_renderer() {
    run("html_renderer", checks::check_html);
}

/// The checks themselves catch what they are meant to: a corpus that passes
/// only because the checks are blind would prove nothing.
#[test]
fn the_html_check_sees_unsafe_output() {
    let fails = |html: &str| std::panic::catch_unwind(|| checks::assert_inert_html("input", html)).is_err();
    assert!(!fails(
        "a <em>b</em> <a href=\"https://example.org\">c</a> javascript: &lt;script&gt;"
    ));
    assert!(fails("<script>alert(1)</script>"));
    assert!(fails("<SCRIPT src=x>"));
    assert!(fails("<a href=\"javascript:alert(1)\">x</a>"));
    assert!(fails("<a href=\"data:text/html,x\">x</a>"));
    assert!(fails("<img src=x onerror=alert(1)>"));
    assert!(fails("<hr />"));
}
