//! The body file: official languages, subsidiary bodies, and the membership
//! with its dated changes.

use super::forms;
use super::reader::{Languages, Located, Reader, Table};
use super::source::Problem;
use crate::domain::meeting::{
    Body, Category, Delegation, Forms, Language, Localised, Status, Subsidiary, SubsidiaryKind,
};
use crate::msg;
use chrono::NaiveDate;
use std::collections::HashMap;

/// The languages plenary has its own words for (`locales/`).
pub const SUPPORTED_LANGUAGES: [&str; 5] = ["en", "fr", "pt", "es", "ru"];

/// One period of a delegation's membership.
#[derive(Clone, Debug)]
pub struct Period {
    pub from: Option<NaiveDate>,
    /// `None` from the day a membership ends (category "former").
    pub category: Option<Category>,
    pub status: Status,
    pub represents: Vec<String>,
}

/// A delegation as the body file defines it, over the years.
#[derive(Clone, Debug)]
pub struct Member {
    pub id: String,
    pub span: std::ops::Range<usize>,
    pub name: Localised,
    pub formal_name: Option<Localised>,
    pub forms: Forms,
    /// Later names, each from its date on (the European Community is the
    /// European Union from 2009-12-01), in date order.
    pub renamed: Vec<Renamed>,
    pub periods: Vec<Period>,
}

/// A name a delegation takes from a date on.
#[derive(Clone, Debug)]
pub struct Renamed {
    pub from: NaiveDate,
    pub name: Localised,
    pub formal_name: Option<Localised>,
    pub forms: Forms,
}

impl Member {
    /// The delegation as it stands on `date`, if it is a member then.
    pub fn on(&self, date: NaiveDate) -> Option<Delegation> {
        let period = self.periods.iter().rev().find(|p| p.from.is_none_or(|f| f <= date))?;
        let category = period.category?;
        let (name, formal_name, forms) = match self.renamed.iter().rev().find(|n| n.from <= date) {
            Some(n) => (&n.name, &n.formal_name, &n.forms),
            None => (&self.name, &self.formal_name, &self.forms),
        };
        Some(Delegation {
            id: self.id.clone(),
            name: name.clone(),
            formal_name: formal_name.clone(),
            forms: forms.clone(),
            category,
            status: period.status,
            represents: period.represents.clone(),
        })
    }
}

pub struct BodyFile {
    pub body: Body,
    pub members: Vec<Member>,
    /// Names lacking a form some sentence needs: the file still loads, and
    /// `plenary check` lists them.
    pub missing_forms: Vec<Problem>,
}

pub fn read(r: &mut Reader<'_>, root: Table<'_, '_>) -> Option<BodyFile> {
    r.only_keys(
        root,
        &[
            "id",
            "acronym",
            "name",
            "short_name",
            "languages",
            "formal_adoption_rule",
            "subsidiary",
            "delegations",
            "name_forms",
            "short_name_forms",
            "acronym_forms",
        ],
    );
    let languages = read_languages(r, root);
    let langs = languages.as_ref().map(|l| Languages {
        codes: l.iter().map(|l| l.code.clone()).collect(),
    });
    let langs = langs.as_ref();
    let id = r.string(root, "id", true);
    let acronym = r.localised(root, "acronym", false, langs);
    let name = r.localised(root, "name", true, langs);
    let short_name = r.localised(root, "short_name", false, langs);
    let rule = r.string(root, "formal_adoption_rule", false);
    let mut missing = Vec::new();
    let mut root_forms = |r: &mut Reader<'_>, key: &str, what: &str, span: Option<std::ops::Range<usize>>| {
        let read = forms::read(r, root, key, langs);
        let span = read.as_ref().map(|f| f.span.clone()).or(span).unwrap_or(0..0);
        let f = read.map(|f| f.forms).unwrap_or_default();
        missing.extend(forms::missing(r, &f, langs, &span, what));
        f
    };
    let name_forms = root_forms(r, "name_forms", "name", name.as_ref().map(|n| n.span.clone()));
    // Without a short name or an acronym, sentences use the name and its forms.
    let short_name_forms = match &short_name {
        Some(s) => root_forms(r, "short_name_forms", "short_name", Some(s.span.clone())),
        None => name_forms.clone(),
    };
    let acronym_forms = match &acronym {
        Some(a) => root_forms(r, "acronym_forms", "acronym", Some(a.span.clone())),
        None => Forms::default(),
    };

    let mut seen: HashMap<String, std::ops::Range<usize>> = HashMap::new();
    let mut subsidiaries = Vec::new();
    for t in r.tables(root, "subsidiary") {
        r.only_keys(t, &["id", "kind", "acronym", "name", "forms"]);
        let id = r.string(t, "id", true);
        let kind = r.string(t, "kind", true).and_then(|k| {
            let parse = |s: &str| match s {
                "working-group" => Some(SubsidiaryKind::WorkingGroup),
                "committee" => Some(SubsidiaryKind::Committee),
                _ => None,
            };
            r.choice(&k, "kind", parse, "working-group, committee")
        });
        let acronym = r.localised(t, "acronym", false, langs);
        let name = r.localised(t, "name", true, langs);
        let read = forms::read(r, t, "forms", langs);
        if let Some(id) = &id {
            unique_id(r, &mut seen, id);
            let span = read.as_ref().map(|f| f.span.clone()).unwrap_or(id.span.clone());
            let empty = Forms::default();
            let f = read.as_ref().map(|f| &f.forms).unwrap_or(&empty);
            missing.extend(forms::missing(r, f, langs, &span, &id.value));
        }
        if let (Some(id), Some(kind), Some(name)) = (id, kind, name) {
            subsidiaries.push(Subsidiary {
                id: id.value,
                kind,
                acronym: acronym.map(|a| a.value).unwrap_or_default(),
                name: name.value,
                forms: read.map(|f| f.forms).unwrap_or_default(),
            });
        }
    }

    let mut members = Vec::new();
    for t in r.tables(root, "delegations") {
        if let Some(m) = read_member(r, t, langs, &mut seen, &mut missing) {
            members.push(m);
        }
    }

    let (languages, id, name) = (languages?, id?, name?);
    let body = Body {
        id: id.value,
        acronym: acronym.map(|a| a.value).unwrap_or_default(),
        short_name: short_name.map(|a| a.value).unwrap_or_else(|| name.value.clone()),
        name: name.value,
        languages,
        formal_adoption_rule: rule.map(|r| r.value),
        subsidiaries,
        name_forms,
        short_name_forms,
        acronym_forms,
    };
    Some(BodyFile {
        body,
        members,
        missing_forms: missing,
    })
}

