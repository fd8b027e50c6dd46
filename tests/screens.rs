//! Every screen of the TUI drawn into a ratatui TestBackend and compared with
//! its snapshot, at 80×24 and 160×48, in English and in Russian.

mod common;

use plenary::commands::parse_line;
use plenary::i18n::Localizer;
use plenary::store::Session;
use plenary::tui::app::App;
use plenary::tui::intent::{CommuniqueIntent, Intent};
use plenary::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;

fn at(minute: i64) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:00+02:00").unwrap() + chrono::Duration::minutes(minute)
}

/// The Windhoek sample in the middle of the morning: roll call taken, item 7.5
/// open, a speaker on the floor and two waiting, one decision adopted.
fn morning() -> (tempfile::TempDir, Session) {
    let (dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    let script = [
        "present participants",
        "absent AM BD BY HR GY ID JP KR LA LB MU MX NZ NO LK TH TG TR UA AE VN MY BR KE SG CI",
        "present observers applicants",
        "open 1",
        "close 1",
        "open 7.5",
        "speaker add ZW",
        "speaker add US",
        "speaker add EU",
        "speaker next",
        "adopt KP/2009/IS/5",
        "reserve KP/2009/IS/5 ZW \"Zimbabwe records its reservation.\"",
        "translate KP/2009/IS/5 ru --draft \"Пленарное заседание одобрило миссию.\"",
    ];
    for (i, line) in script.iter().enumerate() {
        let command = parse_line(line).unwrap().unwrap();
        s.execute(&command, "secretariat", at(i as i64 * 3))
            .unwrap_or_else(|e| panic!("{line}: {e:?}"));
    }
    (dir, s)
}

fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| views::draw(f, app)).unwrap();
    format!("{}", terminal.backend())
}

fn app(session: &Session, lang: &str) -> App {
    App::new(
        Arc::new(session.state.clone()),
        Localizer::new(lang),
        "secretariat".into(),
        at(50),
    )
}

#[test]
fn every_screen_at_two_sizes_in_two_languages() {
    let (_dir, session) = morning();
    for lang in ["en", "ru"] {
        for (tab, name) in ["agenda", "roll-call", "floor", "decisions", "communique"]
            .iter()
            .enumerate()
        {
            let mut a = app(&session, lang);
            a.on_intent(Intent::Tab(tab));
            a.build_document();
            for (w, h) in [(80, 24), (160, 48)] {
                insta::assert_snapshot!(format!("{name}-{lang}-{w}x{h}"), render(&a, w, h));
            }
        }
        let mut a = app(&session, lang);
        a.on_intent(Intent::Tab(4));
        a.on_intent(Intent::Communique(CommuniqueIntent::ToggleMatrix));
        insta::assert_snapshot!(format!("matrix-{lang}-80x24"), render(&a, 80, 24));
        let mut a = app(&session, lang);
        a.on_intent(Intent::Help);
        insta::assert_snapshot!(format!("help-{lang}-80x24"), render(&a, 80, 24));
    }
}

#[test]
fn a_small_terminal_says_so() {
    let (_dir, session) = morning();
    let a = app(&session, "en");
    let screen = render(&a, 60, 20);
    assert!(
        screen.contains("The terminal is 60×20; plenary needs at least 80×24."),
        "{screen}"
    );
    // Never a panic, down to nothing.
    for (w, h) in [(1, 1), (2, 1), (79, 24), (80, 23), (10, 200)] {
        render(&a, w, h);
    }
}

#[test]
fn escape_sequences_in_names_are_shown_as_placeholders() {
    let (dir, path) = common::windhoek();
    let meeting = std::fs::read_to_string(&path).unwrap();
    let hostile = format!(
        "{meeting}\n[[guests]]\nid = \"EVIL\"\nname = {{ en = \"Evil\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J Corp\" }}\ncategory = \"guest\"\n"
    );
    std::fs::write(&path, hostile).unwrap();
    let s = Session::open(&path).expect("a name with escapes is valid data");
    let mut a = app(&s, "en");
    a.on_intent(Intent::Tab(1));
    a.screens.roll_call.set_filter("evil");
    let screen = render(&a, 160, 48);
    assert!(screen.contains("Evil␛]52;c;ZXZpbA==␇␛[2J Corp"), "{screen}");
    assert!(!screen.contains('\u{1b}'));
    drop(dir);
}

