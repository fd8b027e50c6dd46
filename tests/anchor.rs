//! What the record cannot guard by itself. Where a document goes: `-o`
//! replaces only a regular file (a device, a FIFO, a socket, a folder or a
//! standard stream is refused and left as it was; a link is followed and
//! its target replaced). And the anchor kept outside the file: the head
//! printed on every document and page, which `verify --head` checks.

mod common;

use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::Output;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    common::plenary().args(args).current_dir(dir).output().expect("runs")
}

/// Every command that takes `-o`, writing to `out`.
fn writers<'a>(session: &'a str, out: &'a str) -> [Vec<&'a str>; 4] {
    [
        vec!["communique", session, "--format", "html", "-o", out],
        vec!["decision", session, "KP/2009/IS/1", "--format", "txt", "-o", out],
        vec!["export", session, "--format", "json", "-o", out],
        vec!["xliff", "export", session, "--lang", "fr", "-o", out],
    ]
}

fn c_path(path: &Path) -> std::ffi::CString {
    std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap()
}

/// A character device like /dev/null (1, 3) at `path`, where this process
/// may make one (root); false where it may not.
fn make_device(path: &Path) -> bool {
    let made = unsafe { libc::mknod(c_path(path).as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    made == 0
}

fn make_fifo(path: &Path) {
    let made = unsafe { libc::mkfifo(c_path(path).as_ptr(), 0o644) };
    assert_eq!(made, 0, "mkfifo {}", path.display());
}

/// Runs every `-o` command at `out` and checks each is refused with exit 2,
/// its message naming `what`; `unchanged` checks what is there afterwards.
fn refused_everywhere(dir: &Path, session: &str, out: &str, what: &str, unchanged: impl Fn()) {
    for args in writers(session, out) {
        let done = run(dir, &args);
        assert_eq!(done.status.code(), Some(2), "{args:?}: {}", stderr(&done));
        let said = stderr(&done);
        assert!(said.contains(what), "{args:?}: {said}");
        assert!(said.contains("leave out -o"), "{args:?}: says what to do: {said}");
        unchanged();
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".plenary"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
}

#[test]
fn o_refuses_a_device_node_and_leaves_it_as_it_was() {
    let (dir, path, _) = common::windhoek_day();
    let session = path.to_str().unwrap();
    let node = dir.path().join("dn");
    if make_device(&node) {
        let rdev = std::fs::symlink_metadata(&node).unwrap().rdev();
        refused_everywhere(dir.path(), session, "dn", "a device", || {
            let meta = std::fs::symlink_metadata(&node).unwrap();
            assert!(meta.file_type().is_char_device(), "still a character device");
            assert_eq!(meta.rdev(), rdev, "the same device");
        });
    } else {
        eprintln!("mknod is not allowed here: a FIFO stands for the device");
        make_fifo(&node);
        refused_everywhere(dir.path(), session, "dn", "a FIFO", || {
            assert!(std::fs::symlink_metadata(&node).unwrap().file_type().is_fifo());
        });
    }
}

#[test]
fn o_refuses_a_fifo_a_socket_and_a_folder() {
    let (dir, path, _) = common::windhoek_day();
    let session = path.to_str().unwrap();
    let fifo = dir.path().join("pipe");
    make_fifo(&fifo);
    refused_everywhere(dir.path(), session, "pipe", "a FIFO", || {
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    });
    let socket = dir.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    refused_everywhere(dir.path(), session, "sock", "a socket", || {
        assert!(std::fs::symlink_metadata(&socket).unwrap().file_type().is_socket());
    });
    let folder = dir.path().join("out");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("kept.txt"), "kept").unwrap();
    refused_everywhere(dir.path(), session, "out", "a folder", || {
        assert!(std::fs::symlink_metadata(&folder).unwrap().is_dir());
        assert_eq!(std::fs::read_to_string(folder.join("kept.txt")).unwrap(), "kept");
    });
    // A link to a FIFO is refused too, naming where it leads.
    std::os::unix::fs::symlink(&fifo, dir.path().join("to-pipe")).unwrap();
    let done = run(dir.path(), &writers(session, "to-pipe")[0]);
    assert_eq!(done.status.code(), Some(2), "{}", stderr(&done));
    assert!(stderr(&done).contains("it is a link to"), "{}", stderr(&done));
    assert!(
        std::fs::symlink_metadata(dir.path().join("to-pipe"))
            .unwrap()
            .is_symlink()
    );
}

#[test]
fn o_refuses_the_standard_streams_by_name() {
    let (dir, path, _) = common::windhoek_day();
    let session = path.to_str().unwrap();
    // A link in the test's folder to /dev/stdout rather than /dev/stdout
    // itself: a program that replaced what it names would, as root,
    // replace the machine's own /dev/stdout.
    std::os::unix::fs::symlink("/dev/stdout", dir.path().join("to-stdout")).unwrap();
    for out in ["to-stdout", "/dev/fd/1", "/proc/self/fd/1"] {
        for args in writers(session, out) {
            let done = run(dir.path(), &args);
            assert_eq!(done.status.code(), Some(2), "{args:?}: {}", stderr(&done));
            assert!(stderr(&done).contains("Leave out -o"), "{args:?}: {}", stderr(&done));
            assert!(done.stdout.is_empty(), "{args:?}: nothing written");
        }
    }
    assert!(
        std::fs::symlink_metadata(dir.path().join("to-stdout"))
            .unwrap()
            .is_symlink()
    );
}

#[test]
fn o_through_a_link_replaces_its_target_and_keeps_the_link() {
    let (dir, path, _) = common::windhoek_day();
    let session = path.to_str().unwrap();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("real.out");
    std::fs::write(&target, "old").unwrap();
    // Relative, as links usually are: read from the link's own folder.
    std::os::unix::fs::symlink("elsewhere/real.out", dir.path().join("link.out")).unwrap();
    for args in writers(session, "link.out") {
        std::fs::write(&target, "old").unwrap();
        let done = run(dir.path(), &args);
        assert!(done.status.success(), "{args:?}: {}", stderr(&done));
        let link = std::fs::symlink_metadata(dir.path().join("link.out")).unwrap();
        assert!(link.file_type().is_symlink(), "{args:?}: the link stays a link");
        assert_eq!(
            std::fs::read_link(dir.path().join("link.out")).unwrap(),
            Path::new("elsewhere/real.out")
        );
        let written = std::fs::read(&target).unwrap();
        assert!(
            written.len() > 100 && written != b"old",
            "{args:?}: the target holds the document"
        );
    }
    // A dangling link: the file it names is made, as the shell's > makes it.
    std::os::unix::fs::symlink("elsewhere/new.html", dir.path().join("dangling.html")).unwrap();
    let done = run(dir.path(), &writers(session, "dangling.html")[0]);
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        std::fs::symlink_metadata(dir.path().join("dangling.html"))
            .unwrap()
            .is_symlink()
    );
    let made = std::fs::read_to_string(elsewhere.join("new.html")).unwrap();
    assert!(made.starts_with("<!DOCTYPE html>"), "{made:.80}");
    let leftovers: Vec<_> = std::fs::read_dir(&elsewhere)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".plenary"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_site_replaces_only_regular_files() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let site = dir.path().join("site");
    let published = run(dir.path(), &["publish", p, site.to_str().unwrap()]);
    assert!(published.status.success(), "{}", stderr(&published));
    // A page turned into a link elsewhere: the file it leads to is replaced.
    let outside = dir.path().join("outside.html");
    std::fs::write(&outside, "old").unwrap();
    let communique = site.join("fr/communique.html");
    std::fs::remove_file(&communique).unwrap();
    std::os::unix::fs::symlink(&outside, &communique).unwrap();
    // A page where a device stands (a folder where it may not make one).
    let index = site.join("en/index.html");
    std::fs::remove_file(&index).unwrap();
    let device = make_device(&index);
    if !device {
        std::fs::create_dir(&index).unwrap();
    }
    let again = run(dir.path(), &["publish", p, site.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    let what = if device { "a device" } else { "a folder" };
    assert!(stderr(&again).contains(what), "{}", stderr(&again));
    let meta = std::fs::symlink_metadata(&index).unwrap();
    assert_eq!(meta.file_type().is_char_device(), device, "left as it was");
    assert_eq!(meta.is_dir(), !device, "left as it was");
    // Take the device away: the link's target gets the page, the link stays.
    if device {
        std::fs::remove_file(&index).unwrap();
    } else {
        std::fs::remove_dir(&index).unwrap();
    }
    let third = run(dir.path(), &["publish", p, site.to_str().unwrap()]);
    assert!(third.status.success(), "{}", stderr(&third));
    assert!(std::fs::symlink_metadata(&communique).unwrap().is_symlink());
    assert!(
        std::fs::read_to_string(&outside)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

/// The events and the 16 digits of the head line of an English text
/// document: "Record: 41 events, chain head 3f2a8c1d9e0b7a65 (…)".
fn printed_head(txt: &str) -> (String, String) {
    let flat = txt.split_whitespace().collect::<Vec<_>>().join(" ");
    let at = flat
        .rfind("Record: ")
        .unwrap_or_else(|| panic!("no head line in:\n{txt}"));
    let rest = &flat[at + "Record: ".len()..];
    let (events, rest) = rest.split_once(" event").expect("the events");
    let digits = rest.split_once("chain head ").expect("the head").1;
    let digits: String = digits.chars().take_while(char::is_ascii_hexdigit).collect();
    assert_eq!(digits.len(), 16, "{rest}");
    (events.to_string(), digits)
}

fn communique_txt(dir: &Path, session: &str) -> String {
    common::run_ok(&["communique", session, "--format", "txt"], dir)
}

fn verify_head(dir: &Path, session: &str, head: &str) -> Output {
    run(dir, &["verify", session, "--head", head])
}

#[test]
fn the_printed_head_verifies_and_stays_a_prefix_as_the_record_grows() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let (events, digits) = printed_head(&communique_txt(dir.path(), p));
    let head = format!("{events}:{digits}");
    let ok = verify_head(dir.path(), p, &head);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("the record holds the head"), "{}", stdout(&ok));
    // The whole head that verify prints is accepted too.
    let plain = common::run_ok(&["verify", p], dir.path());
    let whole = plain
        .split("chain head ")
        .nth(1)
        .and_then(|s| s.get(..64))
        .unwrap_or_else(|| panic!("{plain}"));
    assert!(whole.starts_with(&digits), "{plain}");
    let ok = verify_head(dir.path(), p, &format!("{events}:{whole}"));
    assert!(ok.status.success(), "{}", stderr(&ok));
    // More commands: the printed head is still the prefix of the history.
    common::run_ok(&["do", p, "open", "1"], dir.path());
    let (later, _) = printed_head(&communique_txt(dir.path(), p));
    assert_ne!(later, events, "the document prints the new head");
    let ok = verify_head(dir.path(), p, &head);
    assert!(ok.status.success(), "{}", stderr(&ok));
    // What cannot be a head is bad input, said before anything is read.
    for bad in [
        "41",
        "41:xyz",
        &format!("0:{digits}"),
        &format!("{events}:{}", &digits[..15]),
    ] {
        let refused = verify_head(dir.path(), p, bad);
        assert_eq!(refused.status.code(), Some(2), "{bad}: {}", stderr(&refused));
        assert!(stderr(&refused).contains("not a head"), "{bad}: {}", stderr(&refused));
    }
}

/// `count` notes under item 1, one command a line.
fn notes(word: &str, count: usize) -> String {
    (1..=count).map(|i| format!("note 1 \"{word} {i}.\"\n")).collect()
}

/// `plenary do SESSION` with `lines` on its standard input.
fn do_lines(dir: &Path, session: &str, lines: &str) {
    use std::io::Write;
    let mut child = common::plenary()
        .args(["do", session])
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(lines.as_bytes()).unwrap();
    let done = child.wait_with_output().unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
}

/// Two records of the same meeting: the day's, and another made by other
/// commands; `verify --head` with the day's printed head on the other,
/// copied over the day's record, and on the day's record cut back to an
/// earlier copy of itself.
#[test]
fn verify_head_names_a_swapped_record_and_a_cut_one() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let record = path.with_extension("plenary");
    // An earlier state of the same record, before the last commands.
    let early = dir.path().join("early.plenary");
    std::fs::copy(&record, &early).unwrap();
    // The day adopted the communique: what it still takes is the agenda.
    do_lines(dir.path(), p, "open 1\nclose 1\nopen 2\n");
    let (events, digits) = printed_head(&communique_txt(dir.path(), p));
    let head = format!("{events}:{digits}");

    // Another record of the same meeting, with more events than the head.
    let (other_dir, other) = common::windhoek();
    let o = other.to_str().unwrap();
    do_lines(
        other_dir.path(),
        o,
        &notes("Other", events.parse::<usize>().unwrap() + 2),
    );
    assert!(run(other_dir.path(), &["verify", o]).status.success());
    let swap = |from: &Path| {
        for ext in ["plenary-wal", "plenary-shm"] {
            let _ = std::fs::remove_file(path.with_extension(ext));
        }
        std::fs::copy(from, &record).unwrap();
    };
    let original = dir.path().join("original.plenary");
    std::fs::copy(&record, &original).unwrap();

    swap(&other.with_extension("plenary"));
    // Whole by every check inside the file …
    let whole = run(dir.path(), &["verify", p]);
    assert!(whole.status.success(), "{}", stderr(&whole));
    // … but not the record the document was printed from.
    let swapped = verify_head(dir.path(), p, &head);
    assert_eq!(swapped.status.code(), Some(2), "{}", stderr(&swapped));
    assert!(
        stderr(&swapped).contains(&format!("event {events} differs")),
        "{}",
        stderr(&swapped)
    );
    assert!(
        stderr(&swapped).contains("replaced or rewritten"),
        "{}",
        stderr(&swapped)
    );

    // Cut back to the earlier copy: whole, with fewer events than the head.
    swap(&early);
    let whole = run(dir.path(), &["verify", p]);
    assert!(whole.status.success(), "{}", stderr(&whole));
    let cut = verify_head(dir.path(), p, &head);
    assert_eq!(cut.status.code(), Some(2), "{}", stderr(&cut));
    assert!(
        stderr(&cut).contains(&format!("fewer than {events}")),
        "{}",
        stderr(&cut)
    );
    assert!(stderr(&cut).contains("no longer holds the head"), "{}", stderr(&cut));

    swap(&original);
    assert!(verify_head(dir.path(), p, &head).status.success());
}

/// The text of every document a SESSION gives, by format, written with -o.
fn documents(dir: &Path, session: &str) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for format in ["md", "html", "txt", "docx", "pdf"] {
        for (kind, id) in [("communique", None), ("decision", Some("KP/2009/IS/5"))] {
            let file = dir.join(format!("{kind}.{format}"));
            let mut args = vec![kind, session];
            args.extend(id);
            args.extend(["--lang", "all", "--format", format, "-o", file.to_str().unwrap()]);
            common::run_ok(&args, dir);
            out.push((format!("{kind} {format}"), file));
        }
    }
    out
}

fn docx_text(path: &Path) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

/// The head in each of the five languages, as each writes it.
const HEAD_WORDS: [&str; 5] = [
    "chain head",
    "tête de chaîne",
    "topo da cadeia",
    "cabeza de la cadena",
    "вершина цепочки",
];

#[test]
fn every_document_but_pdf_prints_the_head_in_each_language() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let (_, digits) = printed_head(&communique_txt(dir.path(), p));
    for (what, file) in documents(dir.path(), p) {
        let text = if what.ends_with("pdf") {
            continue;
        } else if what.ends_with("docx") {
            docx_text(&file)
        } else {
            std::fs::read_to_string(&file).unwrap()
        };
        assert_eq!(text.matches(&digits).count(), 5, "{what}: once in each language");
        for words in HEAD_WORDS {
            assert!(text.contains(words), "{what}: {words}");
        }
    }
    // Same session, same bytes: the head is a fact of the record.
    let again = communique_txt(dir.path(), p);
    assert_eq!(again, communique_txt(dir.path(), p));
}

