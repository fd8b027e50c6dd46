//! What the files say: the body and the meeting as prepared, before anything
//! happens in the room. Loaded and validated by `files`; never changed by events.

use super::ids::ItemNumber;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Text keyed by bare language (`en`, `fr`, …).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Localised(pub BTreeMap<String, String>);

impl Localised {
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// The text in `lang`, else in `fallback` (the original language).
    pub fn get_or<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.get(lang).or_else(|| self.get(fallback)).unwrap_or_default()
    }
}

/// The grammatical forms of a name (DESIGN §2 "Names are grammatical
/// terms"), keyed by bare language, then by form: `article`, `gender`,
/// `number`, and the Russian cases `gen`, `dat`, `acc`, `ins`, `pre` (the
/// name itself is the nominative). What a language needs is checked by
/// `files::body`; sentences receive the forms as Fluent arguments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forms(pub BTreeMap<String, BTreeMap<String, String>>);

impl Forms {
    pub fn get(&self, lang: &str, form: &str) -> Option<&str> {
        self.0.get(lang).and_then(|f| f.get(form)).map(String::as_str)
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.0.contains_key(lang)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Participant,
    Observer,
    Applicant,
    Guest,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::Participant,
        Category::Observer,
        Category::Applicant,
        Category::Guest,
    ];

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Participant => "participant",
            Category::Observer => "observer",
            Category::Applicant => "applicant",
            Category::Guest => "guest",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Active,
    Suspended,
    SelfSuspended,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Active, Status::Suspended, Status::SelfSuspended];

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::SelfSuspended => "self-suspended",
        }
    }
}

/// An official language: the tag the body's documents follow (`en-GB`) and
/// the bare language used for `locales/` and localised tables (`en`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Language {
    pub tag: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Subsidiary {
    pub id: String,
    pub kind: SubsidiaryKind,
    pub acronym: Localised,
    pub name: Localised,
    #[serde(skip)]
    pub forms: Forms,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubsidiaryKind {
    WorkingGroup,
    Committee,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Body {
    pub id: String,
    pub acronym: Localised,
    pub name: Localised,
    pub short_name: Localised,
    pub languages: Vec<Language>,
    pub formal_adoption_rule: Option<String>,
    pub subsidiaries: Vec<Subsidiary>,
    /// The forms of `name`, `short_name` and `acronym`.
    #[serde(skip)]
    pub name_forms: Forms,
    #[serde(skip)]
    pub short_name_forms: Forms,
    #[serde(skip)]
    pub acronym_forms: Forms,
}

impl Body {
    /// The original language of documents (the first official language).
    pub fn original(&self) -> &str {
        &self.languages[0].code
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code == code)
    }

    pub fn subsidiary(&self, id: &str) -> Option<&Subsidiary> {
        self.subsidiaries.iter().find(|s| s.id.eq_ignore_ascii_case(id))
    }
}

/// A delegation as it stands when the meeting opens.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Delegation {
    pub id: String,
    pub name: Localised,
    pub formal_name: Option<Localised>,
    /// The forms of the name sentences print (the formal name where there is one).
    #[serde(skip)]
    pub forms: Forms,
    pub category: Category,
    pub status: Status,
    /// Countries a regional organisation stands for; empty for a state.
    pub represents: Vec<String>,
}