/// Ids are case-insensitive and shared by delegations and subsidiary bodies,
/// since `lead` and an action's owner may be either.
fn unique_id(r: &mut Reader<'_>, seen: &mut HashMap<String, std::ops::Range<usize>>, id: &Located<String>) {
    if !id.value.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        r.report(&id.span, msg!("file-bad-id", id = id.value.clone()));
    } else if let Some(problem) = crate::domain::ids::id_problem(&id.value, crate::domain::ids::IdKind::Word) {
        // A keyword ("all", "communique") would make commands ambiguous.
        r.report(&id.span, problem);
    }
    let key = id.value.to_lowercase();
    if let Some(first) = seen.get(&key) {
        let (line, _) = r.src.position(first.start);
        r.report(
            &id.span,
            msg!("file-duplicate-id", id = id.value.clone(), line = line.to_string()),
        );
    } else {
        seen.insert(key, id.span.clone());
    }
}

fn read_languages(r: &mut Reader<'_>, root: Table<'_, '_>) -> Option<Vec<Language>> {
    let Some(list) = r.strings(root, "languages") else {
        r.report(&(0..0), msg!("file-missing-key", key = "languages"));
        return None;
    };
    if list.is_empty() {
        r.report(
            &root.get("languages").map(|v| v.span()).unwrap_or(0..0),
            msg!("file-no-languages"),
        );
        return None;
    }
    let mut out: Vec<Language> = Vec::new();
    let mut ok = true;
    for tag in list {
        match tag.value.parse::<unic_langid::LanguageIdentifier>() {
            // BCP 47 reserves language subtags of 4 to 8 letters, which
            // unic-langid accepts ("english"): no language we know has one.
            Ok(id) if !(2..=3).contains(&id.language.as_str().len()) => {
                r.report(&tag.span, msg!("file-bad-language-tag", lang = tag.value.clone()));
                ok = false;
            }
            Ok(id) => {
                let code = id.language.as_str().to_string();
                if !SUPPORTED_LANGUAGES.contains(&code.as_str()) {
                    r.report(
                        &tag.span,
                        msg!(
                            "file-unsupported-language",
                            lang = tag.value.clone(),
                            supported = SUPPORTED_LANGUAGES.join(", ")
                        ),
                    );
                    ok = false;
                } else if out.iter().any(|l| l.code == code) {
                    r.report(&tag.span, msg!("file-duplicate-language", lang = code));
                    ok = false;
                } else {
                    out.push(Language {
                        tag: id.to_string(),
                        code,
                    });
                }
            }
            Err(_) => {
                r.report(&tag.span, msg!("file-bad-language-tag", lang = tag.value.clone()));
                ok = false;
            }
        }
    }
    (ok && !out.is_empty()).then_some(out)
}

