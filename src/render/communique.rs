//! The communique: generated paragraphs in the order of KP communiques
//! (opening, attendance, totals, admissions, the business in agenda order,
//! selections, Rule 26, thanks, next meeting) and the record's paragraphs,
//! numbered the same in every language. Names enter sentences as terms with
//! their grammatical forms (DESIGN §2); the `.ftl` sentences decide the
//! construction.

use super::document::{Block, Document};
use super::lang::{Lang, Term, WithTerm};
use crate::domain::meeting::{Category, DecisionKind};
use crate::domain::paragraphs::{self, Generated};
use crate::domain::state::{Outcome, ParagraphKind, Role, Text, TranslationState};
use crate::domain::{Msg, State};
use crate::{msg, slot};

/// Stands for the recorded text while a frame sentence is formatted, so that
/// the frame around it can be told from it (a private-use character no
/// message or record text contains).
const HOLE: &str = "\u{E000}";

/// The text of a record paragraph in `lang`, or the pending block: the
/// frame sentence in the document's language around the original.
pub(super) fn translated(
    l: &Lang<'_>,
    text: &Text,
    number: Option<usize>,
    wrap: impl Fn(&str) -> String,
) -> (Block, bool) {
    // The text's own language, as recorded with it, not the body's first
    // language today: reordering the body's languages changes nothing here.
    let original = text.lang.as_str();
    if l.code == original {
        return (
            Block::Para {
                number,
                text: wrap(&text.original),
            },
            false,
        );
    }
    match text.translation(&l.code) {
        (TranslationState::Final, Some(t)) => (
            Block::Para {
                number,
                text: wrap(&t.text),
            },
            false,
        ),
        (state, _) => {
            let id = match state {
                TranslationState::Stale => "doc-pending-stale",
                TranslationState::Draft => "doc-pending-draft",
                _ => "doc-pending-missing",
            };
            let marker = l.pending_marker(id, original);
            let framed = wrap(HOLE);
            let (before, after) = framed.split_once(HOLE).unwrap_or(("", ""));
            (
                Block::Pending {
                    number,
                    marker,
                    before: before.to_string(),
                    // A frame that goes on after the text ("… (KP/2003/EX/1).",
                    // «…».) closes the sentence itself: the original's full
                    // stop goes. A closing quotation mark alone (‘…’, «…») keeps it.
                    original: if after.chars().all(|c| c.is_whitespace() || "”»’\u{A0}".contains(c)) {
                        text.original.clone()
                    } else {
                        without_stop(&text.original).to_string()
                    },
                    after: after.to_string(),
                    original_lang: original.to_string(),
                },
                true,
            )
        }
    }
}

/// A recorded text cut before its closing full stop, for a sentence that
/// puts something after it ("… each month (KP/2011/PL/1).").
pub(super) fn without_stop(text: &str) -> &str {
    let t = text.trim_end();
    t.strip_suffix('.').filter(|t| !t.ends_with('.')).unwrap_or(t)
}

/// A sentence quoting a recorded text: `$text-bare` without its closing
/// full stop and `$text-stop` that stop, so that each language puts it
/// inside the quotation marks (“….”) or after them («…».).
pub(super) fn quoting(msg: Msg, text: &str) -> Msg {
    let bare = without_stop(text);
    let stop = if bare.len() < text.trim_end().len() { "." } else { "" };
    msg.text("text-bare", bare.to_string()).text("text-stop", stop)
}

/// Every generated paragraph starts with a capital and ends with a full
/// stop, whatever name or text it starts or ends with.
pub(super) fn finished(text: String) -> String {
    let mut chars = text.chars();
    let mut out = match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => text,
    };
    let end = out.trim_end().chars().last();
    // A frame ending where the pending original goes ends with the original.
    // ’ closes a quotation only after a ‘ (else it is an apostrophe).
    let closes_quote = end == Some('’') && out.contains('‘');
    if !closes_quote && !matches!(end, Some('.' | '!' | '?' | '…' | '»' | '”' | '"' | '\u{E000}') | None) {
        out.truncate(out.trim_end().len());
        out.push('.');
    }
    out
}

