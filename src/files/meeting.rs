//! The meeting file: its facts, its agenda, and what was prepared under each
//! item; checked against its body file.

use super::body::{self, BodyFile};
use super::reader::{Languages, Located, Reader, Table};
use super::source::{Problem, Source};
use crate::domain::ids::{self, ItemNumber};
use crate::domain::lookup;
use crate::domain::meeting::*;
use crate::msg;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use toml::de::DeTable;

/// The words `kind` may be.
const MEETING_KINDS: &str = "plenary, intersessional, extraordinary";

/// More problems than this and the rest are summed up in one line: a file of
/// 10 MB of garbage must not print 100,000 lines.
const MAX_PROBLEMS: usize = 200;

/// The problems found so far, the first [`MAX_PROBLEMS`] syntax errors of each
/// file kept and the others only counted, so that the summary line stays true.
#[derive(Default)]
struct Found {
    problems: Vec<Problem>,
    /// What does not stop the meeting from loading: names lacking forms.
    notes: Vec<Problem>,
    /// Syntax errors counted but not kept.
    unkept: usize,
}

/// A file parsed as TOML: the tree as far as it goes, and whether it had
/// syntax errors. After one, the tree is only what the parser could salvage,
/// and checking its contents would report problems that are not in the file.
struct Parsed<'s> {
    tree: toml::Spanned<DeTable<'s>>,
    syntax_errors: bool,
}

impl Parsed<'_> {
    fn root(&self) -> Table<'_, '_> {
        Table::new(self.tree.get_ref(), 0..0)
    }

    /// A file with no key at all: whitespace and comments only.
    fn is_empty(&self) -> bool {
        !self.syntax_errors && self.tree.get_ref().is_empty()
    }
}

/// Parses a file as TOML, noting its syntax errors, the first MAX_PROBLEMS
/// (in the order of the file) in full and the others by number.
fn parse<'s>(src: &'s Source, found: &mut Found) -> Parsed<'s> {
    let (tree, mut errors) = DeTable::parse_recoverable(&src.text);
    let syntax_errors = !errors.is_empty();
    errors.sort_by_key(|e| e.span().map_or(0, |s| s.start));
    if errors.len() > MAX_PROBLEMS {
        found.unkept += errors.len() - MAX_PROBLEMS;
        errors.truncate(MAX_PROBLEMS);
    }
    for e in errors {
        let span = e.span().unwrap_or(0..0);
        found
            .problems
            .push(src.problem_at(&span, msg!("file-toml-syntax", detail = e.message().trim().to_string())));
    }
    Parsed { tree, syntax_errors }
}

/// The number of problems that a list returned by [`load`] stands for: the
/// problems shown, plus those its closing summary line says are not shown
/// (the summary line itself is not a problem).
pub fn problem_count(problems: &[Problem]) -> usize {
    problems
        .iter()
        .map(|p| match (p.msg.id, p.msg.arg("count")) {
            ("file-more-problems", Some(crate::domain::message::Arg::Number(n))) => usize::try_from(*n).unwrap_or(0),
            _ => 1,
        })
        .sum()
}

/// Loads and checks a meeting and its body. Every problem found is returned,
/// in the order of the files; beyond MAX_PROBLEMS the rest are counted in a
/// last summary line (see [`problem_count`]).
///
/// A file with TOML syntax errors is reported for those alone: its other
/// checks would run on a salvaged tree. The body file is checked on its own
/// even when the meeting file has syntax errors; a body file with syntax
/// errors (or unreadable) leaves out every check of the meeting against it.
pub fn load(path: &Path) -> Result<Meeting, Vec<Problem>> {
    load_with_notes(path).map(|(m, _)| m)
}

