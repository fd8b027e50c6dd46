//! Brackets (DESIGN §2b): `bracket ID "words" [--by ID]`, `agree Bn`,
//! `drop Bn`; a bracketed text is not adopted, nor a communique with a
//! bracketed paragraph; brackets are printed in every format and travel to
//! translators as locked XLIFF codes that an import checks.

mod common;

use plenary::commands::parse_line;
use plenary::domain::brackets::BracketState;
use plenary::domain::state::Why;
use plenary::render::{communique, decision, docx, html, markdown, text};
use plenary::store::{ExecError, Session};

const D: &str = "KP/2009/IS/5";
const BASE: &str = "A Kimberley Process review mission, organised together with the Government of Zimbabwe, will visit Zimbabwe from 29 June 2009 to assess how the KPCS is implemented there.";

struct Room {
    _dir: tempfile::TempDir,
    s: Session,
    minute: i64,
}

impl Room {
    fn new() -> Room {
        let (dir, path) = common::windhoek();
        let mut r = Room {
            s: Session::open(&path).unwrap(),
            _dir: dir,
            minute: 0,
        };
        r.ok("present participants");
        r
    }

    fn run(&mut self, line: &str) -> Result<(), &'static str> {
        self.minute += 1;
        let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:00+02:00").unwrap()
            + chrono::Duration::minutes(self.minute);
        let command = parse_line(line).map_err(|e| e.msg.id)?.expect("a command");
        let before = self.s.state.core.clone();
        match self.s.execute(&command, "officer", at) {
            Ok(_) => Ok(()),
            Err(ExecError::Refused(m)) => {
                assert_eq!(self.s.state.core, before, "a refused command changed nothing: {line}");
                Err(m.id)
            }
            Err(ExecError::Store(e)) => panic!("{e}"),
        }
    }

    fn ok(&mut self, line: &str) {
        if let Err(id) = self.run(line) {
            panic!("{line}: refused with {id}");
        }
    }

    fn refused(&mut self, line: &str, id: &str) {
        assert_eq!(self.run(line), Err(id), "{line}");
    }

    fn text(&self) -> &plenary::domain::state::Text {
        &self.s.state.core.decision(D).unwrap().text
    }
}

fn bracketed() -> Room {
    let mut r = Room::new();
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
    let mut r = Room::new();
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
