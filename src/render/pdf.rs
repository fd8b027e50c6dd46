//! Documents as PDF/A-2b, typeset in process by typst: A4, fonts embedded
//! (Libertinus Serif for Latin, Greek and Cyrillic, then the fallbacks of
//! [`pdf_fonts`] for the other scripts and emoji), words
//! hyphenated by each document's language, and on a decision its
//! fingerprint at the foot of every page. No browser, no fonts of the
//! machine: the same session gives the same bytes anywhere.
//!
//! The documents become typst markup in which every text of the record is a
//! string literal (`#"…"`): nothing a delegate wrote can be read as markup.

use super::document::{Block, Document};
use super::inline::{Piece, Style, pieces};
use super::pdf_fonts::{self, BOX, FONTS, Missing};
use super::visible;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The smallest world typst needs: one source, the shipped fonts, no files,
/// no clock.
struct OneSource {
    main: Source,
}

impl World for OneSource {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

/// A typst string literal.
fn string(out: &mut String, text: &str) {
    out.push_str("#\"");
    for c in visible(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Markdown inline source as typst markup made of string literals.
fn inline(out: &mut String, text: &str) {
    for piece in pieces(text) {
        match piece {
            Piece::Text(s) => string(out, &s),
            Piece::Code(s) => {
                out.push_str("#raw(");
                string_arg(out, &s);
                out.push(')');
            }
            Piece::Start(Style::Emphasis) => out.push_str("#emph["),
            Piece::Start(Style::Strong) => out.push_str("#strong["),
            Piece::Start(Style::Strike) => out.push_str("#strike["),
            Piece::End(_) => out.push(']'),
        }
    }
}

/// A string literal as a function argument (no leading `#`).
fn string_arg(out: &mut String, text: &str) {
    let mut s = String::new();
    string(&mut s, text);
    out.push_str(&s[1..]);
}

/// `lang: "pt", region: "PT"` for a BCP 47 tag.
fn lang_args(tag: &str) -> String {
    let mut parts = tag.split(['-', '_']);
    let lang = parts.next().unwrap_or("en").to_ascii_lowercase();
    let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    // typst accepts only ISO 639 codes and ISO 3166 regions: anything else stays out.
    let lang = if (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase()) {
        lang
    } else {
        "en".to_string()
    };
    match region {
        Some(r) => format!("lang: \"{lang}\", region: \"{}\"", r.to_ascii_uppercase()),
        None => format!("lang: \"{lang}\""),
    }
}

fn number(out: &mut String, n: Option<usize>) {
    if let Some(n) = n {
        let _ = write!(out, "#strong(\"{n}.\")#h(0.5em)");
    }
}

fn document(out: &mut String, doc: &Document, footer: Option<&str>, original_tags: &dyn Fn(&str) -> String) {
    out.push_str("#[\n");
    let _ = writeln!(out, "#set text({})", lang_args(&doc.lang));
    out.push_str("#set page(footer: context align(center, text(size: 8pt)[");
    if let Some(footer) = footer {
        string(out, footer);
        out.push_str(" #h(1fr) ");
    }
    out.push_str("#counter(page).display()]))\n");
    // A draft says so at the head of every page, not only on the first:
    // a page taken from the middle of a draft must not pass for the final text.
    if let Some(mark) = doc.running() {
        out.push_str(
            "#set page(header: align(center, text(size: 8pt, weight: \"bold\", fill: rgb(\"#bb0000\"), upper[",
        );
        string(out, mark);
        out.push_str("])))\n");
    }
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                out.push_str("#align(center)[");
                for (i, line) in lines.iter().enumerate() {
                    if i == 0 {
                        out.push_str("#text(size: 13pt, weight: \"bold\", upper[");
                    } else {
                        out.push_str("#v(0.1em)#upper[");
                    }
                    inline(out, line);
                    out.push_str(if i == 0 { "])" } else { "]" });
                    out.push_str("\n\n");
                }
                out.push_str("]\n#v(0.8em)\n");
            }
            Block::Status(s) => {
                out.push_str("#align(center, strong(upper[");
                inline(out, s);
                out.push_str("]))\n\n");
            }
            Block::Para { number: n, text } => {
                number(out, *n);
                inline(out, text);
                out.push_str("\n\n");
            }
            Block::Pending {
                number: n,
                marker,
                before,
                original,
                after,
                original_lang,
            } => {
                out.push_str("#block(stroke: (left: 2pt + rgb(\"#bb0000\")), inset: (left: 6pt), breakable: true)[");
                number(out, *n);
                out.push_str("#text(fill: rgb(\"#bb0000\"), weight: \"bold\")[");
                string(out, &format!("[{marker}]"));
                out.push_str("] \\\n");
                // The frame of a generated sentence is in the document's
                // language; only the original is in its own.
                out.push_str("#text(style: \"italic\")[");
                // The original's language tag goes before an opening quotation mark.
                let (head, quote) = super::document::tag_place(before);
                // Inline Markdown drops the space at the edges of a piece.
                inline(out, head.trim_end());
                if head.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
                string(out, &format!("({original_lang}) "));
                inline(out, quote.trim_end());
                // (Itself: a no-break space, as French sets inside « », stays one.)
                if let Some(c) = quote.chars().next_back().filter(|c| c.is_whitespace()) {
                    out.push(c);
                }
                let _ = write!(out, "#text({})[", lang_args(&original_tags(original_lang)));
                inline(out, original);
                out.push(']');
                if let Some(c) = after.chars().next().filter(|c| c.is_whitespace()) {
                    out.push(c);
                }
                inline(out, after.trim_start());
                out.push_str("]]\n\n");
            }
            // In the page's header (above).
            Block::Running(_) => {}
            Block::Note(s) => {
                out.push_str("#text(size: 9pt)[");
                inline(out, s);
                out.push_str("]\n\n");
            }
            // Insertions underlined, deletions struck through, as a printed
            // copy of Word's tracked changes shows them.
            Block::Changes { changes, lang, .. } => {
                let _ = write!(out, "#text({})[", lang_args(&original_tags(lang)));
                for c in changes {
                    match c {
                        super::document::Change::Same(s) => string(out, s),
                        super::document::Change::Deleted(s) => {
                            out.push_str("#strike[");
                            string(out, s);
                            out.push(']');
                        }
                        super::document::Change::Inserted(s) => {
                            out.push_str("#underline[");
                            string(out, s);
                            out.push(']');
                        }
                    }
                }
                out.push_str("]\n\n");
            }
        }
    }
    out.push_str("]\n");
}

