//! Text from files and commands is never sent raw to a terminal: control
//! characters (ESC above all) become visible placeholders.

/// Replaces control characters other than newline and tab with the Unicode
/// "control pictures" (ESC → ␛) or, beyond them, `\u{…}`.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => out.push('␡'),
            '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            _ => out.push(c),
        }
    }
    out
}

/// Like [`visible`], and keeps a line on one line.
pub fn visible_line(text: &str) -> String {
    visible(text).replace('\n', "␤").replace('\t', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_placeholders() {
        assert_eq!(visible("a\u{1b}]52;c;eHl6\u{7}b"), "a␛]52;c;eHl6␇b");
        assert_eq!(visible("\u{1b}[2J"), "␛[2J");
        assert_eq!(visible("x\u{9b}y"), "x\\u{9b}y");
        assert_eq!(visible("Côte d'Ivoire\n"), "Côte d'Ivoire\n");
        assert_eq!(visible_line("a\nb"), "a␤b");
    }
}