/// The communique in each of `codes`, built side by side on up to as many
/// threads as there are cores.
pub fn build_all(state: &State, codes: &[impl AsRef<str> + Sync]) -> Vec<Document> {
    super::on_threads(codes, |code| build(state, code.as_ref()))
}

pub fn build(state: &State, code: &str) -> Document {
    let m = &state.meeting;
    let l = Lang::new(m, code);
    let mut blocks = Vec::new();
    let mut number = 0usize;
    let mut pending = 0usize;
    let mut next = || {
        number += 1;
        Some(number)
    };
    let s = Sentences::new(&l);
    let say = |msg: Msg| s.say(msg);
    // Each paragraph's id (`P3`, `G-totals`, a decision's), by the position
    // of its block: the live screen shows them for the secretariat to type.
    let mut ids: Vec<(usize, String)> = Vec::new();
    let mut any_adopted = false;
    let mut push =
        |blocks: &mut Vec<Block>, ids: &mut Vec<(usize, String)>, id: String, (block, is_pending): (Block, bool)| {
            pending += is_pending as usize;
            let held = paragraphs::is_held(&state.core, &id);
            ids.push((blocks.len(), id));
            blocks.push(match block {
                Block::Para { number, text } => Block::Para {
                    number,
                    text: finished(text),
                },
                other => other,
            });
            if held {
                blocks.push(Block::Note(l.say(&msg!("para-held-note"))));
            }
        };
    // A generated paragraph: its words now, or those frozen by its adoption.
    let generated = |kind: Generated, text: String, number: Option<usize>| -> (String, (Block, bool)) {
        let id = kind.id(m);
        let block = match paragraphs::frozen_position(&state.core, &id) {
            Some(i) => {
                let frozen = &state.core.frozen[i];
                let text = super::brackets::text(state, &id, &frozen.text);
                translated(&l, &text, number, |t| t.to_string())
            }
            None => (Block::Para { number, text }, false),
        };
        (id, block)
    };

    let kind = m.kind.as_str();
    let host = l.delegation_term(&m.host);
    // "Plenary meeting of the Kimberley Process" in the languages that put
    // the body's name after the meeting (with its article: du, del, do …).
    let title = l.say(&msg!("comm-title", kind = kind).term(&slot!("short"), &s.short));
    let mut place = vec![l.city(), host.name.clone()];
    if let Some(venue) = l.venue() {
        place.insert(0, venue);
    }
    blocks.push(Block::Title(vec![
        title.clone(),
        l.say(&msg!("comm-place", place = place.join(", "))),
        l.meeting_dates(),
    ]));
    let heading = if state.core.communique_adopted.is_some() {
        "comm-heading-final"
    } else {
        "comm-heading-draft"
    };
    blocks.push(Block::Status(l.say(&msg!(heading))));
    if state.core.communique_adopted.is_none() {
        blocks.push(Block::Running(l.say(&msg!("sitedraft-running-communique"))));
    }

    // Opening.
    let opening = say(msg!(
        "comm-opening",
        kind = kind,
        country = host.name.clone(),
        dates = l.meeting_dates_phrase()
    )
    .term(&slot!("city"), &l.city_term()));
    let (id, block) = generated(Generated::Opening, opening, next());
    push(&mut blocks, &mut ids, id, block);

    // Attendance: who was marked present, by category.
    let terms = |category: Category| -> Vec<Term> {
        state
            .present(category)
            .iter()
            .map(|&i| l.delegation_term(&m.delegations[i].id))
            .collect()
    };
    let participants = state.present(Category::Participant).len();
    let mut attendance = Vec::new();
    if participants > 0 {
        attendance.push(s.attendance(participants));
    }
    for (category, id) in [
        (Category::Observer, "comm-observers"),
        (Category::Applicant, "comm-applicants"),
        (Category::Guest, "comm-guests"),
    ] {
        let present = terms(category);
        if !present.is_empty() {
            attendance.push(s.present(id, &present));
        }
    }
    if !attendance.is_empty() {
        let (id, block) = generated(Generated::Attendance, attendance.join(" "), next());
        push(&mut blocks, &mut ids, id, block);
    }

    // Totals, with the member states of regional organisations.
    let (total, countries) = state.participant_totals();
    let orgs: Vec<(Term, usize)> = m
        .delegations
        .iter()
        .zip(state.core.delegations.iter())
        .filter(|(d, s)| s.category == Category::Participant && !d.represents.is_empty())
        .map(|(d, _)| (l.delegation_term(&d.id), d.represents.len()))
        .collect();
    let totals = match orgs.as_slice() {
        [(org, members)] => s.totals(total, countries, Some((org, *members))),
        _ => s.totals(total, countries, None),
    };
    let (id, block) = generated(Generated::Totals, totals, next());
    push(&mut blocks, &mut ids, id, block);

    // Admissions.
    let admitted: Vec<Term> = m
        .delegations
        .iter()
        .zip(state.core.delegations.iter())
        .filter(|(_, s)| s.admitted.is_some())
        .map(|(d, _)| l.delegation_term(&d.id))
        .collect();
    if !admitted.is_empty() {
        let (id, block) = generated(Generated::Admissions, s.admitted(&admitted), next());
        push(&mut blocks, &mut ids, id, block);
    }

    // The record, item by item. Each list is sorted out by item in one pass
    // (in its own order), not searched once per item.
    let items = m.items.len();
    let mut paragraphs_of = vec![Vec::new(); items];
    for (n, p) in state.core.paragraphs.iter().enumerate() {
        if let Some(bucket) = paragraphs_of.get_mut(p.item) {
            bucket.push((n, p));
        }
    }
    let mut decisions_of = vec![Vec::new(); items];
    for d in state.core.decisions.iter() {
        if let Some(bucket) = decisions_of.get_mut(d.item) {
            bucket.push(d);
        }
    }
    let mut actions_of = vec![Vec::new(); items];
    for (n, a) in state.core.actions.iter().enumerate() {
        if let Some(bucket) = a.item.and_then(|i| actions_of.get_mut(i)) {
            bucket.push((n, a));
        }
    }
    for index in 0..items {
        // The chair and vice-chair selected under this item, in one
        // paragraph, where KP communiques print them: first, so that what
        // the item's notes say of them (« Canada accepted the Chair … »)
        // follows the selection.
        let chosen: Vec<String> = state
            .core
            .selections
            .iter()
            .filter(|sel| sel.item == Some(index))
            .map(|sel| s.selected(&l.delegation_term(&sel.delegation), sel.role, sel.year))
            .collect();
        if !chosen.is_empty() {
            let (id, block) = generated(Generated::Chair(Some(index)), chosen.join(" "), next());
            push(&mut blocks, &mut ids, id, block);
        }
        for (n, p) in paragraphs_of[index].iter().copied() {
            let pid = format!("P{}", n + 1);
            let text = super::brackets::text(state, &pid, &p.text);
            let block = match &p.kind {
                ParagraphKind::Statement { by } => {
                    let by = l.delegation_term(by);
                    translated(&l, &text, next(), |t| {
                        say(quoting(msg!("comm-statement"), t).term(&slot!("delegation"), &by))
                    })
                }
                _ => translated(&l, &text, next(), |t| t.to_string()),
            };
            push(&mut blocks, &mut ids, pid.clone(), block);
            blocks.extend(super::brackets::note(&l, state, &pid, &p.text));
        }
        for d in decisions_of[index].iter().copied() {
            if !matches!(d.outcome, Outcome::Adopted { .. }) {
                continue;
            }
            any_adopted = true;
            let id = d.id.clone();
            let kind = match d.kind {
                DecisionKind::Decision => "decision",
                DecisionKind::Recommendation => "recommendation",
                DecisionKind::Administrative => "administrative",
            };
            let block = match (&d.kind, &d.by) {
                (DecisionKind::Recommendation, Some(by)) => {
                    let by = l.body_or_delegation_term(by);
                    translated(&l, &d.text, next(), |t| {
                        say(quoting(msg!("comm-recommendation", id = id.clone()), t).term(&slot!("by"), &by))
                    })
                }
                _ => translated(&l, &d.text, next(), |t| {
                    say(msg!("comm-decision", text = without_stop(t), id = id.clone()))
                }),
            };
            push(&mut blocks, &mut ids, id.clone(), block);
            blocks.extend(super::decision::corrected_lines(&l, &d.text));
            for r in &d.reservations {
                let by = l.delegation_term(&r.by);
                let text = super::brackets::text(state, &r.id, &r.text);
                let block = translated(&l, &text, next(), |t| s.reservation(&by, kind, &id, t));
                push(&mut blocks, &mut ids, r.id.clone(), block);
                blocks.extend(super::brackets::note(&l, state, &r.id, &r.text));
            }
        }
        for (n, a) in actions_of[index].iter().copied() {
            let aid = format!("A{}", n + 1);
            let text = super::brackets::text(state, &aid, &a.text);
            let block = translated(&l, &text, next(), |t| action(&l, a, t));
            push(&mut blocks, &mut ids, aid.clone(), block);
            blocks.extend(super::brackets::note(&l, state, &aid, &a.text));
        }
    }
    for (n, a) in state.core.actions.iter().enumerate().filter(|(_, a)| a.item.is_none()) {
        let aid = format!("A{}", n + 1);
        let text = super::brackets::text(state, &aid, &a.text);
        let block = translated(&l, &text, next(), |t| action(&l, a, t));
        push(&mut blocks, &mut ids, aid.clone(), block);
        blocks.extend(super::brackets::note(&l, state, &aid, &a.text));
    }

    // Selections made under no item (records older than the item in the
    // event): after the business of the meeting.
    let loose: Vec<String> = state
        .core
        .selections
        .iter()
        .filter(|sel| sel.item.is_none())
        .map(|sel| s.selected(&l.delegation_term(&sel.delegation), sel.role, sel.year))
        .collect();
    if !loose.is_empty() {
        let (id, block) = generated(Generated::Chair(None), loose.join(" "), next());
        push(&mut blocks, &mut ids, id, block);
    }

    if any_adopted {
        let rule = m.body.formal_adoption_rule.clone().unwrap_or_default();
        let text = if rule.is_empty() {
            say(msg!("comm-formal-adoption", languages = l.official_languages()))
        } else {
            say(msg!(
                "comm-formal-adoption-rule",
                languages = l.official_languages(),
                rule = rule
            ))
        };
        let (id, block) = generated(Generated::Adoption, text, next());
        push(&mut blocks, &mut ids, id, block);
    }
    let (id, block) = generated(Generated::Thanks, s.thanks(&host), next());
    push(&mut blocks, &mut ids, id, block);
    if let Some(n) = &m.next {
        let next_host = l.delegation_term(&n.host);
        let text = s.next_meeting(&next_host, n.kind.as_str(), n.year, n.month);
        let (id, block) = generated(Generated::Next, text, next());
        push(&mut blocks, &mut ids, id, block);
    }

    Document {
        lang: l.tag.clone(),
        title,
        blocks,
        pending,
        ids,
    }
}

