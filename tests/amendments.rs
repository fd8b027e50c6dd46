//! Versions and amendments (DESIGN §2b): `propose`, `support`, `accept`
//! (as orally amended), `reject`, `withdraw AMn`; each refusal changes
//! nothing; the printed decision shows open proposals as tracked changes
//! in every format; a record made before versions folds as before.

mod common;

use plenary::domain::state::{ProposalState, Why};
use plenary::render::{decision, docx, html, markdown, text};
use plenary::store::Session;

const D: &str = "KP/2009/IS/5";
const BASE: &str = "A Kimberley Process review mission, organised together with the Government of Zimbabwe, will visit Zimbabwe from 29 June 2009 to assess how the KPCS is implemented there.";
const PROPOSED: &str = "A Kimberley Process review mission, organised together with the Government of Zimbabwe, will visit Zimbabwe from 1 July 2009 to assess how the KPCS is implemented there.";

use common::room::Room;

impl Room {
    fn text(&self) -> &plenary::domain::state::Text {
        &self.s.state.core.decision(D).unwrap().text
    }

    fn proposal(&self, id: &str) -> &plenary::domain::state::Proposal {
        self.s.state.core.proposal(id).unwrap()
    }
}

fn propose(r: &mut Room, by: &str, text: &str) {
    r.ok(&format!("propose {D} {by} \"{text}\""));
}

#[test]
fn a_proposal_is_made_supported_and_accepted_as_a_new_version() {
    let mut r = Room::with_participants();
    propose(&mut r, "NA", PROPOSED);
    let p = r.proposal("AM1");
    assert_eq!((p.by.as_str(), p.base, p.target.as_str()), ("NA", 1, D));
    assert!(p.is_open());
    assert_eq!(r.text().original, BASE, "a proposal changes nothing until accepted");
    r.ok("support am1 za zw");
    assert_eq!(r.proposal("AM1").supporters, ["ZA", "ZW"]);
    r.ok("accept AM1");
    let t = r.text();
    assert_eq!((t.version, t.original.as_str()), (2, PROPOSED));
    assert_eq!(t.version_text(1), Some((BASE, "en")), "version 1 is kept");
    assert_eq!(
        t.made.why,
        Why::Accepted {
            amendment: "AM1".into(),
            by: "NA".into()
        }
    );
    assert_eq!(t.made.author.as_deref(), Some("officer"));
    assert!(matches!(
        r.proposal("AM1").state,
        ProposalState::Accepted {
            version: 2,
            oral: false,
            ..
        }
    ));
    // The French translation was made on version 1: stale now.
    assert_eq!(t.state("fr"), plenary::domain::state::TranslationState::Stale);
}

#[test]
fn accepted_as_orally_amended_rejected_and_withdrawn() {
    let mut r = Room::with_participants();
    propose(&mut r, "NA", PROPOSED);
    propose(&mut r, "ZA", "A review mission will visit Zimbabwe.");
    propose(&mut r, "US", "A review mission will visit Zimbabwe soon.");
    r.ok("accept AM1 \"A review mission will visit Zimbabwe from 2 July 2009.\"");
    assert_eq!(
        r.text().original,
        "A review mission will visit Zimbabwe from 2 July 2009."
    );
    assert!(matches!(r.text().made.why, Why::AcceptedOrallyAmended { .. }));
    r.ok("reject AM2");
    r.ok("withdraw am3");
    assert!(matches!(r.proposal("AM2").state, ProposalState::Rejected { .. }));
    assert!(matches!(r.proposal("AM3").state, ProposalState::Withdrawn { .. }));
    // Closed proposals cannot be accepted, supported or closed again.
    r.refused("accept AM2", "err-proposal-closed");
    r.refused("accept AM3", "err-proposal-closed");
    r.refused("accept AM1", "err-proposal-closed");
    r.refused("support AM3 CA", "err-proposal-closed");
    r.refused("reject AM3", "err-proposal-closed");
    r.refused("accept AM9", "err-unknown-amendment");
    // `withdraw DECISION ID` is still the withdrawal of an objection.
    r.ok(&format!("object {D} ZW \"Not ready.\""));
    r.ok(&format!("withdraw {D} ZW"));
    assert_eq!(r.text().version, 2);
}

