//! The fonts a PDF is typeset with, all inside the program, and what none of
//! them can draw. Libertinus Serif (Latin, Greek, Cyrillic), DejaVu Sans
//! Mono (code) and New Computer Modern (mathematics, combining marks) come
//! from typst-assets; Noto Emoji, monochrome, from epaint_default_fonts;
//! Arabic, Hebrew, Devanagari, Thai, Han, and the symbols with the control
//! pictures (␛) that stand for control characters, from the files in
//! `fonts/` (their README says where each is from and under which licence).
//!
//! PDF/A forbids a glyph a font does not have (`.notdef`): typst would
//! refuse the whole document for one such character. Every character that no
//! font has becomes [`BOX`] instead, and the caller is told which and where.

use std::collections::BTreeSet;
use std::sync::LazyLock;
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// What stands in the document for a character no font has: a white square,
/// visible where an absent glyph would be a blank or nothing.
pub const BOX: char = '□';

/// The families typst tries, in order, for each character: the body's serif
/// first, the other scripts after it, the symbols and mathematics last.
pub const FAMILIES: [&str; 10] = [
    "Libertinus Serif",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Thai",
    "Noto Emoji",
    "Droid Sans Fallback",
    "DejaVu Sans Mono",
    "Noto Sans Symbols2",
    "New Computer Modern",
];

/// The files of `fonts/`.
const SCRIPTS: [&[u8]; 6] = [
    include_bytes!("fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("fonts/NotoSansHebrew-Regular.ttf"),
    include_bytes!("fonts/NotoSansDevanagari-Regular.ttf"),
    include_bytes!("fonts/NotoSansThai-Regular.ttf"),
    include_bytes!("fonts/DroidSansFallbackFull.ttf"),
    include_bytes!("fonts/NotoSansSymbols2-Regular.ttf"),
];

/// The fonts shipped inside the program, parsed once.
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

pub static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .chain(SCRIPTS)
        .chain([epaint_default_fonts::NOTO_EMOJI_REGULAR])
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// Whether typst can typeset `c` without a glyph of any font: spaces and
/// breaks, and the invisible format characters (zero-width joiners, marks
/// of direction, soft hyphens) that the shaping leaves out.
fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}'
                | '\u{feff}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}'
        )
}

/// A private-use character: its meaning is agreed between writer and
/// reader, and the glyph a font puts there (a logo, a ligature) is the
/// font's own, not that meaning.
fn private_use(c: char) -> bool {
    matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{ffffd}' | '\u{100000}'..='\u{10fffd}')
}

/// Whether some shipped font has a glyph for `c`, or `c` needs none.
/// Private-use characters are never drawn.
pub fn drawable(c: char) -> bool {
    // Printable ASCII: in the body font; the common case, answered at once.
    if (' '..='~').contains(&c) || needs_no_glyph(c) {
        return true;
    }
    if private_use(c) {
        return false;
    }
    let book = &FONTS.book;
    (0..FONTS.fonts.len()).any(|i| book.info(i).is_some_and(|info| info.coverage.contains(c as u32)))
}

/// One text of the document that held characters no font has.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Missing {
    /// The text as the record holds it.
    pub text: String,
    /// The characters drawn as [`BOX`] in it, or the sequences that no
    /// single font could draw together.
    pub chars: BTreeSet<String>,
}

/// `U+E000 U+0378`: characters named by code point, since the terminal that
/// shows the report may have no glyph for them either.
pub fn code_points(missing: &Missing) -> String {
    missing
        .chars
        .iter()
        .map(|s| {
            s.chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_is_shipped() {
        for family in FAMILIES {
            assert!(
                FONTS.book.contains_family(&family.to_lowercase()),
                "{family} is not shipped"
            );
        }
    }

    #[test]
    fn the_scripts_and_the_placeholders_are_drawable() {
        for c in ['漢', 'ع', 'ก', 'क', 'א', '😀', '␛', '␡', '␤', BOX, 'Ж', 'é', '\u{20dd}'] {
            assert!(drawable(c), "{c} has no font");
        }
        assert!(!drawable('\u{e000}'), "a private-use character has no font");
        assert!(!drawable('\u{378}'), "an unassigned character has no font");
    }

    #[test]
    fn code_points_name_each_character() {
        let m = Missing {
            text: String::new(),
            chars: ["\u{e000}".to_string(), "a\u{20dd}".to_string()].into(),
        };
        assert_eq!(code_points(&m), "U+0061+U+20DD U+E000");
    }
}
