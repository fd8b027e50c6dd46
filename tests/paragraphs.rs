//! The communique paragraph by paragraph (DESIGN §2b): `adopt Pn`,
//! `adopt Pn "text"` (as orally amended), `hold Pn`; a generated paragraph
//! adopted is frozen in every language; `adopt communique` waits for the
//! held ones; an adopted paragraph is sealed.

mod common;

use plenary::domain::Msg;
use plenary::domain::message::Arg;
use plenary::domain::paragraphs::{self, Mark};
use plenary::domain::state::Why;
use plenary::render::communique;
use plenary::render::document::Block;
use plenary::store::Session;

const LANGS: [&str; 5] = ["en", "fr", "pt", "es", "ru"];

use common::room::Room;

impl Room {
    /// The paragraph with this id in the communique in `lang`, as printed.
    fn paragraph(&self, lang: &str, id: &str) -> Block {
        let doc = communique::build(&self.s.state, lang);
        let (block, _) = doc
            .ids
            .iter()
            .find(|(_, i)| i == id)
            .unwrap_or_else(|| panic!("{id} in the {lang} communique"));
        doc.blocks[*block].clone()
    }

    fn words(&self, lang: &str, id: &str) -> String {
        match self.paragraph(lang, id) {
            Block::Para { text, .. } => text,
            other => panic!("{id} in {lang} is not printed in full: {other:?}"),
        }
    }

    /// The id of the last recorded paragraph.
    fn last_p(&self) -> String {
        format!("P{}", self.s.state.core.paragraphs.len())
    }
}

fn text_arg(m: &Msg, name: &str) -> String {
    match m.arg(name) {
        Some(Arg::Text(s)) => s.clone(),
        other => panic!("{name} in {m:?}: {other:?}"),
    }
}

fn communique_en(r: &Room) -> String {
    plenary::render::text::write(&communique::build(&r.s.state, "en"))
}

#[test]
fn a_recorded_paragraph_is_held_then_adopted_as_orally_amended() {
    let mut r = Room::new();
    r.ok("note 2 \"The plenary discussed the agenda at length.\"");
    let p = r.last_p();
    r.ok(&format!("hold {p}"));
    assert!(paragraphs::is_held(&r.s.state.core, &p));
    let doc = communique::build(&r.s.state, "fr");
    let at = doc.ids.iter().find(|(_, i)| *i == p).unwrap().0;
    assert_eq!(doc.blocks[at + 1], Block::Note("Réservé pour consultations.".into()));
    assert!(communique_en(&r).contains("Held for consultations."));
    r.refused(&format!("hold {p}"), "para-err-held");

    r.ok(&format!(
        "adopt {} \"The plenary adopted its agenda.\"",
        p.to_lowercase()
    ));
    let core = &r.s.state.core;
    let para = &core.paragraphs[core.paragraphs.len() - 1];
    assert_eq!(para.text.original, "The plenary adopted its agenda.");
    assert_eq!(para.text.version, 2);
    assert_eq!(para.text.made.why, Why::AdoptedOrallyAmended);
    assert!(matches!(
        paragraphs::mark(core, &p),
        Some(Mark::Adopted { oral: true, .. })
    ));
    assert_eq!(r.words("en", &p), "The plenary adopted its agenda.");
    assert!(
        !communique_en(&r).contains("Held for consultations."),
        "adopting lifts the hold"
    );
    r.refused(&format!("adopt {p}"), "para-err-adopted");
}

#[test]
fn a_recorded_paragraph_is_adopted_as_it_stands() {
    let mut r = Room::new();
    r.ok("note 2 \"The plenary discussed the agenda.\"");
    let p = r.last_p();
    r.ok(&format!("adopt {p}"));
    let core = &r.s.state.core;
    assert!(matches!(
        paragraphs::mark(core, &p),
        Some(Mark::Adopted { oral: false, .. })
    ));
    assert_eq!(core.paragraphs[core.paragraphs.len() - 1].text.version, 1);
}

