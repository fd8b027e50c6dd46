//! One lookup of delegations for every path: id, then the start of any word
//! of a name in any official language, ignoring case and accents; several
//! matches are a choice, never a guess.

mod common;

use plenary::domain::lookup::{self, Found};
use plenary::store::Session;

fn ids(session: &Session, found: &Found) -> Vec<String> {
    let d = &session.state.meeting.delegations;
    match found {
        Found::One(i) => vec![d[*i].id.clone()],
        Found::Many(all) => all.iter().map(|&i| d[i].id.clone()).collect(),
        Found::None => vec![],
    }
}

#[test]
fn an_id_is_exact_in_any_case() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let m = &s.state.meeting;
    assert_eq!(ids(&s, &lookup::delegation(m, "na")), ["NA"]);
    assert_eq!(ids(&s, &lookup::delegation(m, "wdc")), ["WDC"]);
}

#[test]
fn accents_and_case_are_ignored_in_every_language() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let m = &s.state.meeting;
    for typed in ["cote", "ivoire", "CÔTE", "Costa do", "кот"] {
        assert_eq!(ids(&s, &lookup::delegation(m, typed)), ["CI"], "{typed}");
    }
}

#[test]
fn several_matches_are_listed_not_guessed() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let m = &s.state.meeting;
    // "con": the Congo in every language, and the World Diamond Council in
    // French ("Conseil") and Spanish ("Consejo").
    let con = ids(&s, &lookup::delegation(m, "con"));
    assert!(
        con.contains(&"CD".to_string()) && con.contains(&"WDC".to_string()),
        "{con:?}"
    );
    // "nam": Namibia, whose name begins with it, before Viet Nam.
    let nam = ids(&s, &lookup::delegation(m, "nam"));
    assert_eq!(nam.first().map(String::as_str), Some("NA"), "{nam:?}");
    assert!(nam.contains(&"VN".to_string()), "{nam:?}");
    // In Russian too: "рес" starts a word of several republics' names.
    let many = lookup::delegation(m, "рес");
    assert!(matches!(many, Found::Many(ref v) if v.len() > 1), "{many:?}");
    assert_eq!(lookup::delegation(m, "xyzzy"), Found::None);
}

#[test]
fn the_command_language_suggests_by_the_same_lookup() {
    let (dir, path) = common::windhoek();
    let out = common::plenary()
        .args(["do", path.to_str().unwrap(), "present", "ivoire"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("CI (Côte d’Ivoire)"), "{err}");
}
