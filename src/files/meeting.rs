//! The meeting file: its facts, its agenda, and what was prepared under each
//! item; checked against its body file.

use super::body::{self, BodyFile};
use super::reader::{At, Languages, Reader, Table};
use super::source::{Problem, Source};
use crate::domain::ids::{self, ItemNumber};
use crate::domain::meeting::*;
use crate::msg;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use toml::de::DeTable;

/// More problems than this and the rest are summed up in one line.
const MAX_PROBLEMS: usize = 200;

/// Parses a file as TOML, noting syntax problems; returns the tree as far as it goes.
fn parse<'s>(src: &'s Source, problems: &mut Vec<Problem>) -> toml::Spanned<DeTable<'s>> {
    let (tree, errors) = DeTable::parse_recoverable(&src.text);
    for e in errors.iter().take(MAX_PROBLEMS) {
        let span = e.span().unwrap_or(0..0);
        problems.push(src.problem_at(&span, msg!("file-toml-syntax", detail = e.message().trim().to_string())));
    }
    tree
}

/// Loads and checks a meeting and its body. Every problem found is returned.
pub fn load(path: &Path) -> Result<Meeting, Vec<Problem>> {
    let src = Source::read(path).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    let tree = parse(&src, &mut problems);
    let root = Table::new(tree.get_ref(), 0..0);

    let mut r = Reader::new(&src);
    r.only_keys(
        root,
        &[
            "body",
            "kind",
            "host",
            "city",
            "venue",
            "opens",
            "closes",
            "chair",
            "vice_chair",
            "expected",
            "guests",
            "items",
        ],
    );
    let body_path = r.string(root, "body", true);
    let body = body_path
        .as_ref()
        .and_then(|b| load_body(&mut r, path, b, &mut problems));
    let meeting = read_meeting(&mut r, root, body.as_ref());
    problems.extend(r.problems);
    problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    problems.dedup();
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        problems.push(Problem {
            file: path.to_path_buf(),
            line: 1,
            column: 1,
            msg: msg!("file-more-problems", count = more),
        });
    }
    match meeting {
        Some(m) if problems.is_empty() => Ok(m),
        _ => {
            if problems.is_empty() {
                // Defensive: a meeting that could not be built always says why.
                problems.push(src.problem(0, msg!("file-incomplete")));
            }
            Err(problems)
        }
    }
}

fn load_body(
    r: &mut Reader<'_>,
    meeting_path: &Path,
    body: &At<String>,
    problems: &mut Vec<Problem>,
) -> Option<BodyFile> {
    let dir = meeting_path.parent().unwrap_or(Path::new("."));
    let path: PathBuf = dir.join(&body.value);
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
            problems.push(p);
            r.report(&body.span, msg!("file-body-has-problems", path = body.value.clone()));
            return None;
        }
    };
    let tree = parse(&src, problems);
    let mut br = Reader::new(&src);
    let file = body::read(&mut br, Table::new(tree.get_ref(), 0..0));
    let ok = br.problems.is_empty();
    problems.extend(br.problems);
    if !ok {
        r.report(&body.span, msg!("file-body-has-problems", path = body.value.clone()));
    }
    file
}

