//! The performance budgets of DESIGN §6, measured on the large generated
//! session of `plenary::bench_data` (300 delegations, 500 items, 2,000
//! decisions in five languages, 50,000 events), written once per run into a
//! temporary directory.
//!
//! Budgets (medians): open to first frame < 75 ms; one frame < 2 ms; one
//! command durable < 1 ms; the five-language HTML communique < 50 ms. The
//! whole processes (exec to first frame, a document command from start to
//! exit) are measured by `scripts/bench-report --whole`.
//!
//! Run: `cargo bench --features bench-data --bench budgets` (about a minute on two cores, once
//! built), then `scripts/bench-report` for the medians against the budgets.

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::commands::parse_line;
use plenary::i18n::Localizer;
use plenary::render::{communique, html};
use plenary::store::Session;
use plenary::tui::app::App;
use plenary::tui::intent::{CommuniqueIntent, Intent};
use plenary::tui::texts::matrix_index;
use plenary::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

// The program's own allocator (src/main.rs), so that what is measured here
// is what the program does.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 2009;
const LANGS: [&str; 5] = ["en", "fr", "pt", "es", "ru"];
const SCREENS: [&str; 5] = ["agenda", "roll-call", "floor", "decisions", "communique"];

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2020-06-02T10:00:00+02:00").unwrap()
}

fn app(session: &Session) -> App {
    App::new(
        Arc::new(session.state.clone()),
        Localizer::new("en"),
        "secretariat".into(),
        now(),
    )
}

/// The large session, generated once.
fn large() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let started = std::time::Instant::now();
    let path = plenary::bench_data::write_large_session(dir.path(), SEED);
    eprintln!(
        "large session generated in {:.1?}: {}",
        started.elapsed(),
        path.display()
    );
    let session = Session::open(&path).expect("the large session opens");
    assert!(session.conflicts.is_empty(), "conflicts: {:?}", &session.conflicts[..1]);
    (dir, path)
}

fn budgets(c: &mut Criterion) {
    let (_dir, path) = large();
    let mut g = c.benchmark_group("budgets");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));

    // `plenary check`: read and validate the body and meeting files.
    g.bench_function("check (files::load)", |b| {
        b.iter(|| black_box(plenary::files::load(&path).expect("valid")))
    });

    // Open to first frame: files, record, fold, the app and one frame. (Freeing
    // it all afterwards, which happens when the program ends, is not counted.)
    g.bench_function("open to first frame", |b| {
        b.iter_with_large_drop(|| {
            let session = Session::open(&path).expect("opens");
            let app = app(&session);
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| views::draw(f, &app)).unwrap();
            (session, app, terminal)
        })
    });

    // One frame of each screen at 200×60.
    let session = Session::open(&path).expect("opens");
    for (tab, name) in SCREENS.iter().enumerate() {
        let mut a = app(&session);
        a.on_intent(Intent::Tab(tab));
        a.build_document();
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        g.bench_function(format!("frame {name}"), |b| {
            b.iter(|| {
                terminal.draw(|f| views::draw(f, &a)).unwrap();
            })
        });
    }
    let mut a = app(&session);
    a.on_intent(Intent::Tab(4));
    a.on_intent(Intent::Communique(CommuniqueIntent::ToggleMatrix));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    g.bench_function("frame communique matrix", |b| {
        b.iter(|| {
            terminal.draw(|f| views::draw(f, &a)).unwrap();
        })
    });

    // The five-language HTML communique.
    g.bench_function("communique html, five languages", |b| {
        b.iter(|| {
            let docs = communique::build_all(&session.state, &LANGS);
            black_box(html::write(&docs))
        })
    });
    drop(session);

    // One cheap command made durable (one transaction, synchronous=FULL).
    // Item 1 is closed; a note under it is always accepted.
    let mut session = Session::open(&path).expect("opens");
    let note = parse_line("note 1 \"x\"").unwrap().unwrap();
    g.bench_function("command durable (note)", |b| {
        b.iter(|| black_box(session.execute(&note, "secretariat", now()).expect("saved")))
    });
    g.finish();
}

/// The first frame after the state changed (another terminal's command
/// arrived), for every screen: the new state is taken in and drawn at once,
/// with no cache warm for it. The communique is built on its own thread, so
/// this frame shows the one built before.
fn frames_after_change(c: &mut Criterion) {
    let (_dir, path) = large();
    let mut session = Session::open(&path).expect("opens");
    let before = Arc::new(session.state.clone());
    let note = parse_line("note 1 \"x\"").unwrap().unwrap();
    session.execute(&note, "secretariat", now()).expect("saved");
    let after = Arc::new(session.state.clone());
    // Made on the store thread with each new state, as in the program.
    let (before_index, after_index) = (Arc::new(matrix_index(&before)), Arc::new(matrix_index(&after)));
    let mut g = c.benchmark_group("budgets");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let screens = SCREENS.iter().map(|s| (*s, false)).chain([("communique matrix", true)]);
    for (tab, (name, matrix)) in screens.enumerate() {
        let mut a = app(&session);
        a.on_intent(Intent::Tab(tab.min(4)));
        if matrix {
            a.on_intent(Intent::Communique(CommuniqueIntent::ToggleMatrix));
        }
        a.build_document();
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut flip = false;
        g.bench_function(format!("first frame after a change, {name}"), |b| {
            b.iter(|| {
                // A fresh Arc each time: nothing cached for it.
                flip = !flip;
                let (next, index) = if flip {
                    (&after, &after_index)
                } else {
                    (&before, &before_index)
                };
                a.set_state_indexed(Arc::new((**next).clone()), Some(index.clone()));
                terminal.draw(|f| views::draw(f, &a)).unwrap();
            })
        });
    }
    g.finish();
}

criterion_group!(benches, budgets, frames_after_change);
criterion_main!(benches);
