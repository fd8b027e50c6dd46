//! The one filter between the record and every output: no text from a file
//! or a command reaches a terminal, a document, the site or an XLIFF file as
//! a control character (C0 but newline and tab, DEL, C1) or a format
//! character (Unicode's general category Cf: bidi embeddings, overrides,
//! isolates and marks, zero-width characters, soft hyphen, tags …). Each
//! writer applies it to what it writes, after everything that decodes (the
//! Markdown parser turns `&#27;` into ESC), so no encoding gets around it.
//! Such characters become visible placeholders: the control pictures
//! (ESC → ␛) or `\u{…}`.
//!
//! Zero-width joiners (U+200C, U+200D) are no exception, though Persian,
//! the Indic scripts and emoji sequences spell with them: a reference
//! (`&#x200D;`) in HTML or XML gives the reader the raw character all the
//! same, and a joiner between two letters of an id or a name makes two
//! strings that look alike and differ. The body's languages (Latin,
//! Cyrillic, Arabic, Chinese) are written without them.

use std::borrow::Cow;

/// Bytes that may start a hidden character: the ASCII controls but newline
/// and tab, DEL, and the lead bytes of the UTF-8 encodings of the C1
/// controls and of the format characters. A test checks the table against
/// every character. Every one is ASCII or a lead byte, never inside a
/// character.
const SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    table[0x7f] = true;
    // U+0080–U+009F, U+00AD; Arabic and Syriac signs (U+0600–U+070F);
    // U+0890–U+08E2; U+180E; U+200B–U+206F; U+FEFF, U+FFF9–U+FFFB; the
    // supplementary planes' (Brahmi, Egyptian, musical symbols …; tags).
    let leads = [0xc2, 0xd8, 0xdb, 0xdc, 0xe0, 0xe1, 0xe2, 0xef, 0xf0, 0xf3];
    let mut i = 0;
    while i < leads.len() {
        table[leads[i]] = true;
        i += 1;
    }
    table
};

/// A character no output writes as itself: a control character but newline
/// and tab, or a format character (zero-width joiners included).
pub fn is_hidden(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{ac}' | '\u{ae}'..='\u{5ff}' => false,
        // The general punctuation block, met in nearly every text (’ — “ …),
        // without a look-up in the table; the test checks it against it.
        '\u{2000}'..='\u{206f}' => {
            matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}')
        }
        c => crate::domain::ids::is_format(c),
    }
}

/// Where the first hidden character starts. Bytes are looked at first:
/// text without a suspect byte (nearly all of it) is not decoded.
fn first_hidden(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(found) = b[from..].iter().position(|&x| SUSPECT[x as usize]) {
        let i = from + found;
        // The two lead bytes of most typography (« » no-break space; ’ — “ …)
        // are told by their next bytes, as fast as the scan; the rest, rare,
        // by the character. A suspect byte starts a character.
        let (hidden, len) = match b[i] {
            0xc2 => (matches!(b.get(i + 1), Some(0x80..=0x9f | 0xad)), 2),
            0xe2 => (
                matches!(
                    (b.get(i + 1), b.get(i + 2)),
                    (Some(0x80), Some(0x8b..=0x8f | 0xaa..=0xae)) | (Some(0x81), Some(0xa0..=0xa4 | 0xa6..=0xaf))
                ),
                3,
            ),
            _ => {
                let c = text[i..].chars().next()?;
                (is_hidden(c), c.len_utf8())
            }
        };
        if hidden {
            return Some(i);
        }
        from = i + len;
    }
    None
}

/// `text` with each hidden character written by `put`; without any, the
/// text itself, uncopied.
fn replace_hidden(text: &str, put: impl Fn(char, &mut String)) -> Cow<'_, str> {
    let Some(start) = first_hidden(text) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..start]);
    let mut rest = &text[start..];
    while let Some(at) = first_hidden(rest) {
        out.push_str(&rest[..at]);
        let c = rest[at..].chars().next().unwrap_or('\u{0}');
        put(c, &mut out);
        rest = &rest[at + c.len_utf8()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The placeholder of a hidden character: its control picture (ESC → ␛,
/// DEL → ␡) or, beyond them, `\u{…}`.
fn picture(c: char, out: &mut String) {
    use std::fmt::Write;
    match c {
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        '\u{7f}' => out.push('␡'),
        _ => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// Replaces hidden characters with visible placeholders: for the terminal,
/// plain text and the PDF's typesetting. Text without any is returned as it
/// is, uncopied.
pub fn visible(text: &str) -> Cow<'_, str> {
    replace_hidden(text, picture)
}

/// Like [`visible`], and keeps a line on one line.
pub fn visible_line(text: &str) -> String {
    visible(text).replace('\n', "␤").replace('\t', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

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

    #[test]
    fn zero_width_and_other_format_characters_become_placeholders() {
        assert_eq!(visible("KP\u{200b}1"), "KP\\u{200b}1");
        assert_eq!(visible("a\u{200e}b\u{200f}c"), "a\\u{200e}b\\u{200f}c");
        assert_eq!(visible("\u{feff}x\u{ad}y\u{61c}"), "\\u{feff}x\\u{ad}y\\u{61c}");
        // A tag character (hidden text that some tools read) and a supplementary-plane one.
        assert_eq!(visible("a\u{e0041}\u{1d173}"), "a\\u{e0041}\\u{1d173}");
        // Persian "می‌خواهم": the joiner is shown, as every format character.
        assert_eq!(visible("می\u{200c}خواهم"), "می\\u{200c}خواهم");
    }

    #[test]
    fn joiners_are_shown_like_every_format_character() {
        assert_eq!(visible("👨\u{200d}👩"), "👨\\u{200d}👩");
        assert_eq!(visible("a\u{200b}\u{202e}\u{1b}"), "a\\u{200b}\\u{202e}␛");
        assert!(matches!(visible("Кот-д’Ивуар « x » 🙂"), Cow::Borrowed(_)));
    }

    /// Every character: hidden exactly when it is a control but newline and
    /// tab or of the category Cf; and its first byte is in the table, so
    /// the byte scan cannot miss it.
    #[test]
    fn the_classes_and_the_byte_table_agree_with_unicode() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let expected =
                (c.is_control() && !matches!(c, '\n' | '\t')) || c.general_category() == GeneralCategory::Format;
            assert_eq!(is_hidden(c), expected, "U+{:04X}", c as u32);
            assert_eq!(
                first_hidden(&format!("ab{c}")),
                expected.then_some(2),
                "U+{:04X}",
                c as u32
            );
            if expected {
                let mut lead = [0u8; 4];
                c.encode_utf8(&mut lead);
                assert!(
                    SUSPECT[lead[0] as usize],
                    "U+{:04X}: lead byte {:#x}",
                    c as u32, lead[0]
                );
                assert_eq!(first_hidden(&format!("ab{c}")), Some(2), "U+{:04X}", c as u32);
            }
        }
    }

    proptest::proptest! {
        /// The byte scan finds exactly the characters the replacement replaces.
        #[test]
        fn the_byte_scan_agrees_with_the_characters(text in "\\PC{0,12}[\u{0}-\u{a0}\u{2000}-\u{2070}\u{600}-\u{61d}\u{feff}]{0,3}\\PC{0,4}") {
            let by_chars = text.char_indices().find(|(_, c)| is_hidden(*c));
            proptest::prop_assert_eq!(first_hidden(&text), by_chars.map(|(i, _)| i));
            let shown = visible(&text);
            proptest::prop_assert!(!shown.chars().any(is_hidden), "{:?}", shown);
        }
    }
}
