//! A document as CommonMark.

use super::document::{Block, Document};

/// Keeps raw HTML and autolinks out: a `<` from a file or a command stays a
/// character.
fn inline(text: &str) -> String {
    text.replace('<', "\\<").replace('\n', " ")
}

pub fn write(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(lines) => {
                for (i, line) in lines.iter().enumerate() {
                    let mark = if i == 0 { "# " } else { "" };
                    out.push_str(&format!("{mark}{}\n\n", inline(line)));
                }
            }
            Block::Status(s) => out.push_str(&format!("**{}**\n\n", inline(s))),
            Block::Para { number, text } => {
                out.push_str(&number_prefix(*number));
                out.push_str(&inline(text));
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
                out.push_str(&number_prefix(*number));
                out.push_str(&format!(
                    "**\\[{}\\]**\n\n> {}*({original_lang})* {}{}\n\n",
                    inline(marker),
                    inline(before),
                    inline(original),
                    inline(after)
                ));
            }
            Block::Note(s) => out.push_str(&format!("*{}*\n\n", inline(s))),
        }
    }
    out
}

/// "12\. " so that Markdown does not renumber the paragraphs into a list.
fn number_prefix(number: Option<usize>) -> String {
    number.map(|n| format!("{n}\\. ")).unwrap_or_default()
}
