//! A document as plain text, wrapped at 72 columns for terminals and printers.

use super::document::{Block, Document};

pub const WIDTH: usize = 72;

fn wrap(text: &str, first: &str, rest: &str) -> String {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::fill(&text.replace('\n', " "), options)
}

/// A title line in capitals, but for the French ordinal « 1er », which
/// is never capitalised (« 1er–3 NOVEMBRE 2011 »).
fn capitals(line: &str) -> String {
    let upper = line.to_uppercase();
    let mut out = String::with_capacity(upper.len());
    let mut rest = upper.as_str();
    while let Some(i) = rest.find("1ER") {
        let before_ok = !rest[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric());
        let after_ok = !rest[i + 3..].chars().next().is_some_and(|c| c.is_alphanumeric());
        out.push_str(&rest[..i]);
        out.push_str(if before_ok && after_ok { "1er" } else { "1ER" });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    out
}

pub fn write(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                for line in lines {
                    out.push_str(&wrap(&capitals(line), "", ""));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Status(s) => out.push_str(&format!("{}\n\n", wrap(s, "", ""))),
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
                out.push_str(&wrap(
                    &format!("{before}({original_lang}) {original}{after}"),
                    &format!("{rest}| "),
                    &format!("{rest}| "),
                ));
                out.push_str("\n\n");
            }
            Block::Note(s) => out.push_str(&format!("{}\n\n", wrap(s, "", ""))),
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
