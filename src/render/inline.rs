//! Markdown inline source as a flat list of styled pieces, for the writers
//! that are not Markdown or HTML (DOCX, PDF): text, and where emphasis,
//! strong emphasis and strikethrough start and end. From the same events
//! as the HTML ([`super::html::safe_inline_events`]): raw HTML is text,
//! links their text (and web or mail destination), images their
//! description. The writers pass each piece's text through
//! [`super::visible`], after the parser has decoded every reference.

use pulldown_cmark::{Event, Tag, TagEnd};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Emphasis,
    Strong,
    Strike,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Code(String),
    Start(Style),
    End(Style),
}

/// The characters that can start inline markup; without them a text is one piece.
fn may_have_markup(text: &str) -> bool {
    text.contains(['*', '_', '~', '`', '\\', '[', '<', '&'])
}

pub fn pieces(text: &str) -> Vec<Piece> {
    let line = text.replace(['\n', '\r'], " ");
    if !may_have_markup(&line) {
        return vec![Piece::Text(line)];
    }
    // Leading `#`, `>`, `-`, `1.` are characters here, as in the HTML.
    let source = super::html::inline_source(&line);
    let mut out: Vec<Piece> = Vec::new();
    let push_text = |out: &mut Vec<Piece>, s: &str| match out.last_mut() {
        Some(Piece::Text(t)) => t.push_str(s),
        _ => out.push(Piece::Text(s.to_string())),
    };
    for event in super::html::safe_inline_events(&source) {
        match event {
            Event::Text(s) => push_text(&mut out, &s),
            Event::Code(s) => out.push(Piece::Code(s.to_string())),
            Event::SoftBreak | Event::HardBreak => push_text(&mut out, " "),
            Event::Start(Tag::Emphasis) => out.push(Piece::Start(Style::Emphasis)),
            Event::End(TagEnd::Emphasis) => out.push(Piece::End(Style::Emphasis)),
            Event::Start(Tag::Strong) => out.push(Piece::Start(Style::Strong)),
            Event::End(TagEnd::Strong) => out.push(Piece::End(Style::Strong)),
            Event::Start(Tag::Strikethrough) => out.push(Piece::Start(Style::Strike)),
            Event::End(TagEnd::Strikethrough) => out.push(Piece::End(Style::Strike)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_is_marked_and_numbers_stay_text() {
        assert_eq!(
            pieces("The *Plenary* met"),
            vec![
                Piece::Text("The ".into()),
                Piece::Start(Style::Emphasis),
                Piece::Text("Plenary".into()),
                Piece::End(Style::Emphasis),
                Piece::Text(" met".into()),
            ]
        );
        assert_eq!(pieces("2009. The year"), vec![Piece::Text("2009. The year".into())]);
        assert_eq!(pieces("1. *a*")[0], Piece::Text("1. ".into()));
        assert_eq!(pieces("<b>x</b>"), vec![Piece::Text("<b>x</b>".into())]);
    }

    #[test]
    fn links_are_their_text_and_references_are_decoded_for_the_writers_filter() {
        assert_eq!(
            pieces("<http://x.example> <a@b.example> [site](https://example.org)"),
            vec![Piece::Text(
                "http://x.example a@b.example site (https://example.org)".into()
            )]
        );
        // Decoded here; DOCX and PDF pass each piece through `visible`.
        assert_eq!(pieces("a&#27;b&#x202E;"), vec![Piece::Text("a\u{1b}b\u{202e}".into())]);
    }
}
