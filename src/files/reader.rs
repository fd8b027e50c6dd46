//! Reads values out of a spanned TOML tree, noting every problem with its
//! place instead of stopping at the first: `plenary check` lists them all.

use super::source::{Problem, Source};
use crate::domain::Msg;
use crate::domain::meeting::Localised;
use crate::msg;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A value and where it stands in the file.
#[derive(Clone, Debug)]
pub struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// A table and the span to blame when one of its keys is missing.
#[derive(Clone, Copy)]
pub struct Table<'t, 'i> {
    pub table: &'t DeTable<'i>,
    pub span: (usize, usize),
}

impl<'t, 'i> Table<'t, 'i> {
    pub fn new(table: &'t DeTable<'i>, span: Range<usize>) -> Self {
        Table {
            table,
            span: (span.start, span.end),
        }
    }

    fn span(&self) -> Range<usize> {
        self.span.0..self.span.1
    }

    pub fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.table.get(key).is_some()
    }
}

/// The official languages, for checking the keys of localised tables.
pub struct Languages {
    pub codes: Vec<String>,
}

impl Languages {
    pub fn original(&self) -> &str {
        self.codes.first().map(String::as_str).unwrap_or("en")
    }
}

pub struct Reader<'s> {
    pub src: &'s Source,
    pub problems: Vec<Problem>,
    /// What does not stop the file from loading (names lacking forms).
    pub notes: Vec<Problem>,
}

/// The kind of a TOML value, as a key that the messages turn into words with
/// their article (`-type` in locales/*/files.ftl): "an integer", "an array".
fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "string",
        DeValue::Integer(_) => "integer",
        DeValue::Float(_) => "float",
        DeValue::Boolean(_) => "boolean",
        DeValue::Datetime(_) => "datetime",
        DeValue::Array(_) => "array",
        DeValue::Table(_) => "table",
    }
}