#[test]
#[ignore = "needs pdftotext: apt-get install poppler-utils"]
fn the_pdf_prints_the_head_in_each_language() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let (_, digits) = printed_head(&communique_txt(dir.path(), p));
    for (what, file) in documents(dir.path(), p) {
        if !what.ends_with("pdf") {
            continue;
        }
        let out = std::process::Command::new(common::require("pdftotext", "poppler-utils"))
            .arg(&file)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            text.matches(&digits).count(),
            5,
            "{what}: once in each language:\n{text}"
        );
    }
}

#[test]
fn every_page_of_the_site_prints_the_head() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let (events, digits) = printed_head(&communique_txt(dir.path(), p));
    let site = dir.path().join("site");
    common::run_ok(&["publish", p, site.to_str().unwrap()], dir.path());
    let mut pages = 0;
    let mut todo = vec![site.clone()];
    while let Some(folder) = todo.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let page = entry.unwrap().path();
            if page.is_dir() {
                todo.push(page);
                continue;
            }
            let html = std::fs::read_to_string(&page).unwrap();
            assert_eq!(html.matches(&digits).count(), 1, "{}", page.display());
            pages += 1;
        }
    }
    assert!(pages > 10, "{pages} pages");
    let english = std::fs::read_to_string(site.join("en/index.html")).unwrap();
    assert!(english.contains(&format!("Record: {events} events, chain head {digits}")));
    // A new command: every page prints the new head.
    common::run_ok(&["do", p, "open", "1"], dir.path());
    let said = common::run_ok(&["publish", p, site.to_str().unwrap()], dir.path());
    let (_, later) = printed_head(&communique_txt(dir.path(), p));
    let fr = std::fs::read_to_string(site.join("fr/decisions/kp-2009-is-1.html")).unwrap();
    assert!(fr.contains(&later) && !fr.contains(&digits), "{said}");
}

#[test]
fn a_record_without_events_says_so() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let made = common::plenary()
        .args(["do", p])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    let txt = communique_txt(dir.path(), p);
    assert!(txt.contains("Record: no events yet."), "{txt}");
    let fr = common::run_ok(&["communique", p, "--lang", "fr"], dir.path());
    assert!(fr.contains("Registre\u{a0}: aucun événement pour l’instant."), "{fr}");
    let short = verify_head(dir.path(), p, "3:3f2a8c1d9e0b7a65");
    assert_eq!(short.status.code(), Some(2), "{}", stderr(&short));
    assert!(
        stderr(&short).contains("it has 0 events, fewer than 3"),
        "{}",
        stderr(&short)
    );
}
