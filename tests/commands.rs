//! The rules of the command language against the Windhoek sample: what is
//! refused, with which message, and what each accepted command changes.

mod common;

use plenary::commands::parse_line;
use plenary::domain::state::{CommuniqueStep, ItemStatus, Outcome, Step, TextKind, TranslationState};
use plenary::store::{ExecError, Session};

use common::room::Room;

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
    // Only a participant present can block consensus.
    assert_eq!(
        r.run("object KP/2009/IS/1 ZW \"Not ready.\""),
        Err("err-objector-absent")
    );
    r.ok("present ZW");
    r.ok("object KP/2009/IS/1 ZW \"Not ready.\"");
    assert!(matches!(
        r.s.state.core.decision("KP/2009/IS/1").unwrap().outcome,
        Outcome::NotAdopted { .. }
    ));
    assert_eq!(r.run("object KP/2009/IS/1 ZW \"Again.\""), Err("err-already-objected"));
    // The objection is not silently replaced by an adoption.
    assert_eq!(r.run("adopt kp/2009/is/1"), Err("err-adopt-objected"));
    r.ok("withdraw KP/2009/IS/1 ZW");
    r.ok("adopt kp/2009/is/1");
    assert_eq!(r.run("adopt KP/2009/IS/1"), Err("err-already-adopted"));
    assert_eq!(r.run("object KP/2009/IS/1 ZW \"Late.\""), Err("err-object-adopted"));
    assert_eq!(r.run("amend KP/2009/IS/1 \"New text.\""), Err("err-sealed"));
    r.ok("reserve KP/2009/IS/1 ZW \"Zimbabwe reserves its position.\"");
    assert_eq!(r.s.state.core.decision("KP/2009/IS/1").unwrap().reservations.len(), 1);
    assert_eq!(r.run("adopt KP/NONE/1"), Err("err-unknown-decision"));
    // A self-suspended participant cannot block consensus.
    r.ok("present VE");
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
    assert_eq!(r.run("draft 4 P7 \"Again.\""), Err("cmd-expected-decision"));
}

#[test]
fn membership_changes() {
    let (dir, path) = common::sample("sun-city-2003-plenary.toml");
    let mut r = Room::of(dir, path);
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

#[test]
fn outcome_history_is_kept_objected_withdrawn_deferred_adopted() {
    let mut r = Room::new();
    r.ok("present ZW ZA");
    r.ok("object KP/2009/IS/3 ZW \"The figures are not final.\"");
    r.ok("object KP/2009/IS/3 ZA \"South Africa needs time.\"");
    assert_eq!(r.run("withdraw KP/2009/IS/3 NA"), Err("err-no-objection"));
    r.ok("withdraw KP/2009/IS/3 ZW");
    assert_eq!(r.run("withdraw KP/2009/IS/3 ZW"), Err("err-no-objection"));
    // South Africa's objection still stands.
    assert_eq!(r.run("adopt KP/2009/IS/3"), Err("err-adopt-objected"));
    r.ok("defer KP/2009/IS/3");
    assert_eq!(r.run("adopt KP/2009/IS/3"), Err("err-adopt-objected"));
    r.ok("withdraw KP/2009/IS/3 ZA");
    assert!(matches!(
        r.s.state.core.decision("KP/2009/IS/3").unwrap().outcome,
        Outcome::Deferred { .. }
    ));
    r.ok("adopt KP/2009/IS/3");
    let d = r.s.state.core.decision("KP/2009/IS/3").unwrap().clone();
    let steps: Vec<&str> = d
        .history
        .iter()
        .map(|s| match s {
            Step::Objected { .. } => "objected",
            Step::Withdrawn { .. } => "withdrawn",
            Step::Deferred { .. } => "deferred",
            Step::Adopted { .. } => "adopted",
            Step::Reopened { .. } => "reopened",
        })
        .collect();
    assert_eq!(
        steps,
        ["objected", "objected", "withdrawn", "deferred", "withdrawn", "adopted"]
    );
    assert_eq!(d.objections.len(), 2, "withdrawn objections stay in the record");
    assert!(d.objections.iter().all(|o| o.withdrawn.is_some()));
    assert_eq!(d.objections[1].reason.original, "South Africa needs time.");

    // The printed decision tells the whole story, in every language.
    let doc = plenary::render::decision::build(&r.s.state, &d, "en");
    let text = plenary::render::text::write(&doc);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        "objected to by",
        "(O1)",
        "objection O1 withdrawn by",
        "deferred on 23 June 2009",
        "adopted on 23 June 2009",
        "The figures are not final.",
        "South Africa needs time.",
    ] {
        assert!(flat.contains(part), "{part:?} missing from the decision:\n{text}");
    }
    let fr = plenary::render::text::write(&plenary::render::decision::build(&r.s.state, &d, "fr"));
    let fr = fr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        fr.contains("retrait de l’objection O1 du Zimbabwe, le 23 juin 2009"),
        "{fr}"
    );
    assert!(fr.contains("reportée le"), "{fr}");

    // And the export keeps every step and every objection with its id.
    let export = serde_json::to_value(plenary::render::export::export(&r.s.state, &[])).unwrap();
    let row = export["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "KP/2009/IS/3")
        .unwrap();
    assert_eq!(row["history"].as_array().unwrap().len(), 6);
    assert_eq!(row["objections"][0]["id"], "O1");
    assert_eq!(row["objections"][1]["reason"]["original"], "South Africa needs time.");
    assert!(row["objections"][1]["withdrawn"].is_string());
}

