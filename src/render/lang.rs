//! A document language: its Fluent words, its CLDR formats, and the names
//! the body file gives in it.

use crate::domain::meeting::{Forms, Localised, Meeting};
use crate::domain::{Msg, State};
use crate::files::forms::CASES;
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

/// Day and month kept on one line («3\u{a0}ноября», «1er\u{a0}novembre»,
/// «23\u{a0}de\u{a0}junio»): editors never let a line break between them.
fn glued(day_month: &str) -> String {
    day_month.replace(' ', "\u{a0}")
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

    /// A delegation as sentences name it: the formal name where the body
    /// prints one, else its name, with the forms the body file gives.
    pub fn delegation_term(&self, id: &str) -> Term {
        match self.meeting.delegation(id) {
            Some(d) => {
                let name = d.formal_name.as_ref().unwrap_or(&d.name);
                self.term(name, &d.forms)
            }
            None => Term::plain(id),
        }
    }

    /// A subsidiary body, or a delegation, as sentences name it.
    pub fn body_or_delegation_term(&self, id: &str) -> Term {
        match self.meeting.body.subsidiary(id) {
            Some(s) => self.term(&s.name, &s.forms),
            None => self.delegation_term(id),
        }
    }

    /// A name in this language (the original where it has none) with its
    /// forms; a name shown in the original language has none of this
    /// language's forms, so its sentences fall back.
    pub fn term(&self, name: &Localised, forms: &Forms) -> Term {
        match name.get(&self.code) {
            Some(n) => Term::new(n, forms, &self.code),
            None => Term::plain(name.get_or(&self.code, self.original())),
        }
    }

    /// The body's full name ("Kimberley Process Certification Scheme").
    pub fn body_term(&self) -> Term {
        let b = &self.meeting.body;
        self.term(&b.name, &b.name_forms)
    }

    /// The body's short name ("Kimberley Process").
    pub fn short_term(&self) -> Term {
        let b = &self.meeting.body;
        self.term(&b.short_name, &b.short_name_forms)
    }

    pub fn has_acronym(&self) -> bool {
        !self.meeting.body.acronym.get_or(&self.code, self.original()).is_empty()
    }

    /// The body's acronym ("KPCS"), or its short name when it has none.
    pub fn acronym_term(&self) -> Term {
        let b = &self.meeting.body;
        if b.acronym.get_or(&self.code, self.original()).is_empty() {
            self.short_term()
        } else {
            self.term(&b.acronym, &b.acronym_forms)
        }
    }

    /// A delegation's name as sentences print it, without its forms: for
    /// sentences that name it where no form is needed (after a colon, in
    /// parentheses).
    pub fn formal(&self, id: &str) -> String {
        self.delegation_term(id).name
    }

    /// The host country as a title line names it: the plain name.
    pub fn delegation_plain(&self, id: &str) -> String {
        self.delegation_term(id).name
    }

    pub fn short_name(&self) -> String {
        self.meeting
            .body
            .short_name
            .get_or(&self.code, self.original())
            .to_string()
    }

    pub fn body_name(&self) -> String {
        self.meeting.body.name.get_or(&self.code, self.original()).to_string()
    }

    /// The city as it stands alone (a title line, a list of places):
    /// « Le Cap » where the meeting file gives it the article « le ».
    pub fn city(&self) -> String {
        self.say(&msg!("name-city-alone").term(&crate::slot!("city"), &self.city_term()))
    }

    /// The city as sentences decline it, with the forms the meeting file
    /// gives; a city lacking a form its language needs is not `known()`,
    /// and the sentence takes its fallback.
    pub fn city_term(&self) -> Term {
        let m = self.meeting;
        let mut t = self.term(&m.city, &m.city_forms);
        t.known =
            m.city.get(&self.code).is_some() && crate::files::forms::lacking_city(&m.city_forms, &self.code).is_empty();
        t
    }

    pub fn venue(&self) -> Option<String> {
        self.meeting
            .venue
            .as_ref()
            .map(|v| v.get_or(&self.code, self.original()).to_string())
    }

    /// A language's name in this language ("French", "français").
    pub fn language_name(&self, code: &str) -> String {
        self.say(&msg!("language-name", code = code))
    }

    pub fn list(&self, names: &[String]) -> String {
        self.formats.and_list(names)
    }

    /// Names as a list standing in `case` (`nom`, or what the language's
    /// `name-in-list` message knows: `acc` in Russian, `a` in Spanish …),
    /// each with its article; and whether every name had its forms.
    pub fn term_list(&self, terms: &[Term], case: &str) -> (String, bool) {
        // In alphabetical order of the names in this language, as KP
        // communiques list them ("Brazil, Romania and Togo").
        let mut sorted: Vec<&Term> = terms.iter().collect();
        sorted.sort_by(|a, b| self.formats.compare(&a.name, &b.name));
        let items: Vec<String> = sorted
            .into_iter()
            .map(|t| self.say(&msg!("name-in-list", case = case).term(&crate::slot!("name"), t)))
            .collect();
        (self.list(&items), terms.iter().all(Term::known))
    }

    /// "25 June 2009", "1er novembre 2011": CLDR's long date, with the
    /// language's own word for the first day of a month.
    pub fn date(&self, d: NaiveDate) -> String {
        let long = self.formats.long_date(d);
        self.first_day(d, long)
    }

    /// "November 2012", "novembre 2012", "ноябрь 2012 г.".
    pub fn month_year(&self, year: i32, month: u32) -> String {
        match NaiveDate::from_ymd_opt(year, month, 1) {
            Some(d) => self.formats.month_year(d),
            None => year.to_string(),
        }
    }

    fn day_number(&self, d: NaiveDate) -> String {
        self.say(&msg!("date-day-number", day = d.day()))
    }

    /// CLDR writes the day as a number; French writes the first «1er».
    fn first_day(&self, d: NaiveDate, formatted: String) -> String {
        let digits = d.day().to_string();
        match formatted.strip_prefix(&digits) {
            Some(rest) if rest.starts_with(|c: char| !c.is_ascii_digit()) => {
                format!("{}{rest}", self.day_number(d))
            }
            _ => formatted,
        }
    }

    /// A date as running text writes it, built by each language over CLDR's
    /// parts (day and month, year): Russian editors write «23 июня 2009
    /// года» in sentences and keep CLDR's «г.» for title lines.
    pub fn date_in_sentence(&self, d: NaiveDate) -> String {
        let day_month = glued(&self.first_day(d, self.formats.day_month(d)));
        self.say(
            &msg!("date-running")
                .text("day-month", day_month)
                .text("year", d.year().to_string()),
        )
    }

    /// A month as running text writes it: "November 2012", «ноябрь 2012 года».
    pub fn month_year_in_sentence(&self, year: i32, month: u32) -> String {
        match NaiveDate::from_ymd_opt(year, month, 1) {
            Some(d) => self.say(
                &msg!("date-month-year-running")
                    .text("month", self.formats.month(d))
                    .text("year", year.to_string()),
            ),
            None => year.to_string(),
        }
    }

    /// The parts of a range: the first day as short as the last date
    /// allows; `running` for a sentence, else for a title line.
    fn range_parts(&self, from: NaiveDate, to: NaiveDate, running: bool) -> (String, String, &'static str) {
        let full = |d| {
            if running {
                self.date_in_sentence(d)
            } else {
                self.date(d)
            }
        };
        let end = full(to);
        if from.year() == to.year() && from.month() == to.month() {
            (self.day_number(from), end, "days")
        } else if from.year() == to.year() {
            let start = self.first_day(from, self.formats.day_month(from));
            let start = if running { glued(&start) } else { start };
            (start, end, "months")
        } else {
            (full(from), end, "years")
        }
    }

    /// "23–25 June 2009", "1er–3 novembre 2011", "30 June – 2 July 2009", for
    /// a title line; the parts from CLDR, the pattern from Fluent.
    pub fn date_range(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            return self.date(to);
        }
        let (start, end, span) = self.range_parts(from, to, false);
        self.say(&msg!("date-range", start = start, end = end, span = span))
    }

    /// The dates as a sentence says them: "on 27 November 2012", "from 1
    /// to 3 November 2011", "du 1er au 3 novembre 2011", «с 1 по 3 ноября 2011 года».
    pub fn dates_phrase(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            return self.say(&msg!("dates-one-day", date = self.date_in_sentence(from)));
        }
        let (start, end, span) = self.range_parts(from, to, true);
        self.say(&msg!("dates-span", start = start, end = end, span = span))
    }

    pub fn meeting_dates(&self) -> String {
        self.date_range(self.meeting.opens, self.meeting.closes)
    }

    pub fn meeting_dates_phrase(&self) -> String {
        self.dates_phrase(self.meeting.opens, self.meeting.closes)
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

/// A name in one language with the forms its sentences select on (DESIGN
/// §2). A form the body file lacks is "unknown" (article, gender) or the
/// plain name (cases), and `known()` is false: the sentence then takes its
/// fallback construction.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub name: String,
    pub article: String,
    pub gender: String,
    pub number: String,
    /// `vowel`, `consonant` or `v-cluster`: French elides before a vowel
    /// (d’Israël); Russian writes «во» before в/ф and a consonant.
    pub initial: &'static str,
    /// The Russian cases besides the nominative, in `forms::CASES` order.
    pub cases: [String; 5],
    known: bool,
}