#[test]
fn a_generated_paragraph_adopted_keeps_its_words_in_every_language_when_the_facts_change() {
    let mut r = Room::new();
    let mut fresh = Room::new();
    for room in [&mut r, &mut fresh] {
        room.ok("present ZA NA");
    }
    let before: Vec<String> = LANGS.iter().map(|l| r.words(l, "G-attendance")).collect();
    r.ok("adopt g-attendance");
    assert!(paragraphs::is_adopted(&r.s.state.core, "G-attendance"));
    for room in [&mut r, &mut fresh] {
        room.ok("present participants");
    }
    for (lang, words) in LANGS.iter().zip(&before) {
        // The facts changed: a communique without the adoption says so …
        assert_ne!(&fresh.words(lang, "G-attendance"), words, "{lang}");
        // … the adopted paragraph keeps the words the plenary adopted.
        assert_eq!(&r.words(lang, "G-attendance"), words, "{lang}");
    }
    // The words travel in the record: the session opened again folds the same.
    let again = Session::open(&r.path).unwrap();
    assert_eq!(again.state.core, r.s.state.core);
    for (lang, words) in LANGS.iter().zip(&before) {
        let doc = communique::build(&again.state, lang);
        assert_eq!(doc.paragraph_text("G-attendance"), Some(words.as_str()), "{lang}");
    }
    let _ = &r.dir;
}

#[test]
fn a_generated_paragraph_adopted_as_orally_amended_waits_for_its_translations() {
    let mut r = Room::new();
    let fr = r.words("fr", "G-thanks");
    r.ok("adopt G-thanks \"The participants warmly thanked Namibia for its hospitality.\"");
    assert_eq!(
        r.words("en", "G-thanks"),
        "The participants warmly thanked Namibia for its hospitality."
    );
    // The French words adopted before the amendment are version 1's: the
    // French communique waits for the translation of the new words.
    match r.paragraph("fr", "G-thanks") {
        Block::Pending { original, .. } => {
            assert_eq!(original, "The participants warmly thanked Namibia for its hospitality.")
        }
        other => panic!("{other:?}"),
    }
    let frozen = &r.s.state.core.frozen[0];
    assert_eq!(frozen.text.version_text(1).map(|(t, _)| t.to_string()), {
        let en = Room::new().words("en", "G-thanks");
        Some(en)
    });
    assert_eq!(frozen.text.translations["fr"].text, fr);
    r.ok("translate G-thanks fr \"Les participants ont chaleureusement remercié la Namibie de son hospitalité.\"");
    assert_eq!(
        r.words("fr", "G-thanks"),
        "Les participants ont chaleureusement remercié la Namibie de son hospitalité."
    );
}

#[test]
fn the_communique_is_not_adopted_while_a_paragraph_is_held() {
    let mut r = Room::new();
    r.ok("present participants");
    r.ok("note 2 \"The plenary discussed the agenda.\"");
    let p = r.last_p();
    r.ok("hold G-totals");
    r.ok(&format!("hold {p}"));
    let m = r.refused("adopt communique", "para-err-communique-held");
    assert_eq!(text_arg(&m, "paragraphs"), format!("G-totals, {p}"));
    assert!(r.s.state.core.communique_adopted.is_none());
    r.ok("adopt G-totals");
    let m = r.refused("adopt communique", "para-err-communique-held");
    assert_eq!(text_arg(&m, "paragraphs"), p);
    r.ok(&format!("adopt {p}"));
    r.ok("adopt communique");
}

