//! The grammatical forms of names (DESIGN §2 "Names are grammatical terms"):
//! read from `forms` tables, normalised to the values the `.ftl` sentences
//! select on, and checked for what each language's sentences need.
//!
//! ```toml
//! forms.en = { article = "the" }
//! forms.fr = { article = "les", gender = "masculine", number = "plural" }
//! forms.ru = { number = "plural", gen = "Соединённых Штатов Америки", dat = "…", acc = "…", ins = "…", pre = "…" }
//! ```

use super::reader::{Languages, Reader, Table};
use super::source::Problem;
use crate::domain::meeting::Forms;
use crate::msg;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::de::DeValue;

/// The Russian cases besides the nominative (the name itself).
pub const CASES: [&str; 5] = ["gen", "dat", "acc", "ins", "pre"];

/// The articles a language's names may take, as written in the file, and the
/// value the sentences select on. `""` is no article.
fn articles(lang: &str) -> &'static [(&'static str, &'static str)] {
    match lang {
        "en" => &[("the", "the"), ("", "none")],
        "fr" => &[
            ("le", "le"),
            ("la", "la"),
            ("l'", "elided"),
            ("l’", "elided"),
            ("les", "les"),
            ("", "none"),
        ],
        "pt" => &[("o", "o"), ("a", "a"), ("os", "os"), ("as", "as"), ("", "none")],
        "es" => &[("el", "el"), ("la", "la"), ("los", "los"), ("las", "las"), ("", "none")],
        _ => &[],
    }
}

fn expected_articles(lang: &str) -> String {
    articles(lang)
        .iter()
        .filter(|(w, _)| *w != "l’")
        .map(|(w, _)| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads `key` (a table keyed by language, each a table of forms). Problems
/// in what is written are reported; what is absent is for [`missing`].
pub fn read(r: &mut Reader<'_>, t: Table<'_, '_>, key: &str, langs: Option<&Languages>) -> Option<At> {
    let v = t.get(key)?;
    let DeValue::Table(by_lang) = v.get_ref() else {
        r.report(
            &v.span(),
            msg!("file-wrong-type", key = key, expected = "table", found = "other"),
        );
        return None;
    };
    let mut forms = BTreeMap::new();
    for (lang, table) in by_lang.iter() {
        let Some(code) = r.language_key(lang, langs) else {
            continue;
        };
        let DeValue::Table(entries) = table.get_ref() else {
            r.report(
                &table.span(),
                msg!(
                    "file-wrong-type",
                    key = format!("{key}.{code}"),
                    expected = "table",
                    found = "other"
                ),
            );
            continue;
        };
        let mut out = BTreeMap::new();
        for (form, value) in entries.iter() {
            let form_name = form.get_ref().to_string();
            let full = format!("{key}.{code}.{form_name}");
            if form_name == "indeclinable" {
                match value.get_ref() {
                    DeValue::Boolean(b) => {
                        if *b {
                            out.insert("indeclinable".to_string(), "yes".to_string());
                        }
                    }
                    _ => r.report(
                        &value.span(),
                        msg!("file-wrong-type", key = full, expected = "boolean", found = "other"),
                    ),
                }
                continue;
            }
            let DeValue::String(text) = value.get_ref() else {
                r.report(
                    &value.span(),
                    msg!("file-wrong-type", key = full, expected = "string", found = "other"),
                );
                continue;
            };
            let text = text.to_string();
            let normalised = match form_name.as_str() {
                "article" if code != "ru" => {
                    let found = articles(&code)
                        .iter()
                        .find(|(w, _)| *w == text)
                        .map(|(_, v)| v.to_string());
                    if found.is_none() {
                        r.report(
                            &value.span(),
                            msg!(
                                "file-bad-choice",
                                key = full,
                                found = text.clone(),
                                expected = expected_articles(&code)
                            ),
                        );
                    }
                    found
                }
                "gender" => choice(r, &value.span(), &full, &text, &["masculine", "feminine", "neuter"]),
                "number" => choice(r, &value.span(), &full, &text, &["singular", "plural"]),
                c if code == "ru" && CASES.contains(&c) => {
                    if text.trim().is_empty() {
                        r.report(&value.span(), msg!("file-empty-value", key = full));
                        None
                    } else {
                        Some(text)
                    }
                }
                _ => {
                    let allowed = if code == "ru" {
                        "gender, number, gen, dat, acc, ins, pre, indeclinable"
                    } else {
                        "article, gender, number"
                    };
                    r.report(
                        &form.span(),
                        msg!("file-unknown-key", key = form_name.clone(), expected = allowed),
                    );
                    None
                }
            };
            if let Some(v) = normalised {
                out.insert(form_name, v);
            }
        }
        // A plural article makes the name plural unless the file says otherwise.
        if matches!(
            out.get("article").map(String::as_str),
            Some("les" | "os" | "as" | "los" | "las")
        ) {
            out.entry("number".to_string()).or_insert_with(|| "plural".to_string());
        }
        forms.insert(code, out);
    }
    Some(At {
        forms: Forms(forms),
        span: v.span(),
    })
}

/// Forms as read, and where they stand.
pub struct At {
    pub forms: Forms,
    pub span: Range<usize>,
}

fn choice(r: &mut Reader<'_>, span: &Range<usize>, key: &str, found: &str, allowed: &[&str]) -> Option<String> {
    if allowed.contains(&found) {
        Some(found.to_string())
    } else {
        r.report(
            span,
            msg!(
                "file-bad-choice",
                key = key.to_string(),
                found = found.to_string(),
                expected = allowed.join(", ")
            ),
        );
        None
    }
}

/// The forms a language's sentences need that `forms` lacks: en the article;
/// fr, pt, es the article and the gender; ru the gender (or plural number)
/// and the five oblique cases, unless the name is indeclinable.
pub fn lacking(forms: &Forms, lang: &str) -> Vec<&'static str> {
    let has = |f: &str| forms.get(lang, f).is_some();
    let mut out = Vec::new();
    match lang {
        "en" if !has("article") => out.push("article"),
        "fr" | "pt" | "es" => {
            if !has("article") {
                out.push("article");
            }
            if !has("gender") {
                out.push("gender");
            }
        }
        "ru" => {
            if !has("gender") && forms.get(lang, "number") != Some("plural") {
                out.push("gender");
            }
            if !has("indeclinable") {
                out.extend(CASES.iter().filter(|c| !has(c)));
            }
        }
        _ => {}
    }
    out
}

/// The forms a city needs where a sentence declines it: ru the prepositional
/// («в Виндхуке») unless indeclinable; fr and pt the article the
/// preposition contracts with (« au Cap », «no Porto»; "" for none). English
/// and Spanish need none (Spanish writes the article as part of the name,
/// "en El Cairo").
pub fn lacking_city(forms: &Forms, lang: &str) -> Vec<&'static str> {
    let has = |f: &str| forms.get(lang, f).is_some();
    match lang {
        "ru" if !has("pre") && !has("indeclinable") => vec!["pre"],
        "fr" | "pt" if !has("article") => vec!["article"],
        _ => Vec::new(),
    }
}

