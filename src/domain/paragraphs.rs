//! The communique paragraph by paragraph (DESIGN §2b): every paragraph has
//! an id, `adopt Pn ["text"]` adopts one as it stands or as orally amended,
//! `hold Pn` holds it for consultations, `reopen Pn` lifts an adoption.
//!
//! A recorded paragraph is named `P` and its number. A generated paragraph
//! (written by the program from the facts: attendance, totals …) is named
//! `G-` and its kind, with the agenda item's number for the one paragraph
//! of each item that has one (`G-chair-3`, the selections made under item
//! 3): the id follows from what the paragraph is, never from its position,
//! so it stays the same when the facts are regenerated, and no decision id
//! can take that form (`ids::id_problem`). An adopted decision's paragraph
//! is named by the decision's id: it was adopted with the decision.
//!
//! A generated paragraph that is adopted is frozen into a recorded text:
//! its words in every official language, as printed at that moment, travel
//! in the event (the planner renders them; the fold has no renderer), so
//! that regenerating the facts never changes them and an old record folds
//! the same.

use super::ids::{self, ItemNumber};
use super::meeting::Meeting;
use super::message::Msg;
use super::state::{At, Core, Made, Text, TextPlace, Translation, Why};
use crate::msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The generated paragraphs of the communique, by what they say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generated {
    Opening,
    Attendance,
    Totals,
    Admissions,
    /// The chair and vice-chair selected under an item (its position), or
    /// (`None`, records older than the item in the event) under no item.
    Chair(Option<usize>),
    /// The formal adoption line (Rule 26 in the KP).
    Adoption,
    Thanks,
    Next,
}

/// The kinds' words in the ids, as typed after `G-`.
const WORDS: [(&str, Generated); 8] = [
    ("opening", Generated::Opening),
    ("attendance", Generated::Attendance),
    ("totals", Generated::Totals),
    ("admissions", Generated::Admissions),
    ("chair", Generated::Chair(None)),
    ("adoption", Generated::Adoption),
    ("thanks", Generated::Thanks),
    ("next", Generated::Next),
];

/// The kind word and what follows it, if `s` has the form of a generated
/// paragraph's id (`G-totals`, `g-chair-2.1`), whether or not there is one.
fn split(s: &str) -> Option<(Generated, Option<&str>)> {
    let head = s.get(..2)?;
    if !head.eq_ignore_ascii_case("g-") {
        return None;
    }
    let rest = &s[2..];
    WORDS.iter().find_map(|&(word, kind)| {
        let tail = rest.get(word.len()..)?;
        if !rest[..word.len()].eq_ignore_ascii_case(word) {
            return None;
        }
        match (kind, tail) {
            (_, "") => Some((kind, None)),
            (Generated::Chair(_), t) => t.strip_prefix('-').map(|item| (kind, Some(item))),
            _ => None,
        }
    })
}

/// Whether `s` has the form of a generated paragraph's id: no decision id
/// may have it.
pub fn is_generated_form(s: &str) -> bool {
    split(s).is_some()
}

impl Generated {
    /// The paragraph this id names in this meeting, if the id is well made
    /// (the item of `G-chair-ITEM` is on the agenda).
    pub fn parse(meeting: &Meeting, s: &str) -> Option<Generated> {
        let (kind, item) = split(s)?;
        match (kind, item) {
            (Generated::Chair(_), Some(number)) => {
                let n = ItemNumber::parse(number)?;
                meeting.item_index(&n).map(|i| Generated::Chair(Some(i)))
            }
            (kind, _) => Some(kind),
        }
    }

    /// Its id, spelled as the program prints it.
    pub fn id(self, meeting: &Meeting) -> String {
        let word = WORDS
            .iter()
            .find(|(_, k)| std::mem::discriminant(k) == std::mem::discriminant(&self))
            .map_or("", |(w, _)| w);
        match self {
            Generated::Chair(Some(i)) => format!("G-{word}-{}", meeting.items[i].number),
            _ => format!("G-{word}"),
        }
    }

