//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod room;

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a sample meeting and the body file into a fresh directory, so
/// that a test has a record of its own.
pub fn sample(meeting: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let agendas = root().join("agendas");
    std::fs::copy(
        agendas.join("kimberley-process.toml"),
        dir.path().join("kimberley-process.toml"),
    )
    .expect("copy body");
    let path = dir.path().join(meeting);
    std::fs::copy(agendas.join(meeting), &path).expect("copy meeting");
    (dir, path)
}

pub fn windhoek() -> (tempfile::TempDir, PathBuf) {
    sample("windhoek-2009-intersessional.toml")
}

pub fn plenary() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"));
    c.env("LANG", "en").env_remove("PLENARY_NOW").env_remove("PLENARY_USER");
    c
}

pub fn run_ok(args: &[&str], dir: &Path) -> String {
    let out = plenary().args(args).current_dir(dir).output().expect("runs");
    assert!(
        out.status.success(),
        "plenary {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// The Windhoek sample after the secretariat's day (tests/scripts/windhoek-day.txt),
/// recorded at 11:42 on 23 June 2009; returns what `plenary do` printed too.
pub fn windhoek_day() -> (tempfile::TempDir, PathBuf, String) {
    let (dir, path) = windhoek();
    let out = record_script(&path, &root().join("tests/scripts/windhoek-day.txt"));
    (dir, path, out)
}

/// Runs the command script `script` on the meeting at `path`, as the
/// secretariat at 11:42 on 23 June 2009, in the meeting's folder; returns
/// what `plenary do` printed.
pub fn record_script(path: &Path, script: &Path) -> String {
    let args = [
        "do",
        path.to_str().unwrap(),
        "--as",
        "secretariat",
        "--at",
        "2009-06-23T11:42:00+02:00",
        "--file",
        script.to_str().unwrap(),
    ];
    run_ok(&args, path.parent().unwrap())
}

/// The path of an outside program that an ignored test needs; the test
/// fails saying which Debian package to install when it is missing.
pub fn require(tool: &str, package: &str) -> String {
    let found = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .unwrap();
    assert!(
        found.status.success(),
        "`{tool}` is not installed: apt-get install {package} (.ci/run does)"
    );
    String::from_utf8(found.stdout).unwrap().trim().to_string()
}

/// Headless Chromium as the tests run it: a profile of its own and no
/// background connections (this machine's network is closed).
pub fn chromium(profile: &Path, args: &[String]) -> std::process::Output {
    std::process::Command::new(require("chromium", "chromium"))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .unwrap()
}

/// A new pseudo-terminal of 100 × 30, as (master, slave) descriptors that
/// the caller owns from here on; neither is inherited by a program started
/// later (one holding the master would never see it close).
pub fn openpty() -> (std::os::fd::RawFd, std::os::fd::RawFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 30,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: two out-parameters and a valid window size; no name, no termios.
    let made = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
    assert_eq!(made, 0, "openpty: {}", std::io::Error::last_os_error());
    for fd in [master, slave] {
        // SAFETY: a descriptor just opened; sets its close-on-exec flag.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    (master, slave)
}
