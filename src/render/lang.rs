//! A document language: its Fluent words, its CLDR formats, and the names
//! the body file gives in it.

use crate::domain::meeting::Meeting;
use crate::domain::{Msg, State};
use crate::i18n::Localizer;
use crate::i18n::format::Formats;
use crate::msg;
use chrono::{Datelike, NaiveDate};

pub struct Lang<'m> {
    pub code: String,
    pub tag: String,
    pub words: Localizer,
    pub formats: Formats,
    meeting: &'m Meeting,
    /// The pending-translation markers, the same on every paragraph that
    /// lacks a final translation: formatted once.
    markers: std::cell::RefCell<Vec<(&'static str, String, String)>>,
}

impl<'m> Lang<'m> {
    /// The document language `code` (a bare official language of the body).
    pub fn new(meeting: &'m Meeting, code: &str) -> Lang<'m> {
        let tag = meeting
            .body
            .languages
            .iter()
            .find(|l| l.code == code)
            .map(|l| l.tag.clone())
            .unwrap_or_else(|| code.to_string());
        Lang {
            code: code.to_string(),
            words: Localizer::new(code),
            formats: Formats::new(&tag),
            tag,
            meeting,
            markers: Default::default(),
        }
    }

    /// "[Translation into French pending: original in English]", for the
    /// marker message `id` (missing, draft or stale).
    /// `original`: the language the text was written in, as recorded with it.
    pub fn pending_marker(&self, id: &'static str, original: &str) -> String {
        if let Some((_, _, marker)) = self
            .markers
            .borrow()
            .iter()
            .find(|(m, lang, _)| *m == id && lang == original)
        {
            return marker.clone();
        }
        let marker = self.say(&msg!(
            id,
            language = self.language_name(&self.code),
            original = self.language_name(original)
        ));
        self.markers
            .borrow_mut()
            .push((id, original.to_string(), marker.clone()));
        marker
    }

    pub fn say(&self, msg: &Msg) -> String {
        self.words.format(msg)
    }

    pub fn original(&self) -> &str {
        self.meeting.original()
    }

    /// A delegation's name in this language (the original where the body file has none).
    pub fn delegation(&self, id: &str) -> String {
        match self.meeting.delegation(id) {
            Some(d) => d.name.get_or(&self.code, self.original()).to_string(),
            None => id.to_string(),
        }
    }

    /// A delegation's formal name where the body prints one, else its name.
    pub fn formal(&self, id: &str) -> String {
        match self.meeting.delegation(id).and_then(|d| d.formal_name.as_ref()) {
            Some(f) => f.get_or(&self.code, self.original()).to_string(),
            None => self.delegation(id),
        }
    }

    /// A subsidiary body's name, or a delegation's, in this language.
    pub fn body_or_delegation(&self, id: &str) -> String {
        match self.meeting.body.subsidiary(id) {
            Some(s) => s.name.get_or(&self.code, self.original()).to_string(),
            None => self.delegation(id),
        }
    }

    pub fn acronym(&self) -> String {
        let b = &self.meeting.body;
        let a = b.acronym.get_or(&self.code, self.original());
        if a.is_empty() {
            b.short_name.get_or(&self.code, self.original()).to_string()
        } else {
            a.to_string()
        }
    }

    pub fn body_name(&self) -> String {
        self.meeting.body.name.get_or(&self.code, self.original()).to_string()
    }

    pub fn short_name(&self) -> String {
        self.meeting
            .body
            .short_name
            .get_or(&self.code, self.original())
            .to_string()
    }

    pub fn city(&self) -> String {
        self.meeting.city.get_or(&self.code, self.original()).to_string()
    }

    /// A language's name in this language ("French", "français").
    pub fn language_name(&self, code: &str) -> String {
        self.say(&msg!("language-name", code = code))
    }

    pub fn list(&self, names: &[String]) -> String {
        self.formats.and_list(names)
    }

    pub fn date(&self, d: NaiveDate) -> String {
        self.formats.long_date(d)
    }

    /// "23-25 June 2009", "du 23 au 25 juin 2009", "23–25 июня 2009 г."; the
    /// parts from CLDR, the pattern from Fluent.
    pub fn date_range(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            return self.date(to);
        }
        let end = self.date(to);
        if from.year() == to.year() && from.month() == to.month() {
            self.say(&msg!(
                "date-range-days",
                start = self.formats.number(from.day() as i64),
                end = end
            ))
        } else if from.year() == to.year() {
            self.say(&msg!("date-range", start = self.formats.day_month(from), end = end))
        } else {
            self.say(&msg!("date-range", start = self.date(from), end = end))
        }
    }

    pub fn meeting_dates(&self) -> String {
        self.date_range(self.meeting.opens, self.meeting.closes)
    }

    /// The languages of the body, named in this language, as a list.
    pub fn official_languages(&self) -> String {
        let names: Vec<String> = self
            .meeting
            .body
            .languages
            .iter()
            .map(|l| self.language_name(&l.code))
            .collect();
        self.list(&names)
    }
}

/// The languages a document is asked for: one, or all of the body's.
pub fn requested(state: &State, lang: Option<&str>) -> Result<Vec<String>, Msg> {
    let body = &state.meeting.body;
    match lang {
        None => Ok(vec![body.original().to_string()]),
        Some(l) if l.eq_ignore_ascii_case("all") => Ok(body.languages.iter().map(|l| l.code.clone()).collect()),
        Some(l) => {
            let code = l.split(['-', '_']).next().unwrap_or(l).to_lowercase();
            if body.has_language(&code) {
                Ok(vec![code])
            } else {
                let known = body
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                Err(msg!("err-unknown-language", lang = l, languages = known))
            }
        }
    }
}
