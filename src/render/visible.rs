//! Text from files and commands is never sent raw to a terminal: control
//! characters (ESC above all) become visible placeholders.

use std::borrow::Cow;

/// Bytes that may start a character to replace: controls but newline and
/// tab, DEL, and the lead bytes of the C1 controls (U+0080–U+009F: 0xC2)
/// and of the bidi controls (U+202A–U+202E, U+2066–U+2069: 0xE2).
const SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    table[0x7f] = true;
    table[0xc2] = true;
    table[0xe2] = true;
    table
};

/// Where the first character to replace starts. Bytes, not characters, are
/// looked at; the lead bytes 0xC2 and 0xE2 never occur inside a character.
fn first_hidden(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(found) = b[from..].iter().position(|&x| SUSPECT[x as usize]) {
        let i = from + found;
        let hidden = match b[i] {
            0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
            0xe2 => matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
            ),
            _ => true,
        };
        if hidden {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// Replaces control characters other than newline and tab with the Unicode
/// "control pictures" (ESC → ␛) or, beyond them, `\u{…}`. Text without any
/// (nearly all of it) is returned as it is, uncopied.
pub fn visible(text: &str) -> Cow<'_, str> {
    let Some(start) = first_hidden(text) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..start]);
    for c in text[start..].chars() {
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
    Cow::Owned(out)
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
        assert_eq!(visible("\u{202e}evil\u{2066}"), "\\u{202e}evil\\u{2066}");
        assert_eq!(visible("tab\there\u{7f}"), "tab\there␡");
        assert!(matches!(visible("Côte d'Ivoire — “quoted” \u{2069}"), Cow::Owned(_)));
        assert!(matches!(
            visible("Côte d'Ivoire — “quoted” Кот-д’Ивуар"),
            Cow::Borrowed(_)
        ));
    }

    proptest::proptest! {
        /// The byte scan finds exactly the characters the replacement replaces.
        #[test]
        fn the_byte_scan_agrees_with_the_characters(text in "\\PC{0,12}[\u{0}-\u{a0}\u{2020}-\u{2070}]{0,3}\\PC{0,4}") {
            let by_chars = text.char_indices().find(|(_, c)| {
                let control = matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}') && !matches!(c, '\n' | '\t');
                control || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            });
            proptest::prop_assert_eq!(first_hidden(&text), by_chars.map(|(i, _)| i));
        }
    }
}
