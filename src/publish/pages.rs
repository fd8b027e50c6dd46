//! The pages of the delegates' site. Decisions and the communique are the
//! printable documents of `render`, written by its HTML writer inside a
//! navigation frame; the meeting's index, the fingerprints and the choice of
//! language are written here, every text from a file or the record escaped
//! by `html::escape` or `html::inline`, which show control and format
//! characters as the documents do.

use super::{decision_file, is_public};
use crate::domain::State;
use crate::domain::meeting::Localised;
use crate::domain::state::{Decision, ItemStatus, Outcome};
use crate::msg;
use crate::render::html::{self, Frame, escape};
use crate::render::lang::{Lang, WithTerm};
use crate::render::record_head::{self, RecordHead};
use crate::render::{communique, decision};
use std::fmt::Write;

/// Added to the documents' own style: the navigation, tables and lists of
/// the site; the navigation is not printed. Colours keep a contrast of 7:1
/// or more on white.
const STYLE: &str = r#"
header.site { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 0.95em; border-bottom: 1px solid #767676; margin: 0 0 1.5em; padding-bottom: 0.4em; }
header.site ul { list-style: none; margin: 0.3em 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
a { color: #0645ad; }
a:focus { outline: 2px solid #0645ad; outline-offset: 2px; }
main { overflow-wrap: break-word; }
main > h1 { font-size: 1.4em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5em; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.6em 0.35em 0; border-bottom: 1px solid #bbb; }
td.num { white-space: nowrap; }
ul.decisions, ul.choose { list-style: none; padding: 0; }
ul.decisions li, ul.choose li { margin: 0 0 0.9em; }
ul.decisions p { margin: 0; }
ul.choose a { font-weight: bold; }
.quiet { color: #4d4d4d; }
p.stamp { font-size: 0.9em; color: #4d4d4d; margin: 0 0 1em; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; overflow-wrap: normal; }
table.fingerprints th { white-space: nowrap; }
@media screen and (max-width: 32em) {
  /* On a phone each decision's fingerprint stacks under its id; the column
     heads stay for screen readers. */
  table.fingerprints thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.fingerprints tr { display: block; border-bottom: 1px solid #bbb; padding: 0.4em 0; }
  table.fingerprints th, table.fingerprints td { display: block; border: none; padding: 0.1em 0; white-space: normal; }
}
@media print {
  header.site { display: none; }
  a { color: inherit; text-decoration: none; }
  tr, li { break-inside: avoid; }
}
"#;

/// Which page of a language is being written, for the navigation.
#[derive(Clone, Copy, PartialEq)]
enum Here<'a> {
    Index,
    Communique,
    Fingerprints,
    Decision(&'a str),
}

impl Here<'_> {
    /// The page's path from its language's folder, and the way back up to
    /// the site's folder.
    fn path(self) -> (String, &'static str) {
        match self {
            Here::Index => ("index.html".into(), "../"),
            Here::Communique => ("communique.html".into(), "../"),
            Here::Fingerprints => ("fingerprints.html".into(), "../"),
            Here::Decision(name) => (decision_file(name), "../../"),
        }
    }
}

pub(super) struct Site<'s> {
    pub state: &'s State,
    /// Page names of the decisions, in their order.
    pub names: &'s [String],
    /// The official languages, the original first.
    pub codes: &'s [&'s str],
    /// Each language's name in itself, in the order of `codes`.
    pub self_names: &'s [String],
    /// The record's head, at the foot of every page.
    pub head: &'s RecordHead,
    /// Whether the communique's closing paragraphs are public ([`super::public`]).
    pub closing: bool,
    /// Whether texts prepared for items not taken up were left out.
    pub withheld: bool,
}

/// The lines at the head of a page in one language: when the site was last
/// updated and where the communique stands ([`super::stamp`]); made once
/// per language.
pub(super) fn stamp(l: &Lang<'_>, state: &State) -> String {
    format!(
        "<p class=\"stamp\">{} {}</p>\n",
        escape(&super::stamp::updated(l, state)),
        escape(&super::stamp::communique(l, state))
    )
}

impl Site<'_> {
    fn tag(&self, code: &str) -> String {
        let languages = &self.state.meeting.body.languages;
        languages
            .iter()
            .find(|l| l.code == code)
            .map_or_else(|| code.to_string(), |l| l.tag.clone())
    }

    /// The navigation above every page of a language, and what closes the page's `main`.
    fn frame(&self, l: &Lang<'_>, here: Here<'_>, stamp: &str) -> (String, String) {
        let (path, up) = here.path();
        let back = &up[3..];
        let mut out = String::from("<header class=\"site\">\n");
        let _ = writeln!(out, "<nav aria-label=\"{}\">", escape(&l.say(&msg!("pub-nav-label"))));
        out.push_str("<ul>\n");
        for (page, target, id) in [
            (Here::Index, "index.html", "pub-nav-meeting"),
            (Here::Communique, "communique.html", "pub-nav-communique"),
            (Here::Fingerprints, "fingerprints.html", "pub-nav-fingerprints"),
        ] {
            // The page itself is named, not linked (tidy does not know `aria-current` yet).
            let label = escape(&l.say(&msg!(id)));
            if page == here {
                let _ = writeln!(out, "<li><strong>{label}</strong></li>");
            } else {
                let _ = writeln!(out, "<li><a href=\"{back}{target}\">{label}</a></li>");
            }
        }
        out.push_str("</ul>\n");
        let _ = writeln!(
            out,
            "<ul aria-label=\"{}\">",
            escape(&l.say(&msg!("pub-nav-languages")))
        );
        for (code, name) in self.codes.iter().zip(self.self_names) {
            let tag = escape(&self.tag(code));
            let name = escape(name);
            if *code == l.code {
                let _ = writeln!(out, "<li><strong lang=\"{tag}\">{name}</strong></li>");
            } else {
                let _ = writeln!(
                    out,
                    "<li><a href=\"{up}{code}/{path}\" hreflang=\"{tag}\" lang=\"{tag}\">{name}</a></li>"
                );
            }
        }
        out.push_str("</ul>\n</nav>\n</header>\n<main>\n");
        // Outside the navigation, which is not printed: a printed page says it too.
        out.push_str(stamp);
        (out, "</main>\n".to_string())
    }

    /// A page of the site: its documents, or `body`, inside the frame.
    fn page(&self, l: &Lang<'_>, here: Here<'_>, stamp: &str, title: &str, body: &str) -> String {
        let (before, after) = self.frame(l, here, stamp);
        let frame = Frame {
            before: &before,
            after: &after,
            style: STYLE,
        };
        let mut out = html::page_start(&l.tag, title, frame);
        out.push_str(body);
        out.push_str(&self.head_line(l));
        out.push_str(frame.after);
        out.push_str(html::PAGE_END);
        out
    }

    fn framed(&self, l: &Lang<'_>, here: Here<'_>, stamp: &str, doc: &crate::render::document::Document) -> String {
        let (before, after) = self.frame(l, here, stamp);
        html::write_framed(
            std::slice::from_ref(doc),
            Frame {
                before: &before,
                after: &after,
                style: STYLE,
            },
        )
    }

    /// The printable decision, as `plenary decision --format html` writes
    /// it, the record's head at its end.
    pub fn decision(&self, l: &Lang<'_>, stamp: &str, d: &Decision, name: &str) -> String {
        let mut doc = decision::build_in(l, self.state, d);
        doc.blocks.push(record_head::note(l, self.head));
        self.framed(l, Here::Decision(name), stamp, &doc)
    }

    /// The communique, as `plenary communique --format html` writes it, the
    /// record's head at its end.
    pub fn communique(&self, l: &Lang<'_>, stamp: &str) -> String {
        let mut doc = communique::build(self.state, &l.code);
        if !self.closing {
            self.drop_closing(l, &mut doc);
        }
        doc.blocks.push(record_head::note(l, self.head));
        let mut stamp = stamp.to_string();
        if self.withheld {
            let _ = writeln!(
                stamp,
                "<p class=\"quiet\">{}</p>",
                escape(&l.say(&msg!("sitedraft-withheld")))
            );
        }
        self.framed(l, Here::Communique, &stamp, &doc)
    }

    /// Takes the closing paragraphs (thanks to the host, the next meeting)
    /// off the end of the communique, where it puts them: the meeting has
    /// not reached its end. Found by their words, so that nothing else goes.
    fn drop_closing(&self, l: &Lang<'_>, doc: &mut crate::render::document::Document) {
        use crate::render::document::Block;
        let m = &self.state.meeting;
        let s = communique::Sentences::new(l);
        let mut closing = vec![s.thanks(&l.delegation_term(&m.host))];
        if let Some(n) = &m.next {
            closing.push(s.next_meeting(&l.delegation_term(&n.host), n.kind.as_str(), n.year, n.month));
        }
        while let Some(Block::Para { text, .. }) = doc.blocks.last() {
            if !closing.contains(text) {
                break;
            }
            doc.blocks.pop();
        }
    }

    /// The record's head at the foot of a page that is not a document (the
    /// documents end with it as their last note, as printed).
    fn head_line(&self, l: &Lang<'_>) -> String {
        format!("<p class=\"quiet\">{}</p>\n", escape(&record_head::line(l, self.head)))
    }

    /// A text of the meeting file in this language, or in the original
    /// marked as such for screen readers and hyphenation.
    fn localised(&self, l: &Lang<'_>, text: &Localised) -> String {
        match text.get(&l.code) {
            Some(t) => html::inline(t),
            None => format!(
                "<span lang=\"{}\">{}</span>",
                escape(&self.tag(l.original())),
                html::inline(text.get_or(&l.code, l.original()))
            ),
        }
    }

    fn title(&self, l: &Lang<'_>) -> String {
        let m = &self.state.meeting;
        // The communique's title ("Réunion plénière du Processus de Kimberley").
        l.say(&msg!("comm-title", kind = m.kind.as_str()).term(&crate::slot!("short"), &l.short_term()))
    }

    /// "Windhoek, Namibia".
    fn place(&self, l: &Lang<'_>) -> String {
        // The communique's place line: the venue when given, the city, the host.
        let host = l.delegation_plain(&self.state.meeting.host);
        let mut place = vec![l.city(), host];
        if let Some(venue) = l.venue() {
            place.insert(0, venue);
        }
        l.say(&msg!("comm-place", place = place.join(", ")))
    }

    /// The meeting, its agenda and its decisions.
    pub fn index(&self, l: &Lang<'_>, stamp: &str) -> String {
        let state = self.state;
        let m = &state.meeting;
        let title = self.title(l);
        let mut body = String::new();
        let _ = writeln!(
            body,
            "<header class=\"title\">\n<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n</header>",
            html::inline(&title),
            html::inline(&self.place(l)),
            html::inline(&l.meeting_dates())
        );
        let _ = writeln!(body, "<h2>{}</h2>", escape(&l.say(&msg!("pub-agenda"))));
        let _ = writeln!(
            body,
            "<table class=\"agenda\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            escape(&l.say(&msg!("pub-col-number"))),
            escape(&l.say(&msg!("pub-col-item"))),
            escape(&l.say(&msg!("pub-col-status")))
        );
        for (item, s) in m.items.iter().zip(state.core.items.iter()) {
            let status = match s.status {
                ItemStatus::Pending => "pending",
                ItemStatus::Open => "open",
                ItemStatus::Closed => "closed",
                ItemStatus::Deferred => "deferred",
            };
            let _ = writeln!(
                body,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(item.number.as_str()),
                self.localised(l, &item.title),
                escape(&l.say(&msg!("pub-item-status", status = status)))
            );
        }
        body.push_str("</tbody>\n</table>\n");
        let _ = writeln!(body, "<h2>{}</h2>", escape(&l.say(&msg!("pub-decisions"))));
        if state.core.decisions.is_empty() {
            let _ = writeln!(body, "<p>{}</p>", escape(&l.say(&msg!("pub-no-decisions"))));
        } else {
            body.push_str("<ul class=\"decisions\">\n");
            for (d, name) in state.core.decisions.iter().zip(self.names) {
                self.decision_entry(l, d, name, &mut body);
            }
            body.push_str("</ul>\n");
        }
        self.page(l, Here::Index, stamp, &title, &body)
    }

    /// One decision in the index: its id, its item, its outcome and, once
    /// adopted, where it stands under Rule 26; a link to its text if public.
    fn decision_entry(&self, l: &Lang<'_>, d: &Decision, name: &str, out: &mut String) {
        let m = &self.state.meeting;
        let kind = match d.kind {
            crate::domain::meeting::DecisionKind::Decision => "decision",
            crate::domain::meeting::DecisionKind::Recommendation => "recommendation",
            crate::domain::meeting::DecisionKind::Administrative => "administrative",
        };
        let what = escape(&l.say(&msg!("dec-title", kind = kind, id = d.id.clone())));
        let item = &m.items[d.item];
        let item = escape(&l.say(&msg!("pub-item-ref", number = item.number.to_string())));
        out.push_str("<li><p>");
        if is_public(m, d) {
            let _ = write!(out, "<a href=\"{}\">{what}</a>", escape(&decision_file(name)));
        } else {
            out.push_str(&what);
        }
        let _ = writeln!(out, " <span class=\"quiet\">({item})</span></p>");
        let date = |at: &crate::domain::state::At| l.date(at.date_naive());
        let status = match &d.outcome {
            Outcome::Drafted => l.say(&msg!("pub-outcome-pending")),
            Outcome::Deferred { at } => l.say(&msg!("dec-deferred", date = date(at))),
            Outcome::NotAdopted { at, .. } => l.say(&msg!("pub-outcome-not-adopted", date = date(at))),
            Outcome::Adopted { at } => {
                let rule = m.body.formal_adoption_rule.clone().unwrap_or_default();
                let missing = decision::missing_languages(self.state, d);
                let rule26 = if missing.is_empty() {
                    l.say(&msg!("sitedraft-formally-adopted", kind = kind, rule = rule))
                } else {
                    let names: Vec<String> = missing.iter().map(|c| l.language_name(c)).collect();
                    l.say(&msg!("dec-awaiting", languages = l.list(&names), rule = rule))
                };
                let adopted = l.say(&msg!("dec-adopted", date = date(at)));
                l.say(&msg!("pub-outcome-adopted", adopted = adopted, rule26 = rule26))
            }
        };
        let _ = writeln!(out, "<p>{}</p></li>", html::inline(&status));
    }

    /// The fingerprint that each language's printed page of each adopted
    /// decision carries, in one table: a delegate checks a printed copy.
    pub fn fingerprints(&self, l: &Lang<'_>, stamp: &str) -> String {
        let state = self.state;
        let title = l.say(&msg!("pub-fingerprints-title"));
        let mut body = String::new();
        let _ = writeln!(body, "<h1>{}</h1>", escape(&title));
        let _ = writeln!(body, "<p>{}</p>", escape(&l.say(&msg!("pub-fingerprints-intro"))));
        let _ = writeln!(body, "<p>{}</p>", escape(&l.say(&msg!("pub-fingerprints-how"))));
        let adopted: Vec<(&Decision, &String)> = state
            .core
            .decisions
            .iter()
            .zip(self.names)
            .filter(|(d, _)| matches!(d.outcome, Outcome::Adopted { .. }))
            .map(|(d, n)| (d.as_ref(), n))
            .collect();
        if adopted.is_empty() {
            let _ = writeln!(body, "<p>{}</p>", escape(&l.say(&msg!("pub-fingerprints-none"))));
            return self.page(l, Here::Fingerprints, stamp, &title, &body);
        }
        // Decision, fingerprint, the languages whose copy prints it: three
        // columns, narrow enough for a phone. A decision takes one row per
        // distinct fingerprint of its languages.
        let _ = writeln!(
            body,
            "<table class=\"fingerprints\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            escape(&l.say(&msg!("pub-col-decision"))),
            escape(&l.say(&msg!("pub-col-fingerprint"))),
            escape(&l.say(&msg!("pub-col-languages"))),
            escape(&l.say(&msg!("pub-col-corrigenda")))
        );
        for (d, name) in adopted {
            let missing = decision::missing_languages(state, d);
            let mut rows: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
            for code in self.codes {
                let earlier = corrigenda(l, d, code);
                let fingerprint = printed_fingerprint(d, code);
                let language = l.language_name(code);
                let language = if missing.iter().any(|c| c == code) {
                    l.say(&msg!("pub-fingerprint-original", language = language))
                } else {
                    language
                };
                match rows.iter_mut().find(|(f, _, _)| *f == fingerprint) {
                    Some((_, languages, corrected)) => {
                        languages.push(language);
                        // Languages printing the same words share their corrigenda.
                        for c in earlier {
                            if !corrected.contains(&c) {
                                corrected.push(c);
                            }
                        }
                    }
                    None => rows.push((fingerprint, vec![language], earlier)),
                }
            }
            for (i, (fingerprint, languages, corrected)) in rows.iter().enumerate() {
                body.push_str("<tr>");
                if i == 0 {
                    let span = if rows.len() > 1 {
                        format!(" rowspan=\"{}\"", rows.len())
                    } else {
                        String::new()
                    };
                    let _ = write!(
                        body,
                        "<th scope=\"row\"{span}><a href=\"{}\">{}</a></th>",
                        escape(&decision_file(name)),
                        escape(&d.id)
                    );
                }
                let corrected: Vec<String> = corrected.iter().map(|c| format!("<p>{}</p>", escape(c))).collect();
                let _ = writeln!(
                    body,
                    "<td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                    escape(fingerprint),
                    escape(&l.list(languages)),
                    corrected.concat()
                );
            }
        }
        body.push_str("</tbody>\n</table>\n");
        self.page(l, Here::Fingerprints, stamp, &title, &body)
    }

    /// This language's line on the site's first page, in this language.
    pub fn choice(&self, l: &Lang<'_>) -> String {
        let tag = escape(&l.tag);
        format!(
            "<li lang=\"{tag}\"><a href=\"{code}/index.html\" hreflang=\"{tag}\">{name}</a><br>{title}, {place}</li>\n",
            code = escape(&l.code),
            name = escape(&l.say(&msg!("pub-language-self"))),
            title = html::inline(&self.title(l)),
            place = html::inline(&self.place(l)),
        )
    }

    /// The site's first page: the meeting in the original language, and
    /// each language's index named in that language.
    pub fn languages(&self, original: &Lang<'_>, stamp: &str, choices: &[String]) -> String {
        let title = self.title(original);
        let mut out = html::page_start(
            &original.tag,
            &title,
            Frame {
                style: STYLE,
                ..Frame::default()
            },
        );
        let _ = writeln!(
            out,
            "<main>\n{stamp}<header class=\"title\">\n<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n</header>",
            html::inline(&title),
            html::inline(&self.place(original)),
            html::inline(&original.meeting_dates())
        );
        let _ = writeln!(
            out,
            "<ul class=\"choose\" aria-label=\"{}\">",
            escape(&original.say(&msg!("pub-nav-languages")))
        );
        out.extend(choices.iter().map(String::as_str));
        out.push_str("</ul>\n");
        out.push_str(&self.head_line(original));
        out.push_str("</main>\n");
        out.push_str(html::PAGE_END);
        out
    }
}

/// The fingerprint that the page of `d` in language `code` prints: of its
/// translation, or of the original while the translation is pending.
fn printed_fingerprint(d: &Decision, code: &str) -> String {
    decision::fingerprint(d, code).0
}

/// The earlier sealed versions of the words the page of `d` in `code`
/// prints, each with its corrigendum and both fingerprints, in order.
fn corrigenda(l: &Lang<'_>, d: &Decision, code: &str) -> Vec<String> {
    let (_, lang) = crate::domain::seal::printed(&d.text, code);
    crate::domain::seal::corrigenda_in(&d.text, lang)
        .map(|c| {
            let (before, after) = c.fingerprints();
            l.say(&msg!(
                "pub-corrigendum",
                language = l.language_name(&c.lang),
                date = l.date(c.at.date_naive()),
                reason = c.reason.clone(),
                before = before,
                after = after
            ))
        })
        .collect()
}
