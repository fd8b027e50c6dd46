//! The program as a secretariat member uses it: the real binary in a real
//! terminal (tmux), keys sent, screens read.
//!
//! Needs `tmux` (Debian package tmux; `.ci/run` installs it): each test is
//! ignored by default and runs with `cargo test -- --include-ignored`, so it
//! shows as ignored, never as passed, where tmux is missing.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn new(name: &str) -> Tmux {
        let found = Command::new("sh").arg("-c").arg("command -v tmux").output().unwrap();
        assert!(
            found.status.success(),
            "`tmux` is not installed: install the Debian package tmux (.ci/run does)"
        );
        Tmux {
            socket: format!("plenary-test-{name}-{}", std::process::id()),
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts plenary on a session in a window of its own.
    fn start(&self, window: &str, dir: &Path, args: &str) {
        let bin = env!("CARGO_BIN_EXE_plenary");
        let command = format!(
            // After the program: the exit status, then the terminal's line
            // discipline as `stty` reports it (canonical mode and echo).
            "cd '{}' && LANG=en '{bin}' {args}; echo EXITED $?; \
             echo STTY $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '); sleep 30",
            dir.display()
        );
        if !self.has_session() {
            self.tmux(&[
                "new-session",
                "-d",
                "-s",
                "t",
                "-n",
                window,
                "-x",
                "100",
                "-y",
                "30",
                &command,
            ]);
        } else {
            self.tmux(&["new-window", "-d", "-t", "t", "-n", window, &command]);
        }
        self.tmux(&["set-option", "-t", "t", "-g", "default-size", "100x30"]);
    }

    fn has_session(&self) -> bool {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(["has-session", "-t", "t"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    }

    fn keys(&self, window: &str, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", &format!("t:{window}"), k]);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn text(&self, window: &str, text: &str) {
        self.tmux(&["send-keys", "-t", &format!("t:{window}"), "-l", text]);
        std::thread::sleep(Duration::from_millis(60));
    }

    /// The pane's mouse reporting and alternate-screen flags, as tmux keeps them.
    fn modes(&self, window: &str) -> String {
        self.tmux(&[
            "display-message",
            "-p",
            "-t",
            &format!("t:{window}"),
            "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}#{alternate_on}",
        ])
        .trim()
        .to_string()
    }

    /// After the program exited: cooked mode with echo, no mouse reporting,
    /// the normal screen.
    fn assert_restored(&self, window: &str) {
        let screen = self.wait_for(window, "STTY ");
        let stty = screen.lines().find(|l| l.starts_with("STTY ")).unwrap_or_default();
        assert_eq!(stty.trim_end(), "STTY icanon echo", "{screen}");
        assert_eq!(self.modes(window), "00000", "mouse reporting and alternate screen off");
    }

    /// Pastes text as a terminal does when the program asked for bracketed paste.
    fn paste(&self, window: &str, text: &str) {
        self.tmux(&["set-buffer", "-b", "p", text]);
        self.tmux(&["paste-buffer", "-p", "-b", "p", "-t", &format!("t:{window}")]);
        std::thread::sleep(Duration::from_millis(60));
    }

    /// A left click at a cell (0-based), sent as the terminal's SGR mouse report.
    fn click(&self, window: &str, column: u16, row: u16) {
        let press = format!("\u{1b}[<0;{};{}M", column + 1, row + 1);
        let release = format!("\u{1b}[<0;{};{}m", column + 1, row + 1);
        for report in [press, release] {
            let hex: Vec<String> = report.bytes().map(|b| format!("{b:02x}")).collect();
            let mut args = vec!["send-keys", "-t"];
            let target = format!("t:{window}");
            args.push(&target);
            args.push("-H");
            args.extend(hex.iter().map(String::as_str));
            self.tmux(&args);
        }
        std::thread::sleep(Duration::from_millis(60));
    }

    fn screen(&self, window: &str) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &format!("t:{window}")])
    }

    /// Waits until the screen shows `needle`; fails with the screen if it never does.
    fn wait_for(&self, window: &str, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(window);
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never saw {needle:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn a_morning_at_the_chairs_table() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("morning");
    t.start("main", dir.path(), path.file_name().unwrap().to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    // Roll call: all participants in one key, then Namibia found by name.
    t.keys("main", &["2", "p"]);
    t.wait_for("main", "Participants 49/49");
    t.keys("main", &["/"]);
    t.text("main", "nam");
    t.keys("main", &["Enter", "Space"]);
    t.wait_for("main", "Participants 48/49");
    t.keys("main", &["Space"]);
    t.wait_for("main", "Participants 49/49");
    t.keys("main", &["/", "Escape", "o", "a"]);
    t.wait_for("main", "applicants 2/2");
    // Open item 3.
    t.keys("main", &["1", "Down", "Down", "o"]);
    t.wait_for("main", "item 3 open");
    // Two speakers, by part of the name and by id.
    t.keys("main", &["3", "a"]);
    t.text("main", "nam");
    // Namibia and Viet Nam both fit: chosen from the list, Namibia first.
    t.keys("main", &["Enter"]);
    t.wait_for("main", "Several delegations fit");
    t.keys("main", &["Enter", "a"]);
    t.text("main", "ZW");
    t.keys("main", &["Enter"]);
    t.wait_for("main", "2. Zimbabwe (ZW)");
    t.keys("main", &["n"]);
    t.wait_for("main", "On the floor: Namibia (NA)");
    // Draft a decision and adopt it.
    t.keys("main", &["4", "n"]);
    t.wait_for("main", "Id of the new decision under item 3");
    t.keys("main", &["Enter"]);
    t.wait_for("main", "New decision KP/2009/IS/6 under item 3");
    t.text(
        "main",
        "The Plenary welcomed the progress made in alluvial producing countries.",
    );
    t.keys("main", &["C-s"]);
    t.wait_for("main", "saved: draft 3 KP/2009/IS/6");
    t.keys("main", &["a"]);
    t.wait_for("main", "Adopt KP/2009/IS/6 by consensus?");
    t.keys("main", &["y"]);
    t.wait_for("main", "saved: adopt KP/2009/IS/6");
    // The help lists every key.
    t.keys("main", &["?"]);
    t.wait_for("main", "Everywhere");
    t.keys("main", &["PageDown", "PageDown"]);
    t.wait_for("main", "all participants present");
    t.keys("main", &["Escape", "q"]);
    t.wait_for("main", "EXITED 0");

    let json = common::run_ok(&["export", path.to_str().unwrap(), "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["attendance"]["participants_present"].as_array().unwrap().len(), 49);
    assert_eq!(v["attendance"]["applicants_present"].as_array().unwrap().len(), 2);
    let item3 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["number"] == "3")
        .unwrap();
    assert_eq!(item3["status"], "open");
    assert_eq!(item3["floor"], "NA");
    assert_eq!(item3["queue"], serde_json::json!(["ZW"]));
    let d = v["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "KP/2009/IS/6")
        .unwrap();
    assert_eq!(d["outcome"], "adopted");
    assert_eq!(
        d["text"]["original"],
        "The Plenary welcomed the progress made in alluvial producing countries."
    );
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn two_terminals_see_each_other() {
    let (dir, path) = common::windhoek();
    let file = path.file_name().unwrap().to_str().unwrap().to_string();
    let t = Tmux::new("two");
    t.start("secretariat", dir.path(), &file);
    t.start("rapporteur", dir.path(), &format!("{file} --ui-lang fr"));
    t.wait_for("secretariat", "1 Agenda");
    t.wait_for("rapporteur", "Windhoek");
    // The secretariat opens an item: the rapporteur's screen shows it without a key.
    t.keys("secretariat", &["Down", "o"]);
    t.wait_for("secretariat", "item 2 open");
    // In the rapporteur's own language.
    let french =
        plenary::i18n::Localizer::new("fr").format(&plenary::domain::Msg::new("status-open-item").text("item", "2"));
    t.wait_for("rapporteur", &french);
    // The rapporteur records a statement at the prompt: the secretariat sees it.
    t.keys("rapporteur", &[":"]);
    t.text("rapporteur", "present WDC");
    t.keys("rapporteur", &["Enter"]);
    t.keys("secretariat", &["2"]);
    t.wait_for("secretariat", "observers 1/2");
    t.keys("secretariat", &["q"]);
    t.keys("rapporteur", &["q"]);
    t.wait_for("secretariat", "EXITED 0");
    t.wait_for("rapporteur", "EXITED 0");
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn the_terminal_is_restored_when_killed() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("killed");
    t.start("main", dir.path(), path.file_name().unwrap().to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    // SIGTERM to the program: the child of the window's shell.
    let shell = t.tmux(&["list-panes", "-t", "t:main", "-F", "#{pane_pid}"]);
    let pids = Command::new("pgrep").args(["-P", shell.trim()]).output().unwrap();
    assert!(!pids.stdout.is_empty(), "no plenary process under the window's shell");
    for pid in String::from_utf8_lossy(&pids.stdout).split_whitespace() {
        Command::new("kill").args(["-TERM", pid]).status().unwrap();
    }
    let screen = t.wait_for("main", "EXITED 0");
    assert!(!screen.contains("1 Agenda"), "{screen}");
    t.assert_restored("main");
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn the_terminal_is_restored_after_quitting() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("restore");
    t.start("main", dir.path(), path.file_name().unwrap().to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    t.keys("main", &["q"]);
    let screen = t.wait_for("main", "EXITED 0");
    // Back on the normal screen: the TUI's tab bar is gone.
    assert!(!screen.contains("1 Agenda"), "{screen}");
    t.assert_restored("main");
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn escape_sequences_in_a_name_stay_on_screen_as_placeholders() {
    let (dir, path) = common::windhoek();
    let meeting = std::fs::read_to_string(&path).unwrap();
    // A clipboard write (ESC ]52) and a screen clear (ESC [2J) in a guest's name.
    let hostile = format!(
        "{meeting}\n[[guests]]\nid = \"EVIL\"\nname = {{ en = \"Evil\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J Corp\" }}\n"
    );
    std::fs::write(&path, hostile).unwrap();
    let t = Tmux::new("escapes");
    t.start("main", dir.path(), path.file_name().unwrap().to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    t.keys("main", &["2", "/"]);
    t.text("main", "evil");
    t.keys("main", &["Enter"]);
    let screen = t.wait_for("main", "Evil␛]52;c;ZXZpbA==␇␛[2J Corp");
    // The tab bar is still there: nothing cleared the screen.
    assert!(screen.contains("1 Agenda"), "{screen}");
    t.keys("main", &["q"]);
    t.wait_for("main", "EXITED 0");
}

/// The plenary processes whose command line names this path.
fn processes_on(path: &Path) -> Vec<String> {
    let out = Command::new("pgrep")
        .args(["-f", &format!("plenary {}", path.display())])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(String::from)
        .collect()
}

/// Waits up to the one second the program has to end after losing its terminal.
fn ended_within_a_second(path: &Path) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(1) {
        if processes_on(path).is_empty() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    processes_on(path).is_empty()
}

fn export(path: &Path, dir: &Path) -> serde_json::Value {
    let json = common::run_ok(&["export", path.to_str().unwrap(), "--format", "json"], dir);
    serde_json::from_str(&json).unwrap()
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn a_killed_terminal_ends_the_program_and_keeps_what_was_saved() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("lost");
    t.start("main", dir.path(), path.to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    t.keys("main", &["2", "p"]);
    t.wait_for("main", "saved: present participants");
    assert_eq!(processes_on(&path).len(), 1, "one plenary runs on the session");
    // The window goes away as when it is closed or SSH drops.
    t.tmux(&["kill-server"]);
    assert!(
        ended_within_a_second(&path),
        "plenary still runs: {:?}",
        processes_on(&path)
    );
    let v = export(&path, dir.path());
    assert_eq!(v["attendance"]["participants_present"].as_array().unwrap().len(), 49);
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn sigterm_and_sighup_end_the_program() {
    for signal in ["-TERM", "-HUP"] {
        let (dir, path) = common::windhoek();
        let t = Tmux::new(&format!("signal{signal}"));
        t.start("main", dir.path(), path.to_str().unwrap());
        t.wait_for("main", "1 Agenda");
        let pids = processes_on(&path);
        assert_eq!(pids.len(), 1, "{pids:?}");
        Command::new("kill").args([signal, &pids[0]]).status().unwrap();
        assert!(ended_within_a_second(&path), "{signal}: plenary still runs");
        t.wait_for("main", "EXITED");
    }
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn a_pasted_text_lands_whole_in_the_prompt_and_runs_nothing() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("paste");
    t.start("main", dir.path(), path.to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    // On the decisions screen, where `a` adopts and `n` drafts.
    t.keys("main", &["4", ":"]);
    t.paste("main", "note 1 \"first line\"\nan adopted line");
    t.wait_for("main", ":note 1 \"first line\" an adopted line");
    // A paste with no box open does nothing either.
    t.keys("main", &["Escape"]);
    t.paste("main", "a\nn");
    t.wait_for("main", "pasted text goes into a box");
    t.keys("main", &["q"]);
    t.wait_for("main", "EXITED 0");
    let v = export(&path, dir.path());
    let outcomes: Vec<&str> = v["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["outcome"].as_str().unwrap())
        .collect();
    assert!(outcomes.iter().all(|o| *o == "drafted"), "{outcomes:?}");
    assert!(v["events"].as_array().unwrap().is_empty(), "{}", v["events"]);
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn a_click_on_a_scrolled_roll_call_selects_the_row_under_the_pointer() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("click");
    t.start("main", dir.path(), path.to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    t.keys("main", &["2", "PageDown", "PageDown", "PageDown", "PageDown"]);
    std::thread::sleep(Duration::from_millis(300));
    let screen = t.screen("main");
    // The list has scrolled: its first delegation is no longer Angola.
    let rows: Vec<&str> = screen.lines().collect();
    let row = 10;
    let line = rows[row];
    assert!(line.starts_with("[ ]"), "row {row} is a delegation: {screen}");
    let id = line[3..].split_whitespace().next().unwrap().to_string();
    t.click("main", 20, row as u16);
    t.keys("main", &["Space"]);
    t.wait_for("main", &format!("saved: present {id}"));
    t.keys("main", &["q"]);
    t.wait_for("main", "EXITED 0");
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn a_click_on_the_scrolled_translation_matrix_selects_the_text_under_the_pointer() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("matrix-click");
    t.start("main", dir.path(), &format!("{} --ui-lang fr", path.display()));
    t.wait_for("main", "Windhoek");
    t.keys("main", &["5", "m"]);
    let first = |screen: &str| screen.lines().nth(3).unwrap_or("").to_string();
    let unscrolled = first(&t.wait_for("main", "Traductions"));
    t.keys("main", &["PageDown", "PageDown", "PageDown"]);
    std::thread::sleep(Duration::from_millis(300));
    let screen = t.screen("main");
    // Tabs, the matrix's head, its column titles, then texts: row 6 is a
    // text some rows below the first in view, which has scrolled away.
    let rows: Vec<&str> = screen.lines().collect();
    let row = 6;
    let id = rows[row]
        .get(7..)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("row {row} is a text: {screen}"))
        .to_string();
    assert_ne!(first(&screen), unscrolled, "the matrix has scrolled: {screen}");
    t.click("main", 10, row as u16);
    t.keys("main", &["t"]);
    t.wait_for("main", &format!("Traduire {id} "));
    t.keys("main", &["Escape", "q"]);
    t.wait_for("main", "EXITED 0");
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn the_rapporteurs_selection_stays_on_its_text_while_paragraphs_are_added() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("selection");
    t.start(
        "rapporteur",
        dir.path(),
        &format!("{} --ui-lang fr --as rapporteur", path.display()),
    );
    t.wait_for("rapporteur", "Windhoek");
    // The matrix, a text some rows down; `t` names it.
    t.keys("rapporteur", &["5", "m", "Down", "Down", "Down", "Down", "Down", "t"]);
    let screen = t.wait_for("rapporteur", "Traduire ");
    let title = screen
        .lines()
        .find_map(|l| l.split("Traduire ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap()
        .to_string();
    t.keys("rapporteur", &["Escape"]);
    // The secretariat adds paragraphs under the first items, above the selection.
    for item in ["1", "1", "2"] {
        common::run_ok(
            &[
                "do",
                path.to_str().unwrap(),
                "--as",
                "secretariat",
                "note",
                item,
                "A new paragraph.",
            ],
            dir.path(),
        );
    }
    let v = export(&path, dir.path());
    let last = v["paragraphs"].as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    t.wait_for("rapporteur", &last);
    t.keys("rapporteur", &["t"]);
    t.wait_for("rapporteur", &format!("Traduire {title} "));
    t.keys("rapporteur", &["Escape", "q"]);
    t.wait_for("rapporteur", "EXITED 0");
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn the_rapporteurs_translation_survives_the_secretariats_undo() {
    let (dir, path) = common::windhoek();
    let t = Tmux::new("undo");
    t.start(
        "secretariat",
        dir.path(),
        &format!("{} --as secretariat", path.display()),
    );
    t.start("rapporteur", dir.path(), &format!("{} --as rapporteur", path.display()));
    t.wait_for("secretariat", "you: secretariat");
    t.wait_for("rapporteur", "you: rapporteur");
    t.keys("secretariat", &["Down", "o"]);
    t.wait_for("secretariat", "saved: open 2");
    t.keys("rapporteur", &[":"]);
    t.text(
        "rapporteur",
        "translate KP/2009/IS/3 ru \"Пленарное заседание одобрило.\"",
    );
    t.keys("rapporteur", &["Enter"]);
    t.wait_for("rapporteur", "saved: translate KP/");
    // The whole message, in the log.
    t.keys("rapporteur", &["L"]);
    t.wait_for("rapporteur", "saved: translate KP/2009/IS/3 ru");
    t.keys("rapporteur", &["Escape"]);
    // The secretariat's undo reverses the secretariat's own last command, and says which.
    t.keys("secretariat", &["u"]);
    t.wait_for("secretariat", "undone: open 2");
    t.keys("secretariat", &["q"]);
    t.keys("rapporteur", &["q"]);
    t.wait_for("secretariat", "EXITED 0");
    t.wait_for("rapporteur", "EXITED 0");
    let v = export(&path, dir.path());
    let d = v["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "KP/2009/IS/3")
        .unwrap();
    assert_eq!(d["text"]["translations"]["ru"]["text"], "Пленарное заседание одобрило.");
    let item2 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["number"] == "2")
        .unwrap();
    assert_ne!(item2["status"], "open");
}

/// plenary on a pseudo-terminal of the test's own, as sshd gives one: the
/// program leads its own session with the terminal as its controlling one,
/// so that closing the terminal's other side hangs it up as a dropped
/// connection does.
struct Pty {
    child: std::process::Child,
    /// What the program wrote to the terminal, read all along so that it
    /// never waits to write.
    seen: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    /// The terminal's side the test holds; set to stop the reader, which
    /// then closes it.
    hang_up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    master: std::os::fd::RawFd,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Pty {
    /// `stderr`: a file for standard error, or `None` for the terminal itself.
    fn start(dir: &Path, args: &[&str], stderr: Option<std::fs::File>) -> Pty {
        use std::os::fd::{FromRawFd, OwnedFd};
        use std::os::unix::process::CommandExt;
        let (master, slave) = common::openpty();
        // SAFETY: openpty returned this descriptor open and owned by no one else.
        let slave = unsafe { OwnedFd::from_raw_fd(slave) };
        let mut command = common::plenary();
        command
            .args(args)
            .current_dir(dir)
            .stdin(slave.try_clone().unwrap())
            .stdout(slave.try_clone().unwrap());
        match stderr {
            Some(file) => command.stderr(file),
            None => command.stderr(slave.try_clone().unwrap()),
        };
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap();
        drop(slave);
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let hang_up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let reader = {
            let (seen, hang_up) = (seen.clone(), hang_up.clone());
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while !hang_up.load(std::sync::atomic::Ordering::Relaxed) {
                    let mut fd = libc::pollfd {
                        fd: master,
                        events: libc::POLLIN,
                        revents: 0,
                    };
                    // SAFETY: one valid pollfd.
                    if unsafe { libc::poll(&mut fd, 1, 50) } <= 0 || fd.revents & libc::POLLIN == 0 {
                        continue;
                    }
                    // SAFETY: reads into a buffer of its length.
                    let n = unsafe { libc::read(master, buf.as_mut_ptr().cast(), buf.len()) };
                    if n <= 0 {
                        break;
                    }
                    seen.lock().unwrap().extend_from_slice(&buf[..n as usize]);
                }
                // SAFETY: the master is this thread's to close, once.
                unsafe { libc::close(master) };
            })
        };
        Pty {
            child,
            seen,
            hang_up,
            master,
            reader: Some(reader),
        }
    }

    fn seen(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).into_owned()
    }

    /// Waits until the program has written `needle`.
    fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        while !self.seen().contains(needle) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never saw {needle:?} in {:?}",
                self.seen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &str) {
        for b in keys.bytes() {
            // SAFETY: writes one byte from a valid buffer.
            let n = unsafe { libc::write(self.master, [b].as_ptr().cast(), 1) };
            assert_eq!(n, 1, "write to the terminal: {}", std::io::Error::last_os_error());
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Closes the test's side of the terminal: the program's side hangs up.
    fn hang_up(&mut self) {
        self.hang_up.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(r) = self.reader.take() {
            r.join().unwrap();
        }
    }

    /// How the program ended, waiting some seconds (not a timing check:
    /// only so that a program that never ends fails the test).
    fn ended(&mut self) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.hang_up();
    }
}

/// The files beside the record that a record left open keeps.
fn left_open(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-wal") || n.ends_with("-shm"))
        .collect()
}

#[test]
fn a_hung_up_terminal_ends_the_program_without_a_panic_and_closes_the_record() {
    use std::os::unix::process::ExitStatusExt;
    // Standard error on the lost terminal too, as over SSH; then in a file,
    // where what a panic says can be read.
    for to_file in [false, true] {
        let (dir, path) = common::windhoek();
        let errors = dir.path().join("stderr.txt");
        let stderr = to_file.then(|| std::fs::File::create(&errors).unwrap());
        let mut pty = Pty::start(dir.path(), &[path.to_str().unwrap()], stderr);
        pty.wait_for("Agenda");
        pty.keys("2p");
        // The roll call's head, redrawn from "0/49" once the command is durable.
        pty.wait_for("49/49");
        assert!(!left_open(dir.path()).is_empty(), "the record is open, in WAL mode");
        pty.hang_up();
        let status = pty.ended();
        let status = status.unwrap_or_else(|| panic!("plenary still runs after its terminal hung up"));
        assert_eq!(status.signal(), None, "ended by a signal: {status:?} (6 is SIGABRT)");
        assert_eq!(status.code(), Some(0), "{status:?}");
        if to_file {
            let said = std::fs::read_to_string(&errors).unwrap();
            // Neither a panic nor a failure to restore: nobody is left to read it.
            assert!(!said.contains("panicked"), "{said}");
            assert_eq!(said, "", "nothing said on standard error");
        }
        assert_eq!(left_open(dir.path()), Vec::<String>::new(), "the record was not closed");
        let v = export(&path, dir.path());
        assert_eq!(v["attendance"]["participants_present"].as_array().unwrap().len(), 49);
    }
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn a_record_deleted_or_replaced_under_the_live_screen_blocks_it_with_not_saving() {
    for replace in [false, true] {
        let (dir, path) = common::windhoek();
        common::run_ok(&["do", path.to_str().unwrap(), "open", "1"], dir.path());
        let record = path.with_extension("plenary");
        // A record of the same meeting, whole, to move over the one in use.
        let other = dir.path().join("other.plenary");
        std::fs::copy(&record, &other).unwrap();
        let t = Tmux::new(if replace { "replaced" } else { "deleted" });
        t.start("main", dir.path(), path.file_name().unwrap().to_str().unwrap());
        t.wait_for("main", "1 Agenda");
        if replace {
            std::fs::rename(&other, &record).unwrap();
        } else {
            std::fs::remove_file(&record).unwrap();
        }
        t.keys("main", &["2", "p"]);
        let screen = t.wait_for("main", "NOT SAVING");
        // The status bar, the screen's last line, never said it was saved.
        let status_bar = |screen: &str| screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("").to_string();
        assert!(!status_bar(&screen).contains("saved: present"), "{screen}");
        assert!(screen.contains("nothing more can be saved"), "{screen}");
        assert!(screen.contains("Participants 0/49"), "{screen}");
        // No key but q acts.
        t.keys("main", &["p", "Space"]);
        std::thread::sleep(Duration::from_millis(300));
        let screen = t.screen("main");
        assert!(!status_bar(&screen).contains("saved: present"), "{screen}");
        assert!(screen.contains("Participants 0/49"), "{screen}");
        t.keys("main", &["q"]);
        t.wait_for("main", "EXITED");
        if replace {
            let v = export(&path, dir.path());
            assert_eq!(v["attendance"]["participants_present"], serde_json::json!([]));
        } else {
            assert!(!record.exists(), "nothing made a record again behind the user's back");
        }
    }
}

#[test]
fn a_script_writing_into_a_deleted_record_stops_and_says_so() {
    use std::io::{BufRead, Write};
    let (dir, path) = common::windhoek();
    let mut child = common::plenary()
        .args(["do", path.to_str().unwrap()])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    writeln!(stdin, "open 1").unwrap();
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.contains("saved: open 1"), "{first}");
    std::fs::remove_file(path.with_extension("plenary")).unwrap();
    writeln!(stdin, "present participants").unwrap();
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!rest.contains("saved"), "{rest}");
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("deleted"), "{said}");
}

/// The communique's paragraphs the plenary takes one by one (recorded `P…`
/// and generated `G-…`), in the order the Communique screen walks them.
fn paragraph_ids(path: &Path) -> Vec<String> {
    let session = plenary::store::Session::open(path).unwrap();
    plenary::render::communique::build(&session.state, "en")
        .ids
        .into_iter()
        .map(|(_, id)| id)
        .filter(|id| {
            id.starts_with("G-") || (id.len() > 1 && id.starts_with('P') && id[1..].bytes().all(|b| b.is_ascii_digit()))
        })
        .collect()
}

#[test]
#[ignore = "needs tmux: apt-get install tmux"]
fn the_communique_is_walked_paragraph_by_paragraph_with_the_keys() {
    let (dir, path) = common::windhoek();
    let ids = paragraph_ids(&path);
    assert!(ids.len() > 4, "the sample's communique has paragraphs to walk: {ids:?}");
    let t = Tmux::new("paragraphs");
    t.start("main", dir.path(), path.to_str().unwrap());
    t.wait_for("main", "1 Agenda");
    // The Communique screen, its first paragraph selected; three steps on.
    t.keys("main", &["5"]);
    t.wait_for("main", &format!("[{}]", ids[0]));
    t.keys("main", &["n", "n", "n", "h"]);
    t.wait_for("main", &format!("saved: hold {}", ids[3]));
    // The held paragraph is marked once the communique is built again.
    t.wait_for("main", "Held for consultations.");
    t.keys("main", &["n", "a"]);
    t.wait_for("main", &format!("saved: adopt {}", ids[4]));
    t.keys("main", &["q"]);
    t.wait_for("main", "EXITED 0");

    let session = plenary::store::Session::open(&path).unwrap();
    let commands: Vec<&str> = session.state.log.iter().map(|e| e.group.command.as_str()).collect();
    assert_eq!(
        commands,
        vec![format!("hold {}", ids[3]), format!("adopt {}", ids[4])],
        "exactly the two paragraph commands, for the paragraphs selected"
    );
    let core = &session.state.core;
    assert!(plenary::domain::paragraphs::is_held(core, &ids[3]), "{} held", ids[3]);
    assert!(
        plenary::domain::paragraphs::is_adopted(core, &ids[4]),
        "{} adopted",
        ids[4]
    );
    assert_eq!(core.paragraph_marks.len(), 2, "no other paragraph marked");
}
