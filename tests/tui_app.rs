//! The TUI's behaviour without a terminal: keys in, commands and layers out.

mod common;

use plenary::commands::{Command, Who, parse_line};
use plenary::domain::limits::MAX_TEXT_CHARS;
use plenary::i18n::Localizer;
use plenary::store::Session;
use plenary::tui;
use plenary::tui::app::{App, Effect};
use plenary::tui::intent::{CommuniqueIntent, Intent};
use plenary::tui::layers::{Ask, Blocked, Layer, Question};
use plenary::tui::worker::{Response, Saved, Worker};
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
    assert!(matches!(app.layers.last(), Some(Layer::Confirm(_))));
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
    assert!(matches!(app.layers.last(), Some(Layer::Prompt(p)) if p.input.text == "present ZW"));
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
    assert!(matches!(app.layers.last(), Some(Layer::Confirm(_))));
    let effects = sent(app.on_key(key(KeyCode::Char('y'))));
    assert!(
        matches!(effects.as_slice(), [Command::Amend { target, text }] if target == "KP/2009/IS/3" && text.ends_with("My addition."))
    );
    assert!(app.layers.is_empty());
}

fn app_on(s: &Session) -> App {
    App::new(Arc::new(s.state.clone()), Localizer::new("en"), "officer".into(), now())
}

fn status(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| plenary::tui::views::draw(f, app)).unwrap();
    format!("{}", terminal.backend())
}

#[test]
fn behind_the_too_small_screen_only_quit_acts() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char('e')));
    assert!(matches!(app.layers.last(), Some(Layer::Editor(_))));
    typed(&mut app, " more");
    app.resize(60, 20);
    for k in [
        key(KeyCode::Esc),
        key(KeyCode::Char('a')),
        ctrl('s'),
        key(KeyCode::Enter),
    ] {
        assert_eq!(app.on_key(k), vec![], "{k:?}");
    }
    app.on_paste("pasted");
    assert!(matches!(app.layers.last(), Some(Layer::Editor(e)) if e.text().ends_with("more")));
    assert_eq!(app.on_key(key(KeyCode::Char('q'))), vec![Effect::Quit]);
    app.resize(100, 30);
    assert_eq!(
        app.on_key(key(KeyCode::Char('x'))),
        vec![],
        "typed into the editor again"
    );
    assert!(matches!(app.layers.last(), Some(Layer::Editor(e)) if e.text().ends_with("morex")));
}

#[test]
fn a_paste_is_text_in_the_box_with_focus_and_never_keys() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char(':')));
    app.on_paste("present NA\r\nan");
    assert!(matches!(app.layers.last(), Some(Layer::Prompt(p)) if p.input.text == "present NA an"));
    app.on_key(key(KeyCode::Esc));
    // With no box open, a paste does nothing and says so.
    app.on_paste("a\nn");
    assert!(app.layers.is_empty());
    assert!(app.pending.is_empty());
    assert!(status(&app).contains("Nothing was done"), "{}", status(&app));
}

#[test]
fn adopt_and_defer_ask_roll_call_acts_and_offers_undo() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    assert_eq!(app.on_key(key(KeyCode::Char('a'))), vec![], "adopt asks first");
    assert!(matches!(app.layers.last(), Some(Layer::Confirm(c)) if c.message.contains("Adopt KP/2009/IS/")));
    assert_eq!(app.on_key(key(KeyCode::Char('n'))), vec![]);
    assert!(app.layers.is_empty());
    app.on_key(key(KeyCode::Char('d')));
    let effects = sent(app.on_key(key(KeyCode::Char('y'))));
    assert!(
        matches!(effects.as_slice(), [Command::DeferDecision { .. }]),
        "{effects:?}"
    );
    // The roll call acts at once; the saved message names the undo key.
    app.on_intent(Intent::Tab(1));
    let effects = app.on_key(key(KeyCode::Char('p')));
    let Some(Effect::Send(ticket, _)) = effects.first() else {
        panic!("{effects:?}")
    };
    app.done(*ticket, Ok(Saved::Command("present participants".into())));
    assert_eq!(status(&app), "saved: present participants — u undoes");
}