/// The layers that stand over the screens when something must be chosen,
/// confirmed or read, in English and in Russian.
#[test]
fn layers_that_ask_block_or_list() {
    use plenary::tui::layers::{Ask, Choice, Layer};
    let (_dir, session) = morning();
    for lang in ["en", "ru"] {
        let mut a = app(&session, lang);
        a.on_intent(Intent::Tab(2));
        a.layers.push(Layer::Choose(Choice {
            ask: Ask::Speaker,
            typed: "nam".into(),
            options: plenary::domain::lookup::matches(&session.state.meeting, "nam"),
            sel: 0,
        }));
        insta::assert_snapshot!(format!("choose-{lang}-80x24"), render(&a, 80, 24));

        let mut a = app(&session, lang);
        a.on_intent(Intent::Tab(3));
        a.on_key(ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Char('a'),
        ));
        insta::assert_snapshot!(format!("confirm-adopt-{lang}-80x24"), render(&a, 80, 24));

        let mut a = app(&session, lang);
        a.store_gone();
        insta::assert_snapshot!(format!("blocked-{lang}-80x24"), render(&a, 80, 24));

        let mut a = app(&session, lang);
        a.refresh_failed(
            plenary::domain::Msg::new("store-sqlite")
                .text("path", "windhoek.plenary")
                .text("detail", "database is locked"),
        );
        a.on_intent(Intent::Messages);
        insta::assert_snapshot!(format!("log-{lang}-80x24"), render(&a, 80, 24));
    }
}

/// Wide characters (two columns each) keep the columns of a list straight:
/// cells are laid out by display width, not by characters.
#[test]
fn wide_characters_keep_the_columns_straight() {
    let (_dir, mut session) = morning();
    let draft = parse_line("draft 7.5 KP/2009/決定/1 \"Wide.\"").unwrap().unwrap();
    session.execute(&draft, "secretariat", at(60)).unwrap();
    let mut a = app(&session, "en");
    a.on_intent(Intent::Tab(3));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| views::draw(f, &a)).unwrap();
    let buffer = terminal.backend().buffer();
    // The column where the outcome starts on a row: the first word after
    // the id (ids here are at most 14 columns wide).
    let outcome_column = |needle: &str| {
        (0..24u16)
            .find_map(|y| {
                let line: String = (0..80u16).map(|x| buffer[(x, y)].symbol().to_string()).collect();
                line.contains(needle).then(|| {
                    (15..80u16)
                        .find(|&x| buffer[(x, y)].symbol() != " " && buffer[(x - 1, y)].symbol() == " ")
                        .unwrap_or_else(|| panic!("no outcome on the row of {needle}: {line}"))
                })
            })
            .unwrap_or_else(|| panic!("no row for {needle}"))
    };
    assert_eq!(outcome_column("決"), outcome_column("KP/2009/IS/5"));
}

/// The Decisions pane with an open proposal: its heading and its tracked
/// changes, marked so that they read without colour too.
#[test]
fn the_decisions_pane_shows_a_proposal_as_tracked_changes() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    for (i, line) in [
        "present participants",
        "open 7.5",
        "propose KP/2009/IS/5 NA \"A Kimberley Process review mission, organised together with the Government of Zimbabwe, will visit Zimbabwe from 1 July 2009 to assess how the KPCS is implemented there.\"",
        "support AM1 ZA ZW",
    ]
    .iter()
    .enumerate()
    {
        s.execute(&parse_line(line).unwrap().unwrap(), "secretariat", at(i as i64))
            .unwrap_or_else(|e| panic!("{line}: {e:?}"));
    }
    for lang in ["en", "ru"] {
        let mut a = app(&s, lang);
        a.on_intent(Intent::Tab(3));
        let screen = render(&a, 160, 48);
        assert!(screen.contains("{--29 June--}{++1 July++}"), "{screen}");
        insta::assert_snapshot!(format!("decisions-proposal-{lang}-160x48"), screen);
    }
}
