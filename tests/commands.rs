//! The rules of the command language against the Windhoek sample: what is
//! refused, with which message, and what each accepted command changes.

mod common;

use plenary::commands::parse_line;
use plenary::domain::state::{ItemStatus, Outcome, TranslationState};
use plenary::store::{ExecError, Session};

struct Room {
    _dir: tempfile::TempDir,
    s: Session,
    minute: i64,
}

impl Room {
    fn new() -> Room {
        let (dir, path) = common::windhoek();
        Room {
            s: Session::open(&path).unwrap(),
            _dir: dir,
            minute: 0,
        }
    }

    /// Runs a line; `Ok` or the id of the message that refused it.
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
}

#[test]
fn roll_call_by_id_and_category() {
    let mut r = Room::new();
    r.ok("present participants");
    assert_eq!(
        r.s.state.present(plenary::domain::meeting::Category::Participant).len(),
        49
    );
    r.ok("absent na zw");
    assert_eq!(
        r.s.state.present(plenary::domain::meeting::Category::Participant).len(),
        47
    );
    assert_eq!(r.run("present XX"), Err("err-unknown-delegation"));
    assert_eq!(r.run("present WGM"), Err("err-body-not-delegation"));
    r.ok("present observers applicants");
    assert_eq!(r.s.state.present(plenary::domain::meeting::Category::Observer).len(), 2);
}

#[test]
fn one_item_open_at_a_time() {
    let mut r = Room::new();
    assert_eq!(r.run("open 99"), Err("err-unknown-item"));
    r.ok("open 1");
    assert_eq!(r.run("open 2"), Err("err-other-item-open"));
    assert_eq!(r.run("open 1"), Err("err-item-already-open"));
    r.ok("close 1");
    assert_eq!(r.run("close 1"), Err("err-item-status"));
    r.ok("defer 2");
    assert_eq!(r.s.state.core.items[1].status, ItemStatus::Deferred);
    r.ok("open 2");
    // Each line is a minute: item 1 was opened at minute 2 and closed at minute 5.
    assert_eq!(r.s.state.core.items[0].used_seconds, 180);
}

#[test]
fn speakers_list_records_who_spoke_and_how_long() {
    let mut r = Room::new();
    assert_eq!(r.run("speaker add NA"), Err("err-no-open-item"));
    r.ok("open 2");
    r.ok("speaker add ZW");
    r.ok("speaker add NA");
    assert_eq!(r.run("speaker add zw"), Err("err-speaker-queued"));
    r.ok("speaker next"); // ZW has the floor
    r.ok("speaker next"); // one minute later, NA
    r.ok("speaker remove NA");
    assert_eq!(r.run("speaker next"), Err("err-no-speakers"));
    let item = &r.s.state.core.items[1];
    assert_eq!(
        item.spoken
            .iter()
            .map(|s| (s.delegation.as_str(), s.seconds))
            .collect::<Vec<_>>(),
        [("ZW", 60), ("NA", 60)]
    );
}

#[test]
fn consensus_objection_and_reservation() {
    let mut r = Room::new();
    assert_eq!(
        r.run("object KP/2009/IS/1 WDC \"Not ready.\""),
        Err("err-not-participant")
    );
    assert_eq!(
        r.run("object KP/2009/IS/1 KE \"Not ready.\""),
        Err("err-not-participant")
    );
    assert_eq!(
        r.run("reserve KP/2009/IS/1 ZW \"Reserve.\""),
        Err("err-reserve-not-adopted")
    );
    r.ok("object KP/2009/IS/1 ZW \"Not ready.\"");
    assert!(matches!(
        r.s.state.core.decision("KP/2009/IS/1").unwrap().outcome,
        Outcome::NotAdopted { .. }
    ));
    r.ok("adopt kp/2009/is/1");
    assert_eq!(r.run("adopt KP/2009/IS/1"), Err("err-already-adopted"));
    assert_eq!(r.run("object KP/2009/IS/1 ZW \"Late.\""), Err("err-object-adopted"));
    assert_eq!(r.run("amend KP/2009/IS/1 \"New text.\""), Err("err-amend-adopted"));
    r.ok("reserve KP/2009/IS/1 ZW \"Zimbabwe reserves its position.\"");
    assert_eq!(r.s.state.core.decision("KP/2009/IS/1").unwrap().reservations.len(), 1);
    assert_eq!(r.run("adopt KP/NONE/1"), Err("err-unknown-decision"));
    // A self-suspended participant cannot block consensus.
    assert_eq!(
        r.run("object KP/2009/IS/2 VE \"No.\""),
        Err("err-participant-suspended")
    );
}

