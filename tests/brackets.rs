//! Brackets (DESIGN §2b): `bracket ID "words" [--by ID]`, `agree Bn`,
//! `drop Bn`; a bracketed text is not adopted, nor a communique with a
//! bracketed paragraph; brackets are printed in every format and travel to
//! translators as locked XLIFF codes that an import checks.

mod common;

use plenary::domain::brackets::BracketState;
use plenary::domain::state::Why;
use plenary::exchange::xliff;
use plenary::render::{communique, decision, docx, html, markdown, text};
use plenary::store::Session;

const D: &str = "KP/2009/IS/5";
const BASE: &str = "A Kimberley Process review mission, organised together with the Government of Zimbabwe, will visit Zimbabwe from 29 June 2009 to assess how the KPCS is implemented there.";

use common::room::Room;

impl Room {
    fn text(&self) -> &plenary::domain::state::Text {
        &self.s.state.core.decision(D).unwrap().text
    }
}

fn bracketed() -> Room {
    let mut r = Room::with_participants();
    r.ok(&format!(
        "bracket {D} \"organised together with the Government of Zimbabwe, \" --by ZA"
    ));
    r.ok(&format!("bracket {D} \"29 June\""));
    r
}

#[test]
fn words_are_bracketed_and_adoption_waits_for_them() {
    let mut r = bracketed();
    let b = &r.s.state.core.brackets;
    assert_eq!(b.len(), 2);
    assert_eq!(
        (b[0].id.as_str(), b[0].by.as_deref(), b[0].target.as_str()),
        ("B1", Some("ZA"), D)
    );
    assert_eq!((b[1].id.as_str(), b[1].by.as_deref()), ("B2", None));
    r.refused(&format!("adopt {D}"), "err-adopt-brackets");
    r.ok("agree B1");
    r.refused(&format!("adopt {D}"), "err-adopt-brackets");
    r.ok("drop B2");
    r.ok(&format!("adopt {D}"));
}

#[test]
fn each_refusal_changes_nothing() {
    let mut r = bracketed();
    r.refused(&format!("bracket {D} \"Zimbabwe\""), "err-bracket-ambiguous");
    r.refused(&format!("bracket {D} \"1 July\""), "err-bracket-not-found");
    r.refused(&format!("bracket {D} \"June 2009\""), "err-bracket-overlap");
    r.refused(&format!("bracket {D} \"review\" --by XX"), "err-unknown-delegation");
    r.refused("agree B3", "err-unknown-bracket");
    r.ok("agree B1");
    r.refused("agree B1", "err-bracket-closed");
    r.refused("drop B1", "err-bracket-closed");
    r.refused(&format!("adopt {D}"), "err-adopt-brackets");
    r.refused("agree AM1", "cmd-expected-bracket");
}

#[test]
fn agree_keeps_the_words_and_drop_makes_a_new_version() {
    let mut r = bracketed();
    r.ok("agree B2");
    let t = r.text();
    assert_eq!((t.version, t.original.as_str()), (1, BASE));
    assert!(matches!(r.s.state.core.brackets[1].state, BracketState::Agreed { .. }));
    r.ok("drop B1");
    let t = r.text();
    assert_eq!(t.version, 2);
    assert_eq!(
        t.original,
        "A Kimberley Process review mission, will visit Zimbabwe from 29 June 2009 to assess how the KPCS is implemented there."
    );
    assert_eq!(t.version_text(1).unwrap().0, BASE);
    assert_eq!(
        t.made.why,
        Why::BracketDropped {
            bracket: "B1".into(),
            by: Some("ZA".into())
        }
    );
    assert!(matches!(
        r.s.state.core.brackets[0].state,
        BracketState::Dropped { version: 2, .. }
    ));
    // Undo brings the words and the bracket back.
    r.ok("undo");
    assert_eq!((r.text().version, r.text().original.as_str()), (1, BASE));
    assert!(r.s.state.core.brackets[0].is_open());
}

#[test]
fn brackets_are_printed_in_every_format() {
    let r = bracketed();
    let doc = decision::build(&r.s.state, r.s.state.core.decision(D).unwrap(), "en");
    let txt = text::write(&doc).replace('\n', " ").replace("  ", " ");
    assert!(
        txt.contains(
            "mission, [organised together with the Government of Zimbabwe, ]will visit Zimbabwe from [29 June] 2009"
        ),
        "{txt}"
    );
    assert!(
        txt.contains("In square brackets, not yet agreed: B1 (South Africa) and B2."),
        "{txt}"
    );
    let md = markdown::write(&doc);
    assert!(md.contains("\\[29 June\\] 2009"), "{md}");
    let html = html::write(std::slice::from_ref(&doc));
    assert!(html.contains("from [29 June] 2009"), "{html}");
    assert!(html.contains("B1 (South Africa)"), "{html}");
    let docx = docx::write(std::slice::from_ref(&doc), &|c| c.to_string());
    let xml = document_xml(&docx);
    assert!(xml.contains("[29 June]"), "{xml}");
    let pdf_source = plenary::render::pdf::source(
        std::slice::from_ref(&doc),
        &[None],
        chrono::NaiveDate::from_ymd_opt(2009, 6, 25).unwrap(),
        &|c| c.to_string(),
    );
    assert!(pdf_source.contains("[29 June]"), "{pdf_source}");
    // In French the note is French (the translation prepared in the meeting
    // file is the translator's words, brackets and all).
    let fr = decision::build(&r.s.state, r.s.state.core.decision(D).unwrap(), "fr");
    let txt = text::write(&fr).replace('\n', " ");
    assert!(
        txt.contains("Entre crochets, non encore agréé\u{202f}: B1 (Afrique du Sud) et B2."),
        "{txt}"
    );
}

