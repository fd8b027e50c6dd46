//! `plenary publish`: the delegates' view of the Windhoek sample, page by
//! page against `plenary decision` and `plenary communique`; drafts kept
//! private; `--watch` following another process's commands, with a reader
//! that never sees half a page; unchanged files left alone. The ignored
//! tests check the pages with Debian's `tidy` and print them in Chromium.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

const LANGS: [&str; 5] = ["en", "fr", "pt", "es", "ru"];
const DECISIONS: [&str; 5] = [
    "KP/2009/IS/1",
    "KP/2009/IS/2",
    "KP/2009/IS/3",
    "KP/2009/IS/4",
    "KP/2009/IS/5",
];

fn page_name(id: &str) -> String {
    id.to_lowercase().replace('/', "-")
}

fn publish(path: &Path, site: &Path) -> String {
    let out = common::plenary()
        .args(["publish", path.to_str().unwrap(), site.to_str().unwrap()])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "plenary publish failed: {stderr}");
    stderr
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `<article>` of a page: the document as `render` wrote it.
fn article(html: &str) -> &str {
    let start = html.find("<article").expect("an article");
    let end = html.rfind("</article>").expect("an article's end") + "</article>".len();
    &html[start..end]
}

/// Every file under `dir`, by path relative to it.
fn files(dir: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, path);
            }
        }
    }
    out
}

/// The targets of a page's links, as written.
fn links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

#[test]
fn the_site_holds_the_same_documents_as_plenary_decision_and_communique() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let site = dir.path().join("site");
    let said = publish(&path, &site);
    assert!(said.contains("files written"), "{said}");

    for lang in LANGS {
        for id in DECISIONS {
            let page = read(&site.join(format!("{lang}/decisions/{}.html", page_name(id))));
            let printed = common::run_ok(&["decision", p, id, "--lang", lang, "--format", "html"], dir.path());
            assert_eq!(article(&page), article(&printed), "{lang} {id}");
            // The fingerprint `plenary decision` gives on standard error is on the page.
            // Each language's copy has its own fingerprint.
            let out = common::plenary()
                .args(["decision", p, id, "--lang", lang])
                .output()
                .unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            let fingerprint = stderr.trim().rsplit(' ').next().unwrap();
            assert_eq!(fingerprint.len(), 16, "{stderr}");
            assert!(page.contains(fingerprint), "{lang} {id}: no fingerprint {fingerprint}");
            let table = read(&site.join(format!("{lang}/fingerprints.html")));
            assert!(table.contains(fingerprint), "{lang}: fingerprints page lacks {id}");
        }
        let page = read(&site.join(format!("{lang}/communique.html")));
        let printed = common::run_ok(&["communique", p, "--lang", lang, "--format", "html"], dir.path());
        assert_eq!(article(&page), article(&printed), "{lang} communique");
    }

    // The English index: the meeting, the agenda with statuses, the
    // decisions with their outcome and Rule 26 state.
    let index = read(&site.join("en/index.html"));
    for needle in [
        "Windhoek",
        "Report of the Working Group on Statistics",
        "closed",
        "Adopted by consensus on 23 June 2009",
        "Not yet formally adopted: translation pending into Portuguese, Spanish and Russian (Rule 26)",
        "href=\"decisions/kp-2009-is-3.html\"",
    ] {
        assert!(index.contains(needle), "the index lacks {needle:?}");
    }

    // Every page: its language, the strict policy, nothing fetched, no
    // script, and every link leads to a page of the site.
    let all = files(&site);
    assert_eq!(all.len(), 1 + LANGS.len() * (3 + DECISIONS.len()), "{:?}", all.keys());
    for (rel, file) in &all {
        let html = read(file);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{rel}");
        assert!(html.ends_with("</html>\n"), "{rel}");
        assert!(
            html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""),
            "{rel}: no CSP"
        );
        for banned in ["<script", "src=", "@import", "url("] {
            assert!(!html.contains(banned), "{rel} holds {banned}");
        }
        for link in links(&html) {
            let target = file.parent().unwrap().join(&link);
            assert!(target.is_file(), "{rel}: link {link} leads nowhere");
        }
    }
    // Each decision page links to the same decision in the four other
    // languages, each link marked with the language it leads to.
    let fr = read(&site.join("fr/decisions/kp-2009-is-3.html"));
    assert!(fr.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    for (lang, tag) in [("en", "en-GB"), ("pt", "pt-PT"), ("es", "es"), ("ru", "ru")] {
        let link = format!("<a href=\"../../{lang}/decisions/kp-2009-is-3.html\" hreflang=\"{tag}\" lang=\"{tag}\">");
        assert!(fr.contains(&link), "no link to {lang}");
    }
}