/// The generated sentences of the communique, each with the arguments its
/// message gets: the code and the tests (tests/languages.rs) word them
/// through the same functions.
pub struct Sentences<'a, 'm> {
    l: &'a Lang<'m>,
    short: Term,
    body: Term,
    acronym: Term,
}

impl<'a, 'm> Sentences<'a, 'm> {
    pub fn new(l: &'a Lang<'m>) -> Self {
        Sentences {
            l,
            short: l.short_term(),
            body: l.body_term(),
            acronym: l.acronym_term(),
        }
    }

    /// A message with the body's names in it, as a finished paragraph text.
    pub fn say(&self, mut msg: Msg) -> String {
        // Only the names the message uses: a long session formats thousands.
        use crate::i18n::ids::uses_slot;
        for (slot, term) in [
            (slot!("short"), &self.short),
            (slot!("body"), &self.body),
            (slot!("acronym"), &self.acronym),
        ] {
            if uses_slot(msg.id, slot.name) {
                msg = msg.term(&slot, term);
            }
        }
        finished(self.l.say(&msg))
    }

    /// "The meeting was attended by 22 participants in the … (KPCS)."
    pub fn attendance(&self, count: usize) -> String {
        // A body without an acronym is not named twice.
        let has = if self.l.has_acronym() { "yes" } else { "no" };
        self.say(msg!("comm-attendance", count = count).text("has-acronym", has))
    }

