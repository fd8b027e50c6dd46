//! Documents as PDF/A-2b, typeset in process by typst: A4, fonts embedded
//! (Libertinus Serif from typst-assets covers Latin and Cyrillic), words
//! hyphenated by each document's language, and on a decision its
//! fingerprint at the foot of every page. No browser, no fonts of the
//! machine: the same session gives the same bytes anywhere.
//!
//! The documents become typst markup in which every text of the record is a
//! string literal (`#"…"`): nothing a delegate wrote can be read as markup.

use super::document::{Block, Document};
use super::inline::{Piece, Style, pieces};
use super::visible;
use std::fmt::Write;
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The fonts shipped inside the program, parsed once.
struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

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
            Block::Note(s) => {
                out.push_str("#text(size: 9pt)[");
                inline(out, s);
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
    out.push_str(
        "#set page(paper: \"a4\", margin: (top: 22mm, bottom: 24mm, x: 20mm))\n\
         #set text(font: \"Libertinus Serif\", size: 11pt, hyphenate: true)\n\
         #set par(justify: true, spacing: 0.9em)\n",
    );
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            out.push_str("#pagebreak()\n");
        }
        let footer = footers.get(i).and_then(|f| f.as_deref());
        document(&mut out, doc, footer, original_tags);
    }
    out
}

/// The documents as one PDF/A-2b file dated `date`, or why typst could not make it.
pub fn write(
    docs: &[Document],
    footers: &[Option<String>],
    date: chrono::NaiveDate,
    original_tags: &dyn Fn(&str) -> String,
) -> Result<Vec<u8>, String> {
    let world = OneSource {
        main: Source::detached(source(docs, footers, date, original_tags)),
    };
    let explain = |errors: &[typst::diag::SourceDiagnostic]| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let paged: typst_layout::PagedDocument = typst::compile(&world).output.map_err(|e| explain(&e))?;
    let options = typst_pdf::PdfOptions {
        // Fixed, so that the same session gives the same bytes.
        ident: typst::foundations::Smart::Custom("plenary".to_string()),
        timestamp: None,
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2b])
            .map_err(|e| e.message().to_string())?,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&paged, &options).map_err(|e| explain(&e))
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

    #[test]
    fn tags_become_typst_languages() {
        assert_eq!(lang_args("pt-PT"), "lang: \"pt\", region: \"PT\"");
        assert_eq!(lang_args("ru"), "lang: \"ru\"");
        assert_eq!(lang_args("x\"y"), "lang: \"en\"");
    }
}