/// Records an undo of the last command whatever it is, as versions of
/// plenary before undo refused adoptions did: their records still fold.
fn undo_as_older_versions_did(path: &Path) {
    let session = plenary::store::Session::open_read(path).unwrap();
    let last = session.state.log.last().unwrap().group.seq;
    let identity = plenary::store::identity::of(&session.state.meeting);
    drop(session);
    let mut record = plenary::store::Record::open(&path.with_extension("plenary"), &identity).unwrap();
    let mut writing = record.begin().unwrap();
    writing.read_new().unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T12:00:00+02:00").unwrap();
    let undo = plenary::domain::Event::Undone { group: last };
    writing.append(at, "secretariat", "undo", vec![undo]).unwrap();
    writing.commit().unwrap();
}

/// Appends `line` among the meeting file's top-level keys.
fn set_meeting_key(path: &Path, line: &str) {
    let text = read(path);
    let text = text.replacen(
        "kind = \"intersessional\"\n",
        &format!("kind = \"intersessional\"\n{line}\n"),
        1,
    );
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_draft_is_listed_without_its_text_unless_drafts_are_public() {
    let (dir, path, _) = common::windhoek_day();
    let p = path.to_str().unwrap();
    let secret = "The Plenary agreed to consider the proposal on a common footnote";
    common::run_ok(
        &[
            "do",
            p,
            "reopen",
            "communique",
            ";",
            "draft",
            "3",
            "KP/2009/IS/9",
            secret,
        ],
        dir.path(),
    );
    let site = dir.path().join("site");
    publish(&path, &site);
    let page = site.join("en/decisions/kp-2009-is-9.html");
    assert!(!page.exists(), "a draft has a page");
    let index = read(&site.join("en/index.html"));
    assert!(index.contains("KP/2009/IS/9"), "the draft is not listed");
    assert!(index.contains("Not yet adopted"), "the draft is not listed as pending");
    assert!(!index.contains("href=\"decisions/kp-2009-is-9.html\""));
    for (rel, file) in files(&site) {
        assert!(!read(&file).contains(secret), "{rel} shows the draft's text");
    }

    // Adopted: its page appears; the adoption undone (as a record made
    // before undo refused adoptions may hold): its page goes.
    common::run_ok(&["do", p, "--as", "secretariat", "adopt", "KP/2009/IS/9"], dir.path());
    publish(&path, &site);
    assert!(read(&page).contains(secret));
    undo_as_older_versions_did(&path);
    let said = publish(&path, &site);
    assert!(!page.exists(), "the page of a decision no longer adopted stays");
    assert!(said.contains("5 removed"), "{said}");

    // The meeting makes its drafts public.
    set_meeting_key(&path, "publish_drafts = true");
    publish(&path, &site);
    let shown = read(&page);
    assert!(shown.contains(secret));
    assert!(shown.contains("DRAFT"), "the page does not say it is a draft");
}

#[test]
fn publish_drafts_must_be_true_or_false() {
    let (dir, path) = common::windhoek();
    set_meeting_key(&path, "publish_drafts = \"yes\"");
    let out = common::plenary()
        .args(["check", path.to_str().unwrap()])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(":17:18: `publish_drafts` must be a boolean (true or false), not a string."),
        "{stderr}"
    );
}