impl Term {
    pub fn new(name: &str, forms: &Forms, lang: &str) -> Term {
        let get = |f: &str| forms.get(lang, f).map(str::to_string);
        let indeclinable = get("indeclinable").is_some();
        let cases = CASES.map(|c| {
            if indeclinable {
                name.to_string()
            } else {
                get(c).unwrap_or_else(|| name.to_string())
            }
        });
        Term {
            name: name.to_string(),
            article: get("article").unwrap_or_else(|| if lang == "ru" { "none" } else { "unknown" }.to_string()),
            gender: get("gender").unwrap_or_else(|| "unknown".to_string()),
            number: get("number").unwrap_or_else(|| "singular".to_string()),
            initial: initial(name),
            cases,
            known: crate::files::forms::lacking(forms, lang).is_empty(),
        }
    }

    /// A name with no forms at all: its sentences take their fallback.
    pub fn plain(name: &str) -> Term {
        Term {
            known: false,
            ..Term::new(name, &Forms::default(), "")
        }
    }

    pub fn known(&self) -> bool {
        self.known
    }

    /// For Russian past tenses: the number where plural, else the gender.
    fn agreement(&self) -> &str {
        if self.number == "plural" {
            "plural"
        } else {
            &self.gender
        }
    }
}

fn initial(name: &str) -> &'static str {
    let mut letters = name.chars().flat_map(char::to_lowercase);
    let first = letters.next().unwrap_or(' ');
    let second = letters.next().unwrap_or(' ');
    if "aeiouyàâäéèêëîïôöûüœæh".contains(first) {
        "vowel"
    } else if "вф".contains(first) && "бвгджзйклмнпрстфхцчшщ".contains(second) {
        // Russian writes «во» before в or ф and a consonant (во Владивостоке).
        "v-cluster"
    } else {
        "consonant"
    }
}

