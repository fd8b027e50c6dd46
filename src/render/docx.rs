//! Documents as a Word file (DOCX), for circulation by e-mail: A4, numbered
//! paragraphs, pending translations marked as in the HTML (a red rule and
//! marker, the original in italics), and every run tagged with its language
//! (`w:lang`) so that Word's spell-checker and screen readers use the right one.
//!
//! docx-rs makes the package (content types, relationships, styles, fonts,
//! settings, properties); the body is written here with quick-xml because
//! docx-rs has no `w:lang` on runs.

use super::document::{Block, Document};
use super::inline::{Piece, Style, pieces};
use super::visible::visible;
use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// A4 in twentieths of a point, and margins close to the HTML's @page.
const A4: (&str, &str) = ("11906", "16838");
const MARGINS: [(&str, &str); 7] = [
    ("w:top", "1247"),
    ("w:right", "1134"),
    ("w:bottom", "1361"),
    ("w:left", "1134"),
    ("w:header", "709"),
    ("w:footer", "709"),
    ("w:gutter", "0"),
];
const PENDING_RED: &str = "BB0000";

type W = Writer<Vec<u8>>;

fn ev(w: &mut W, e: Event<'_>) {
    w.write_event(e).expect("writing to memory");
}

fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) {
    ev(
        w,
        Event::Empty(BytesStart::new(name).with_attributes(attrs.iter().copied())),
    );
}

fn start(w: &mut W, name: &str) {
    ev(w, Event::Start(BytesStart::new(name)));
}

fn end(w: &mut W, name: &str) {
    ev(w, Event::End(BytesEnd::new(name)));
}

/// How a run looks.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    strike: bool,
    caps: bool,
    mono: bool,
    red: bool,
    /// Half-points; None for the document default.
    size: Option<u32>,
}

fn run(w: &mut W, text: &str, look: Look, lang: &str) {
    run_as(w, text, look, lang, "w:t");
}

/// A run whose text is in `tag`: `w:t`, or `w:delText` inside a deletion.
fn run_as(w: &mut W, text: &str, look: Look, lang: &str, tag: &str) {
    // XML 1.0 cannot carry control characters, and no control or format
    // character is written raw: shown as placeholders, as on a terminal
    // (see `visible`), before escaping: the escape writes a CR as `&#13;`,
    // which every reader decodes back into one.
    let text = quick_xml::escape::escape(visible(text)).into_owned();
    start(w, "w:r");
    start(w, "w:rPr");
    // The order CT_RPr requires.
    if look.mono {
        empty(w, "w:rFonts", &[("w:ascii", "Courier New"), ("w:hAnsi", "Courier New")]);
    }
    if look.bold {
        empty(w, "w:b", &[]);
    }
    if look.italic {
        empty(w, "w:i", &[]);
    }
    if look.caps {
        empty(w, "w:caps", &[]);
    }
    if look.strike {
        empty(w, "w:strike", &[]);
    }
    if look.red {
        empty(w, "w:color", &[("w:val", PENDING_RED)]);
    }
    if let Some(size) = look.size {
        let size = size.to_string();
        empty(w, "w:sz", &[("w:val", &size)]);
        empty(w, "w:szCs", &[("w:val", &size)]);
    }
    empty(w, "w:lang", &[("w:val", &visible(lang))]);
    end(w, "w:rPr");
    ev(
        w,
        Event::Start(BytesStart::new(tag).with_attributes([("xml:space", "preserve")])),
    );
    ev(w, Event::Text(BytesText::from_escaped(text)));
    end(w, tag);
    end(w, "w:r");
}

/// A proposal as Word revisions: each deletion a `w:del`, each insertion a
/// `w:ins`, by the proposer at the proposal's time, so that a reader can
/// accept or reject each in Word. `revision` numbers them through the file.
fn tracked(w: &mut W, changes: &[super::document::Change], author: &str, date: &str, lang: &str, revision: &mut u32) {
    use super::document::Change;
    for c in changes {
        let (tag, text_tag, s) = match c {
            Change::Same(s) => {
                run(w, s, Look::default(), lang);
                continue;
            }
            Change::Deleted(s) => ("w:del", "w:delText", s),
            Change::Inserted(s) => ("w:ins", "w:t", s),
        };
        *revision += 1;
        let id = revision.to_string();
        let author = visible(author);
        ev(
            w,
            Event::Start(BytesStart::new(tag).with_attributes([
                ("w:id", id.as_str()),
                ("w:author", author.as_ref()),
                ("w:date", date),
            ])),
        );
        run_as(w, s, Look::default(), lang, text_tag);
        end(w, tag);
    }
}

