//! Property tests of the fold: the state rebuilt from the stored events is the
//! state built live; undo gives back the state before the undone command; a
//! refused command, or a group of raw events that does not apply, changes
//! nothing.

mod common;

use chrono::{Duration, TimeZone};
use plenary::commands::{Command, Who, parse_line};
use plenary::domain::ids::ItemNumber;
use plenary::domain::meeting::DecisionKind;
use plenary::domain::{Event, Group, State};
use plenary::store::{ExecError, Session};
use proptest::prelude::*;
use std::sync::Arc;

const IDS: &[&str] = &["NA", "ZW", "ZA", "EU", "VE", "WDC", "CSC", "KE", "DZ", "US", "XX"];
const ITEMS: &[&str] = &["1", "2", "4", "7", "7.1", "12", "99"];
const DECISIONS: &[&str] = &[
    "KP/2009/IS/1",
    "KP/2009/IS/3",
    "KP/2009/IS/5",
    "KP/T/1",
    "KP/T/2",
    "KP/2017/Plenary/Administrative Decision 1",
];
/// Ids of any translatable text: decisions and the ids the program makes.
const TEXTS: &[&str] = &[
    "KP/2009/IS/3",
    "KP/T/1",
    "P1",
    "P40",
    "A1",
    "R1",
    "O1",
    "O2",
    "G-totals",
];
/// Paragraphs of the communique: recorded, generated, and ids that name none.
const PARAGRAPHS: &[&str] = &[
    "P1",
    "P2",
    "P40",
    "G-totals",
    "G-attendance",
    "G-thanks",
    "G-chair-1",
    "G-admissions",
];
const LANGS: &[&str] = &["fr", "pt", "es", "ru", "en", "de"];
const BODIES: &[&str] = &["WGM", "WGS", "PC", "NOPE"];
const AMENDMENTS: &[&str] = &["AM1", "AM2", "AM3", "AM9"];
const BRACKETS: &[&str] = &["B1", "B2", "B3", "B9"];
/// Words that stand in texts the generators write, once or several times.
const WORDS: &[&str] = &[
    "Agreed",
    "text",
    "the",
    "Plenary",
    "agreed",
    "Zimbabwe",
    "review mission",
    "e",
    "nowhere",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_string)
}