#[test]
fn results_are_matched_by_ticket_and_undo_says_what_it_undid() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    let first = app.on_key(key(KeyCode::Char('u')));
    let second = app.on_key(key(KeyCode::Char('u')));
    let (Some(Effect::Send(a, _)), Some(Effect::Send(b, _))) = (first.first(), second.first()) else {
        panic!()
    };
    assert_ne!(a, b);
    assert_eq!(app.pending.len(), 2);
    // The second answer arrives first: the first stays in flight.
    app.done(*b, Ok(Saved::Undone("translate KP/2009/IS/6 ru".into())));
    assert_eq!(status(&app), "undone: translate KP/2009/IS/6 ru");
    assert_eq!(app.pending.keys().collect::<Vec<_>>(), vec![a]);
    assert!(draw(&app, 120, 30).contains("saving…"));
}

#[test]
fn a_refresh_error_while_a_command_is_in_flight_does_not_say_saved() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    let effects = app.on_key(key(KeyCode::Char('u')));
    let Some(Effect::Send(ticket, _)) = effects.first() else {
        panic!()
    };
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Response::RefreshFailed(
        plenary::domain::Msg::new("store-sqlite")
            .text("path", "windhoek.plenary")
            .text("detail", "database is locked"),
    ))
    .unwrap();
    tui::take_responses(&mut app, &rx);
    let screen = draw(&app, 160, 30);
    assert!(screen.contains("saving…"), "{screen}");
    assert!(!screen.contains(" saved "), "{screen}");
    assert!(
        status(&app).contains("could not read the other terminals"),
        "{}",
        status(&app)
    );
    assert!(app.status.as_ref().unwrap().error);
    tx.send(Response::Done {
        ticket: *ticket,
        result: Ok(Saved::Command("open 2".into())),
        retry: None,
    })
    .unwrap();
    tui::take_responses(&mut app, &rx);
    assert!(app.pending.is_empty());
    // Both messages are in the log, whole.
    app.on_key(key(KeyCode::Char('L')));
    assert!(matches!(app.layers.last(), Some(Layer::Log(_))));
    let log = draw(&app, 160, 30);
    assert!(log.contains("could not read") && log.contains("saved: open 2"), "{log}");
}

#[test]
fn a_dead_store_thread_blocks_and_nothing_counts_as_saved() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(1));
    app.on_key(key(KeyCode::Char('p')));
    let worker = Worker::dead();
    tui::take_responses(&mut app, &worker.responses);
    assert!(app.store_gone);
    assert!(app.pending.is_empty());
    let Some(Layer::Blocked(Blocked { message })) = app.layers.last() else {
        panic!("no blocking message")
    };
    assert!(message.contains("present participants"), "{message}");
    assert!(draw(&app, 120, 30).contains("NOT SAVING"));
    // No key acts but quit.
    assert_eq!(app.on_key(key(KeyCode::Char('o'))), vec![]);
    assert_eq!(app.on_key(key(KeyCode::Esc)), vec![]);
    assert!(matches!(app.layers.last(), Some(Layer::Blocked(_))));
    assert_eq!(app.on_key(key(KeyCode::Char('q'))), vec![Effect::Quit]);
}

#[test]
fn stored_commands_that_no_longer_apply_are_shown() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Response::Conflicts(vec![(
        "present XX".into(),
        plenary::domain::Msg::new("err-unknown-delegation")
            .text("id", "XX")
            .text("suggestions", "none"),
    )]))
    .unwrap();
    tui::take_responses(&mut app, &rx);
    assert!(
        status(&app).contains("1 stored command no longer applies"),
        "{}",
        status(&app)
    );
    assert!(app.log.iter().any(|l| l.status.text.contains("present XX")));
}

