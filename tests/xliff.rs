//! `plenary xliff export` / `import`: the round trip a translator's CAT tool
//! makes, the refusal of units whose original was amended, idempotence, and
//! files that are refused whole (nothing recorded).

mod common;

use common::{plenary, run_ok};
use plenary::domain::state::TranslationState;
use plenary::exchange::xliff;
use plenary::store::Session;
use std::path::{Path, PathBuf};
use std::process::Command;

const NEW: &str = "KP/2009/IS/9";
const AMENDED_BEFORE: &str = "KP/2009/IS/10";

/// The Windhoek sample with two new decisions under item 5: one with a
/// French draft, one whose French became stale when its original was
/// amended, both with emphasis.
fn windhoek_with_drafts() -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = common::windhoek();
    let script = [
        format!("draft 5 {NEW} \"The Plenary *welcomed* the review mission.\""),
        format!("translate {NEW} fr --draft \"La Plénière a *salué* la mission.\""),
        format!("draft 5 {AMENDED_BEFORE} \"A *second* text.\""),
        format!("translate {AMENDED_BEFORE} fr \"Un *second* texte.\""),
        format!("amend {AMENDED_BEFORE} \"A *second* text, **amended**.\""),
        "statement 6 VE \"Venezuela restated its commitment to the KP minimum requirements.\"".to_string(),
    ];
    record(&path, &script);
    (dir, path)
}

/// Runs a script of commands on the session, as the secretariat.
fn record(path: &Path, script: &[impl AsRef<str>]) {
    let dir = path.parent().unwrap();
    let file = dir.join("script.txt");
    let lines: Vec<&str> = script.iter().map(AsRef::as_ref).collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    common::record_script(path, &file);
}

fn export(path: &Path, lang: &str, out: &Path) {
    run_ok(
        &[
            "xliff",
            "export",
            path.to_str().unwrap(),
            "--lang",
            lang,
            "-o",
            out.to_str().unwrap(),
        ],
        path.parent().unwrap(),
    );
}

fn import(path: &Path, file: &Path) -> std::process::Output {
    plenary()
        .args(["xliff", "import", path.to_str().unwrap(), file.to_str().unwrap()])
        .env("PLENARY_NOW", "2009-06-24T10:00:00+02:00")
        .output()
        .unwrap()
}

/// The French of a text (decision or paragraph) as recorded.
fn state_of(path: &Path, id: &str) -> (TranslationState, Option<String>) {
    let session = Session::open(path).unwrap();
    let texts = plenary::exchange::texts::texts(&session.state);
    let t = texts
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no text {id}"));
    let (state, tr) = t.text.translation("fr");
    (state, tr.map(|t| t.text.clone()))
}

fn events(path: &Path) -> usize {
    Session::open(path).unwrap().state.log.len()
}

