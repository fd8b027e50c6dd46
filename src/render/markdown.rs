//! A document as CommonMark, written by pulldown-cmark-to-cmark from the
//! same filtered events as the HTML ([`super::html::safe_inline_events`]):
//! a text from a file or a command can hold emphasis and web links, and
//! nothing else. The writer escapes what would start structure (`#`, `1.`,
//! `>`, `<`, `[` …), so no text becomes a heading, a list, raw HTML, an
//! image or a link in any Markdown viewer. What the parser decoded
//! (`&#27;`) passes the filter of [`super::visible`] on the written page.

use super::document::{Block, Document};
use super::html::{inline_source, safe_inline_events};
use super::visible::visible;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Tag, TagEnd};

/// The events of one text: its source and the events borrowed from it,
/// the decoded characters shown before the writer encodes any (it writes a
/// carriage return as `&#13;`, which a viewer would decode again).
fn text_events(text: &str) -> Vec<Event<'static>> {
    let source = inline_source(text);
    let shown = |s: CowStr<'_>| CowStr::from(visible(&s).into_owned());
    safe_inline_events(&source)
        .into_iter()
        .map(|event| match event {
            Event::Text(s) => Event::Text(shown(s)),
            Event::Code(s) => Event::Code(shown(s)),
            other => other.into_static(),
        })
        .collect()
}

/// A paragraph, unless it would be empty (Markdown has no empty paragraph).
fn para(events: &mut Vec<Event<'static>>, inner: impl IntoIterator<Item = Event<'static>>) {
    let inner: Vec<Event<'static>> = inner.into_iter().collect();
    if inner.is_empty() {
        return;
    }
    events.push(Event::Start(Tag::Paragraph));
    events.extend(inner);
    // Spaces at the end of a paragraph cannot be written in Markdown.
    if let Some(Event::Text(t)) = events.last_mut()
        && t.ends_with(' ')
    {
        *t = CowStr::from(t.trim_end().to_string());
        if t.is_empty() {
            events.pop();
        }
    }
    events.push(Event::End(TagEnd::Paragraph));
}

/// `inner` inside `start` … `end`, unless it is empty (`****` is no emphasis).
fn wrapped(start: Tag<'static>, end: TagEnd, inner: Vec<Event<'static>>) -> Vec<Event<'static>> {
    if inner.is_empty() {
        return inner;
    }
    let mut out = vec![Event::Start(start)];
    out.extend(inner);
    out.push(Event::End(end));
    out
}

/// "12. " as text: the writer escapes it (`12\. `), so that Markdown does
/// not renumber the paragraphs into a list.
fn number(n: Option<usize>) -> Option<Event<'static>> {
    n.map(|n| Event::Text(CowStr::from(format!("{n}. "))))
}