impl Delegation {
    /// How many countries it counts for in "49 participants representing 75 countries".
    pub fn countries(&self) -> usize {
        self.represents.len().max(1)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    Plenary,
    Intersessional,
    Extraordinary,
}

impl MeetingKind {
    pub fn parse(s: &str) -> Option<MeetingKind> {
        match s {
            "plenary" => Some(MeetingKind::Plenary),
            "intersessional" => Some(MeetingKind::Intersessional),
            "extraordinary" => Some(MeetingKind::Extraordinary),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Plenary => "plenary",
            MeetingKind::Intersessional => "intersessional",
            MeetingKind::Extraordinary => "extraordinary",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionKind {
    Decision,
    Recommendation,
    Administrative,
}

impl DecisionKind {
    pub fn parse(s: &str) -> Option<DecisionKind> {
        match s {
            "decision" => Some(DecisionKind::Decision),
            "recommendation" => Some(DecisionKind::Recommendation),
            "administrative" => Some(DecisionKind::Administrative),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PreparedDecision {
    pub id: String,
    pub kind: DecisionKind,
    pub by: Option<String>,
    /// Original and translations prepared in advance, final.
    pub text: Localised,
    /// Translations prepared in advance, still in draft.
    pub draft: Localised,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PreparedParagraph {
    /// The subsidiary body reporting, for a report; `None` for a note.
    pub by: Option<String>,
    pub text: Localised,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub number: ItemNumber,
    pub title: Localised,
    pub lead: Option<String>,
    pub minutes: Option<u32>,
    pub decisions: Vec<PreparedDecision>,
    pub notes: Vec<PreparedParagraph>,
    pub reports: Vec<PreparedParagraph>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meeting {
    pub body: Body,
    pub kind: MeetingKind,
    pub host: String,
    pub city: Localised,
    /// What sentences need to decline the city («в Виндхуке», « au Cap »).
    #[serde(skip)]
    pub city_forms: Forms,
    pub venue: Option<Localised>,
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    pub chair: String,
    pub vice_chair: Option<String>,
    /// Every delegation of the meeting (members in force on the opening day,
    /// then guests), in file order.
    pub delegations: Vec<Delegation>,
    /// Ids of the delegations expected.
    pub expected: Vec<String>,
    pub items: Vec<Item>,
    /// Who hosts the next meeting, and when: the communique's last paragraph.
    pub next: Option<NextMeeting>,
    /// Whether the delegates' site shows the text of decisions not adopted.
    pub publish_drafts: bool,
    /// Delegations and items by id, built on first use: the fold looks up
    /// one or two per event.
    #[serde(skip)]
    pub index: Index,
}

/// Positions of delegations (by id as written and lower-cased) and items
/// (by number as written). Derived from the rest of the meeting, so any two are equal.
#[derive(Clone, Default)]
pub struct Index(std::sync::OnceLock<(HashMap<String, usize>, HashMap<String, usize>)>);

impl PartialEq for Index {
    fn eq(&self, _: &Index) -> bool {
        true
    }
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Index")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NextMeeting {
    pub host: String,
    pub kind: MeetingKind,
    pub year: i32,
    pub month: u32,
}

impl Meeting {
    fn index(&self) -> &(HashMap<String, usize>, HashMap<String, usize>) {
        self.index.0.get_or_init(|| {
            let delegations = self.delegations.iter().enumerate();
            let items = self.items.iter().enumerate();
            (
                delegations
                    .flat_map(|(i, d)| [(d.id.clone(), i), (d.id.to_ascii_lowercase(), i)])
                    .collect(),
                items.map(|(i, item)| (item.number.as_str().to_string(), i)).collect(),
            )
        })
    }

    /// The position of a delegation, by case-insensitive id.
    pub fn delegation_index(&self, id: &str) -> Option<usize> {
        let index = &self.index().0;
        // Ids are usually spelled as in the file, which costs no lower-casing.
        index.get(id).or_else(|| index.get(&id.to_ascii_lowercase())).copied()
    }

    pub fn delegation(&self, id: &str) -> Option<&Delegation> {
        self.delegation_index(id).map(|i| &self.delegations[i])
    }

    pub fn item_index(&self, number: &ItemNumber) -> Option<usize> {
        // The spelling of the definition first; then part by part (`2.10`
        // and `2.010`): the file has no two numbers equal part by part.
        self.index()
            .1
            .get(number.as_str())
            .copied()
            .or_else(|| self.items.iter().position(|i| &i.number == number))
    }

    pub fn original(&self) -> &str {
        self.body.original()
    }
}