    /// Whether the communique prints it now (the facts it states exist).
    pub fn exists(self, meeting: &Meeting, core: &Core) -> bool {
        use super::state::Outcome;
        match self {
            Generated::Opening | Generated::Totals | Generated::Thanks => true,
            Generated::Attendance => core.delegations.iter().any(|d| d.present == Some(true)),
            Generated::Admissions => core.delegations.iter().any(|d| d.admitted.is_some()),
            Generated::Chair(item) => core.selections.iter().any(|s| s.item == item),
            Generated::Adoption => core
                .decisions
                .iter()
                .any(|d| matches!(d.outcome, Outcome::Adopted { .. })),
            Generated::Next => meeting.next.is_some(),
        }
    }
}

/// Where a paragraph's adoption stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Mark {
    /// Held for consultations.
    Held { at: At },
    /// Adopted; `oral` when as orally amended.
    Adopted { at: At, oral: bool },
}

/// A paragraph held or adopted, with its id as the program spells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marked {
    pub id: String,
    #[serde(flatten)]
    pub mark: Mark,
}

/// A generated paragraph frozen into a recorded text by its adoption.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frozen {
    pub id: String,
    pub text: Text,
}

/// The mark of the paragraph with this id, if it is held or adopted.
pub fn mark<'a>(core: &'a Core, id: &str) -> Option<&'a Mark> {
    core.paragraph_marks.get(&ids::key(id)).map(|m| &m.mark)
}

pub fn is_adopted(core: &Core, id: &str) -> bool {
    matches!(mark(core, id), Some(Mark::Adopted { .. }))
}

pub fn is_held(core: &Core, id: &str) -> bool {
    matches!(mark(core, id), Some(Mark::Held { .. }))
}

/// The ids of the paragraphs held for consultations, in the order of their ids.
pub fn held(core: &Core) -> Vec<String> {
    core.paragraph_marks
        .values()
        .filter(|m| matches!(m.mark, Mark::Held { .. }))
        .map(|m| m.id.clone())
        .collect()
}

/// The position of the frozen paragraph with this id, if it is frozen.
pub fn frozen_position(core: &Core, id: &str) -> Option<usize> {
    let key = ids::key(id);
    core.frozen.iter().position(|f| ids::key(&f.id) == key)
}

/// A paragraph of the communique as a command names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Para {
    /// A recorded paragraph, by position in `Core::paragraphs`.
    Recorded(usize),
    Generated(Generated),
}

impl Para {
    pub fn id(self, meeting: &Meeting) -> String {
        match self {
            Para::Recorded(i) => format!("P{}", i + 1),
            Para::Generated(g) => g.id(meeting),
        }
    }
}

/// The paragraph `typed` names, which the communique prints now (or, a
/// generated one, has frozen), or why there is none.
pub fn resolve(meeting: &Meeting, core: &Core, typed: &str) -> Result<Para, Msg> {
    if let Some(n) = ids::numbered_id('P', typed) {
        return match n {
            1.. if n <= core.paragraphs.len() => Ok(Para::Recorded(n - 1)),
            _ => Err(msg!("err-unknown-paragraph", id = typed)),
        };
    }
    if let Some(g) = Generated::parse(meeting, typed) {
        let id = g.id(meeting);
        if g.exists(meeting, core) || frozen_position(core, &id).is_some() {
            return Ok(Para::Generated(g));
        }
        return Err(msg!("para-err-not-printed", id = id));
    }
    Err(msg!("para-err-unknown", id = typed))
}

/// Why a paragraph that is adopted cannot be adopted or held again.
fn adopted_refusal(id: &str) -> Msg {
    msg!("para-err-adopted", id = id, reopen = format!("reopen {id}"))
}