#[test]
fn an_objector_is_checked_before_the_reason_is_typed() {
    let mut r = Room::new();
    let state = &r.s.state;
    assert_eq!(
        state.may_object("KP/2009/IS/1", "ZW").unwrap_err().id,
        "err-objector-absent"
    );
    assert_eq!(
        state.may_object("KP/2009/IS/1", "WDC").unwrap_err().id,
        "err-not-participant"
    );
    assert_eq!(
        state.may_object("KP/NONE", "ZW").unwrap_err().id,
        "err-unknown-decision"
    );
    r.ok("present ZW");
    assert!(r.s.state.may_object("KP/2009/IS/1", "ZW").is_ok());
}

#[test]
fn a_speaker_not_marked_present_is_marked_present() {
    let mut r = Room::new();
    r.ok("absent NA");
    r.ok("open 2");
    r.ok("speaker add NA");
    let na = r.s.state.delegation_index("NA").unwrap();
    assert_eq!(r.s.state.core.delegations[na].present, Some(true));
    assert_eq!(r.s.state.core.items[1].queue.len(), 1);
    // One command: undo takes both back.
    r.ok("undo");
    assert_eq!(r.s.state.core.delegations[na].present, Some(false));
    assert!(r.s.state.core.items[1].queue.is_empty());
}

