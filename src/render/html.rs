//! Documents as one self-contained HTML file with a print stylesheet for A4.
//! Every text is Markdown inline source rendered by pulldown-cmark with raw
//! HTML turned into text and only web and mail links kept: a decision that
//! holds `<script>` prints as those characters.

use super::document::{Block, Document};
use super::visible;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "DejaVu Serif", "Liberation Serif", "Noto Serif", Georgia, serif; font-size: 11.5pt; line-height: 1.45; color: #111; max-width: 44em; margin: 2em auto; padding: 0 1em; }
article + article { margin-top: 3em; border-top: 1px solid #999; padding-top: 2em; }
header.title { text-align: center; margin-bottom: 1.5em; }
header.title h1 { font-size: 1.35em; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 0.4em; }
header.title p { margin: 0.15em 0; text-transform: uppercase; }
p.status { text-align: center; font-weight: bold; text-transform: uppercase; letter-spacing: 0.08em; }
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

fn escape(text: &str) -> String {
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

fn safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Renders Markdown inline source to HTML, neutralising raw HTML and unsafe links.
pub fn inline(text: &str) -> String {
    let text = inline_source(&visible(text));
    let parser = Parser::new_ext(&text, Options::ENABLE_STRIKETHROUGH);
    let mut dropped_links = 0usize;
    let events: Vec<Event<'_>> = parser
        .filter_map(|event| match event {
            Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if safe_link(&dest_url) && link_type != LinkType::Email {
                    Some(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }))
                } else if link_type == LinkType::Email {
                    Some(Event::Start(Tag::Link {
                        link_type,
                        dest_url: CowStr::from(format!("mailto:{dest_url}")),
                        title,
                        id,
                    }))
                } else {
                    dropped_links += 1;
                    None
                }
            }
            Event::End(TagEnd::Link) if dropped_links > 0 => {
                dropped_links -= 1;
                None
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            // Block structure is the document's, not the text's.
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => None,
            Event::SoftBreak | Event::HardBreak => Some(Event::Text(CowStr::from(" "))),
            other => Some(other),
        })
        .collect();
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    out.trim().to_string()
}

/// One line of inline source: a leading `#`, `>`, `-`, `1.` … would start a
/// heading, quote or list, and `___` a thematic break, so its marker is escaped.
fn inline_source(text: &str) -> String {
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
    out.push_str(&format!("<article lang=\"{}\">\n", escape(&doc.lang)));
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                out.push_str("<header class=\"title\">\n");
                for (i, line) in lines.iter().enumerate() {
                    if i == 0 {
                        out.push_str(&format!("<h1>{}</h1>\n", inline(line)));
                    } else {
                        out.push_str(&format!("<p>{}</p>\n", inline(line)));
                    }
                }
                out.push_str("</header>\n");
            }
            Block::Status(s) => out.push_str(&format!("<p class=\"status\">{}</p>\n", inline(s))),
            Block::Para { number, text } => {
                out.push_str(&format!(
                    "<p class=\"para\"{}>{}{}</p>\n",
                    id_attr(*number),
                    num(*number),
                    inline(text)
                ));
            }
            Block::Pending {
                number,
                marker,
                original,
                original_lang,
            } => {
                out.push_str(&format!(
                    "<div class=\"pending\"{}><p>{}<span class=\"marker\">[{}]</span></p><p class=\"original\" lang=\"{}\">{}</p></div>\n",
                    id_attr(*number),
                    num(*number),
                    inline(marker),
                    escape(original_lang),
                    inline(original)
                ));
            }
            Block::Note(s) => out.push_str(&format!("<p class=\"note\">{}</p>\n", inline(s))),
        }
    }
    out.push_str("</article>\n");
}

fn num(number: Option<usize>) -> String {
    number
        .map(|n| format!("<span class=\"num\">{n}.</span>"))
        .unwrap_or_default()
}

fn id_attr(number: Option<usize>) -> String {
    number.map(|n| format!(" data-paragraph=\"{n}\"")).unwrap_or_default()
}

/// One HTML file holding one document per language.
pub fn write(docs: &[Document]) -> String {
    let first = docs.first().map(|d| d.lang.as_str()).unwrap_or("en");
    let title = docs.first().map(|d| d.title.as_str()).unwrap_or_default();
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        escape(first)
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&visible(title))
    ));
    for doc in docs {
        article(doc, &mut out);
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_and_script_links_come_out_inert() {
        let html = inline("Agreed <script>alert(1)</script> and [x](javascript:alert(2)) *now*");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("<em>now</em>"));
        assert_eq!(
            inline("[site](https://example.org)"),
            "<a href=\"https://example.org\">site</a>"
        );
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
}