/// `adopt Pn ["text"]`: checks everything before it changes anything.
pub fn adopt(
    meeting: &Meeting,
    core: &mut Core,
    typed: &str,
    text: Option<&str>,
    words: &BTreeMap<String, String>,
    at: At,
    author: &str,
) -> Result<(), Msg> {
    let para = resolve(meeting, core, typed)?;
    let id = para.id(meeting);
    if is_adopted(core, &id) {
        return Err(adopted_refusal(&id));
    }
    let open = super::brackets::open_ids(core, &id);
    if !open.is_empty() {
        return Err(msg!("para-err-bracketed", id = id.clone(), brackets = open.join(", ")));
    }
    if text.is_some_and(|t| t.trim().is_empty()) {
        return Err(msg!("err-empty-text"));
    }
    let made = || Made {
        author: Some(author.to_string()),
        at: Some(at),
        why: Why::AdoptedOrallyAmended,
    };
    // The text that takes the new version: a recorded paragraph's, or a
    // generated one's frozen before (adopted, then reopened). `words` are
    // needed only to freeze one.
    let recorded = match para {
        Para::Recorded(i) => Some(TextPlace::Paragraph(i)),
        Para::Generated(_) => frozen_position(core, &id).map(TextPlace::Generated),
    };
    match recorded {
        Some(place) => {
            if let Some(new) = text {
                let current = match place {
                    TextPlace::Paragraph(i) => &core.paragraphs[i].text,
                    _ => &core.frozen[frozen_index(place)].text,
                };
                if current.original == new {
                    return Err(msg!("err-same-text", id = id.clone()));
                }
                let t = match place {
                    TextPlace::Paragraph(i) => &mut Arc::make_mut(&mut core.paragraphs[i]).text,
                    _ => &mut Arc::make_mut(&mut core.frozen[frozen_index(place)]).text,
                };
                let lang = t.lang.clone();
                t.revise(new.to_string(), lang, made());
            }
        }
        None => {
            let original = meeting.original();
            let first = words
                .get(original)
                .filter(|w| !w.trim().is_empty())
                .ok_or_else(|| msg!("para-err-words", id = id.clone(), lang = original))?;
            for (lang, w) in words {
                if !meeting.body.has_language(lang) || w.trim().is_empty() {
                    return Err(msg!("para-err-words", id = id.clone(), lang = lang.clone()));
                }
            }
            let mut t = Text::drafted(first.clone(), original.to_string(), author, at);
            for (lang, w) in words.iter().filter(|(l, _)| l.as_str() != original) {
                t.translations.insert(
                    lang.clone(),
                    Translation {
                        text: w.clone(),
                        draft: false,
                        version: 1,
                    },
                );
            }
            if let Some(new) = text {
                if new == first {
                    return Err(msg!("err-same-text", id = id.clone()));
                }
                t.revise(new.to_string(), original.to_string(), made());
            }
            core.frozen.push_back(Arc::new(Frozen {
                id: id.clone(),
                text: t,
            }));
        }
    }
    let mark = Mark::Adopted {
        at,
        oral: text.is_some(),
    };
    core.paragraph_marks.insert(ids::key(&id), Marked { id, mark });
    Ok(())
}

fn frozen_index(place: TextPlace) -> usize {
    match place {
        TextPlace::Generated(i) => i,
        _ => unreachable!("only a frozen paragraph is asked for"),
    }
}

/// `hold Pn`: a paragraph not adopted, not held already.
pub fn hold(meeting: &Meeting, core: &mut Core, typed: &str, at: At) -> Result<(), Msg> {
    let id = resolve(meeting, core, typed)?.id(meeting);
    match mark(core, &id) {
        Some(Mark::Adopted { .. }) => return Err(adopted_refusal(&id)),
        Some(Mark::Held { .. }) => return Err(msg!("para-err-held", id = id)),
        None => {}
    }
    let mark = Mark::Held { at };
    core.paragraph_marks.insert(ids::key(&id), Marked { id, mark });
    Ok(())
}

/// `reopen Pn`: an adopted paragraph is no longer adopted. A generated one
/// stays frozen: the words adopted are a recorded text from then on.
pub fn reopen(meeting: &Meeting, core: &mut Core, typed: &str) -> Result<(), Msg> {
    let id = resolve(meeting, core, typed)?.id(meeting);
    if !is_adopted(core, &id) {
        return Err(msg!("para-err-not-adopted", id = id));
    }
    core.paragraph_marks.remove(&ids::key(&id));
    Ok(())
}
