//! No text of the record reaches an output as a control or format
//! character, however it was encoded (character references, entities), nor
//! as a live link: recorded through `plenary do` in every kind of text, then
//! written in every format, to XLIFF and to the delegates' site; and a
//! property over random texts through the writers themselves.

mod common;

use plenary::render::document::{Block, Document};
use plenary::render::{docx, html, markdown, text};
use plenary::store::Session;
use std::io::Read;
use std::path::PathBuf;

/// What no output may hold raw, listed here from the acceptance rather
/// than from the filter under test: C0 controls but newline and tab, DEL,
/// C1, the bidi embeddings, overrides and isolates, the zero-width
/// characters and marks, the other invisible format characters that
/// entities name (soft hyphen, word joiner, invisible operators) and the
/// byte order mark.
fn forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{ad}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// The first forbidden character of `output`, with what surrounds it.
fn first_forbidden(output: &str) -> Option<String> {
    let (i, c) = output.char_indices().find(|(_, c)| forbidden(*c))?;
    let from = output.floor_char_boundary(i.saturating_sub(40));
    let to = output.ceil_char_boundary((i + 40).min(output.len()));
    Some(format!("U+{:04X} in …{:?}…", c as u32, &output[from..to]))
}

/// Each character reference to a forbidden character: `&#0;` to `&#159;`,
/// the bidi and zero-width ones, in decimal and in hex, between letters.
fn references() -> String {
    let mut codes: Vec<u32> = (0..=159).collect();
    codes.extend(0x202a..=0x202e);
    codes.extend(0x2066..=0x2069);
    codes.extend(0x200b..=0x200f);
    let mut out = String::new();
    for code in codes {
        out.push_str(&format!("a&#{code};b&#x{code:x};c&#X{code:X};d "));
    }
    out
}

/// The named entities of HTML that decode to such characters.
const ENTITIES: &str = "&shy; &zwnj; &zwj; &lrm; &rlm; &ZeroWidthSpace; &NegativeVeryThinSpace; \
    &NegativeThinSpace; &NegativeMediumSpace; &NegativeThickSpace; &NoBreak; &ApplyFunction; &af; \
    &InvisibleTimes; &it; &InvisibleComma; &ic;";

/// Autolinks (web, mail, e-mail) and an inline link.
const LINKS: &str = "<http://x.example> <https://y.example/p?q=1> <mailto:m@b.example> <a@b.example> \
    [site](http://z.example)";

/// The same characters raw, as a script or an import may bring them (but
/// the line breaks, which end a command).
fn raw() -> String {
    let mut codes: Vec<u32> = (0..=0x9f)
        .filter(|c| !(0x20..0x7f).contains(c) && ![0, 0xa, 0xd].contains(c))
        .collect();
    codes.extend(
        (0x200b..=0x200f)
            .chain(0x202a..=0x202e)
            .chain(0x2060..=0x2069)
            .chain([0xad, 0xfeff]),
    );
    codes
        .into_iter()
        .filter_map(char::from_u32)
        .map(|c| format!("r{c}"))
        .collect()
}

/// One text holding all of them.
fn hostile() -> String {
    format!("The Plenary *noted* {} {ENTITIES} {LINKS} {} end.", references(), raw())
}

/// Whether `output` carries a live link to one of [`LINKS`].
fn live_user_link(output: &str) -> bool {
    output.split("href=").skip(1).any(|rest| {
        let url: String = rest.chars().skip(1).take_while(|c| *c != '"').collect();
        url.contains(".example")
    })
}

struct Meeting {
    dir: tempfile::TempDir,
    path: PathBuf,
}

const ADOPTED: &str = "KP/2009/IS/9";
const OBJECTED: &str = "KP/2009/IS/10";