fn line_break(w: &mut W) {
    start(w, "w:r");
    empty(w, "w:br", &[]);
    end(w, "w:r");
}

/// Markdown inline source as runs, emphasis as bold, italic, strikethrough.
fn inline(w: &mut W, text: &str, base: Look, lang: &str) {
    let mut look = base;
    for piece in pieces(text) {
        match piece {
            Piece::Text(s) => run(w, &s, look, lang),
            Piece::Code(s) => run(w, &s, Look { mono: true, ..look }, lang),
            Piece::Start(style) | Piece::End(style) => {
                let on = matches!(piece, Piece::Start(_));
                match style {
                    Style::Emphasis => look.italic = on || base.italic,
                    Style::Strong => look.bold = on || base.bold,
                    Style::Strike => look.strike = on || base.strike,
                }
            }
        }
    }
}

/// Paragraph properties: alignment, spacing, a page break before, a left rule.
fn para_start(w: &mut W, center: bool, page_break: bool, rule: bool) {
    start(w, "w:p");
    start(w, "w:pPr");
    if page_break {
        empty(w, "w:pageBreakBefore", &[]);
    }
    if rule {
        start(w, "w:pBdr");
        empty(
            w,
            "w:left",
            &[
                ("w:val", "single"),
                ("w:sz", "18"),
                ("w:space", "6"),
                ("w:color", PENDING_RED),
            ],
        );
        end(w, "w:pBdr");
    }
    empty(w, "w:spacing", &[("w:after", "160")]);
    if center {
        empty(w, "w:jc", &[("w:val", "center")]);
    }
    end(w, "w:pPr");
}

fn number(w: &mut W, n: Option<usize>, lang: &str) {
    if let Some(n) = n {
        run(
            w,
            &format!("{n}. "),
            Look {
                bold: true,
                ..Look::default()
            },
            lang,
        );
    }
}

fn body(w: &mut W, doc: &Document, first: bool, original_tags: &dyn Fn(&str) -> String, revision: &mut u32) {
    let lang = doc.lang.as_str();
    let mut page_break = !first;
    for block in &doc.blocks {
        let pb = std::mem::take(&mut page_break);
        match block {
            Block::Title(lines) => {
                // One paragraph, its lines broken, as the other formats make
                // the title one block: Word's navigation shows one title.
                para_start(w, true, pb, false);
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        line_break(w);
                    }
                    let look = Look {
                        bold: i == 0,
                        caps: true,
                        size: (i == 0).then_some(28),
                        ..Look::default()
                    };
                    inline(w, line, look, lang);
                }
                end(w, "w:p");
            }
            Block::Status(s) => {
                para_start(w, true, pb, false);
                inline(
                    w,
                    s,
                    Look {
                        bold: true,
                        caps: true,
                        ..Look::default()
                    },
                    lang,
                );
                end(w, "w:p");
            }
            Block::Para { number: n, text } => {
                para_start(w, false, pb, false);
                number(w, *n, lang);
                inline(w, text, Look::default(), lang);
                end(w, "w:p");
            }
            Block::Pending {
                number: n,
                marker,
                before,
                original,
                after,
                original_lang,
            } => {
                // One paragraph, as in the text output: the marker, then the original.
                para_start(w, false, pb, true);
                number(w, *n, lang);
                run(
                    w,
                    &format!("[{marker}]"),
                    Look {
                        bold: true,
                        red: true,
                        ..Look::default()
                    },
                    lang,
                );
                line_break(w);
                // The frame of a generated sentence is in the document's
                // language; only the original is in its own.
                let framed = Look {
                    italic: true,
                    ..Look::default()
                };
                // The original's language tag goes before an opening quotation mark.
                let (head, quote) = super::document::tag_place(before);
                // Inline Markdown drops the space at the edges of a piece.
                inline(w, head.trim_end(), framed, lang);
                if head.ends_with(char::is_whitespace) {
                    run(w, " ", framed, lang);
                }
                run(w, &format!("({original_lang}) "), framed, lang);
                inline(w, quote.trim_end(), framed, lang);
                // (Itself: a no-break space, as French sets inside « », stays one.)
                if let Some(c) = quote.chars().next_back().filter(|c| c.is_whitespace()) {
                    run(w, &c.to_string(), framed, lang);
                }
                let tag = original_tags(original_lang);
                inline(
                    w,
                    original,
                    Look {
                        italic: true,
                        ..Look::default()
                    },
                    &tag,
                );
                if let Some(c) = after.chars().next().filter(|c| c.is_whitespace()) {
                    run(w, &c.to_string(), framed, lang);
                }
                inline(w, after.trim_start(), framed, lang);
                end(w, "w:p");
            }
            // In the section's header part (`header_xml`).
            Block::Running(_) => page_break = pb,
            Block::Note(s) => {
                para_start(w, false, pb, false);
                inline(
                    w,
                    s,
                    Look {
                        size: Some(18),
                        ..Look::default()
                    },
                    lang,
                );
                end(w, "w:p");
            }
            Block::Changes {
                changes,
                author,
                date,
                lang: text_lang,
            } => {
                para_start(w, false, pb, false);
                tracked(w, changes, author, date, &original_tags(text_lang), revision);
                end(w, "w:p");
            }
        }
    }
}