/// [`load`], and the notes that do not stop the meeting from loading (names
/// lacking a grammatical form: each sentence then falls back to a
/// construction that needs none), for `plenary check` to list.
pub fn load_with_notes(path: &Path) -> Result<(Meeting, Vec<Problem>), Vec<Problem>> {
    let src = Source::read(path).map_err(|p| vec![p])?;
    let mut found = Found::default();
    let parsed = parse(&src, &mut found);
    let root = parsed.root();

    let mut r = Reader::new(&src);
    let meeting = if parsed.syntax_errors {
        // What this file's checks would say is left out (`scratch`), but a
        // body file that can be found is still checked for its own problems.
        let mut scratch = Reader::new(&src);
        if let Some(body_path) = scratch.string(root, "body", true) {
            load_body(&mut scratch, path, &body_path, &mut found);
        }
        None
    } else if parsed.is_empty() {
        r.report(&(0..0), msg!("file-empty"));
        None
    } else {
        r.only_keys(
            root,
            &[
                "body",
                "kind",
                "host",
                "city",
                "city_forms",
                "venue",
                "opens",
                "closes",
                "chair",
                "vice_chair",
                "expected",
                "guests",
                "items",
                "next_meeting",
                "publish_drafts",
                "record",
            ],
        );
        let body_path = r.string(root, "body", true);
        let body = body_path.as_ref().and_then(|b| load_body(&mut r, path, b, &mut found));
        read_meeting(&mut r, root, body.as_ref())
    };
    let Found {
        mut problems,
        mut notes,
        unkept,
    } = found;
    notes.extend(r.notes);
    problems.extend(r.problems);
    problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    problems.dedup();
    if problems.len() + unkept > MAX_PROBLEMS {
        let more = problems.len() + unkept - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        problems.push(Problem {
            file: path.to_path_buf(),
            line: 1,
            column: 1,
            msg: msg!("file-more-problems", count = more),
        });
    }
    match meeting {
        Some(m) if problems.is_empty() => {
            notes.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
            Ok((m, notes))
        }
        _ => {
            if problems.is_empty() {
                // Defensive: a meeting that could not be built always says why.
                problems.push(src.problem(0, msg!("file-incomplete")));
            }
            Err(problems)
        }
    }
}

/// Reads and checks the body file named by the meeting. `None` when it cannot
/// be read or has syntax errors: the meeting is then not checked against it.
fn load_body(r: &mut Reader<'_>, meeting_path: &Path, body: &Located<String>, found: &mut Found) -> Option<BodyFile> {
    let dir = meeting_path.parent().unwrap_or(Path::new("."));
    let path: PathBuf = dir.join(&body.value);
    let has_problems =
        |r: &mut Reader<'_>| r.report(&body.span, msg!("file-body-has-problems", path = body.value.clone()));
    let src = match Source::read(&path) {
        Ok(s) => s,
        Err(p) if p.msg.id == "file-not-found" => {
            r.report(
                &body.span,
                msg!(
                    "file-body-not-found",
                    path = body.value.clone(),
                    looked = path.display().to_string()
                ),
            );
            return None;
        }
        Err(p) => {
            found.problems.push(p);
            has_problems(r);
            return None;
        }
    };
    let parsed = parse(&src, found);
    if parsed.syntax_errors {
        has_problems(r);
        return None;
    }
    let mut br = Reader::new(&src);
    let file = if parsed.is_empty() {
        br.report(&(0..0), msg!("file-empty"));
        None
    } else {
        body::read(&mut br, parsed.root())
    };
    if let Some(f) = &file {
        found.notes.extend(f.missing_forms.iter().cloned());
    }
    let ok = br.problems.is_empty();
    found.problems.extend(br.problems);
    if !ok {
        has_problems(r);
    }
    file
}