#[test]
fn each_refusal_changes_nothing() {
    let mut r = Room::with_participants();
    propose(&mut r, "NA", PROPOSED);
    r.refused("support AM1 XX", "err-unknown-delegation");
    r.refused("support AM1 NA", "err-support-own");
    r.refused("support AM1 WDC", "err-not-participant");
    r.ok("support AM1 ZA");
    r.refused("support AM1 ZA", "err-already-supports");
    r.refused(&format!("propose {D} XX \"Other words.\""), "err-unknown-delegation");
    r.refused(&format!("propose {D} NA \"{BASE}\""), "err-proposal-same");
    r.refused("propose P999 NA \"Other words.\"", "err-unknown-paragraph");
    r.refused("propose AM1 NA \"Other words.\"", "cmd-expected-text-id");
    // AM alone is a delegation (Armenia): read as `withdraw DECISION ID`.
    r.refused("withdraw AM", "cmd-missing-arg");
    // A decision with an open proposal is not adopted before the proposal is disposed of.
    r.refused(&format!("adopt {D}"), "err-adopt-proposals");
    r.ok("reject AM1");
    r.ok(&format!("adopt {D}"));
    // An adopted text is sealed: no proposal until it is reopened.
    r.refused(&format!("propose {D} NA \"Other words.\""), "err-sealed");
    r.ok(&format!("reopen {D}"));
    propose(&mut r, "NA", "Other words.");
    assert_eq!(r.proposal("AM2").base, 1);
}

#[test]
fn a_proposal_on_an_older_version_is_accepted_only_with_the_words_given() {
    let mut r = Room::with_participants();
    propose(&mut r, "NA", PROPOSED);
    propose(&mut r, "ZA", "A review mission will visit Zimbabwe.");
    r.ok("accept AM1");
    // AM2 was made on version 1; the text is version 2 now.
    r.refused("accept AM2", "err-accept-stale");
    let html = html::write(&[decision::build(&r.s.state, r.s.state.core.decision(D).unwrap(), "en")]);
    assert!(html.contains("it is now version 2"), "a stale proposal says so: {html}");
    r.ok("accept AM2 \"A review mission will visit Zimbabwe in July.\"");
    let txt = text::write(&decision::build(&r.s.state, r.s.state.core.decision(D).unwrap(), "en"));
    assert!(
        txt.contains("Proposal AM2 by South Africa was accepted as orally amended: version 3"),
        "{txt}"
    );
    assert!(
        !txt.contains("Deletions and insertions"),
        "no changes shown for a closed proposal: {txt}"
    );
    assert_eq!(r.text().version, 3);
    let versions: Vec<u32> = r.text().versions().map(|(n, ..)| n).collect();
    assert_eq!(versions, [1, 2, 3]);
}

#[test]
fn undo_reverses_a_proposal_and_an_acceptance() {
    let mut r = Room::with_participants();
    let start = r.s.state.core.clone();
    propose(&mut r, "NA", PROPOSED);
    let proposed = r.s.state.core.clone();
    r.ok("accept AM1");
    r.ok("undo");
    assert_eq!(r.s.state.core, proposed);
    r.ok("undo");
    assert_eq!(r.s.state.core, start);
    assert!(r.s.state.core.proposals.is_empty());
}

#[test]
fn any_recorded_text_takes_proposals() {
    let mut r = Room::with_participants();
    r.ok("note 12 \"The Plenary thanked Namibia.\"");
    let p = format!("P{}", r.s.state.core.paragraphs.len());
    r.ok(&format!(
        "propose {} CA \"The Plenary warmly thanked Namibia.\"",
        p.to_lowercase()
    ));
    assert_eq!(r.proposal("AM1").target, p, "the id as the program makes it");
    r.ok("accept AM1");
    let t = &r.s.state.core.paragraphs.last().unwrap().text;
    assert_eq!(
        (t.version, t.original.as_str()),
        (2, "The Plenary warmly thanked Namibia.")
    );
}

/// The decision with one open proposal, printed in `lang`.
fn printed_with_a_proposal(lang: &str) -> (Room, plenary::render::document::Document) {
    let mut r = Room::with_participants();
    propose(&mut r, "NA", PROPOSED);
    r.ok("support AM1 ZA");
    let doc = decision::build(&r.s.state, r.s.state.core.decision(D).unwrap(), lang);
    (r, doc)
}