/// The Windhoek sample, drafts public, with the hostile text in a decision
/// (adopted, with a reservation), its French translation, an objected
/// decision and its objection's reason, a note paragraph and its French,
/// a statement and an action.
fn meeting() -> Meeting {
    let (dir, path) = common::windhoek();
    let toml = std::fs::read_to_string(&path).unwrap();
    let toml = toml.replacen(
        "kind = \"intersessional\"\n",
        "kind = \"intersessional\"\npublish_drafts = true\n",
        1,
    );
    std::fs::write(&path, toml).unwrap();
    let t = hostile();
    let script = [
        "present all".to_string(),
        format!("draft 5 {ADOPTED} \"{t}\""),
        format!("translate {ADOPTED} fr \"{t}\""),
        format!("adopt {ADOPTED}"),
        format!("reserve {ADOPTED} ZA \"{t}\""),
        format!("draft 5 {OBJECTED} \"{t}\""),
        format!("object {OBJECTED} ZA \"{t}\""),
        format!("note 5 \"{t}\""),
        format!("note 5 fr \"{t}\""),
        format!("statement 6 VE \"{t}\""),
        format!("action WGS \"{t}\" --owner WGS"),
    ];
    let file = dir.path().join("hostile.txt");
    std::fs::write(&file, script.join("\n")).unwrap();
    common::record_script(&path, &file);
    Meeting { dir, path }
}

impl Meeting {
    fn p(&self) -> &str {
        self.path.to_str().unwrap()
    }

    /// What `plenary ARGS -o FILE` wrote.
    fn written(&self, args: &[&str], name: &str) -> Vec<u8> {
        let out = self.dir.path().join(name);
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["-o", out.to_str().unwrap()]);
        common::run_ok(&all, self.dir.path());
        std::fs::read(&out).unwrap()
    }
}