fn read_meeting(r: &mut Reader<'_>, root: Table<'_, '_>, body: Option<&BodyFile>) -> Option<Meeting> {
    let langs = body.map(|b| Languages {
        codes: b.body.languages.iter().map(|l| l.code.clone()).collect(),
    });
    let langs = langs.as_ref();
    let kind = r
        .string(root, "kind", true)
        .and_then(|k| r.choice(&k, "kind", MeetingKind::parse, MEETING_KINDS));
    let city = r.localised(root, "city", true, langs);
    let city_forms = super::forms::read(r, root, "city_forms", langs);
    if let Some(c) = &city {
        let span = city_forms.as_ref().map(|f| f.span.clone()).unwrap_or(c.span.clone());
        let empty = Forms::default();
        let f = city_forms.as_ref().map(|f| &f.forms).unwrap_or(&empty);
        let notes = super::forms::missing_city(r, f, langs, &span);
        r.notes.extend(notes);
    }
    let venue = r.localised(root, "venue", false, langs);
    let opens = r.date(root, "opens", true);
    let closes = r.date(root, "closes", true);
    if let (Some(o), Some(c)) = (&opens, &closes)
        && c.value < o.value
    {
        r.report(
            &c.span,
            msg!(
                "file-closes-before-opens",
                closes = c.value.to_string(),
                opens = o.value.to_string()
            ),
        );
    }
    let host = r.string(root, "host", true);
    let chair = r.string(root, "chair", true);
    let vice_chair = r.string(root, "vice_chair", false);

    // Delegations of this meeting: the body's members in force on the
    // opening day, then the meeting's guests. Without an opening day, no
    // member is known to be in force.
    let mut delegations: Vec<Delegation> = Vec::new();
    if let (Some(b), Some(opens)) = (body, &opens) {
        delegations.extend(b.members.iter().filter_map(|m| m.on(opens.value)));
    }
    let mut guest_ids: HashMap<String, std::ops::Range<usize>> = HashMap::new();
    for g in r.tables(root, "guests") {
        r.only_keys(g, &["id", "name", "formal_name", "forms", "category"]);
        let id = r.string(g, "id", true);
        let name = r.localised(g, "name", true, langs);
        let formal_name = r.localised(g, "formal_name", false, langs);
        let read = super::forms::read(r, g, "forms", langs);
        if let Some(id) = &id {
            let span = read.as_ref().map(|f| f.span.clone()).unwrap_or(id.span.clone());
            let empty = Forms::default();
            let f = read.as_ref().map(|f| &f.forms).unwrap_or(&empty);
            let notes = super::forms::missing(r, f, langs, &span, &id.value);
            r.notes.extend(notes);
        }
        let category = match r.string(g, "category", false) {
            None => Some(Category::Guest),
            Some(c) => r.choice(
                &c,
                "category",
                Category::parse,
                "participant, observer, applicant, guest",
            ),
        };
        if let Some(id) = &id {
            if let Some(problem) = ids::id_problem(&id.value, ids::IdKind::Word) {
                r.report(&id.span, problem);
            }
            let key = id.value.to_lowercase();
            let clash = lookup::by_id(&delegations, &id.value, |d| &d.id).is_some()
                || body.is_some_and(|b| b.body.subsidiary(&id.value).is_some())
                || guest_ids.contains_key(&key);
            if clash {
                r.report(&id.span, msg!("file-guest-id-taken", id = id.value.clone()));
            }
            guest_ids.insert(key, id.span.clone());
        }
        if let (Some(id), Some(name), Some(category)) = (id, name, category) {
            delegations.push(Delegation {
                id: id.value,
                name: name.value,
                formal_name: formal_name.map(|f| f.value),
                forms: read.map(|f| f.forms).unwrap_or_default(),
                category,
                status: Status::Active,
                represents: Vec::new(),
            });
        }
    }

    let roster = Roster {
        body,
        dated: opens.is_some(),
        delegations: &delegations,
    };
    let check_delegation = |r: &mut Reader<'_>, id: &Located<String>, participant: bool| -> Option<String> {
        match roster.find(&id.value) {
            Lookup::NoBody => None,
            // Whether it is a member then, and a participant, cannot be told.
            Lookup::Undated(id) => Some(id),
            Lookup::NotMemberThen => {
                r.report(&id.span, msg!("file-not-member-then", id = id.value.clone()));
                None
            }
            Lookup::Unknown => {
                r.report(&id.span, msg!("file-unknown-delegation", id = id.value.clone()));
                None
            }
            Lookup::Delegation(d) if participant && d.category != Category::Participant => {
                r.report(
                    &id.span,
                    msg!(
                        "file-not-participant",
                        id = d.id.clone(),
                        category = d.category.as_str()
                    ),
                );
                None
            }
            Lookup::Delegation(d) => Some(d.id.clone()),
        }
    };
    let host = host.and_then(|h| check_delegation(r, &h, false));
    let chair_id = chair.as_ref().and_then(|c| check_delegation(r, c, true));
    let vice = vice_chair.as_ref().and_then(|c| check_delegation(r, c, true));
    if let (Some(c), Some(v), Some(vspan)) = (&chair_id, &vice, &vice_chair)
        && c == v
    {
        r.report(&vspan.span, msg!("file-chair-is-vice-chair", id = c.clone()));
    }

    let next = r.table(root, "next_meeting").and_then(|t| {
        r.only_keys(t, &["host", "kind", "year", "month"]);
        let host = r.string(t, "host", true).and_then(|h| check_delegation(r, &h, false));
        let kind = r
            .string(t, "kind", true)
            .and_then(|k| r.choice(&k, "kind", MeetingKind::parse, MEETING_KINDS));
        let year = r.integer(t, "year").filter(|y| {
            let ok = (1900..=2999).contains(&y.value);
            if !ok {
                r.report(&y.span, msg!("file-bad-year", key = "year"));
            }
            ok
        });
        let month = r.integer(t, "month").filter(|m| {
            let ok = (1..=12).contains(&m.value);
            if !ok {
                r.report(&m.span, msg!("file-bad-month", key = "month"));
            }
            ok
        });
        if !t.has("year") || !t.has("month") {
            r.report(
                &(t.span.0..t.span.1),
                msg!("file-missing-key", key = if t.has("year") { "month" } else { "year" }),
            );
        }
        Some(NextMeeting {
            host: host?,
            kind: kind?,
            year: year?.value as i32,
            month: month?.value as u32,
        })
    });
    let publish_drafts = r.boolean(root, "publish_drafts").is_some_and(|b| b.value);
    let expected = read_expected(r, root, &roster);
    let items = read_items(r, root, &roster, langs);

    let body = body?;
    // (`opens?` also keeps out the ids left unchecked for want of a date.)
    Some(Meeting {
        body: body.body.clone(),
        kind: kind?,
        host: host?,
        city: city?.value,
        city_forms: city_forms.map(|f| f.forms).unwrap_or_default(),
        venue: venue.map(|v| v.value),
        opens: opens?.value,
        closes: closes?.value,
        chair: chair_id?,
        vice_chair: vice,
        delegations,
        expected,
        items,
        next,
        publish_drafts,
        index: Default::default(),
    })
}