#[test]
fn the_printed_decision_shows_tracked_changes_in_every_format() {
    let (_r, doc) = printed_with_a_proposal("en");
    let html = html::write(std::slice::from_ref(&doc));
    assert!(
        html.contains("<del datetime=\"2009-06-23T07:02:00Z\">29 June</del>"),
        "{html}"
    );
    assert!(
        html.contains("<ins datetime=\"2009-06-23T07:02:00Z\">1 July</ins>"),
        "{html}"
    );
    assert!(html.contains("Proposal AM1 by Namibia"), "{html}");
    assert!(html.contains("co-sponsors: South Africa"), "{html}");
    // The lines of the wrapped proposal, joined again.
    let txt = text::write(&doc).replace("\n| ", " ");
    assert!(txt.contains("from {--29 June--}{++1 July++} 2009"), "{txt}");
    let md = markdown::write(&doc);
    assert!(md.contains("{--29 June--}{++1 July++}"), "{md}");
    // The current text is printed as it stands, once, outside the proposal.
    assert_eq!(txt.matches("will visit Zimbabwe from 29 June 2009").count(), 1, "{txt}");
    let pdf_source = plenary::render::pdf::source(
        std::slice::from_ref(&doc),
        &[None],
        chrono::NaiveDate::from_ymd_opt(2009, 6, 25).unwrap(),
        &|c| c.to_string(),
    );
    assert!(pdf_source.contains("#strike[#\"29 June\"]"), "{pdf_source}");
    assert!(pdf_source.contains("#underline[#\"1 July\"]"), "{pdf_source}");
    // In Russian the proposal's words stay English (the original); the frame is Russian.
    let (_r, ru) = printed_with_a_proposal("ru");
    let txt = text::write(&ru).replace("\n| ", " ").replace('\n', " ");
    assert!(txt.contains("Предложение AM1, автор: Намибия"), "{txt}");
    assert!(txt.contains("{--29 June--}{++1 July++}"), "{txt}");
}

#[test]
fn the_communique_prints_the_current_text_and_no_proposal() {
    let (r, _) = printed_with_a_proposal("en");
    let docs = plenary::render::communique::build_all(&r.s.state, &["en".to_string()]);
    let txt = text::write(&docs[0]);
    assert!(!txt.contains("{++") && !txt.contains("AM1"), "{txt}");
}

/// Word's revisions read back by pandoc: `all` shows each insertion and
/// deletion with its author, `accept` gives the proposal, `reject` the base.
#[test]
#[ignore = "needs pandoc: apt-get install pandoc"]
fn pandoc_reads_the_revisions_back() {
    let pandoc = common::require("pandoc", "pandoc");
    let (r, doc) = printed_with_a_proposal("en");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("d.docx");
    std::fs::write(&file, docx::write(std::slice::from_ref(&doc), &|c| c.to_string())).unwrap();
    let read = |changes: &str, to: &str| {
        let out = std::process::Command::new(&pandoc)
            .args([
                &format!("--track-changes={changes}"),
                "-f",
                "docx",
                "-t",
                to,
                "--wrap=none",
            ])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let all = read("all", "markdown");
    assert!(
        all.contains("[29 June]{.deletion author=\"Namibia\" date=\"2009-06-23T07:02:00Z\"}"),
        "{all}"
    );
    assert!(
        all.contains("[1 July]{.insertion author=\"Namibia\" date=\"2009-06-23T07:02:00Z\"}"),
        "{all}"
    );
    let accepted = read("accept", "plain");
    let rejected = read("reject", "plain");
    // The proposal's paragraph is the only one that differs; the decision's own text is the base.
    assert!(accepted.contains(PROPOSED), "{accepted}");
    assert_eq!(accepted.matches(BASE).count(), 1, "{accepted}");
    assert_eq!(rejected.matches(BASE).count(), 2, "{rejected}");
    assert!(!rejected.contains(PROPOSED), "{rejected}");
    drop(r);
}

/// A record written before texts had versions (by the program of issue 18,
/// from tests/scripts/windhoek-day.txt): its chain verifies, each stored
/// event is written back byte for byte (so its hash is the same), and it
/// folds to the state the same commands make today.
#[test]
fn a_record_made_before_versions_folds_with_its_hashes() {
    let (dir, path) = common::windhoek();
    let record = dir.path().join("windhoek-2009-intersessional.plenary");
    std::fs::copy(
        common::root().join("tests/records/windhoek-day-before-versions.plenary"),
        &record,
    )
    .unwrap();
    let old = Session::open_read(&path).expect("an old record opens");
    assert_eq!(old.record().verify().unwrap(), None, "the hash chain holds");
    let mut rows = 0;
    old.record()
        .each_row(&mut |row, _| {
            let event: plenary::domain::Event = serde_json::from_str(row.event).unwrap();
            assert_eq!(
                serde_json::to_string(&event).unwrap(),
                row.event,
                "written back the same"
            );
            rows += 1;
        })
        .unwrap();
    assert!(rows >= 40, "{rows} events");
    assert!(old.state.core.proposals.is_empty());
    assert!(
        old.state
            .texts()
            .iter()
            .all(|t| t.text.version == 1 && t.text.earlier.is_empty())
    );

    let (fresh_dir, fresh_path, _) = common::windhoek_day();
    let fresh = Session::open_read(&fresh_path).unwrap();
    assert_eq!(old.state.core, fresh.state.core, "the same commands, the same state");
    drop(fresh_dir);
}
