//! Seals and corrigenda (DESIGN §2b). Adoption seals a decision's text in
//! its original language, and each translation once it is final and made
//! from the adopted version; a sealed text changes only by a corrigendum
//! (`correct ID LANG "text" "reason"`), which the record keeps with the
//! words it replaced. `reopen` unseals: the decision is no longer adopted.
//!
//! Seals are not stored: they follow from the adoption and the state of
//! each translation, so that a record made before seals existed folds to
//! the same state, and `reopen` needs nothing undone.

use super::event::Event;
use super::message::Msg;
use super::state::{At, Core, Group, Made, Outcome, State, Text, TranslationState, Why};
use crate::msg;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use unicode_normalization::UnicodeNormalization;

/// A correction of a sealed text in one language: a new sealed version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrigendum {
    pub lang: String,
    /// The sealed words it replaced.
    pub before: String,
    /// The sealed words from then on.
    pub text: String,
    pub reason: String,
    /// The record's author of the command.
    pub author: String,
    pub at: At,
}

impl Corrigendum {
    /// The fingerprints of the words it replaced and of its own.
    pub fn fingerprints(&self) -> (String, String) {
        (fingerprint(&self.before), fingerprint(&self.text))
    }
}

/// The words of `text` sealed in `lang`, if they are: `adopted` says whether
/// the text is adopted (an adopted decision's). The original is sealed by
/// the adoption; a translation when it is final and current.
pub fn sealed<'a>(text: &'a Text, adopted: bool, lang: &str) -> Option<&'a str> {
    if !adopted {
        return None;
    }
    if lang == text.lang {
        return Some(&text.original);
    }
    match text.translation(lang) {
        (TranslationState::Final, Some(t)) => Some(&t.text),
        _ => None,
    }
}

/// The words a document in `lang` prints as the text, and their language:
/// the final translation, or else the original (a translation pending
/// prints the original).
pub fn printed<'a>(text: &'a Text, lang: &str) -> (&'a str, &'a str) {
    if lang != text.lang
        && let (TranslationState::Final, Some(t)) = text.translation(lang)
    {
        return (&t.text, lang_of(text, lang));
    }
    (&text.original, &text.lang)
}

/// `lang` borrowed from the text's own map, so that the pair has one lifetime.
fn lang_of<'a>(text: &'a Text, lang: &str) -> &'a str {
    text.translations
        .get_key_value(lang)
        .map_or(text.lang.as_str(), |(k, _)| k.as_str())
}

/// The fingerprint of a text as printed: the first 16 hexadecimal digits
/// of the SHA-256 of its words in Unicode NFC, encoded as UTF-8, with no
/// line break added. The normal form makes the value the same for the same
/// words whichever way an editor composed their accents; a delegate
/// recomputes it with `printf '%s' "TEXT" | sha256sum` (docs/file-formats.md).
pub fn fingerprint(words: &str) -> String {
    let nfc: String = words.nfc().collect();
    Sha256::digest(nfc.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The corrigenda a document in `lang` prints on the text: those of the
/// language it prints, and those of the original (which change the text in
/// every language), in order.
pub fn corrigenda_printed<'a>(text: &'a Text, lang: &str) -> impl Iterator<Item = &'a Corrigendum> + 'a {
    let (_, printed_lang) = printed(text, lang);
    let printed_lang = printed_lang.to_string();
    text.corrigenda
        .iter()
        .filter(move |c| c.lang == printed_lang || c.lang == text.lang)
}

/// The corrigenda of one language, in order.
pub fn corrigenda_in<'a>(text: &'a Text, lang: &'a str) -> impl Iterator<Item = &'a Corrigendum> + 'a {
    text.corrigenda.iter().filter(move |c| c.lang == lang)
}

/// Why `text` (id `id`) cannot take the corrigendum `words` in `lang`:
/// it is not sealed in that language (then `amend` or `translate` changes
/// it, and no corrigendum is needed), or the words are the sealed ones.
pub fn correction_problem(text: &Text, adopted: bool, id: &str, lang: &str, words: &str) -> Option<Msg> {
    let word = super::ids::as_word(id).into_owned();
    let Some(current) = sealed(text, adopted, lang) else {
        let how = if !adopted {
            "adopted"
        } else if lang == text.lang {
            unreachable!("an adopted text is sealed in its original")
        } else {
            "translation"
        };
        return Some(msg!(
            "err-correct-unsealed",
            id = id,
            lang = lang,
            why = how,
            amend = format!("amend {word} \"text\""),
            translate = format!("translate {word} {lang} \"text\"")
        ));
    };
    (current == words).then(|| msg!("err-same-text", id = id))
}

/// Records the corrigendum: a translation's words are replaced (it stays
/// final: it is the sealed version); the original's make its next version,
/// whose translations wait for their own corrigenda (they were made from
/// the words corrected).
pub fn correct(text: &mut Text, lang: &str, words: &str, reason: &str, author: &str, at: At) {
    let before = if lang == text.lang {
        let before = text.original.clone();
        let made = Made {
            author: Some(author.to_string()),
            at: Some(at),
            why: Why::Corrected {
                reason: reason.to_string(),
            },
        };
        let original = text.lang.clone();
        text.revise(words.to_string(), original, made);
        before
    } else {
        let t = text
            .translations
            .get_mut(lang)
            .expect("a sealed translation exists (correction_problem)");
        std::mem::replace(&mut t.text, words.to_string())
    };
    text.corrigenda.push(Corrigendum {
        lang: lang.to_string(),
        before,
        text: words.to_string(),
        reason: reason.to_string(),
        author: author.to_string(),
        at,
    });
}