fn item() -> impl Strategy<Value = ItemNumber> {
    prop::sample::select(ITEMS).prop_map(|s| ItemNumber::parse(s).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(&["Agreed.", "Accord.", "Texte \"cité\".", "Второй текст.", "Third text."][..])
        .prop_map(str::to_string)
}

fn command() -> impl Strategy<Value = Command> {
    let who = prop_oneof![
        pick(IDS).prop_map(Who::Id),
        Just(Who::Participants),
        Just(Who::Observers),
        Just(Who::Applicants),
        Just(Who::All)
    ];
    prop_oneof![
        prop::collection::vec(who.clone(), 1..3).prop_map(|who| Command::Present { who }),
        prop::collection::vec(who, 1..3).prop_map(|who| Command::Absent { who }),
        item().prop_map(|item| Command::Open { item }),
        item().prop_map(|item| Command::Close { item }),
        item().prop_map(|item| Command::DeferItem { item }),
        pick(IDS).prop_map(|id| Command::SpeakerAdd { id }),
        Just(Command::SpeakerNext),
        pick(IDS).prop_map(|id| Command::SpeakerRemove { id }),
        (item(), pick(DECISIONS), text()).prop_map(|(item, decision, text)| Command::Draft { item, decision, text }),
        (pick(TEXTS), text()).prop_map(|(target, text)| Command::Amend { target, text }),
        (pick(TEXTS), pick(LANGS), any::<bool>(), text()).prop_map(|(target, lang, draft, text)| {
            Command::Translate {
                target,
                lang,
                draft,
                text,
            }
        }),
        pick(DECISIONS).prop_map(|decision| Command::Adopt { decision }),
        pick(DECISIONS).prop_map(|decision| Command::Reopen { decision }),
        (pick(DECISIONS), pick(IDS), text()).prop_map(|(decision, by, reason)| Command::Object {
            decision,
            by,
            reason
        }),
        (pick(DECISIONS), pick(IDS), text()).prop_map(|(decision, by, statement)| Command::Reserve {
            decision,
            by,
            statement
        }),
        pick(DECISIONS).prop_map(|decision| Command::DeferDecision { decision }),
        (pick(DECISIONS), pick(IDS)).prop_map(|(decision, by)| Command::Withdraw { decision, by }),
        (item(), prop::option::of(pick(LANGS)), text()).prop_map(|(item, lang, text)| Command::Note {
            item,
            lang,
            text
        }),
        pick(IDS).prop_map(|id| Command::Admit { id }),
        pick(IDS).prop_map(|id| Command::Suspend { id }),
        pick(IDS).prop_map(|id| Command::Reinstate { id }),
        (pick(IDS), 2009..2011i32).prop_map(|(id, year)| Command::Chair { id, year }),
        (pick(IDS), 2009..2011i32).prop_map(|(id, year)| Command::ViceChair { id, year }),
        (item(), pick(IDS), text()).prop_map(|(item, by, text)| Command::Statement { item, by, text }),
        (pick(BODIES), item(), text()).prop_map(|(body, item, text)| Command::Wg { body, item, text }),
        (pick(BODIES), item(), pick(DECISIONS), text()).prop_map(|(body, item, decision, text)| Command::Recommend {
            body,
            item,
            decision,
            text
        }),
        (pick(BODIES), text(), prop::option::of(pick(IDS))).prop_map(|(body, text, owner)| Command::Action {
            body,
            text,
            owner,
            due: None
        }),
        prop::sample::select(&["A1", "A2"][..]).prop_map(|a| Command::Done { action: a.to_string() }),
        Just(Command::AdoptCommunique),
        Just(Command::ReopenCommunique),
        (pick(TEXTS), pick(IDS), text()).prop_map(|(target, by, text)| Command::Propose { target, by, text }),
        (pick(AMENDMENTS), prop::collection::vec(pick(IDS), 1..3))
            .prop_map(|(amendment, ids)| Command::Support { amendment, ids }),
        (pick(AMENDMENTS), prop::option::of(text())).prop_map(|(amendment, text)| Command::Accept { amendment, text }),
        pick(AMENDMENTS).prop_map(|amendment| Command::Reject { amendment }),
        pick(AMENDMENTS).prop_map(|amendment| Command::WithdrawAmendment { amendment }),
        (pick(TEXTS), pick(WORDS), prop::option::of(pick(IDS))).prop_map(|(target, words, by)| Command::Bracket {
            target,
            words,
            by
        }),
        pick(BRACKETS).prop_map(|bracket| Command::Agree { bracket }),
        pick(BRACKETS).prop_map(|bracket| Command::Drop { bracket }),
        (pick(PARAGRAPHS), prop::option::of(text()))
            .prop_map(|(paragraph, text)| Command::AdoptParagraph { paragraph, text }),
        pick(PARAGRAPHS).prop_map(|paragraph| Command::Hold { paragraph }),
        pick(PARAGRAPHS).prop_map(|paragraph| Command::ReopenParagraph { paragraph }),
        Just(Command::Undo),
        Just(Command::Undo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn stored_state_equals_live_state(commands in prop::collection::vec(command(), 1..60)) {
        let (_dir, path) = common::windhoek();
        let mut session = Session::open(&path).expect("opens");
        let start = chrono::FixedOffset::east_opt(2 * 3600).unwrap().with_ymd_and_hms(2009, 6, 23, 9, 0, 0).unwrap();
        // The test's own model of undo: the state before each command that
        // can be undone, and whether it was an adoption or a reopening
        // (which undo refuses).
        let mut undoable: Vec<(plenary::domain::state::Core, bool)> = Vec::new();
        for (i, command) in commands.iter().enumerate() {
            // The canonical text of every command parses back to the command.
            prop_assert_eq!(&parse_line(&command.to_string()).unwrap().unwrap(), command);
            let before = session.state.core.clone();
            let at = start + Duration::seconds(37 * i as i64);
            match session.execute(command, "officer", at) {
                Ok(_) if *command == Command::Undo => {
                    let (expected, adoption) = undoable.pop().expect("undo succeeded, so there was something to undo");
                    prop_assert!(!adoption, "an adoption or a reopening was undone");
                    prop_assert_eq!(&session.state.core, &expected);
                }
                Ok(_) => undoable.push((
                    before,
                    matches!(
                        command,
                        Command::Adopt { .. }
                            | Command::AdoptCommunique
                            | Command::Reopen { .. }
                            | Command::ReopenCommunique
                            | Command::AdoptParagraph { .. }
                            | Command::ReopenParagraph { .. }
                    ),
                )),
                Err(ExecError::Refused(m)) => {
                    prop_assert_eq!(&session.state.core, &before, "a refused command changed the state: {}", command);
                    if *command == Command::Undo {
                        match undoable.last() {
                            Some((_, true)) => prop_assert!(
                                m.id.starts_with("undo-adoption-") || m.id.starts_with("undo-reopening-"),
                                "{}",
                                m.id
                            ),
                            _ => prop_assert!(undoable.is_empty()),
                        }
                    }
                }
                Err(ExecError::Store(e)) => panic!("store error: {e}"),
            }
        }
        let reopened = Session::open(&path).expect("reopens");
        prop_assert!(reopened.conflicts.is_empty());
        prop_assert_eq!(&reopened.state, &session.state);
    }
}

/// Random commands among notes, which apply until the communique is
/// adopted: logs long enough that a snapshot keeps only part of them.
fn applying_mostly() -> impl Strategy<Value = Command> {
    prop_oneof![
        3 => command(),
        7 => text().prop_map(|text| Command::Note {
            item: ItemNumber::parse("1").unwrap(),
            lang: None,
            text
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// For random command streams by three authors, with snapshots taken
    /// often and keeping little of the log: the state opened from the
    /// latest snapshot is the fold of every event, every stored snapshot
    /// agrees with that fold, and undo from it does what it does on the
    /// whole fold (reading the rest of the log when it reaches further).
    #[test]
    fn a_state_opened_from_a_snapshot_is_the_whole_fold(
        commands in prop::collection::vec((applying_mostly(), 0..3usize), 1..150),
        every in 1i64..12,
        reach in 1usize..24,
    ) {
        const AUTHORS: [&str; 3] = ["a", "b", "c"];
        let (_dir, path) = common::windhoek();
        let mut writer = Session::open(&path).expect("opens");
        writer.set_snapshots(every, reach);
        let start = chrono::FixedOffset::east_opt(2 * 3600).unwrap().with_ymd_and_hms(2009, 6, 23, 9, 0, 0).unwrap();
        for (i, (command, who)) in commands.iter().enumerate() {
            let at = start + Duration::seconds(37 * i as i64);
            if let Err(ExecError::Store(e)) = writer.execute(command, AUTHORS[*who], at) {
                panic!("store error: {e}");
            }
        }
        let written = writer.state.clone();
        drop(writer);

        let mut opened = Session::open(&path).expect("reopens");
        prop_assert!(opened.conflicts.is_empty());
        let mut full = Session::open_read(&path).expect("opens to read");
        let findings = full.verify_snapshots().expect("folds everything");
        prop_assert!(findings.iter().all(|(_, f)| *f == plenary::store::snapshot::Finding::Agrees), "{:?}", findings);
        prop_assert_eq!(&full.state, &written);
        prop_assert_eq!(&opened.state.core, &full.state.core);
        prop_assert_eq!(opened.state.last_seq(), full.state.last_seq());
        let skipped = opened.state.earlier.entries;
        prop_assert_eq!(skipped + opened.state.log.len(), full.state.log.len());
        prop_assert!(opened.state.log.iter().eq(full.state.log.iter().skip(skipped)), "the recent log, checkpoints and all");

        // Each author undoes once more, on the state from the snapshot.
        let later = start + Duration::hours(2);
        for who in AUTHORS {
            if let Err(ExecError::Store(e)) = opened.execute(&Command::Undo, who, later) {
                panic!("store error: {e}");
            }
        }
        let mut refolded = Session::open_read(&path).expect("opens to read");
        refolded.verify_snapshots().expect("folds everything");
        prop_assert_eq!(&opened.state.core, &refolded.state.core);
        prop_assert_eq!(opened.state.last_seq(), refolded.state.last_seq());
    }
}

#[test]
fn undo_belongs_to_its_author() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    let at = chrono::Local::now().fixed_offset();
    let run = |s: &mut Session, line: &str, who: &str| s.execute(&parse_line(line).unwrap().unwrap(), who, at);
    run(&mut s, "present NA", "secretariat").unwrap();
    run(&mut s, "translate KP/2009/IS/5 pt \"Texto final.\"", "rapporteur").unwrap();
    run(&mut s, "undo", "secretariat").unwrap();
    let na = s.state.delegation_index("NA").unwrap();
    assert_eq!(
        s.state.core.delegations[na].present, None,
        "the secretariat's roll call is undone"
    );
    let d = s.state.core.decision("KP/2009/IS/5").unwrap();
    assert_eq!(
        d.text.translations.get("pt").map(|t| t.draft),
        Some(false),
        "the rapporteur's translation stays"
    );
    assert!(matches!(run(&mut s, "undo", "secretariat"), Err(ExecError::Refused(m)) if m.id == "undo-nothing"));
}

#[test]
fn undo_is_refused_when_a_later_command_needs_it() {
    let (_dir, path) = common::windhoek();
    let mut s = Session::open(&path).unwrap();
    let at = chrono::Local::now().fixed_offset();
    let run = |s: &mut Session, line: &str, who: &str| s.execute(&parse_line(line).unwrap().unwrap(), who, at);
    run(&mut s, "draft 4 KP/T/9 \"A new decision.\"", "secretariat").unwrap();
    run(&mut s, "translate KP/T/9 fr \"Une nouvelle décision.\"", "rapporteur").unwrap();
    let before = s.state.clone();
    match run(&mut s, "undo", "secretariat") {
        Err(ExecError::Refused(m)) => assert_eq!(m.id, "undo-later-depends"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(s.state, before);
}

/// Raw events, many of them invalid, as another process's record may hold
/// them: the fold applies each group whole or leaves the state as it was.
fn event() -> impl Strategy<Value = Event> {
    let ids = || prop::collection::vec(pick(IDS), 1..4);
    let item = || pick(ITEMS);
    prop_oneof![
        (ids(), any::<bool>()).prop_map(|(ids, present)| Event::Attendance { ids, present }),
        item().prop_map(|item| Event::ItemOpened { item }),
        item().prop_map(|item| Event::ItemClosed { item }),
        item().prop_map(|item| Event::ItemDeferred { item }),
        pick(IDS).prop_map(|id| Event::SpeakerAdded { id }),
        Just(Event::SpeakerNext),
        pick(IDS).prop_map(|id| Event::SpeakerRemoved { id }),
        (item(), pick(DECISIONS), text()).prop_map(|(item, decision, text)| Event::Drafted {
            item,
            decision,
            kind: DecisionKind::Decision,
            by: None,
            text,
            lang: None,
        }),
        (pick(TEXTS), text(), prop::option::of(pick(LANGS))).prop_map(|(target, text, lang)| Event::Amended {
            target,
            text,
            lang
        }),
        (pick(TEXTS), pick(LANGS), text(), any::<bool>()).prop_map(|(target, lang, text, draft)| {
            Event::Translated {
                target,
                lang,
                text,
                draft,
            }
        }),
        pick(DECISIONS).prop_map(|decision| Event::Adopted { decision }),
        pick(DECISIONS).prop_map(|decision| Event::Reopened { decision }),
        (pick(DECISIONS), pick(IDS), text(), prop::option::of(pick(LANGS))).prop_map(|(decision, by, reason, lang)| {
            Event::Objected {
                decision,
                by,
                reason,
                lang,
            }
        }),
        (pick(DECISIONS), pick(IDS)).prop_map(|(decision, by)| Event::ObjectionWithdrawn { decision, by }),
        (pick(DECISIONS), pick(IDS), text()).prop_map(|(decision, by, statement)| Event::Reserved {
            decision,
            by,
            statement,
            lang: Some("en".into()),
        }),
        Just(Event::DecisionDeferred {
            decision: "KP/2009/IS/3".into()
        }),
        (item(), text(), prop::option::of(pick(LANGS))).prop_map(|(item, text, lang)| Event::Noted {
            item,
            text,
            lang
        }),
        (item(), pick(LANGS), text()).prop_map(|(item, lang, text)| Event::NoteTranslated { item, lang, text }),
        pick(IDS).prop_map(|id| Event::Admitted { id }),
        pick(IDS).prop_map(|id| Event::Suspended { id }),
        pick(IDS).prop_map(|id| Event::Reinstated { id }),
        (pick(IDS), 2009..2011i32).prop_map(|(id, year)| Event::ChairSelected { id, year, item: None }),
        (pick(IDS), 2009..2011i32).prop_map(|(id, year)| Event::ViceChairSelected { id, year, item: None }),
        (pick(BODIES), text()).prop_map(|(body, text)| Event::ActionAdded {
            body,
            text,
            owner: None,
            due: None,
            lang: None,
        }),
        Just(Event::CommuniqueAdopted),
        Just(Event::CommuniqueReopened),
        (pick(TEXTS), pick(IDS), text(), 0u32..4).prop_map(|(target, by, text, base)| Event::Proposed {
            target,
            by,
            text,
            base
        }),
        (pick(AMENDMENTS), prop::collection::vec(pick(IDS), 0..3))
            .prop_map(|(amendment, ids)| Event::ProposalSupported { amendment, ids }),
        (pick(AMENDMENTS), prop::option::of(text()))
            .prop_map(|(amendment, text)| Event::ProposalAccepted { amendment, text }),
        pick(AMENDMENTS).prop_map(|amendment| Event::ProposalRejected { amendment }),
        pick(AMENDMENTS).prop_map(|amendment| Event::ProposalWithdrawn { amendment }),
        (pick(TEXTS), pick(WORDS), prop::option::of(pick(IDS))).prop_map(|(target, words, by)| Event::Bracketed {
            target,
            words,
            by
        }),
        pick(BRACKETS).prop_map(|bracket| Event::BracketAgreed { bracket }),
        pick(BRACKETS).prop_map(|bracket| Event::BracketDropped { bracket }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Long enough to cross several of the log's checkpoints (one state
    /// kept every `CHECKPOINT_EVERY` commands): every undo gives back the
    /// state before the command it undoes, and a refused group or undo
    /// changes nothing.
    #[test]
    fn groups_apply_whole_or_not_at_all(
        groups in prop::collection::vec(
            prop_oneof![
                4 => prop::collection::vec(event(), 1..2),
                1 => prop::collection::vec(event(), 2..4),
                1 => Just(Vec::new()),
            ],
            1..200,
        )
    ) {
        let (_dir, path) = common::windhoek();
        let meeting = plenary::files::load(&path).expect("the sample loads");
        let mut state = State::new(Arc::new(meeting));
        let start = chrono::FixedOffset::east_opt(2 * 3600).unwrap().with_ymd_and_hms(2009, 6, 23, 9, 0, 0).unwrap();
        let mut applied: Vec<(i64, plenary::domain::state::Core)> = Vec::new();
        for (i, events) in groups.into_iter().enumerate() {
            let seq = i as i64 + 1;
            // An empty group stands for an undo of the last command applied.
            let events = if events.is_empty() {
                vec![Event::Undone { group: applied.last().map_or(0, |(seq, _)| *seq) }]
            } else {
                events
            };
            let group = Arc::new(Group {
                seq,
                at: start + Duration::seconds(30 * i as i64),
                author: "officer".into(),
                command: format!("group {seq}"),
                events,
            });
            let before = state.clone();
            let undo = matches!(group.events.as_slice(), [Event::Undone { .. }]);
            match state.apply(group) {
                Ok(()) if undo => {
                    let (_, expected) = applied.pop().expect("an undo applied, so something was undone");
                    prop_assert_eq!(&state.core, &expected);
                }
                Ok(()) => applied.push((seq, before.core)),
                Err(_) => {
                    prop_assert_eq!(&state, &before);
                    // An undo names the last command applied: it is refused only when there is none.
                    prop_assert!(!undo || applied.is_empty(), "the undo of group {} was refused", applied.last().map_or(0, |a| a.0));
                }
            }
        }
    }
}