/// The Fluent argument names of one name slot in a sentence: `$host`,
/// `$host-article`, `$host-gender`, `$host-number`, `$host-agree`,
/// `$host-initial`, `$host-gen` … `$host-pre`, `$host-forms`. Built by
/// [`slot!`] so that they are `'static` like every other argument name.
pub struct Slot {
    pub name: &'static str,
    pub article: &'static str,
    pub gender: &'static str,
    pub number: &'static str,
    pub agree: &'static str,
    pub initial: &'static str,
    pub cases: [&'static str; 5],
    pub forms: &'static str,
}

#[macro_export]
macro_rules! slot {
    ($name:literal) => {
        $crate::render::lang::Slot {
            name: $name,
            article: concat!($name, "-article"),
            gender: concat!($name, "-gender"),
            number: concat!($name, "-number"),
            agree: concat!($name, "-agree"),
            initial: concat!($name, "-initial"),
            cases: [
                concat!($name, "-gen"),
                concat!($name, "-dat"),
                concat!($name, "-acc"),
                concat!($name, "-ins"),
                concat!($name, "-pre"),
            ],
            forms: concat!($name, "-forms"),
        }
    };
}

/// Puts a name into a message's slot, with every form as an argument.
pub trait WithTerm {
    fn term(self, slot: &Slot, term: &Term) -> Msg;
}

impl WithTerm for Msg {
    fn term(self, slot: &Slot, t: &Term) -> Msg {
        let mut m = self
            .text(slot.name, t.name.clone())
            .text(slot.article, t.article.clone())
            .text(slot.gender, t.gender.clone())
            .text(slot.number, t.number.clone())
            .text(slot.agree, t.agreement().to_string())
            .text(slot.initial, t.initial)
            .text(slot.forms, if t.known { "known" } else { "unknown" });
        for (name, form) in slot.cases.iter().zip(&t.cases) {
            m = m.text(name, form.clone());
        }
        m
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
