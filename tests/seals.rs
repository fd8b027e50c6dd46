//! Seals and corrigenda (DESIGN §2b): an adopted decision is sealed in its
//! original language and in each final translation; `amend`, `translate`,
//! `propose` and `undo` refuse a sealed text, changing nothing, and name
//! `correct`; a corrigendum is printed "Corrected on DATE: reason" in every
//! format and changes the fingerprint of its language only, which
//! `plenary decision` and the fingerprints page list before and after.

mod common;

use plenary::commands::parse_line;
use plenary::domain::seal;
use plenary::domain::state::{TranslationState, Why};
use plenary::render::{communique, decision, docx, html, markdown, text};
use plenary::store::{ExecError, Session};
use std::io::Read;

const D: &str = "KP/2009/IS/5";
const FR: &str = "Une mission d’examen du Processus de Kimberley, organisée en concertation avec le Gouvernement du Zimbabwe, se rendra au Zimbabwe à partir du 29 juin 2009 afin d’y évaluer la mise en œuvre du SCPK.";
const FR_CORRECTED: &str = "Une mission d’examen du Processus de Kimberley, organisée en concertation avec le Gouvernement du Zimbabwe, se rendra au Zimbabwe à partir du 29 juin 2009 afin d’y évaluer la mise en œuvre du Système de certification.";
const REASON: &str = "the acronym spelled out";

struct Room {
    dir: tempfile::TempDir,
    path: std::path::PathBuf,
    s: Session,
    minute: i64,
    author: &'static str,
}

impl Room {
    fn new() -> Room {
        let (dir, path) = common::windhoek();
        let mut r = Room {
            s: Session::open(&path).unwrap(),
            path,
            dir,
            minute: 0,
            author: "officer",
        };
        r.ok("present participants");
        r
    }

    /// Windhoek with KP/2009/IS/5 adopted: final in English (its original)
    /// and French, in draft in Portuguese.
    fn adopted() -> Room {
        let mut r = Room::new();
        r.ok(&format!("adopt {D}"));
        r
    }

    fn run(&mut self, line: &str) -> Result<String, String> {
        self.minute += 1;
        let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:00+02:00").unwrap()
            + chrono::Duration::minutes(self.minute);
        let command = match parse_line(line) {
            Ok(c) => c.expect("a command"),
            Err(e) => return Err(format!("{}: (not parsed)", e.msg.id)),
        };
        let before = self.s.state.core.clone();
        let log = self.s.state.log.len();
        match self.s.execute(&command, self.author, at) {
            Ok(_) => Ok(String::new()),
            Err(ExecError::Refused(m)) => {
                assert_eq!(self.s.state.core, before, "a refused command changed nothing: {line}");
                assert_eq!(self.s.state.log.len(), log, "nothing recorded: {line}");
                Err(format!("{}: {}", m.id, plenary::i18n::Localizer::new("en").format(&m)))
            }
            Err(ExecError::Store(e)) => panic!("{e}"),
        }
    }

    fn ok(&mut self, line: &str) {
        if let Err(e) = self.run(line) {
            panic!("{line}: refused with {e}");
        }
    }

    /// Refused with `id`, changing nothing; the message says `says`.
    fn refused(&mut self, line: &str, id: &str, says: &str) {
        match self.run(line) {
            Ok(_) => panic!("{line}: accepted"),
            Err(e) => {
                assert!(e.starts_with(&format!("{id}:")), "{line}: {e}");
                assert!(e.contains(says), "{line}: {e}");
            }
        }
    }

    fn text(&self) -> &plenary::domain::state::Text {
        &self.s.state.core.decision(D).unwrap().text
    }

    fn fingerprint(&self, lang: &str) -> String {
        decision::fingerprint(self.s.state.core.decision(D).unwrap(), lang).0
    }

    fn doc(&self, lang: &str) -> plenary::render::document::Document {
        decision::build(&self.s.state, self.s.state.core.decision(D).unwrap(), lang)
    }
}

fn correct_fr(r: &mut Room) {
    r.ok(&format!("correct {D} fr \"{FR_CORRECTED}\" \"{REASON}\""));
}

#[test]
fn a_sealed_text_refuses_translation_amendment_and_proposal() {
    let mut r = Room::adopted();
    let correct = format!("correct {D} fr \"text\" \"reason\"");
    r.refused(&format!("translate {D} fr \"Autre texte.\""), "err-sealed", &correct);
    r.refused(
        &format!("translate {D} fr --draft \"Autre texte.\""),
        "err-sealed",
        &correct,
    );
    r.refused(
        &format!("amend {D} \"Other words.\""),
        "err-sealed",
        &format!("correct {D} en \"text\" \"reason\""),
    );
    r.refused(
        &format!("propose {D} NA \"Other words.\""),
        "err-sealed",
        &format!("correct {D} en \"text\" \"reason\""),
    );
    assert_eq!(r.text().translations["fr"].text, FR);
    // A translation still pending may be made after the adoption; once
    // final it is sealed in its turn.
    r.ok(&format!("translate {D} pt --draft \"Rascunho.\""));
    r.ok(&format!("translate {D} pt \"Uma missão de avaliação.\""));
    r.refused(
        &format!("translate {D} pt \"Outra.\""),
        "err-sealed",
        &format!("correct {D} pt \"text\" \"reason\""),
    );
}