#[test]
fn a_file_or_the_record_s_folder_in_place_of_the_site_s_folder_is_bad_input() {
    let (dir, path) = common::windhoek();
    let file = dir.path().join("site");
    std::fs::write(&file, "not a folder").unwrap();
    let out = common::plenary()
        .args(["publish", path.to_str().unwrap(), file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a folder"));

    // The folder of the meeting holds its record: a web server would serve it.
    let out = common::plenary()
        .args(["publish", path.to_str().unwrap(), dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("would serve the record too"));
    assert!(!dir.path().join("index.html").exists());
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn unchanged_files_keep_their_modification_time() {
    let (dir, path, _) = common::windhoek_day();
    let site = dir.path().join("site");
    publish(&path, &site);
    // An old time on every file: a file written again would lose it.
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(946_684_800);
    for file in files(&site).values() {
        std::fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    let said = publish(&path, &site);
    assert!(said.contains(": 0 files written, 41 unchanged, 0 removed"), "{said}");
    assert!(files(&site).values().all(|f| mtime(f) == old));

    // A Spanish translation of one decision: its five pages (their Rule 26
    // line), the indexes, the fingerprint tables and the Spanish communique
    // change; every other page only by the record's head at its foot.
    let before: BTreeMap<String, String> = files(&site).iter().map(|(rel, f)| (rel.clone(), read(f))).collect();
    common::run_ok(
        &[
            "do",
            path.to_str().unwrap(),
            "translate",
            "KP/2009/IS/5",
            "es",
            "Una misión de examen visitará Zimbabwe.",
        ],
        dir.path(),
    );
    publish(&path, &site);
    for (rel, file) in files(&site) {
        assert_ne!(mtime(&file), old, "{rel}: the new head is on every page");
        let expected = rel.ends_with("kp-2009-is-5.html")
            || rel.ends_with("/index.html")
            || rel == "es/communique.html"
            || rel.ends_with("fingerprints.html");
        let changed = without_head(&read(&file)) != without_head(&before[&rel]);
        assert_eq!(changed, expected, "{rel}");
    }
}

/// A page without the record's head line and its update time: what else changed.
fn without_head(page: &str) -> String {
    page.lines()
        .filter(|l| !l.contains("class=\"stamp\""))
        .filter(|l| !l.contains("chain head") && !l.contains("tête de chaîne") && !l.contains("topo da cadeia"))
        .filter(|l| !l.contains("cabeza de la cadena") && !l.contains("вершина цепочки"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a page over and over until told to stop; every read must be a
/// whole page. Returns how many reads found the file.
fn keep_reading(path: PathBuf, stop: Arc<AtomicBool>, reads: Arc<AtomicUsize>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match std::fs::read(&path) {
                Ok(bytes) => {
                    let text = String::from_utf8(bytes).expect("a page is UTF-8 as a whole");
                    assert!(text.starts_with("<!DOCTYPE html>"), "a page read without its start");
                    assert!(
                        text.ends_with("</html>\n"),
                        "a page read without its end: {} bytes",
                        text.len()
                    );
                    reads.fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::NotFound, "{e}"),
            }
        }
    })
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("waited in vain for {what}");
}

/// The watching process, killed if the test fails before it stops it.
struct Watching(Option<std::process::Child>);

impl Drop for Watching {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[test]
fn watch_follows_commands_from_another_process_and_never_shows_half_a_page() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let site = dir.path().join("site");
    let mut child = Watching(Some(
        common::plenary()
            .args(["publish", p, site.to_str().unwrap(), "--watch"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    ));
    let index = site.join("en/index.html");
    let page = site.join("en/decisions/kp-2009-is-3.html");
    let russian = site.join("ru/decisions/kp-2009-is-3.html");
    wait_until("the first pass", || index.is_file());
    assert!(!page.exists(), "a draft was published");

    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let readers = [
        keep_reading(index.clone(), stop.clone(), reads.clone()),
        keep_reading(page.clone(), stop.clone(), reads.clone()),
        keep_reading(russian.clone(), stop.clone(), reads.clone()),
    ];

    common::run_ok(&["do", p, "--as", "secretariat", "adopt", "KP/2009/IS/3"], dir.path());
    wait_until("the adopted decision's page", || page.is_file());
    wait_until("the adoption on the index", || {
        std::fs::read_to_string(&index).is_ok_and(|t| t.contains("href=\"decisions/kp-2009-is-3.html\""))
    });
    // Each command rewrites the pages being read: the adopted Russian text
    // is sealed, so each change is a corrigendum.
    for i in 1..=12 {
        let text = format!("Перевод, вариант {i}.");
        let reason = format!("правка {i}");
        common::run_ok(&["do", p, "correct", "KP/2009/IS/3", "ru", &text, &reason], dir.path());
        wait_until(&format!("translation {i} on the Russian page"), || {
            std::fs::read_to_string(&russian).is_ok_and(|t| t.contains(&text))
        });
    }
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        r.join().expect("every read was a whole page");
    }
    assert!(reads.load(Ordering::Relaxed) > 0);

    // The page is the one `plenary decision` prints now.
    let printed = common::run_ok(
        &["decision", p, "KP/2009/IS/3", "--lang", "ru", "--format", "html"],
        dir.path(),
    );
    assert_eq!(article(&read(&russian)), article(&printed));

    // SIGTERM stops it cleanly, leaving no temporary file.
    let child = child.0.take().unwrap();
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("Stopped"), "{stderr}");
    assert!(stderr.contains("after command"), "{stderr}");
    assert!(
        files(&site).keys().all(|f| f.ends_with(".html")),
        "{:?}",
        files(&site).keys()
    );
}

#[test]
#[ignore = "needs tidy: apt-get install tidy"]
fn every_page_passes_tidy() {
    common::require("tidy", "tidy");
    let (dir, path, _) = common::windhoek_day();
    common::run_ok(
        &[
            "do",
            path.to_str().unwrap(),
            "reopen",
            "communique",
            ";",
            "draft",
            "3",
            "KP/2009/IS/9",
            "A *draft*.",
        ],
        dir.path(),
    );
    let site = dir.path().join("site");
    publish(&path, &site);
    for (rel, file) in files(&site) {
        let out = Command::new("tidy")
            .args(["-q", "-e", "--show-warnings", "yes"])
            .arg(&file)
            .output()
            .unwrap();
        // 0: neither errors nor warnings; 1: warnings; 2: errors.
        assert_eq!(
            out.status.code(),
            Some(0),
            "{rel}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn chromium(profile: &Path, args: &[String]) {
    let args = [&["--hide-scrollbars".to_string()], args].concat();
    let out = common::chromium(profile, &args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The width of a PNG image, from its header.
fn png_width(png: &Path) -> u32 {
    let bytes = std::fs::read(png).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    u32::from_be_bytes(bytes[16..20].try_into().unwrap())
}

#[test]
#[ignore = "needs chromium: apt-get install chromium"]
fn pages_render_at_1200_and_320_pixels() {
    let (dir, path, _) = common::windhoek_day();
    let site = dir.path().join("site");
    publish(&path, &site);
    // PLENARY_SCREENSHOTS keeps them, to look at.
    let shots = std::env::var_os("PLENARY_SCREENSHOTS").map_or_else(|| dir.path().join("shots"), PathBuf::from);
    std::fs::create_dir_all(&shots).unwrap();
    for page in [
        "index.html",
        "fr/index.html",
        "ru/decisions/kp-2009-is-5.html",
        "es/fingerprints.html",
    ] {
        for width in [1200, 320] {
            let png = shots.join(format!("{}-{width}.png", page.replace('/', "-")));
            chromium(
                &dir.path().join("profile"),
                &[
                    format!("--window-size={width},1600"),
                    format!("--screenshot={}", png.display()),
                    format!("file://{}", site.join(page).display()),
                ],
            );
            assert_eq!(png_width(&png), width, "{}", png.display());
        }
    }
}

#[test]
#[ignore = "needs chromium and pdfinfo: apt-get install chromium poppler-utils"]
fn a_decision_page_prints_on_one_a4_page_without_navigation() {
    common::require("pdfinfo", "poppler-utils");
    let (dir, path, _) = common::windhoek_day();
    let site = dir.path().join("site");
    publish(&path, &site);
    for (lang, nav) in [("en", "Meeting and decisions"), ("ru", "Совещание и решения")] {
        for id in DECISIONS {
            let pdf = dir.path().join(format!("{lang}-{}.pdf", page_name(id)));
            chromium(
                &dir.path().join("profile"),
                &[
                    "--no-pdf-header-footer".to_string(),
                    format!("--print-to-pdf={}", pdf.display()),
                    format!(
                        "file://{}",
                        site.join(format!("{lang}/decisions/{}.html", page_name(id))).display()
                    ),
                ],
            );
            let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
            let info = String::from_utf8(info.stdout).unwrap();
            assert!(info.contains("Pages:           1\n"), "{lang} {id}: {info}");
            assert!(info.contains("(A4)"), "{lang} {id}: {info}");
            let text = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
            let text = String::from_utf8(text.stdout).unwrap();
            assert!(text.contains(id), "{lang} {id}: {text}");
            assert!(!text.contains(nav), "{lang} {id}: the navigation is printed");
            let out = common::plenary()
                .args(["decision", path.to_str().unwrap(), id, "--lang", lang])
                .output()
                .unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            let fingerprint = stderr.trim().rsplit(' ').next().unwrap();
            assert!(text.contains(fingerprint), "{lang} {id}: no fingerprint in the PDF");
        }
    }
}

/// The Windhoek day recorded up to the line `last` of its script, at 11:42
/// on 23 June 2009: a meeting in progress.
fn windhoek_until(last: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = common::windhoek();
    let script = read(&common::root().join("tests/scripts/windhoek-day.txt"));
    let lines: Vec<&str> = script.lines().collect();
    let end = lines
        .iter()
        .position(|l| *l == last)
        .expect("the line is in the script");
    let part = dir.path().join("part.txt");
    std::fs::write(&part, lines[..=end].join("\n")).unwrap();
    common::record_script(&path, &part);
    (dir, path)
}

/// Text as the pages write it (HTML-escaped), its first 60 characters: what
/// a search of the site for a paragraph looks for.
fn as_on_a_page(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    escaped.chars().take(60).collect()
}

/// Every text the meeting file prepares for the items from `from` on (in
/// agenda order), in every language: its notes, reports and (with
/// `decisions`) its draft decisions.
fn prepared(path: &Path, from: &str, decisions: bool) -> Vec<String> {
    let meeting = plenary::files::meeting::load(path).expect("the sample loads");
    let start = meeting
        .items
        .iter()
        .position(|i| i.number.to_string() == from)
        .expect("the item is on the agenda");
    let mut texts = Vec::new();
    for item in &meeting.items[start..] {
        let paragraphs = item.notes.iter().chain(&item.reports).map(|p| &p.text);
        let drafts = item.decisions.iter().filter(|_| decisions).map(|d| &d.text);
        for localised in paragraphs.chain(drafts) {
            texts.extend(localised.0.values().map(|t| as_on_a_page(t)));
        }
    }
    texts
}

/// The communique's thanks to the host, as each language's page writes it.
fn thanks(path: &Path) -> Vec<(String, String)> {
    let meeting = plenary::files::meeting::load(path).expect("the sample loads");
    LANGS
        .iter()
        .map(|code| {
            let l = plenary::render::lang::Lang::new(&meeting, code);
            let s = plenary::render::communique::Sentences::new(&l);
            (
                code.to_string(),
                as_on_a_page(&s.thanks(&l.delegation_term(&meeting.host))),
            )
        })
        .collect()
}

#[test]
fn a_meeting_in_progress_shows_only_what_it_has_taken_up() {
    // Recorded up to the opening of item 7.5: 7.6 and 8 to 12 are not taken up.
    let (dir, path) = windhoek_until("open 7.5");
    let p = path.to_str().unwrap();
    // Prepared in the record ahead of time, under items not taken up: as private.
    common::run_ok(
        &[
            "do",
            p,
            "--at",
            "2009-06-23T11:50:00+02:00",
            "draft",
            "9",
            "KP/2009/IS/9",
            "The Plenary welcomed the online information exchange system.",
            ";",
            "note",
            "10",
            "The Committee on Rules and Procedures met twice.",
        ],
        dir.path(),
    );
    let site = dir.path().join("site");
    publish(&path, &site);
    let pages: Vec<(String, String)> = files(&site).into_iter().map(|(rel, f)| (rel, read(&f))).collect();
    let hidden = prepared(&path, "7.6", true);
    assert!(hidden.len() >= 20, "the sample prepares texts for the items after 7.5");
    for (rel, page) in &pages {
        for text in &hidden {
            assert!(
                !page.contains(text.as_str()),
                "{rel} shows {text:?}, prepared for an item not taken up"
            );
        }
        for text in ["online information exchange system.", "met twice", "KP/2009/IS/9"] {
            assert!(!page.contains(text), "{rel} shows {text:?}, recorded ahead of its item");
        }
    }
    for (code, thanks) in thanks(&path) {
        let page = read(&site.join(format!("{code}/communique.html")));
        assert!(
            !page.contains(thanks.as_str()),
            "{code}: the host is thanked before the meeting ends"
        );
    }
    // What was taken up is there: item 3 (closed) and 7.5 (open now), in every language.
    let shown: Vec<String> = prepared(&path, "3", false)
        .into_iter()
        .filter(|t| !hidden.contains(t))
        .collect();
    for text in &shown {
        assert!(
            pages
                .iter()
                .any(|(rel, page)| rel.ends_with("communique.html") && page.contains(text.as_str())),
            "no communique shows {text:?}"
        );
    }

    // Every page says when it was last updated (the last command's time,
    // not the clock's) and that the communique is a draft.
    for (rel, page) in &pages {
        let code = rel.split('/').next().filter(|c| LANGS.contains(c)).unwrap_or("en");
        let words = plenary::i18n::Localizer::new(code);
        let draft = words.text("sitedraft-communique-draft");
        let stamp = page
            .lines()
            .find(|l| l.starts_with("<p class=\"stamp\">"))
            .unwrap_or_else(|| panic!("{rel}: no update time"));
        assert!(stamp.contains("11:50") && stamp.contains("2009"), "{rel}: {stamp}");
        assert!(stamp.contains(&as_on_a_page(&draft)), "{rel}: {stamp}");
    }
    let en = read(&site.join("en/index.html"));
    assert!(
        en.contains("Last updated: 23 June 2009, 11:50 GMT+2. The communique is a draft: not yet adopted."),
        "{en}"
    );

    // Published again with nothing new: nothing is written.
    let said = publish(&path, &site);
    assert!(said.contains(": 0 files written, "), "{said}");

    // The meeting moves on to item 8 the next morning: its texts appear,
    // those of 9 to 12 do not, and the pages say the new time.
    common::run_ok(
        &[
            "do",
            p,
            "--at",
            "2009-06-24T09:30:00+02:00",
            "close",
            "7.5",
            ";",
            "open",
            "8",
        ],
        dir.path(),
    );
    publish(&path, &site);
    let communique = read(&site.join("en/communique.html"));
    let eight: Vec<String> = prepared(&path, "8", true)
        .into_iter()
        .filter(|t| !prepared(&path, "9", true).contains(t))
        .collect();
    assert!(!eight.is_empty());
    assert!(
        eight.iter().any(|t| communique.contains(t.as_str())),
        "item 8 is open: its report is public"
    );
    for text in prepared(&path, "9", true) {
        assert!(!communique.contains(text.as_str()), "{text:?}");
    }
    assert!(communique.contains("Last updated: 24 June 2009, 09:30 GMT+2."));
}

#[test]
fn a_meeting_whose_drafts_are_public_shows_every_prepared_text() {
    let (dir, path) = windhoek_until("open 7.5");
    set_meeting_key(&path, "publish_drafts = true");
    let site = dir.path().join("site");
    publish(&path, &site);
    let communiques: Vec<String> = LANGS
        .iter()
        .map(|code| read(&site.join(format!("{code}/communique.html"))))
        .collect();
    for text in prepared(&path, "7.6", true) {
        assert!(
            communiques.iter().any(|page| page.contains(text.as_str())),
            "{text:?} is not published"
        );
    }
    for ((code, thanks), page) in thanks(&path).iter().zip(&communiques) {
        assert!(page.contains(thanks.as_str()), "{code}: no thanks to the host");
    }
}