#[test]
fn an_adopted_communique_is_final_until_reopened() {
    let mut r = Room::new();
    r.ok("present NA");
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:30+02:00").unwrap();
    let note = parse_line("note 11 \"Other business was raised.\"").unwrap().unwrap();
    r.s.execute(&note, "rapporteur", at).unwrap();
    assert_eq!(r.run("reopen communique"), Err("err-communique-not-adopted"));
    r.ok("adopt communique");
    for line in [
        "note 11 \"A late paragraph.\"",
        "draft 4 KP/T/9 \"A late decision.\"",
        "adopt KP/2009/IS/1",
        "present ZW",
        "admit KE",
        "chair NA 2010",
        "statement 6 VE \"Late.\"",
        "amend P1 \"Changed.\"",
    ] {
        assert_eq!(r.run(line), Err("err-communique-final"), "{line}");
    }
    // Undoing the rapporteur's note would change the adopted text too.
    let at = chrono::DateTime::parse_from_rfc3339("2009-06-23T12:00:00+02:00").unwrap();
    let undo = parse_line("undo").unwrap().unwrap();
    match r.s.execute(&undo, "rapporteur", at) {
        Err(ExecError::Refused(m)) => assert_eq!(m.id, "err-communique-final"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // A translation after adoption is undone like any other.
    r.ok("translate P1 fr \"D'autres questions ont été soulevées.\"");
    r.ok("undo");
    // Translations and the floor go on.
    r.ok("open 2");
    r.ok("speaker add NA");
    r.ok("reopen communique");
    r.ok("note 11 \"A late paragraph.\"");
    let history: Vec<bool> =
        r.s.state
            .core
            .communique_history
            .iter()
            .map(|s| matches!(s, CommuniqueStep::Adopted { .. }))
            .collect();
    assert_eq!(history, [true, false]);
    let export = serde_json::to_value(plenary::render::export::export(&r.s.state, &[])).unwrap();
    assert_eq!(export["communique"]["history"][1]["step"], "reopened");
}

#[test]
fn every_recorded_text_has_an_id_and_can_be_translated_and_amended() {
    let mut r = Room::new();
    r.ok("present ZW NA");
    r.ok("note 11 \"Other business was raised.\"");
    r.ok("statement 6 VE \"Venezuela remains committed.\"");
    r.ok("wg WGM 7 \"The WGM met twice.\"");
    r.ok("recommend WGM 7 KP/T/10 \"A review mission to Guinea.\"");
    r.ok("open 4");
    r.ok("action WGS \"Contact participants.\" --owner WGS");
    r.ok("object KP/2009/IS/3 ZW \"Not yet.\"");
    r.ok("adopt KP/2009/IS/1");
    r.ok("reserve KP/2009/IS/1 NA \"Namibia reserves its position.\"");

    let texts = r.s.state.texts();
    // The last of each kind: the one just recorded (the meeting file prepares others).
    let find = |kind: TextKind| texts.iter().rfind(|t| t.kind == kind).map(|t| t.id.clone()).unwrap();
    let ids: Vec<String> = [
        TextKind::Note,
        TextKind::Statement,
        TextKind::Report,
        TextKind::Recommendation,
        TextKind::Action,
        TextKind::Objection,
        TextKind::Reservation,
    ]
    .into_iter()
    .map(find)
    .collect();
    assert!(
        ids.contains(&"O1".to_string()) && ids.contains(&"R1".to_string()),
        "{ids:?}"
    );
    // One list: the same count as paragraphs, decisions, actions, objections and reservations.
    let core = &r.s.state.core;
    let reservations: usize = core.decisions.iter().map(|d| d.reservations.len()).sum();
    let objections: usize = core.decisions.iter().map(|d| d.objections.len()).sum();
    assert_eq!(
        texts.len(),
        core.paragraphs.len() + core.decisions.len() + core.actions.len() + reservations + objections
    );
    assert!(texts.iter().all(|t| t.lang() == "en"));
    drop(texts);

    for id in &ids {
        r.ok(&format!("translate {id} fr \"Texte en français.\""));
        r.ok(&format!("translate {id} ru --draft \"Черновик.\""));
        let text = r.s.state.core.text(id).unwrap().clone();
        assert_eq!(text.state("fr"), TranslationState::Final, "{id}");
        assert_eq!(text.state("ru"), TranslationState::Draft, "{id}");
        assert_eq!(
            r.run(&format!("translate {id} en \"x\"")),
            Err("err-translate-original")
        );
        r.ok(&format!("amend {id} \"A new original.\""));
        assert_eq!(
            r.s.state.core.text(id).unwrap().state("fr"),
            TranslationState::Stale,
            "{id}"
        );
    }
    assert_eq!(r.run("translate R9 fr \"x\""), Err("err-unknown-text"));
    assert_eq!(r.run("translate O9 fr \"x\""), Err("err-unknown-text"));

    // A reservation without its French counts as waiting in the French communique.
    let before = plenary::render::communique::build(&r.s.state, "fr").pending;
    r.ok("translate R1 fr \"La Namibie réserve sa position.\"");
    let after = plenary::render::communique::build(&r.s.state, "fr").pending;
    assert_eq!(after + 1, before);
}

#[test]
fn ids_are_kept_as_recorded_with_their_spaces() {
    let mut r = Room::new();
    let id = "KP/2017/Plenary/Administrative Decision 1";
    r.ok(&format!("draft 4 \"{id}\" \"The Plenary agreed.\""));
    r.ok("adopt \"kp/2017/plenary/administrative decision 1\"");
    let d = r.s.state.core.decision(id).unwrap().clone();
    assert_eq!(d.id, id);
    // The stored command line reads back to the same command.
    let line = &r.s.state.log.last().unwrap().group.command;
    assert_eq!(line, "adopt \"kp/2017/plenary/administrative decision 1\"");
    let text = plenary::render::text::write(&plenary::render::decision::build(&r.s.state, &d, "en"));
    assert!(text.contains(id), "the id is printed as written:\n{text}");
    assert!(!text.contains(&id.to_uppercase()));
    // Unquoted, the words are separate arguments.
    assert_eq!(
        r.run("adopt KP/2017/Plenary/Administrative Decision 1"),
        Err("cmd-extra-arg")
    );
}

#[test]
fn keywords_and_hidden_characters_are_refused_as_ids() {
    let mut r = Room::new();
    assert_eq!(r.run("draft 4 communique \"x\""), Err("err-id-keyword"));
    assert_eq!(r.run("draft 4 undo \"x\""), Err("err-id-keyword"));
    assert_eq!(r.run("draft 4 \"--draft\" \"x\""), Err("err-id-keyword"));
    // Bare, a word with a dash is an option, and draft takes none.
    assert_eq!(r.run("draft 4 --draft \"x\""), Err("cmd-unknown-flag"));
    assert_eq!(r.run("draft 4 \"-KP/1\" \"x\""), Err("err-id-dash"));
    assert_eq!(r.run("draft 4 \"KP/1\u{202e}\" \"x\""), Err("err-id-hidden-char"));
    assert_eq!(r.run("draft 4 \"KP/1\u{200b}\" \"x\""), Err("err-id-hidden-char"));
    assert_eq!(r.run("draft 4 \"KP 1 \" \"x\""), Err("err-id-spaces"));
    assert_eq!(r.run("open 4"), Ok(()));
    assert_eq!(r.run("speaker add all"), Err("err-id-keyword"));
    // "adopt communique" is the communique, never a decision.
    assert!(matches!(
        parse_line("adopt communique").unwrap().unwrap(),
        plenary::commands::Command::AdoptCommunique
    ));
    // An unknown word is an error, not an undo.
    assert_eq!(parse_line("undoo").unwrap_err().msg.id, "cmd-unknown");
    assert_eq!(parse_line("frobnicate 3").unwrap_err().msg.id, "cmd-unknown");
}

#[test]
fn an_empty_author_is_refused() {
    let (dir, path) = common::windhoek();
    let out = common::plenary()
        .args(["do", path.to_str().unwrap(), "--as", "", "present NA"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--as"));
    let out = common::plenary()
        .args(["do", path.to_str().unwrap(), "--as", "  ", "present NA"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_text_remembers_its_language_when_the_body_reorders_its_languages() {
    let (dir, path) = common::windhoek();
    let mut r = Room::of(dir, path);
    r.ok("present ZW NA");
    r.ok("draft 4 KP/T/1 \"The Plenary agreed.\"");
    for (lang, text) in [
        ("fr", "La Plénière a convenu."),
        ("pt", "A Plenária concordou."),
        ("es", "El Pleno convino."),
        ("ru", "Пленарное заседание согласилось."),
    ] {
        r.ok(&format!("translate KP/T/1 {lang} \"{text}\""));
    }
    r.ok("adopt KP/T/1");
    r.ok("reserve KP/T/1 NA \"Namibia reserves its position.\"");
    r.ok("translate R1 fr \"La Namibie réserve sa position.\"");
    let print = |s: &Session| -> Vec<String> {
        let d = s.state.core.decision("KP/T/1").unwrap();
        ["en", "fr", "pt", "es", "ru"]
            .iter()
            .map(|l| plenary::render::text::write(&plenary::render::decision::build(&s.state, d, l)))
            .collect()
    };
    let before = print(&r.s);
    let fingerprint = plenary::render::decision::fingerprint(r.s.state.core.decision("KP/T/1").unwrap(), "en");
    let body = r.dir.path().join("kimberley-process.toml");
    let text = std::fs::read_to_string(&body).unwrap();
    let reordered = text.replace(
        r#"languages = ["en-GB", "fr", "pt-PT", "es", "ru"]"#,
        r#"languages = ["fr", "en-GB", "pt-PT", "es", "ru"]"#,
    );
    assert_ne!(text, reordered, "the body file names its languages as expected");
    std::fs::write(&body, reordered).unwrap();

    let s = Session::open(&r.path).unwrap();
    assert_eq!(s.state.meeting.original(), "fr", "the body's first language changed");
    let d = s.state.core.decision("KP/T/1").unwrap();
    assert_eq!(d.text.lang, "en");
    assert_eq!(d.text.original, "The Plenary agreed.");
    assert_eq!(plenary::render::decision::fingerprint(d, "en"), fingerprint);
    assert_eq!(d.reservations[0].text.lang, "en");
    assert_eq!(d.reservations[0].text.state("fr"), TranslationState::Final);
    assert_eq!(print(&s), before, "the same texts in the same languages");
}

#[test]
fn an_event_recorded_without_a_language_takes_the_body_first() {
    let (_dir, path) = common::windhoek();
    let meeting = plenary::files::load(&path).unwrap();
    let mut state = plenary::domain::State::new(std::sync::Arc::new(meeting));
    let event: plenary::domain::Event =
        serde_json::from_str(r#"{"type":"noted","item":"11","text":"An old note."}"#).unwrap();
    state
        .apply(std::sync::Arc::new(plenary::domain::Group {
            seq: 1,
            at: chrono::DateTime::parse_from_rfc3339("2009-06-23T09:00:00+02:00").unwrap(),
            author: "officer".into(),
            command: "note 11 \"An old note.\"".into(),
            events: vec![event],
        }))
        .unwrap();
    let p = state.core.paragraphs.last().unwrap();
    assert_eq!(p.text.lang, state.meeting.original());
}

#[test]
fn texts_follow_the_agenda_with_objections_and_reservations_after_their_decision() {
    let mut r = Room::new();
    r.ok("present ZW NA");
    r.ok("draft 4 KP/T/1 \"First.\"");
    r.ok("draft 4 KP/T/2 \"Second.\"");
    r.ok("object KP/T/1 ZW \"Not yet.\"");
    r.ok("adopt KP/T/2");
    r.ok("reserve KP/T/2 NA \"Namibia reserves its position.\"");
    r.ok("note 4 \"A note under item 4.\"");
    let texts = r.s.state.texts();
    let ids: Vec<&str> = texts.iter().map(|t| t.id.as_str()).collect();
    let at = |id: &str| {
        ids.iter()
            .position(|i| *i == id)
            .unwrap_or_else(|| panic!("{id} in {ids:?}"))
    };
    assert_eq!(at("O1"), at("KP/T/1") + 1, "{ids:?}");
    assert_eq!(at("R1"), at("KP/T/2") + 1, "{ids:?}");
    let note = format!("P{}", r.s.state.core.paragraphs.len());
    assert_eq!(texts[at(&note)].kind, TextKind::Note);
    assert!(
        at(&note) < at("KP/T/1"),
        "an item's paragraphs come before its decisions: {ids:?}"
    );
    let item4 = r.s.state.meeting.items.iter().position(|i| i.number.to_string() == "4");
    assert!(
        texts
            .iter()
            .filter(|t| t.id.starts_with("KP/T/"))
            .all(|t| t.item == item4)
    );
    // The original's own language counts as final; the others wait.
    let o1 = &texts[at("O1")];
    assert_eq!(o1.state("en"), TranslationState::Final);
    assert_eq!(o1.state("ru"), TranslationState::Missing);
}

/// A line of one form of a usage (`translate ID LANG [--draft] "text"`),
/// each placeholder filled with a value of the Windhoek sample and each
/// option written out.
fn filled(form: &str) -> String {
    let words: Vec<&str> = form.split(' ').collect();
    let value = |i: usize| -> String {
        let w = words[i].trim_start_matches('[').trim_end_matches(']');
        let next = words.get(i + 1).map_or("", |n| n.trim_start_matches('['));
        match w {
            "ITEM" => "4".into(),
            "DECISION" => "KP/2009/IS/1".into(),
            // An id before a language names a text.
            "ID" if next.starts_with("LANG") => "KP/2009/IS/1".into(),
            "ID" | "ID…" => "NA".into(),
            "BODY" => "WGS".into(),
            "LANG" => "fr".into(),
            "YEAR" => "2010".into(),
            "ACTION" => "A1".into(),
            "YYYY-MM-DD" => "2009-07-15".into(),
            w if w.starts_with('"') => "\"Noted.\"".into(),
            w => w.to_string(),
        }
    };
    (0..words.len()).map(value).collect::<Vec<_>>().join(" ")
}

/// What a hurried hand makes of an option: a dash too many at the end, two
/// neighbours swapped, one character dropped.
fn typos(flag: &str) -> Vec<String> {
    let chars: Vec<char> = flag.chars().collect();
    let mut out = vec![format!("{flag}-")];
    for i in 0..chars.len() - 1 {
        let mut swapped = chars.clone();
        swapped.swap(i, i + 1);
        out.push(swapped.into_iter().collect());
    }
    for i in 0..chars.len() {
        let mut dropped = chars.clone();
        dropped.remove(i);
        out.push(dropped.into_iter().collect());
    }
    out.retain(|t| t != flag);
    out.sort();
    out.dedup();
    out
}

/// Runs `line` in the room if it parses (the old parser took many of these
/// as texts), so that whatever it would record is seen to be recorded.
fn refusal(r: &mut Room, line: &str) -> Result<plenary::domain::Msg, String> {
    match parse_line(line) {
        Err(e) => Ok(e.msg),
        Ok(parsed) => {
            let recorded = r.run(line);
            Err(format!("{line}: parsed as {parsed:?}, then {recorded:?}"))
        }
    }
}

#[test]
fn every_mistyped_option_of_the_table_is_refused_naming_the_option() {
    use plenary::commands::parse::COMMANDS;
    use plenary::domain::message::Arg;
    let mut r = Room::new();
    r.ok("open 4");
    let before = r.s.state.log.len();
    let mut tried = 0;
    for spec in COMMANDS {
        for &flag in spec.flags {
            let form = spec.usage.split(" | ").find(|f| f.contains(flag)).unwrap();
            let line = filled(form);
            assert!(parse_line(&line).is_ok(), "the line is right as written: {line}");
            for typo in typos(flag) {
                let wrong = line.replacen(flag, &typo, 1);
                // With the rest of the command after it, and as the last word.
                let end = wrong.find(&typo).unwrap() + typo.len();
                for l in [wrong.clone(), wrong[..end].to_string()] {
                    let m = refusal(&mut r, &l).unwrap_or_else(|e| panic!("{e}"));
                    assert_eq!(m.id, "cmd-unknown-flag", "{l}: {m:?}");
                    assert_eq!(m.arg("suggestion"), Some(&Arg::Text(flag.to_string())), "{l}");
                    tried += 1;
                }
            }
        }
    }
    assert!(tried >= 40, "{tried} typos of the table's options");
    assert_eq!(r.s.state.log.len(), before, "nothing was recorded");
    // As the session's writer sees it too: the record holds only `open 4`.
    let (path, at) = (r.s.meeting_path.clone(), before);
    drop(r.s);
    assert_eq!(Session::open_read(&path).unwrap().state.log.len(), at);
}

#[test]
fn a_bare_word_in_any_text_slot_of_the_table_is_refused() {
    use plenary::commands::parse::COMMANDS;
    use plenary::domain::message::Arg;
    let mut r = Room::new();
    r.ok("present NA ZW");
    r.ok("open 4");
    let before = r.s.state.log.len();
    let mut slots = 0;
    for spec in COMMANDS {
        for form in spec.usage.split(" | ") {
            let words: Vec<&str> = form.split(' ').collect();
            for (i, slot) in words.iter().enumerate().filter(|(_, w)| w.starts_with('"')) {
                let line = filled(form);
                let mut bare: Vec<String> = line.split(' ').map(String::from).collect();
                bare[i] = "Noted.".into();
                let bare = bare.join(" ");
                let m = refusal(&mut r, &bare).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(m.id, "cmd-text-unquoted", "{bare}: {m:?}");
                assert_eq!(m.arg("arg"), Some(&Arg::Text(slot.trim_matches('"').to_string())));
                slots += 1;
            }
        }
    }
    assert!(slots >= 10, "{slots} text slots");
    // A language where a text was expected, and a mistyped option as the text.
    for line in [
        "note 4 fr",
        "translate KP/2009/IS/5 ru --draft-",
        "translate KP/2009/IS/5 ru",
    ] {
        assert!(refusal(&mut r, line).is_ok(), "{line} is refused");
    }
    assert_eq!(r.s.state.log.len(), before, "nothing was recorded");
}

/// `plenary do` refuses the mistyped lines of a script whole, saying the
/// usage and the option meant, and records nothing of them.
#[test]
fn plenary_do_refuses_a_mistyped_option_and_a_bare_text() {
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    for (args, said) in [
        (
            vec!["translate", "KP/2009/IS/5", "ru", "--draft-"],
            "Did you mean --draft?",
        ),
        (
            vec!["translate", "KP/2009/IS/5", "ru", "--drfat", "Черновик перевода"],
            "Did you mean --draft?",
        ),
        (vec!["note", "3", "fr"], "Usage: note ITEM [LANG] \"text\""),
        (vec!["note", "3", "Noted."], "'\"Noted.\"'"),
    ] {
        let out = common::plenary()
            .arg("do")
            .arg(p)
            .args(&args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(said), "{args:?}: {err}");
    }
    let script = dir.path().join("typed.txt");
    std::fs::write(&script, "open 4\ntranslate KP/2009/IS/5 ru --ownr \"Текст\"\n").unwrap();
    let out = common::plenary()
        .args(["do", p, "--file", script.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("typed.txt:2:27:"), "{err}");
    assert!(err.contains("Its options: --draft."), "{err}");
    let json = common::run_ok(&["export", p, "--format", "json"], dir.path());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let commands: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["command"].as_str().unwrap())
        .collect();
    assert_eq!(commands, ["open 4"], "only the line before the mistyped one");
}

#[test]
fn undo_never_reverses_an_adoption() {
    let mut r = Room::new();
    r.ok("present NA ZW");
    let adopted = |r: &Room, id: &str| matches!(r.s.state.core.decision(id).unwrap().outcome, Outcome::Adopted { .. });
    // A decision.
    r.ok("adopt KP/2009/IS/1");
    assert_eq!(r.run("undo"), Err("undo-adoption-decision"));
    assert!(adopted(&r, "KP/2009/IS/1"));
    // A recommendation, endorsed.
    r.ok("recommend WGM 7 KP/2009/IS/R9 \"A review visit to the Participant.\"");
    r.ok("adopt KP/2009/IS/R9");
    assert_eq!(r.run("undo"), Err("undo-adoption-decision"));
    assert!(adopted(&r, "KP/2009/IS/R9"));
    // The communique.
    r.ok("adopt communique");
    assert_eq!(r.run("undo"), Err("undo-adoption-communique"));
    assert!(r.s.state.core.communique_adopted.is_some());
    // What is not an adoption is undone as before (a draft translation
    // seals nothing: a final one of an adopted text is sealed, tests/seals.rs).
    r.ok("translate KP/2009/IS/R9 fr --draft \"Une visite d’examen.\"");
    r.ok("undo");
    assert_eq!(
        r.run("undo"),
        Err("undo-adoption-communique"),
        "undo does not reach past it"
    );
    r.ok("reopen communique");
    assert!(r.s.state.core.communique_adopted.is_none());
    assert_eq!(r.run("undo"), Err("undo-reopening-communique"));
    assert!(r.s.state.core.communique_adopted.is_none());

    // A decision is reopened, recorded, and adopted again; undo brings
    // neither its adoption nor its reopening back unrecorded.
    assert_eq!(r.run("reopen KP/2009/IS/2"), Err("err-reopen-not-adopted"));
    r.ok("reopen KP/2009/IS/1");
    assert!(!adopted(&r, "KP/2009/IS/1"));
    assert_eq!(r.run("undo"), Err("undo-reopening-decision"));
    assert!(!adopted(&r, "KP/2009/IS/1"));
    r.ok("amend KP/2009/IS/1 \"The Plenary agreed, as amended.\"");
    r.ok("adopt KP/2009/IS/1");
    let steps = &r.s.state.core.decision("KP/2009/IS/1").unwrap().history;
    assert!(
        matches!(
            steps.iter().collect::<Vec<_>>()[..],
            [Step::Adopted { .. }, Step::Reopened { .. }, Step::Adopted { .. }]
        ),
        "{steps:?}"
    );

    // The words say which command reverses it.
    let (dir, path) = common::windhoek();
    let p = path.to_str().unwrap();
    for (adopt, said, reverse) in [
        ("KP/2009/IS/1", "KP/2009/IS/1 stays adopted", "reopen KP/2009/IS/1"),
        ("communique", "To change the communique, reopen it", "reopen communique"),
    ] {
        common::run_ok(&["do", p, "--as", "officer", "adopt", adopt], dir.path());
        let out = common::plenary()
            .args(["do", p, "--as", "officer", "undo"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        for words in ["undo never reverses an adoption", said, reverse] {
            assert!(err.contains(words), "{adopt}: {words}: {err}");
        }
    }
}

#[test]
fn an_amendment_is_proposed_and_accepted_from_a_script() {
    let (dir, path) = common::windhoek();
    let session = path.to_str().unwrap();
    let script = "present participants\npropose P1 NA \"The Plenary noted the report.\"\naccept AM1\n";
    let script_path = dir.path().join("s.txt");
    std::fs::write(&script_path, script).unwrap();
    common::run_ok(
        &[
            "do",
            session,
            "--as",
            "secretariat",
            "--file",
            script_path.to_str().unwrap(),
        ],
        dir.path(),
    );
    let s = Session::open_read(&path).unwrap();
    let t = &s.state.core.paragraphs[0].text;
    assert_eq!((t.version, t.original.as_str()), (2, "The Plenary noted the report."));
    // A closed proposal cannot be accepted again: exit 2, naming it, and nothing recorded.
    let out = common::plenary()
        .args(["do", session, "--as", "secretariat", "accept", "AM1"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("AM1 is already accepted"), "{stderr}");
    assert_eq!(Session::open_read(&path).unwrap().state.core, s.state.core);
}