#[test]
fn undo_of_an_adoption_of_a_seal_or_of_a_correction_is_refused() {
    let mut r = Room::adopted();
    r.refused("undo", "undo-adoption-decision", &format!("reopen {D}"));
    // The translation that sealed Portuguese is not undone either.
    r.ok(&format!("translate {D} pt \"Uma missão de avaliação.\""));
    r.refused("undo", "undo-sealed", &format!("correct {D} pt \"text\" \"reason\""));
    correct_fr(&mut r);
    r.refused(
        "undo",
        "undo-correction",
        &format!("correct {D} fr \"text\" \"reason\""),
    );
    assert_eq!(r.text().translations["fr"].text, FR_CORRECTED);
    // Another author's undo reaching back past the adoption is refused the same.
    let mut r = Room::new();
    r.author = "rapporteur";
    r.ok(&format!("amend {D} \"A review mission will visit Zimbabwe.\""));
    r.author = "officer";
    r.ok(&format!("translate {D} fr \"Une mission se rendra au Zimbabwe.\""));
    r.ok(&format!("adopt {D}"));
    r.author = "rapporteur";
    r.refused("undo", "undo-sealed", &format!("correct {D} en \"text\" \"reason\""));
}

#[test]
fn a_corrigendum_changes_its_language_s_fingerprint_and_only_it() {
    let mut r = Room::adopted();
    let before: Vec<String> = ["en", "fr", "pt"].iter().map(|l| r.fingerprint(l)).collect();
    assert_ne!(before[0], before[1], "each language has its own fingerprint");
    // Portuguese is pending: its page prints the original, and its fingerprint.
    assert_eq!(before[2], before[0]);
    assert_eq!(before[1], seal::fingerprint(FR));
    correct_fr(&mut r);
    let t = r.text();
    assert_eq!(t.translations["fr"].text, FR_CORRECTED);
    assert_eq!(t.state("fr"), TranslationState::Final, "still sealed");
    assert_eq!(t.version, 1, "the original is unchanged");
    assert_eq!(r.fingerprint("en"), before[0]);
    assert_eq!(r.fingerprint("pt"), before[2]);
    let new = r.fingerprint("fr");
    assert_ne!(new, before[1]);
    assert_eq!(new, seal::fingerprint(FR_CORRECTED));
    // The corrigendum is a seal too: only another corrigendum changes it.
    r.refused(&format!("translate {D} fr \"Autre.\""), "err-sealed", "correct");

    // `plenary decision --lang fr`: the line, the new fingerprint and both values.
    let out = common::plenary()
        .args([
            "decision",
            r.path.to_str().unwrap(),
            D,
            "--lang",
            "fr",
            "--format",
            "txt",
        ])
        .current_dir(r.dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap().replace('\n', " ");
    let printed = printed.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        printed.contains(&format!("Rectifié le 23 juin 2009 : {REASON}")),
        "{printed}"
    );
    assert!(printed.contains(&before[1]) && printed.contains(&new), "{printed}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(&new), "{stderr}");
    // In English nothing changed: no corrigendum, the same fingerprint.
    let en = text::write(&r.doc("en"));
    assert!(!en.contains("Corrected on"), "{en}");
    assert!(en.contains(&before[0]) && !en.contains(&new), "{en}");

    // The fingerprints page: each language's value, and the corrigendum with both.
    let site = r.dir.path().join("site");
    let out = common::plenary()
        .args(["publish", r.path.to_str().unwrap(), site.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = std::fs::read_to_string(site.join("en/fingerprints.html")).unwrap();
    assert!(page.contains(&before[0]) && page.contains(&new), "{page}");
    assert!(
        !page.contains(&format!("<code>{}</code>", before[1])),
        "the old value is no longer current: {page}"
    );
    assert!(
        page.contains(&format!(
            "French, corrected on 23 June 2009: {REASON}. Fingerprint before: {}; after: {new}.",
            before[1]
        )),
        "{page}"
    );
}

#[test]
fn the_corrected_line_is_printed_in_every_format_decision_and_communique() {
    let mut r = Room::adopted();
    correct_fr(&mut r);
    let line = format!("Corrected on 23 June 2009: {REASON}");
    let doc = r.doc("en");
    // In English the French corrigendum is not on the text printed.
    assert!(!text::write(&doc).contains(&line));
    let fr = r.doc("fr");
    let fr_line = "Rectifié le 23 juin 2009";
    let communique = communique::build_all(&r.s.state, &["fr".to_string()]).remove(0);
    for doc in [&fr, &communique] {
        let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat(text::write(doc)).contains(fr_line), "txt");
        assert!(flat(markdown::write(doc)).contains(fr_line), "md");
        assert!(flat(html::write(std::slice::from_ref(doc))).contains(fr_line), "html");
        let pdf = plenary::render::pdf::source(
            std::slice::from_ref(doc),
            &[None],
            chrono::NaiveDate::from_ymd_opt(2009, 6, 25).unwrap(),
            &|c| c.to_string(),
        );
        assert!(pdf.contains(fr_line), "pdf");
        let bytes = docx::write(std::slice::from_ref(doc), &|c| c.to_string());
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(xml.contains(fr_line), "docx");
        assert!(flat(text::write(doc)).contains(REASON));
    }
    // The communique quotes the corrected words.
    assert!(text::write(&communique).contains("Système de certification"));
    // English: a corrigendum of the original is printed in every language.
    r.ok(&format!(
        "correct {D} en \"A Kimberley Process review mission will visit Zimbabwe from 29 June 2009.\" \"{REASON}\""
    ));
    for lang in ["en", "fr"] {
        let txt = text::write(&r.doc(lang));
        let flat = txt.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(if lang == "en" { &line } else { fr_line }),
            "{lang}: {flat}"
        );
    }
}

#[test]
fn a_corrigendum_of_the_original_is_its_next_version_and_translations_follow() {
    let mut r = Room::adopted();
    let en = r.fingerprint("en");
    let words = "A Kimberley Process review mission will visit Zimbabwe from 29 June 2009.";
    r.ok(&format!("correct {D} en \"{words}\" \"{REASON}\""));
    let t = r.text();
    assert_eq!((t.version, t.original.as_str()), (2, words));
    assert_eq!(t.made.why, Why::Corrected { reason: REASON.into() });
    assert_eq!(t.corrigenda.len(), 1);
    assert_ne!(r.fingerprint("en"), en);
    // French was made from the words corrected: it waits for its translator,
    // and is not sealed until it is final again.
    assert_eq!(t.state("fr"), TranslationState::Stale);
    r.ok(&format!(
        "translate {D} fr \"Une mission d’examen se rendra au Zimbabwe.\""
    ));
    r.refused(&format!("translate {D} fr \"Autre.\""), "err-sealed", "correct");
}

#[test]
fn a_corrigendum_needs_a_sealed_text_and_a_reason() {
    let mut r = Room::adopted();
    r.refused(
        &format!("correct {D} pt \"Texto.\" \"{REASON}\""),
        "err-correct-unsealed",
        &format!("translate {D} pt \"text\""),
    );
    r.refused(
        "correct KP/2009/IS/3 en \"Words.\" \"why\"",
        "err-correct-unsealed",
        "amend KP/2009/IS/3 \"text\"",
    );
    r.refused(&format!("correct {D} fr \"{FR}\" \"{REASON}\""), "err-same-text", D);
    r.refused(&format!("correct {D} fr \"{FR_CORRECTED}\" \"\""), "cmd-empty-text", "");
    r.refused(
        &format!("correct {D} xx \"{FR_CORRECTED}\" \"{REASON}\""),
        "err-unknown-language",
        "xx",
    );
    // The command line reads back as typed.
    let c = parse_line(&format!("correct {D} fr \"{FR_CORRECTED}\" \"{REASON}\""))
        .unwrap()
        .unwrap();
    assert_eq!(parse_line(&c.to_string()).unwrap().unwrap(), c);
}

#[test]
fn reopening_unseals_and_adopting_again_seals() {
    let mut r = Room::adopted();
    r.ok(&format!("reopen {D}"));
    r.ok(&format!("translate {D} fr \"Nouvelle traduction.\""));
    r.ok(&format!("adopt {D}"));
    r.refused(&format!("translate {D} fr \"Autre.\""), "err-sealed", "correct");
}

#[test]
fn a_corrigendum_survives_reopening_the_record() {
    let mut r = Room::adopted();
    correct_fr(&mut r);
    let state = r.s.state.core.clone();
    drop(r.s);
    let s = Session::open(&r.path).unwrap();
    assert_eq!(s.state.core, state);
}

/// A record made before seals may replace a sealed translation (nothing
/// refused it then): the fold still applies it, so the record opens as it
/// did; only the command is refused now.
#[test]
fn a_record_made_before_seals_folds_as_it_did() {
    let mut r = Room::adopted();
    let mut state = r.s.state.clone();
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-24T09:00:00+02:00").unwrap();
    let group = plenary::domain::Group {
        seq: state.last_seq() + 1,
        at,
        author: "officer".into(),
        command: format!("translate {D} fr \"Autre texte.\""),
        events: vec![plenary::domain::Event::Translated {
            target: D.into(),
            lang: "fr".into(),
            text: "Autre texte.".into(),
            draft: false,
        }],
    };
    state
        .apply(std::sync::Arc::new(group))
        .expect("an old record's event folds");
    assert_eq!(
        state.core.decision(D).unwrap().text.translations["fr"].text,
        "Autre texte."
    );
    r.refused(&format!("translate {D} fr \"Autre texte.\""), "err-sealed", "correct");
}