/// The `word/document.xml` of a DOCX.
fn document_xml(docx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a DOCX is a zip");
    let mut s = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

/// Notes in `faults` what `output` holds that it must not.
fn check(faults: &mut Vec<String>, what: &str, output: &str) {
    if let Some(found) = first_forbidden(output) {
        faults.push(format!("{what}: {found}"));
    }
    if live_user_link(output) {
        faults.push(format!("{what}: a live link to a user's address"));
    }
}

/// `markup` with its numeric character references decoded, as a browser, a
/// Word reader or a CAT tool reads HTML or XML.
fn decoded(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let (digits, radix) = match after.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (after, 10),
        };
        let end = digits
            .find(';')
            .filter(|&e| e > 0 && digits[..e].chars().all(|c| c.is_digit(radix)));
        match end.and_then(|e| Some((e, char::from_u32(u32::from_str_radix(&digits[..e], radix).ok()?)?))) {
            Some((e, c)) => {
                out.push(c);
                rest = &digits[e + 1..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// [`check`] for HTML or XML: also what its readers decode it into.
fn check_markup(faults: &mut Vec<String>, what: &str, markup: &str) {
    check(faults, what, markup);
    check(faults, &format!("{what}, decoded"), &decoded(markup));
}

#[test]
fn references_entities_and_autolinks_reach_no_output_raw_or_live() {
    let m = meeting();
    let p = m.p();
    // Every output is looked at, and every fault reported at once.
    let mut faults: Vec<String> = Vec::new();
    let mut checked = 0;
    for (what, args) in [
        ("communique", vec!["communique", p, "--lang", "all"]),
        ("adopted decision", vec!["decision", p, ADOPTED, "--lang", "fr"]),
        ("objected decision", vec!["decision", p, OBJECTED]),
    ] {
        for format in ["md", "html", "txt", "docx"] {
            let mut all = args.clone();
            all.extend(["--format", format]);
            let bytes = m.written(&all, &format!("out.{format}"));
            let output = if format == "docx" {
                document_xml(&bytes)
            } else {
                String::from_utf8(bytes).unwrap()
            };
            let what = format!("{what} as {format}");
            assert!(output.contains("noted"), "{what} lacks the text: {output}");
            if matches!(format, "html" | "docx") {
                check_markup(&mut faults, &what, &output);
            } else {
                check(&mut faults, &what, &output);
            }
            if format == "md" {
                // As a Markdown viewer shows it: no link either.
                let mut viewed = String::new();
                pulldown_cmark::html::push_html(&mut viewed, pulldown_cmark::Parser::new(&output));
                check_markup(&mut faults, &format!("{what}, viewed"), &viewed);
                if viewed.contains("<a ") {
                    faults.push(format!("{what}: viewed with a link"));
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 12);

    // The same documents as PDF: the typst source they are typeset from.
    let session = Session::open(&m.path).unwrap();
    let codes = ["en", "fr"];
    let docs = plenary::render::communique::build_all(&session.state, &codes);
    let source = plenary::render::pdf::source(
        &docs,
        &[None, None],
        chrono::NaiveDate::from_ymd_opt(2009, 6, 23).unwrap(),
        &|code| code.to_string(),
    );
    assert!(source.contains("noted"));
    check(&mut faults, "communique as typst source", &source);

    // XLIFF: the French of the objected decision and of the statement wait.
    let xliff = String::from_utf8(m.written(&["xliff", "export", p, "--lang", "fr"], "fr.xlf")).unwrap();
    assert!(xliff.contains("noted"), "{xliff}");
    check_markup(&mut faults, "XLIFF fr", &xliff);
    let xliff = String::from_utf8(m.written(&["xliff", "export", p, "--lang", "ru"], "ru.xlf")).unwrap();
    assert!(xliff.contains(OBJECTED), "{xliff}");
    check_markup(&mut faults, "XLIFF ru", &xliff);

    // Every page of the site.
    let site = m.dir.path().join("site");
    common::run_ok(&["publish", p, site.to_str().unwrap()], m.dir.path());
    let mut pages = 0;
    let mut todo = vec![site];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
                continue;
            }
            let page = std::fs::read_to_string(&path).unwrap();
            check_markup(
                &mut faults,
                &path.strip_prefix(m.dir.path()).unwrap().display().to_string(),
                &page,
            );
            pages += 1;
        }
    }
    let adopted_page = m.dir.path().join("site/en/decisions/kp-2009-is-9.html");
    assert!(std::fs::read_to_string(adopted_page).unwrap().contains("noted"));
    assert!(pages > 10, "{pages} pages");
    assert!(faults.is_empty(), "{} faults:\n{}", faults.len(), faults.join("\n"));
}

/// The text is what was recorded: the filter is on the way out only.
#[test]
fn the_record_keeps_the_text_as_written() {
    let m = meeting();
    let session = Session::open(&m.path).unwrap();
    let d = session
        .state
        .core
        .decisions
        .iter()
        .find(|d| d.id == ADOPTED)
        .expect("the decision");
    assert_eq!(d.text.original, hostile());
}

/// The zero-width joiners are format characters like the rest: no format
/// writes them raw, nor as a reference a reader decodes into one.
#[test]
fn joiners_are_placeholders_in_every_format() {
    let doc = one_paragraph("می\u{200c}خواهم 👨\u{200d}👩 and &zwj; *x*");
    let page = html::write(std::slice::from_ref(&doc));
    assert!(
        page.contains("می\\u{200c}خواهم 👨\\u{200d}👩 and \\u{200d} <em>x</em>"),
        "{page}"
    );
    let md = markdown::write(&doc);
    assert!(md.contains("می\\u{200c}خواهم 👨\\u{200d}👩"), "{md}");
    let txt = text::write(&doc);
    assert!(txt.contains("می\\u{200c}خواهم 👨\\u{200d}👩 and &zwj;"), "{txt}");
    let xml = document_xml(&docx::write(std::slice::from_ref(&doc), &|c| c.to_string()));
    assert!(xml.contains("می\\u{200c}خواهم 👨\\u{200d}👩"), "{xml}");
    for out in [&page, &md, &xml] {
        assert!(!out.contains("&#x200"), "a reference to a joiner: {out}");
    }
}

fn one_paragraph(text: &str) -> Document {
    Document {
        lang: "en".into(),
        ids: Vec::new(),
        title: "T".into(),
        blocks: vec![Block::Para {
            number: Some(1),
            text: text.into(),
        }],
        pending: 0,
    }
}

/// A document holding `text` in every kind of block.
fn document_of(text: &str) -> Document {
    Document {
        lang: "en".into(),
        ids: Vec::new(),
        title: text.into(),
        blocks: vec![
            Block::Title(vec!["COMMUNIQUE".into(), text.into()]),
            Block::Status(text.into()),
            Block::Para {
                number: Some(1),
                text: text.into(),
            },
            Block::Pending {
                number: Some(2),
                marker: text.into(),
                before: text.into(),
                original: text.into(),
                after: text.into(),
                original_lang: "fr".into(),
            },
            Block::Note(text.into()),
        ],
        pending: 1,
    }
}

/// Pieces of hostile text: references, entities, raw controls and format
/// characters, markup and links, and ordinary words.
fn hostile_piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        (0u32..=0xa0).prop_map(|c| format!("&#{c};")),
        (0u32..=0xa0).prop_map(|c| format!("&#x{c:x};")),
        prop::sample::select(vec![
            0x200bu32, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0xad
        ])
        .prop_map(|c| format!("&#x{c:X};")),
        prop::sample::select(ENTITIES.split(' ').map(str::to_string).collect::<Vec<_>>()),
        prop::sample::select(LINKS.split(' ').map(str::to_string).collect::<Vec<_>>()),
        "[\u{0}-\u{1f}\u{7f}-\u{9f}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2060}-\u{206f}\u{feff}]",
        prop::sample::select(vec![
            "*", "**", "_", "`", "<", ">", "&", "\\", "[", "](", ")", "#", "1.", "- ", "<b>", "</b>", "~~"
        ])
        .prop_map(str::to_string),
        "[a-zA-Zéж ]{1,6}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Whatever a text holds, no writer puts a forbidden character in its
    /// output, nor a live link to an address the text names.
    #[test]
    fn no_writer_lets_a_hidden_character_or_a_link_through(
        pieces in proptest::collection::vec(hostile_piece(), 1..12)
    ) {
        let t = pieces.concat();
        let doc = document_of(&t);
        let page = html::write(std::slice::from_ref(&doc));
        proptest::prop_assert!(first_forbidden(&page).is_none(), "html of {:?}: {:?}", t, first_forbidden(&page));
        proptest::prop_assert!(!live_user_link(&page), "html of {:?} links: {}", t, page);
        let inline = html::inline(&t);
        proptest::prop_assert!(first_forbidden(&inline).is_none(), "inline html of {:?}: {:?}", t, first_forbidden(&inline));
        let md = markdown::write(&doc);
        proptest::prop_assert!(first_forbidden(&md).is_none(), "md of {:?}: {:?}", t, first_forbidden(&md));
        let mut viewed = String::new();
        pulldown_cmark::html::push_html(&mut viewed, pulldown_cmark::Parser::new(&md));
        proptest::prop_assert!(!viewed.contains("<a "), "md of {:?} is viewed with a link: {}", t, md);
        let txt = text::write(&doc);
        proptest::prop_assert!(first_forbidden(&txt).is_none(), "txt of {:?}: {:?}", t, first_forbidden(&txt));
        let xml = document_xml(&docx::write(std::slice::from_ref(&doc), &|c| c.to_string()));
        proptest::prop_assert!(first_forbidden(&xml).is_none(), "docx of {:?}: {:?}", t, first_forbidden(&xml));
        let file = plenary::exchange::xliff::Xliff {
            original: t.clone(),
            source_lang: "en".into(),
            target_lang: "fr".into(),
            units: vec![plenary::exchange::xliff::Unit {
                id: "P1".into(),
                source: t.clone(),
                target: Some(t.clone()),
                notes: vec![t.clone()],
                ..Default::default()
            }],
        };
        let xliff = plenary::exchange::xliff::write(&file, "0");
        proptest::prop_assert!(first_forbidden(&xliff).is_none(), "xliff of {:?}: {:?}", t, first_forbidden(&xliff));
        // Still a file the reader takes.
        proptest::prop_assert!(plenary::exchange::xliff::read(&xliff).is_ok(), "{}", xliff);
    }
}