pub fn write(doc: &Document) -> String {
    let mut events: Vec<Event<'static>> = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                for (i, line) in lines.iter().enumerate() {
                    if i == 0 {
                        events.push(Event::Start(Tag::Heading {
                            level: HeadingLevel::H1,
                            id: None,
                            classes: Vec::new(),
                            attrs: Vec::new(),
                        }));
                        events.extend(text_events(line));
                        events.push(Event::End(TagEnd::Heading(HeadingLevel::H1)));
                    } else {
                        para(&mut events, text_events(line));
                    }
                }
            }
            Block::Status(s) => para(&mut events, wrapped(Tag::Strong, TagEnd::Strong, text_events(s))),
            // Markdown has no pages: its status line says draft.
            Block::Running(_) => {}
            Block::Para { number: n, text } => {
                para(&mut events, number(*n).into_iter().chain(text_events(text)));
            }
            Block::Pending {
                number: n,
                marker,
                before,
                original,
                after,
                original_lang,
            } => {
                let mut marked = vec![Event::Text(CowStr::from("["))];
                marked.extend(text_events(marker));
                marked.push(Event::Text(CowStr::from("]")));
                para(
                    &mut events,
                    number(*n)
                        .into_iter()
                        .chain(wrapped(Tag::Strong, TagEnd::Strong, marked)),
                );
                events.push(Event::Start(Tag::BlockQuote(None)));
                // The frame in the document's language, the original alone
                // marked with its language; inline parsing drops the spaces
                // at the edges of each piece, so they are put back.
                // The tag goes before an opening quotation mark.
                let (head, quote) = super::document::tag_place(before);
                let mut quoted = text_events(head);
                if head.ends_with(' ') {
                    quoted.push(Event::Text(CowStr::from(" ")));
                }
                let lang = Event::Text(CowStr::from(format!("({original_lang})")));
                quoted.extend(wrapped(Tag::Emphasis, TagEnd::Emphasis, vec![lang]));
                quoted.push(Event::Text(CowStr::from(" ")));
                quoted.extend(text_events(quote.trim_end()));
                // (A no-break space, as French sets inside « », is kept.)
                if let Some(c) = quote.chars().next_back().filter(|c| c.is_whitespace()) {
                    quoted.push(Event::Text(CowStr::from(c.to_string())));
                }
                quoted.extend(text_events(original));
                match after.chars().next() {
                    Some(' ') => quoted.push(Event::Text(CowStr::from(" "))),
                    // A no-break space (French « … ») is dropped by inline
                    // parsing at the start of a piece: put it back itself.
                    Some(c) if c.is_whitespace() => quoted.push(Event::Text(CowStr::from(c.to_string()))),
                    _ => {}
                }
                quoted.extend(text_events(after));
                para(&mut events, quoted);
                events.push(Event::End(TagEnd::BlockQuote(None)));
            }
            Block::Note(s) => para(&mut events, wrapped(Tag::Emphasis, TagEnd::Emphasis, text_events(s))),
            // Plain words with CriticMarkup's marks, as text: the writer
            // escapes whatever in them Markdown would read.
            Block::Changes { changes, .. } => {
                let shown = visible(&super::document::marked(changes)).into_owned();
                para(&mut events, [Event::Text(CowStr::from(shown))]);
            }
        }
    }
    let mut out = String::new();
    // The events are well formed by construction: the writer cannot fail on them.
    match pulldown_cmark_to_cmark::cmark(events.iter(), &mut out, Options::ENABLE_STRIKETHROUGH) {
        Ok(_) => {
            // The writer indents quote markers by one space; a line can only
            // start so at a quote (a text's line breaks are written as `&#10;`).
            let mut md: String = out
                .lines()
                .map(|l| l.strip_prefix(' ').filter(|r| r.starts_with('>')).unwrap_or(l))
                .collect::<Vec<_>>()
                .join("\n");
            md.push('\n');
            shown(md)
        }
        // Not expected (the events are built whole here); if it happens,
        // the document as plain paragraphs with every mark escaped.
        Err(_) => shown(plain(doc)),
    }
}

