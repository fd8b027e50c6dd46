//! A document as plain text, wrapped at 72 columns for terminals and printers.

use super::document::{Block, Document};

pub const WIDTH: usize = 72;

fn wrap(text: &str, first: &str, rest: &str) -> String {
    // Lines break at spaces only: never inside a symbol such as KP/2009/IS/5
    // (Unicode's line breaking allows it after "/") or a hyphenated word,
    // and never at a no-break space (« … », «года»).
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    // Every text of the page passes here: hidden characters are shown
    // before the line is measured.
    textwrap::fill(&super::visible(text).replace('\n', " "), options)
}

pub fn write(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                for line in lines {
                    // As the language writes it: upper-casing breaks « 1er » and
                    // the Russian « г. », and some languages never set titles so.
                    out.push_str(&wrap(line, "", ""));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Status(s) => out.push_str(&format!("{}\n\n", wrap(s, "", ""))),
            // Plain text has no pages: its status line says draft.
            Block::Running(_) => {}
            Block::Para { number, text } => {
                let (first, rest) = indents(*number);
                out.push_str(&wrap(text, &first, &rest));
                out.push_str("\n\n");
            }
            Block::Pending {
                number,
                marker,
                before,
                original,
                after,
                original_lang,
            } => {
                let (first, rest) = indents(*number);
                out.push_str(&wrap(&format!("[{marker}]"), &first, &rest));
                out.push('\n');
                let (head, quote) = super::document::tag_place(before);
                out.push_str(&wrap(
                    &format!("{head}({original_lang}) {quote}{original}{after}"),
                    &format!("{rest}| "),
                    &format!("{rest}| "),
                ));
                out.push_str("\n\n");
            }
            Block::Note(s) => out.push_str(&format!("{}\n\n", wrap(s, "", ""))),
            Block::Changes { changes, .. } => {
                out.push_str(&wrap(&super::document::marked(changes), "| ", "| "));
                out.push_str("\n\n");
            }
        }
    }
    out
}

fn indents(number: Option<usize>) -> (String, String) {
    match number {
        Some(n) => {
            let first = format!("{n}. ");
            let rest = " ".repeat(first.chars().count());
            (first, rest)
        }
        None => (String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_shown_in_every_block() {
        let doc = Document {
            lang: "en".into(),
            ids: Vec::new(),
            title: "T".into(),
            blocks: vec![
                Block::Title(vec!["A\u{1b}[2J".into()]),
                Block::Para {
                    number: Some(1),
                    text: "x\u{9b}y \u{202e}z \u{200b}".into(),
                },
                Block::Note("\u{7f}".into()),
            ],
            pending: 0,
        };
        assert_eq!(write(&doc), "A␛[2J\n\n1. x\\u{9b}y \\u{202e}z \\u{200b}\n\n␡\n\n");
    }
}