/// The typst source of the documents, each from a new page. `footers` has
/// one entry per document: the line at the foot of each of its pages.
pub fn source(
    docs: &[Document],
    footers: &[Option<String>],
    date: chrono::NaiveDate,
    original_tags: &dyn Fn(&str) -> String,
) -> String {
    use chrono::Datelike;
    let mut out = String::new();
    out.push_str("#set document(title: ");
    let title = docs.first().map(|d| d.title.as_str()).unwrap_or("");
    string_arg(&mut out, title);
    // PDF/A wants a date: the meeting's, not the clock's, so that the same
    // session gives the same bytes.
    let _ = writeln!(
        out,
        ", date: datetime(year: {}, month: {}, day: {}))",
        date.year(),
        date.month(),
        date.day()
    );
    out.push_str("#set page(paper: \"a4\", margin: (top: 22mm, bottom: 24mm, x: 20mm))\n");
    let families: Vec<String> = pdf_fonts::FAMILIES.iter().map(|f| format!("\"{f}\"")).collect();
    let _ = writeln!(
        out,
        "#set text(font: ({}), fallback: true, size: 11pt, hyphenate: true)",
        families.join(", ")
    );
    out.push_str("#set par(justify: true, spacing: 0.9em)\n");
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            out.push_str("#pagebreak()\n");
        }
        let footer = footers.get(i).and_then(|f| f.as_deref());
        document(&mut out, doc, footer, original_tags);
    }
    out
}

/// A PDF and the texts in it that held characters no font has.
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub missing: Vec<Missing>,
}

/// What the boxing pass replaces: characters no font has, and sequences
/// (a letter and its combining mark) that no single font draws together.
#[derive(Default)]
struct Undrawable {
    sequences: Vec<String>,
    chars: BTreeSet<char>,
}