/// A writer of a part of the package: its XML declaration, and its root
/// element opened with the namespaces the parts use.
fn part_writer(root: &str) -> W {
    let mut w = Writer::new(Vec::new());
    ev(
        &mut w,
        Event::Decl(quick_xml::events::BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))),
    );
    ev(
        &mut w,
        Event::Start(BytesStart::new(root).with_attributes([("xmlns:w", W_NS), ("xmlns:r", R_NS)])),
    );
    w
}

/// `word/document.xml` for the documents, one after another, each from a new page.
fn document_xml(docs: &[Document], original_tags: &dyn Fn(&str) -> String) -> Vec<u8> {
    let mut w = part_writer("w:document");
    start(&mut w, "w:body");
    let mut revision = 0;
    if !has_headers(docs) {
        for (i, doc) in docs.iter().enumerate() {
            body(&mut w, doc, i == 0, original_tags, &mut revision);
        }
        section(&mut w, None);
    } else {
        // Each document a section of its own with its own header part (the
        // draft mark, or nothing): a section without one would show the
        // previous document's. A section starts on a new page.
        for (i, doc) in docs.iter().enumerate() {
            body(&mut w, doc, true, original_tags, &mut revision);
            if i + 1 < docs.len() {
                start(&mut w, "w:p");
                start(&mut w, "w:pPr");
                section(&mut w, Some(i + 1));
                end(&mut w, "w:pPr");
                end(&mut w, "w:p");
            } else {
                section(&mut w, Some(i + 1));
            }
        }
    }
    end(&mut w, "w:body");
    end(&mut w, "w:document");
    w.into_inner()
}

/// Whether the documents need header parts: one of them is a draft.
fn has_headers(docs: &[Document]) -> bool {
    docs.iter().any(|d| d.running().is_some())
}

/// A section's properties: its header part (`header{n}.xml`, the
/// relationship docx-rs names `rIdHeader{n}`), A4 and the margins.
fn section(w: &mut W, header: Option<usize>) {
    start(w, "w:sectPr");
    if let Some(n) = header {
        let id = format!("rIdHeader{n}");
        empty(w, "w:headerReference", &[("w:type", "default"), ("r:id", &id)]);
    }
    empty(w, "w:pgSz", &[("w:w", A4.0), ("w:h", A4.1)]);
    empty(w, "w:pgMar", &MARGINS);
    end(w, "w:sectPr");
}

/// `word/header{n}.xml` of a document: its draft mark, centred, on every
/// page of its section; an empty paragraph for a final document.
fn header_xml(doc: &Document) -> Vec<u8> {
    let mut w = part_writer("w:hdr");
    para_start(&mut w, true, false, false);
    if let Some(mark) = doc.running() {
        let look = Look {
            bold: true,
            caps: true,
            red: true,
            size: Some(18),
            ..Look::default()
        };
        run(&mut w, mark, look, &doc.lang);
    }
    end(&mut w, "w:p");
    end(&mut w, "w:hdr");
    w.into_inner()
}

/// The documents as one DOCX file. `original_tags` gives the BCP 47 tag of
/// a bare language code (the original of pending paragraphs).
pub fn write(docs: &[Document], original_tags: &dyn Fn(&str) -> String) -> Vec<u8> {
    let mut package = docx_rs::Docx::new()
        .page_size(11906, 16838)
        .default_fonts(
            docx_rs::RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman"),
        )
        .default_size(23);
    if has_headers(docs) {
        // docx-rs adds each header's relationship and content type; the
        // parts themselves are written here, with the language of their runs.
        for _ in docs {
            package = package.header(docx_rs::Header::new());
        }
    }
    let mut package = package.build();
    package.document = document_xml(docs, original_tags);
    if has_headers(docs) {
        package.headers = docs.iter().map(header_xml).collect();
    }
    let mut out = std::io::Cursor::new(Vec::new());
    package.pack(&mut out).expect("a DOCX is written to memory");
    out.into_inner()
}