#[test]
fn export_lists_what_waits_with_drafts_stale_targets_and_fingerprints() {
    let (dir, path) = windhoek_with_drafts();
    let out = dir.path().join("fr.xlf");
    export(&path, "fr", &out);
    let file = xliff::read(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!((file.source_lang.as_str(), file.target_lang.as_str()), ("en", "fr"));
    let unit = |id: &str| file.units.iter().find(|u| u.id == id);
    let new = unit(NEW).expect("the draft waits for its final translation");
    assert_eq!(new.state.as_deref(), Some("translated"));
    assert_eq!(new.target.as_deref(), Some("La Plénière a *salué* la mission."));
    assert_eq!(new.source, "The Plenary *welcomed* the review mission.");
    let stale = unit(AMENDED_BEFORE).expect("the stale translation waits");
    assert_eq!(stale.state.as_deref(), Some("needs-review-translation"));
    assert!(stale.fingerprint.as_deref().is_some_and(|f| f.len() == 16));
    assert!(stale.notes.iter().any(|n| n.contains("amended")), "{:?}", stale.notes);
    // KP/2009/IS/5 has its French final in the meeting file: nothing to do.
    assert!(unit("KP/2009/IS/5").is_none());
    // Emphasis travels as paired native codes that CAT tools lock.
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(
        xml.contains(r#"<bpt id="1" ctype="italic">*</bpt>welcomed<ept id="1">*</ept>"#),
        "{xml}"
    );
}

/// Every recorded text waits for its translation, not only decisions and
/// paragraphs: an objection's reason, a reservation and an action too.
#[test]
fn objections_reservations_and_actions_are_exported() {
    let (dir, path) = common::windhoek();
    let script = [
        "present ZW NA",
        "open 4",
        "action WGS \"Contact participants.\" --owner WGS",
        "object KP/2009/IS/3 ZW \"Not yet.\"",
        "adopt KP/2009/IS/1",
        "reserve KP/2009/IS/1 NA \"Namibia reserves its position.\"",
    ];
    record(&path, &script);
    let out = dir.path().join("fr.xlf");
    export(&path, "fr", &out);
    let xliff = xliff::read(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let session = Session::open(&path).unwrap();
    let texts = session.state.texts();
    for (source, kind) in [
        ("Not yet.", "reason given for an objection"),
        ("Namibia reserves its position.", "reservation on a decision"),
        ("Contact participants.", "action to be taken"),
    ] {
        let text = texts
            .iter()
            .find(|t| t.text.original == source)
            .unwrap_or_else(|| panic!("{source} is recorded"));
        let unit = xliff
            .units
            .iter()
            .find(|u| u.id == text.id)
            .unwrap_or_else(|| panic!("{} ({source}) is exported", text.id));
        assert_eq!(unit.source, source);
        assert!(unit.notes.iter().any(|n| n.ends_with(kind)), "{:?}", unit.notes);
    }
}

/// Fills every unit's target as a translator would, `final` for one of them.
fn translate_all(file: &mut xliff::Xliff, final_id: &str) {
    for u in &mut file.units {
        u.target = Some(format!("FR {}", u.source));
        u.state = Some(if u.id == final_id { "final" } else { "translated" }.to_string());
    }
}

#[test]
fn import_records_finals_and_drafts_refuses_amended_units_and_is_idempotent() {
    let (dir, path) = windhoek_with_drafts();
    let out = dir.path().join("fr.xlf");
    export(&path, "fr", &out);
    // The original of NEW is amended while the translator works.
    run_ok(
        &[
            "do",
            path.to_str().unwrap(),
            "amend",
            NEW,
            "The Plenary *warmly* welcomed the mission.",
        ],
        dir.path(),
    );
    let mut file = xliff::read(&std::fs::read_to_string(&out).unwrap()).unwrap();
    translate_all(&mut file, AMENDED_BEFORE);
    let back = dir.path().join("fr-done.xlf");
    std::fs::write(&back, xliff::write(&file, "test")).unwrap();

    let first = import(&path, &back);
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(2), "a refused unit is reported: {stderr}");
    assert_eq!(
        stderr.matches("the original was amended since the export").count(),
        1,
        "one message for the one amended unit: {stderr}"
    );
    assert!(stderr.contains(&format!("{NEW}: the original was amended")), "{stderr}");
    // The final unit is final, emphasis intact; the refused one keeps its old draft, now stale.
    assert_eq!(
        state_of(&path, AMENDED_BEFORE),
        (
            TranslationState::Final,
            Some("FR A *second* text, **amended**.".to_string())
        )
    );
    assert_eq!(state_of(&path, NEW).0, TranslationState::Stale);
    // Every other unit was marked "translated": recorded as a draft.
    let others: Vec<&str> = file
        .units
        .iter()
        .map(|u| u.id.as_str())
        .filter(|id| *id != NEW && *id != AMENDED_BEFORE)
        .collect();
    assert!(!others.is_empty(), "the sample has other texts waiting for French");
    for id in others {
        assert_eq!(state_of(&path, id).0, TranslationState::Draft, "{id}");
    }

    let before = events(&path);
    let second = import(&path, &back);
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("0 translations recorded"), "{stderr}");
    assert_eq!(events(&path), before, "importing the same file again records nothing");
}

fn refused_whole(path: &Path, dir: &Path, xml: &str, expect: &str) {
    let file = dir.join("bad.xlf");
    std::fs::write(&file, xml).unwrap();
    let before = events(path);
    let out = import(path, &file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{expect}: {stderr}");
    assert!(stderr.contains(expect), "expected {expect:?} in {stderr}");
    assert_eq!(events(path), before, "nothing recorded for a bad file");
}

#[test]
fn bad_files_are_refused_whole_with_a_clear_message() {
    let (dir, path) = windhoek_with_drafts();
    let out = dir.path().join("fr.xlf");
    export(&path, "fr", &out);
    let mut file = xliff::read(&std::fs::read_to_string(&out).unwrap()).unwrap();
    translate_all(&mut file, NEW);
    let good = xliff::write(&file, "test");

    let bomb = good.replacen(
        "<xliff",
        "<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<xliff",
        1,
    );
    refused_whole(&path, dir.path(), &bomb, "declares a DOCTYPE");
    refused_whole(
        &path,
        dir.path(),
        &good.replacen("FR ", "FR &b; ", 1),
        "entity that XML does not define",
    );
    refused_whole(&path, dir.path(), &good[..good.len() / 2], "not well-formed");
    refused_whole(
        &path,
        dir.path(),
        &good.replace("target-language=\"fr\"", "target-language=\"de\""),
        "de",
    );
    refused_whole(
        &path,
        dir.path(),
        &good.replace("target-language=\"fr\"", "target-language=\"en\""),
        "original language",
    );
    refused_whole(
        &path,
        dir.path(),
        &good.replace("source-language=\"en\"", "source-language=\"ru\""),
        "source language is ru",
    );
    let foreign = good.replacen(&format!("id=\"{NEW}\""), "id=\"KP/1999/X/1\"", 1);
    refused_whole(&path, dir.path(), &foreign, "KP/1999/X/1");
    assert_eq!(state_of(&path, NEW).0, TranslationState::Draft);
}

#[test]
fn exporting_into_the_original_language_is_refused() {
    let (dir, path) = common::windhoek();
    // A record to read: without one, the export is refused for that first.
    record(&path, &["present NA"]);
    let out = plenary()
        .args(["xliff", "export", path.to_str().unwrap(), "--lang", "en"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("original language"));
}

fn tool(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} could not run ({e}): see the #[ignore] reason"))
}

/// translate-toolkit's XLIFF parser (a tool nobody here wrote) reads the
/// export, fills the targets and writes the file back, as a CAT tool would.
const FILL: &str = r#"
import sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(sys.argv[1])
final_id = sys.argv[3]
for unit in store.units:
    if not unit.istranslatable():
        continue
    # A new target, as a translator types it: the old one (a draft or a
    # stale translation) goes. translate-toolkit shows emphasis codes as
    # their text, so the Markdown comes back as typed.
    old = unit.xmlelement.find(unit.namespaced("target"))
    if old is not None:
        unit.xmlelement.remove(old)
    unit.target = "FR " + unit.source
    uid = unit.xmlelement.get("id")
    unit.markapproved(uid == final_id)
    target = unit.xmlelement.find(unit.namespaced("target"))
    target.set("state", "final" if uid == final_id else "translated")
    print(uid)
store.savefile(sys.argv[2])
"#;

#[test]
#[ignore = "needs translate-toolkit and xmllint: apt-get install translate-toolkit libxml2-utils"]
fn a_cat_tool_round_trip_through_translate_toolkit() {
    let (dir, path) = windhoek_with_drafts();
    let out = dir.path().join("fr.xlf");
    export(&path, "fr", &out);
    let lint = tool("xmllint", &["--noout", out.to_str().unwrap()]);
    assert!(
        lint.status.success(),
        "xmllint: {}",
        String::from_utf8_lossy(&lint.stderr)
    );

    run_ok(
        &[
            "do",
            path.to_str().unwrap(),
            "amend",
            NEW,
            "The Plenary *warmly* welcomed the mission.",
        ],
        dir.path(),
    );
    let back = dir.path().join("fr-done.xlf");
    let fill = tool(
        "/usr/bin/python3",
        &[
            "-c",
            FILL,
            out.to_str().unwrap(),
            back.to_str().unwrap(),
            AMENDED_BEFORE,
        ],
    );
    assert!(
        fill.status.success(),
        "translate-toolkit: {}",
        String::from_utf8_lossy(&fill.stderr)
    );
    let ids = String::from_utf8_lossy(&fill.stdout).to_string();
    assert!(
        ids.lines().any(|l| l == NEW) && ids.lines().any(|l| l == AMENDED_BEFORE),
        "{ids}"
    );
    let lint = tool("xmllint", &["--noout", back.to_str().unwrap()]);
    assert!(
        lint.status.success(),
        "xmllint: {}",
        String::from_utf8_lossy(&lint.stderr)
    );

    let result = import(&path, &back);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&format!("{NEW}: the original was amended")), "{stderr}");
    assert_eq!(
        state_of(&path, AMENDED_BEFORE),
        (
            TranslationState::Final,
            Some("FR A *second* text, **amended**.".to_string())
        ),
        "final, with its emphasis"
    );
    assert_eq!(state_of(&path, NEW).0, TranslationState::Stale);
    let others: Vec<&str> = ids.lines().filter(|l| *l != NEW && *l != AMENDED_BEFORE).collect();
    assert!(!others.is_empty(), "the sample has other texts waiting for French");
    for id in others {
        assert_eq!(state_of(&path, id).0, TranslationState::Draft, "{id}");
    }
    // Once more: nothing new.
    let before = events(&path);
    let again = import(&path, &back);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 translations recorded"));
    assert_eq!(events(&path), before);
}