#[test]
fn an_adopted_paragraph_is_sealed() {
    let mut r = Room::new();
    r.ok("present participants");
    r.ok("note 2 \"The plenary discussed the agenda.\"");
    let p = r.last_p();
    r.ok(&format!("adopt {p}"));
    let m = r.refused(&format!("amend {p} \"Other words.\""), "err-sealed");
    assert_eq!(text_arg(&m, "reopen"), format!("reopen {p}"));
    let m = r.refused(&format!("propose {p} ZA \"Other words.\""), "err-sealed");
    assert_eq!(text_arg(&m, "reopen"), format!("reopen {p}"));
    r.refused(&format!("bracket {p} \"the agenda\""), "err-bracket-adopted");
    r.refused(&format!("hold {p}"), "para-err-adopted");
    r.refused("undo", "undo-adoption-paragraph");

    // A frozen generated paragraph is sealed the same way.
    r.ok("adopt G-totals");
    r.refused("amend G-totals \"Other words.\"", "err-sealed");
    r.refused("propose G-totals ZA \"Other words.\"", "err-sealed");
    r.refused("translate G-totals fr \"Autres mots.\"", "err-sealed");

    // Reopening is the recorded way to change it.
    r.ok(&format!("reopen {p}"));
    r.ok(&format!("amend {p} \"Other words.\""));
}

#[test]
fn paragraph_ids_are_checked() {
    let mut r = Room::new();
    r.refused("adopt P99", "err-unknown-paragraph");
    // Nobody admitted yet: the communique has no admissions paragraph.
    r.refused("hold G-admissions", "para-err-not-printed");
    // No selection under item 3 yet.
    r.refused("hold G-chair-3", "para-err-not-printed");
    assert!(plenary::domain::ids::id_problem("G-totals", plenary::domain::ids::IdKind::Decision).is_some());
    // Every paragraph of the communique has an id.
    let doc = communique::build(&r.s.state, "en");
    let numbered = doc
        .blocks
        .iter()
        .filter(|b| {
            matches!(
                b,
                Block::Para { number: Some(_), .. } | Block::Pending { number: Some(_), .. }
            )
        })
        .count();
    assert_eq!(doc.ids.len(), numbered);
}