/// A note for each language of `langs` whose city forms lack something.
pub fn missing_city(r: &Reader<'_>, forms: &Forms, langs: Option<&Languages>, span: &Range<usize>) -> Vec<Problem> {
    notes(
        langs,
        |lang| lacking_city(forms, lang),
        |lang, lacking| {
            r.src.problem_at(
                span,
                msg!(
                    "file-missing-city-forms",
                    lang = lang.to_string(),
                    forms = lacking.join(", "),
                    count = lacking.len()
                ),
            )
        },
    )
}

/// A note for each language of `langs` whose forms lack something, placed
/// at `span` (the `forms` table, or the name when there is none).
pub fn missing(
    r: &Reader<'_>,
    forms: &Forms,
    langs: Option<&Languages>,
    span: &Range<usize>,
    what: &str,
) -> Vec<Problem> {
    notes(
        langs,
        |lang| lacking(forms, lang),
        |lang, lacking| {
            r.src.problem_at(
                span,
                msg!(
                    "file-missing-forms",
                    name = what.to_string(),
                    lang = lang.to_string(),
                    forms = lacking.join(", "),
                    count = lacking.len()
                ),
            )
        },
    )
}

/// One note per language where `lacking` finds forms missing.
fn notes(
    langs: Option<&Languages>,
    lacking: impl Fn(&str) -> Vec<&'static str>,
    note: impl Fn(&str, &[&'static str]) -> Problem,
) -> Vec<Problem> {
    let Some(langs) = langs else {
        return Vec::new();
    };
    langs
        .codes
        .iter()
        .filter_map(|lang| {
            let missing = lacking(lang);
            (!missing.is_empty()).then(|| note(lang, &missing))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lang: &str, pairs: &[(&str, &str)]) -> Forms {
        let mut m = BTreeMap::new();
        m.insert(
            lang.to_string(),
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        );
        Forms(m)
    }

    #[test]
    fn what_a_city_needs() {
        assert_eq!(lacking_city(&Forms::default(), "ru"), ["pre"]);
        assert_eq!(lacking_city(&Forms::default(), "fr"), ["article"]);
        assert!(lacking_city(&Forms::default(), "en").is_empty());
        assert!(lacking_city(&Forms::default(), "es").is_empty());
        assert!(lacking_city(&forms("ru", &[("indeclinable", "yes")]), "ru").is_empty());
        assert!(lacking_city(&forms("pt", &[("article", "none")]), "pt").is_empty());
    }

    #[test]
    fn what_each_language_needs() {
        assert_eq!(lacking(&Forms::default(), "en"), ["article"]);
        assert_eq!(lacking(&forms("fr", &[("article", "la")]), "fr"), ["gender"]);
        assert!(lacking(&forms("ru", &[("gender", "neuter"), ("indeclinable", "yes")]), "ru").is_empty());
        assert_eq!(
            lacking(&forms("ru", &[("number", "plural"), ("gen", "x")]), "ru"),
            ["dat", "acc", "ins", "pre"]
        );
    }
}