/// The refusal of `what` (`amend`, `translate`, `propose`, `accept`) on a
/// text sealed in `lang`: it names the one way to change the sealed words,
/// a corrigendum, and the way to negotiate them again, `reopen`.
pub fn sealed_refusal(what: &'static str, id: &str, lang: &str, reopen: String) -> Msg {
    let word = super::ids::as_word(id).into_owned();
    msg!(
        "err-sealed",
        what = what,
        id = id,
        lang = lang,
        correct = format!("correct {word} {lang} \"text\" \"reason\""),
        reopen = reopen
    )
}

/// An adopted text by its id, with its id as recorded: a decision's, or
/// a communique paragraph's adopted one by one (`P3`, `G-totals`); `None`
/// for any other text (only those are adopted, so only theirs are sealed).
fn adopted_text<'a>(core: &'a Core, id: &str) -> Option<(String, &'a Text)> {
    if let Some(d) = core.decision(id) {
        return matches!(d.outcome, Outcome::Adopted { .. }).then(|| (d.id.clone(), &d.text));
    }
    let marked = core.paragraph_marks.get(&super::ids::key(id))?;
    if !matches!(marked.mark, super::paragraphs::Mark::Adopted { .. }) {
        return None;
    }
    Some((marked.id.clone(), core.text(&marked.id)?))
}

/// The refusal of a translation into `lang` of a text sealed in it. A
/// translation into the original's language is left to the fold, which
/// says why that is no translation.
pub fn translation_sealed(state: &State, target: &str, lang: &str) -> Option<Msg> {
    let (id, text) = adopted_text(&state.core, target)?;
    if lang == text.lang {
        return None;
    }
    sealed(text, true, lang)?;
    let reopen = format!("reopen {}", super::ids::as_word(&id));
    Some(sealed_refusal("translate", &id, lang, reopen))
}

/// The refusal of an undo of `group` that would change a sealed text: a
/// translation made final after the adoption, or any command before it
/// whose words were adopted (another author's `undo` reaches back past an
/// adoption). The undo is tried on a copy of the state, which costs little
/// (its collections are persistent) and is taken only when something is
/// adopted; an undo the fold refuses is left to it to say why.
pub fn undo_unseals(state: &State, group: &Group) -> Option<Msg> {
    let adopted: Vec<(String, &Text)> = state
        .core
        .decisions
        .iter()
        .map(|d| d.id.as_str())
        .chain(state.core.paragraph_marks.values().map(|m| m.id.as_str()))
        .filter_map(|id| adopted_text(&state.core, id))
        .collect();
    if adopted.is_empty() {
        return None;
    }
    let mut after = state.clone();
    let undo = Group {
        seq: state.last_seq() + 1,
        at: group.at,
        author: group.author.clone(),
        command: "undo".to_string(),
        events: vec![Event::Undone { group: group.seq }],
    };
    after.apply(Arc::new(undo)).ok()?;
    let languages: Vec<&str> = state.meeting.body.languages.iter().map(|l| l.code.as_str()).collect();
    for (id, text) in adopted {
        let changed = |lang: &str| {
            let now = sealed(text, true, lang)?;
            let then = adopted_text(&after.core, &id).and_then(|(_, t)| sealed(t, true, lang));
            (then != Some(now)).then_some(())
        };
        if let Some(lang) = languages.iter().copied().find(|l| changed(l).is_some()) {
            let word = super::ids::as_word(&id).into_owned();
            return Some(msg!(
                "undo-sealed",
                command = group.command.clone(),
                id = id,
                lang = lang,
                correct = format!("correct {word} {lang} \"text\" \"reason\"")
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_is_of_the_nfc_text() {
        // "é" composed and decomposed: the same words, the same fingerprint.
        assert_eq!(fingerprint("Décision"), fingerprint("De\u{301}cision"));
        assert_ne!(fingerprint("Décision"), fingerprint("Decision"));
        // printf '%s' 'abc' | sha256sum
        assert_eq!(fingerprint("abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn only_an_adopted_text_is_sealed_and_only_final_current_translations() {
        let mut t = Text::new("Adopted.".into(), "en".into());
        t.translations.insert(
            "fr".into(),
            super::super::state::Translation {
                text: "Adoptée.".into(),
                draft: false,
                version: 1,
            },
        );
        t.translations.insert(
            "ru".into(),
            super::super::state::Translation {
                text: "Черновик.".into(),
                draft: true,
                version: 1,
            },
        );
        assert_eq!(sealed(&t, false, "en"), None);
        assert_eq!(sealed(&t, true, "en"), Some("Adopted."));
        assert_eq!(sealed(&t, true, "fr"), Some("Adoptée."));
        assert_eq!(sealed(&t, true, "ru"), None);
        assert_eq!(printed(&t, "ru"), ("Adopted.", "en"));
        assert_eq!(printed(&t, "fr"), ("Adoptée.", "fr"));
    }
}