/// The commands among a key's effects.
fn sent(effects: Vec<plenary::tui::app::Effect>) -> Vec<plenary::commands::Command> {
    effects
        .into_iter()
        .filter_map(|e| match e {
            plenary::tui::app::Effect::Send(_, c) => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn the_communique_screen_walks_the_paragraphs_with_one_key_each_for_adopt_and_hold() {
    use plenary::commands::Command;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let r = Room::new();
    let now = chrono::DateTime::parse_from_rfc3339("2009-06-23T10:00:00+02:00").unwrap();
    let mut app = plenary::tui::app::App::new(
        std::sync::Arc::new(r.s.state.clone()),
        plenary::i18n::Localizer::new("en"),
        "officer".into(),
        now,
    );
    app.on_intent(plenary::tui::intent::Intent::Tab(4));
    app.build_document();
    // The first paragraph is selected; `n` goes to the next ones.
    assert_eq!(
        sent(app.on_key(key('a'))),
        vec![Command::AdoptParagraph {
            paragraph: "G-opening".into(),
            text: None
        }]
    );
    app.on_key(key('n'));
    app.on_key(key('n'));
    assert_eq!(
        sent(app.on_key(key('h'))),
        vec![Command::Hold { paragraph: "P1".into() }]
    );
    app.on_key(key('p'));
    assert_eq!(
        sent(app.on_key(key('h'))),
        vec![Command::Hold {
            paragraph: "G-totals".into()
        }]
    );
    // The ids are on screen, the selected one too.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| plenary::tui::views::draw(f, &app)).unwrap();
    let screen = format!("{}", terminal.backend());
    for id in ["[G-opening]", "[G-totals]", "[P1]"] {
        assert!(screen.contains(id), "{id} on screen:\n{screen}");
    }
}

/// The ids of the units `plenary xliff export` writes for French, and the file.
fn french_units(path: &std::path::Path) -> (Vec<String>, plenary::exchange::xliff::Xliff) {
    let out = path.with_file_name("fr.xlf");
    common::run_ok(
        &[
            "xliff",
            "export",
            path.to_str().unwrap(),
            "--lang",
            "fr",
            "-o",
            out.to_str().unwrap(),
        ],
        path.parent().unwrap(),
    );
    let file = plenary::exchange::xliff::read(&std::fs::read_to_string(&out).unwrap()).unwrap();
    (file.units.iter().map(|u| u.id.clone()).collect(), file)
}

#[test]
fn a_generated_paragraph_adopted_as_orally_amended_goes_to_the_translators_and_comes_back() {
    const AMENDED: &str = "The participants warmly thanked Namibia for its hospitality.";
    const FRENCH: &str = "Les participants ont chaleureusement remercié la Namibie de son hospitalité.";
    let (dir, path) = common::windhoek();
    // Held first: the paragraph is not frozen yet, and there is a record to export.
    common::run_ok(&["do", path.to_str().unwrap(), "hold", "G-thanks"], dir.path());
    let (before, _) = french_units(&path);
    assert!(!before.iter().any(|id| id == "G-thanks"), "{before:?}");
    common::run_ok(
        &["do", path.to_str().unwrap(), "adopt", "G-thanks", AMENDED],
        dir.path(),
    );

    // The export lists the frozen paragraph, waiting for the French of its
    // new words, and nothing else more than before.
    let (after, mut file) = french_units(&path);
    let added: Vec<&String> = after.iter().filter(|id| !before.contains(id)).collect();
    assert_eq!(added, vec!["G-thanks"], "exported after the adoption: {after:?}");
    assert_eq!(after.len(), before.len() + 1, "{after:?}");
    let unit = file.units.iter().find(|u| u.id == "G-thanks").unwrap();
    assert_eq!(unit.source, AMENDED);
    assert_eq!(
        unit.state.as_deref(),
        Some("needs-review-translation"),
        "the French is stale"
    );

    // The translator's French comes back through the import, and only it.
    let texts_before: Vec<(String, Option<String>)> = {
        let s = Session::open(&path).unwrap();
        plenary::exchange::texts::texts(&s.state)
            .iter()
            .map(|t| (t.id.clone(), t.text.translation("fr").1.map(|tr| tr.text.clone())))
            .collect()
    };
    let events = Session::open(&path).unwrap().state.log.len();
    file.units.retain(|u| u.id == "G-thanks");
    file.units[0].target = Some(FRENCH.to_string());
    file.units[0].state = Some("final".to_string());
    let back = dir.path().join("fr-done.xlf");
    std::fs::write(&back, plenary::exchange::xliff::write(&file, "test")).unwrap();
    let out = common::plenary()
        .args(["xliff", "import", path.to_str().unwrap(), back.to_str().unwrap()])
        .env("PLENARY_NOW", "2009-06-24T10:00:00+02:00")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let s = Session::open(&path).unwrap();
    assert_eq!(s.state.log.len(), events + 1, "one translation recorded");
    let frozen = &s.state.core.frozen[0];
    assert_eq!(frozen.id, "G-thanks");
    let (state, tr) = frozen.text.translation("fr");
    assert_eq!(
        (state, tr.map(|t| t.text.as_str())),
        (plenary::domain::state::TranslationState::Final, Some(FRENCH))
    );
    let doc = communique::build(&s.state, "fr");
    assert_eq!(doc.paragraph_text("G-thanks"), Some(FRENCH));
    // The translation matrix lists it too.
    let matrix = plenary::tui::texts::matrix_index(&s.state);
    assert!(
        matrix
            .iter()
            .any(|r| r.row(&s.state).is_some_and(|row| row.id == "G-thanks")),
        "G-thanks in the matrix"
    );
    for (id, fr) in texts_before.iter().filter(|(id, _)| id != "G-thanks") {
        let t = plenary::exchange::texts::texts(&s.state)
            .into_iter()
            .find(|t| &t.id == id)
            .unwrap();
        assert_eq!(
            &t.text.translation("fr").1.map(|tr| tr.text.clone()),
            fr,
            "{id} unchanged"
        );
    }
}