/// Where an id used in the meeting file leads.
enum Lookup<'a> {
    /// No body file to look in: nothing can be said.
    NoBody,
    /// A delegation of the meeting: a member on the opening day, or a guest.
    Delegation(&'a Delegation),
    /// A member of the body, but not on the opening day.
    NotMemberThen,
    /// A member of the body (spelt as it defines itself), on a day unknown:
    /// the opening day is missing or unreadable.
    Undated(String),
    /// Neither a member of the body at any time nor a guest.
    Unknown,
}

/// The delegations of the meeting, and the body's members to tell an id
/// that is not one of them from an unknown id.
struct Roster<'a> {
    body: Option<&'a BodyFile>,
    /// Whether the opening day is known, so that `delegations` holds the
    /// members in force on it.
    dated: bool,
    delegations: &'a [Delegation],
}

impl<'a> Roster<'a> {
    fn find(&self, id: &str) -> Lookup<'a> {
        let Some(body) = self.body else {
            return Lookup::NoBody;
        };
        // The one lookup of the domain: ids in any case, as commands take them.
        if let Some(at) = lookup::by_id(self.delegations, id, |d| &d.id) {
            return Lookup::Delegation(&self.delegations[at]);
        }
        match lookup::by_id(&body.members, id, |m| &m.id) {
            Some(_) if self.dated => Lookup::NotMemberThen,
            Some(at) => Lookup::Undated(body.members[at].id.clone()),
            None => Lookup::Unknown,
        }
    }
}