#[test]
fn esc_on_a_changed_text_asks_before_throwing_it_away() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char('e')));
    // Unchanged: Esc closes at once.
    app.on_key(key(KeyCode::Esc));
    assert!(app.layers.is_empty());
    app.on_key(key(KeyCode::Char('e')));
    typed(&mut app, " Mine.");
    app.on_key(key(KeyCode::Esc));
    assert!(matches!(app.layers.last(), Some(Layer::Confirm(_))));
    app.on_key(key(KeyCode::Char('n')));
    assert!(matches!(app.layers.last(), Some(Layer::Editor(e)) if e.text().ends_with("Mine.")));
    app.on_key(key(KeyCode::Esc));
    assert_eq!(app.on_key(key(KeyCode::Char('y'))), vec![]);
    assert!(app.layers.is_empty());
}

#[test]
fn ctrl_d_saves_a_draft_only_where_a_draft_exists() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char('e')));
    typed(&mut app, " Mine.");
    assert_eq!(
        app.on_key(ctrl('d')),
        vec![],
        "an amendment has no draft: Ctrl-D does nothing"
    );
    assert!(matches!(app.layers.last(), Some(Layer::Editor(_))));
    let effects = sent(app.on_key(ctrl('s')));
    assert!(matches!(effects.as_slice(), [Command::Amend { .. }]));
    // A translation has one.
    app.on_intent(Intent::Tab(4));
    app.screens.communique.doc_lang = "ru".into();
    app.on_key(key(KeyCode::Char('t')));
    typed(&mut app, "Текст.");
    let effects = sent(app.on_key(ctrl('d')));
    assert!(
        matches!(effects.as_slice(), [Command::Translate { draft: true, .. }]),
        "{effects:?}"
    );
}

#[test]
fn a_translation_saved_at_another_terminal_meanwhile_is_told() {
    let (_dir, path) = common::windhoek();
    let mine = Session::open(&path).unwrap();
    let mut theirs = Session::open(&path).unwrap();
    let mut app = app_on(&mine);
    app.on_intent(Intent::Tab(4));
    app.screens.communique.doc_lang = "ru".into();
    app.on_key(key(KeyCode::Char('t')));
    let Some(Layer::Editor(editor)) = app.layers.last() else {
        panic!()
    };
    let plenary::tui::layers::EditPurpose::Translate { target, .. } = editor.purpose.clone() else {
        panic!()
    };
    typed(&mut app, " Моё.");
    theirs
        .execute(
            &parse_line(&format!("translate {target} ru \"Их перевод.\""))
                .unwrap()
                .unwrap(),
            "rapporteur-2",
            now(),
        )
        .unwrap();
    let mut mine = Session::open(&path).unwrap();
    mine.refresh().unwrap();
    app.set_state(Arc::new(mine.state.clone()));
    assert_eq!(app.on_key(ctrl('s')), vec![], "nothing is sent before the user agrees");
    assert!(
        matches!(app.layers.last(), Some(Layer::Confirm(c)) if c.message.contains("translation") && c.message.contains(&target)),
    );
    let effects = sent(app.on_key(key(KeyCode::Char('y'))));
    assert!(matches!(effects.as_slice(), [Command::Translate { text, .. }] if text.ends_with("Моё.")));
    assert!(app.layers.is_empty());
}

#[test]
fn selections_follow_their_text_and_delegation_when_rows_are_added() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(4));
    app.on_intent(Intent::Communique(CommuniqueIntent::ToggleMatrix));
    for _ in 0..6 {
        app.on_intent(Intent::Down);
    }
    let chosen = app.screens.communique.selected_text(&app.state).unwrap().id.to_string();
    s.execute(
        &parse_line("note 1 \"Above it.\"").unwrap().unwrap(),
        "secretariat",
        now(),
    )
    .unwrap();
    s.execute(
        &parse_line("note 1 \"Above it too.\"").unwrap().unwrap(),
        "secretariat",
        now(),
    )
    .unwrap();
    app.set_state(Arc::new(s.state.clone()));
    assert_eq!(app.screens.communique.selected_text(&app.state).unwrap().id, chosen);
}