    /// Observers, applicants or guests present (`comm-observers`, …).
    pub fn present(&self, id: &'static str, terms: &[Term]) -> String {
        self.say(self.list_msg(id, terms, "nom"))
    }

    pub fn totals(&self, participants: usize, countries: usize, org: Option<(&Term, usize)>) -> String {
        match org {
            Some((org, members)) => self.say(
                msg!(
                    "comm-totals-org",
                    participants = participants,
                    countries = countries,
                    members = members
                )
                .term(&slot!("org"), org),
            ),
            None => self.say(msg!("comm-totals", participants = participants, countries = countries)),
        }
    }

    pub fn admitted(&self, terms: &[Term]) -> String {
        self.say(self.list_msg("comm-admitted", terms, "acc"))
    }

    pub fn selected(&self, who: &Term, role: Role, year: i32) -> String {
        let id = match role {
            Role::Chair => "comm-chair",
            Role::ViceChair => "comm-vice-chair",
        };
        self.say(msg!(id, year = year.to_string()).term(&slot!("delegation"), who))
    }

    /// A reservation on a decision of `kind` (`decision`, `recommendation`,
    /// `administrative`): French names what it is on.
    pub fn reservation(&self, by: &Term, kind: &str, decision: &str, text: &str) -> String {
        self.say(quoting(msg!("comm-reservation", kind = kind, id = decision), text).term(&slot!("delegation"), by))
    }

