//! The TUI's behaviour without a terminal: keys in, commands and layers out.

mod common;

use plenary::commands::{Command, Who, parse_line};
use plenary::i18n::Localizer;
use plenary::store::Session;
use plenary::tui::app::{App, Effect};
use plenary::tui::intent::Intent;
use plenary::tui::layers::Layer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::sync::Arc;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.on_key(key(KeyCode::Char(c)));
    }
}

/// The commands among effects, without their tickets.
fn sent(effects: Vec<Effect>) -> Vec<Command> {
    effects
        .into_iter()
        .filter_map(|e| match e {
            Effect::Send(_, c) => Some(c),
            _ => None,
        })
        .collect()
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2009-06-23T10:00:00+02:00").unwrap()
}

#[test]
fn one_key_marks_a_category_present() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = App::new(Arc::new(s.state.clone()), Localizer::new("en"), "officer".into(), now());
    app.on_intent(Intent::Tab(1));
    assert_eq!(
        sent(app.on_key(key(KeyCode::Char('p')))),
        vec![Command::Present {
            who: vec![Who::Participants]
        }]
    );
}

#[test]
fn a_speaker_is_found_by_part_of_the_name() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 3").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = App::new(Arc::new(s.state.clone()), Localizer::new("en"), "officer".into(), now());
    app.on_intent(Intent::Tab(2));
    app.on_key(key(KeyCode::Char('a')));
    typed(&mut app, "nam");
    // "nam" fits Namibia and Viet Nam: the officer chooses; Namibia, whose
    // name begins with it, comes first.
    assert_eq!(app.on_key(key(KeyCode::Enter)), vec![]);
    assert!(matches!(app.layers.last(), Some(Layer::Choose(c)) if c.options.len() >= 2));
    assert_eq!(
        app.on_key(key(KeyCode::Enter)),
        vec![],
        "Namibia is not present: asked first"
    );
    assert!(matches!(app.layers.last(), Some(Layer::Confirm { .. })));
    assert_eq!(
        sent(app.on_key(key(KeyCode::Char('y')))),
        vec![Command::SpeakerAdd { id: "NA".into() }]
    );
    assert!(app.layers.is_empty());
}

#[test]
fn the_prompt_completes_and_runs_commands() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = App::new(Arc::new(s.state.clone()), Localizer::new("en"), "officer".into(), now());
    app.on_key(key(KeyCode::Char(':')));
    typed(&mut app, "pres");
    app.on_key(key(KeyCode::Tab));
    typed(&mut app, " zi");
    app.on_key(key(KeyCode::Tab));
    let effects = app.on_key(key(KeyCode::Enter));
    assert_eq!(
        sent(effects),
        vec![Command::Present {
            who: vec![Who::Id("ZW".into())]
        }]
    );
    // History brings it back.
    app.on_key(key(KeyCode::Char(':')));
    app.on_key(key(KeyCode::Up));
    assert!(matches!(app.layers.last(), Some(Layer::Prompt { input, .. }) if input.text == "present ZW"));
}

#[test]
fn an_amendment_at_another_terminal_is_told_before_it_is_overwritten() {
    let (_dir, path) = common::windhoek();
    let mut mine = Session::open(&path).unwrap();
    let mut theirs = Session::open(&path).unwrap();
    mine.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = App::new(
        Arc::new(mine.state.clone()),
        Localizer::new("en"),
        "officer".into(),
        now(),
    );
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char('e')));
    assert!(matches!(app.layers.last(), Some(Layer::Editor(_))));
    typed(&mut app, " My addition.");
    // Meanwhile the rapporteur's terminal amends the same decision.
    theirs
        .execute(
            &parse_line("amend KP/2009/IS/3 \"Their text.\"").unwrap().unwrap(),
            "rapporteur",
            now(),
        )
        .unwrap();
    mine.refresh().unwrap();
    app.set_state(Arc::new(mine.state.clone()));
    assert_eq!(app.on_key(ctrl('s')), vec![], "nothing is sent before the user agrees");
    assert!(matches!(app.layers.last(), Some(Layer::Confirm { .. })));
    let effects = sent(app.on_key(key(KeyCode::Char('y'))));
    assert!(
        matches!(effects.as_slice(), [Command::Amend { target, text }] if target == "KP/2009/IS/3" && text.ends_with("My addition."))
    );
    assert!(app.layers.is_empty());
}