#[test]
fn a_click_on_a_scrolled_list_selects_the_row_under_the_pointer() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(1));
    for _ in 0..4 {
        app.on_intent(Intent::PageDown);
    }
    let screen = draw(&app, 80, 24);
    let row = 6u16;
    let id = first_word_at(&screen, row, 4);
    click(&mut app, 20, row);
    let index = app.screens.roll_call.selected_delegation(&app).unwrap();
    assert_eq!(app.state.meeting.delegations[index].id, id, "{screen}");
}

#[test]
fn an_observer_cannot_object_and_is_told_before_typing_a_reason() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char('x')));
    typed(&mut app, "WDC");
    assert_eq!(app.on_key(key(KeyCode::Enter)), vec![]);
    assert!(matches!(
        app.layers.last(),
        Some(Layer::Ask(Question {
            ask: Ask::ObjectBy { .. },
            ..
        }))
    ));
    assert!(app.status.as_ref().unwrap().error);
    assert!(status(&app).contains("WDC"), "{}", status(&app));
}

#[test]
fn one_text_is_limited_on_every_path_of_the_screen() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    s.execute(&parse_line("open 4").unwrap().unwrap(), "officer", now())
        .unwrap();
    let long = "a".repeat(MAX_TEXT_CHARS + 1);
    let mut app = app_on(&s);
    // The prompt.
    app.on_key(key(KeyCode::Char(':')));
    app.on_paste(&long);
    assert!(status(&app).contains("at most 100"), "{}", status(&app));
    if let Some(Layer::Prompt(p)) = app.layers.last_mut() {
        p.input.set(&format!("note 4 \"{}\"", &long));
    }
    assert_eq!(app.on_key(key(KeyCode::Enter)), vec![]);
    app.layers.clear();
    // The editor.
    app.on_intent(Intent::Tab(3));
    app.on_key(key(KeyCode::Char('e')));
    if let Some(Layer::Editor(e)) = app.layers.last_mut() {
        e.area.insert_str(&long);
    }
    assert_eq!(app.on_key(ctrl('s')), vec![]);
    assert!(status(&app).contains("at most 100"), "{}", status(&app));
    // `$EDITOR`'s text comes back through the same save.
    let purpose = plenary::tui::layers::EditPurpose::Amend {
        target: "KP/2009/IS/3".into(),
        version: 1,
    };
    assert!(!app.save(purpose, long.clone(), false));
    assert!(app.pending.is_empty());
}

#[test]
fn completion_finds_a_delegation_by_any_word_without_accents() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_key(key(KeyCode::Char(':')));
    typed(&mut app, "present ivoire");
    app.on_key(key(KeyCode::Tab));
    assert!(matches!(app.layers.last(), Some(Layer::Prompt(p)) if p.input.text == "present CI"));
}

/// The floor screen owns its selection: it stays on its speaker when the
/// speaker before is called, and while another screen is shown.
#[test]
fn the_floor_keeps_its_speaker_across_refreshes_and_tabs() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    for line in [
        "open 3",
        "present NA ZA BW",
        "speaker add NA",
        "speaker add ZA",
        "speaker add BW",
    ] {
        s.execute(&parse_line(line).unwrap().unwrap(), "officer", now())
            .unwrap();
    }
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(2));
    app.on_intent(Intent::Down);
    app.on_intent(Intent::Tab(0));
    s.execute(&parse_line("speaker next").unwrap().unwrap(), "officer", now())
        .unwrap();
    app.set_state(Arc::new(s.state.clone()));
    app.on_intent(Intent::Tab(2));
    // ZA is now first in the queue, and still the one selected (the second
    // row is BW's now).
    assert_eq!(
        sent(app.on_key(key(KeyCode::Char('r')))),
        vec![Command::SpeakerRemove { id: "ZA".into() }]
    );
}