/// The written page through the filter, once, after the parser and the
/// writer: its escapes and the placeholders hold nothing the other reads.
fn shown(md: String) -> String {
    match visible(&md) {
        std::borrow::Cow::Borrowed(_) => md,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

/// Every block as a paragraph of text, every ASCII punctuation mark
/// escaped: CommonMark reads each as itself.
fn plain(doc: &Document) -> String {
    let escape = |text: &str| {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                '\n' | '\r' => out.push(' '),
                c if c.is_ascii_punctuation() => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
        out.trim().to_string()
    };
    let mut out = String::new();
    for block in &doc.blocks {
        let texts: Vec<String> = match block {
            Block::Title(lines) => lines.iter().map(|l| escape(l)).collect(),
            Block::Status(s) | Block::Note(s) => vec![escape(s)],
            Block::Running(_) => Vec::new(),
            Block::Para { number, text } => vec![format!("{}{}", number_prefix(*number), escape(text))],
            Block::Pending {
                number,
                marker,
                before,
                original,
                after,
                original_lang,
            } => vec![format!("{}\\[{}\\]", number_prefix(*number), escape(marker)), {
                let (head, quote) = super::document::tag_place(before);
                format!(
                    "{}\\({}\\) {}{}{}",
                    escape(head),
                    escape(original_lang),
                    escape(quote),
                    escape(original),
                    escape(after)
                )
            }],
            Block::Changes { changes, .. } => vec![escape(&super::document::marked(changes))],
        };
        for t in texts.into_iter().filter(|t| !t.is_empty()) {
            out.push_str(&t);
            out.push_str("\n\n");
        }
    }
    out
}

fn number_prefix(number: Option<usize>) -> String {
    number.map(|n| format!("{n}\\. ")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Markdown as a viewer shows it.
    fn viewed(md: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(md));
        html
    }

    #[test]
    fn no_text_becomes_structure_or_a_live_link() {
        let attacks = [
            "\\<script>alert(1)</script>",
            "<script>alert(1)</script>",
            "[x](javascript:alert(1))",
            "[x]( javascript:alert(1) )",
            "<javascript:alert(1)>",
            "![](http://tracker.example/p.gif)",
            "# A heading",
            "## Another",
            "1. a list",
            "- a list",
            "> a quote",
            "Setext\n===",
            "```\ncode\n```",
            "<img src=x onerror=alert(1)>",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "a\\\n# b",
            "\u{1b}]0;title\u{7}",
        ];
        for attack in attacks {
            let doc = Document {
                lang: "en".into(),
                ids: Vec::new(),
                title: "T".into(),
                blocks: vec![
                    Block::Title(vec!["COMMUNIQUE".into(), attack.into()]),
                    Block::Para {
                        number: Some(1),
                        text: attack.into(),
                    },
                    Block::Pending {
                        number: Some(2),
                        marker: attack.into(),
                        before: attack.into(),
                        original: attack.into(),
                        after: attack.into(),
                        original_lang: "en".into(),
                    },
                    Block::Note(attack.into()),
                    Block::Status(attack.into()),
                ],
                pending: 1,
            };
            let md = write(&doc);
            assert!(md.starts_with("# COMMUNIQUE"), "written by the Markdown writer: {md}");
            let html = viewed(&md);
            assert!(!html.contains("<script"), "{attack:?}\n{md}\n{html}");
            assert!(!html.contains("<img"), "{attack:?}\n{md}\n{html}");
            assert!(!html.contains("href=\"javascript"), "{attack:?}\n{md}\n{html}");
            assert!(!html.contains("<a "), "{attack:?}\n{md}\n{html}");
            assert_eq!(html.matches("<h").count(), 1, "{attack:?}\n{md}\n{html}");
            assert!(
                !html.contains("<ol") && !html.contains("<ul"),
                "{attack:?}\n{md}\n{html}"
            );
            assert!(!html.contains("<pre"), "{attack:?}\n{md}\n{html}");
            assert_eq!(html.matches("<blockquote").count(), 1, "{attack:?}\n{md}\n{html}");
            assert!(!md.contains('\u{1b}'), "{attack:?}\n{md}");
        }
    }

    #[test]
    fn the_fallback_is_plain_text() {
        let doc = Document {
            lang: "en".into(),
            ids: Vec::new(),
            title: "T".into(),
            blocks: vec![
                Block::Title(vec!["# <script>".into(), "".into()]),
                Block::Para {
                    number: Some(3),
                    text: "[x](javascript:alert(1)) ![](http://t/p.gif)".into(),
                },
            ],
            pending: 0,
        };
        let html = viewed(&plain(&doc));
        assert!(
            !html.contains("<script") && !html.contains("<a ") && !html.contains("<img"),
            "{html}"
        );
        assert!(!html.contains("<h1") && !html.contains("<ol"), "{html}");
        assert!(html.contains("3. [x](javascript:alert(1))"), "{html}");
    }

    #[test]
    fn emphasis_stays_and_links_become_their_text() {
        let doc = Document {
            lang: "en".into(),
            ids: Vec::new(),
            title: "T".into(),
            blocks: vec![Block::Para {
                number: Some(12),
                text: "See *the* [site](https://example.org).".into(),
            }],
            pending: 0,
        };
        let md = write(&doc);
        assert!(md.starts_with("12\\. "), "{md}");
        let html = viewed(&md);
        assert!(html.contains("<em>the</em>"), "{html}");
        assert!(html.contains("site (https://example.org)"), "{html}");
        assert!(!html.contains("<a "), "{html}");
    }

    #[test]
    fn references_are_decoded_before_the_filter() {
        let doc = Document {
            lang: "en".into(),
            ids: Vec::new(),
            title: "T".into(),
            blocks: vec![Block::Para {
                number: None,
                text: "a&#27;[2J &#x9b;b &#x202E;c &ZeroWidthSpace; می&zwnj;خواهم <http://x.example>".into(),
            }],
            pending: 0,
        };
        let md = write(&doc);
        assert_eq!(
            md, "a␛\\[2J \\u{9b}b \\u{202e}c \\u{200b} می\\u{200c}خواهم http://x.example\n",
            "{md}"
        );
        assert!(!viewed(&md).contains("<a "), "{md}");
    }
}