/// `expected`: ids, or the words all / participants / observers / applicants.
fn read_expected(r: &mut Reader<'_>, root: Table<'_, '_>, roster: &Roster<'_>) -> Vec<String> {
    let delegations = roster.delegations;
    let Some(list) = r.strings(root, "expected") else {
        return delegations.iter().map(|d| d.id.clone()).collect();
    };
    let mut out: Vec<String> = Vec::new();
    for entry in list {
        let word = entry.value.to_lowercase();
        let chosen: Vec<&Delegation> = match word.as_str() {
            "all" => delegations.iter().collect(),
            "participants" | "observers" | "applicants" | "guests" => {
                let category = Category::parse(word.trim_end_matches('s')).expect("category words");
                delegations.iter().filter(|d| d.category == category).collect()
            }
            _ => match roster.find(&entry.value) {
                Lookup::Delegation(d) => vec![d],
                Lookup::NotMemberThen => {
                    r.report(&entry.span, msg!("file-not-member-then", id = entry.value.clone()));
                    vec![]
                }
                Lookup::Unknown => {
                    r.report(&entry.span, msg!("file-unknown-delegation", id = entry.value.clone()));
                    vec![]
                }
                Lookup::NoBody | Lookup::Undated(_) => vec![],
            },
        };
        for d in chosen {
            if !out.contains(&d.id) {
                out.push(d.id.clone());
            }
        }
    }
    out
}