/// The decisions screen keeps its decision when another terminal opens its
/// item (the list then holds that item's decisions only, so the decision's
/// row changes), and a decision drafted here becomes the selection.
#[test]
fn the_decisions_screen_keeps_its_decision_when_its_row_moves() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(3));
    // With no item open, every decision: the last one of item 4.
    let item = s
        .state
        .meeting
        .items
        .iter()
        .position(|i| i.number.to_string() == "4")
        .unwrap();
    let all = app.screens.decisions.rows(&app.state);
    let row = all
        .iter()
        .rposition(|r| s.state.core.decisions[r.at].item == item)
        .unwrap();
    let chosen = all[row].id.clone();
    for _ in 0..row {
        app.on_intent(Intent::Down);
    }
    assert_eq!(
        app.screens.decisions.selected_decision(&app.state),
        Some(chosen.clone())
    );
    s.execute(&parse_line("open 4").unwrap().unwrap(), "secretariat", now())
        .unwrap();
    app.set_state(Arc::new(s.state.clone()));
    let shown = app.screens.decisions.rows(&app.state);
    assert!(
        shown.len() <= row,
        "the decision's row moved up: {} ≤ {row}",
        shown.len()
    );
    assert_eq!(
        app.screens.decisions.selected_decision(&app.state),
        Some(chosen.clone())
    );
    // Adopting asks about the decision selected.
    app.on_key(key(KeyCode::Char('a')));
    assert!(matches!(app.layers.last(), Some(Layer::Confirm(c)) if c.message.contains(&chosen)));
    app.on_key(key(KeyCode::Char('n')));
    assert!(app.layers.is_empty());
    // A decision drafted here is the one to act on next.
    let draft = parse_line("draft 4 KP/2009/IS/90 \"Another one.\"").unwrap().unwrap();
    s.execute(&draft, "secretariat", now()).unwrap();
    app.set_state(Arc::new(s.state.clone()));
    app.send(draft);
    let ticket = *app.pending.keys().next().unwrap();
    app.done(ticket, Ok(Saved::Command("draft 4 KP/2009/IS/90".into())));
    assert_eq!(
        app.screens.decisions.selected_decision(&app.state).as_deref(),
        Some("KP/2009/IS/90")
    );
}

/// A click on the scrolled translation matrix selects the text under the
/// pointer, counting the rows scrolled out of view.
#[test]
fn a_click_on_the_scrolled_matrix_selects_the_text_under_the_pointer() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(4));
    app.on_intent(Intent::Communique(CommuniqueIntent::ToggleMatrix));
    for _ in 0..3 {
        app.on_intent(Intent::PageDown);
    }
    let screen = draw(&app, 80, 24);
    assert!(app.screens.communique.selection.offset() > 0, "scrolled: {screen}");
    // Row 5 of the terminal: tabs, head, column titles, then rows.
    let row = 5u16;
    let id = first_word_at(&screen, row, 7);
    click(&mut app, 10, row);
    let chosen = app.screens.communique.selected_text(&app.state).unwrap();
    assert_eq!(chosen.id, id, "{screen}");
    // The selection stays on that text in the next frame, whatever it scrolls.
    draw(&app, 80, 24);
    assert_eq!(app.screens.communique.selected_text(&app.state).unwrap().id, id);
}

/// Each screen keeps its own selection: moving on one leaves the others'.
#[test]
fn each_screen_has_its_own_selection() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let mut app = app_on(&s);
    app.on_intent(Intent::Tab(1));
    app.on_intent(Intent::PageDown);
    let delegation = app.screens.roll_call.selected_delegation(&app).unwrap();
    app.on_intent(Intent::Tab(0));
    app.on_intent(Intent::Down);
    app.on_intent(Intent::Down);
    assert_eq!(app.screens.agenda.selected_item(&app.state), Some(2));
    app.on_intent(Intent::Tab(1));
    assert_eq!(app.screens.roll_call.selected_delegation(&app), Some(delegation));
    assert_ne!(delegation, app.screens.roll_call.rows(&app)[0]);
}

/// The first word of a drawn row, from column `from` on.
fn first_word_at(screen: &str, row: u16, from: usize) -> String {
    let line = screen.lines().nth(usize::from(row)).unwrap().trim_matches('"');
    line[from..].split_whitespace().next().unwrap().to_string()
}