#[test]
fn amendment_makes_translations_stale_until_translated_again() {
    let mut r = Room::new();
    r.ok("draft 4 KP/T/1 \"The Plenary agreed.\"");
    r.ok("translate KP/T/1 fr \"La Plénière a convenu.\"");
    r.ok("translate KP/T/1 ru --draft \"Пленарное заседание согласилось.\"");
    let text = |r: &Room| r.s.state.core.decision("KP/T/1").unwrap().text.clone();
    assert_eq!(text(&r).state("fr"), TranslationState::Final);
    assert_eq!(text(&r).state("ru"), TranslationState::Draft);
    assert_eq!(text(&r).state("pt"), TranslationState::Missing);
    r.ok("amend KP/T/1 \"The Plenary agreed unanimously.\"");
    assert_eq!(text(&r).state("fr"), TranslationState::Stale);
    assert_eq!(
        r.run("amend KP/T/1 \"The Plenary agreed unanimously.\""),
        Err("err-same-text")
    );
    r.ok("translate KP/T/1 fr \"La Plénière a convenu à l'unanimité.\"");
    assert_eq!(text(&r).state("fr"), TranslationState::Final);
    assert_eq!(r.run("translate KP/T/1 en \"x\""), Err("err-translate-original"));
    assert_eq!(r.run("translate KP/T/1 de \"x\""), Err("err-unknown-language"));
    assert_eq!(r.run("draft 4 KP/T/1 \"Again.\""), Err("err-decision-exists"));
    assert_eq!(r.run("draft 4 P7 \"Again.\""), Err("err-bad-decision-id"));
}

#[test]
fn membership_changes() {
    let (dir, path) = common::sample("sun-city-2003-plenary.toml");
    let mut r = Room {
        s: Session::open(&path).unwrap(),
        _dir: dir,
        minute: 0,
    };
    assert_eq!(r.s.state.participant_totals().0, 43);
    r.ok("admit BR");
    r.ok("admit RO");
    r.ok("admit TG");
    assert_eq!(r.s.state.participant_totals().0, 46);
    assert_eq!(r.run("admit BR"), Err("err-admit-not-applicant"));
    assert_eq!(r.run("admit WDC"), Err("err-admit-not-applicant"));
    r.ok("chair CA 2004");
    r.ok("vice-chair RU 2004");
    assert_eq!(r.run("vice-chair CA 2004"), Err("err-both-roles"));
    assert_eq!(r.run("chair WDC 2004"), Err("err-not-participant"));
    r.ok("suspend CA");
    assert_eq!(r.run("suspend CA"), Err("err-participant-suspended"));
    r.ok("reinstate CA");
    assert_eq!(r.run("reinstate CA"), Err("err-not-suspended"));
}

#[test]
fn notes_statements_reports_and_actions() {
    let mut r = Room::new();
    let before = r.s.state.core.paragraphs.len();
    assert_eq!(r.run("note 11 fr \"Texte.\""), Err("err-no-note"));
    r.ok("note 11 \"Other business was raised.\"");
    r.ok("note 11 fr \"D'autres questions ont été soulevées.\"");
    r.ok("statement 6 VE \"Venezuela remains committed.\"");
    r.ok("wg WGM 7 \"The WGM met twice.\"");
    assert_eq!(r.run("wg NOPE 7 \"x\""), Err("err-unknown-body"));
    assert_eq!(r.s.state.core.paragraphs.len(), before + 3);
    r.ok("action WGS \"Contact participants.\" --owner WGS --due 2009-07-15");
    r.ok("done A1");
    assert_eq!(r.run("done A1"), Err("err-action-done"));
    assert_eq!(r.run("done A2"), Err("err-unknown-action"));
    r.ok("adopt communique");
    assert_eq!(r.run("adopt communique"), Err("err-communique-adopted"));
}