fn read_items(r: &mut Reader<'_>, root: Table<'_, '_>, roster: &Roster<'_>, langs: Option<&Languages>) -> Vec<Item> {
    let body = roster.body;
    let tables = r.tables(root, "items");
    if tables.is_empty() && !root.has("items") {
        r.report(&(0..0), msg!("file-no-items"));
    }
    let subsidiary = |id: &str| body.and_then(|b| b.body.subsidiary(id)).map(|s| s.id.clone());
    let mut items: Vec<Item> = Vec::new();
    let mut previous: Option<Located<ItemNumber>> = None;
    let mut decision_ids: HashMap<String, usize> = HashMap::new();
    for t in tables {
        r.only_keys(
            t,
            &["number", "title", "lead", "minutes", "decisions", "notes", "reports"],
        );
        let number = r
            .item_number(t, "number")
            .and_then(|n| match ItemNumber::parse(&n.value) {
                Some(num) => Some(Located {
                    value: num,
                    span: n.span,
                }),
                None => {
                    r.report(&n.span, msg!("file-bad-item-number", number = n.value.clone()));
                    None
                }
            });
        if let Some(n) = &number {
            if let Some(prev) = &previous {
                if n.value == prev.value {
                    let (line, _) = r.src.position(prev.span.start);
                    r.report(
                        &n.span,
                        msg!(
                            "file-duplicate-item",
                            number = n.value.to_string(),
                            line = line.to_string()
                        ),
                    );
                } else if n.value < prev.value {
                    r.report(
                        &n.span,
                        msg!(
                            "file-item-order",
                            number = n.value.to_string(),
                            previous = prev.value.to_string()
                        ),
                    );
                }
            }
            previous = Some(n.clone());
        }
        let title = r.localised(t, "title", true, langs);
        let lead = r.string(t, "lead", false).and_then(|l| {
            if l.value.eq_ignore_ascii_case("chair") {
                return Some("chair".to_string());
            }
            if let Some(s) = subsidiary(&l.value) {
                return Some(s);
            }
            match roster.find(&l.value) {
                Lookup::Delegation(d) => Some(d.id.clone()),
                Lookup::NotMemberThen => {
                    r.report(&l.span, msg!("file-not-member-then", id = l.value.clone()));
                    None
                }
                Lookup::Unknown => {
                    r.report(&l.span, msg!("file-bad-lead", id = l.value.clone()));
                    None
                }
                Lookup::NoBody | Lookup::Undated(_) => None,
            }
        });
        let minutes = r.integer(t, "minutes").and_then(|m| {
            if (1..=24 * 60).contains(&m.value) {
                Some(m.value as u32)
            } else {
                r.report(&m.span, msg!("file-bad-minutes", minutes = m.value));
                None
            }
        });
        let mut decisions = Vec::new();
        for d in r.tables(t, "decisions") {
            r.only_keys(d, &["id", "kind", "by", "text", "draft"]);
            let id = r.string(d, "id", true);
            if let Some(id) = &id {
                // The same rule as the command language's: what a file
                // accepts, a command can name, and the reverse.
                if let Some(problem) = ids::id_problem(&id.value, ids::IdKind::Decision) {
                    r.report(&id.span, problem);
                }
                let key = id.value.to_lowercase();
                if let Some(line) = decision_ids.get(&key) {
                    r.report(
                        &id.span,
                        msg!("file-duplicate-id", id = id.value.clone(), line = line.to_string()),
                    );
                } else {
                    decision_ids.insert(key, r.src.position(id.span.start).0);
                }
            }
            let kind = match r.string(d, "kind", false) {
                None => Some(DecisionKind::Decision),
                Some(k) => r.choice(
                    &k,
                    "kind",
                    DecisionKind::parse,
                    "decision, recommendation, administrative",
                ),
            };
            let by = read_subsidiary(r, d, "by", body);
            let text = r.localised(d, "text", true, langs);
            let draft = r.translations(d, "draft", langs);
            if let (Some(text), Some(draft)) = (&text, &draft) {
                let original = langs.map(|l| l.original()).unwrap_or("en");
                for lang in draft.value.0.keys() {
                    if lang == original || text.value.0.contains_key(lang) {
                        // At the language's key inside `draft`, when it is a table.
                        let span = d
                            .get("draft")
                            .and_then(|v| v.get_ref().as_table())
                            .and_then(|t| t.iter().find(|(k, _)| k.get_ref() == lang))
                            .map_or(draft.span.clone(), |(k, _)| k.span());
                        r.report(&span, msg!("file-draft-and-final", lang = lang.clone()));
                    }
                }
            }
            if let (Some(id), Some(kind), Some(text)) = (id, kind, text) {
                decisions.push(PreparedDecision {
                    id: id.value,
                    kind,
                    by: by.flatten(),
                    text: text.value,
                    draft: draft.map(|d| d.value).unwrap_or_default(),
                });
            }
        }
        let mut notes = Vec::new();
        for n in r.tables(t, "notes") {
            r.only_keys(n, &["text"]);
            if let Some(text) = r.localised(n, "text", true, langs) {
                notes.push(PreparedParagraph {
                    by: None,
                    text: text.value,
                });
            }
        }
        let mut reports = Vec::new();
        for p in r.tables(t, "reports") {
            r.only_keys(p, &["by", "text"]);
            let by = read_subsidiary(r, p, "by", body);
            if !p.has("by") {
                r.report(&(p.span.0..p.span.1), msg!("file-missing-key", key = "by"));
            }
            if let (Some(Some(by)), Some(text)) = (by, r.localised(p, "text", true, langs)) {
                reports.push(PreparedParagraph {
                    by: Some(by),
                    text: text.value,
                });
            }
        }
        if let (Some(number), Some(title)) = (number, title) {
            items.push(Item {
                number: number.value,
                title: title.value,
                lead,
                minutes,
                decisions,
                notes,
                reports,
            });
        }
    }
    items
}

/// An optional reference to a subsidiary body: `Some(None)` when absent.
fn read_subsidiary(r: &mut Reader<'_>, t: Table<'_, '_>, key: &str, body: Option<&BodyFile>) -> Option<Option<String>> {
    let Some(v) = r.string(t, key, false) else {
        return Some(None);
    };
    let body = body?;
    match body.body.subsidiary(&v.value) {
        Some(s) => Some(Some(s.id.clone())),
        None => {
            let known = body
                .body
                .subsidiaries
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            r.report(
                &v.span,
                msg!("file-unknown-subsidiary", id = v.value.clone(), known = known),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(msg: crate::domain::Msg) -> Problem {
        Problem {
            file: "m.toml".into(),
            line: 1,
            column: 1,
            msg,
        }
    }

    #[test]
    fn the_count_of_problems_leaves_out_the_summary_line_and_adds_what_it_sums_up() {
        let mut problems = vec![problem(msg!("file-no-items")); MAX_PROBLEMS];
        assert_eq!(problem_count(&problems), MAX_PROBLEMS);
        problems.push(problem(msg!("file-more-problems", count = 1234)));
        assert_eq!(problem_count(&problems), MAX_PROBLEMS + 1234);
    }
}