    pub fn thanks(&self, host: &Term) -> String {
        self.say(msg!("comm-thanks").term(&slot!("host"), host))
    }

    pub fn next_meeting(&self, host: &Term, kind: &str, year: i32, month: u32) -> String {
        self.say(
            msg!(
                "comm-next-meeting",
                kind = kind,
                when = self.l.month_year_in_sentence(year, month)
            )
            .term(&slot!("host"), host),
        )
    }

    /// A sentence about a list of names: `$list` (each name in `case`, with
    /// its article), `$list-forms` (`known` when every name has its forms)
    /// `$count` and `$list-number` (`plural` for two names or more, or for
    /// one plural name: « Les Philippines ont »).
    fn list_msg(&self, id: &'static str, terms: &[Term], case: &str) -> Msg {
        let (list, known) = self.l.term_list(terms, case);
        let plural = terms.len() > 1 || terms.iter().any(|t| t.number == "plural");
        msg!(id, list = list, count = terms.len())
            .text("list-forms", if known { "known" } else { "unknown" })
            .text("list-number", if plural { "plural" } else { "singular" })
    }
}

fn action(l: &Lang<'_>, a: &crate::domain::state::Action, text: &str) -> String {
    let body = l.body_or_delegation_term(&a.body);
    let owner = a.owner.as_deref().map(|o| l.body_or_delegation_term(o));
    let due = a
        .due
        .map(|d| l.date_in_sentence(d))
        .unwrap_or_else(|| "none".to_string());
    let mut m = msg!("comm-action", text = without_stop(text), due = due).term(&slot!("by"), &body);
    m = match &owner {
        Some(o) => m.term(&slot!("owner"), o).text("has-owner", "yes"),
        None => m.term(&slot!("owner"), &Term::plain("")).text("has-owner", "no"),
    };
    finished(l.say(&m).trim_end().to_string())
}