fn read_meeting(r: &mut Reader<'_>, root: Table<'_, '_>, body: Option<&BodyFile>) -> Option<Meeting> {
    let langs = body.map(|b| Languages {
        codes: b.body.languages.iter().map(|l| l.code.clone()).collect(),
    });
    let langs = langs.as_ref();
    let kind = r.string(root, "kind", true).and_then(|k| {
        let parsed = MeetingKind::parse(&k.value);
        if parsed.is_none() {
            r.report(
                &k.span,
                msg!(
                    "file-bad-choice",
                    key = "kind",
                    found = k.value.clone(),
                    expected = "plenary, intersessional, extraordinary"
                ),
            );
        }
        parsed
    });
    let city = r.localised(root, "city", true, langs);
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
    // opening day, then the meeting's guests.
    let mut delegations: Vec<Delegation> = Vec::new();
    let mut former: HashMap<String, ()> = HashMap::new();
    if let (Some(b), Some(opens)) = (body, &opens) {
        for m in &b.members {
            match m.on(opens.value) {
                Some(d) => delegations.push(d),
                None => {
                    former.insert(m.id.to_lowercase(), ());
                }
            }
        }
    }
    let mut guest_ids: HashMap<String, std::ops::Range<usize>> = HashMap::new();
    for g in r.tables(root, "guests") {
        r.only_keys(g, &["id", "name", "formal_name", "category"]);
        let id = r.string(g, "id", true);
        let name = r.localised(g, "name", true, langs);
        let formal_name = r.localised(g, "formal_name", false, langs);
        let category = match r.string(g, "category", false) {
            None => Some(Category::Guest),
            Some(c) => {
                let parsed = Category::parse(&c.value);
                if parsed.is_none() {
                    r.report(
                        &c.span,
                        msg!(
                            "file-bad-choice",
                            key = "category",
                            found = c.value.clone(),
                            expected = "participant, observer, applicant, guest"
                        ),
                    );
                }
                parsed
            }
        };
        if let Some(id) = &id {
            let key = id.value.to_lowercase();
            let clash = delegations.iter().any(|d| d.id.to_lowercase() == key)
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
                category,
                status: Status::Active,
                represents: Vec::new(),
            });
        }
    }

    let find = |id: &str| delegations.iter().find(|d| d.id.eq_ignore_ascii_case(id));
    let check_delegation = |r: &mut Reader<'_>, id: &At<String>, participant: bool| -> Option<String> {
        body?;
        match find(&id.value) {
            None if former.contains_key(&id.value.to_lowercase()) => {
                r.report(&id.span, msg!("file-not-member-then", id = id.value.clone()));
                None
            }
            None => {
                r.report(&id.span, msg!("file-unknown-delegation", id = id.value.clone()));
                None
            }
            Some(d) if participant && d.category != Category::Participant => {
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
            Some(d) => Some(d.id.clone()),
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

    let expected = read_expected(r, root, &delegations, body.is_some());
    let items = read_items(r, root, body, &delegations, langs);

    let body = body?;
    Some(Meeting {
        body: body.body.clone(),
        kind: kind?,
        host: host?,
        city: city?.value,
        venue: venue.map(|v| v.value),
        opens: opens?.value,
        closes: closes?.value,
        chair: chair_id?,
        vice_chair: vice,
        delegations,
        expected,
        items,
    })
}

/// `expected`: ids, or the words all / participants / observers / applicants.
fn read_expected(r: &mut Reader<'_>, root: Table<'_, '_>, delegations: &[Delegation], have_body: bool) -> Vec<String> {
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
            _ => match delegations.iter().find(|d| d.id.eq_ignore_ascii_case(&entry.value)) {
                Some(d) => vec![d],
                None => {
                    if have_body {
                        r.report(&entry.span, msg!("file-unknown-delegation", id = entry.value.clone()));
                    }
                    vec![]
                }
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

fn read_items(
    r: &mut Reader<'_>,
    root: Table<'_, '_>,
    body: Option<&BodyFile>,
    delegations: &[Delegation],
    langs: Option<&Languages>,
) -> Vec<Item> {
    let tables = r.tables(root, "items");
    if tables.is_empty() && !root.has("items") {
        r.report(&(0..0), msg!("file-no-items"));
    }
    let subsidiary = |id: &str| body.and_then(|b| b.body.subsidiary(id)).map(|s| s.id.clone());
    let mut items: Vec<Item> = Vec::new();
    let mut previous: Option<At<ItemNumber>> = None;
    let mut decision_ids: HashMap<String, usize> = HashMap::new();
    for t in tables {
        r.only_keys(
            t,
            &["number", "title", "lead", "minutes", "decisions", "notes", "reports"],
        );
        let number = r
            .string(t, "number", true)
            .and_then(|n| match ItemNumber::parse(&n.value) {
                Some(num) => Some(At {
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
                        msg!("file-duplicate-item", number = n.value.to_string(), line = line as i64),
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
            if let Some(d) = delegations.iter().find(|d| d.id.eq_ignore_ascii_case(&l.value)) {
                return Some(d.id.clone());
            }
            if body.is_some() {
                r.report(&l.span, msg!("file-bad-lead", id = l.value.clone()));
            }
            None
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
                if !ids::is_decision_id(&id.value)
                    || ids::numbered_id('P', &id.value).is_some()
                    || ids::numbered_id('A', &id.value).is_some()
                {
                    r.report(&id.span, msg!("file-bad-decision-id", id = id.value.clone()));
                }
                let key = id.value.to_lowercase();
                if let Some(line) = decision_ids.get(&key) {
                    r.report(
                        &id.span,
                        msg!("file-duplicate-id", id = id.value.clone(), line = *line as i64),
                    );
                } else {
                    decision_ids.insert(key, r.src.position(id.span.start).0);
                }
            }
            let kind = match r.string(d, "kind", false) {
                None => Some(DecisionKind::Decision),
                Some(k) => {
                    let parsed = DecisionKind::parse(&k.value);
                    if parsed.is_none() {
                        r.report(
                            &k.span,
                            msg!(
                                "file-bad-choice",
                                key = "kind",
                                found = k.value.clone(),
                                expected = "decision, recommendation, administrative"
                            ),
                        );
                    }
                    parsed
                }
            };
            let by = read_subsidiary(r, d, "by", body);
            let text = r.localised(d, "text", true, langs);
            let draft = r.translations(d, "draft", langs);
            if let (Some(text), Some(draft)) = (&text, &draft) {
                let original = langs.map(|l| l.original()).unwrap_or("en");
                for lang in draft.value.0.keys() {
                    if lang == original || text.value.0.contains_key(lang) {
                        r.report(&draft.span, msg!("file-draft-and-final", lang = lang.clone()));
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