impl<'s> Reader<'s> {
    pub fn new(src: &'s Source) -> Self {
        Reader {
            src,
            problems: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn report(&mut self, span: &Range<usize>, msg: Msg) {
        self.problems.push(self.src.problem_at(span, msg));
    }

    /// The language a key of a per-language table names, or `None` once it
    /// is reported as not one of the body's languages.
    pub fn language_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        langs: Option<&Languages>,
    ) -> Option<String> {
        let code = key.get_ref().to_string();
        if let Some(langs) = langs
            && !langs.codes.contains(&code)
        {
            self.report(
                &key.span(),
                msg!("file-unknown-language", lang = code, languages = langs.codes.join(", ")),
            );
            return None;
        }
        Some(code)
    }

    fn wrong_type(&mut self, key: &str, value: &Spanned<DeValue<'_>>, expected: &str) {
        self.report(
            &value.span(),
            msg!(
                "file-wrong-type",
                key = key,
                expected = expected,
                found = type_name(value.get_ref())
            ),
        );
    }

    fn missing(&mut self, table: Table<'_, '_>, key: &str) {
        self.report(&table.span(), msg!("file-missing-key", key = key));
    }

    /// Reports keys that are not among `allowed`.
    pub fn only_keys(&mut self, table: Table<'_, '_>, allowed: &[&str]) {
        for (key, _) in table.table.iter() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                self.report(
                    &key.span(),
                    msg!(
                        "file-unknown-key",
                        key = key.get_ref().to_string(),
                        expected = allowed.join(", ")
                    ),
                );
            }
        }
    }

    pub fn string(&mut self, table: Table<'_, '_>, key: &str, required: bool) -> Option<Located<String>> {
        match table.get(key) {
            None => {
                if required {
                    self.missing(table, key);
                }
                None
            }
            Some(v) => match v.get_ref() {
                DeValue::String(s) => {
                    if s.trim().is_empty() {
                        self.report(&v.span(), msg!("file-empty-value", key = key));
                        return None;
                    }
                    Some(Located {
                        value: s.to_string(),
                        span: v.span(),
                    })
                }
                _ => {
                    self.wrong_type(key, v, "string");
                    None
                }
            },
        }
    }

    /// An agenda item number's text: a string, or an integer written without
    /// quotes (`number = 2`, an obvious intent). A decimal such as `2.1` is a
    /// TOML float whose spelling cannot be trusted (2.10 is 2.1): it must be quoted.
    pub fn item_number(&mut self, table: Table<'_, '_>, key: &str) -> Option<Located<String>> {
        let Some(v) = table.get(key) else {
            self.missing(table, key);
            return None;
        };
        match v.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => Some(Located {
                value: i.as_str().replace('_', ""),
                span: v.span(),
            }),
            DeValue::Integer(i) => {
                self.report(&v.span(), msg!("file-bad-item-number", number = i.to_string()));
                None
            }
            DeValue::Float(f) => {
                self.report(
                    &v.span(),
                    msg!(
                        "file-quote-item-number",
                        key = key,
                        number = f.as_str().replace('_', "")
                    ),
                );
                None
            }
            _ => self.string(table, key, true),
        }
    }

    /// One of a set of words, such as a `kind`; reports the words it may be.
    pub fn choice<T>(
        &mut self,
        value: &Located<String>,
        key: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        let parsed = parse(&value.value);
        if parsed.is_none() {
            self.report(
                &value.span,
                msg!(
                    "file-bad-choice",
                    key = key,
                    found = value.value.clone(),
                    expected = expected
                ),
            );
        }
        parsed
    }

    pub fn integer(&mut self, table: Table<'_, '_>, key: &str) -> Option<Located<i64>> {
        let v = table.get(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                Ok(n) => Some(Located {
                    value: n,
                    span: v.span(),
                }),
                Err(_) => {
                    self.report(&v.span(), msg!("file-bad-integer", key = key));
                    None
                }
            },
            _ => {
                self.wrong_type(key, v, "integer");
                None
            }
        }
    }

    pub fn boolean(&mut self, table: Table<'_, '_>, key: &str) -> Option<Located<bool>> {
        let v = table.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Located {
                value: *b,
                span: v.span(),
            }),
            _ => {
                self.wrong_type(key, v, "boolean");
                None
            }
        }
    }

    pub fn date(&mut self, table: Table<'_, '_>, key: &str, required: bool) -> Option<Located<NaiveDate>> {
        let Some(v) = table.get(key) else {
            if required {
                self.missing(table, key);
            }
            return None;
        };
        let parsed = match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32),
                _ => None,
            },
            DeValue::String(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            _ => None,
        };
        if parsed.is_none() {
            self.report(&v.span(), msg!("file-bad-date", key = key));
        }
        parsed.map(|value| Located { value, span: v.span() })
    }

    /// A list of strings (or a single string, taken as a list of one).
    pub fn strings(&mut self, table: Table<'_, '_>, key: &str) -> Option<Vec<Located<String>>> {
        let v = table.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(vec![Located {
                value: s.to_string(),
                span: v.span(),
            }]),
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(s) => out.push(Located {
                            value: s.to_string(),
                            span: item.span(),
                        }),
                        _ => self.wrong_type(key, item, "string"),
                    }
                }
                Some(out)
            }
            _ => {
                self.wrong_type(key, v, "array-of-strings");
                None
            }
        }
    }

    /// A sub-table, such as an inline table.
    pub fn table<'t, 'i>(&mut self, table: Table<'t, 'i>, key: &str) -> Option<Table<'t, 'i>> {
        let v = table.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(Table::new(t, v.span())),
            _ => {
                self.wrong_type(key, v, "table");
                None
            }
        }
    }

    /// An array of tables (`[[items]]` or an array of inline tables).
    pub fn tables<'t, 'i>(&mut self, table: Table<'t, 'i>, key: &str) -> Vec<Table<'t, 'i>> {
        let Some(v) = table.get(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => Some(Table::new(t, item.span())),
                    _ => {
                        self.wrong_type(key, item, "table");
                        None
                    }
                })
                .collect(),
            _ => {
                self.wrong_type(key, v, "array-of-tables");
                Vec::new()
            }
        }
    }

    /// A localised text: a table keyed by official language, or a bare string
    /// in the original language. The original is required.
    pub fn localised(
        &mut self,
        table: Table<'_, '_>,
        key: &str,
        required: bool,
        langs: Option<&Languages>,
    ) -> Option<Located<Localised>> {
        self.localised_with(table, key, required, langs, true)
    }

    /// Translations only, such as drafts: the original is not required.
    pub fn translations(
        &mut self,
        table: Table<'_, '_>,
        key: &str,
        langs: Option<&Languages>,
    ) -> Option<Located<Localised>> {
        self.localised_with(table, key, false, langs, false)
    }

    fn localised_with(
        &mut self,
        table: Table<'_, '_>,
        key: &str,
        required: bool,
        langs: Option<&Languages>,
        need_original: bool,
    ) -> Option<Located<Localised>> {
        let Some(v) = table.get(key) else {
            if required {
                self.missing(table, key);
            }
            return None;
        };
        let original = langs.map(|l| l.original().to_string()).unwrap_or_else(|| "en".into());
        let mut map = BTreeMap::new();
        match v.get_ref() {
            DeValue::String(s) => {
                // One limit on a text, as for every other path a text comes in by.
                if let Err(m) = crate::domain::limits::check_text(s) {
                    self.report(&v.span(), m);
                }
                map.insert(original.clone(), s.to_string());
            }
            DeValue::Table(t) => {
                for (lang, text) in t.iter() {
                    let Some(code) = self.language_key(lang, langs) else {
                        continue;
                    };
                    match text.get_ref() {
                        DeValue::String(s) if !s.trim().is_empty() => {
                            if let Err(m) = crate::domain::limits::check_text(s) {
                                self.report(&text.span(), m);
                            }
                            map.insert(code, s.to_string());
                        }
                        DeValue::String(_) => {
                            self.report(&text.span(), msg!("file-empty-value", key = format!("{key}.{code}")))
                        }
                        _ => self.wrong_type(&format!("{key}.{code}"), text, "string"),
                    }
                }
            }
            _ => {
                self.wrong_type(key, v, "localised");
                return None;
            }
        }
        if need_original && langs.is_some() && !map.contains_key(&original) {
            self.report(&v.span(), msg!("file-missing-original", key = key, lang = original));
        }
        Some(Located {
            value: Localised(map),
            span: v.span(),
        })
    }
}