/// A left click at a cell of the terminal.
fn click(app: &mut App, column: u16, row: u16) {
    app.on_mouse(
        ratatui::crossterm::event::MouseEvent {
            kind: ratatui::crossterm::event::MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        },
        &[],
    );
}

/// Waits for the store thread's answers until the screen stops saving.
fn until_not_saving(app: &mut App, worker: &Worker) {
    let start = std::time::Instant::now();
    while !app.store_gone {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "the screen still saves"
        );
        tui::take_responses(app, &worker.responses);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_record_deleted_or_replaced_under_the_screen_blocks_it_and_the_command_is_not_saved() {
    use plenary::tui::worker::Request;
    for replace in [false, true] {
        let (dir, path) = common::windhoek();
        let s = Session::open(&path).unwrap();
        let record = s.record_path().to_path_buf();
        let other = dir.path().join("other.plenary");
        std::fs::copy(&record, &other).unwrap();
        let mut app = app_on(&s);
        let worker = Worker::start(s, "officer".into());
        if replace {
            std::fs::rename(&other, &record).unwrap();
        } else {
            std::fs::remove_file(&record).unwrap();
        }
        app.on_intent(Intent::Tab(1));
        for effect in app.on_key(key(KeyCode::Char('p'))) {
            if let Effect::Send(ticket, command) = effect {
                worker.requests.send(Request::Execute { command, ticket }).unwrap();
            }
        }
        until_not_saving(&mut app, &worker);
        let Some(Layer::Blocked(Blocked { message })) = app.layers.last() else {
            panic!("no blocking message")
        };
        assert!(
            message.contains("deleted, or another file was put in its place"),
            "{message}"
        );
        assert!(draw(&app, 120, 30).contains("NOT SAVING"));
        let said: Vec<&str> = app.log.iter().map(|l| l.status.text.as_str()).collect();
        assert!(!said.iter().any(|s| s.contains("saved: present")), "{said:?}");
        assert!(
            said.iter().any(|s| s.contains(&record.display().to_string())),
            "{said:?}"
        );
        drop(worker);
        if replace {
            let s = Session::open(&path).unwrap();
            assert!(
                s.state
                    .present(plenary::domain::meeting::Category::Participant)
                    .is_empty()
            );
        }
    }
}

#[test]
fn a_record_deleted_while_nothing_is_typed_blocks_the_screen_at_the_next_refresh() {
    let (_dir, path) = common::windhoek();
    let s = Session::open(&path).unwrap();
    let record = s.record_path().to_path_buf();
    let mut app = app_on(&s);
    let worker = Worker::start(s, "officer".into());
    std::fs::remove_file(&record).unwrap();
    until_not_saving(&mut app, &worker);
    let Some(Layer::Blocked(Blocked { message })) = app.layers.last() else {
        panic!("no blocking message")
    };
    assert!(message.contains("No command was waiting"), "{message}");
    // A command typed after is refused at once, never sent.
    app.on_intent(Intent::Tab(1));
    assert_eq!(sent(app.on_key(key(KeyCode::Char('p')))), vec![]);
}

/// The check every writer passes (the live screen and `plenary do` alike):
/// a record moved away under a session refuses the next command and leaves
/// the file now at its path untouched.
#[test]
fn a_session_refuses_to_write_into_a_record_replaced_under_it() {
    let (dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    let record = s.record_path().to_path_buf();
    let other = dir.path().join("other.plenary");
    std::fs::copy(&record, &other).unwrap();
    std::fs::rename(&other, &record).unwrap();
    let e = s
        .execute(&parse_line("present participants").unwrap().unwrap(), "officer", now())
        .unwrap_err();
    assert!(
        matches!(
            e,
            plenary::store::ExecError::Store(plenary::store::StoreError::Replaced { .. })
        ),
        "{e:?}"
    );
    assert!(s.refresh().is_err());
    drop(s);
    let s = Session::open(&path).unwrap();
    assert!(
        s.state
            .present(plenary::domain::meeting::Category::Participant)
            .is_empty()
    );
}