fn read_member(
    r: &mut Reader<'_>,
    t: Table<'_, '_>,
    langs: Option<&Languages>,
    seen: &mut HashMap<String, std::ops::Range<usize>>,
    missing: &mut Vec<Problem>,
) -> Option<Member> {
    r.only_keys(
        t,
        &[
            "id",
            "name",
            "formal_name",
            "forms",
            "renamed",
            "category",
            "status",
            "represents",
            "membership",
        ],
    );
    let id = r.string(t, "id", true);
    if let Some(id) = &id {
        unique_id(r, seen, id);
    }
    let name = r.localised(t, "name", true, langs);
    let formal_name = r.localised(t, "formal_name", false, langs);
    let read = forms::read(r, t, "forms", langs);
    if let Some(id) = &id {
        let span = read.as_ref().map(|f| f.span.clone()).unwrap_or(id.span.clone());
        let empty = Forms::default();
        let f = read.as_ref().map(|f| &f.forms).unwrap_or(&empty);
        missing.extend(forms::missing(r, f, langs, &span, &id.value));
    }
    let mut renamed: Vec<Renamed> = Vec::new();
    for n in r.tables(t, "renamed") {
        r.only_keys(n, &["from", "name", "formal_name", "forms"]);
        let from = r.date(n, "from", true);
        let name = r.localised(n, "name", true, langs);
        let formal_name = r.localised(n, "formal_name", false, langs);
        let read = forms::read(r, n, "forms", langs);
        if let (Some(prev), Some(from)) = (renamed.last(), &from)
            && from.value <= prev.from
        {
            r.report(
                &from.span,
                msg!(
                    "file-membership-order",
                    date = from.value.to_string(),
                    previous = prev.from.to_string()
                ),
            );
        }
        if let (Some(from), Some(name)) = (from, name) {
            let span = read.as_ref().map(|f| f.span.clone()).unwrap_or(from.span.clone());
            let forms = read.map(|f| f.forms).unwrap_or_default();
            let what = id.as_ref().map(|i| i.value.clone()).unwrap_or_default();
            missing.extend(forms::missing(r, &forms, langs, &span, &what));
            renamed.push(Renamed {
                from: from.value,
                name: name.value,
                formal_name: formal_name.map(|f| f.value),
                forms,
            });
        }
    }
    let periods = if t.has("membership") {
        if let Some(clash) = ["category", "status", "represents"].iter().find(|k| t.has(k)) {
            r.report(
                &t.get(clash).map(|v| v.span()).unwrap_or(0..0),
                msg!("file-membership-and-category", key = *clash),
            );
        }
        let mut periods = Vec::new();
        let mut last: Option<Located<NaiveDate>> = None;
        let entries = r.tables(t, "membership");
        if entries.is_empty() {
            r.report(
                &t.get("membership").map(|v| v.span()).unwrap_or(0..0),
                msg!("file-empty-membership"),
            );
        }
        for p in entries {
            r.only_keys(p, &["from", "category", "status", "represents"]);
            let from = r.date(p, "from", true);
            if let (Some(prev), Some(from)) = (&last, &from)
                && from.value <= prev.value
            {
                r.report(
                    &from.span,
                    msg!(
                        "file-membership-order",
                        date = from.value.to_string(),
                        previous = prev.value.to_string()
                    ),
                );
            }
            let period = read_period(r, p, true);
            if let Some(from) = &from {
                last = Some(from.clone());
            }
            if let (Some(from), Some(mut period)) = (from, period) {
                period.from = Some(from.value);
                periods.push(period);
            }
        }
        periods
    } else {
        read_period(r, t, false).into_iter().collect()
    };
    let (id, name) = (id?, name?);
    Some(Member {
        id: id.value,
        span: id.span,
        name: name.value,
        formal_name: formal_name.map(|f| f.value),
        forms: read.map(|f| f.forms).unwrap_or_default(),
        renamed,
        periods,
    })
}

fn read_period(r: &mut Reader<'_>, t: Table<'_, '_>, dated: bool) -> Option<Period> {
    let category = r.string(t, "category", true).and_then(|c| {
        if dated && c.value == "former" {
            return Some(None);
        }
        let parsed = Category::parse(&c.value);
        if parsed.is_none() {
            let expected = if dated {
                "participant, observer, applicant, guest, former"
            } else {
                "participant, observer, applicant, guest"
            };
            r.report(
                &c.span,
                msg!(
                    "file-bad-choice",
                    key = "category",
                    found = c.value.clone(),
                    expected = expected
                ),
            );
        }
        parsed.map(Some)
    });
    let status = match r.string(t, "status", false) {
        None => Some(Status::Active),
        Some(s) => r.choice(&s, "status", Status::parse, "active, suspended, self-suspended"),
    };
    let represents = r.strings(t, "represents").unwrap_or_default();
    let mut countries = Vec::new();
    for c in represents {
        if c.value.len() != 2 || !c.value.chars().all(|ch| ch.is_ascii_uppercase()) {
            r.report(&c.span, msg!("file-bad-country", code = c.value.clone()));
        } else if countries.contains(&c.value) {
            r.report(&c.span, msg!("file-duplicate-country", code = c.value.clone()));
        } else {
            countries.push(c.value);
        }
    }
    Some(Period {
        from: None,
        category: category?,
        status: status?,
        represents: countries,
    })
}
