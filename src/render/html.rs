//! Documents as one self-contained HTML file with a print stylesheet for A4.
//! Every text is Markdown inline source rendered by pulldown-cmark with raw
//! HTML turned into text and links into their text: a decision that holds
//! `<script>` prints as those characters, and the only links of a page are
//! those the program writes. What pulldown-cmark decodes (`&#27;`,
//! `&#x202E;`) passes the filter of [`super::visible`] after it.

use super::document::{Block, Document};
use super::visible::visible;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::fmt::Write;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "DejaVu Serif", "Liberation Serif", "Noto Serif", Georgia, serif; font-size: 11.5pt; line-height: 1.45; color: #111; max-width: 44em; margin: 2em auto; padding: 0 1em; }
article + article { margin-top: 3em; border-top: 1px solid #999; padding-top: 2em; }
header.title { text-align: center; margin-bottom: 1.5em; }
header.title h1 { font-size: 1.35em; margin: 0 0 0.4em; }
header.title p { margin: 0.15em 0; }
p.status { text-align: center; font-weight: bold; }
p.para, div.pending { margin: 0 0 0.8em; }
span.num { font-weight: bold; margin-right: 0.4em; }
div.pending { border-left: 3pt solid #b00; padding-left: 0.6em; }
div.pending .marker { color: #b00; font-weight: bold; }
div.pending .original { color: #333; font-style: italic; }
p.note { font-size: 0.9em; color: #333; }
@page { size: A4; margin: 22mm 20mm 24mm 20mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  article + article { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  p, div.pending, header.title { break-inside: avoid; orphans: 3; widows: 3; }
  div.pending { border-left-color: #000; }
}
"#;

/// Text made inert in HTML, attributes included: markup escaped, control
/// and format characters shown ([`visible`]).
pub fn escape(text: &str) -> String {
    let escaped = escape_markup(text);
    match visible(&escaped) {
        std::borrow::Cow::Borrowed(_) => escaped,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

/// The five characters HTML reads as markup, as references.
fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A web or mail address, which a link's text is followed by.
fn shown_destination(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let web_or_mail = lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:");
    // `mailto:javascript:…` runs nothing in a browser, but a link that names
    // a script has no place in a communique: only its text is kept.
    web_or_mail && !lower.contains("javascript:")
}

/// Renders Markdown inline source to HTML, neutralising raw HTML, links,
/// control and format characters.
pub fn inline(text: &str) -> String {
    let mut out = String::new();
    inline_into(&mut out, text);
    out
}

/// [`inline`], written at the end of `out`.
fn inline_into(out: &mut String, text: &str) {
    match plain(text) {
        // No markup: HTML would show these characters as they are, but for
        // the hidden ones.
        Some(plain) => out.push_str(&visible(plain)),
        None => out.push_str(&inline_markdown(text)),
    }
}

/// The characters that mean something to inline Markdown or to HTML, and
/// line breaks.
const MARKUP: [bool; 256] = {
    let mut table = [false; 256];
    let markup = b"\\*_[]<>&`~\n\r";
    let mut i = 0;
    while i < markup.len() {
        table[markup[i] as usize] = true;
        i += 1;
    }
    table
};

/// The text itself when Markdown and HTML would see nothing in it but
/// characters, as in nearly every paragraph of a communique: the parser
/// would give it back unchanged (trimmed), so it is skipped.
/// `inline_markdown` must agree; a property test and the fuzz target check it.
pub fn plain(text: &str) -> Option<&str> {
    let text = text.trim();
    let first = text.chars().next()?;
    // Not a character that can open a block (`#`, `>`, `-`, `1.`, fences …).
    let starts_plain = first.is_alphabetic() || matches!(first, '(' | '"' | '\'' | '«' | '„' | '“');
    (starts_plain && !text.bytes().any(|b| MARKUP[b as usize])).then_some(text)
}

/// [`inline`] through the Markdown parser, whatever the text.
pub fn inline_markdown(text: &str) -> String {
    let text = inline_source(text);
    let mut out = String::new();
    html::push_html(&mut out, safe_inline_events(&text).into_iter());
    // After the parser, which decodes character references and entities.
    visible(out.trim()).into_owned()
}

/// The inline events of one line of inline source ([`inline_source`]),
/// made safe: raw HTML becomes text, a link its text followed by its
/// destination when that is a web or mail address (an autolink, whose text
/// is its destination, just its text), images their description, and
/// block structure goes. The HTML, Markdown, DOCX and PDF writers all write
/// from these; the only links of a document are those the program writes.
pub(crate) fn safe_inline_events(source: &str) -> Vec<Event<'_>> {
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH);
    // What each open link adds after its text (a stack: every end of a
    // link meets its own start, whatever the parser nests).
    let mut after_link: Vec<Option<String>> = Vec::new();
    parser
        .filter_map(|event| match event {
            Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
            Event::Start(Tag::Link {
                link_type, dest_url, ..
            }) => {
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                after_link.push(
                    (!autolink && shown_destination(&dest_url) && !dest_url.trim().is_empty())
                        .then(|| format!(" ({})", dest_url.trim())),
                );
                None
            }
            Event::End(TagEnd::Link) => after_link.pop().flatten().map(|s| Event::Text(CowStr::from(s))),
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            // Block structure is the document's, not the text's.
            Event::Start(Tag::Paragraph | Tag::HtmlBlock) | Event::End(TagEnd::Paragraph | TagEnd::HtmlBlock) => None,
            Event::SoftBreak | Event::HardBreak => Some(Event::Text(CowStr::from(" "))),
            other => Some(other),
        })
        .collect()
}

/// One line of inline source: a leading `#`, `>`, `-`, `1.` … would start a
/// heading, quote or list, and `___` a thematic break, so its marker is escaped.
pub(crate) fn inline_source(text: &str) -> String {
    let line = text.replace(['\n', '\r'], " ");
    let line = line.trim_start();
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(line[digits..].chars().next(), Some('.' | ')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    let mut chars = line.chars();
    let (first, second) = (chars.next(), chars.next());
    let block = match first {
        Some('#' | '>') => true,
        Some(c @ ('-' | '+' | '*')) => second.is_none_or(|s| s.is_whitespace() || s == c),
        Some('_') => line.chars().filter(|c| !c.is_whitespace()).all(|c| c == '_') && line.matches('_').count() >= 3,
        Some('`') => line.starts_with("```"),
        Some('~') => line.starts_with("~~~"),
        _ => false,
    };
    if block { format!("\\{line}") } else { line.to_string() }
}

fn article(doc: &Document, out: &mut String) {
    // Written straight into `out`: the five-language communique of a long
    // session is some 30,000 paragraphs.
    out.push_str("<article lang=\"");
    out.push_str(&escape(&doc.lang));
    out.push_str("\">\n");
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                out.push_str("<header class=\"title\">\n");
                for (i, line) in lines.iter().enumerate() {
                    let tag = if i == 0 { "h1" } else { "p" };
                    let _ = write!(out, "<{tag}>");
                    inline_into(out, line);
                    let _ = writeln!(out, "</{tag}>");
                }
                out.push_str("</header>\n");
            }
            Block::Status(s) => {
                out.push_str("<p class=\"status\">");
                inline_into(out, s);
                out.push_str("</p>\n");
            }
            Block::Para { number, text } => {
                out.push_str("<p class=\"para\"");
                id_attr(out, *number);
                out.push('>');
                num(out, *number);
                inline_into(out, text);
                out.push_str("</p>\n");
            }
            Block::Pending {
                number,
                marker,
                before,
                original,
                after,
                original_lang,
            } => {
                out.push_str("<div class=\"pending\"");
                id_attr(out, *number);
                out.push_str("><p>");
                num(out, *number);
                out.push_str("<span class=\"marker\">[");
                inline_into(out, marker);
                // Only the original is in the original language: the frame
                // around it is in the document's.
                out.push_str("]</span></p><p class=\"original\">");
                inline_into(out, before);
                // Inline Markdown drops the space at the edges of a piece.
                // (Itself: a no-break space, as French sets inside « », stays
                // one; a control character that is white space is shown.)
                if let Some(c) = before.chars().next_back().filter(|c| c.is_whitespace()) {
                    out.push_str(&visible(c.encode_utf8(&mut [0; 4])));
                }
                out.push_str("<span lang=\"");
                out.push_str(&escape(original_lang));
                out.push_str("\">");
                inline_into(out, original);
                out.push_str("</span>");
                if let Some(c) = after.chars().next().filter(|c| c.is_whitespace()) {
                    out.push_str(&visible(c.encode_utf8(&mut [0; 4])));
                }
                inline_into(out, after);
                out.push_str("</p></div>\n");
            }
            // In the margin of its printed pages (`running`).
            Block::Running(_) => {}
            Block::Note(s) => {
                out.push_str("<p class=\"note\">");
                inline_into(out, s);
                out.push_str("</p>\n");
            }
            Block::Changes {
                changes,
                author: _,
                date,
                lang,
            } => {
                out.push_str("<p class=\"changes\" lang=\"");
                out.push_str(&escape(lang));
                out.push_str("\">");
                for c in changes {
                    let (tag, s) = match c {
                        super::document::Change::Same(s) => {
                            out.push_str(&escape(s));
                            continue;
                        }
                        super::document::Change::Deleted(s) => ("del", s),
                        super::document::Change::Inserted(s) => ("ins", s),
                    };
                    let _ = write!(out, "<{tag} datetime=\"{}\">{}</{tag}>", escape(date), escape(s));
                }
                out.push_str("</p>\n");
            }
        }
    }
    out.push_str("</article>\n");
}

fn num(out: &mut String, number: Option<usize>) {
    if let Some(n) = number {
        let _ = write!(out, "<span class=\"num\">{n}.</span>");
    }
}

fn id_attr(out: &mut String, number: Option<usize>) {
    if let Some(n) = number {
        let _ = write!(out, " data-paragraph=\"{n}\"");
    }
}

/// What a page of the delegates' site puts around its documents: HTML
/// before and after them (made by the caller from escaped parts) and CSS
/// added to the page's own. The default is nothing: the printable file.
#[derive(Clone, Copy, Debug, Default)]
pub struct Frame<'a> {
    pub before: &'a str,
    pub after: &'a str,
    pub style: &'a str,
}

/// One HTML file holding one document per language.
pub fn write(docs: &[Document]) -> String {
    write_framed(docs, Frame::default())
}

/// [`write`], with the documents inside `frame`.
pub fn write_framed(docs: &[Document], frame: Frame<'_>) -> String {
    let first = docs.first().map(|d| d.lang.as_str()).unwrap_or("en");
    let title = docs.first().map(|d| d.title.as_str()).unwrap_or_default();
    let style = format!("{}{}", frame.style, running(docs.iter().map(Document::running)));
    let mut out = page_start(first, title, Frame { style: &style, ..frame });
    // One document is written on this thread (`on_threads` spawns none).
    let articles = super::on_threads(docs, article_of);
    out.reserve(articles.iter().map(String::len).sum::<usize>() + 32);
    out.extend(articles);
    out.push_str(frame.after);
    out.push_str(PAGE_END);
    out
}

/// The page of [`write`] for the documents `build` makes of each of
/// `codes`, as its parts in order (its start, an article per document, its
/// end), with each document's count of paragraphs waiting for a
/// translation. Each document is written on the thread that built it and
/// dropped there, and the parts are not copied into one: a long meeting's
/// five documents and their page are never all held at once, and fresh
/// memory is most of what they cost.
pub fn write_built<C: Sync>(codes: &[C], build: impl Fn(&C) -> Document + Sync) -> (Vec<String>, Vec<usize>) {
    let written = super::on_threads(codes, |code| {
        let doc = build(code);
        let mark = doc.running().map(str::to_string);
        (doc.lang.clone(), doc.title.clone(), doc.pending, mark, article_of(&doc))
    });
    let (first, title) = written
        .first()
        .map_or(("en", ""), |(lang, title, ..)| (lang.as_str(), title.as_str()));
    let style = running(written.iter().map(|(_, _, _, mark, _)| mark.as_deref()));
    let frame = Frame {
        style: &style,
        ..Frame::default()
    };
    let start = page_start(first, title, frame);
    let mut parts = Vec::with_capacity(written.len() + 2);
    parts.push(start);
    let mut pending = Vec::with_capacity(written.len());
    for (_, _, waiting, _, article) in written {
        parts.push(article);
        pending.push(waiting);
    }
    parts.push(format!("{}{PAGE_END}", frame.after));
    (parts, pending)
}

/// One document as the `<article>` of a page.
fn article_of(doc: &Document) -> String {
    // Room for the texts and their tags, so that it is not copied as it grows.
    let room = doc.blocks.iter().map(|b| b.text_len() + 96).sum::<usize>();
    let mut out = String::with_capacity(room);
    article(doc, &mut out);
    out
}

/// The head of a self-contained page (strict CSP, print stylesheet), the
/// opening of its body and `frame.before`.
pub fn page_start(lang: &str, title: &str, frame: Frame<'_>) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(lang)
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>\n",
        escape(title),
        frame.style
    ));
    out.push_str(frame.before);
    out
}

/// The print style that sets each draft's mark at the head of every page
/// of its document: a named page per draft (the `n`th article of the page),
/// its text in the page's top margin box. Chromium prints margin boxes
/// (since version 131); a `position: fixed` element, which it also repeats
/// on every page, can only sit inside the page area, over the first lines
/// of each page. A change of named page breaks the page, so the first
/// document's name goes on the body (what a site's page prints before it
/// stays on its first page) and every later document has a name of its own,
/// marked or not. Nothing when every document is final.
fn running<'a>(marks: impl Iterator<Item = Option<&'a str>>) -> String {
    let marks: Vec<Option<&str>> = marks.collect();
    if marks.iter().all(Option::is_none) {
        return String::new();
    }
    let mut out = String::new();
    for (i, mark) in marks.iter().enumerate() {
        let n = i + 1;
        let holder = if n == 1 {
            "body".to_string()
        } else {
            format!("article:nth-of-type({n})")
        };
        match mark {
            Some(mark) => {
                let _ = write!(
                    out,
                    "\n{holder} {{ page: running-{n}; }}\n@page running-{n} {{ @top-center {{ content: \"{}\"; font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; font-size: 8pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; }} }}\n",
                    css_string(mark)
                );
            }
            // A final document after a draft: a page without the mark.
            None if n > 1 => {
                let _ = writeln!(out, "{holder} {{ page: final-{n}; }}");
            }
            None => {}
        }
    }
    out
}

/// Text inside a CSS string: quotes and backslashes escaped, `<` as its
/// code point (no `</style>` can end the sheet), and control and format
/// characters shown as in the documents.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in super::visible::visible(text).chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\3c "),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The end of a page begun by [`page_start`].
pub const PAGE_END: &str = "</body>\n</html>\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_in_parts_is_the_page_in_one_piece() {
        let doc = |lang: &str, pending: usize| Document {
            lang: lang.to_string(),
            ids: Vec::new(),
            title: format!("Communique <{lang}>"),
            blocks: vec![
                Block::Title(vec![format!("Title {lang}"), "Windhoek".into()]),
                Block::Status("Draft".into()),
                Block::Para {
                    number: Some(1),
                    text: format!("Text in *{lang}* & more"),
                },
                Block::Pending {
                    number: Some(2),
                    marker: "[pending]".into(),
                    before: "The Plenary noted ".into(),
                    original: "the report".into(),
                    after: ".".into(),
                    original_lang: "en".into(),
                },
                Block::Note("Fingerprint".into()),
            ],
            pending,
        };
        let codes = ["fr", "en", "ru"];
        let docs: Vec<Document> = codes.iter().enumerate().map(|(i, c)| doc(c, i)).collect();
        let (parts, pending) = write_built(&codes, |code| {
            let i = codes.iter().position(|c| c == code).expect("a code");
            doc(code, i)
        });
        assert_eq!(parts.len(), codes.len() + 2, "start, an article each, end");
        assert_eq!(parts.concat(), write(&docs));
        assert_eq!(pending, vec![0, 1, 2], "in the order of the codes");
        assert!(
            parts[0].contains("<html lang=\"fr\">"),
            "the first document's language: {}",
            parts[0]
        );
    }

    #[test]
    fn a_draft_mark_cannot_leave_its_css_string() {
        let style = running([Some("KP/1 \"x\" \\ </style><script>"), None].into_iter());
        assert!(!style.contains("</style"), "{style}");
        assert!(
            style.contains("content: \"KP/1 \\\"x\\\" \\\\ \\3c /style>\\3c script>\";"),
            "{style}"
        );
        // The first document's page is the body's; a final one after it has its own.
        assert!(style.contains("body { page: running-1; }"), "{style}");
        assert!(style.contains("article:nth-of-type(2) { page: final-2; }"), "{style}");
        assert_eq!(running([None, None].into_iter()), "", "final documents: no page rules");
    }

    #[test]
    fn raw_html_and_script_links_come_out_inert() {
        let html = inline("Agreed <script>alert(1)</script> and [x](javascript:alert(2)) *now*");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("<em>now</em>"));
        assert_eq!(inline("[x](mailto:javascript:alert(2))"), "x");
        assert_eq!(
            inline("[x](https://example.org \"<javascript:alert(1)>\")"),
            "x (https://example.org)"
        );
    }

    #[test]
    fn links_of_a_text_are_text() {
        assert_eq!(inline("[site](https://example.org)"), "site (https://example.org)");
        assert_eq!(
            inline("see <https://example.org/a?b=1&c>"),
            "see https://example.org/a?b=1&amp;c"
        );
        assert_eq!(inline("<a@example.org>"), "a@example.org");
        assert_eq!(inline("<mailto:a@example.org>"), "mailto:a@example.org");
        assert_eq!(
            inline("[*site*][r]\n\n[r]: http://example.org"),
            "[<em>site</em>][r]  [r]: http://example.org"
        );
        assert_eq!(
            inline("[a ![i](http://t.example/p.gif) b](http://example.org)"),
            "a i b (http://example.org)"
        );
    }

    #[test]
    fn references_decode_to_nothing_hidden() {
        for code in (0..=0x9f)
            .chain(0x200b..=0x200f)
            .chain(0x202a..=0x202e)
            .chain(0x2066..=0x2069)
        {
            for reference in [format!("&#{code};"), format!("&#x{code:x};"), format!("&#X{code:X};")] {
                let html = inline(&format!("a{reference}b"));
                let raw = html.chars().find(|&c| super::super::visible::is_hidden(c));
                assert_eq!(raw, None, "{reference} → {html:?}");
            }
        }
        assert_eq!(inline("a&#27;]52;c;eHl6&#7;b"), "a␛]52;c;eHl6␇b");
        assert_eq!(inline("&#x202E;evil"), "\\u{202e}evil");
        assert_eq!(inline("x&#155;y &lrm; &shy;"), "x\\u{9b}y \\u{200e} \\u{ad}");
        assert_eq!(inline("می&zwnj;خواهم"), "می\\u{200c}خواهم");
        assert_eq!(escape("<\u{1b}\u{200d}>"), "&lt;␛\\u{200d}&gt;");
    }

    #[test]
    fn block_markers_stay_text() {
        assert_eq!(inline("1. The Plenary"), "1. The Plenary");
        assert_eq!(inline("# Title"), "# Title");
        assert_eq!(inline("- item"), "- item");
        assert_eq!(inline("> quote"), "&gt; quote");
        assert_eq!(inline("___"), "___");
        assert_eq!(inline("_ _ _"), "_ _ _");
        assert_eq!(inline("_em_ and __strong__"), "<em>em</em> and <strong>strong</strong>");
    }

    #[test]
    fn control_characters_are_visible() {
        assert_eq!(inline("a\u{1b}[2Jb"), "a␛[2Jb");
    }

    #[test]
    fn plain_text_skips_the_parser() {
        assert_eq!(
            plain("  Agreed, with thanks (see annex).  "),
            Some("Agreed, with thanks (see annex).")
        );
        assert_eq!(
            plain("Приняли к сведению «доклад»."),
            Some("Приняли к сведению «доклад».")
        );
        for marked in ["*now*", "a & b", "a <b>", "1. The", "- x", "a_b", "x\ny", "", "   "] {
            assert_eq!(plain(marked), None, "{marked:?}");
        }
        // Each mark Markdown or HTML reads, after a start the shortcut accepts.
        for mark in ["\\", "*", "_", "[", "]", "<", ">", "&", "`", "~", "\r"] {
            let marked = format!("Agreed {mark}now{mark} x");
            assert_eq!(plain(&marked), None, "{marked:?}");
        }
    }

    /// Text that `plain` must take as it is: it starts with a letter or an
    /// opening quote or bracket and holds no mark Markdown or HTML reads.
    const PLAIN: &str = "[aZé(«\"'Ж][ \t\u{a0}aZé(«\"'.,;:!?#|=+%$@/0-9a-zЖ\u{2003}-]{0,24}";
    /// Anything, marks included.
    const ANY: &str = "[ \t\u{a0}aZé(«\"'.,;:!?#|=+%$@/0-9a-zЖ\u{2003}*_<>&`~\\[\\]\\\\-]{0,24}";

    /// A start the shortcut accepts, then one mark twice among letters
    /// ("Za*b*", "«a<b<"): what the shortcut must see to leave the text to
    /// the parser. Random text holds several marks at once, and any one of
    /// them hides the loss of another.
    fn marked_after_a_plain_start() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let words = || proptest::string::string_regex("[abЖ ]{0,3}").unwrap();
        let marks = proptest::sample::select(vec!['\\', '*', '_', '[', ']', '<', '>', '&', '`', '~', '\n', '\r']);
        let inside = proptest::string::string_regex("[abЖ]{1,3}").unwrap();
        (
            proptest::string::string_regex("[aZé(«\"'Ж]").unwrap(),
            words(),
            marks,
            inside,
            words(),
        )
            .prop_map(|(start, a, mark, b, c)| format!("{start}{a}{mark}{b}{mark}{c}"))
    }

    proptest::proptest! {
        /// Text without marks skips the parser, and the parser would have
        /// given the same: every case reaches the comparison.
        #[test]
        fn plain_text_skips_the_parser_and_agrees_with_it(text in PLAIN) {
            let skipped = plain(&text);
            proptest::prop_assert!(skipped.is_some(), "{:?} went through the parser", text);
            proptest::prop_assert_eq!(skipped.unwrap(), inline_markdown(&text));
        }

        /// Wherever the parser is skipped, it would have given the same; a
        /// third of the cases are plain text, so the comparison is reached
        /// often, and a third start plain and hold one mark after, which
        /// the shortcut must see.
        #[test]
        fn plain_agrees_with_the_parser(
            text in proptest::prop_oneof![
                proptest::string::string_regex(PLAIN).unwrap(),
                proptest::string::string_regex(ANY).unwrap(),
                marked_after_a_plain_start(),
            ]
        ) {
            if let Some(plain) = plain(&text) {
                proptest::prop_assert_eq!(plain, inline_markdown(&text));
            }
        }
    }
}