#[test]
fn a_bracketed_paragraph_is_printed_and_holds_the_communique() {
    let mut r = Room::with_participants();
    r.ok("note 4 \"The Plenary welcomed the report of the review visit.\"");
    let p = format!("P{}", r.s.state.core.paragraphs.len());
    r.ok(&format!("bracket {p} \"welcomed\" --by NA"));
    let doc = communique::build(&r.s.state, "en");
    let txt = text::write(&doc).replace('\n', " ");
    assert!(txt.contains("The Plenary [welcomed] the report"), "{txt}");
    assert!(txt.contains("B1 (Namibia)"), "{txt}");
    r.refused("adopt communique", "err-communique-brackets");
    r.ok("agree B1");
    r.ok("adopt communique");
}

fn document_xml(docx: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a DOCX is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// A note under item 4 with "welcomed" bracketed by Namibia, recorded by
/// the program as a user runs it; the note's id and the French XLIFF export.
fn exported_with_a_bracket() -> (tempfile::TempDir, std::path::PathBuf, String, String) {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    let run = |line: &str| {
        let script = dir.path().join("script.txt");
        std::fs::write(&script, line).unwrap();
        let (script, at) = (script.to_str().unwrap(), "2009-06-23T10:00:00+02:00");
        common::run_ok(
            &["do", p, "--as", "secretariat", "--at", at, "--file", script],
            dir.path(),
        );
    };
    run("note 4 \"The Plenary welcomed the report of the review visit.\"");
    let id = format!("P{}", Session::open(&path).unwrap().state.core.paragraphs.len());
    run(&format!("bracket {id} \"welcomed\" --by NA"));
    let out = dir.path().join("fr.xlf");
    common::run_ok(
        &["xliff", "export", p, "--lang", "fr", "-o", out.to_str().unwrap()],
        dir.path(),
    );
    let xml = std::fs::read_to_string(&out).unwrap();
    (dir, path, id, xml)
}

/// The export with a final French target for the unit `id`.
fn with_target(xml: &str, id: &str, target: &str) -> String {
    let unit = xml
        .find(&format!("<trans-unit id=\"{id}\""))
        .expect("the unit is exported");
    let end = unit + xml[unit..].find("</source>").unwrap() + "</source>".len();
    format!(
        "{}<target state=\"final\">{target}</target>{}",
        &xml[..end],
        &xml[end..]
    )
}

#[test]
fn brackets_travel_to_translators_as_locked_codes() {
    let (_dir, _path, id, xml) = exported_with_a_bracket();
    let unit = &xml[xml.find(&format!("<trans-unit id=\"{id}\"")).unwrap()..];
    let source = &unit[..unit.find("</source>").unwrap()];
    assert!(
        source.contains(
            "The Plenary <ph id=\"B1-open\" ctype=\"x-bracket\">[</ph>welcomed<ph id=\"B1-close\" ctype=\"x-bracket\">]</ph> the report"
        ),
        "{source}"
    );
    // The fingerprint is the text's own, without brackets: a translation made
    // from it is current.
    let file = xliff::read(&xml).unwrap();
    assert!(file.units.iter().any(|u| u.id == id));
}

#[test]
fn a_translation_that_lost_a_bracket_is_refused_and_nothing_of_it_recorded() {
    let (dir, path, id, xml) = exported_with_a_bracket();
    let before = Session::open(&path).unwrap().state.log.len();
    let lost = with_target(&xml, &id, "La Plénière a accueilli le rapport de la visite d’examen.");
    let file = dir.path().join("lost.xlf");
    std::fs::write(&file, lost).unwrap();
    let out = common::plenary()
        .args(["xliff", "import", path.to_str().unwrap(), file.to_str().unwrap()])
        .env("PLENARY_NOW", "2009-06-24T10:00:00+02:00")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{id}: the fr translation has lost the brackets of B1")),
        "{stderr}"
    );
    assert_eq!(Session::open(&path).unwrap().state.log.len(), before);
    // With both codes around the translated words it is recorded, brackets and all.
    let kept = with_target(
        &xml,
        &id,
        "La Plénière a <ph id=\"B1-open\">[</ph>accueilli favorablement<ph id=\"B1-close\">]</ph> le rapport.",
    );
    std::fs::write(&file, kept).unwrap();
    let out = common::plenary()
        .args(["xliff", "import", path.to_str().unwrap(), file.to_str().unwrap()])
        .env("PLENARY_NOW", "2009-06-24T10:00:00+02:00")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let s = Session::open(&path).unwrap();
    let (_, tr) = s.state.core.text(&id).unwrap().translation("fr");
    assert_eq!(tr.unwrap().text, "La Plénière a [accueilli favorablement] le rapport.");
}
