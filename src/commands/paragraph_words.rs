//! The words of a generated paragraph in every official language, as the
//! communique prints them now: `adopt` freezes them into the event, since
//! the fold has no renderer and the facts may be regenerated later.

use crate::domain::State;
use crate::domain::paragraphs::{self, Para};
use std::collections::BTreeMap;

/// The words to freeze for `adopt typed`: empty unless it names a generated
/// paragraph not frozen yet (the fold says why, if it names none).
pub fn words(state: &State, typed: &str) -> BTreeMap<String, String> {
    let meeting = &state.meeting;
    let Ok(Para::Generated(g)) = paragraphs::resolve(meeting, &state.core, typed) else {
        return BTreeMap::new();
    };
    let id = g.id(meeting);
    if paragraphs::frozen_position(&state.core, &id).is_some() {
        return BTreeMap::new();
    }
    let codes: Vec<&str> = meeting.body.languages.iter().map(|l| l.code.as_str()).collect();
    codes
        .iter()
        .zip(crate::render::communique::build_all(state, &codes))
        .filter_map(|(code, doc)| Some((code.to_string(), doc.paragraph_text(&id)?.to_string())))
        .collect()
}