/// `source` with every undrawable character of its string literals (where
/// all the record's texts are) replaced by [`BOX`], and the texts that held
/// them. The markup around the literals is ASCII, always drawable.
fn box_undrawable(source: &str, undrawable: &Undrawable) -> (String, Vec<Missing>) {
    let mut out = String::with_capacity(source.len());
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut rest = source;
    while let Some(open) = rest.find('"') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        // The literal's text, unescaped (`string` escapes only \ and ").
        let mut text = String::new();
        let mut chars = rest.char_indices();
        let mut close = None;
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => text.extend(chars.next().map(|(_, c)| c)),
                '"' => {
                    close = Some(i);
                    break;
                }
                c => text.push(c),
            }
        }
        rest = close.map_or("", |i| &rest[i + 1..]);
        let mut boxed = String::with_capacity(text.len());
        let mut held = BTreeSet::new();
        let mut at = 0;
        while at < text.len() {
            let tail = &text[at..];
            if let Some(seq) = undrawable.sequences.iter().find(|s| tail.starts_with(s.as_str())) {
                // The letter stays (some font has it); its marks become one box.
                boxed.extend(
                    seq.chars()
                        .next()
                        .filter(|&c| !unicode_normalization::char::is_combining_mark(c)),
                );
                boxed.push(BOX);
                held.insert(seq.clone());
                at += seq.len();
                continue;
            }
            let c = tail.chars().next().unwrap_or(BOX);
            if undrawable.chars.contains(&c) || !pdf_fonts::drawable(c) {
                boxed.push(BOX);
                held.insert(c.to_string());
            } else {
                boxed.push(c);
            }
            at += c.len_utf8();
        }
        for c in boxed.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                c => out.push(c),
            }
        }
        if close.is_some() {
            out.push('"');
        }
        if !held.is_empty() {
            found.entry(text).or_default().extend(held);
        }
    }
    out.push_str(rest);
    let missing = found.into_iter().map(|(text, chars)| Missing { text, chars }).collect();
    (out, missing)
}

/// The texts of the glyphs that typst could not find in any font it tried
/// (`.notdef`), which PDF/A forbids.
fn notdef_texts(frame: &Frame, found: &mut BTreeSet<String>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => notdef_texts(&group.frame, found),
            FrameItem::Text(text) => {
                for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                    found.insert(with_marks(&text.text, glyph.range()).to_string());
                }
            }
            _ => {}
        }
    }
}

/// The longest stretch of a text that a warning quotes, in characters.
const QUOTED: usize = 60;

/// One warning for each text that holds characters drawn as [`BOX`]: which
/// characters, and the text (its start, when long).
pub fn missing_warnings(missing: &[Missing]) -> Vec<crate::domain::message::Msg> {
    missing
        .iter()
        .map(|m| {
            let mut text: String = m.text.chars().take(QUOTED).collect();
            if m.text.chars().nth(QUOTED).is_some() {
                text.push('…');
            }
            crate::msg!("pdffonts-drawn-as-box", chars = pdf_fonts::code_points(m), text = text)
        })
        .collect()
}

/// The characters of `range` in `text` with the letter that the marks among
/// them sit on and the marks that follow: a glyph a font lacks may be only
/// the mark, or only the letter, of a pair that no single font draws.
fn with_marks(text: &str, range: std::ops::Range<usize>) -> &str {
    let mark = |c: char| unicode_normalization::char::is_combining_mark(c);
    let (mut start, mut end) = (range.start, range.end);
    if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return "";
    }
    while start > 0
        && text[start..].chars().next().is_some_and(mark)
        && let Some((i, _)) = text[..start].char_indices().next_back()
    {
        start = i;
    }
    while let Some(c) = text[end..].chars().next().filter(|&c| mark(c)) {
        end += c.len_utf8();
    }
    &text[start..end]
}

/// How often the document is laid out again after boxing what typst could
/// not draw: the first layout meets every such sequence and the second draws
/// them boxed; the third is a margin.
const ROUNDS: usize = 3;

/// The documents as one PDF/A-2b file dated `date`, with the texts that held
/// characters drawn as [`BOX`]; or why typst could not make it.
pub fn write(
    docs: &[Document],
    footers: &[Option<String>],
    date: chrono::NaiveDate,
    original_tags: &dyn Fn(&str) -> String,
) -> Result<Pdf, String> {
    let explain = |errors: &[typst::diag::SourceDiagnostic]| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let plain = source(docs, footers, date, original_tags);
    let mut undrawable = Undrawable::default();
    let mut round = 0;
    let (paged, missing) = loop {
        let (boxed, missing) = box_undrawable(&plain, &undrawable);
        let world = OneSource {
            main: Source::detached(boxed),
        };
        let paged: typst_layout::PagedDocument = typst::compile(&world).output.map_err(|e| explain(&e))?;
        let mut notdef = BTreeSet::new();
        for page in paged.pages() {
            notdef_texts(&page.frame, &mut notdef);
        }
        round += 1;
        if notdef.is_empty() || round > ROUNDS {
            break (paged, missing);
        }
        for text in notdef {
            if text.chars().count() > 1 && plain.contains(&text) {
                undrawable.sequences.push(text);
            } else {
                // Not as such in the source (changed by `upper`, say): each
                // of its characters, wherever it stands.
                undrawable.chars.extend(text.chars().filter(|c| !c.is_ascii()));
            }
        }
        // The longest first, so that a sequence is not cut by a shorter one.
        undrawable.sequences.sort_by_key(|s| std::cmp::Reverse(s.len()));
        undrawable.sequences.dedup();
    };
    let options = typst_pdf::PdfOptions {
        // Fixed, so that the same session gives the same bytes.
        ident: typst::foundations::Smart::Custom("plenary".to_string()),
        timestamp: None,
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2b])
            .map_err(|e| e.message().to_string())?,
        ..typst_pdf::PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&paged, &options).map_err(|e| explain(&e))?;
    Ok(Pdf { bytes, missing })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_the_record_is_never_markup() {
        let mut out = String::new();
        inline(&mut out, r#"#set page(width: 1pt) "quoted" \ *yes*"#);
        assert_eq!(out, r##"#"#set page(width: 1pt) \"quoted\" \\ "#emph[#"yes"]"##);
    }

    /// One character of each Unicode general category a Rust string can
    /// hold (all but Cs), in the order Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd
    /// Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Co Cn, then Han, Arabic,
    /// Thai, Devanagari and an emoji.
    pub(crate) const EVERY_CATEGORY: &str = "Ω ß ǅ ʰ ª e\u{301} क\u{903} a\u{20dd} ٣ Ⅻ ½ ‿ — ⁅ ⁆ « » § ∑ € ˘ ©\u{3000}\u{2028}\u{2029}\u{1b}\u{9b}\u{ad} \u{e000} \u{378} 中文 سلام ภาษาไทย हिन्दी 😀";

    fn para(text: &str) -> Document {
        Document {
            lang: "en".into(),
            ids: Vec::new(),
            title: text.into(),
            blocks: vec![
                Block::Title(vec![text.into()]),
                Block::Para {
                    number: Some(1),
                    text: text.into(),
                },
                Block::Note(format!("*{text}* `{text}`")),
            ],
            pending: 0,
        }
    }

    fn pdf(text: &str) -> Result<Pdf, String> {
        let date = chrono::NaiveDate::from_ymd_opt(2009, 6, 25).unwrap();
        write(&[para(text)], &[Some(text.to_string())], date, &|c| c.to_string())
    }

    #[test]
    fn every_category_and_script_is_typeset() {
        let pdf = pdf(EVERY_CATEGORY).expect("the PDF is made");
        assert!(pdf.bytes.starts_with(b"%PDF-"));
        let boxed: BTreeSet<&str> = pdf
            .missing
            .iter()
            .flat_map(|m| m.chars.iter().map(String::as_str))
            .collect();
        assert!(boxed.contains("\u{e000}") && boxed.contains("\u{378}"), "{boxed:?}");
        for drawn in ["中", "س", "ภ", "ह", "😀", "\u{1b}", "\u{9b}"] {
            assert!(!boxed.contains(drawn), "{drawn:?} was boxed");
        }
    }

    #[test]
    fn what_only_the_layout_shows_undrawable_is_boxed_not_fatal() {
        // A Han character under an enclosing circle: each has a font, no font
        // has both. The Ogham space mark: a space with a glyph, in no font.
        // A tab, which needs none.
        let pdf = pdf("中\u{20dd} and Ж\u{e31}, 中文,\ttab, ogham\u{1680}space").expect("the PDF is made");
        assert!(pdf.bytes.starts_with(b"%PDF-"));
        let boxed: Vec<&String> = pdf.missing.iter().flat_map(|m| &m.chars).collect();
        // The pair is boxed, not the letter wherever it stands.
        assert_eq!(boxed, ["\u{1680}", "中\u{20dd}"]);
    }

    #[test]
    fn undrawable_characters_become_boxes_inside_literals_only() {
        let undrawable = Undrawable {
            sequences: vec!["x\u{301}".into()],
            chars: BTreeSet::new(),
        };
        let (out, missing) = box_undrawable("#\"a\u{e000}\\\"x\u{301}\" #text(\"b\")", &undrawable);
        assert_eq!(out, "#\"a□\\\"x□\" #text(\"b\")");
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].text, "a\u{e000}\"x\u{301}");
        assert_eq!(pdf_fonts::code_points(&missing[0]), "U+0078+U+0301 U+E000");
    }

    #[test]
    fn tags_become_typst_languages() {
        assert_eq!(lang_args("pt-PT"), "lang: \"pt\", region: \"PT\"");
        assert_eq!(lang_args("ru"), "lang: \"ru\"");
        assert_eq!(lang_args("x\"y"), "lang: \"en\"");
    }
}
